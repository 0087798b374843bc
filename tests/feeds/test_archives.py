"""Gigaword's DOC cutter: the lines a stream holds taken at once give what reading a line at a time gives.

The archives are invented SGML in the LDC layout, with the odd cases a
cutter must keep: a DOC on one line, DOCNO ids, text between DOCs, a DOC
cut off by the end of the file, lines longer than the item limit, DOCs
over it, CRLF line ends, and streams whose buffer ends inside a line.
"""

from __future__ import annotations

import gzip
import io
import random
from collections.abc import Callable, Iterator

import pytest

from wiretext.feeds import _archives
from wiretext.feeds._archives import LineCounter, _lines_held, doc_chunks, doc_chunks_by_line, doc_chunks_in

PIECES = [
    b'<DOC id="AFP_ENG_20240512.0001" type="story" >\n',
    b"<DOC>\n",
    b"  <DOC id=XIN_ENG_20240101.0002>\n",
    b"<DOC\n",
    b"<DOCNO> APW19960101.0001 </DOCNO>\n",
    b"<HEADLINE>\nFerries sail again\n</HEADLINE>\n",
    b"<DATELINE>\nOSLO, May 12 (NTB)\n</DATELINE>\n",
    b"<TEXT>\n<P>\nThe ferries sailed on Friday after\na strike of three days.\n</P>\n</TEXT>\n",
    b"</DOC>\n",
    b"</DOC>\r\n",
    b"<P>A line of a hundred characters " + b"x" * 70 + b"</P>\n",
    b"loose text between documents\n",
    b'<DOC id="ONE_LINE_1"><TEXT>All on one line.</TEXT></DOC>\n',
    b"\n",
    b"no line end at all",
]


def _archive(rng: random.Random) -> bytes:
    return b"".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))


def _cut_by_line(rng: random.Random) -> Iterator[tuple[bytes, int, list[tuple[int, bytes | None, str | None]]]]:
    """3,000 random archives, each with a limit and what the reference reader, line by line, cuts of it."""
    for _ in range(3000):
        data = _archive(rng)
        limit = rng.choice([40, 100, 300, 10_000])
        yield data, limit, list(doc_chunks_by_line(io.BytesIO(data), limit))


def test_lines_held_give_what_lines_one_by_one_give(monkeypatch: pytest.MonkeyPatch) -> None:
    held: list[int] = []

    def counted(peek: Callable[[int], bytes], room: int) -> tuple[bytes, bool] | None:
        found = _lines_held(peek, room)
        held.append(found is not None and found[0].count(b"\n") > 1)
        return found

    monkeypatch.setattr(_archives, "_lines_held", counted)
    rng = random.Random(22)
    docs = 0
    for data, limit, expected in _cut_by_line(rng):
        docs += len(expected)
        buffer = rng.choice([1, 7, 64, 333, 8192])
        for stream in (io.BytesIO(data), io.BufferedReader(io.BytesIO(data), buffer)):
            assert list(doc_chunks(stream, limit)) == expected, (data, limit, buffer)
    assert docs > 5000 and sum(held) > 1000  # blocks of several lines were taken at once


def test_a_gzip_stream_peeks_and_gives_the_same() -> None:
    rng = random.Random(5)
    data = b"".join(_archive(rng) for _ in range(200))
    with gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(data))) as stream:
        assert list(doc_chunks(stream, 10_000)) == list(doc_chunks_by_line(io.BytesIO(data), 10_000))


def test_bytes_in_memory_are_cut_as_a_stream_is() -> None:
    docs = 0
    for data, limit, expected in _cut_by_line(random.Random(23)):
        line_of = LineCounter(data, limit + 1)
        assert [(line_of(at), chunk, doc_id) for at, chunk, doc_id in doc_chunks_in(data, limit)] == expected, (
            data,
            limit,
        )
        docs += len(expected)
    assert docs > 5000


def test_line_counter_counts_on_and_starts_again_for_an_earlier_offset() -> None:
    count = LineCounter(b"a\nb\nc\nd", 100)
    assert [count(0), count(4), count(6), count(2), count(6)] == [1, 3, 4, 2, 4]
    pieces = LineCounter(b"abcdef\ng", 3)  # as readline(3) cuts: "abc", "def", "\n", "g"
    assert pieces(7) == 4
