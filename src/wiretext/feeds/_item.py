"""What one feed item's markup states, before the text stages read its body.

The format readers (:mod:`._nitf`, :mod:`._newsml`, :mod:`._archives`,
:mod:`._ninjs`) fill an :class:`Item`; :mod:`._build` turns it into an
Article.  Helpers shared by the readers live here too.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ._xml import local

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

__all__ = ["Item", "Paths", "attr", "block_paragraphs", "markup_date", "short_cache", "squashed", "text_of"]


F = TypeVar("F", bound=Callable[..., Any])

#: A string argument longer than this is not kept by :func:`short_cache`.
SHORT = 256


def short_cache(function: F) -> F:
    """``function`` with the results of its last 256 calls on short strings kept (the fields a feed repeats).

    A call with a string argument over :data:`SHORT` characters runs afresh
    and is not kept, so a hostile feed's long fields cannot pile up
    megabytes in the cache.  The results must be immutable: they are shared.

    >>> calls = []
    >>> twice = short_cache(lambda s: calls.append(s) or s * 2)
    >>> twice("ab"), twice("ab"), twice("x" * 300) == "x" * 600, len(calls)
    ('abab', 'abab', True, 2)
    """
    cached = functools.lru_cache(maxsize=256)(function)

    @functools.wraps(function)
    def call(*args: Any) -> Any:
        for arg in args:
            if isinstance(arg, str) and len(arg) > SHORT:
                return function(*args)
        return cached(*args)

    return cast(F, call)


class Item:
    """The fields one item's markup states; each ``*_from`` names the element it came from.

    A plain slotted class: one is built per item and never leaves the package.
    ``skip`` is set (to a :class:`~wiretext.feeds.Skipped` reason) when the
    item has no text of its own: a package, a picture, a video.
    """

    __slots__ = (
        "byline",
        "city",
        "country",
        "country_code",
        "credits",
        "date",
        "date_from",
        "dateline",
        "format",
        "headline",
        "headline_from",
        "item_type",
        "notes",
        "paragraphs",
        "region",
        "rights_from",
        "rights_holder",
        "rights_notice",
        "rights_year",
        "skip",
        "source_id",
    )

    def __init__(self, format_: str) -> None:
        self.format = format_
        self.source_id: str | None = None
        self.headline: str | None = None
        self.headline_from = ""
        self.byline: str | None = None
        self.dateline: str | None = None
        self.city: str | None = None
        self.region: str | None = None
        self.country: str | None = None
        self.country_code: str | None = None
        self.date: dt.date | None = None
        self.date_from = ""
        self.credits: list[tuple[str, str]] = []  # (element, credit as written)
        self.rights_holder: str | None = None
        self.rights_year: int | None = None
        self.rights_notice: str | None = None
        self.rights_from = ""
        self.paragraphs: list[str] = []
        self.notes: list[tuple[str, str]] = []  # (kind, message)
        self.item_type: str | None = None
        self.skip: tuple[str, str] | None = None  # (reason, message)

    def set_date(self, value: str | None, element: str) -> None:
        """Take the first date the markup states, in the order the reader asks."""
        if self.date is None and value:
            found = markup_date(value)
            if found is not None:
                self.date, self.date_from = found, element

    def credit(self, element: str, value: str | None) -> None:
        """Record a credit (provider, distributor, copyright holder ...) as written."""
        value = squashed(value)
        if value:
            self.credits.append((element, value))


def squashed(text: str | None) -> str | None:
    """White space runs as single blanks, the ends stripped; None for nothing.

    >>> squashed("  Rain \\n  in  Oslo "), squashed(" "), squashed(None)
    ('Rain in Oslo', None, None)
    """
    if text is None:
        return None
    # Text with no white space but the blank, stripped, with no two blanks
    # in a row, is squashed already: a paragraph is not split into words and
    # joined again (a generated NITF body's block_paragraphs from 29 to 9 µs
    # on the loaded 2-core machine).  ASCII text (``isascii`` is a flag of
    # the string) is looked through for each of ASCII's other white space
    # characters, each a memchr; other text is tested with ``isprintable``
    # (every other str.isspace character is unprintable), a table look-up a
    # character, four times the time on a paragraph.
    core = text.strip()
    if core.isascii():
        if not (
            "\n" in core or "\t" in core or "\r" in core or "\x0b" in core or "\x0c" in core
            or "\x1c" in core or "\x1d" in core or "\x1e" in core or "\x1f" in core or "  " in core
        ):  # fmt: skip
            return core or None
    elif core.isprintable() and "  " not in core:
        return core or None
    return " ".join(core.split()) or None


def attr(elem: Element | None, name: str) -> str | None:
    """An attribute's value, or None (also for a missing element)."""
    return None if elem is None else elem.get(name)


# ISO 8601, basic or extended: "20240301T101500Z", "2024-03-01T10:15:00+01:00", "1996-08-20".
_ISO_DAY = re.compile(r"\s*([0-9]{4})-?([0-9]{2})-?([0-9]{2})(?![0-9])")


def markup_date(value: str) -> dt.date | None:
    """The day a markup time stamp states, in its own offset (no conversion to UTC).

    >>> markup_date("20240301T233000-0500"), markup_date("2024-03-01T10:15:00Z")
    (datetime.date(2024, 3, 1), datetime.date(2024, 3, 1))
    >>> markup_date("yesterday") is None, markup_date("2024-02-30") is None
    (True, True)
    """
    m = _ISO_DAY.match(value)
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


class Paths:
    """ElementPath look-ups in one namespace: ``Paths("{ns}").find(e, "a/b")`` finds ``{ns}a/{ns}b``.

    >>> import xml.etree.ElementTree as ET
    >>> root = ET.fromstring('<a xmlns="urn:x"><b><c>hi</c></b></a>')
    >>> Paths.of(root).find(root, "b/c").text
    'hi'
    """

    __slots__ = ("_compiled", "ns")

    def __init__(self, ns: str) -> None:
        self.ns = ns
        # Each path compiled once: the instance for a namespace is shared by
        # the items (Paths.of), and the paths are the readers' literals.
        self._compiled: dict[str, _Compiled] = {}

    def _compile(self, path: str) -> _Compiled:
        found = self._compiled.get(path)
        if found is None:
            found = self._compiled[path] = _compiled(self.ns, path)
        return found

    @classmethod
    def of(cls, elem: Element) -> Paths:
        """The namespace of ``elem``'s own tag: ``{uri}`` as ElementTree writes it, ``uri}`` as ``fromstring`` does."""
        tag = elem.tag
        if not isinstance(tag, str) or "}" not in tag:
            return _NO_NAMESPACE
        ns = tag[: tag.index("}") + 1]
        return _in_namespace(ns) if len(ns) <= SHORT else cls(ns)

    def path(self, path: str) -> str:
        return self._compile(path)[0]

    def find(self, elem: Element | None, path: str) -> Element | None:
        if elem is None:
            return None
        qualified, below, steps, child_name = self._compiled.get(path) or self._compile(path)
        if steps is None or child_name:
            return elem.find(qualified)
        if below or len(steps) > 1:
            return _first(_below(elem, steps[0]) if below else elem, steps, 0)
        for child in elem:  # a child by a name the C find would hand to ElementPath ("body.content", "uri}name")
            if child.tag == qualified:
                return child
        return None

    def findall(self, elem: Element | None, path: str) -> list[Element]:
        if elem is None:
            return []
        qualified, below, steps, _child_name = self._compile(path)
        if steps is None:
            return elem.findall(qualified)
        return [*_all(_below(elem, steps[0]) if below else elem, steps, 0)]

    def text(self, elem: Element | None, path: str) -> str | None:
        """The text of what :meth:`find` finds, squashed (:func:`text_of`)."""
        found = self.find(elem, path)
        if found is None:
            return None
        if len(found) or not isinstance(found.tag, str):
            return squashed("".join(found.itertext()))
        return squashed(found.text)


_NO_NAMESPACE = Paths("")

#: A path compiled: the path with the namespace on each name; whether it starts
#: ``.//``; the names of its steps when all are plain (else None); whether it is
#: one child's name that ElementTree's C ``find`` takes as a name.
_Compiled = tuple[str, bool, tuple[str, ...] | None, bool]


@functools.lru_cache(maxsize=64)
def _in_namespace(ns: str) -> Paths:
    """The look-ups in a namespace (a reader asks for some at every item), made once."""
    return Paths(ns)


# What makes ElementTree's C ``find`` hand a name to ElementPath (in Python):
# a character of a path, or a brace (a namespace).
_PATH_CHARS = re.compile(r"[/*\[@.{}]")

# A step by a plain name: no wildcard, predicate, prefix, "." or "..".
_PLAIN_STEP = re.compile(r"[\w\-][\w.\-]*")


def _compiled(ns: str, path: str) -> _Compiled:
    """``path`` compiled (:data:`_Compiled`) for the look-ups in ``ns``.

    ElementPath runs in Python for any path with a "/" or a "." (NITF's
    ``body.content``, ``date.issue``): walking the children (after the
    descendants named by a leading ``.//``) for a path of plain steps
    (:func:`_first`, :func:`_all`) finds the same elements in a third of
    the time, 2 µs a look-up less (a NITF item makes 14).  A child's name
    with no namespace and no "." is looked up by the C ``find`` itself.
    """
    parts = path.split("/")
    qualified = "/".join(p if p in ("", ".", "..", "*") else ns + p for p in parts)
    below = len(parts) > 2 and parts[0] == "." and parts[1] == ""
    names = parts[2:] if below else parts
    plain = all(_PLAIN_STEP.fullmatch(p) for p in names)
    if not plain and ns and not ns.startswith("{"):
        # ElementPath reads "{uri}name" only: a tree from _xml.fromstring ("uri}name") is walked by plain names alone.
        raise ValueError(f"{path!r}: only a path of plain names is looked up in a namespace written {ns!r}")
    child_name = plain and len(parts) == 1 and _PATH_CHARS.search(qualified) is None
    return qualified, below, tuple(ns + p for p in names) if plain else None, child_name


def _below(elem: Element, tag: str) -> Iterator[Element]:
    """The elements named ``tag`` inside ``elem``, in document order: a leading ``.//tag``.

    ``iter`` picks them in C: a Python test an element only where ``elem`` has the name itself.
    """
    return elem.iter(tag) if elem.tag != tag else (e for e in elem.iter(tag) if e is not elem)


def _first(elems: Iterable[Element], steps: tuple[str, ...], at: int) -> Element | None:
    """What ElementPath's ``find`` gives for the names ``steps[at:]`` over ``elems`` (an element's children).

    The first step's elements are searched in order, each for the rest of the path.
    """
    tag = steps[at]
    last = at == len(steps) - 1
    for child in elems:
        if child.tag == tag:
            if last:
                return child
            found = _first(child, steps, at + 1)
            if found is not None:
                return found
    return None


def _all(elems: Iterable[Element], steps: tuple[str, ...], at: int) -> Iterator[Element]:
    """What ElementPath's ``findall`` gives, in its order, for the names ``steps[at:]`` over ``elems``."""
    tag = steps[at]
    last = at == len(steps) - 1
    for child in elems:
        if child.tag == tag:
            if last:
                yield child
            else:
                yield from _all(child, steps, at + 1)


def _joined(elem: Element) -> str:
    """``"".join(elem.itertext())``, without the iterator for an element (not a comment) with no children."""
    return "".join(elem.itertext()) if len(elem) or not isinstance(elem.tag, str) else elem.text or ""


def text_of(elem: Element | None) -> str | None:
    """All the text inside ``elem``, white space squashed."""
    return None if elem is None else squashed(_joined(elem))


# Elements that hold one paragraph each (NITF, XHTML, NewsML 1.2, Gigaword, RCV1).
_BLOCKS = frozenset(
    {
        "p", "P", "hl2", "hl3", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre",
        "td", "th", "tagline", "caption", "figcaption",
    }
)  # fmt: skip
# Whether a tag (with its namespace) names a block element, for the tags met
# (a few a feed: "p", "{http://www.w3.org/1999/xhtml}p" ...); emptied when it
# holds many, so a hostile feed's made-up names cannot pile up.
_BLOCK_TAGS: dict[object, bool] = {}


def _is_block(tag: object) -> bool:
    known = _BLOCK_TAGS.get(tag)
    if known is None:
        if len(_BLOCK_TAGS) >= 256:
            _BLOCK_TAGS.clear()
        known = _BLOCK_TAGS[tag] = local(tag) in _BLOCKS
    return known


# Elements whose content is no text of the story.
_SKIPPED = frozenset({"media", "media-reference", "img", "script", "style", "object", "iframe", "head", "title"})


def _loose(text: str | None) -> Iterable[str]:
    """Text that stands outside any paragraph element: kept as written (parse joins wrapped lines)."""
    if text is not None and not text.isspace():
        yield text.strip("\n\r")


def block_paragraphs(container: Element) -> list[str]:
    """The paragraphs of a body: each block element's text, in order, and loose text as written.

    A body of paragraphs with text alone in them (the common one) is read
    child by child; any other is walked (:func:`_walked`).

    >>> import xml.etree.ElementTree as ET
    >>> body = ET.fromstring("<body.content><p>One <b>two</b>.</p><block><p>Three.</p></block>Four.</body.content>")
    >>> block_paragraphs(body)
    ['One two.', 'Three.', 'Four.']
    """
    out: list[str] = [*_loose(container.text)]
    for child in container:
        tail = child.tail
        if len(child) or (tail and not tail.isspace()) or not _is_block(child.tag):
            return _walked(container)
        text = squashed(child.text)
        if text:
            out.append(text)
    return out


def _walked(container: Element) -> list[str]:
    """:func:`block_paragraphs` of any body, walked with a stack, not by recursion.

    Markup 10,000 elements deep costs a long list, not the interpreter's recursion limit.
    """
    out: list[str] = [*_loose(container.text)]
    stack: list[Element | str] = []
    for child in reversed(container):
        if child.tail and not child.tail.isspace():
            stack.append(child.tail)
        stack.append(child)
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            out.extend(_loose(node))
            continue
        name = local(node.tag)
        if name in _BLOCKS:
            text = squashed(_joined(node))
            if text:
                out.append(text)
            continue
        if name in _SKIPPED or not name:
            continue
        for child in reversed(node):
            if child.tail and not child.tail.isspace():
                stack.append(child.tail)
            stack.append(child)
        if node.text and not node.text.isspace():
            stack.append(node.text)
    return out
