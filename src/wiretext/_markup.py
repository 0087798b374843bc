"""Whether a text is HTML markup rather than text: a cheap look at its first characters.

:func:`wiretext.parse` reads text; given a web page's HTML it says so in a
note that names :func:`wiretext.parse_html`.  :func:`wiretext.parse_html`
hands a string with no markup at all to :func:`wiretext.parse`.
"""

from __future__ import annotations

from ._lazy import lazy_re

__all__ = ["has_tags", "is_markup", "is_markup_line"]

# A tag, a comment or a doctype: "<p>", "</div>", "<a href='x'>", "<br/>", "<!-- x -->", "<!DOCTYPE html>".
# Attributes are read up to 2,000 characters (a tag longer than that is not counted).
_TAG = lazy_re(
    r"<(?:/?[A-Za-z][A-Za-z0-9:\-]{0,30}+(?:[\s/][^<>]{0,2000}+)?"  # <p>, </div>, <a href='x'>, <br/>
    r"|!--[^>]{0,2000}+"  # <!-- x -->
    r"|![Dd][Oo][Cc][Tt][Yy][Pp][Ee][^<>]{0,200}+)>"  # <!DOCTYPE html>
)
# How a whole page opens: a doctype, <html>, or an XML declaration (XHTML), after blanks and comments.
_PAGE_START = lazy_re(r"(?is)\A[\ufeff\s]*+(?:<!--.{0,2000}?-->\s*+)*+(?:<!doctype\s+html|<html[\s>]|<\?xml\s)")

# A text that opens with a tag, after blanks.
_TAG_START = lazy_re(r"[\ufeff\s]*+<[A-Za-z!/]")

# The opening of a tag (a lower-case name: "<SRD>" in a headline is a stock
# ticker), a comment, a doctype or an XML declaration, closed or not.
_OPENING = lazy_re(r"<(?:/?[a-z][a-z0-9]*+(?=[\s/>])|!--|![Dd][Oo][Cc][Tt][Yy][Pp][Ee]|\?xml)")

#: How much of a text is looked at: a page's first tags tell what it is.
_SAMPLE = 20_000


def has_tags(text: str) -> bool:
    """Whether ``text`` holds a tag, a comment or a doctype in its first 20,000 characters.

    >>> has_tags("<p>Rain.</p>"), has_tags("If x < 3 and y > 2, rain.")
    (True, False)
    """
    return text.find("<", 0, _SAMPLE) >= 0 and _TAG.search(text, 0, _SAMPLE) is not None


def is_markup(text: str) -> bool:
    """Whether ``text`` is a web page's HTML: it opens like a page, or is mostly tags.

    "Mostly" is a text that opens with a tag and has a third of its first
    20,000 characters (white space aside) inside tags, in three tags at least.

    >>> is_markup("<!DOCTYPE html><html><body><p>Rain.</p></body></html>")
    True
    >>> is_markup("<div><span>Rain</span></div>"), is_markup("PARIS (AFP) - Rain <b>fell</b> all day.")
    (True, False)
    """
    if text.find("<", 0, _SAMPLE) < 0:
        return False
    # Markup opens with a tag (copy may hold a ticker "<AEP>" further on).
    if _TAG_START.match(text, 0, _SAMPLE) is None:
        return False
    if _PAGE_START.match(text, 0, 5000) is not None:
        return True
    tags = [len(m.group(0)) for m in _TAG.finditer(text, 0, _SAMPLE)]
    if len(tags) < 3:
        return False
    sample = text[:_SAMPLE]
    visible = len(sample) - sum(map(sample.count, " \t\r\n"))
    return sum(tags) * 3 >= visible


def is_markup_line(line: str) -> bool:
    """Whether a line is a page's markup read as text: a tag opens in it and a ``>`` stands in it.

    A scrap of a page's head ("--><meta property=...") need not hold a whole tag.

    >>> is_markup_line('--><meta property="og:title" content="'), is_markup_line("FIRM <ABC> SAYS")
    (True, False)
    """
    return "<" in line and ">" in line and _OPENING.search(line) is not None
