"""What a web page states about its story, and which of its headlines is the story's.

Read from the parsed page (lxml): schema.org JSON-LD, OpenGraph and
``article:*`` meta, ``<meta name=author|date>``, ``<time datetime>``,
``<title>`` and ``<h1>``, each value kept with its source (``_Page``), the
site's name taken off the titles; and the rules that choose the headline
among the page's candidates.  The story's text, and what the dispatch itself
states over the page, are :mod:`wiretext.html`'s.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from . import registry
from ._markup import has_tags
from .model import Agency
from .normalize import repair, squash

if TYPE_CHECKING:
    from lxml.html import HtmlElement


# -- The page's own metadata ---------------------------------------------------

# schema.org types of a story (and of the page around it, read last).
_STORY_TYPES = frozenset(
    t.casefold()
    for t in (
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "SatiricalArticle",
        "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "Report", "TechArticle", "ScholarlyArticle",
    )
)
_PAGE_TYPES = frozenset({"webpage", "itempage"})
_ORG_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "website"})

# <meta> keys (name, property or itemprop, folded) for each field, best first.
_META_HEADLINE = ("og:title", "twitter:title")
_META_PUBLISHED = (
    "article:published_time", "article:published:time", "og:article:published_time", "datepublished",
    "article.published", "published_time", "og:published_time", "publishdate", "publish-date", "publish_date",
    "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
    "dcterms.created", "date", "datecreated", "article:published", "cxenseparse:recs:publishtime",
)
_META_MODIFIED = (
    "article:modified_time", "article:modified:time", "og:updated_time", "datemodified", "dcterms.modified",
)
_META_AUTHOR = (
    "author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
    "cxenseparse:author", "article:author_name",
)
_META_SITE = ("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site", "publisher")


class _Page(NamedTuple):
    """What a page states about its story, each value with where it was read (``json-ld``, ``meta``, ...)."""

    headlines: list[tuple[str, str]]  # best first
    published: list[tuple[dt.date, str]]
    modified: list[tuple[dt.date, str]]
    people: list[tuple[str, str]]  # authors who are people
    groups: list[tuple[str, str]]  # authors that are desks, agencies or the site itself
    agencies: list[tuple[Agency, str]]
    rights: tuple[str, int | None] | None
    sites: frozenset[str]  # the site's names, folded
    marked: frozenset[str] = frozenset()  # the headlines the page's markup marks as such, folded


def _text(value: object) -> str | None:
    """A JSON-LD value as one line of text: a string, or the first string of a list or a ``name``."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str | dict)), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str)), None)
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return None
    text = squash(repair(str(value)))
    return text or None


def _names(value: object) -> list[tuple[str, bool]]:
    """Names of the people or organisations in a JSON-LD ``author``, each with whether it is an organisation."""
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items[:20]:
        name = _text(item)
        if name is None:
            continue
        out.append((name, isinstance(item, dict) and bool(_types(item) & _ORG_TYPES)))
    return out


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.casefold().rpartition("/")[2] for k in kinds if isinstance(k, str)}


def _json_ld_nodes(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD scripts, outer objects first (a walk, not a recursion)."""
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").casefold():
            continue
        raw = (script.text or "").strip()
        raw = raw.removeprefix("<!--").removesuffix("-->").strip()
        raw = raw.removeprefix("//<![CDATA[").removesuffix("//]]>").strip()
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            continue
        queue = [data]
        seen = 0
        while queue and seen < 5000:
            item = queue.pop()
            seen += 1
            if isinstance(item, list):
                queue.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"):
                    child = item.get(key)
                    if isinstance(child, list | dict):
                        queue.append(child)


def _meta_values(tree: HtmlElement) -> dict[str, list[str]]:
    """The page's ``<meta>`` contents by folded name, property or itemprop, in page order."""
    out: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if content is None:
            content = meta.get("datetime")
        if not content or not content.strip():
            continue
        for attr in ("property", "name", "itemprop"):
            key = meta.get(attr)
            if key:
                out.setdefault(key.strip().casefold(), []).append(content.strip())
    return out


# ISO 8601 and its near kin: "2024-05-03", "2024-05-03T14:02:11+02:00",
# "2024-05-03 14:02:11.123Z", "20240503T140211Z".
_ISO = re.compile(r"\s*(\d{4})-?(\d{1,2})-?(\d{1,2})(?![0-9])")


def _stamp_day(value: str) -> dt.date | None:
    """The day a page's time stamp (ISO 8601 or RFC 2822) writes, in the time zone it is written in.

    The publisher's own day: a story stamped ``2025-01-14T01:28:54+09:00``
    was published on the 14th in Tokyo, as its dateline would say, though
    it was still the 13th in UTC.

    >>> _stamp_day("2024-05-03T01:30:00+02:00"), _stamp_day("Fri, 03 May 2024 23:10:00 -0300")
    (datetime.date(2024, 5, 3), datetime.date(2024, 5, 3))
    """
    m = _ISO.match(value)
    if m is not None:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    try:
        stamp = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return stamp.date()


def _first_text(tree: HtmlElement, tag: str) -> str | None:
    for el in tree.iter(tag):
        text = squash(repair(el.text_content()))
        if text:
            return text
    return None


# A name that is an address, a handle, a slug or a domain, not a person's: "d.roe@site.de",
# "https://site/authors/jo", "@jroe", "jane-roe", "site.de".
_NOT_A_PERSON = re.compile(
    r"[@/]|^[a-z0-9]+(?:-[a-z0-9]+)+$|\w\.(?:[a-z]{2,3}|com|info|online)\b|^www\.", re.IGNORECASE
)


def _host_names(url: str | None) -> set[str]:
    """The labels of a URL's host that may name the site: "www.daily-post.co.uk" gives "dailypost"."""
    if not url:
        return set()
    host = re.sub(r"^[a-z]+://", "", url.casefold()).split("/", 1)[0].split(":", 1)[0]
    labels = [label for label in host.split(".") if label not in ("www", "m", "amp", "com", "co", "org", "net")]
    return {_compact(label) for label in labels[:-1] or labels if len(label) >= 2}


def _read_page(tree: HtmlElement, url: str | None = None) -> _Page:
    """What the page states about its story, each value with its source.

    The sources in the order they are trusted: JSON-LD, then meta tags, then
    the markup's own ``<time>``, ``<title>`` and ``<h1>``.
    """
    stories, around, org_names = _json_ld_by_kind(tree)
    meta = _meta_values(tree)
    sites = _site_names(stories, org_names, meta, url)
    page = _Page([], [], [], [], [], [], None, sites)
    rights = _from_json_ld(page, [*stories, *around])
    _from_meta(page, meta)
    _from_markup(page, tree)
    return page._replace(headlines=_cleaned(page.headlines, sites), rights=rights, marked=_marked(tree))


def _json_ld_by_kind(tree: HtmlElement) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[str]]:
    """The page's JSON-LD nodes: its stories, the pages around them, and the names of organisations."""
    stories: list[dict[str, Any]] = []
    around: list[dict[str, Any]] = []
    org_names: list[str] = []
    for node in _json_ld_nodes(tree):
        kinds = _types(node)
        if kinds & _STORY_TYPES:
            stories.append(node)
        elif kinds & _PAGE_TYPES:
            around.append(node)
        elif kinds & _ORG_TYPES and (name := _text(node.get("name"))):
            org_names.append(name)
    return stories, around, org_names


def _site_names(
    stories: list[dict[str, Any]], org_names: list[str], meta: dict[str, list[str]], url: str | None
) -> frozenset[str]:
    """The site's names, folded: its organisations, ``og:site_name``-like meta, publishers, the host."""
    names = list(org_names)
    for key in _META_SITE:
        names.extend(v.lstrip("@") for v in meta.get(key, ())[:1])
    names.extend(publisher for node in stories if (publisher := _text(node.get("publisher"))))
    return frozenset({_compact(n) for n in names if n} | _host_names(url)) - {""}


def _from_json_ld(page: _Page, nodes: list[dict[str, Any]]) -> tuple[str, int | None] | None:
    """File what the JSON-LD nodes state; return the first copyright holder and year."""
    rights = None
    for node in nodes:
        if headline := _text(node.get("headline")):
            page.headlines.append((headline, "json-ld"))
        for key, into in (("datePublished", page.published), ("dateCreated", page.published),
                          ("dateModified", page.modified)):
            stamp = _text(node.get(key))
            day = _stamp_day(stamp) if stamp else None
            if day is not None:
                into.append((day, "json-ld"))
        for name, org in _names(node.get("author")):
            _add_author(page, name, "json-ld", org)
        for name, _ in _names(node.get("sourceOrganization")):
            if (known := registry.agency(name)) is not None:
                page.agencies.append((known, "json-ld"))
        holder = _text(node.get("copyrightHolder"))
        if holder and rights is None:
            year = str(node.get("copyrightYear") or "")
            rights = (holder, int(year) if year.isdigit() and len(year) == 4 else None)
    return rights


def _from_meta(page: _Page, meta: dict[str, list[str]]) -> None:
    """File what the meta tags state (the first value of each key)."""
    for key in _META_HEADLINE:
        for value in meta.get(key, ())[:1]:
            page.headlines.append((squash(repair(value)), "meta"))
    for keys, into in ((_META_PUBLISHED, page.published), (_META_MODIFIED, page.modified)):
        for key in keys:
            for value in meta.get(key, ())[:1]:
                if (day := _stamp_day(value)) is not None:
                    into.append((day, "meta"))
    for key in _META_AUTHOR:
        for value in meta.get(key, ())[:1]:
            _add_author(page, squash(repair(value)), "meta", False)


def _from_markup(page: _Page, tree: HtmlElement) -> None:
    """File the markup's own statements: the published ``<time>``, ``<title>`` and ``<h1>``."""
    times = [t for t in tree.iter("time") if t.get("datetime")]
    times.sort(key=lambda t: not (t.get("itemprop") == "datePublished" or t.get("pubdate") is not None))
    for t in times[:1]:
        if (day := _stamp_day(t.get("datetime") or "")) is not None:
            page.published.append((day, "time"))
    if title := _first_text(tree, "title"):
        page.headlines.append((title, "title"))
    if h1 := _first_text(tree, "h1"):
        page.headlines.append((h1, "h1"))


def _add_author(page: _Page, name: str, source: str, org: bool) -> None:
    """File an author's name: a person's, or a desk's, an agency's or the site's own."""
    if not name or _NOT_A_PERSON.search(name):
        return
    known = registry.agency(name)
    if known is not None:
        page.agencies.append((known, source))
    if org or known is not None or _compact(name) in page.sites:
        page.groups.append((name, source))
    else:
        page.people.append((name, source))


# Separators between a page title's headline and its site's name: "Rain floods Paris | Daily Post".
_TITLE_SEP = re.compile(r"\s+[|\-–—·•»/*]{1,2}\s+|\s*[|｜ㅣ]\s*|\s*[：:]\s*(?=[^\s:：]+$)")


def _compact(text: str) -> str:
    """``text`` casefolded, its word characters only: how titles and site names are compared.

    >>> _compact("Daily Post!") == _compact("dailypost")
    True
    """
    return re.sub(r"\W+", "", text.casefold())


def _without_site(title: str, sites: frozenset[str], others: set[str]) -> str:
    """A title without the site's name (and what follows it) after the headline, or before it.

    A piece is the site's name when it folds to one of ``sites``; the text
    before a separator is the headline when another source states it alone
    (``others``, folded).

    >>> _without_site("Rain floods Paris | Daily Post | by Jo Roe", frozenset({"dailypost"}), set())
    'Rain floods Paris'
    >>> _without_site("Daily Post | Rain floods Paris", frozenset({"dailypost"}), set())
    'Rain floods Paris'
    """
    cuts = list(_TITLE_SEP.finditer(title))
    for m in cuts:
        head, tail = title[: m.start()].strip(), title[m.end() :]
        if _compact(head) in others or _compact(_TITLE_SEP.split(tail, 1)[0]) in sites:
            return head
    for m in cuts:
        if _compact(title[: m.start()]) in sites:
            return title[m.end() :].strip()
    return title


def _without_short_end(title: str) -> str:
    """A ``<title>`` without a short last piece, which names the site: "Quay reopens - Harbour Herald".

    >>> _without_short_end("Quay reopens after repairs - Harbour Herald"), _without_short_end("Quay: a history")
    ('Quay reopens after repairs', 'Quay: a history')
    """
    cuts = [m for m in _TITLE_SEP.finditer(title) if m.group(0).strip() not in (":", "：")]
    if cuts:
        head, tail = title[: cuts[-1].start()].strip(), title[cuts[-1].end() :]
        if len(tail.split()) <= 4 and len(tail) < len(head):
            return head
    return title


def _cleaned(headlines: list[tuple[str, str]], sites: frozenset[str]) -> list[tuple[str, str]]:
    """Headlines without the site's name, in the order they are trusted: JSON-LD, OpenGraph, title, h1."""
    others = {_compact(t) for t, _ in headlines}
    out = []
    for text, source in headlines:
        text = _without_site(text, sites, others - {_compact(text)})
        if source == "title":
            text = _without_short_end(text)
        if text and _compact(text) not in sites and not has_tags(text):  # markup in a title is debris
            out.append((text, source))
    return out


# -- Which headline -------------------------------------------------------------
#
# A page states its headline several times, and not always the same one: the
# JSON-LD ``headline`` (often written for search engines), ``og:title`` (for
# social cards), the ``<title>`` and the ``<h1>``.  On the shared pages the
# JSON-LD headline is right most often, so it leads; the rules below overrule
# it only on evidence from the page itself, each kept because it helped on the
# pages (benchmarks/pages.py --headline-sources prints what each is worth).

#: The rules of the choice, in the order they apply (see :func:`_headline`).
_HEADLINE_RULES = ("kicker", "marked", "kickers", "main-start", "shortened", "spelling")

# A kicker before a headline: "Olympische Spiele: Deutscher Sieg", "Topic | Headline",
# "Topic - Headline", "Topic / Headline".
_KICKER_SEP = re.compile(r"\s*[:：|]\s+|\s+[-–—/]\s+")

# Classes of the parts of a headline element: <h1><span class="kicker">Topic</span>
# <span class="headline">Headline</span></h1>.  "Dachzeile" and "Spitzmarke" are German.
_KICKER_CLASS = re.compile(
    r"kicker|topline|dachzeile|spitzmarke|overline|over-title|eyebrow|roofline|supertitle|pretitle|rubric",
    re.IGNORECASE,
)
_HEADLINE_CLASS = re.compile(r"headline|title", re.IGNORECASE)


def _marked(tree: HtmlElement) -> frozenset[str]:
    """The headlines the page's markup marks, folded: ``itemprop="headline"``, an h1's headline part.

    The headline part is what an ``<h1>`` (or ``<h2>``) holds besides its
    kicker, when its children's classes tell them apart.
    """
    out = set()
    for el in tree.xpath("//*[@itemprop]")[:200]:
        if "headline" in (el.get("itemprop") or "").split():
            text = el.get("content") if el.tag == "meta" else el.text_content()
            if text and (key := _compact(text)):
                out.add(key)
                break
    for h in tree.iter("h1", "h2"):
        kicker = head = None
        for el in h.iterdescendants():
            cls = (el.get("class") or "") if isinstance(el.tag, str) else ""
            if kicker is None and _KICKER_CLASS.search(cls):
                kicker = el
            elif head is None and _HEADLINE_CLASS.search(cls):
                head = el
        if kicker is not None and head is not None:
            if key := _compact(head.text_content()):
                out.add(key)
            break
    return frozenset(out)


def _without_kicker(text: str) -> str | None:
    """What follows a kicker: "Olympics: Germany wins" gives "Germany wins"; None without a separator.

    >>> _without_kicker("Olympics: Germany wins gold"), _without_kicker("Germany wins gold")
    ('Germany wins gold', None)
    """
    m = _KICKER_SEP.search(text)
    return text[m.end() :] if m is not None and m.start() > 0 and m.end() < len(text) else None


def _under_kickers(text: str, page: _Page) -> str | None:
    """What follows the kicker of ``text`` when the sources disagree on the kicker, else None.

    "Topic: Headline" where the markup marks "Headline" as the headline part
    of an element and another source puts another topic before the same
    words ("Other topic - Headline"): the topic is a kicker the sources do
    not agree on, the words they share the headline.

    >>> page = _Page([("Floods: Quay shut", "meta"), ("Harbour news - Quay shut", "h1")],
    ...              [], [], [], [], [], None, frozenset(), frozenset({"quayshut"}))
    >>> _under_kickers("Floods: Quay shut", page)
    'Quay shut'
    >>> _under_kickers("Floods: Quay shut", page._replace(marked=frozenset())) is None
    True
    """
    rest = _without_kicker(text)
    if rest is None or _compact(rest) not in page.marked:
        return None
    for other, _ in page.headlines:
        after = _without_kicker(other)
        if after is not None and _compact(after) == _compact(rest) and _compact(other) != _compact(text):
            return rest
    return None


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _shortened(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with one run of its words left out.

    >>> _shortened("Police probe leaks to gangs", "Police probe information leaks to gangs")
    True
    >>> _shortened("Police probe leaks", "Police probe information leaks to gangs")
    False
    >>> _shortened("Live", "Live: police probe information leaks to gangs")
    False
    """
    a, b = _words(short), _words(long)
    if len(a) < 3 or len(a) >= len(b) or 2 * len(a) < len(b):
        return False  # a word or two ("Live"), or less than half the headline, is no short form of it
    k = 0
    while k < len(a) and a[k] == b[k]:
        k += 1
    return a[k:] == b[len(b) - (len(a) - k) :]


def _headline(page: _Page, main: str, *, skip: frozenset[str] = frozenset()) -> tuple[str, str, str] | None:
    """The page's headline, the source it is read from, and why that one (or "" for the first in order).

    >>> page = _Page([("Olympics: Germany wins gold", "json-ld"), ("Germany wins gold", "meta")],
    ...              [], [], [], [], [], None, frozenset())
    >>> _headline(page, "")
    ('Germany wins gold', 'json-ld', "another of the page's headlines is the same without its kicker")
    """
    found = page.headlines
    if not found:
        return None
    stated = [(t, s) for t, s in found if s in ("json-ld", "meta")]
    keys = {_compact(t) for t, _ in stated}
    # "Topic: Headline" where another stated headline is "Headline" alone: the
    # topic is a kicker the site put before it (the <h1> is not such a source:
    # it often shows the headline under its kicker, which is then part of it).
    cut = []
    for text, source in found:
        rest = _without_kicker(text) if source != "h1" and "kicker" not in skip else None
        if rest is not None and _compact(rest) in keys - {_compact(text)}:
            cut.append((rest, source, "another of the page's headlines is the same without its kicker"))
        else:
            cut.append((text, source, ""))
    text, source, why = cut[0]
    # The page's markup marks its headline (itemprop="headline", the headline
    # part of its <h1>): a stated headline that is that one wins.
    if "marked" not in skip and page.marked and _compact(text) not in page.marked:
        for t, s, _ in cut:
            if s in ("json-ld", "meta") and _compact(t) in page.marked:
                text, source, why = t, s, "the page's markup marks it as the headline"
                break
    if "kickers" not in skip and not why and (rest := _under_kickers(text, page)) is not None:
        text, why = rest, "another source puts another kicker before the words the markup marks"
    # The main text opens with a stated headline: the one shown over the story.
    start = _compact(main[:300])
    if "main-start" not in skip and not why and len(_compact(text)) >= 10 and _compact(text) not in start:
        for t, s, _ in cut:
            if s in ("json-ld", "meta") and len(_compact(t)) >= 10 and _compact(t) in start:
                text, source, why = t, s, "the main text opens with it"
                break
    # og:title is the JSON-LD headline with a run of its words left out: a
    # clause at its end ("Your bill could be worth thousands - here's how to
    # check" + " if you have one"), a word inside it ("reports of [information]
    # leaks"): the short form is the headline shown, the long one its search form.
    social = next((t for t, s in found if s == "meta"), None)
    if source == "json-ld" and social and "shortened" not in skip and _shortened(social, text):
        text, source, why = social, "meta", "the JSON-LD headline is it with words added"
    # The spelling most sources give (quotes, dashes): a tie goes to og:title.
    spellings = [(t, s) for t, s, _ in cut if _compact(t) == _compact(text)] or [(text, source)]
    votes: dict[str, int] = {}
    for t, _ in spellings:
        votes[t] = votes.get(t, 0) + 1
    best = max(spellings, key=lambda ts: (votes[ts[0]], ts[0] == social))[0]
    return (text if "spelling" in skip else best), source, why
