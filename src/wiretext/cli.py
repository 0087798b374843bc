"""The ``wiretext`` command: parse, explain and clean dispatches from files.

``wiretext parse PATH...`` reads files, folders, globs or standard input and
writes Articles as a table, JSON lines, JSON or CSV; ``wiretext explain FILE``
and ``wiretext clean FILE`` print :func:`wiretext.explain` and
:func:`wiretext.clean` of a file.  ``docs/cli.md`` describes the options.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import fnmatch
import glob
import importlib
import io
import json
import os
import re
import shutil
import sys
import textwrap
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, NoReturn, TextIO

import attrs

from . import __version__
from ._bytes import NotText, encoding_of
from ._bytes import decode as _decode
from ._records import HEAD, _Prefixed, kind_of, records
from .display import columns, rows, shorten, visible, wrap
from .errors import WiretextError
from .model import Article, Note
from .normalize import repair
from .pipeline import explain, parse
from .serialize import RECORD_FIELDS, to_dict, to_records

__all__ = ["CLEAN_REMOVES", "FIELDS", "build_parser", "clean_lines", "main"]

#: What ``--fields`` can name: the file, its encoding, the record's line and
#: reference date (``--text-field``), and the columns of
#: :func:`wiretext.serialize.to_records`.
FIELDS: tuple[str, ...] = ("path", "line", "encoding", "reference_date", *RECORD_FIELDS)

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
    article = parse_html(data, url=args.url, reference_date=_reference(args, path))
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
    is a terminal and there is more than one file, or records are read (it
    then counts records); while it is shown, lines for a terminal go through
    it so that they do not tear it.
    """

    def __init__(self, total: int, *, records: bool = False) -> None:
        self.failed = 0
        self.bar: Any = None
        if (total > 1 or records) and _isatty(sys.stderr):
            try:
                tqdm = importlib.import_module("tqdm").tqdm
            except ImportError:
                tqdm = None
            if tqdm is not None:
                self.bar = tqdm(
                    total=None if records else total,
                    file=sys.stderr,
                    unit="record" if records else "file",
                    leave=False,
                    dynamic_ncols=True,
                )

    def out(self, text: str, end: str = "\n") -> None:
        if self.bar is not None and _isatty(sys.stdout):
            self.bar.write(text, file=sys.stdout, end=end)
        else:
            print(text, end=end)

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


def _record(path: str, encoding: str, article: Article, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The flat row of ``--fields``: the file's fields, the record's (``line``, ``reference_date``), the Article's."""
    extra = extra or {}
    return {
        "path": path,
        "line": extra.get("line"),
        "encoding": encoding,
        "reference_date": extra.get("reference_date"),
        **to_records([article])[0],
    }


def _jsonable(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value


def _cell(value: object) -> object:
    """A CSV cell: a list (the note kinds) joined by ``;``, as the agencies are."""
    return ";".join(map(str, value)) if isinstance(value, list) else value


def _table(
    path: str, encoding: str, article: Article, fields: Sequence[str] | None, width: int, extra: dict[str, Any]
) -> str:
    """One Article as an aligned block for people: a label column, wrapped values."""
    if fields is None:
        pairs = [("headline", article.headline or "—"), *rows(article)]
        if article.rights is not None and article.rights.holder:  # the holder first, then the notice
            notice = shorten(article.rights.text, 100)
            rights = article.rights.holder if notice == article.rights.holder else f"{article.rights.holder} ({notice})"
            pairs = [("rights", visible(rights)) if label == "rights" else (label, v) for label, v in pairs]
        if article.body:
            body = visible(_fit(article.body, 3 * width))
            if len(article.paragraphs) > 1:
                body += f"  [{len(article.paragraphs)}\u00a0paragraphs]"  # no break inside
            pairs.append(("body", body))
    else:
        record = _record(path, encoding, article, extra)
        pairs = [
            (f, "—" if record[f] in (None, []) else visible(_fit(str(_jsonable(_cell(record[f]))), 3 * width)))
            for f in fields
        ]
    label_width = max(len(label) for label, _ in pairs)
    indent = " " * (label_width + 4)
    lines = [visible(path)]
    for label, value in pairs:
        first = f"  {label:<{label_width}}  "
        lines.extend(wrap(value, max(width, len(first) + 20), first, indent) or [first.rstrip()])
    return "\n".join(lines) + "\n"


def _fit(text: str, most: int) -> str:
    """``text`` on one line, cut to at most ``most`` terminal columns (:func:`wiretext.display.columns`) with ``…``.

    >>> _fit("東京で雨が降った。", 9), _fit("Rain fell.", 9)
    ('東京で雨…', 'Rain fel…')
    """
    flat = shorten(text, len(text) + 1)
    if columns(flat) <= most:
        return flat
    out, used = [], 1  # the ellipsis
    for ch in flat:
        used += columns(ch)
        if used > most:
            break
        out.append(ch)
    return "".join(out).rstrip() + "…"


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
    output = _Output(len(paths), records=args.text_field is not None)
    emit = _emitter(fmt, fields, width, output, args.csv_raw, _record_columns(args))
    try:
        for path, problem in paths:
            if problem is not None:
                output.problem(path, problem)
                continue
            if args.text_field is not None:
                _parse_records(path, args, output, emit)
                continue
            feed = _feed_format(path)
            if feed is not None:
                try:
                    for article in _feed_articles(path, _reference(args, path), output):
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
                    article = _with_encoding(parse(text, reference_date=_reference(args, path)), encoding)
            except ImportError as e:  # parse_html without the html extra
                output.problem(path, str(e))
                continue
            except OSError as e:
                output.problem(path, e.strerror or str(e))
                continue
            except (UnicodeDecodeError, NotText, WiretextError) as e:
                output.problem(path, str(e))
                continue
            finally:
                output.step()
            emit(path, encoding, article)
    finally:
        output.close()
        emit.close()
    return 1 if output.failed else 0


def _record_columns(args: argparse.Namespace) -> list[str]:
    """The columns a record adds before the Article's in CSV and JSON: its line, id and reference date."""
    if args.text_field is None:
        return []
    return [
        "line",
        *(["source_id"] if args.id_field else []),
        *(["reference_date"] if args.date_field else []),
    ]


def _open_records(path: str, files: contextlib.ExitStack) -> tuple[IO[bytes], bytes]:
    """The bytes of a records file (or standard input; gunzipped for ``.gz``) and its first :data:`HEAD` bytes.

    The files opened are closed with ``files``.
    """
    raw: IO[bytes]
    if path == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        raw = buffer if buffer is not None else io.BytesIO(sys.stdin.read().encode("utf-8"))
    else:
        raw = files.enter_context(open(path, "rb"))  # noqa: SIM115 - closed by files
        if path.lower().endswith(".gz"):
            import gzip

            gz = files.enter_context(gzip.GzipFile(fileobj=raw))
            raw = gz  # type: ignore[assignment]
    head = raw.read(HEAD)
    return io.BufferedReader(_Prefixed(head, raw), 1 << 16), head


def _parse_records(path: str, args: argparse.Namespace, output: _Output, emit: _Emit) -> None:
    """Parse each record of a JSON lines or CSV file in order; report those that give no Article."""
    with contextlib.ExitStack() as files:
        try:
            stream, head = _open_records(path, files)
        except (OSError, EOFError) as e:
            output.problem(path, getattr(e, "strerror", None) or str(e))
            return
        _parse_stream(path, stream, head, args, output, emit)


def _parse_stream(
    path: str, stream: IO[bytes], head: bytes, args: argparse.Namespace, output: _Output, emit: _Emit
) -> None:
    try:
        encoding = encoding_of(head)
        kind = kind_of(path, head)
        found = records(stream, kind, args.text_field, args.id_field, args.date_field, _reference(args, path), encoding)
        for record in found:
            output.step()
            where = f"{path}:{record.line}"
            if record.text is None:
                output.problem(where, record.problem or "no text")
                continue
            try:
                article = parse(record.text, reference_date=record.reference_date)
            except WiretextError as e:
                output.problem(where, str(e))
                continue
            if record.source_id is not None:
                article = attrs.evolve(article, source_id=record.source_id)
            extra = {"line": record.line, "reference_date": record.reference_date}
            emit(path, encoding, _with_encoding(article, encoding), extra)
    except (OSError, EOFError) as e:  # a file cut short, a broken gzip stream
        output.problem(path, getattr(e, "strerror", None) or str(e))
    except NotText as e:
        output.problem(path, str(e))


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


class _Emit:
    """Write one Article at a time in the chosen format, as it comes (the CSV writer made at the first row).

    ``json`` is written as it goes too (``[``, the objects, ``]`` at
    :meth:`close`), so that no format holds every Article in memory.
    """

    def __init__(
        self, fmt: str, fields: list[str] | None, width: int, output: _Output, csv_raw: bool, extra: list[str]
    ) -> None:
        self.fmt, self.fields, self.width, self.output, self.csv_raw = fmt, fields, width, output, csv_raw
        self.extra = extra  # the record's columns (line, source_id, reference_date) before the Article's
        self.writer: csv.DictWriter[str] | None = None
        self.buffer = io.StringIO()  # one CSV row at a time, so that rows pass the progress bar
        self.count = 0

    def __call__(self, path: str, encoding: str, article: Article, extra: dict[str, Any] | None = None) -> None:
        extra = extra or {}
        fields, output = self.fields, self.output
        if self.fmt == "table":
            label = f"{path}:{extra['line']}" if "line" in extra else path
            label = f"{label} [{article.source_id}]" if article.source_id else label
            output.out(_table(label, encoding, article, fields, self.width, extra))
        elif self.fmt == "csv":
            if self.writer is None:
                columns = fields or ["path", *self.extra, *_CSV_DEFAULT]
                # Rows end in "\r\n" in the buffer, so that the writer quotes a
                # cell holding a CR as well as one holding a LF (a bare CR
                # would end the row for a reader); they are printed with "\n".
                self.writer = csv.DictWriter(
                    self.buffer, fieldnames=columns, lineterminator="\r\n", extrasaction="ignore"
                )
                self.writer.writeheader()
                _flush_row(self.buffer, output)
            record = {k: _cell(v) for k, v in _record(path, encoding, article, extra).items()}
            self.writer.writerow(record if self.csv_raw else {k: _csv_safe(v) for k, v in record.items()})
            _flush_row(self.buffer, output)
        else:
            if fields is None:
                record_keys = {k: _jsonable(extra[k]) for k in self.extra if k in extra}
                doc = {"path": path, **record_keys, "encoding": encoding, **to_dict(article)}
            else:
                record = _record(path, encoding, article, extra)
                doc = {f: _jsonable(record[f]) for f in fields}
            if self.fmt == "jsonl":
                output.out(json.dumps(doc, ensure_ascii=False))
            else:
                # As json.dumps(every_doc, indent=2) writes the list, one item at a time.
                text = textwrap.indent(json.dumps(doc, ensure_ascii=False, indent=2), "  ")
                output.out(("[" if self.count == 0 else ",") + "\n" + text, end="")
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.output.out("[]" if self.count == 0 else "\n]")


def _emitter(
    fmt: str,
    fields: list[str] | None,
    width: int,
    output: _Output,
    csv_raw: bool = False,
    extra: list[str] | None = None,
) -> _Emit:
    """Write one Article in the chosen format."""
    return _Emit(fmt, fields, width, output, csv_raw, extra or [])


def _read_one(path: str) -> str | None:
    try:
        return _read(path)[0]
    except OSError as e:
        print(_message(path, e.strerror or str(e)), file=sys.stderr)
    except (UnicodeDecodeError, NotText) as e:
        print(_message(path, str(e)), file=sys.stderr)
    return None


def _cmd_explain(args: argparse.Namespace) -> int:
    text = _read_one(args.path)
    if text is None:
        return 1
    try:
        segments = explain(text, reference_date=_reference(args, args.path))
    except WiretextError as e:
        print(_message(args.path, str(e)), file=sys.stderr)
        return 1
    for seg in segments:
        if seg.label == "space":
            continue
        line = text.count("\n", 0, seg.start) + 1
        print(f"{line:5d}  {seg.label:22s} {visible(shorten(seg.text.strip().replace(chr(10), '⏎'), 70))}")
    return 0


#: The labels of :func:`wiretext.explain` that ``wiretext clean`` takes out: control codes and transmission codes.
CLEAN_REMOVES = ("control-character", "wire-control", "wire-header", "wire-slug", "wire-marker", "wire-trailer")

_BLANK_RUNS = re.compile(r"\n(?:[ \t]*\n)+")


def clean_lines(text: str) -> str:
    r"""What ``wiretext clean`` prints: ``text`` repaired, its control and wire codes out, its lines kept.

    Mojibake and entity debris are repaired (:func:`wiretext.normalize.repair`);
    what :func:`wiretext.explain` labels as a C0 control code or a wire
    transmission code (:data:`CLEAN_REMOVES`) is taken out; line breaks are
    made ``\n``, trailing blanks go, runs of blank lines become one.  Every
    other character stays where it was: the dateline, the sign-off, the
    rights line and page text too.

    >>> print(clean_lines("\x01eca001 4 i 120  dpa 0001\r\n\r\nEurope-weather/\r\n\x02Storm closes ports =\r\n\r\n"
    ...     "   Kiel (dpa) - Caf\u00c3\u00a9s\x07 stayed shut\r\n   on Tuesday.\r\n\r\n\r\n   Ferries too.\r\n\r\n"
    ...     "dpa abc xy\r\n\x03101200 GMT Jan 10\r\n\x04"))
    Storm closes ports
    <BLANKLINE>
       Kiel (dpa) - Cafés stayed shut
       on Tuesday.
    <BLANKLINE>
       Ferries too.
    """
    text = repair(text)
    kept = "".join(seg.text for seg in explain(text) if seg.label not in CLEAN_REMOVES)
    lines = [line.rstrip() for line in kept.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")


def _cmd_clean(args: argparse.Namespace) -> int:
    text = _read_one(args.path)
    if text is None:
        return 1
    try:
        out = clean_lines(text)
    except WiretextError as e:
        print(_message(args.path, str(e)), file=sys.stderr)
        return 1
    if _isatty(sys.stdout):  # for people: shown as visible() shows it; the text itself in a pipe or file
        out = "\n".join(map(visible, out.split("\n")))
    print(out)
    return 0


def _date(value: str) -> dt.date | str:
    """``--reference-date``: an ISO date, ``today``, or ``mtime`` (kept as the word: read per file).

    >>> _date("2026-01-05"), _date("mtime"), _date("today") == dt.date.today()
    (datetime.date(2026, 1, 5), 'mtime', True)
    """
    if value == "mtime":
        return value
    if value == "today":
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD), 'today' or 'mtime': {value!r}") from e


def _reference(args: argparse.Namespace, path: str) -> dt.date | None:
    """The reference date for ``path``: ``--reference-date``, or with ``mtime`` the file's modification date.

    Standard input's is the date of what it reads from (a file redirected
    to it), or today's.
    """
    value: dt.date | str | None = args.reference_date
    if value != "mtime":
        return value if isinstance(value, dt.date) else None
    try:
        stamp = os.fstat(sys.stdin.fileno()).st_mtime if path == "-" else os.stat(path).st_mtime
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return dt.date.today()
    return dt.date.fromtimestamp(stamp)


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
glob (quote it: 'feeds/**/*.txt'), or - for standard input (read without
- when it is a pipe).  Bytes are decoded as UTF-8, else in the encoding
charset-normalizer detects (the cli extra; ftfy's guess without it): cp1251,
Shift-JIS, UTF-16 without a byte-order mark, Latin-1...; a file not in
UTF-8 gets a note of kind "encoding".  A binary file (an executable, an
image, an archive) is refused.  A file that cannot be read is reported on
standard error and skipped; the exit status is then 1.
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


_CLEAN_HELP = """\
Print the text of FILE repaired, with its lines and paragraphs as they are:
mojibake repaired (CafÃ© -> Café) and entity debris decoded (&amp; -> &),
C0 control codes and wire transmission codes removed (SOH, STX, ETX, the
ANPA and IPTC 7901 heading, slug and end-of-line codes, the time stamp after
ETX), line breaks made LF, trailing blanks and runs of blank lines trimmed.

Unlike parse, clean takes nothing else out and finds no fields: the
dateline, byline, sign-off, rights line and page text all stay, and each
line stays a line (wiretext.clean() in Python joins each paragraph's lines
into one).  Use it to read or diff copy; use parse for its fields and body.
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
    pp.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files, folders, globs, or - for standard input (the default when it is a pipe)",
    )
    pp.add_argument(
        "--format",
        choices=("table", "jsonl", "json", "csv"),
        help="output format (default: table on a terminal, else jsonl)",
    )
    pp.add_argument(
        "--reference-date",
        type=_date,
        metavar="DATE",
        help="when the copy was fetched (YYYY-MM-DD, today, or mtime: each file's modification date): gives the"
        " year to datelines that have none",
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
    records = pp.add_argument_group(
        "records",
        "a scraper's export: JSON lines (.jsonl, .json, .ndjson), CSV (.csv) or TSV (.tsv), gzipped or not;"
        " standard input is JSON lines when it opens with {, else CSV",
    )
    records.add_argument(
        "--text-field",
        metavar="NAME",
        help="read every input as records and parse the text of this field (or CSV column) of each",
    )
    records.add_argument(
        "--id-field", metavar="NAME", help="the record's id, written as the Article's source_id"
    )
    records.add_argument(
        "--date-field",
        metavar="NAME",
        help="the record's own fetch date (ISO date or date-time): its reference date, written as reference_date",
    )
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
            "print the text repaired: mojibake fixed, control and wire codes out, lines kept",
            "example:\n  wiretext clean story.txt > story.clean.txt",
        ),
    ):
        sp = sub.add_parser(
            name,
            help=summary,
            description=_CLEAN_HELP if name == "clean" else summary,
            epilog=example,
            formatter_class=_formatter,
        )
        sp.add_argument("path", metavar="FILE", help="a file, or - for standard input")
        if name == "explain":
            sp.add_argument(
                "--reference-date",
                type=_date,
                metavar="DATE",
                help="when the copy was fetched (YYYY-MM-DD, today, or mtime: the file's modification date):"
                " gives the year to datelines that have none",
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
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "parse":
        if args.text_field is None and (args.id_field or args.date_field):
            parser.error("--id-field and --date-field need --text-field")
        if not args.paths:  # "cat story.txt | wiretext parse"
            if not _stdin_closed() and _isatty(sys.stdin):
                parser.error("no PATH given (and standard input is a terminal, not a pipe)")
            args.paths = ["-"]
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
