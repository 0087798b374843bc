"""Render an Article back to text, in the canonical feed form.

The canonical form is the one agencies' feeds use::

    Headline
    By Byline

    CITY, Region, Mon D, YYYY (AGENCY/AGENCY) - First paragraph.

    Second paragraph.

    Reporting by A; Editing by B
    Rights notice

It parses back to an Article with the same content (every field but spans,
dateline text and notes), and ``render(parse(render(a))) == render(a)``.
"""

from __future__ import annotations

from .data.months import AP_STYLE_MONTHS
from .model import Article

__all__ = ["render"]

def _dateline(article: Article) -> str:
    parts = []
    loc = article.location
    if loc is not None and loc.city:
        parts.append(loc.city)
        if loc.region:
            parts.append(loc.region)
    if article.date is not None:
        d = article.date
        parts.append(f"{AP_STYLE_MONTHS[d.month - 1]} {d.day}, {d.year}")
    head = ", ".join(parts)
    credit = "/".join(a.code for a in article.agencies)
    if credit:
        head = f"{head} ({credit})" if head else f"({credit})"
    return f"{head} - " if head else ""


def render(article: Article) -> str:
    """The Article as text in the canonical feed form.

    >>> from wiretext import parse
    >>> a = parse("Rain in Oslo\\nOSLO, Jan 3, 2026 (NTB) -- Rain fell.\\n\\nIt stopped.")
    >>> print(render(a))
    Rain in Oslo
    <BLANKLINE>
    OSLO, Jan 3, 2026 (NTB) - Rain fell.
    <BLANKLINE>
    It stopped.
    >>> render(parse(render(a))) == render(a)
    True
    """
    blocks = []
    head = [line for line in (article.headline, article.byline) if line]
    if head:
        blocks.append("\n".join(head))
    paragraphs = list(article.paragraphs)
    lead = _dateline(article)
    if paragraphs:
        paragraphs[0] = lead + paragraphs[0]
    elif lead:
        paragraphs = [lead.rstrip(" -")]
    blocks.extend(paragraphs)
    tail = []
    if article.credits:
        tail.append("; ".join(f"{role.capitalize()} by {' and '.join(names)}" for role, names in article.credits))
    if article.rights is not None:
        tail.append(article.rights.text)
    if tail:
        blocks.append("\n".join(tail))
    return "\n\n".join(blocks)
