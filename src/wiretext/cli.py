"""The ``wiretext`` command: parse, explain and clean dispatches from files.

``wiretext parse PATH...`` reads files, folders, globs or standard input and
writes Articles as a table, JSON lines, JSON or CSV; ``wiretext explain FILE``
and ``wiretext clean FILE`` print :func:`wiretext.explain` and
:func:`wiretext.clean` of a file.  ``docs/cli.md`` describes the options.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import fnmatch
import glob
import importlib
import io
import json
import os
import shutil
import sys
import textwrap
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

import attrs

from . import __version__
from .display import rows, shorten, visible
from .errors import WiretextError
from .model import Article, Note
from .normalize import clean
from .pipeline import explain, parse
from .serialize import RECORD_FIELDS, to_dict, to_records

__all__ = ["FIELDS", "build_parser", "main"]

#: What ``--fields`` can name: the file, its encoding, and the columns of
#: :func:`wiretext.serialize.to_records`.
FIELDS: tuple[str, ...] = ("path", "encoding", *RECORD_FIELDS)

_CSV_DEFAULT = (
    "headline",
    "byline",
    "agency",
    "city",
    "region",
    "country_code",
    "date",
    "rights_holder",
    "body",
)

# ftfy's codec names, as Python spells the encodings.  "sloppy" windows-1252
# reads the five bytes cp1252 leaves undefined as Latin-1 instead of failing.
_ENCODING_NAMES = {"sloppy-windows-1252": "cp1252", "macroman": "mac_roman"}


def _decode(data: bytes) -> tuple[str, str]:
    """UTF-8 first; then the legacy encodings wire and web copy come in.

    ftfy's byte guesser (not a statistical detector) is used on purpose:
    agency copy that is not UTF-8 is nearly always Latin-1/Windows-1252 or
    MacRoman, which it tells apart reliably, and it adds no dependency.

    >>> _decode("Bogotá".encode("utf-8")), _decode("Bogotá".encode("cp1252"))
    (('Bogotá', 'utf-8'), ('Bogotá', 'cp1252'))

    :raises UnicodeDecodeError: for the rare bytes no guess decodes (a
        UTF-16 byte-order mark before an odd number of bytes).
    """
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)
    from ftfy import guess_bytes

    text, encoding = guess_bytes(data)
    return text, _ENCODING_NAMES.get(encoding, encoding)


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def _matches(names: Sequence[str], parts: Sequence[str]) -> bool:
    """Whether the path ``names`` matches the glob ``parts`` (``**`` is any number of folders)."""
    if not parts:
        return not names
    if parts[0] == "**":  # any number of names, none hidden
        return _matches(names, parts[1:]) or (
            bool(names) and not names[0].startswith(".") and _matches(names[1:], parts)
        )
    if not names or (names[0].startswith(".") and not parts[0].startswith(".")):
        return False  # as glob does, a hidden name matches only a pattern that starts with "."
    return fnmatch.fnmatch(names[0], parts[0]) and _matches(names[1:], parts[1:])


def _glob(pattern: str) -> list[str]:
    """``glob.glob(pattern, recursive=True)``, where ``**`` visits each real folder once.

    ``glob`` follows a symbolic link to a parent folder round and round (one
    file was read 41 times, and two such links double the count at every
    turn).  A pattern with ``**`` is matched here against one walk that
    follows links but enters no folder twice, and skips hidden folders as
    ``glob`` does.
    """
    if os.altsep:  # "feeds/**/*.txt" on Windows
        pattern = pattern.replace(os.altsep, os.sep)
    parts = pattern.split(os.sep)
    if "**" not in parts:
        return sorted(glob.glob(pattern))
    fixed = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    prefix = os.sep.join(parts[:fixed]) or (os.sep if pattern.startswith(os.sep) else "")
    rest = parts[fixed:]
    top = prefix or os.curdir
    found = [os.path.join(prefix, "")] if prefix and _matches([], rest) else []  # "a/**" is "a/" too
    visited: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(top, followlinks=True):
        try:
            st = os.stat(root)
        except OSError:
            dirs[:] = []
            continue
        if (st.st_dev, st.st_ino) in visited:
            dirs[:] = []  # a link back to a folder already walked
            continue
        visited.add((st.st_dev, st.st_ino))
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel = os.path.relpath(root, top)
        names = [] if rel == os.curdir else rel.split(os.sep)
        for name in (*dirs, *files):
            if _matches([*names, name], rest):
                found.append(os.path.join(prefix, *names, name))
    return sorted(found)


def _identity(path: str) -> object:
    """What tells files apart: the device and inode of what ``path`` names, else the path."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return path
    return (st.st_dev, st.st_ino)


def _paths(items: Sequence[str]) -> Iterator[tuple[str, str | None]]:
    """Each input as ``(path, problem)``: folders walked, globs expanded, each real file once.

    ``problem`` is None, or why the item gives no file (a glob that matches
    nothing).
    """
    seen: set[object] = set()

    def once(path: str) -> Iterator[tuple[str, str | None]]:
        key = _identity(path) if path != "-" else None
        if key is None or key not in seen:
            seen.add(key)
            yield path, None

    for item in items:
        if item != "-" and os.path.isdir(item):
            for path in _walk(item):
                yield from once(path)
        elif item != "-" and not os.path.exists(item) and glob.has_magic(item):
            matches = _glob(item)
            if not matches:
                yield item, "no file matches this pattern"
            for match in matches:
                for path in _walk(match) if os.path.isdir(match) else (match,):
                    yield from once(path)
        else:
            yield from once(item)


def _stdin_closed() -> bool:
    """Whether there is no standard input to read (``wiretext parse - <&-``)."""
    return sys.stdin is None or getattr(sys.stdin, "closed", False)


def _read(path: str) -> tuple[str, str]:
    if path != "-":
        return _decode(Path(path).read_bytes())
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text stream put in its place (an embedding program, a test)
        return sys.stdin.read(), "utf-8"
    return _decode(buffer.read())


def _read_page(path: str, args: argparse.Namespace) -> tuple[Article, str]:
    """A web page through :func:`wiretext.parse_html`, and the charset its bytes were decoded as."""
    from .html import parse_html

    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    article = parse_html(data, url=args.url, reference_date=args.reference_date)
    charset = next((n.message for n in article.notes if n.kind == "charset"), "")
    return article, charset.removeprefix("decoded as ").split(",")[0].split(" ")[0] or "utf-8"


def _with_encoding(article: Article, encoding: str) -> Article:
    if encoding == "utf-8":
        return article
    return attrs.evolve(article, notes=(*article.notes, Note("encoding", f"decoded as {encoding}", None)))


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class _Output:
    """Writes results to stdout and problems to stderr, around a progress bar.

    The bar (tqdm, when it is installed) is drawn on stderr only when stderr
    is a terminal and there is more than one file; while it is shown, lines
    for a terminal go through it so that they do not tear it.
    """

    def __init__(self, total: int) -> None:
        self.failed = 0
        self.bar: Any = None
        if total > 1 and _isatty(sys.stderr):
            try:
                tqdm = importlib.import_module("tqdm").tqdm
            except ImportError:
                tqdm = None
            if tqdm is not None:
                self.bar = tqdm(total=total, file=sys.stderr, unit="file", leave=False, dynamic_ncols=True)

    def out(self, text: str) -> None:
        if self.bar is not None and _isatty(sys.stdout):
            self.bar.write(text, file=sys.stdout)
        else:
            print(text)

    def problem(self, path: str, message: str) -> None:
        self.failed += 1
        text = _message(path, message)
        if self.bar is not None:
            self.bar.write(text, file=sys.stderr)
        else:
            print(text, file=sys.stderr)

    def note(self, path: str, message: str) -> None:
        """Say something on stderr that is not a failure (a feed's picture item)."""
        text = f"wiretext: {path}: {message}"
        if self.bar is not None:
            self.bar.write(text, file=sys.stderr)
        else:
            print(text, file=sys.stderr)

    def step(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _message(path: str, message: str) -> str:
    """A line for standard error: control and bidi characters in the path or message shown escaped."""
    return f"wiretext: {visible(path)}: {visible(message)}"


#: What a CSV cell may not start with: a spreadsheet would read it as a
#: formula (OWASP's CSV injection rule: =, +, -, @, tab, carriage return).
_CSV_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_safe(value: object) -> object:
    """Prefix a string that a spreadsheet would run as a formula with ``'``; other values as they are.

    >>> _csv_safe("=1+2"), _csv_safe("@SUM(A1)"), _csv_safe("-5"), _csv_safe("Rain."), _csv_safe(3)
    ("'=1+2", "'@SUM(A1)", "'-5", 'Rain.', 3)
    """
    if isinstance(value, str) and value.startswith(_CSV_FORMULA_STARTS):
        return "'" + value
    return value


def _record(path: str, encoding: str, article: Article) -> dict[str, Any]:
    return {"path": path, "encoding": encoding, **to_records([article])[0]}


def _jsonable(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value


def _table(path: str, encoding: str, article: Article, fields: Sequence[str] | None, width: int) -> str:
    """One Article as an aligned block for people: a label column, wrapped values."""
    if fields is None:
        pairs = [("headline", article.headline or "—"), *rows(article)]
        if article.body:
            body = visible(shorten(article.body, 3 * width))
            if len(article.paragraphs) > 1:
                body += f"  [{len(article.paragraphs)}\u00a0paragraphs]"  # no break inside
            pairs.append(("body", body))
    else:
        record = _record(path, encoding, article)
        pairs = [
            (f, "—" if record[f] is None else visible(shorten(str(_jsonable(record[f])), 3 * width))) for f in fields
        ]
    label_width = max(len(label) for label, _ in pairs)
    indent = " " * (label_width + 4)
    lines = [visible(path)]
    for label, value in pairs:
        first = f"  {label:<{label_width}}  "
        lines.extend(
            textwrap.wrap(
                value,
                width=max(width, len(first) + 20),
                initial_indent=first,
                subsequent_indent=indent,
            )
            or [first.rstrip()]
        )
    return "\n".join(lines) + "\n"


def _flush_row(buffer: io.StringIO, output: _Output) -> None:
    """Print the CSV row in ``buffer`` (written ending in CR LF) as one line, and empty the buffer."""
    output.out(buffer.getvalue().removesuffix("\r\n"))
    buffer.seek(0)
    buffer.truncate()


def _fields(value: str) -> list[str]:
    fields = [f.strip() for f in value.split(",") if f.strip()]
    unknown = [f for f in fields if f not in FIELDS]
    if unknown or not fields:
        raise argparse.ArgumentTypeError(
            f"unknown field {', '.join(map(repr, unknown)) or '(none given)'}; choose from {','.join(FIELDS)}"
        )
    return fields


def _cmd_parse(args: argparse.Namespace) -> int:
    fields: list[str] | None = args.fields
    fmt = args.format or ("table" if _isatty(sys.stdout) else "jsonl")
    # The terminal's width, capped for reading; a fixed width in a pipe.
    width = min(shutil.get_terminal_size((100, 24)).columns, 120) if _isatty(sys.stdout) else 100
    paths = list(_paths(args.paths))
    output = _Output(len(paths))
    docs: list[dict[str, Any]] = []
    emit = _emitter(fmt, fields, width, output, docs, args.csv_raw)
    try:
        for path, problem in paths:
            if problem is not None:
                output.problem(path, problem)
                continue
            feed = _feed_format(path)
            if feed is not None:
                try:
                    for article in _feed_articles(path, args.reference_date, output):
                        emit(path, f"feed:{feed}", article)
                except OSError as e:
                    output.problem(path, e.strerror or str(e))
                except (ImportError, WiretextError) as e:
                    output.problem(path, str(e))
                finally:
                    output.step()
                continue
            try:
                if args.html or path.lower().endswith((".html", ".htm")):
                    article, encoding = _read_page(path, args)
                else:
                    text, encoding = _read(path)
                    article = _with_encoding(parse(text, reference_date=args.reference_date), encoding)
            except ImportError as e:  # parse_html without the html extra
                output.problem(path, str(e))
                continue
            except OSError as e:
                output.problem(path, e.strerror or str(e))
                continue
            except (UnicodeDecodeError, WiretextError) as e:
                output.problem(path, str(e))
                continue
            finally:
                output.step()
            emit(path, encoding, article)
    finally:
        output.close()
    if fmt == "json":
        print(json.dumps(docs, ensure_ascii=False, indent=2))
    return 1 if output.failed else 0


def _feed_format(path: str) -> str | None:
    """The feed format of a file (NITF, NewsML, Gigaword ...), or None for a dispatch read as text.

    ninjs is taken only from a ``.json``/``.jsonl`` file: text may open with a brace.
    """
    if path == "-":
        return None
    from .feeds import detect_format

    try:
        with open(path, "rb") as f:
            head = f.read(4096)
            if head[:2] == b"\x1f\x8b":
                import gzip

                f.seek(0)
                with gzip.GzipFile(fileobj=f) as gz:
                    head = gz.read(4096)
        fmt = detect_format(head)
    except (OSError, EOFError, WiretextError):
        return None
    if fmt == "ninjs" and not path.lower().removesuffix(".gz").endswith((".json", ".jsonl", ".ninjs")):
        return None
    return fmt


def _feed_articles(path: str, reference_date: dt.date | None, output: _Output) -> Iterator[Article]:
    """Each text item of a feed file; items without text and broken archive documents go to stderr."""
    from .feeds import Skipped, iter_feed

    def skipped(s: Skipped) -> None:
        where = f"{path} [{s.source_id}]" if s.source_id else path
        if s.reason in ("malformed", "too-large"):
            output.problem(where, f"skipped: {s.message}")
        else:
            output.note(where, f"no Article: {s.message}")

    yield from iter_feed(path, reference_date=reference_date, on_skip=skipped)


def _emitter(
    fmt: str, fields: list[str] | None, width: int, output: _Output, docs: list[dict[str, Any]], csv_raw: bool = False
) -> Callable[[str, str, Article], None]:
    """Write one Article in the chosen format (the CSV writer made at the first row)."""
    writer: csv.DictWriter[str] | None = None
    buffer = io.StringIO()  # one CSV row at a time, so that rows pass the progress bar

    def emit(path: str, encoding: str, article: Article) -> None:
        nonlocal writer
        if fmt == "table":
            label = f"{path} [{article.source_id}]" if article.source_id else path
            output.out(_table(label, encoding, article, fields, width))
        elif fmt == "csv":
            if writer is None:
                columns = fields or ["path", *_CSV_DEFAULT]
                # Rows end in "\r\n" in the buffer, so that the writer quotes a
                # cell holding a CR as well as one holding a LF (a bare CR
                # would end the row for a reader); they are printed with "\n".
                writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n", extrasaction="ignore")
                writer.writeheader()
                _flush_row(buffer, output)
            record = _record(path, encoding, article)
            writer.writerow(record if csv_raw else {k: _csv_safe(v) for k, v in record.items()})
            _flush_row(buffer, output)
        else:
            if fields is None:
                doc = {"path": path, "encoding": encoding, **to_dict(article)}
            else:
                record = _record(path, encoding, article)
                doc = {f: _jsonable(record[f]) for f in fields}
            if fmt == "jsonl":
                output.out(json.dumps(doc, ensure_ascii=False))
            else:
                docs.append(doc)

    return emit


def _read_one(path: str) -> str | None:
    try:
        return _read(path)[0]
    except OSError as e:
        print(_message(path, e.strerror or str(e)), file=sys.stderr)
    except UnicodeDecodeError as e:
        print(_message(path, str(e)), file=sys.stderr)
    return None


def _cmd_explain(args: argparse.Namespace) -> int:
    text = _read_one(args.path)
    if text is None:
        return 1
    try:
        segments = explain(text, reference_date=args.reference_date)
    except WiretextError as e:
        print(_message(args.path, str(e)), file=sys.stderr)
        return 1
    for seg in segments:
        if seg.label == "space":
            continue
        line = text.count("\n", 0, seg.start) + 1
        print(f"{line:5d}  {seg.label:22s} {visible(shorten(seg.text.strip().replace(chr(10), '⏎'), 70))}")
    return 0


def _cmd_clean(args: argparse.Namespace) -> int:
    text = _read_one(args.path)
    if text is None:
        return 1
    out = clean(text)
    if _isatty(sys.stdout):  # for people: shown as visible() shows it; the text itself in a pipe or file
        out = "\n".join(map(visible, out.split("\n")))
    print(out)
    return 0


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from e


_MAIN_HELP = """\
Parse, explain and clean news-agency dispatches from files.

examples:
  wiretext parse examples/                   every file below a folder, as a table
  wiretext parse feeds/ > articles.jsonl     JSON lines when the output is not a terminal
  cat story.txt | wiretext parse -           standard input
  wiretext explain story.txt                 where every character went
  wiretext clean story.txt                   the repaired text only

Run "wiretext COMMAND --help" for the options and examples of a command.
"""

_PARSE_HELP = """\
Parse dispatches into Articles.

A feed file (NITF, NewsML-G2, NewsML 1.2, ninjs .json, Gigaword SGML, RCV1;
gzipped or not) gives one record per text item, with its source_id; its
encoding column reads feed:FORMAT.  Items with no text (packages, pictures)
are listed on standard error; a broken document of an archive is reported
there and skipped, and the exit status is then 1.

PATH is a file, a folder (read recursively; hidden files are skipped), a
glob (quote it: 'feeds/**/*.txt'), or - for standard input.  Bytes are
decoded as UTF-8, else with ftfy's guess (cp1252, mac_roman); a file not in
UTF-8 gets a note of kind "encoding".  A file that cannot be read is
reported on standard error and skipped; the exit status is then 1.
"""

_PARSE_EXAMPLES = """\
formats:
  table   aligned fields for people (the default on a terminal)
  jsonl   one JSON object a line: path, encoding and Article.to_dict()
          (the default when the output is a pipe or a file)
  json    one JSON array of the same objects
  csv     a header, then one row a file (columns: --fields, or path and the main fields);
          a cell starting with = + - @ tab or CR gets a ' before it (--csv-raw: as it is)

examples:
  wiretext parse examples/
  wiretext parse story.txt --reference-date 2026-01-05
  wiretext parse 'feeds/**/*.txt' --format csv --fields path,headline,agency,date
  cat story.txt | wiretext parse - --format json
  wiretext parse feeds/ > articles.jsonl
  wiretext parse newsml/item.xml 'gigaword/*.gz' --fields path,source_id,headline
"""


def _formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=30)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose error line shows control characters of the arguments escaped."""

    def error(self, message: str) -> NoReturn:
        super().error(visible(message))


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of the ``wiretext`` command.

    >>> build_parser().parse_args(["parse", "a.txt", "--format", "json"]).format
    'json'
    >>> build_parser().parse_args(["parse", "-", "--fields", "path,city"]).fields
    ['path', 'city']
    """
    p = _Parser(prog="wiretext", description=_MAIN_HELP, formatter_class=_formatter)
    p.add_argument("--version", action="version", version=f"wiretext {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    pp = sub.add_parser(
        "parse",
        help="parse dispatches into Articles",
        description=_PARSE_HELP,
        epilog=_PARSE_EXAMPLES,
        formatter_class=_formatter,
    )
    pp.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, globs, or - for standard input")
    pp.add_argument(
        "--format",
        choices=("table", "jsonl", "json", "csv"),
        help="output format (default: table on a terminal, else jsonl)",
    )
    pp.add_argument(
        "--reference-date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="when the copy was fetched: gives the year to datelines that have none",
    )
    pp.add_argument(
        "--fields",
        type=_fields,
        metavar="F1,F2,...",
        help=f"only these fields, flat, in this order (any format); from: {', '.join(FIELDS)}",
    )
    pp.add_argument(
        "--html",
        action="store_true",
        help="read the inputs as web pages with parse_html (the default for .html and .htm files; needs the"
        " html extra)",
    )
    pp.add_argument("--url", metavar="URL", help="the address the pages were fetched from (with --html or .html files)")
    pp.add_argument(
        "--csv-raw",
        action="store_true",
        help="CSV: write cells as they are; by default a cell starting with = + - @ tab or CR gets a ' "
        "before it, so that a spreadsheet does not run it as a formula",
    )
    pp.set_defaults(func=_cmd_parse)
    for name, func, summary, example in (
        (
            "explain",
            _cmd_explain,
            "show which field or rule every part of a file went to",
            "example:\n  wiretext explain story.txt\n\n"
            "Each line: the line number, the label (a field such as headline or body, or\n"
            "the rule that removed the text, such as pipe-line or sign-off), the text.",
        ),
        (
            "clean",
            _cmd_clean,
            "print the repaired text only (mojibake and control characters fixed)",
            "example:\n  wiretext clean story.txt > story.clean.txt",
        ),
    ):
        sp = sub.add_parser(name, help=summary, description=summary, epilog=example, formatter_class=_formatter)
        sp.add_argument("path", metavar="FILE", help="a file, or - for standard input")
        if name == "explain":
            sp.add_argument(
                "--reference-date",
                type=_date,
                metavar="YYYY-MM-DD",
                help="when the copy was fetched: gives the year to datelines that have none",
            )
        sp.set_defaults(func=func)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 a file failed, 2 usage or no standard input).

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "story.txt"
    >>> _ = path.write_text("PARIS (AFP) - Rain fell.")
    >>> main(["parse", str(path), "--format", "csv", "--fields", "agency,city"])
    agency,city
    AFP,PARIS
    0
    """
    args = build_parser().parse_args(argv)
    if "-" in getattr(args, "paths", [getattr(args, "path", None)]) and _stdin_closed():
        print("wiretext: -: standard input is closed", file=sys.stderr)
        return 2
    try:
        status: int = args.func(args)
    except BrokenPipeError:
        # The reader went away (``wiretext parse feeds/ | head``): stop quietly.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 1
    except KeyboardInterrupt:
        return 130
    return status
