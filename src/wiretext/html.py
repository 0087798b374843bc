"""Web pages: :func:`parse_html` reads a page's HTML into an :class:`~wiretext.Article`.

Needs the ``html`` extra (``pip install 'wiretext[html]'``): lxml parses the
page, trafilatura finds its main text, charset-normalizer decodes bytes that
declare no charset.  On top of them wiretext reads what neither does:

1. *Metadata the page states*: schema.org JSON-LD (``NewsArticle`` and its
   kin), OpenGraph and ``article:*`` meta, ``<meta name=author|date>``,
   ``<time datetime>``, ``<h1>`` and ``<title>`` with the site's name taken
   off.  Each field the page gives records where it came from in a note
   (``headline-from-json-ld``, ``date-from-meta``, ...).
2. *The story*: the main text (trafilatura), read by :func:`wiretext.parse`
   for the dateline, credit, byline, sign-off and rights.  What the dispatch
   itself states (its dateline's date, its rights line, its credit) wins
   over the page's, with a note when they disagree.

Spans in the Article (the dateline's, the rights notice's, the notes') are
offsets into the story text wiretext read: the headline, a blank line and
the page's main text (see :func:`story_text`).
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from typing import TYPE_CHECKING, Any

import attrs

from ._dates import reference_date as _reference_date
from ._html_meta import _NOT_A_PERSON, _compact, _headline, _Page, _read_page, _stamp_day
from ._markup import has_tags
from .byline import authors
from .model import Article, Note, RightsNotice
from .pipeline import MAX_CHARS, parse

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["MAX_HTML_CHARS", "parse_html", "story_text"]

#: Pages longer than this raise :class:`~wiretext.InputTooLarge` (50 MB): a
#: page is mostly markup, so it may be five times the longest text
#: :func:`wiretext.parse` takes.
MAX_HTML_CHARS = 5 * MAX_CHARS


def __dir__() -> list[str]:
    return list(__all__)


_EXTRA = "parse_html needs the 'html' extra: pip install 'wiretext[html]'"


def _require() -> None:
    """Import the extra's libraries, or raise an ImportError that names the extra."""
    try:
        import charset_normalizer  # noqa: F401
        import lxml.html  # noqa: F401
        import trafilatura  # noqa: F401
    except ImportError as e:
        raise ImportError(f"{_EXTRA} ({e})") from e


# -- Bytes to text -------------------------------------------------------------

# The charset a page declares in its first bytes: <meta charset="utf-8">,
# <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">,
# <?xml version="1.0" encoding="windows-1252"?>.
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]{1,40})""",
    re.IGNORECASE,
)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _decode(data: bytes) -> tuple[str, Note]:
    """Page bytes as text: by their byte-order mark, their declared charset, else detected.

    >>> text, note = _decode('<meta charset="latin-1"><p>Café</p>'.encode("latin-1"))
    >>> text, note.message
    ('<meta charset="latin-1"><p>Café</p>', 'decoded as cp1252, the charset the page declares')
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = data.decode(name, "replace").lstrip("\ufeff")
            return text, Note("charset", f"decoded as {name} (byte-order mark)")
    m = _DECLARED.search(data, 0, 4096)
    if m is not None:
        name = (m.group(1) or m.group(2)).decode("ascii").lower()
        try:
            codecs.lookup(name)
        except LookupError:
            pass
        else:
            if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
                name = "cp1252"  # what browsers read these labels as (WHATWG Encoding)
            elif name.startswith(("utf-16", "utf16", "utf-32", "utf32")):
                name = "utf-8"  # a page declaring UTF-16 without its byte-order mark is not (WHATWG)
            try:
                return data.decode(name), Note("charset", f"decoded as {name}, the charset the page declares")
            except UnicodeDecodeError:
                pass  # the declaration is wrong: detect instead
            except LookupError:
                pass
    try:
        return data.decode("utf-8"), Note("charset", "decoded as utf-8 (no charset declared)")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    name = best.encoding if best is not None else "cp1252"
    return data.decode(name, "replace"), Note("charset", f"decoded as {name}, the charset detected in the page")


# -- The story -----------------------------------------------------------------


def _load(text: str) -> HtmlElement | None:
    """The page as an lxml tree, or None when libxml2 finds no document in it."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(collect_ids=False, remove_comments=True, remove_pis=True, encoding="utf-8")
    data = text.encode("utf-8", "replace")
    try:
        tree = lxml.html.document_fromstring(data, parser=parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError):
        return None
    return tree if tree is not None and len(tree) else None


def _main_text(tree: HtmlElement, url: str | None) -> str:
    """The page's main text, paragraphs on their own lines (trafilatura)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            tree, url=url, with_metadata=False, include_comments=False, include_images=False, include_tables=True
        )
    except (RecursionError, ValueError, TypeError, AttributeError):  # pragma: no cover - the library's bugs
        doc = None
    text = getattr(doc, "text", None) if doc is not None else None
    return text if isinstance(text, str) else ""


def story_text(html: str, *, url: str | None = None) -> str:
    """The text :func:`parse_html` reads the story from: the headline, a blank line, the main text.

    The spans of a :func:`parse_html` Article index into it.

    >>> page = "<html><head><title>Rain in Paris - Daily Post</title></head><body><article>"
    >>> page += "<h1>Rain in Paris</h1><p>PARIS (AFP) - It rained all day on Monday in the city.</p>"
    >>> page += "</article></body></html>"
    >>> print(story_text(page))
    Rain in Paris
    PARIS (AFP) - It rained all day on Monday in the city.

    :raises ImportError: when the ``html`` extra is not installed.
    """
    _require()
    tree = _load(html)
    if tree is None:
        return html
    page = _read_page(tree, url)
    main = _main_text(tree, url)
    headline = _headline(page, main)
    return _compose(headline[0] if headline else None, main) if main.strip() else html


def _compose(headline: str | None, main: str) -> str:
    """The headline over the main text, unless the main text opens with it already."""
    if not headline or _compact(main.lstrip().split("\n", 1)[0]) == _compact(headline):
        return main
    return f"{headline}\n\n{main}"


# -- Putting it together -------------------------------------------------------


def parse_html(
    html: str | bytes,
    *,
    url: str | None = None,
    reference_date: dt.date | str | None = None,
    max_chars: int = MAX_HTML_CHARS,
) -> Article:
    """Parse a web page's HTML into an :class:`~wiretext.Article`.

    ``bytes`` are decoded by the charset the page declares, else by the one
    detected.  A string with no markup is read by :func:`wiretext.parse`
    (with a ``not-html`` note).  Never raises on the content of a ``str``.

    >>> page = '''<html><head><title>Storm hits coast | Daily Post</title>
    ... <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Storm hits coast",
    ...  "datePublished": "2025-03-04T22:30:00-05:00", "author": {"@type": "Person", "name": "Jane Roe"}}</script>
    ... </head><body><article><h1>Storm hits coast</h1>
    ... <p>BOSTON (AP) - A storm hit the coast on Tuesday, cutting power to thousands of homes.</p>
    ... <p>Crews worked through the night to restore it, officials said.</p></article></body></html>'''
    >>> a = parse_html(page)
    >>> a.headline, a.byline, a.date.isoformat(), a.agency.code, a.location.city
    ('Storm hits coast', 'Jane Roe', '2025-03-04', 'AP', 'BOSTON')
    >>> [n.kind for n in a.notes if n.kind.endswith(("json-ld", "meta"))]
    ['headline-from-json-ld', 'date-from-json-ld', 'byline-from-json-ld']

    :raises TypeError: when ``html`` is neither ``str`` nor ``bytes``, or
        ``reference_date`` not a date, a datetime, an ISO string or None.
    :raises ValueError: when ``reference_date`` is a string that is no ISO date.
    :raises InputTooLarge: when the page is longer than ``max_chars``.
    :raises ImportError: when the ``html`` extra is not installed.
    """
    if not isinstance(html, str | bytes | bytearray):
        raise TypeError(f"parse_html() takes a str or bytes, not {type(html).__name__}")
    date = _reference_date(reference_date)
    _require()
    notes: list[Note] = []
    if isinstance(html, bytes | bytearray):
        html, note = _decode(bytes(html))
        notes.append(note)
    if len(html) > max_chars:
        from .errors import InputTooLarge

        raise InputTooLarge(len(html), max_chars)
    tree = _load(html.replace("\x00", "")) if has_tags(html) else None
    if tree is None:
        article = parse(html, reference_date=date, max_chars=max_chars)
        notes.append(Note("not-html", "no HTML document found: the text was read as it is by parse"))
        kept = tuple(n for n in article.notes if n.kind != "html-input")  # parse's advice to call parse_html
        return attrs.evolve(article, notes=(*notes, *kept))
    page = _read_page(tree, url)
    main = _main_text(tree, url)
    headline = _headline(page, main)
    published = _published(page, tree, url)
    text = _compose(headline[0] if headline else None, main)
    if not main.strip():
        # Nothing the extractor calls a story (or markup nested deeper than
        # libxml2 reads): the page is read as text, its tags cut by parse.
        notes.append(Note("no-main-text", "no main text in the page's structure: the whole page was read as text"))
        text = html
    article = parse(text, reference_date=date or (published[0] if published else None), max_chars=max_chars)
    article = attrs.evolve(article, notes=tuple(n for n in article.notes if n.kind != "html-input"))
    return _merge(article, page, tree, headline, published, notes)


def _published(page: _Page, tree: HtmlElement, url: str | None) -> tuple[dt.date, str] | None:
    """The page's publishing day and where it was read; htmldate looks where the metadata says nothing."""
    if page.published:
        return page.published[0]
    from htmldate import find_date

    try:
        found = find_date(tree, url=url, original_date=True, extensive_search=True)
    except (ValueError, TypeError, AttributeError, RecursionError):  # pragma: no cover - the library's bugs
        found = None
    day = _stamp_day(found) if found else None
    if day is not None:
        return day, "page"
    return (page.modified[0][0], f"{page.modified[0][1]}-modified") if page.modified else None


def _page_author(tree: HtmlElement, page: _Page) -> tuple[str, str] | None:
    """Who the page says wrote the story: its metadata's people, its byline markup, else its desk or agency."""
    if page.people:
        source = page.people[0][1]
        return ", ".join(dict.fromkeys(n for n, s in page.people if s == source)), source
    from trafilatura.metadata import extract_author

    try:
        marked = extract_author(tree)
    except (ValueError, TypeError, AttributeError, RecursionError):  # pragma: no cover - the library's bugs
        marked = None
    if marked:
        names = [n.strip() for n in marked.split(";")]
        people = [n for n in names if n and not _NOT_A_PERSON.search(n) and _compact(n) not in page.sites]
        if people:
            return ", ".join(people), "markup"
    if page.groups:
        return page.groups[0][0], page.groups[0][1]
    return None


def _merge(
    article: Article,
    page: _Page,
    tree: HtmlElement,
    headline: tuple[str, str, str] | None,
    published: tuple[dt.date, str] | None,
    notes: list[Note],
) -> Article:
    """The text's Article with the page's fields where the text has none, each with its note."""
    changes: dict[str, Any] = {}
    text_notes = list(article.notes)
    if article.headline is not None and has_tags(article.headline):
        changes["headline"] = None  # a tag the page's text left is not a headline
    if headline is not None:
        if article.headline != headline[0]:
            changes["headline"] = headline[0]
        says = f"the headline is the one the page's {_SOURCES[headline[1]]} states"
        if headline[2]:
            says += f" ({headline[2]})"
        notes.append(Note(f"headline-from-{headline[1]}", says))
    if published is not None:
        day, source = published
        dateline = article.dateline.date if article.dateline is not None else None
        year_from_text = any(n.kind == "year-from" and "reference_date" not in n.message for n in text_notes)
        if dateline is not None and year_from_text:
            if dateline != day:
                says = f"the dateline says {dateline}, the page {day}: the dateline's is kept"
                notes.append(Note("date-disagrees", says))
        else:
            if dateline is not None and dateline != day:
                notes.append(Note("date-disagrees", f"the dateline's day is {dateline}, the page's {day}"))
            changes["date"] = day
            base = source.removesuffix("-modified")
            what = "last modified" if source.endswith("-modified") else "published"
            says = f"the date is the day the page's {_SOURCES[base]} says it was {what}"
            notes.append(Note(f"date-from-{base}", says))
            # the page's metadata states the date: a time stamp in its text gave none
            text_notes = [n for n in text_notes if n.kind not in ("year-missing", "date-from-page-stamp")]
    if article.byline is None and (author := _page_author(tree, page)) is not None:
        changes["byline"] = author[0]
        changes["authors"] = authors(author[0])
        says = f"the byline is the author the page's {_SOURCES[author[1]]} names"
        notes.append(Note(f"byline-from-{author[1]}", says))
    if article.agency is None and page.agencies:
        agency, source = page.agencies[0]
        changes["agency"] = agency
        changes["agencies"] = tuple(dict.fromkeys(a for a, _ in page.agencies))
        says = f"the agency ({agency.code}) is an author the page's {_SOURCES[source]} names"
        notes.append(Note(f"agency-from-{source}", says))
    if page.rights is not None:
        holder, year = page.rights
        if article.rights is None:
            changes["rights"] = RightsNotice(f"© {year} {holder}" if year else f"© {holder}", holder, year, (0, 0))
            notes.append(Note("rights-from-json-ld", "the rights holder is the page's JSON-LD copyrightHolder"))
        elif article.rights.holder and _compact(article.rights.holder) != _compact(holder):
            notes.append(
                Note("rights-disagree", f"the story's notice names {article.rights.holder!r}, the page {holder!r}")
            )
    return attrs.evolve(article, **changes, notes=(*notes, *text_notes))


# Where a field was read, as the notes name it.
_SOURCES = {
    "json-ld": "JSON-LD",
    "meta": "<meta> tags",
    "time": "<time> element",
    "title": "<title>",
    "h1": "<h1>",
    "markup": "byline markup",
    "page": "text or address (htmldate)",
}
