"""Bylines: who wrote the story, as written and as a tuple of names.

Shapes (seen in agency copy): ``By Ana Ribeiro``, ``by Jane Roe, Reuters``,
``By PAUL BYRNE and ALMUDENA CALATRAVA, Associated Press`` (ANPA, the ``=``
markers already cut), ``Jane Roe, Associated Press Writer``, ``By F. Ahmed
and S. Kashani, IANS``, ``by Staff Writers``, German ``Von Anna Weber``,
French ``Par Paul Aubriat``.  An agency name is never an author, nor is a
job title (``AP Sports Writer``) or a desk (``Staff Writers``).
"""

from __future__ import annotations

import regex

from . import registry
from ._lazy import lazy_regex

__all__ = ["authors"]

_LEAD = lazy_regex(r"^[ \t]*+(?:by|von|par|por|di|de)[ \t]++", regex.IGNORECASE)
_SPLIT = lazy_regex(r"[ \t]*+(?:,|;|\band\b|\bund\b|\bet\b|\by\b|\be\b|&)[ \t]*+")
# Job titles and desks that follow a name: "AP Sports Writer", "Staff Writers",
# "Associated Press Writer", "correspondent", "in Paris".
_NOT_A_NAME = lazy_regex(
    r"(?i)\b(?:writers?|correspondents?|editors?|reporters?|staff|desk|bureau|contributors?"
    r"|news(?:room)?|agency|service|press|photographer)\b|^(?:in|at|from|for)\b"
)


def _is_name(part: str) -> bool:
    words = part.split()
    if not words or len(words) > 5 or _NOT_A_NAME.search(part):
        return False
    if registry.agency(part) is not None:
        return False
    return all(
        w[:1].isupper() or w.casefold() in {"de", "da", "van", "von", "der", "al", "bin", "la", "le", "di"}
        for w in words
    )


def authors(byline: str) -> tuple[str, ...]:
    """The names in a byline, without agencies, titles or desks.

    >>> authors("By Jane Roe and John Doe, Reuters")
    ('Jane Roe', 'John Doe')
    >>> authors("By PAUL BYRNE, Associated Press")
    ('PAUL BYRNE',)
    >>> authors("Jane Roe, Associated Press Writer")
    ('Jane Roe',)
    >>> authors("by Staff Writers")
    ()
    """
    text = _LEAD.sub("", byline, count=1).strip(" .=")
    return tuple(dict.fromkeys(p.strip(" .") for p in _SPLIT.split(text) if _is_name(p.strip(" ."))))
