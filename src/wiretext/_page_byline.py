r"""A web byline below a page's headline, in page text other extractors made.

In the text html2text or inscriptis make of a page, the author's name
stands on a line of its own between the headline and the story, among the
author's picture, a teaser and the time stamp, in one of a few shapes::

    [Jane Roe](https://example.com/author/jane-roe/)      (html2text: a link to the author's page)
    By [Jane Roe](/profile/jane-roe) and AP
    von                                                    (the opener alone, the name below)
    Jane Roe
    Author of the article:
    Autor: Jane Roe und Max Muster
    Von Felix Schwarz 15.04.2025, 17:59 Uhr               (glued to the stamp: the stamp is not the byline)

:func:`page_byline` finds the first such line among the lines after the
headline (up to the time stamp, when :func:`wiretext._page_stamp.page_stamp`
found one further down) and gives it without Markdown's marks and link
targets.  A name is a person's as :func:`wiretext.byline.authors` reads
names: no agency alone, no job title alone.

>>> text = "Quay reopens\n\nAuthor of the article:\n\n[Jane Roe](https://example.com/author/jane-roe/)\n\nThe quay."
>>> b = page_byline(text, 12, len(text))
>>> b.text, text[b.start:b.end]
('Jane Roe', '[Jane Roe](https://example.com/author/jane-roe/)')
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ._lazy import lazy_re
from ._page_stamp import lines_below
from .byline import authors
from .registry import agency
from .stamp import _stamp_in

__all__ = ["PageByline", "page_byline"]


def __dir__() -> list[str]:
    return list(__all__)


class PageByline(NamedTuple):
    """A web byline's span in the text (its line, or the line's part before a stamp) and its words."""

    start: int
    end: int
    text: str


#: The longest byline line; the longest name beside a stamp.  (The lines read after the headline
#: are the stamp's: :func:`wiretext._page_stamp.lines_below`.)
_LONGEST, _NAME_LONGEST = 160, 60

# A Markdown link to an author's page: "[Jane Roe](https://example.com/author/jane-roe/)".
_AUTHOR_LINK = lazy_re(
    r"\[[^\]\n]{3,80}\]\([^()\s]*/(?:authors?|autor(?:en|in)?|auteurs?|autore|autori|profiles?|profil"
    r"|journalists?|journalisten|redakt(?:eur|ion)|reporters?|staff|byline|contributors?|team|meet-the-team"
    r"|people|writers?)(?:[/-]|\b)",
    re.IGNORECASE,
)
# A line that opens a byline, with the name after it or on the next line.
_OPENER = lazy_re(
    r"^(?:author of the article|autor des artikels|written by|by|von|par|por|di|door|av|af|autor(?:in)?|author"
    r"|auteur|autore|text|texte)\s*:?(?:\s+|$)",
    re.IGNORECASE,
)
# The letters an opener starts with, in either case (_OPENER matches no other first character: the
# letters have no other case fold in re), asked before it is, as "](" before _AUTHOR_LINK.
_OPENS = "ABDPTVWabdptvw"
# Markdown's marks and link targets, and what is left of a link target wrapped onto the next line.
_MARKUP = lazy_re(r"\]\([^()]*\)?|!?\[|\]|\*\*|__|\\(?=\S)|^\s*[*+-]\s+")
_DIGIT = lazy_re(r"\d")
# Openers kept before the name ("Von Jane Roe"), as the head keeps them.
_BY = frozenset({"by", "von", "par", "por", "di"})


def _clean(line: str) -> str:
    """The line without Markdown, its blanks squashed."""
    return " ".join(_MARKUP.sub(" ", line).split()).strip(" ,;|·•")


def _named(line: str) -> str | None:
    """The line's byline words when they name a person (a stamp glued after them cut off), or None."""
    words = _clean(line)
    if not words or len(words) > 100:
        return None
    if _DIGIT.search(words):
        stamp = _stamp_in(words)
        if stamp is None or stamp[0] == 0:
            return None
        words = words[: stamp[0]].strip(" ,;|·•-")
    return words if authors(words) else None


def _beside(text: str, stamp: tuple[int, int], pieces: list[tuple[int, int]]) -> PageByline | None:
    """A name alone just before the stamp (on its line, or the line or block before), else just after it."""
    k = next((k for k, (a, b) in enumerate(pieces) if a <= stamp[0] < b), None)
    if k is None:
        return None
    a = pieces[k][0]
    near = [(a, stamp[0])] if text[a : stamp[0]].strip() else []
    near += [pieces[j] for j in (k - 1, k + 1) if 0 <= j < len(pieces)]
    for a, b in near:
        words = _clean(text[a:b])
        if not 0 < len(words) <= _NAME_LONGEST or _DIGIT.search(words) or ":" in words:
            continue
        if agency(words) is not None:
            return PageByline(a, b, words)
        if words.isupper():
            continue  # (a line in capitals beside a stamp is a button or a label: "SUBSCRIBE TO LISTEN")
        names = authors(words)
        # people's names of two words or more ("Deutschland", "Anzeige" are none)
        if names and all(" " in n and n.split()[-1][:1].isupper() for n in names):
            return PageByline(a, b, words)
    return None


def page_byline(
    text: str,
    start: int,
    end: int,
    stamp: tuple[int, int] | None = None,
    *,
    below: list[tuple[int, int]] | None = None,
) -> PageByline | None:
    r"""The first web byline among the lines of ``text[start:end]`` (``start``: the headline's end), or None.

    Without a byline's shape, a name (or an agency) alone on the line just
    before or after the page's time stamp (``stamp``, its span) is the byline.
    ``below`` are the lines after the headline when the caller has read them
    (:func:`wiretext._page_stamp.lines_below`).

    >>> text = "Quay reopens\n\nvon\n\nJane Roe\n\nThe quay reopened."
    >>> page_byline(text, 12, len(text)).text
    'Jane Roe'
    >>> text = "Quay reopens\n\nVon Jane Roe 15.04.2025, 17:59 Uhr\n\nThe quay reopened."
    >>> page_byline(text, 12, len(text)).text
    'Von Jane Roe'
    >>> page_byline("Quay reopens\n\nThe quay reopened on Monday.", 12, 40) is None
    True
    >>> text = "Quay reopens\n\nJane Roe\n\nPublished Jun 05, 2026\n\nThe quay reopened."
    >>> at = text.index("Published")
    >>> page_byline(text, 12, len(text), (at, at + 22)).text
    'Jane Roe'
    """
    found = lines_below(text, start, end) if below is None else below
    for k, (ls, le) in enumerate(found):
        line = text[ls:le]
        if len(line) > _LONGEST:
            continue
        link = _AUTHOR_LINK.search(line) if "](" in line else None
        bare = line.strip(" \t*#>_")
        opener = _OPENER.match(bare) if bare[:1] in _OPENS else None
        if link is None and opener is None:
            continue
        if opener is not None and not _clean(line[line.find(opener.group()) + len(opener.group()) :]):
            # the opener alone: the name stands on the next line
            if k + 1 < len(found):
                ns, ne = found[k + 1]
                named = _named(text[ns:ne])
                if named is not None:
                    return PageByline(ns, ne, named)
            continue
        named = _named(line if link is not None else bare[len(opener.group()) if opener else 0 :])
        if named is None:
            continue
        if link is None and opener is not None and opener.group().strip(" :").casefold() in _BY:
            named = f"{opener.group().strip(' :')} {named}"
        return PageByline(ls, le, named)
    return _beside(text, stamp, found) if stamp is not None and stamp[0] > start else None
