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

__all__ = ["authors", "is_byline", "is_byline_below", "is_name", "trailing_byline"]

# A byline line of the head: "By Jane Roe", "Von Anna Weber", "Jo Lim, AP Sports Writer".
_BYLINE = lazy_regex(
    r"^[ \t]*+(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|di)[ \t]++(?=\p{Lu})[^\n]{2,120}+$"   # Italian "di": lower case only
    # "Jane Roe, Associated Press Writer", "Jo Lim, AP Sports Writer"
    r"|^[ \t]*+[\p{Lu}][^\n,]{2,60}+,[ \t]*+(?i:(?:the[ \t]++)?(?:associated[ \t]++press|ap|reuters|afp|upi)"
    r"(?:[ \t]++[a-z]{2,12}){0,2}[ \t]++writer)[ \t]*+$",
)
# How the first shape of _BYLINE opens, after blanks (case as the pattern writes it).
_BYLINE_OPENERS = ("By", "by", "BY", "Von", "von", "Par", "par", "Por", "por", "di")
# A word of a person's name: "Jo", "O'Neil", "Al-Amin", "J.".
_NAME_WORD = lazy_regex(r"\p{Lu}[\p{L}\p{M}.'’\-]*+")

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


def is_byline(line: str) -> bool:
    """Whether a line of the head is a byline (``By Jane Roe``, ``Jo Lim, AP Sports Writer``).

    Lines that neither open like the pattern's first shape nor hold a comma
    and end, before blanks (and the line break ``$`` allows), in the "r" of
    the second shape's "writer" (ignoring case, ``regex`` takes only "r" and
    "R" for it) are answered without running the pattern.

    >>> is_byline("By Jane Roe"), is_byline("Jo Lim, AP Sports Writer"), is_byline("Rain in Paris")
    (True, True, False)
    """
    return (
        line.lstrip(" \t").startswith(_BYLINE_OPENERS) or ("," in line and line.rstrip(" \t\n")[-1:] in ("r", "R"))
    ) and _BYLINE.match(line) is not None


def is_byline_below(line: str) -> bool:
    """Whether a head line below the headline is a byline: :func:`is_byline`, or a name and an agency.

    Only below a headline: "Senate Votes Today, AP" on a first line is a
    headline, and ``Jo Lim | AFP`` after one is who wrote the story.

    >>> is_byline_below("Jane Roe, Reuters"), is_byline("Jane Roe, Reuters")
    (True, False)
    """
    return is_byline(line) or (len(line) <= 80 and ("," in line or "|" in line) and _name_and_agency(line))


def _name_and_agency(line: str) -> bool:
    """Whether ``line`` is a name and a known agency after a comma or a bar: ``Jane Roe, Reuters``, ``Jo Lim | AFP``.

    The name is two to four capitalised words of letters (``CREDIT: Canadian
    Press, Reuters`` is none), and a person's (:func:`is_name`).
    """
    name, _, agency = line.rpartition("|" if "|" in line else ",")
    words = name.split()
    known = registry.agency(agency.strip())
    return (
        known is not None
        and known.name is not None
        and 2 <= len(words) <= 4
        and all(_NAME_WORD.fullmatch(w) is not None for w in words)
        and is_name(name.strip())
    )


# A byline at the end of a headline line, as AFP's English service sends it:
# "Old harbour finds a new life by Anne Dupont", "... By ANNE DUPONT".  Two
# to four name words after "by", and maybe "and" and another name.
_TRAILING = lazy_regex(
    r"(?<=\S)[ \t]++(?P<b>(?P<by>by|By|BY)[ \t]++(?P<name>(?:\p{Lu}[\p{L}\p{M}.'’\-]*+[ \t]++){1,3}"
    r"\p{Lu}[\p{L}\p{M}'’\-]*+(?:[ \t]++(?:and|AND|&)[ \t]++(?:\p{Lu}[\p{L}\p{M}.'’\-]*+[ \t]++){1,3}"
    r"\p{Lu}[\p{L}\p{M}'’\-]*+)?))[ \t]*+$"
)
# The word before "by" when "by" names an agent, not a writer: "Stocks hit by
# Rate Fears", "Town struck by Hurricane Katia", "Bill signed by President Lee".
_AGENT_VERB = lazy_regex(
    r"(?i)(?:ed|en|hit|led|won|shot|struck|caught|bought|sold|held|built|hurt|set|cut|shut|run|met|swept"
    r"|fought|taught|sought|brought|thought|left|lost|kept|paid|said|read|told|made|hid|bid|upset|beset)$"
)
# Words that open or close the name of a storm, a body or a title, not a person's:
# "by Hurricane Katia", "by Senate Democrats", "by Prime Minister ...".
_NOT_PERSON = frozenset({
    "hurricane", "typhoon", "cyclone", "storm", "tropical", "senate", "house", "congress", "parliament",
    "court", "police", "army", "navy", "government", "ministry", "minister", "president", "prime", "king",
    "queen", "pope", "prince", "princess", "chancellor", "governor", "mayor", "democrats", "republicans",
    "party", "council", "union", "bank", "fed", "federal", "group", "inc", "corp", "co", "ltd", "plc", "ag",
    "sa", "club", "fc", "united", "city", "team", "fans", "rebels", "forces", "troops", "officials",
    "voters", "workers",
})


def trailing_byline(line: str) -> tuple[int, bool] | None:
    """Where a byline at the end of a headline line starts, and whether that is sure.

    ``Old harbour finds a new life by Anne Dupont`` (AFP English): the name
    after "by" is a byline.  ``Stocks hit by rate fears`` is none (no name),
    nor ``Town struck by Hurricane Katia`` (a participle before "by", a
    storm's name).  Capitals (``... By ANNE DUPONT`` under a headline in
    lower case) and a sentence-case headline are sure; in a title-case
    headline (``Old Harbour Finds a New Life by Anne Dupont``) a byline and
    prose look alike: the answer is ``(start, False)``, and the caller keeps
    the words in the headline with a note.

    >>> trailing_byline("Old harbour finds a new life by Anne Dupont")
    (29, True)
    >>> trailing_byline("Stocks hit by rate fears"), trailing_byline("Town struck by Hurricane Katia")
    (None, None)
    >>> trailing_byline("Old Harbour Finds a New Life by Anne Dupont")
    (29, False)
    """
    if "by" not in line and "By" not in line and "BY" not in line:
        return None  # most headlines: the pattern is not run
    m = _TRAILING.search(line)
    if m is None:
        return None
    before = line[: m.start()].rstrip()
    name = m.group("name")
    words = [w for w in name.split() if w not in ("and", "AND", "&")]
    if (
        not before
        or _AGENT_VERB.search(before.split()[-1]) is not None
        or any(w.casefold().strip(".") in _NOT_PERSON for w in words)
        or registry.agency(name) is not None
        or registry.is_known_city(name)
        or registry.is_country(name)
    ):
        return None
    head_words = before.split()
    if name.isupper():
        # "By ANNE DUPONT" after a headline that is not in capitals itself
        return (m.start("b"), True) if not before.isupper() else None
    if m.group("by") == "BY":
        return None
    # Sentence case: a word of the headline after its first, not a small word, in lower case.
    sentence_case = any(w[:1].islower() and len(w) > 3 for w in head_words[1:])
    return m.start("b"), sentence_case
