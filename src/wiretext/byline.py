"""Bylines: who wrote the story, as written and as a tuple of names.

Shapes (seen in agency copy): ``By Ana Ribeiro``, ``by Jane Roe, Reuters``,
``By PAUL BYRNE and ALMUDENA CALATRAVA, Associated Press`` (ANPA, the ``=``
markers already cut), ``Jane Roe, Associated Press Writer``, ``By F. Ahmed
and S. Kashani, IANS``, ``by Staff Writers``, German ``Von Anna Weber``,
French ``Par Paul Aubriat``, web ``Jo Lim | AFP``.  An agency name is never an
author (nor the end of one: ``ZEKE MILLER Associated Press``), nor is a job
title (``AP Sports Writer``) or a desk (``Staff Writers``).
"""

from __future__ import annotations

import regex

from . import registry
from ._lazy import lazy_regex

__all__ = ["authors", "is_name"]

_LEAD = lazy_regex(r"^[ \t]*+(?:by|von|par|por|di|de)[ \t]++", regex.IGNORECASE)
_SPLIT = lazy_regex(r"[ \t]*+(?:,|;|\||\band\b|\bund\b|\bet\b|\by\b|\be\b|&)[ \t]*+")
# Job titles and desks that follow a name: "AP Sports Writer", "Staff Writers",
# "Associated Press Writer", "correspondent", "in Paris".
_NOT_A_NAME = lazy_regex(
    r"(?i)\b(?:writers?|correspondents?|editors?|reporters?|staff|desk|bureau|contributors?"
    r"|news(?:room)?|agency|service|press|photographer)\b|^(?:in|at|from|for)\b"
)


def is_name(part: str) -> bool:
    """Whether ``part`` of a byline is a person's name: no agency, job title or desk.

    >>> is_name("Jane Roe"), is_name("AP Sports Writer"), is_name("Reuters")
    (True, False, False)
    """
    words = part.split()
    if not words or len(words) > 5 or _NOT_A_NAME.search(part):
        return False
    if registry.agency(part) is not None:
        return False
    return all(
        w[:1].isupper() or w.casefold() in {"de", "da", "van", "von", "der", "al", "bin", "la", "le", "di"}
        for w in words
    )


def _without_agency(part: str) -> str:
    """``part`` without an agency's name at its end: "ZEKE MILLER Associated Press" is "ZEKE MILLER".

    A part that is an agency's name ("The Associated Press") is nothing.
    """
    words = part.split()
    for k in range(min(4, len(words)), 0, -1):
        if registry.agency(" ".join(words[-k:])) is not None:
            return " ".join(words[:-k])
    return part


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
    >>> authors("By ZEKE MILLER and JOSH BOAK Associated Press"), authors("Jo Lim | AFP")
    (('ZEKE MILLER', 'JOSH BOAK'), ('Jo Lim',))
    """
    text = _LEAD.sub("", byline, count=1).strip(" .=")
    parts = (_without_agency(p.strip(" .")) for p in _SPLIT.split(text))
    return tuple(dict.fromkeys(p for p in parts if is_name(p)))
