"""NITF 3.x (``<nitf>``): the News Industry Text Format, alone or inside NewsML.

Element -> field (``docs/feeds.md`` has the table for every format):

* ``head/docdata/doc-id/@id-string`` -> ``source_id``; ``@regsrc`` -> a credit
* ``body.head/hedline/hl1`` (else ``head/title``) -> headline
* ``body.head/byline`` -> byline
* ``body.head/dateline`` -> the dateline text; its ``location`` -> city,
  state or region, country (``@iso-cc``)
* ``dateline/story.date/@norm``, else ``docdata/date.issue/@norm``, else
  ``date.release/@norm`` -> date
* ``body.head/distributor``, ``docdata/doc.copyright/@holder``,
  ``docdata/doc.rights/@owner`` -> credits
* ``docdata/doc.copyright`` (``@holder``, ``@year``) -> rights
* ``body.content`` -> body; ``body.end/tagline`` -> a last paragraph, read by
  the text stages (a credit or a rights line)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._item import Item, Paths, attr, block_paragraphs, text_of

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

__all__ = ["fill_nitf", "read_nitf"]


def read_nitf(root: Element) -> Item:
    """An Item from a ``<nitf>`` element.

    >>> import xml.etree.ElementTree as ET
    >>> it = read_nitf(ET.fromstring(
    ...     "<nitf><head><docdata><doc-id id-string='X-1'/></docdata></head>"
    ...     "<body><body.head><hedline><hl1>Ferry strike ends</hl1></hedline></body.head>"
    ...     "<body.content><p>Ferries sailed again.</p></body.content></body></nitf>"))
    >>> it.source_id, it.headline, it.paragraphs
    ('X-1', 'Ferry strike ends', ['Ferries sailed again.'])
    """
    item = Item("nitf")
    fill_nitf(item, root, "")
    return item


def fill_nitf(item: Item, root: Element, where: str) -> None:
    """Fill what ``item`` does not hold yet from a NITF document (``where`` prefixes element names)."""
    p = Paths.of(root)
    docdata = p.find(root, "head/docdata")
    doc_id = p.find(docdata, "doc-id")
    item.source_id = item.source_id or attr(doc_id, "id-string")
    head = p.find(root, "body/body.head")
    if item.headline is None:
        hl1 = p.find(head, "hedline/hl1")
        item.headline = text_of(hl1) or p.text(root, "head/title")
        item.headline_from = where + ("hedline/hl1" if hl1 is not None else "head/title")
    item.byline = item.byline or p.text(head, "byline")
    dateline = p.find(head, "dateline")
    if dateline is not None:
        item.dateline = item.dateline or _dateline_text(dateline, p)
        location = p.find(dateline, "location")
        if location is not None and item.city is None:
            item.city = p.text(location, ".//city") or p.text(location, ".//location.city")
            item.region = p.text(location, ".//state") or p.text(location, ".//region")
            country = p.find(location, ".//country")
            item.country = text_of(country)
            item.country_code = attr(country, "iso-cc")
            if item.city is None and item.region is None and item.country is None:
                item.city = text_of(location)
        item.set_date(attr(p.find(dateline, "story.date"), "norm"), where + "dateline/story.date")
    item.set_date(attr(p.find(docdata, "date.issue"), "norm"), where + "docdata/date.issue")
    item.set_date(attr(p.find(docdata, "date.release"), "norm"), where + "docdata/date.release")
    item.credit(where + "distributor", p.text(head, "distributor"))
    item.credit(where + "doc-id/@regsrc", attr(doc_id, "regsrc"))
    copyright_ = p.find(docdata, "doc.copyright")
    if copyright_ is not None and item.rights_holder is None:
        item.rights_holder = attr(copyright_, "holder")
        year = attr(copyright_, "year")
        item.rights_year = int(year) if year and year.strip().isdigit() and len(year.strip()) == 4 else None
        item.rights_from = where + "docdata/doc.copyright"
        item.credit(where + "doc.copyright/@holder", item.rights_holder)
    item.credit(where + "doc.rights/@owner", attr(p.find(docdata, "doc.rights"), "owner"))
    if not item.paragraphs:
        content = p.find(root, "body/body.content")
        if content is not None:
            item.paragraphs = block_paragraphs(content)
        end = p.find(root, "body/body.end")
        if end is not None:
            item.paragraphs += block_paragraphs(end)


def _dateline_text(dateline: Element, p: Paths) -> str | None:
    """The dateline as printed: its text with ``story.date`` kept (it is part of the line)."""
    return text_of(dateline)
