"""NewsML-G2 (``newsMessage``, ``newsItem``, ``packageItem``) and NewsML 1.2 (``NewsML``).

NewsML-G2, per ``newsItem``:

* ``@guid`` -> ``source_id``; ``itemMeta/itemClass/@qcode`` says whether the
  item is text (``ninat:text``) or a picture, video, graphic ... (skipped)
* ``contentMeta/headline`` -> headline; ``by`` -> byline; ``dateline`` ->
  dateline; ``located`` (``name``, ``@literal``) -> city
* ``contentMeta/contentCreated``, else ``itemMeta/firstCreated``, else
  ``versionCreated`` -> date
* ``itemMeta/provider``, ``contentMeta/creditline``, ``infoSource``,
  ``rightsInfo/copyrightHolder`` -> credits
* ``rightsInfo`` (``copyrightHolder``, ``copyrightNotice``) -> rights
* ``contentSet/inlineXML`` (XHTML or NITF) or ``inlineData`` -> body

A ``packageItem`` (or a concept, planning or knowledge item) holds no text of
its own: it is reported as skipped, never turned into an Article.

NewsML 1.2, per ``NewsItem``: ``Identification/NewsIdentifier`` ->
``source_id``; ``NewsLines`` (``HeadLine``, ``ByLine``, ``DateLine``,
``CreditLine``, ``CopyrightLine``); ``DescriptiveMetadata/Location``
properties (``City``, ``Country``); ``NewsManagement/FirstCreated`` -> date;
``AdministrativeMetadata/Provider`` and ``Source`` -> credits; the first
``ContentItem`` whose ``MediaType`` is ``Text`` -> body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._item import Item, Paths, attr, block_paragraphs, squashed, text_of
from ._nitf import fill_nitf
from ._xml import local

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

__all__ = ["G2_ITEMS", "read_g2", "read_newsml1"]

#: The item elements of NewsML-G2; only a ``newsItem`` can hold text.
G2_ITEMS = frozenset({"newsItem", "packageItem", "conceptItem", "knowledgeItem", "planningItem", "catalogItem"})

# itemClass codes (``ninat:`` or the full scheme URI) of items with text.
_TEXT_CLASSES = frozenset({"text", "composite"})


def _code(elem: Element | None, p: Paths) -> str | None:
    """What a G2 property names: its ``name`` child (in ``p``'s namespace), ``@literal``, or ``@qcode``'s code."""
    if elem is None:
        return None
    name = p.text(elem, "name")
    if name:
        return name
    literal = squashed(elem.get("literal"))
    if literal:
        return literal
    qcode = elem.get("qcode") or elem.get("uri")
    return squashed(qcode.rstrip("/").rpartition("/")[2].rpartition(":")[2]) if qcode else None


def read_g2(elem: Element, name: str) -> Item:
    """An Item from a NewsML-G2 item element (``newsItem``, ``packageItem`` ...).

    >>> import xml.etree.ElementTree as ET
    >>> it = read_g2(ET.fromstring("<packageItem guid='urn:x:1'/>"), "packageItem")
    >>> it.source_id, it.skip[0]
    ('urn:x:1', 'package-item')
    """
    item = Item("newsml-g2")
    item.source_id = elem.get("guid")
    if name != "newsItem":
        reason = "package-item" if name == "packageItem" else "not-a-text-item"
        item.skip = (reason, f"a NewsML-G2 {name} holds no text of its own")
        return item
    p = Paths.of(elem)
    meta = p.find(elem, "itemMeta")
    item_class = attr(p.find(meta, "itemClass"), "qcode") or ""
    kind = item_class.rstrip("/").rpartition("/")[2].rpartition(":")[2]
    if kind and kind not in _TEXT_CLASSES:
        item.skip = ("media-item", f"a NewsML-G2 {kind} item ({item_class}) holds no text of its own")
        return item
    content = p.find(elem, "contentMeta")
    headlines = p.findall(content, "headline")
    main = next((h for h in headlines if (h.get("role") or "").endswith("main")), headlines[0] if headlines else None)
    item.headline, item.headline_from = text_of(main), "contentMeta/headline"
    item.byline = p.text(content, "by")
    item.dateline = p.text(content, "dateline")
    item.city = _code(p.find(content, "located"), p)
    item.set_date(p.text(content, "contentCreated"), "contentMeta/contentCreated")
    if item.date is None:  # (the look-ups are not made when a date is taken)
        item.set_date(p.text(meta, "firstCreated"), "itemMeta/firstCreated")
    if item.date is None:
        item.set_date(p.text(meta, "versionCreated"), "itemMeta/versionCreated")
    item.credit("itemMeta/provider", _code(p.find(meta, "provider"), p))
    item.credit("contentMeta/creditline", p.text(content, "creditline"))
    for source in p.findall(content, "infoSource"):
        item.credit("contentMeta/infoSource", _code(source, p))
    rights = p.find(elem, "rightsInfo")
    if rights is not None:
        holder = _code(p.find(rights, "copyrightHolder"), p)
        item.rights_holder = holder
        item.rights_notice = p.text(rights, "copyrightNotice")
        item.rights_from = "rightsInfo"
        item.credit("rightsInfo/copyrightHolder", holder)
    body = _g2_body(item, p, p.find(elem, "contentSet"))
    if body is None:
        item.skip = ("no-text", "the NewsML-G2 newsItem has no inlineXML or inlineData (remote content only)")
    return item


def _g2_body(item: Item, p: Paths, content_set: Element | None) -> list[str] | None:
    if content_set is None:
        return None
    for child in content_set:
        name = local(child.tag)
        if name == "inlineData":
            item.paragraphs = [child.text.strip()] if child.text and child.text.strip() else []
            return item.paragraphs
        if name == "inlineXML":
            _inline_xml(item, child)
            return item.paragraphs
    return None


def _inline_xml(item: Item, inline: Element) -> None:
    """An inlineXML's body: XHTML's ``body``, a NITF document, or whatever text it holds."""
    for root in inline:
        name = local(root.tag)
        if name == "nitf":
            fill_nitf(item, root, "inlineXML/nitf/")
            return
        if name == "html":
            body = Paths.of(root).find(root, "body")
            item.paragraphs = block_paragraphs(body if body is not None else root)
            return
    item.paragraphs = block_paragraphs(inline)


# -- NewsML 1.2 ------------------------------------------------------------------

# The parties credited, and where: the first Party of each role.
_PARTIES = (
    ("AdministrativeMetadata/Provider", ".//AdministrativeMetadata/Provider/Party"),
    ("AdministrativeMetadata/Source", ".//AdministrativeMetadata/Source/Party"),
)


def _nitf_or_html(data: Element) -> tuple[Element | None, Element | None]:
    """A DataContent's first ``nitf`` child, else its first ``html`` child (one of the two, or neither)."""
    html = None
    for child in data:
        name = local(child.tag)
        if name == "nitf":
            return child, None
        if name == "html" and html is None:
            html = child
    return None, html


def read_newsml1(elem: Element) -> Item:
    """An Item from a NewsML 1.2 ``NewsItem``.

    >>> import xml.etree.ElementTree as ET
    >>> it = read_newsml1(ET.fromstring(
    ...     "<NewsItem><NewsComponent><NewsLines><HeadLine>Snow closes pass</HeadLine></NewsLines>"
    ...     "<ContentItem><MediaType FormalName='Text'/><DataContent><p>Snow fell.</p></DataContent>"
    ...     "</ContentItem></NewsComponent></NewsItem>"))
    >>> it.headline, it.paragraphs
    ('Snow closes pass', ['Snow fell.'])
    """
    item = Item("newsml-1.2")
    p = Paths.of(elem)
    ident = p.find(elem, "Identification/NewsIdentifier")
    item.source_id = p.text(ident, "PublicIdentifier") or p.text(ident, "NewsItemId")
    item.set_date(p.text(elem, "NewsManagement/FirstCreated"), "NewsManagement/FirstCreated")
    if item.date is None:
        item.set_date(p.text(ident, "DateId"), "NewsIdentifier/DateId")
    lines = p.find(elem, ".//NewsLines")
    item.headline, item.headline_from = p.text(lines, "HeadLine"), "NewsLines/HeadLine"
    item.byline = p.text(lines, "ByLine")
    item.dateline = p.text(lines, "DateLine")
    item.credit("NewsLines/CreditLine", p.text(lines, "CreditLine"))
    copyright_line = p.text(lines, "CopyrightLine")
    if copyright_line:
        item.rights_notice, item.rights_from = copyright_line, "NewsLines/CopyrightLine"
    for prop in p.findall(elem, ".//DescriptiveMetadata/Location/Property"):
        formal, value = prop.get("FormalName"), squashed(prop.get("Value"))
        if formal == "City" and item.city is None:
            item.city = value
        elif formal == "Country" and item.country is None:
            item.country = value
        elif formal in ("CountryArea", "Region") and item.region is None:
            item.region = value
    for element, path in _PARTIES:
        item.credit(element, attr(p.find(elem, path), "FormalName"))
    item.credit("NewsIdentifier/ProviderId", p.text(ident, "ProviderId"))
    for content in p.findall(elem, ".//ContentItem"):
        media = (attr(p.find(content, "MediaType"), "FormalName") or "Text").lower()
        data = p.find(content, "DataContent")
        if media != "text" or data is None:
            continue
        nitf, html = _nitf_or_html(data)
        if nitf is not None:
            fill_nitf(item, nitf, "DataContent/nitf/")
        else:
            body = Paths.of(html).find(html, "body") if html is not None else None
            item.paragraphs = block_paragraphs(body if body is not None else html if html is not None else data)
        break
    else:
        item.skip = ("media-item", "the NewsML 1.2 NewsItem has no text ContentItem (photos, graphics or video only)")
    return item
