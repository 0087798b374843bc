"""The dateline's place: where it begins after a glued headline or byline, and what it resolves to.

The place fragment of the shapes is greedy about capitalised words, so a
headline glued to the dateline (``... rare protest Almaty, Kazakhstan, Nov
14 (AFP)``) or a byline before it (``By Massita Ahmad SINGAPORE, June 25
(NNN-BERNAMA) —``) rides along.  This module decides where the place
begins (:func:`_split_place`: the longest known place at the end of the
words, the upper-case run after mixed case or the reverse, or, for a place
in no table, the whole short run after a headline's last word in lower
case, :func:`_border_before`), whether a region is a headline's list run
into the place (:func:`_list_before_place`), and which country a city and
region resolve to (:func:`_resolve`).

Whether a match is a dateline at all, and the notes it gets, are left to
:func:`wiretext.dateline._accept`; the place tables themselves are
:mod:`wiretext.registry`'s.
"""

from __future__ import annotations

import functools

from . import registry
from ._dateline_date import _has_digit
from .data.place_words import LINK_WORDS
from .model import Location


def _is_place(words: list[str]) -> bool:
    text = " ".join(words)
    return registry.is_known_city(text) or registry.is_country(text) or registry.region_country(text) is not None


def _split_place(place: str, at_line_start: bool, before: str = "", one_line: bool = False) -> tuple[int, bool]:
    """Return the index in ``place`` where the real place name begins, and whether that is a guess.

    The place fragment takes every capitalised word before the comma, so a
    glued headline or byline may ride along: "Xi visits Europe Paris",
    "By Massita Ahmad SINGAPORE".  In order: a known place as a whole; an
    upper-case place at a line start (AP and Reuters style, "WEST
    HARTFORD"); the longest known place at the end; the upper-case run after
    mixed-case words; the mixed-case run after upper-case words ("GOBIERNO
    APRUEBA PLAN Lorca"); where a glued headline's last word marks the
    border (:func:`_border_before`), the whole run; a short place at a line
    start; the last word.

    ``before`` is what stands before the place on its line (the glued
    headline), ``one_line`` whether the dateline is the scraped one-line
    shape (a time stamp after the credit, no line above), where a headline
    is glued before the place even at a line start.  The second value is
    True where nothing marks the border between headline and place and the
    place is a guess (the caller notes it).

    >>> _split_place("Camp David", False, "Mideast talks resume")
    (0, False)
    >>> _split_place("Storm Passes Camp David", True, "", True)
    (0, True)
    """
    words = place.split()
    if len(words) == 1 or _is_place(words):
        return 0, False
    byline = words[0].casefold() == "by"
    if at_line_start and not byline and len(words) <= 4 and place.isupper():
        return 0, one_line  # in the one-line shape, a headline in capitals may stand before it
    starts = []
    pos = 0
    for w in words:
        pos = place.index(w, pos)
        starts.append(pos)
        pos += len(w)
    for k in range(min(len(words) - 1, 6), 0, -1):
        if _is_place(words[-k:]):
            return starts[-k], False
    upper = [w.isupper() or not any(c.isalpha() for c in w) for w in words]
    if not all(upper) and upper[-1]:
        k = len(words)
        while k > 0 and upper[k - 1]:
            k -= 1
        return starts[k], False
    lead = 0
    while lead < len(words) and upper[lead] and any(c.isalpha() for c in words[lead]):
        lead += 1
    if (3 if at_line_start else 1) <= lead < len(words) and not byline and not words[lead].islower():
        # "GOBIERNO APRUEBA PLAN Lorca del Río", "talks with US Camp David"; not a
        # typist's "BALDWIN Park" at a line start
        return starts[lead], False
    border = _border_before(before, words) if before else None
    if border is not None:
        return starts[border], False
    if at_line_start and not byline and len(words) <= 4:
        return 0, one_line
    return starts[-1], True


#: The most words (link words not counted) an unknown place glued to a headline is taken with.
_GLUED_PLACE_WORDS = 3


def _border_before(before: str, words: list[str]) -> int | None:
    """Where an unknown place glued to a headline begins, when the headline's last word marks it; else None.

    ``before`` is the headline before the place's words on its line.  A
    word in lower case or a number ("talks resume Camp David") ends a
    sentence-case headline, and punctuation (a story code's bracket, a
    credit's dash) ends what stands before: the place is the whole run of
    capitalised words, if it is short.  After a comma (a headline ending in
    a list: "thanks Norway, Denmark Camp David") a known place leading the
    run is the list's last item.  A capitalised word ("Storm Passes Camp
    David") marks nothing.
    """
    tokens = before.split()
    if not tokens:
        return None
    last = tokens[-1]
    if last.endswith(","):
        for k in range(len(words) - 1, 0, -1):
            if _is_place(words[:k]) and len(words) - k <= _GLUED_PLACE_WORDS + 1:
                return k
    core = last.strip("\"'“”‘’«»")
    marked = core[:1].islower()  # a link word too: the place would have taken it with a capitalised word before it
    if not (marked or _has_digit(core) or not core[-1:].isalpha()):
        return None
    if sum(w not in _LINK_WORDS for w in words) > _GLUED_PLACE_WORDS:
        return None
    return 0


_LINK_WORDS = frozenset(LINK_WORDS)


def _list_before_place(city: str, region: str) -> bool:
    """Whether ``city, region`` is a headline's list of places run into the dateline's place.

    "Minister thanks Norway, Denmark Oslo, Jun 4 (AFP)" reads as the place
    ``Norway`` and the region ``Denmark Oslo``: a region whose words are
    a known place and another (not "Western Australia") is such a list, as is a
    country before a known city ("Norway, Oslo"), a list of a country
    and a city after the place ("Norway, Denmark, Oslo"), and a country
    before a country and other words ("Norway, Denmark Camp David").  The caller
    refuses the match, and the search goes on to the place at the list's end.

    >>> _list_before_place("Laos", "Cambodia, Vietnam Ho Chi Minh City"), _list_before_place("Lorient", "France")
    (True, False)
    """
    if registry.region_country(region) is not None or registry.is_country(region):
        return False  # "Grand Cayman, British West Indies", "Kowloon, Hong Kong"
    parts = [part.split() for part in region.split(",")]
    country = registry.is_country(city) and not registry.is_known_city(city)
    for words in parts:
        if len(words) < 2 or len(words) > 8 or _is_place(words) or _described(" ".join(words)):
            continue  # one word, a place, a description ("eastern Afghanistan")
        for k in range(1, len(words)):
            # a known place, then another ("Denmark Oslo"; not "Western Australia", "Metro Manila")
            if _is_place(words[:k]) and (_is_place(words[k:]) or (country and registry.is_country(" ".join(words[:k])))):
                return True  # (after a country, "Norway, Denmark Camp David": a place in no table after the list)
    last = " ".join(parts[-1])

    def city_only(name: str) -> bool:
        return registry.is_known_city(name) and not registry.is_country(name) and registry.region_country(name) is None

    if not city_only(last):
        return False
    return country or (len(parts) == 2 and registry.is_country(" ".join(parts[0])))


def _known_places(city: str) -> bool:
    """Whether each place of ``city`` ("München/London": two) is a known city or a country."""
    return all(registry.is_known_city(part) or registry.is_country(part) for part in city.split("/"))


def _city(place: str, last: str) -> str:
    """Drop the period Interfax writes after the city ("MOSCOW. Aug 23"), not an abbreviation's.

    ``last`` is the place's last word.
    """
    if last.endswith(".") and len(last) >= 4 and "." not in last[:-1]:
        return place[:-1]
    return place


def _resolve(city: str, region: str | None) -> tuple[str | None, str | None, str | None]:
    """Resolve a place; two cities ("Hamburg/Kiel") resolve when both agree."""
    if "/" in city and region is None:
        found = {registry.resolve_place(part.strip(), None)[:2] for part in city.split("/")}
        if len(found) == 1:
            country, code = found.pop()
            if code is not None:
                return country, code, None
        return None, None, f"the places in {city!r} are not in one known country"
    resolved = registry.resolve_place(city, region)
    if resolved[1] is None and region is not None and _described(region):
        # "GAZA CITY, occupied territories": a description, not a region's
        # name; the city alone says the country, if it can
        by_city = registry.resolve_place(city, None)
        if by_city[1] is not None:
            return by_city
    return resolved


@functools.lru_cache(maxsize=4096)  # (hostile text may name thousands of places)
def _located(city: str, region: str | None) -> tuple[Location, str | None, bool]:
    """The location ``city`` and ``region`` name, the problem resolving them (:func:`_resolve`), and whether each place of ``city`` is a known city.

    Each depends on the two words only, and a run of copy names the same
    few places: so the answer is kept (a Location is frozen, so one serves
    every dateline that names the place): two look-ups and a Location
    spared on each dateline (``benchmarks/instructions.py`` against it
    turned off, 300 cases: reuters21578 1032k -> 1021k instructions a
    parse, ag_news 854k -> 851k).

    >>> location, problem, cities = _located("KALAMAZOO", "Mich.")
    >>> location.country_code, problem, cities
    ('US', None, True)
    """
    country, code, problem = _resolve(city, region)
    cities = all(map(registry.is_known_city, city.split("/")))  # "München/London": two
    return Location(city, region, country, code), problem, cities


def _described(region: str) -> bool:
    """Whether a region holds a word in lower case but a link word ("occupied territories", "Pakistan-Afghanistan frontier")."""
    return any(w[:1].islower() and w not in _LINK_WORDS for w in region.replace(",", " ").split())
