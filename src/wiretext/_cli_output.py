"""The ``wiretext`` command's outputs: table, JSON lines, JSON and CSV, and stderr.

Writes each Article as it comes, in the chosen format (:class:`_Emit`),
results on standard output and problems on standard error around a progress
bar (:class:`_Output`), with what a terminal or a spreadsheet must not run
made harmless: control and bidi characters shown escaped
(:func:`wiretext.display.visible`), a CSV cell that would be a formula
prefixed with ``'``.  Which files are read is :mod:`wiretext._cli_input`'s;
the commands themselves, :mod:`wiretext._cli_commands`'s.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import io
import json
import sys
import textwrap
from collections.abc import Sequence
from typing import Any, TextIO

from .display import columns, rows, shorten, visible, wrap
from .model import Article
from .serialize import RECORD_FIELDS, to_dict, to_records

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
