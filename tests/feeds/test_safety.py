"""Untrusted XML: the classic payloads are refused or handled, without expansion, fetching or unbounded reading.

No test here times anything: each payload is shown harmless by what it
could not do (an entity refused before any reference is expanded, a
socket that accepted no connection, a stream read no further than the
item limit).  ``benchmarks/feeds.py --payloads`` times them.
"""

from __future__ import annotations

import io
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wiretext import FeedSyntaxError, FeedTooLarge, UnsafeFeed, WiretextError, iter_feed, parse_feed
from wiretext.feeds import Skipped

from .test_formats import G2_MESSAGE_AFP, GIGAWORD, NEWSML1, NITF_AP, RCV1

pytest.importorskip("defusedxml", reason="the XML feed formats need the feeds extra")

BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE nitf [\n <!ENTITY lol "lol">\n'
    + b"".join(b' <!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
    + b"]>\n<nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>"
)


def test_billion_laughs_is_refused_at_the_first_declaration() -> None:
    with pytest.raises(UnsafeFeed) as info:
        parse_feed(BILLION_LAUGHS)
    assert "entity declaration 'lol'" in str(info.value)
    assert info.value.line == 3 and info.value.column is not None  # expat reports the end of the declaration


def test_quadratic_blowup_is_refused() -> None:
    doc = b'<!DOCTYPE nitf [<!ENTITY a "' + b"x" * 50_000 + b'">]><nitf><body><body.content><p>' + b"&a;" * 1000
    with pytest.raises(UnsafeFeed, match="entity declaration 'a'"):
        parse_feed(doc + b"</p></body.content></body></nitf>")


def test_xxe_to_a_local_file_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the launch codes")
    doc = f'<!DOCTYPE nitf [<!ENTITY x SYSTEM "file://{secret}">]><nitf><body><body.content><p>&x;</p></body.content></body></nitf>'
    with pytest.raises(UnsafeFeed) as info:
        parse_feed(doc)
    assert str(secret) in str(info.value)
    assert "launch codes" not in str(info.value)


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A local TCP port that records whether anything connected."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.setblocking(False)
    yield server
    server.close()


def _connected(server: socket.socket) -> bool:
    try:
        conn, _ = server.accept()
    except BlockingIOError:
        return False
    conn.close()
    return True


def test_xxe_to_a_url_is_refused_and_nothing_connects(listener: socket.socket) -> None:
    port = listener.getsockname()[1]
    doc = f'<!DOCTYPE nitf [<!ENTITY x SYSTEM "http://127.0.0.1:{port}/x">]><nitf><body><body.content><p>&x;</p></body.content></body></nitf>'
    with pytest.raises(UnsafeFeed, match="refused"):
        parse_feed(doc)
    assert not _connected(listener)


def test_external_dtd_and_parameter_entity_are_never_fetched(listener: socket.socket) -> None:
    port = listener.getsockname()[1]
    with_dtd = NITF_AP.replace(b'SYSTEM "nitf-3-4.dtd"', f'SYSTEM "http://127.0.0.1:{port}/nitf.dtd"'.encode())
    assert parse_feed(with_dtd)[0].source_id == "a1b2c3d4"  # a DOCTYPE line is allowed, never followed
    parameter = f'<!DOCTYPE nitf [<!ENTITY % p SYSTEM "http://127.0.0.1:{port}/p.dtd"> %p;]><nitf/>'
    with pytest.raises(UnsafeFeed):
        parse_feed(parameter)
    assert not _connected(listener)


class _Counting(io.RawIOBase):
    """A stream of ``head``, then ``size`` bytes of ``a``, produced as read, counting what was read."""

    def __init__(self, head: bytes, size: int, tail: bytes) -> None:
        self.parts = [head, size, tail]
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while self.parts:
            part = self.parts[0]
            if isinstance(part, int):
                n = min(part, len(buffer))
                if n == 0:
                    self.parts.pop(0)
                    continue
                buffer[:n] = b"a" * n
                self.parts[0] = part - n
            else:
                if not part:
                    self.parts.pop(0)
                    continue
                n = min(len(part), len(buffer))
                buffer[:n] = part[:n]
                self.parts[0] = part[n:]
            self.read_bytes += n
            return n
        return 0


def test_a_100_mb_text_node_is_refused_after_the_item_limit() -> None:
    stream = _Counting(b"<nitf><body><body.content><p>", 100_000_000, b"</p></body.content></body></nitf>")
    with pytest.raises(FeedTooLarge, match="max_item_bytes=10000000"):
        list(iter_feed(stream))  # type: ignore[arg-type]
    # Refused once the limit was passed: a tenth of the payload was read, not the whole.
    assert stream.read_bytes < 10_000_000 + 200_000


def test_a_large_text_node_under_the_limit_is_read() -> None:
    body = b"Rain fell. " * 200_000  # 2.2 MB in one text node
    (a,) = parse_feed(b"<nitf><body><body.content><p>" + body + b"</p></body.content></body></nitf>")
    assert len(a.body) == len(body) - 1


def test_10000_deep_nesting_is_read_without_recursion() -> None:
    deep = b"<span>" * 10_000 + b"Flood waters fell." + b"</span>" * 10_000
    (a,) = parse_feed(b"<nitf><body><body.content><div>" + deep + b"</div></body.content></body></nitf>")
    assert a.body == "Flood waters fell."
    nested_blocks = b"<block>" * 10_000 + b"<p>Rain.</p>" + b"</block>" * 10_000
    (b,) = parse_feed(b"<nitf><body><body.content>" + nested_blocks + b"</body.content></body></nitf>")
    assert b.body == "Rain."


def test_deep_json_is_a_syntax_error() -> None:
    with pytest.raises(FeedSyntaxError, match="not JSON"):
        parse_feed(b"[" * 100_000 + b"]" * 100_000)


def test_malformed_xml_names_line_and_column() -> None:
    with pytest.raises(FeedSyntaxError) as info:
        parse_feed(b"<nitf>\n<body>\n  <body.content><p>Rain.</body.content>\n</body></nitf>")
    assert (info.value.line, info.value.column) == (3, 27)  # at the closing tag's name
    assert str(info.value) == "line 3, column 27: mismatched tag"


def test_items_before_malformed_markup_still_come_out() -> None:
    # A document over a megabyte streams: the items before the break come out, then the error.
    head, _, rest = G2_MESSAGE_AFP.partition(b"<newsItem ")
    first_item = b"<newsItem " + rest.partition(b"</newsItem>")[0] + b"</newsItem>"
    big = head + first_item * 1000 + b"<newsItem><broken></newsItem></itemSet></newsMessage>"
    assert len(big) > 1_000_000
    articles = iter_feed(io.BytesIO(big), on_skip=lambda s: None)
    assert sum(1 for _ in zip(range(1000), articles, strict=False)) == 1000
    with pytest.raises(FeedSyntaxError) as info:
        next(articles)
    assert info.value.line is not None and info.value.line > 1000


def test_unsafe_doc_in_an_archive_is_skipped_and_later_docs_come_out() -> None:
    laughs = b'<DOC id="AFP_ENG_20240105.0099" type="story">\n<!DOCTYPE x [<!ENTITY a "b">]>\n<TEXT>&a;</TEXT>\n</DOC>\n'
    skipped: list[Skipped] = []
    articles = parse_feed(laughs + GIGAWORD, on_skip=skipped.append)
    assert len(articles) == 3
    assert [(s.reason, s.source_id) for s in skipped] == [("malformed", "AFP_ENG_20240105.0099")]


VALID = [NITF_AP, G2_MESSAGE_AFP, NEWSML1, GIGAWORD, RCV1.encode(), b'{"uri": "u", "headline": "h", "body_text": "b"}']


@st.composite
def feed_bytes(draw: st.DrawFn) -> bytes:
    """Arbitrary bytes, or a valid document with bytes spliced in, cut or repeated."""
    if draw(st.booleans()):
        return draw(st.binary(max_size=300))
    doc = draw(st.sampled_from(VALID))
    at = draw(st.integers(0, len(doc)))
    cut = draw(st.integers(0, 40))
    noise = draw(st.sampled_from([b"", b"<", b"&", b"&AMP;", b"\x00", b"\xff\xfe", b"]]>", b"<!ENTITY a 'b'>", b"</DOC>", b'"']))
    return doc[:at] + noise + draw(st.binary(max_size=20)) + doc[at + cut :]


@settings(max_examples=300, deadline=None)
@given(feed_bytes())
def test_any_bytes_give_articles_or_a_wiretext_error(data: bytes) -> None:
    try:
        articles = parse_feed(data, on_skip=lambda s: None)
    except WiretextError:
        return
    assert all(isinstance(a.body, str) for a in articles)


@pytest.mark.parametrize("size", [0, 2_000_000])  # parsed whole, and streamed
def test_an_unknown_declared_encoding_is_a_syntax_error(size: int) -> None:
    data = b"<?xml version='1.0' encoding='no-such'?><nitf><body>" + b"x" * size + b"</body></nitf>"
    with pytest.raises(FeedSyntaxError, match="unknown encoding: no-such"):
        parse_feed(data)
