"""ninjs 1.x and 2.x: IPTC's news in JSON.

Key -> field: ``guid`` (2.x) or ``uri`` (1.x) -> ``source_id``; ``type``
(``text``; ``picture``, ``video`` ... are skipped); ``headline`` or
``headlines[0].value`` -> headline; ``byline`` or ``by`` -> byline;
``located`` (or ``place[0].name``) -> city; ``contentcreated``,
``firstcreated``, ``versioncreated`` -> date; ``body_text``, ``body_html``
or ``bodies[0].value`` -> body; ``copyrightholder``, ``copyrightnotice``
(also inside ``rightsinfo``) -> rights; ``source``, ``provider``,
``copyrightholder`` -> credits.

Reading JSON needs no extra: the standard library's ``json`` and
``html.parser`` do it, so ninjs works without ``wiretext[feeds]``.
"""

from __future__ import annotations

from collections.abc import Mapping
from html.parser import HTMLParser
from typing import Any

from ._item import Item, squashed

__all__ = ["NINJS_KEYS", "html_paragraphs", "is_ninjs", "read_ninjs"]

#: Keys of which a ninjs object holds at least one (besides ``uri`` or ``guid``).
NINJS_KEYS = frozenset(
    {"headline", "headlines", "body_text", "body_html", "bodies", "type", "versioncreated", "firstcreated", "byline"}
)
_TEXT_TYPES = frozenset({"text", "composite"})


def is_ninjs(obj: object) -> bool:
    """Whether a JSON value looks like one ninjs item.

    >>> is_ninjs({"uri": "urn:x", "headline": "Rain"}), is_ninjs({"title": "Rain"})
    (True, False)
    """
    return isinstance(obj, Mapping) and ("uri" in obj or "guid" in obj) and not NINJS_KEYS.isdisjoint(obj)


_BLOCK_TAGS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "br", "tr", "dd", "dt"}
)
_HIDDEN_TAGS = frozenset({"script", "style", "template"})


class _Paragraphs(HTMLParser):
    """The text of an HTML fragment, one paragraph per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.parts: list[str] = []
        self.hidden = 0

    def flush(self) -> None:
        text = squashed("".join(self.parts))
        if text:
            self.out.append(text)
        self.parts = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden += 1
        elif tag in _BLOCK_TAGS:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_paragraphs(html: str) -> list[str]:
    """An HTML body's paragraphs, read with the standard library's HTML parser.

    >>> html_paragraphs("<p>One &amp; two.</p><p>Three<br>four.</p><script>x()</script>")
    ['One & two.', 'Three', 'four.']
    """
    parser = _Paragraphs()
    parser.feed(html)
    parser.close()
    parser.flush()
    return parser.out


def _str(value: Any) -> str | None:
    if isinstance(value, str):
        return squashed(value)
    if isinstance(value, Mapping):  # {"name": ...} or {"value": ...}
        return _str(value.get("name") or value.get("value") or value.get("literal"))
    if isinstance(value, list) and value:
        return _str(value[0])
    return None


def read_ninjs(obj: Mapping[str, Any]) -> Item:
    """An Item from one ninjs object.

    >>> it = read_ninjs({"uri": "urn:x:1", "type": "text", "headline": "Rain", "body_text": "Rain fell."})
    >>> it.source_id, it.headline, it.paragraphs
    ('urn:x:1', 'Rain', ['Rain fell.'])
    >>> read_ninjs({"uri": "urn:x:2", "type": "picture", "headline": "Rain"}).skip[0]
    'media-item'
    """
    item = Item("ninjs")
    item.source_id = _str(obj.get("guid")) or _str(obj.get("uri"))
    kind = obj.get("type")
    if isinstance(kind, str) and kind not in _TEXT_TYPES:
        item.skip = ("media-item", f"a ninjs {kind} item holds no text of its own")
        return item
    item.headline = _str(obj.get("headline")) or _str(obj.get("headlines"))
    item.headline_from = "headline" if "headline" in obj else "headlines"
    item.byline = _str(obj.get("byline")) or _str(obj.get("by"))
    item.city = _str(obj.get("located")) or _str(obj.get("place"))
    for key in ("contentcreated", "firstcreated", "versioncreated"):
        value = obj.get(key)
        item.set_date(value if isinstance(value, str) else None, key)
    rights: Any = obj.get("rightsinfo")
    rights = rights[0] if isinstance(rights, list) and rights else rights
    rights = rights if isinstance(rights, Mapping) else obj
    item.rights_holder = _str(rights.get("copyrightholder"))
    item.rights_notice = _str(rights.get("copyrightnotice"))
    item.rights_from = "copyrightholder" if rights is obj else "rightsinfo"
    for key in ("source", "provider"):
        item.credit(key, _str(obj.get(key)))
    item.credit("copyrightholder", item.rights_holder)
    text, html = obj.get("body_text"), obj.get("body_html")
    bodies = obj.get("bodies")
    if not isinstance(text, str) and not isinstance(html, str) and isinstance(bodies, list):
        for body in bodies:
            if isinstance(body, Mapping) and isinstance(body.get("value"), str):
                kind_of = str(body.get("contentType") or body.get("contenttype") or "")
                if "html" in kind_of:
                    html = body["value"]
                else:
                    text = body["value"]
                break
    if isinstance(text, str) and text.strip():
        item.paragraphs = [text.strip()]
    elif isinstance(html, str) and html.strip():
        item.paragraphs = html_paragraphs(html)
    if kind == "composite" and not item.paragraphs:
        item.skip = ("package-item", "a ninjs composite item with no body: a package of other items")
    return item
