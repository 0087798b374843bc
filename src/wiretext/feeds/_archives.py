"""The research archives: LDC Gigaword SGML and RCV1's ``<newsitem>`` XML.

Gigaword (LDC) files hold thousands of ``<DOC id="AFP_ENG_19940512.0004"
type="story">`` documents one after another, with ``HEADLINE``,
``DATELINE`` and ``TEXT`` (``P`` paragraphs, or loose text).  The file as a
whole is SGML, not XML (no single root, upper-case entities such as
``&AMP;``), so it is cut into documents line by line and each document is
read on its own by the safe XML layer: a broken one is reported and
skipped, and the documents after it still come out.  The id gives the date
(``19940512``) and the source (``AFP``, ``APW``, ``XIN`` ...), mapped
through :data:`GIGAWORD_SOURCES`.

RCV1 (``<newsitem itemid=... date=...>``): ``headline``, ``byline``,
``dateline``, ``text/p``, ``copyright``, and the ``dc.*`` metadata
(``dc.publisher``, ``dc.creator.location``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import IO, TYPE_CHECKING

from ._item import Item, Paths, block_paragraphs, squashed, text_of

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

__all__ = [
    "GIGAWORD_SOURCES",
    "LineCounter",
    "doc_chunks",
    "doc_chunks_by_line",
    "doc_chunks_in",
    "gigaword_text",
    "read_gigaword",
    "read_rcv1",
]

#: Gigaword source codes (the id's first part) and the credit each stands
#: for, as the LDC catalogue documents them (English, Chinese, Spanish,
#: French, Arabic editions).  A code not listed is kept as written.
GIGAWORD_SOURCES: dict[str, str] = {
    "AFP": "AFP",  # Agence France-Presse
    "APW": "AP",  # Associated Press Worldstream
    "XIN": "Xinhua",  # Xinhua News Agency
    "CNA": "Central News Agency",  # Central News Agency of Taiwan
    "NYT": "The New York Times News Service",
    "LTW": "The Los Angeles Times/Washington Post Newswire Service",
    "WPB": "Washington Post/Bloomberg Newswire Service",
    "ZBN": "Zaobao",
    "AAW": "Asharq Al-Awsat",
    "AHR": "Al Hayat",
    "ANN": "An Nahar",
    "UMH": "Ummah Press",
}

# The id's parts: source, language, date: "AFP_ENG_19940512.0004".
_GIGAWORD_ID = re.compile(r"([A-Z]{3})_[A-Z]{3}_([0-9]{8})")
_DOC_ID = re.compile(rb"""\bid\s*=\s*["']?([^"'\s>]+)""")
# SGML's upper-case names of XML's five entities; any other entity is kept as text.
_UPPER_ENTITY = re.compile(r"&(AMP|LT|GT|QUOT|APOS);")
_BARE_AMP = re.compile(r"&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)")


def gigaword_text(chunk: str) -> str:
    """A DOC's SGML made XML: upper-case entities lowered, any other ``&`` escaped (kept as text).

    >>> gigaword_text("<P>AT&T &AMP; Co &LR; up</P>")
    '<P>AT&amp;T &amp; Co &amp;LR; up</P>'
    """
    if "&" not in chunk:
        return chunk
    chunk = _UPPER_ENTITY.sub(lambda m: f"&{m.group(1).lower()};", chunk)
    return _BARE_AMP.sub("&amp;", chunk)


def doc_chunks(stream: IO[bytes], max_bytes: int) -> Iterator[tuple[int, bytes | None, str | None]]:
    """Each ``<DOC ...> ... </DOC>`` as ``(first line number, bytes, id)``, read line by line.

    A document over ``max_bytes`` comes out as ``(line, None, id)``: it was
    read past, not kept.  Inside a document, a stream that can ``peek``
    (a buffered file, gzip) gives the complete lines it holds at once, up
    to the line of ``</DOC>`` (:func:`_lines_held`): the same bytes, lines
    and id as line by line (:func:`doc_chunks_by_line`, the reference of
    ``tests/feeds/test_archives.py``), without a Python step a line.

    >>> import io
    >>> [(n, c[:8], i) for n, c, i in doc_chunks(io.BytesIO(b'<DOC id="A_1">\\n<P>x</P>\\n</DOC>\\n'), 100)]
    [(1, b'<DOC id=', 'A_1')]
    """
    peek = getattr(stream, "peek", None)
    readline = functools.partial(stream.readline, max_bytes + 1)
    number = 0
    while line := readline():
        number += 1
        if not _starts_doc(line):
            continue
        start, doc = number, _Doc(line, _doc_id(line), max_bytes)
        ended = b"</DOC>" in line
        while not ended:
            held = _lines_held(peek, max_bytes - doc.size) if peek is not None else None
            if held is not None:
                block, ended = held
                stream.read(len(block))  # the bytes peeked at, taken
                number += block.count(b"\n")
            else:
                block = readline()
                if not block:
                    break  # the end of the stream inside a DOC
                number += 1
                ended = b"</DOC>" in block
            doc.add(block)
        yield start, doc.bytes(), doc.doc_id


def doc_chunks_in(data: bytes, max_bytes: int) -> Iterator[tuple[int, bytes | None, str | None]]:
    """:func:`doc_chunks` of bytes in memory (``parse_feed``'s), each DOC's start given as its offset in ``data``.

    A DOC within ``max_bytes`` is cut with two searches, for ``</DOC>`` and
    the end of its line; one over the limit is read line by line, as a
    stream is.  Its first line's number is counted only when asked
    (:class:`LineCounter`): a DOC read well needs none.

    >>> [(at, c[-7:], i) for at, c, i in doc_chunks_in(b'x\\n<DOC id="A_1">\\n<P>x</P>\\n</DOC>\\n', 100)]
    [(2, b'</DOC>\\n', 'A_1')]
    """
    limit, n, pos = max_bytes + 1, len(data), 0
    while pos < n:
        start, pos = pos, _line_end(data, pos, limit, n)
        line = data[start:pos]
        if not _starts_doc(line):
            continue
        doc_id = _doc_id(line)
        if doc_id is None and b"<DOCNO>" in line:
            doc_id = _docno(line)
        if b"</DOC>" not in line:
            cut = _doc_end(data, pos, start + max_bytes, n)
            if cut is not None:  # the whole DOC within the limit, in one piece
                if doc_id is None and (at := data.find(b"<DOCNO>", pos, cut)) >= 0:
                    doc_id = _docno(data[data.rfind(b"\n", 0, at) + 1 : _line_end(data, at, limit, n)])
                pos = cut
                yield start, data[start:cut], doc_id
                continue
        doc, ended = _Doc(line, doc_id, max_bytes), b"</DOC>" in line
        while not ended and pos < n:
            block = data[pos : (pos := _line_end(data, pos, limit, n))]
            ended = b"</DOC>" in block
            doc.add(block)
        yield start, doc.bytes(), doc.doc_id


class _Doc:
    """A DOC read a block at a time: its bytes kept while within ``max_bytes``, its id from the first ``<DOCNO>``."""

    def __init__(self, first_line: bytes, doc_id: str | None, max_bytes: int) -> None:
        self.parts: list[bytes] = []
        self.size, self.max_bytes, self.doc_id = 0, max_bytes, doc_id
        self.add(first_line)

    def add(self, block: bytes) -> None:
        if self.size <= self.max_bytes:
            self.parts.append(block)
        self.size += len(block)
        if self.doc_id is None and b"<DOCNO>" in block:
            self.doc_id = _docno(block)

    def bytes(self) -> bytes | None:
        """The DOC's bytes, or None where it ran over ``max_bytes`` (read past, not kept)."""
        return b"".join(self.parts) if self.size <= self.max_bytes else None


def _line_end(data: bytes, pos: int, limit: int, n: int) -> int:
    """Where the line from ``pos`` ends, as ``readline(limit)`` cuts it."""
    end = data.find(b"\n", pos, pos + limit)
    return end + 1 if end >= 0 else min(n, pos + limit)


def _doc_end(data: bytes, pos: int, room_end: int, n: int) -> int | None:
    """The end of the line of the first ``</DOC>`` from ``pos``, where that line ends by ``room_end``; else None."""
    close = data.find(b"</DOC>", pos, room_end)
    if close < 0:
        return None
    end = data.find(b"\n", close + 6, room_end)
    if end >= 0:
        return end + 1
    return n if n <= room_end else None


class LineCounter:
    """The line number of an offset in ``data``, counted on from the last one asked (offsets asked in order).

    Lines are counted as ``readline(limit)`` gives them, as :func:`doc_chunks`
    counts them: a line longer than ``limit`` counts once a piece.  Only a
    DOC that is reported (too large, malformed) is asked for its line.

    >>> count = LineCounter(b"a\\nb\\nc", 100)
    >>> count(0), count(2), count(4)
    (1, 2, 3)
    """

    def __init__(self, data: bytes, limit: int) -> None:
        self.data = data
        self.limit = limit
        self.offset = 0
        self.line = 1

    def __call__(self, offset: int) -> int:
        if offset < self.offset:
            self.offset, self.line = 0, 1
        data, pos, line, n = self.data, self.offset, self.line, len(self.data)
        while pos < offset:
            pos = _line_end(data, pos, self.limit, n)
            line += 1
        self.offset, self.line = pos, line
        return line


def _lines_held(peek: Callable[[int], bytes], room: int) -> tuple[bytes, bool] | None:
    """The complete lines a stream holds already, up to the line of ``</DOC>``, and whether that line is in them.

    None where it holds no complete line, or more than ``room`` bytes of
    them (the rest of the document is read line by line, as a line over
    the limit is cut).
    """
    held = peek(1)
    cut = held.rfind(b"\n") + 1
    close = held.find(b"</DOC>", 0, cut)
    if close >= 0:
        cut = held.find(b"\n", close) + 1
    if not 0 < cut <= room:
        return None
    return held[:cut], close >= 0


def _starts_doc(line: bytes) -> bool:
    stripped = line.lstrip()
    return stripped.startswith((b"<DOC ", b"<DOC>", b"<DOC\t")) or stripped.rstrip() == b"<DOC"


def _doc_id(line: bytes) -> str | None:
    m = _DOC_ID.search(line)
    return m.group(1).decode("ascii", "replace") if m else None


def _docno(block: bytes) -> str | None:
    """The text of the first line holding ``<DOCNO>`` in ``block`` (lines), tags taken out."""
    at = block.find(b"<DOCNO>")
    line = block[block.rfind(b"\n", 0, at) + 1 : (block.find(b"\n", at) + 1) or len(block)]
    return squashed(line.decode("utf-8", "replace").replace("<DOCNO>", "").replace("</DOCNO>", ""))


def doc_chunks_by_line(stream: IO[bytes], max_bytes: int) -> Iterator[tuple[int, bytes | None, str | None]]:
    """:func:`doc_chunks` a line at a time: what it must give (the reference of its test)."""
    parts: list[bytes] = []
    size = 0
    start = 0
    doc_id: str | None = None
    inside = False
    for number, line in enumerate(iter(functools.partial(stream.readline, max_bytes + 1), b""), 1):
        if not inside:
            if not _starts_doc(line):
                continue
            inside, start, size, parts = True, number, 0, []
            doc_id = _doc_id(line)
        if size <= max_bytes:
            parts.append(line)
        size += len(line)
        if doc_id is None and b"<DOCNO>" in line:
            doc_id = squashed(line.decode("utf-8", "replace").replace("<DOCNO>", "").replace("</DOCNO>", ""))
        if b"</DOC>" in line:
            inside = False
            yield start, (b"".join(parts) if size <= max_bytes else None), doc_id
    if inside:
        yield start, (b"".join(parts) if size <= max_bytes else None), doc_id


def read_gigaword(doc: Element) -> Item:
    """An Item from one Gigaword ``DOC``.

    >>> import xml.etree.ElementTree as ET
    >>> it = read_gigaword(ET.fromstring('<DOC id="XIN_ENG_20240301.0001" type="story"><HEADLINE>Rain</HEADLINE>'
    ...     '<TEXT><P>Rain fell.</P></TEXT></DOC>'))
    >>> it.source_id, it.date, it.credits, it.paragraphs
    ('XIN_ENG_20240301.0001', datetime.date(2024, 3, 1), [('DOC/@id', 'Xinhua')], ['Rain fell.'])
    """
    item = Item("gigaword")
    doc_id = doc.get("id") or text_of(doc.find("DOCNO"))
    item.source_id = doc_id
    item.item_type = doc.get("type")
    m = _GIGAWORD_ID.match(doc_id or "")
    if m is not None:
        item.credit("DOC/@id", GIGAWORD_SOURCES.get(m.group(1), m.group(1)))
        item.set_date(m.group(2), "DOC/@id")
    item.headline, item.headline_from = text_of(doc.find("HEADLINE")), "HEADLINE"
    item.dateline = text_of(doc.find("DATELINE"))
    text = doc.find("TEXT")
    if text is not None:
        item.paragraphs = block_paragraphs(text)
    if item.item_type and item.item_type != "story":
        item.notes.append(("item-type", f"the DOC's type is {item.item_type!r}, not a story"))
    return item


def read_rcv1(elem: Element) -> Item:
    """An Item from an RCV1 ``<newsitem>``.

    >>> import xml.etree.ElementTree as ET
    >>> it = read_rcv1(ET.fromstring('<newsitem itemid="7" date="1996-08-20"><headline>Rain</headline>'
    ...     '<text><p>Rain fell.</p></text><copyright>(c) Reuters Limited 1996</copyright></newsitem>'))
    >>> it.source_id, it.date, it.rights_notice
    ('7', datetime.date(1996, 8, 20), '(c) Reuters Limited 1996')
    """
    item = Item("rcv1")
    p = Paths.of(elem)
    item.source_id = elem.get("itemid") or elem.get("id")
    item.set_date(elem.get("date"), "newsitem/@date")
    item.headline, item.headline_from = p.text(elem, "headline") or p.text(elem, "title"), "headline"
    item.byline = p.text(elem, "byline")
    item.dateline = p.text(elem, "dateline")
    item.rights_notice = p.text(elem, "copyright")
    item.rights_from = "copyright"
    for dc in p.findall(elem, "metadata/dc"):
        element, value = dc.get("element"), squashed(dc.get("value"))
        if element == "dc.publisher":
            item.credit("dc.publisher", value)
        elif element == "dc.creator.location" and item.city is None:
            item.city = value
        elif element == "dc.creator.location.country.name" and item.country is None:
            item.country = value
        elif element == "dc.date.created":
            item.set_date(value, "dc.date.created")
    text = p.find(elem, "text")
    if text is not None:
        item.paragraphs = block_paragraphs(text)
    return item
