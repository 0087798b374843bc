"""The ``wiretext`` command: parse, explain and clean dispatches from files.

Examples::

    wiretext parse examples/                 # every file below a folder
    wiretext parse story.txt --format json   # one JSON document
    cat story.txt | wiretext parse -         # standard input
    wiretext explain story.txt               # where every character went
    wiretext clean story.txt                 # the repaired text only
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import glob
import io
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from .model import Article
from .normalize import clean
from .pipeline import explain, parse
from .serialize import to_dict, to_records

__all__ = ["main"]

_FIELDS = ("headline", "byline", "agency", "city", "region", "country_code", "date", "rights_holder", "body")


def _decode(data: bytes) -> tuple[str, str]:
    """UTF-8 first; then the legacy encodings wire and web copy come in.

    ftfy's byte guesser (not a statistical detector) is used on purpose:
    agency copy that is not UTF-8 is nearly always Latin-1/Windows-1252 or
    MacRoman, which it tells apart reliably, and it adds no dependency.
    """
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy codecs)
    from ftfy import guess_bytes

    text, encoding = guess_bytes(data)
    return text, str(encoding)


def _paths(items: Sequence[str]) -> Iterator[str]:
    for item in items:
        if item == "-":
            yield item
        elif os.path.isdir(item):
            for root, dirs, files in os.walk(item):
                dirs.sort()
                for name in sorted(files):
                    if not name.startswith("."):
                        yield os.path.join(root, name)
        elif any(c in item for c in "*?["):
            yield from sorted(glob.glob(item, recursive=True))
        else:
            yield item


def _read(path: str) -> tuple[str, str]:
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    return _decode(data)


def _row(article: Article, fields: Sequence[str]) -> dict[str, object]:
    record = to_records([article])[0]
    record["rights_holder"] = article.rights.holder if article.rights else None
    return {f: record.get(f) for f in fields}


def _table(path: str, article: Article, fields: Sequence[str], out: io.TextIOBase | object) -> None:
    print(f"== {path}", file=out)  # type: ignore[call-overload]
    for f, v in _row(article, fields).items():
        value = str(v) if v is not None else "-"
        if f == "body" and len(value) > 300:
            value = value[:300] + "..."
        print(f"  {f:14s} {value}", file=out)  # type: ignore[call-overload]
    print(f"  {'notes':14s} {len(article.notes)}", file=out)  # type: ignore[call-overload]


def _cmd_parse(args: argparse.Namespace) -> int:
    fields = args.fields.split(",") if args.fields else list(_FIELDS)
    fmt = args.format or ("table" if sys.stdout.isatty() else "jsonl")
    failed = 0
    docs = []
    writer = None
    paths = list(_paths(args.paths))
    for path in paths:
        try:
            text, encoding = _read(path)
        except OSError as e:
            print(f"wiretext: {path}: {e.strerror or e}", file=sys.stderr)
            failed += 1
            continue
        article = parse(text, reference_date=args.reference_date)
        if fmt == "table":
            _table(path, article, fields, sys.stdout)
        elif fmt == "jsonl":
            print(json.dumps({"path": path, "encoding": encoding, **to_dict(article)}, ensure_ascii=False))
        elif fmt == "json":
            docs.append({"path": path, "encoding": encoding, **to_dict(article)})
        else:
            if writer is None:
                writer = csv.DictWriter(sys.stdout, fieldnames=["path", *fields])
                writer.writeheader()
            writer.writerow({"path": path, **_row(article, fields)})
    if fmt == "json":
        print(json.dumps(docs, ensure_ascii=False, indent=2))
    return 1 if failed else 0


def _cmd_explain(args: argparse.Namespace) -> int:
    try:
        text, _ = _read(args.path)
    except OSError as e:
        print(f"wiretext: {args.path}: {e.strerror or e}", file=sys.stderr)
        return 1
    for seg in explain(text, reference_date=args.reference_date):
        if seg.label == "space":
            continue
        line = text.count("\n", 0, seg.start) + 1
        shown = seg.text.strip().replace("\n", "⏎")
        if len(shown) > 70:
            shown = shown[:67] + "..."
        print(f"{line:5d}  {seg.label:22s} {shown}")
    return 0


def _cmd_clean(args: argparse.Namespace) -> int:
    try:
        text, _ = _read(args.path)
    except OSError as e:
        print(f"wiretext: {args.path}: {e.strerror or e}", file=sys.stderr)
        return 1
    print(clean(text))
    return 0


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from e


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``wiretext`` command.

    >>> build_parser().parse_args(["parse", "a.txt", "--format", "json"]).format
    'json'
    """
    p = argparse.ArgumentParser(prog="wiretext", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    pp = sub.add_parser(
        "parse",
        help="parse dispatches into Articles",
        description="Parse files, folders (recursively), globs or - (standard input).",
        epilog="examples:\n  wiretext parse examples/\n  wiretext parse 'feeds/**/*.txt' --format csv --fields headline,agency,date",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    pp.add_argument("paths", nargs="+", metavar="PATH")
    pp.add_argument("--format", choices=("jsonl", "json", "csv", "table"), help="default: table on a terminal, else jsonl")
    pp.add_argument("--reference-date", type=_date, metavar="YYYY-MM-DD", help="the date the copy was fetched, for the year")
    pp.add_argument("--fields", help=f"comma-separated, for table and csv (default: {','.join(_FIELDS)})")
    pp.set_defaults(func=_cmd_parse)
    for name, func, text in (
        ("explain", _cmd_explain, "show which field or rule every part of a file went to"),
        ("clean", _cmd_clean, "print the repaired text only"),
    ):
        sp = sub.add_parser(name, help=text, description=text, epilog=f"example:\n  wiretext {name} story.txt", formatter_class=argparse.RawDescriptionHelpFormatter)
        sp.add_argument("path", metavar="FILE")
        sp.add_argument("--reference-date", type=_date, metavar="YYYY-MM-DD")
        sp.set_defaults(func=func)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "story.txt"
    >>> _ = path.write_text("PARIS (AFP) - Rain fell.")
    >>> main(["parse", str(path), "--format", "csv", "--fields", "agency,city"])
    path,agency,city
    ...story.txt,AFP,PARIS
    0
    """
    args = build_parser().parse_args(argv)
    status: int = args.func(args)
    return status
