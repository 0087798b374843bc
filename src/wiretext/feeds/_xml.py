"""The safe XML layer: the only module that imports an XML parser.

Feeds come from outside, so every document goes through the standard
library's expat with ``defusedxml``'s refusals (the ``wiretext[feeds]``
extra): defusedxml's own parser for a streamed document, and for a whole
one (up to :data:`WHOLE` bytes) expat with the same handlers, set up by
:func:`_tree_parser`:

* an entity declaration (billion laughs, quadratic blow-up) or a reference
  to an external entity (a local file, a URL) raises :class:`UnsafeFeed`;
  a ``<!DOCTYPE nitf SYSTEM "nitf.dtd">`` line is allowed and never fetched
  (expat reads no external DTD and opens no connection);
* malformed markup raises :class:`FeedSyntaxError` with expat's line and column;
* one item's markup longer than ``max_item_bytes`` raises :class:`FeedTooLarge`
  as soon as that many bytes were read, so a 100 MB text node costs the
  first few megabytes, not the whole.

Why defusedxml over lxml is measured in ``benchmarks/feeds.py --parsers``
and written up in ``docs/feeds.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import IO, TYPE_CHECKING, Any, NoReturn
from xml.parsers import expat

from .._lazy import once
from ..errors import FeedSyntaxError, FeedTooLarge, UnsafeFeed

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

__all__ = ["Budget", "fromstring", "items", "local", "parser_module"]

_EXTRA_HINT = "reading XML feeds needs the feeds extra: pip install 'wiretext[feeds]'"


@once
def parser_module() -> Any:
    """``defusedxml.ElementTree``, imported on first use.

    :raises ImportError: naming the ``feeds`` extra when defusedxml is missing.
    """
    try:
        import defusedxml.ElementTree as det
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError(_EXTRA_HINT) from e
    return det


def _refusal() -> type[Exception]:
    """Defusedxml's base class of what it refuses (entities, external references, DTDs)."""
    import defusedxml

    refused: type[Exception] = defusedxml.DefusedXmlException
    return refused


def local(tag: object) -> str:
    """An element's name without its namespace: ``{http://iptc.org/...}newsItem`` -> ``newsItem``.

    :func:`fromstring` writes the namespace as expat does, without the brace before it:

    >>> local("{http://iptc.org/std/nar/2006-10-01/}newsItem"), local("urn:x}newsItem"), local("nitf")
    ('newsItem', 'newsItem', 'nitf')
    """
    if not isinstance(tag, str):
        return ""  # comments and processing instructions
    return tag.rpartition("}")[2]


class Budget:
    """A binary stream that refuses to give more than ``limit`` bytes between two :meth:`reset` calls.

    The reader around every feed: the parser pulls bytes through it, and the
    item loop resets it after each item, so one item (or what stands before
    the first) can never hold more than ``limit`` bytes.

    >>> import io
    >>> b = Budget(io.BytesIO(b"abcdef"), 4)
    >>> b.read(3)
    b'abc'
    >>> b.read(3)
    Traceback (most recent call last):
    ...
    wiretext.errors.FeedTooLarge: an item's markup is over max_item_bytes=4
    """

    def __init__(self, stream: IO[bytes], limit: int) -> None:
        self.stream = stream
        self.limit = limit
        self.used = 0

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.used += len(data)
        if self.used > self.limit:
            raise FeedTooLarge(f"an item's markup is over max_item_bytes={self.limit}")
        return data

    def reset(self) -> None:
        self.used = 0


def _where(parser: Any) -> tuple[int | None, int | None]:
    inner = getattr(parser, "parser", parser)  # the expat parser of an XMLParser, or one itself
    if not hasattr(inner, "CurrentLineNumber"):
        return None, None
    return inner.CurrentLineNumber, inner.CurrentColumnNumber + 1


def _unsafe(e: Exception, parser: Any) -> UnsafeFeed:
    line, column = _where(parser)
    name = getattr(e, "name", None)
    sysid = getattr(e, "sysid", None)
    kind = type(e).__name__
    if kind == "EntitiesForbidden":
        what = f"entity declaration {name!r}" + (f" (system id {sysid!r})" if sysid else "")
    elif kind == "ExternalReferenceForbidden":
        what = f"external reference {sysid!r}"
    elif kind == "DTDForbidden":
        what = "document type declaration"
    else:
        what = kind
    return UnsafeFeed(f"{what} refused: wiretext expands no entity and fetches nothing", line=line, column=column)


def _syntax(e: Exception, item: str | None = None) -> FeedSyntaxError:
    """A FeedSyntaxError from ElementTree's ParseError, or expat's error (as XMLParser would make it one)."""
    position = getattr(e, "position", None)
    if position is None and getattr(e, "lineno", None) is not None:
        position = (e.lineno, e.offset)  # type: ignore[attr-defined]
    line, column = (position[0], position[1] + 1) if position else (None, None)
    message = re.sub(r": line [0-9]+, column [0-9]+$", "", str(e)) or "not well-formed"
    return FeedSyntaxError(message, line=line, column=column, item=item)


def _new_parser() -> Any:
    det = parser_module()
    return det.DefusedXMLParser(target=det._TreeBuilder(), forbid_dtd=False, forbid_entities=True, forbid_external=True)


def _tree_parser(builder: Any) -> Any:
    """An expat parser that builds ``builder``'s tree and refuses what defusedxml refuses (for :func:`fromstring`).

    It carries the handlers ``defusedxml.ElementTree.DefusedXMLParser``
    (``forbid_dtd=False``) sets on expat: an entity declaration or an
    external reference raises defusedxml's own exception, a DTD is read but
    never fetched, and an entity no DTD here declares is an error, as in
    ElementTree's ``XMLParser``.  What it leaves out is that pure-Python
    ``XMLParser`` around expat: it is set up anew for every document and
    runs ``_start``, ``_end`` and ``_fixname`` (a memo look-up in a
    ``try``) for every element.  Here expat calls the tree builder's own
    ``start`` and ``end`` (C), with no Python call an element: a
    namespaced name is left as expat writes it, ``uri}name`` (ElementTree
    writes ``{uri}name``), which :func:`local` and the readers' look-ups
    (``_item.Paths``) read as well.  A generated NITF item is parsed in
    some 60 % of the time XMLParser takes, a NewsML-G2 item in some 75 %
    of the time a Python handler an element took (``benchmarks/feeds.py
    --parsers``).  ``iterparse`` (documents over :data:`WHOLE`) keeps
    defusedxml's parser, and its ``{uri}name``.
    """
    parser = expat.ParserCreate(None, "}")

    def undefined(text: str) -> None:  # XMLParser._default, for a reference to an entity not declared
        if text[:1] == "&":
            line, column = parser.ErrorLineNumber, parser.ErrorColumnNumber
            error = expat.error(f"undefined entity {text}: line {line}, column {column}")
            error.code, error.lineno, error.offset = 11, line, column  # XML_ERROR_UNDEFINED_ENTITY
            raise error

    parser.DefaultHandlerExpand = undefined
    parser.StartElementHandler = builder.start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    parser.CommentHandler = builder.comment
    parser.ProcessingInstructionHandler = builder.pi
    parser.buffer_text = True
    parser.EntityDeclHandler = _entity_declared
    parser.UnparsedEntityDeclHandler = _unparsed_entity_declared
    parser.ExternalEntityRefHandler = _external_reference
    return parser


# DefusedXMLParser's refusals, raising its exceptions.


def _entity_declared(name: str, _parameter: bool, value: str | None, base: str | None, sysid: str | None,
                     pubid: str | None, notation: str | None) -> NoReturn:  # fmt: skip
    from defusedxml.common import EntitiesForbidden

    raise EntitiesForbidden(name, value, base, sysid, pubid, notation)


def _unparsed_entity_declared(name: str, base: str | None, sysid: str | None, pubid: str | None,
                              notation: str | None) -> NoReturn:  # fmt: skip
    from defusedxml.common import EntitiesForbidden

    raise EntitiesForbidden(name, None, base, sysid, pubid, notation)


def _external_reference(context: str, base: str | None, sysid: str | None, pubid: str | None) -> NoReturn:
    from defusedxml.common import ExternalReferenceForbidden

    raise ExternalReferenceForbidden(context, base, sysid, pubid)


#: A stream no longer than this is parsed whole, then walked: no per-event work in Python.
WHOLE = 1_000_000


def items(
    stream: IO[bytes], is_item: Callable[[str], bool], budget: Budget | None = None
) -> Iterator[tuple[str, Element]]:
    """Each element ``is_item`` accepts (by local name), as ``(name, element)``, once it is complete.

    A stream of up to :data:`WHOLE` bytes is parsed whole; a longer one is
    parsed as it is read (``iterparse``), and an item is taken out of its
    parent once the caller has it back (when the loop resumes), so a
    document of a million items is read in flat memory.  Items inside an
    item are not reported on their own.

    :raises UnsafeFeed: at an entity declaration or an external reference.
    :raises FeedSyntaxError: at malformed markup, with its line and column.
    :raises FeedTooLarge: when ``budget`` runs out.
    """
    head = stream.read(WHOLE + 1)
    if len(head) <= WHOLE:
        yield from _walk(fromstring(head), is_item)
        return
    yield from _stream(_Head(head, stream), is_item, budget)


class _Head:
    """Bytes already read, then the rest of a stream (``read`` only, as iterparse asks)."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self.head = head
        self.rest = rest

    def read(self, size: int = -1) -> bytes:
        if self.head:
            if size < 0 or size >= len(self.head):
                data, self.head = self.head, b""
            else:
                data, self.head = self.head[:size], self.head[size:]
            return data
        return self.rest.read(size)


def _walk(root: Element, is_item: Callable[[str], bool]) -> Iterator[tuple[str, Element]]:
    """The outermost items of a parsed tree, in document order."""
    stack = [root]
    while stack:
        elem = stack.pop()
        name = local(elem.tag)
        if is_item(name):
            yield name, elem
        else:
            stack.extend(reversed(elem))


def _stream(
    stream: Any, is_item: Callable[[str], bool], budget: Budget | None
) -> Iterator[tuple[str, Element]]:
    det = parser_module()
    parser = _new_parser()
    stack: list[Element] = []
    names: dict[object, tuple[str, bool]] = {}  # tag -> (local name, is an item)
    inside = 0  # how many items are open
    try:
        for event, elem in det.iterparse(stream, events=("start", "end"), parser=parser):
            tag = elem.tag
            known = names.get(tag)
            if known is None:
                name = local(tag)
                known = names[tag] = (name, is_item(name))
            if event == "start":
                stack.append(elem)
                inside += known[1]
                continue
            stack.pop()
            if not known[1]:
                continue
            inside -= 1
            if inside:
                continue
            yield known[0], elem
            if stack:
                stack[-1].remove(elem)
            elem.clear()
            if budget is not None:
                budget.reset()
    except det.ParseError as e:
        raise _syntax(e) from None
    except LookupError as e:  # the XML declaration names an encoding Python does not know
        raise FeedSyntaxError(str(e)) from None
    except _refusal() as e:
        raise _unsafe(e, parser) from None


def fromstring(data: bytes | str, item: str | None = None) -> Element:
    """One small document parsed whole (an archive's ``DOC``), safely.

    A namespaced name is written ``uri}name`` (:func:`_tree_parser`).

    >>> fromstring(b"<DOC id='x'><P>Rain.</P></DOC>").find("P").text
    'Rain.'
    >>> fromstring(b"<DOC><P>Rain.</DOC>", "AFP_ENG_1")
    Traceback (most recent call last):
    ...
    wiretext.errors.FeedSyntaxError: AFP_ENG_1, line 1, column 16: mismatched tag

    :raises UnsafeFeed: at an entity declaration or an external reference.
    :raises FeedSyntaxError: at malformed markup.
    """
    det = parser_module()
    builder = det._TreeBuilder()
    parser = _tree_parser(builder)
    try:
        # One call, the last: expat then does not count the lines and
        # columns of the whole document after parsing it (as it does at the
        # end of a call that is not the last, for the next), a tenth of the
        # work on a generated NewsML-G2 item; a malformed document's line and
        # column are counted where the error is, as before.
        parser.Parse(data, True)
    except expat.error as e:
        raise _syntax(e, item) from None
    except LookupError as e:  # the XML declaration names an encoding Python does not know
        raise FeedSyntaxError(str(e), item=item) from None
    except _refusal() as e:
        err = _unsafe(e, parser)
        raise UnsafeFeed(err.problem, line=err.line, column=err.column, item=item) from None
    finally:
        parser.DefaultHandlerExpand = None  # the handler refers to the parser: no cycle left for the collector
    root: Element = builder.close()
    return root
