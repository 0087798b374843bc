"""Agency feed formats into Articles: NITF, NewsML-G2, NewsML 1.2, ninjs, Gigaword, RCV1.

>>> import wiretext
>>> nitf = b'''<nitf><head><docdata><doc-id id-string="OSL-1"/><date.issue norm="20240301T0900+0100"/>
... </docdata></head><body><body.head><hedline><hl1>Ferry strike ends</hl1></hedline></body.head>
... <body.content><p>OSLO (NTB) - Ferries sailed again on Friday.</p></body.content></body></nitf>'''
>>> a = wiretext.parse_feed(nitf)[0]
>>> a.headline, a.agency.code, a.location.city, a.date.isoformat(), a.source_id
('Ferry strike ends', 'NTB', 'OSLO', '2024-03-01', 'OSL-1')

Each format is detected from its root element or JSON keys (:func:`detect_format`);
what the markup states fills the Article with provenance notes, and the body
runs through :func:`wiretext.parse` (see ``docs/feeds.md``).  XML is read by
``defusedxml`` (the ``wiretext[feeds]`` extra): no entity is expanded, no
DTD, file or URL fetched.  An item with no text of its own (a package, a
picture) gives no Article: it is handed to ``on_skip`` as a :class:`Skipped`.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import re
from collections.abc import Callable, Iterator
from typing import IO, Any

import attrs

from .._dates import reference_date as _reference_date
from ..errors import FeedError, FeedSyntaxError, FeedTooLarge, InputTooLarge, UnknownFeedFormat
from ..model import Article
from ..pipeline import MAX_CHARS
from . import _archives, _build, _newsml, _ninjs, _nitf, _xml
from ._item import Item

__all__ = ["FORMATS", "MAX_ITEM_BYTES", "Skipped", "detect_format", "iter_feed", "parse_feed"]


def __dir__() -> list[str]:
    return list(__all__)


#: The formats wiretext reads, by the names ``format=`` takes.
FORMATS: tuple[str, ...] = ("nitf", "newsml-g2", "newsml-1.2", "ninjs", "gigaword", "rcv1")

#: One item's markup may be at most this long (bytes); a longer one is refused.
MAX_ITEM_BYTES = MAX_CHARS

# Root elements (local names) and the format they start.
_ROOTS = {
    "nitf": "nitf",
    "newsMessage": "newsml-g2",
    "newsItem": "newsml-g2",
    "packageItem": "newsml-g2",
    "conceptItem": "newsml-g2",
    "knowledgeItem": "newsml-g2",
    "planningItem": "newsml-g2",
    "catalogItem": "newsml-g2",
    "NewsML": "newsml-1.2",
    "NewsItem": "newsml-1.2",
    "newsitem": "rcv1",
    "DOC": "gigaword",
}


@attrs.frozen
class Skipped:
    """A feed item that gave no Article, and why.

    ``reason`` is ``package-item`` (a NewsML-G2 package, a ninjs composite
    without a body), ``media-item`` (a picture, graphic, video or audio
    item), ``not-a-text-item`` (a concept, planning or knowledge item),
    ``no-text`` (an item whose text is elsewhere), ``too-large``, or
    ``malformed`` (a broken document in an archive, with its ``error``).

    >>> Skipped("package-item", "a NewsML-G2 packageItem holds no text of its own", "urn:x:1", "newsml-g2").reason
    'package-item'
    """

    reason: str
    message: str
    source_id: str | None = None
    format: str | None = None
    error: FeedError | None = attrs.field(default=None, eq=False)


OnSkip = Callable[[Skipped], object]


def _log_skip(skipped: Skipped) -> None:
    import logging

    logging.getLogger("wiretext.feeds").warning(
        "skipped %s item %s: %s", skipped.format, skipped.source_id or "(no id)", skipped.message
    )


# -- detection -------------------------------------------------------------------

# What may stand before the root element: a BOM, the XML declaration, comments,
# processing instructions, a DOCTYPE (whose name is the root's).
_PROLOG = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->)", re.DOTALL)
_DOCTYPE = re.compile(r"\s*<!DOCTYPE\s+(?:[\w.\-]+:)?([\w.\-]+)")
_ROOT = re.compile(r"\s*<(?:[\w.\-]+:)?([\w.\-]+)")


def detect_format(head: bytes | str) -> str:
    """The format of a feed document, from its first bytes: root element or JSON.

    >>> detect_format(b'<?xml version="1.0"?>\\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">')
    'newsml-g2'
    >>> detect_format('<DOC id="AFP_ENG_20240101.0001" type="story">'), detect_format(b'{"uri": "urn:x"}')
    ('gigaword', 'ninjs')
    >>> detect_format(b"<rss version='2.0'>")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    wiretext.errors.UnknownFeedFormat: root element <rss> is not a feed format wiretext reads (nitf, ...)

    :raises UnknownFeedFormat: when the head names no known format.
    """
    text = _head_text(head) if isinstance(head, bytes) else head
    text = text.lstrip("\ufeff \t\r\n")
    if text.startswith(("{", "[")):
        return "ninjs"
    pos = 0
    while (m := _PROLOG.match(text, pos)) is not None and m.end() > pos:
        pos = m.end()
    name = None
    doctype = _DOCTYPE.match(text, pos)
    if doctype is not None:
        name = doctype.group(1)
    elif (root := _ROOT.match(text, pos)) is not None:
        name = root.group(1)
    if name is None or name not in _ROOTS:
        what = f"root element <{name}>" if name else "the document (no root element found)"
        raise UnknownFeedFormat(f"{what} is not a feed format wiretext reads ({', '.join(FORMATS)})")
    return _ROOTS[name]


def _head_text(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "replace")
    return head.decode("utf-8", "replace")


# -- sources -----------------------------------------------------------------------


class _Chain(io.RawIOBase):
    """Bytes already read (to sniff a format), then the rest of the stream."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self.head = head
        self.rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


_SNIFF = 64 * 1024


def _open(source: str | os.PathLike[str] | IO[bytes]) -> tuple[IO[bytes], bytes, IO[bytes] | None]:
    """A binary stream of ``source`` (gunzipped when gzip), its first bytes, and what to close."""
    owned: IO[bytes] | None = None
    if isinstance(source, str | os.PathLike):
        raw: IO[bytes] = open(source, "rb")  # noqa: SIM115 - closed by the caller
        owned = raw
    elif hasattr(source, "read"):
        raw = source
    else:
        raise TypeError(f"iter_feed() takes a path or a binary file, not {type(source).__name__}")
    try:
        magic = raw.read(2)
        if not isinstance(magic, bytes):
            raise TypeError("iter_feed() needs a binary file (open it with 'rb')")
        stream: IO[bytes] = io.BufferedReader(_Chain(magic, raw))
        if magic == b"\x1f\x8b":
            stream = gzip.GzipFile(fileobj=stream)  # type: ignore[assignment]
        try:
            head = stream.read(_SNIFF)
        except (OSError, EOFError) as e:
            raise FeedSyntaxError(f"not a readable gzip file: {e}") from None
    except BaseException:
        if owned is not None:
            owned.close()
        raise
    return io.BufferedReader(_Chain(head, stream)), head, owned


# -- reading -----------------------------------------------------------------------


def parse_feed(
    data: bytes | str,
    *,
    format: str | None = None,
    reference_date: dt.date | str | None = None,
    on_skip: OnSkip | None = None,
    max_item_bytes: int = MAX_ITEM_BYTES,
) -> list[Article]:
    """Parse one feed document into Articles, one per text item, in document order.

    ``data`` is ``bytes`` (decoded as its XML declaration, BOM or JSON says)
    or ``str``; ``format`` names one of :data:`FORMATS` and skips detection;
    ``reference_date`` gives a year to a dateline without one when the
    markup states no date.  Items with no text (packages, pictures) and
    broken documents of an archive go to ``on_skip`` as :class:`Skipped`
    (by default they are logged on the ``wiretext.feeds`` logger).

    >>> g2 = '''<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.com:1">
    ...  <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:STT"/></itemMeta>
    ...  <contentMeta><headline>Ice road opens</headline><located><name>Hailuoto</name></located>
    ...  <contentCreated>2024-02-01T08:00:00+02:00</contentCreated></contentMeta>
    ...  <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml">
    ...  <body><p>The ice road to the island opened on Thursday.</p></body></html>
    ...  </inlineXML></contentSet></newsItem>'''
    >>> a, = parse_feed(g2)
    >>> a.agency.code, a.location.city, a.date.isoformat(), a.source_id
    ('STT', 'Hailuoto', '2024-02-01', 'urn:newsml:example.com:1')
    >>> [n.kind for n in a.notes]
    ['headline-from-markup', 'location-from-markup', 'date-from-markup', 'agency-from-markup']

    :raises UnknownFeedFormat: when no format is recognised.
    :raises FeedSyntaxError: at malformed markup, naming its line and column.
    :raises UnsafeFeed: at an entity declaration or an external reference.
    :raises FeedTooLarge: when one item's markup is over ``max_item_bytes``.
    :raises TypeError: when ``data`` is neither ``bytes`` nor ``str``.
    :raises ImportError: naming the ``feeds`` extra, for XML without defusedxml.
    """
    if isinstance(data, str):
        data = _utf8(data)
    elif not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"parse_feed() takes bytes or a str, not {type(data).__name__}")
    if format is not None and format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    reference_date = _reference_date(reference_date)
    data = bytes(data)
    if data[:2] == b"\x1f\x8b":  # gzip: streamed like a file
        return list(
            iter_feed(
                io.BytesIO(data),
                format=format,
                reference_date=reference_date,
                on_skip=on_skip,
                max_item_bytes=max_item_bytes,
            )
        )
    # In memory already: no stream layers, detection on the bytes themselves.
    stream = io.BytesIO(data)
    return list(_iterate(stream, data[:_SNIFF], None, format, reference_date, on_skip or _log_skip, max_item_bytes))


_DECLARED = re.compile(r"""\A(\ufeff?\s*<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2""")


def _utf8(text: str) -> bytes:
    """A ``str`` document as UTF-8 bytes, its XML declaration saying so."""
    if text.lstrip("\ufeff \t\r\n").startswith("<?xml"):
        text = _DECLARED.sub(r"\1\2UTF-8\2", text, count=1)
    return text.encode("utf-8", "surrogatepass")


def iter_feed(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    format: str | None = None,
    reference_date: dt.date | str | None = None,
    on_skip: OnSkip | None = None,
    max_item_bytes: int = MAX_ITEM_BYTES,
) -> Iterator[Article]:
    """Articles from a feed file or archive, streamed: a path or a binary file, ``.gz`` read transparently.

    Each item is read, turned into an Article and dropped before the next,
    so a Gigaword archive of a gigabyte parses in flat memory.  Arguments as
    in :func:`parse_feed`.  In a Gigaword archive a broken ``DOC`` is handed
    to ``on_skip`` (reason ``malformed``, with its error) and the documents
    after it still come out; in an XML document, malformed markup raises
    after the items before it.

    >>> import io
    >>> sgml = b'<DOC id="AFP_ENG_20240105.0001" type="story">\\n<HEADLINE>Rain</HEADLINE>\\n' \\
    ...        b'<DATELINE>PARIS, Jan 5 (AFP)</DATELINE>\\n<TEXT><P>Rain fell.</P></TEXT>\\n</DOC>\\n'
    >>> [(a.source_id, a.location.city, a.date.isoformat()) for a in iter_feed(io.BytesIO(sgml))]
    [('AFP_ENG_20240105.0001', 'PARIS', '2024-01-05')]

    :raises TypeError: when ``source`` is neither a path nor a binary file.
    :raises OSError: when the file cannot be read.
    """
    if format is not None and format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    reference_date = _reference_date(reference_date)
    stream, head, owned = _open(source)
    return _iterate(stream, head, owned, format, reference_date, on_skip or _log_skip, max_item_bytes)


def _iterate(
    stream: IO[bytes],
    head: bytes,
    owned: IO[bytes] | None,
    fmt: str | None,
    reference_date: dt.date | None,
    on_skip: OnSkip,
    max_item_bytes: int,
) -> Iterator[Article]:
    try:
        fmt = fmt or detect_format(head)
        for item in _READERS[fmt](stream, max_item_bytes, on_skip):
            article = _article(item, reference_date, on_skip, max_item_bytes)
            if article is not None:
                yield article
    finally:
        if owned is not None:
            owned.close()


def _article(item: Item, reference_date: dt.date | None, on_skip: OnSkip, max_chars: int) -> Article | None:
    if item.skip is not None:
        on_skip(Skipped(item.skip[0], item.skip[1], item.source_id, item.format))
        return None
    try:
        return _build.build(item, reference_date, max_chars)
    except InputTooLarge as e:
        on_skip(Skipped("too-large", str(e), item.source_id, item.format))
        return None


# -- one reader per format ----------------------------------------------------------
#
# The readers' modules are imported with this one (none imports defusedxml
# before it parses): an import in a function costs a microsecond a call.


def _xml_items(
    stream: IO[bytes], max_item_bytes: int, names: frozenset[str], read: Callable[[Any, str], Item]
) -> Iterator[Item]:
    budget = _xml.Budget(stream, max_item_bytes)
    for name, elem in _xml.items(budget, names.__contains__, budget):  # type: ignore[arg-type]
        yield read(elem, name)


def _read_nitf(stream: IO[bytes], max_item_bytes: int, on_skip: OnSkip) -> Iterator[Item]:
    return _xml_items(stream, max_item_bytes, frozenset({"nitf"}), lambda e, _n: _nitf.read_nitf(e))


def _read_g2(stream: IO[bytes], max_item_bytes: int, on_skip: OnSkip) -> Iterator[Item]:
    return _xml_items(stream, max_item_bytes, _newsml.G2_ITEMS, _newsml.read_g2)


def _read_newsml1(stream: IO[bytes], max_item_bytes: int, on_skip: OnSkip) -> Iterator[Item]:
    return _xml_items(stream, max_item_bytes, frozenset({"NewsItem"}), lambda e, _n: _newsml.read_newsml1(e))


def _read_rcv1(stream: IO[bytes], max_item_bytes: int, on_skip: OnSkip) -> Iterator[Item]:
    return _xml_items(stream, max_item_bytes, frozenset({"newsitem"}), lambda e, _n: _archives.read_rcv1(e))


def _read_gigaword(stream: IO[bytes], max_item_bytes: int, on_skip: OnSkip) -> Iterator[Item]:
    line_of: Callable[[int], int] = int  # a stream's DOCs come with their line numbers
    chunks: Iterator[tuple[int, bytes | None, str | None]]
    if isinstance(stream, io.BytesIO):  # parse_feed's bytes: cut in memory, a DOC's line counted when asked
        data = stream.getvalue()[stream.tell() :]
        chunks, line_of = _archives.doc_chunks_in(data, max_item_bytes), _archives.LineCounter(data, max_item_bytes + 1)
    else:
        chunks = _archives.doc_chunks(stream, max_item_bytes)
    for at, chunk, doc_id in chunks:
        if chunk is None:
            error: FeedError = FeedTooLarge(
                f"a DOC over max_item_bytes={max_item_bytes}", line=line_of(at), item=doc_id
            )
            on_skip(Skipped("too-large", str(error), doc_id, "gigaword", error))
            continue
        try:
            text = chunk.decode("utf-8")
            note = None
        except UnicodeDecodeError:
            text, note = chunk.decode("cp1252", "replace"), ("encoding", "the DOC is not UTF-8: decoded as cp1252")
        try:
            root = _xml.fromstring(_archives.gigaword_text(text), doc_id)
        except FeedError as e:
            line = None if e.line is None else line_of(at) + e.line - 1
            error = type(e)(e.problem, line=line, column=e.column, item=doc_id)
            on_skip(Skipped("malformed", str(error), doc_id, "gigaword", error))
            continue
        item = _archives.read_gigaword(root)
        if note is not None:
            item.notes.append(note)
        yield item


def _read_ninjs(stream: IO[bytes], max_item_bytes: int, on_skip: OnSkip) -> Iterator[Item]:
    is_ninjs, read_ninjs = _ninjs.is_ninjs, _ninjs.read_ninjs
    first = stream.readline(max_item_bytes + 1)
    rest = stream.readline(max_item_bytes + 1)
    try:
        value = json.loads(first) if first.strip() and rest.strip() else None
    except (ValueError, RecursionError):
        value = None
    if isinstance(value, dict):  # JSON lines: one object a line, each read on its own
        number = 1
        for line in (first, rest, *iter(lambda: stream.readline(max_item_bytes + 1), b"")):
            if line.strip():
                try:
                    yield _ninjs_item(_json_line(line, number), number, is_ninjs, read_ninjs)
                except FeedError as e:
                    on_skip(Skipped("malformed", str(e), None, "ninjs", e))
            number += 1
        return
    data = first + rest + stream.read(max_item_bytes + 1 - len(first) - len(rest))
    if len(data) > max_item_bytes:
        raise FeedTooLarge(f"a ninjs document over max_item_bytes={max_item_bytes} (JSON lines are streamed)")
    try:
        value = json.loads(data)
    except json.JSONDecodeError as e:
        raise FeedSyntaxError(e.msg, line=e.lineno, column=e.colno) from None
    except (ValueError, RecursionError) as e:  # bad bytes, nesting past the recursion limit, a huge number
        raise FeedSyntaxError(f"not JSON: {str(e) or type(e).__name__}") from None
    values = value if isinstance(value, list) else [value]
    if not any(is_ninjs(v) for v in values):
        raise UnknownFeedFormat("JSON with no ninjs item (an object with uri or guid and a headline or body)")
    for number, one in enumerate(values, 1):
        try:
            yield _ninjs_item(one, None if len(values) == 1 else number, is_ninjs, read_ninjs)
        except FeedError as e:
            on_skip(Skipped("malformed", str(e), None, "ninjs", e))


def _json_line(line: bytes, number: int) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as e:
        raise FeedSyntaxError(e.msg, line=number, column=e.colno) from None
    except (ValueError, RecursionError) as e:
        raise FeedSyntaxError(f"not JSON: {str(e) or type(e).__name__}", line=number) from None


def _ninjs_item(value: Any, number: int | None, is_ninjs: Callable[[object], bool], read: Any) -> Item:
    if not is_ninjs(value):
        where = "" if number is None else f"item {number}: "
        raise FeedSyntaxError(f"{where}not a ninjs object", line=number)
    item: Item = read(value)
    return item


_READERS: dict[str, Callable[[IO[bytes], int, OnSkip], Iterator[Item]]] = {
    "nitf": _read_nitf,
    "newsml-g2": _read_g2,
    "newsml-1.2": _read_newsml1,
    "ninjs": _read_ninjs,
    "gigaword": _read_gigaword,
    "rcv1": _read_rcv1,
}
