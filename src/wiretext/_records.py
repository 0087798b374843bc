"""Records of a scraper's export (JSON lines or CSV), read one at a time for the ``wiretext`` command.

A file is never read whole: its first 64 KiB tell its encoding, then it is
decoded as a stream, so that memory stays flat however long the file is.

>>> import io
>>> data = b'{"id": 7, "body": "PARIS (AFP) - Rain.", "fetched": "2026-01-05T08:00:00Z"}\\n\\n[1]\\n'
>>> for r in records(io.BytesIO(data), "jsonl", "body", "id", "fetched"):
...     print(r.line, r.text, r.source_id, r.reference_date, r.problem)
1 PARIS (AFP) - Rain. 7 2026-01-05 None
3 None None None not a JSON object
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Iterator
from typing import IO, Any

import attrs

from ._dates import reference_date

__all__ = ["HEAD", "Record", "kind_of", "records", "text_stream"]

#: How many bytes of a file decide its encoding (and, for standard input, whether it holds JSON lines or CSV).
HEAD = 65536

# CSV cells hold whole stories: the csv module's default limit (128 KiB) is
# lifted to what a C long holds on every platform.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@attrs.frozen
class Record:
    """One record: its text and what it says about itself, or why it gives no Article.

    ``line`` is the line of the file the record starts on (1 is the first).
    """

    line: int
    text: str | None
    source_id: str | None = None
    reference_date: dt.date | None = None
    problem: str | None = None


class _Prefixed(io.RawIOBase):
    """A stream that gives ``head`` first, then the rest of ``stream``: a peek at standard input."""

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        self.head = head
        self.stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)
        if self.head:
            n = min(len(view), len(self.head))
            view[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.stream.read(len(view))
        view[: len(data)] = data
        return len(data)


def kind_of(path: str, head: bytes) -> str:
    """``"csv"``, ``"tsv"`` or ``"jsonl"``: by the file's suffix, else by its first character.

    >>> kind_of("items.csv", b""), kind_of("-", b'  {"a": 1}'), kind_of("-", b"id,body"), kind_of("x.ndjson", b"")
    ('csv', 'jsonl', 'csv', 'jsonl')
    """
    name = path.lower().removesuffix(".gz")
    if name.endswith(".csv"):
        return "csv"
    if name.endswith(".tsv"):
        return "tsv"
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    return "jsonl" if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else "csv"


def text_stream(stream: IO[bytes], encoding: str, newline: str) -> IO[str]:
    """``stream`` decoded as ``encoding``; bytes that are not of it come as lone surrogates, not an error."""
    if encoding == "utf-8":
        encoding = "utf-8-sig"
    return io.TextIOWrapper(stream, encoding=encoding, errors="surrogateescape", newline=newline)


def _undecodable(text: str) -> bool:
    """Whether ``text`` holds a byte its encoding did not decode (surrogateescape's U+DC80-U+DCFF)."""
    return any("\udc80" <= ch <= "\udcff" for ch in text) if not text.isascii() else False


def _record(
    line: int, data: object, text_field: str, id_field: str | None, date_field: str | None, default: dt.date | None
) -> Record:
    """One record out of its parsed object (a dict from JSON or CSV)."""
    if not isinstance(data, dict):
        return Record(line, None, problem="not a JSON object")
    if text_field not in data:
        return Record(line, None, problem=f"no field {text_field!r}")
    text = data[text_field]
    if not isinstance(text, str):
        return Record(line, None, problem=f"field {text_field!r} is {_kind(text)}, not a string")
    source_id = None
    if id_field is not None:
        value = data.get(id_field)
        source_id = None if value is None or value == "" else str(value)
    date = default
    if date_field is not None:
        value = data.get(date_field)
        if value is not None and value != "":
            try:
                date = reference_date(value, f"field {date_field!r}")
            except (TypeError, ValueError) as e:
                return Record(line, None, source_id, problem=str(e))
    return Record(line, text, source_id, date)


def _kind(value: object) -> str:
    return "null" if value is None else f"a {type(value).__name__}"


def records(
    stream: IO[bytes],
    kind: str,
    text_field: str,
    id_field: str | None = None,
    date_field: str | None = None,
    default_date: dt.date | None = None,
    encoding: str = "utf-8",
) -> Iterator[Record]:
    """Each record of ``stream`` (JSON lines, CSV or TSV, in ``encoding``) in order, read as it goes.

    A record that gives no text (not JSON, no such field, a cell that is not
    text in its encoding, a date that is no ISO date) comes with its
    ``problem`` set, and the next one is read.
    """
    if kind == "jsonl":
        text = text_stream(stream, encoding, "\n")
        for number, row in enumerate(text, 1):
            if not row.strip():
                continue
            if _undecodable(row):
                yield Record(number, None, problem=f"bytes that are not {encoding}")
                continue
            try:
                data = json.loads(row)
            except (ValueError, RecursionError) as e:
                yield Record(number, None, problem=f"not JSON ({e})")
                continue
            yield _record(number, data, text_field, id_field, date_field, default_date)
        return
    text = text_stream(stream, encoding, "")
    reader = csv.reader(text, delimiter="\t" if kind == "tsv" else ",")
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as e:
        yield Record(1, None, problem=f"not CSV ({e})")
        return
    if text_field not in header:
        yield Record(1, None, problem=f"no column {text_field!r} (the columns: {', '.join(header)})")
        return
    start = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            yield Record(start, None, problem=f"not CSV ({e})")
            return  # the reader cannot go on past a broken quote
        first, start = start, reader.line_num + 1
        if not cells:
            continue
        if len(cells) > len(header):
            yield Record(first, None, problem=f"{len(cells)} cells under {len(header)} columns")
            continue
        if any(_undecodable(c) for c in cells):
            yield Record(first, None, problem=f"bytes that are not {encoding}")
            continue
        # A short row: the cells it lacks are empty (None).
        fields: dict[str, object] = dict.fromkeys(header)
        fields.update(zip(header, cells, strict=False))
        yield _record(first, fields, text_field, id_field, date_field, default_date)
