"""Datelines: ``PLACE[, REGION][, DATE] (AGENCY) SEP`` and every variant agencies use.

Theory of operation
-------------------
A dateline is found by one verbose pattern built from named fragments
(place, region, date, credit, separator), tried from left to right over the
head of the story.  The place fragment is greedy about capitalised words, so
when a headline is glued to the dateline (``... rare protest Almaty,
Kazakhstan, Nov 14 (AFP)``) or a byline stands before it (``By Massita Ahmad
SINGAPORE, June 25 (NNN-BERNAMA) —``) the match may start too early;
:func:`_split_place` then keeps as the place the longest known place at the
end of the words, or the upper-case run after mixed case (or the reverse),
or, for a place in no table, the whole short run after a headline's last
word in lower case (a ``place-border`` note where nothing marks the border),
and hands the rest back to the caller as a prefix (headline or byline).  A
region that is a headline's list run into the place (``thanks Norway,
Denmark Oslo``) makes :func:`_accept` refuse the match, and the search goes
on to the place at the list's end (:func:`_list_before_place`).

Six modules share the work, each by its job:

* :mod:`wiretext._dateline_shapes`: the shapes' pattern sources, and the
  fragments and word tables they are built from;
* :mod:`wiretext._dateline_compile`: compiling them on first use, and
  matching them;
* :mod:`wiretext._dateline_search`: where to look (the lines and positions
  a shape is tried at, found with cheap tests);
* :mod:`wiretext._dateline_place`: where the place begins, and what it
  resolves to;
* :mod:`wiretext._dateline_date`: what the date says, and the year of a
  date without one (:func:`infer_year`);
* this module: :func:`find` runs the search over the head, and
  :func:`_accept` decides whether a match is a dateline and reads it into a
  :class:`~wiretext.Dateline` (its credit's agencies, its notes).

Each shape is compiled when a text first needs it, first in a generic
form: its month, weekday and bare credit words (tables of hundreds of
words, written as trees that made the patterns 9 to 25 thousand characters
and half a second to compile) are word shapes there, and :func:`_match`
looks up what they took; only where a look-up fails is an exact form
compiled, which is then asked first: for text that is all ASCII, the
shape's ASCII form, the exact pattern translated for the standard library's
engine (``_dateline_compile._ascii_form``), which gives the same match in
half the time, with no look-up to make, and compiles in a third of the
time; for other text the exact pattern itself.  See :func:`_match` for why
the two give the same matches.  Once the exact pattern is compiled, or once
the shape has been tried often in a long run, ASCII text is matched by the
ASCII form too.

Shapes (comments in the fragments quote the real forms, from
``AGENCIES.md``):

* ``PESHAWAR, Pakistan-Afghanistan frontier, Nov 3 (AFP) -`` (a region in
  lower-case words, before a date: credited shape only)
* ``BEIJING, March 31 (Xinhua) --``, ``KNOXVILLE, Tenn. (AP) _``,
  ``Almaty, Kazakhstan, Nov 14 (AFP) Nov 14, 2025`` (AFP web: a time stamp
  after the credit), ``Patna, Oct 16 (PTI)`` (no separator),
  ``New Delhi, Sep 21 (ANI):``, ``Madrid (EFE).-``
* ``(ANSA) - ROMA, 1 LUG -`` (agency first)
* ``MOSCOW, November 14. /TASS/.``; ``МОСКВА, 23 сен — РИА Новости.``
* ``MOSCOW. Aug 23 (Interfax) -``; ``Riyadh, February 14, 2023, SPA --``
* ``Jan 30 (Reuters) -`` (no place); ``TOKYO, Oct. 6 Kyodo`` (no brackets)
* ``    SALVADOR, Feb 26 -`` (Reuters 1987, no credit: only at a line start)
* ``SAN SALVADOR, 3 JAN 90 (AFP) --`` (MUC, upper case, 2-digit year)
* ``القاهرة (رويترز) -`` (Arabic script, which has no capitals, in place words)
* ``AP -`` / ``(AP) -`` at the start of a summary line (AG News)
* ``BAGHDAD, Iraq -``, ``KUWAIT --`` (a place alone: AP and CP on the web,
  Kyodo's items, KUNA's site; only on the first lines, a known place, with
  prose after it, and not in a text of one line); below a headline also
  ``London -``, ``BHOPAL:`` (Indian papers) and ``Berlin.`` (German papers'
  Ortsmarke), for a city
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Callable
from typing import NamedTuple

from . import registry
from ._dateline_compile import (  # the shapes compiled, and matched
    _EXACT_SHAPE,
    _GUARDED,
    ShapeMatch,
    _ascii_form,
    _generic_match,
    _groups,
    _match,
    _no_other_word_before_a_day,
)
from ._dateline_credited import (  # where a credited dateline is looked for in the head
    _earliest_start,
    _no_credited_before,
    _none_taken_above,
    _plausible,
    _search_credited,
)
from ._dateline_date import _date_parts, _make_date, _stamp_year
from ._dateline_date import infer_year as infer_year  # public here: the pipeline and feeds settle a year with it
from ._dateline_place import _city, _is_place, _known_places, _list_before_place, _located, _split_place
from ._dateline_search import (  # where a dateline is looked for at a line's start
    _HEAD_LINES,
    _MAX_ANCHORS,
    _NON_BLANK,
    _PLACE_ONLY_LINES,
    _REACH,
    _at_line_start,
    _credited_may_start,
    _place_only_may_start,
    _shapes_for,
    _text_before,
)
from ._dateline_search import HEAD_LIMIT as HEAD_LIMIT  # how far into a story a dateline is looked for
from ._dateline_shapes import _anchors
from ._lazy import lazy_re, lazy_regex
from ._spans import line_start
from .model import Agency, Dateline, Location

__all__ = ["parse_dateline"]


#: Prose after a dateline of a place alone: a sentence's start (not a word
#: in lower case: "London - where it all began - is ..."), five words, one
#: in lower case.
_PLACE_ONLY_PROSE = lazy_regex(r"[ \t]*+(?!\p{Ll})(?=[^\n]*?\p{Ll})(?:\S++[ \t]++){4}\S")


# Text on a line after this one.
_LATER_LINE = lazy_re(r"[^\n]*+\n\s*+\S")


class Found(NamedTuple):
    """A dateline found in a text: its fields, and the spans its caller needs.

    The :class:`~wiretext.Dateline` is made when asked for (:attr:`dateline`):
    the final build makes its own once, with the year settled, rather than
    a second one re-dated (``pipeline._build``: most Reuters datelines have no
    year).
    """

    text: str  # the dateline as written
    location: Location | None
    date: dt.date | None  # when the dateline or a time stamp after it gives the year
    agencies: tuple[Agency, ...]
    start: int  # where the dateline (place, or credit) begins; before it: head
    end: int  # where the body begins
    notes: tuple[tuple[str, str], ...]  # (kind, message)
    month: int | None  # as written, also when the year is missing
    day: int | None
    year_from: str | None  # "dateline", "text" (a time stamp after the credit) or None

    @property
    def dateline(self) -> Dateline:
        """The Dateline as found: its date (and month and day) only where the year is known; a new one each time."""
        return Dateline(self.text, self.location, self.date, self.agencies, (self.start, self.end))


#: Found(...) without the NamedTuple's Python __new__, as stages.state._new_cut makes a Cut (one of the changes
#: that took ``instructions.py b1ac025 --stage dateline`` on reuters21578 from 161.4k to 158.7k instructions a parse).
_new_found = tuple.__new__


def find(text: str, start: int = 0, end: int | None = None) -> Found | None:
    """Find the first dateline in ``text[start:end]`` (the head of a story).

    Offsets are in ``text``.  The shapes that only stand at a line start are
    tried there, on the first lines (:func:`_at_line_starts`); the credited
    shape is searched for anywhere before that, since a headline may be
    glued to it (:func:`_credited_before`).
    """
    end = len(text) if end is None else end
    # Blank lines do not count (a page's cut furniture leaves them): the
    # head starts at the first line holding text, and lines are counted
    # among those holding text.
    if start < end and text[start].isspace():
        ink = _NON_BLANK.search(text, start, end)
        if ink is None:
            return None
        start = max(start, line_start(text, ink.start()))
    stop = start + HEAD_LIMIT if start + HEAD_LIMIT < end else end  # min(end, ...), without the call
    best = _at_line_starts(text, start, stop)
    if best is not None and (
        _none_taken_above(text, start, best.start) or _no_credited_before(text, start, best.start)
    ):
        return best  # the search below could find or take nothing before it
    found = _credited_before(text, start, stop, best)
    return found if found is not None else best


def _at_line_starts(text: str, start: int, stop: int) -> Found | None:
    """The first dateline at the start of one of the first lines of ``text[start:stop]``, or None.

    The shapes a line can match (:func:`_shapes_for`) are tried in order,
    the first one :func:`_accept` takes wins.  A place alone yields to a
    dated or credited dateline on the next of the first lines: "UKRAINE -
    Talks stall as winter nears" over "KYIV, Jan 3 (Reuters) -" is a
    headline.
    """
    alone: Found | None = None
    line = start
    index = 0
    ascii = text.isascii()  # (a flag of the string) the shapes' ASCII forms match it
    while index < _HEAD_LINES:
        if line >= stop or (alone is not None and index >= _PLACE_ONLY_LINES):
            break
        nl = text.find("\n", line, stop)
        line_end = stop if nl < 0 else nl
        if line == line_end or (text[line].isspace() and text[line:line_end].isspace()):
            line = line_end + 1
            continue
        # The credited shape first: "МОСКВА, 23 сен — РИА Новости." is more than "МОСКВА, 23 сен —".
        days_ok: bool | None = None  # for every shape tried at the line's start (see _match)
        for shape in _shapes_for(text, line, line_end, stop, index < _PLACE_ONLY_LINES and alone is None):
            # _match, without its call
            form = _ascii_form(shape) if ascii else None
            if form is not None:
                m = form.match(text, line, stop)
            elif exact := _EXACT_SHAPE[shape].ready:
                m = exact[0].match(text, line, stop)
            else:
                if days_ok is None and shape in _GUARDED:
                    days_ok = _no_other_word_before_a_day(text, line, stop)
                m = _generic_match(shape, text, line, stop, days_ok)
            if m is not None and (found := _accept(text, m)) is not None:
                if shape not in ("place_only", "ortsmarke"):
                    return found if found.location is not None else _with_place_after(text, found, line_end, stop)
                alone = found
                break
        line = line_end + 1
        index += 1
    return alone


def _credited_before(text: str, start: int, stop: int, best: Found | None) -> Found | None:
    """The first credited dateline :func:`_accept` takes that starts before ``best`` (or before ``stop``), or None.

    Every credited dateline holds a bracket, a slash or a bare credit after
    a date (the anchor), and starts at most :data:`_REACH` characters before
    it: the pattern is searched for only back from each anchor
    (:func:`_earliest_start`), at most :data:`_MAX_ANCHORS` of them.
    """
    limit = best.start if best is not None else stop
    tried = start
    reach = min(stop, limit + _REACH)
    if best is not None:
        # No line break stands before a credited dateline's credit, so one
        # that starts before ``limit`` has its anchor on limit's line or above.
        line_end = text.find("\n", limit, reach)
        reach = limit if limit <= start else reach if line_end < 0 else line_end
    anchors = _anchors(text, start, reach)
    for anchor_start, anchor_end in itertools.islice(anchors, _MAX_ANCHORS):
        if not _plausible(text, anchor_start, stop):
            continue
        pos = max(tried, _earliest_start(text, max(start, anchor_start - _REACH), anchor_start))
        window = min(stop, anchor_end + _REACH)
        while pos < min(limit, anchor_start + 1):
            m = _search_credited(text, pos, window, limit)
            if m is None:
                break
            if (found := _accept(text, m)) is not None:
                return found
            pos = m.start() + 1
        tried = max(tried, pos)
    return None


def _with_place_after(text: str, found: Found, line_end: int, stop: int) -> Found:
    """``found`` (a dateline without a place) and a dateline with one right after it on its line, as one.

    A source's credit or a date may stand before the dateline proper:
    ``Canadian Press - HALIFAX (CP) -``, ``SEPTEMBER 27, 2004 (COMPUTERWORLD)
    - CHICAGO --``.  The place, and the date and credits written with it,
    come first; the others are kept after them.

    >>> text = "Canadian Press - KINSHASA, Congo (AP) - Attackers overran a village at dawn."
    >>> d = _with_place_after(text, _accept(text, _match("credit_only", text, 0, len(text))), len(text), len(text)).dateline
    >>> d.text, d.location.city, [a.code for a in d.agencies]
    ('Canadian Press - KINSHASA, Congo (AP) -', 'KINSHASA', ['AP', 'CP'])
    """
    at = line_end - len(text[found.end : line_end].lstrip(" \t"))
    if at >= line_end or not text[at].isupper():  # a place starts with a capital
        return found
    for shape, may_start in (("credited", _credited_may_start), ("place_only", _place_only_may_start)):
        if not may_start(text, at, line_end):
            continue  # prose after the credit: "AP - The Senate voted ..."
        m = _match(shape, text, at, stop)
        if m is not None and (inner := _accept(text, m, at)) is not None and inner.start == at:
            break
    else:
        return found
    agencies = inner.agencies + tuple(a for a in found.agencies if a not in inner.agencies)
    dated = inner if inner.month is not None else found
    merged = text[found.start : inner.end].strip()
    return Found(merged, inner.location, dated.date, agencies, found.start, inner.end, found.notes + inner.notes,
                 dated.month, dated.day, dated.year_from)


def _accept(text: str, m: ShapeMatch, line_from: int = 0) -> Found | None:
    """The dateline ``m`` matched, or None when it is none.

    A place counts as at a line start when only blanks stand before it
    on its line, or after ``line_from`` (the end of a dateline before it).
    Each step below refuses the match (returns None) or reads a part: the
    credit (:func:`_read_credit`), the place (:func:`_place_in`), its
    country (:func:`_locate`), the date (:func:`_read_date`).
    """
    (g_credit, g_scredit, g_bcredit, g_sep, g_date, place, g_pregion, g_region, stamp,
     mon1, day1, year1, mon2, day2, year2, _, *_called) = _groups(m)  # _GROUP_NAMES, then _dateline_compile._calls
    credit = g_credit or g_scredit or g_bcredit
    sep = (g_sep or "").strip()
    has_date = bool(g_date)
    if place is not None and place.endswith("-"):
        place = place.rstrip("-")  # "SAN FRANCISCO--(BUSINESS WIRE)--": a place word takes inner hyphens
    # A Japanese paper's bracket ("【ソウル＝小池和樹】", "【ソウル共同】") is a
    # dateline as it stands: the rules below for a place alone or a bare
    # credit without a date are not its.
    bracket = sep == "】"  # the Japanese shape's separator, and no other shape's
    # A place alone: as agencies or as papers write it, or none.
    alone = None
    if credit is None and not has_date and not bracket:
        alone = _alone_form(text, m, place, sep)
        if alone is None:
            return None
    notes: list[tuple[str, str]] = []
    agencies: tuple[Agency, ...] = ()
    lenient = False  # an unknown credit, taken only after a known place at a line start
    if credit is not None:
        bare_without_date = bool(g_bcredit and place and not has_date and not bracket)
        read = _read_credit(credit, has_date, sep, place, bool(g_credit), bare_without_date, notes)
        if read is None:
            return None
        agencies, lenient = read
    placed = _place_in(text, m, place, credit is not None, stamp is not None, line_from)
    if placed is None:
        return None
    start, city, guessed = placed
    region = g_pregion or g_region
    if region is not None:
        region = region.rstrip("-")
        if credit is not None and city and _list_before_place(city, region):
            return None  # "thanks Norway, Denmark Oslo, Jun 4 (AFP)": the place is further on
    if lenient and (not city or not _at_line_start(text, start, line_from)):
        return None  # not a place at a line start: "Shares of Acme Inc (ACME) - ..."
    location: Location | None = None
    if city:
        location = _locate(city, region, place if guessed else None, lenient or alone is not None, alone == "paper",
                           lambda: _at_line_start(text, start, line_from), notes)
        if location is None:
            return None
    dated = _read_date(has_date, mon1 or mon2, day1 or day2, year1 or year2, stamp, notes)
    if dated is None:
        return None
    date, month, day, year_from = dated
    m_end = m.end()
    return _new_found(Found, (text[start:m_end].strip(), location, date, agencies, start, m_end, tuple(notes), month, day, year_from))


def _read_credit(
    credit: str,
    has_date: bool,
    sep: str,
    place: str | None,
    in_brackets: bool,
    bare_without_date: bool,
    notes: list[tuple[str, str]],
) -> tuple[tuple[Agency, ...], bool] | None:
    """The agencies a credit names, and whether it is an unknown one taken leniently; None where the match is refused.

    An unknown credit needs a date and a separator, a known one a date or a
    separator ("Google Inc (GOOG) rises": a bracket, not a credit).  An
    unknown credit in brackets without a date is taken only after a place
    ("Washington (CNN) —"), leniently: the caller asks that the place be a
    known one at a line start.  ``in_brackets`` is whether the credit is in
    full credit position (the shape's ``credit`` group), ``bare_without_date``
    whether it is a bare credit after a place, without a date (refused).
    Broadcasters are dropped from the agencies, each in a note
    (:func:`_without_broadcasters`), as is an unknown credit's name
    (``unknown-agency``).
    """
    if not has_date and not sep:
        # Refused by the rules below whatever the credit names: so the
        # credit is not split.
        return None
    agencies, unknown = registry.split_credit(credit.strip())
    if not agencies or bare_without_date:
        return None
    lenient = False
    known = any(a.name is not None for a in agencies)
    if not known and (not (has_date and sep) or len(credit) > 60):
        if not (sep and place and in_brackets and len(credit) <= 30 and not _is_place(credit.split())):
            return None  # an unknown credit counts only in full credit position
        lenient = True
    agencies, unknown = _sources_of(credit.strip(), agencies, unknown, notes)
    if unknown:
        notes.append(("unknown-agency", f"credit {', '.join(unknown)!r} is not a known agency"))
    return agencies, lenient


def _place_in(
    text: str, m: ShapeMatch, place: str | None, credited: bool, stamped: bool, line_from: int
) -> tuple[int, str | None, bool] | None:
    """Where the dateline starts, its city, and whether where the city begins is a guess; None where the match is refused.

    The dateline starts at its place, after any glued prefix (a headline, a
    byline: :func:`~wiretext._dateline_place._split_place`), or at the
    match's start without its indent.  Without a credit, a place after a
    prefix, or of more than five words, is a headline's words ("SUBSIDY TO
    END JULY 1 - MINISTER"), and a page's time stamp ("Updated Dec. 2, 2024
    - 02:24") is no place.  ``stamped`` is whether a time stamp follows the
    credit (the one-line shape).
    """
    m_start, m_end = m.span()
    start = m_start
    if text[m_start] in " \t":  # the line-start shapes take the indent (a match is never empty)
        start = m_end - len(text[m_start:m_end].lstrip(" \t"))
    if place is None:
        return start, None, False
    guessed = False  # where the place begins is a guess (nothing marks it)
    words = place.split()
    if len(words) == 1:  # what _split_place gives one word, without finding the line start
        offset = 0
    else:
        place_at = m.start("place")  # (by name: an ASCII form numbers its groups otherwise)
        ls = max(line_from, line_start(text, place_at))
        at_line_start = not text[ls:place_at].strip()  # _at_line_start(text, place_at, line_from), ``ls`` found once
        one_line = stamped and not _text_before(text, ls)
        offset, guessed = _split_place(place, at_line_start, text[max(ls, place_at - 80) : place_at].strip(), one_line)
    if not credited and (offset or len(words) > 5):
        return None  # "SUBSIDY TO END JULY 1 - MINISTER": a headline, not a place
    if not credited and (
        registry.is_stamp_word(words[0]) or (len(words) > 1 and registry.is_weekday(words[-1]) and not _is_place(words))
    ):
        # A page's time stamp: "Updated Dec. 2, 2024 - 02:24", "Actualizado
        # Lunes, 2 diciembre 2024 - 02:24" (but "SANTO DOMINGO" is a place)
        return None
    city = _city(place[offset:], words[-1])  # ``offset`` is a word's start: the last word stays
    if offset and start == place_at:  # an offset of 0 leaves ``start`` as it is
        start = place_at + offset
    return start, city, guessed


def _locate(
    city: str,
    region: str | None,
    guessed_in: str | None,
    must_know: bool,
    must_be_city: bool,
    at_line_start: Callable[[], bool],
    notes: list[tuple[str, str]],
) -> Location | None:
    """The dateline's location, its doubts noted; None where the match is refused.

    A place alone, or before an unknown credit, must be a known one
    (``must_know``); a paper's "Paris. " or "Paris: " a city, not a country
    ("USA: ..." is a headline, ``must_be_city``).  ``guessed_in`` is the
    place's words where where the city begins in them is a guess (a
    ``place-border`` note), ``at_line_start`` whether the dateline starts a
    line (asked only for a place in no table of cities).
    """
    location, problem, cities = _located(city, region)
    code = location.country_code
    if must_know and code is None and not cities:
        return None  # a place alone, or before an unknown credit, must be a known one
    if must_be_city and not cities:
        return None  # "Paris. " and "Paris: " must be cities, not countries ("USA: ...")
    if problem:
        notes.append(("place-unresolved", problem))
    elif guessed_in is not None:
        notes.append(("place-border", f"nothing marks where the headline ends in {guessed_in!r}: the place {city!r} is a guess"))
    elif not cities and (code is None or not at_line_start()) and not _known_places(city):
        # A place in no table: kept as the dateline writes it ("Camp
        # David"), said so where nothing else gives its country or where a
        # headline stands before it on its line (its extent read from the shape).
        notes.append(("unknown-place", f"the place {city!r} is in no table of places"))
    return location


def _read_date(
    has_date: bool, mon: str | None, day: str | None, year: str | None, stamp: str | None, notes: list[tuple[str, str]]
) -> tuple[dt.date | None, int | None, int | None, str | None] | None:
    """The date, month, day and where the year was read (``Found.year_from``); None where the match is refused.

    A dateline's date must name a month and a day.  The year is the
    dateline's, or a time stamp's after the credit, which also gives the
    date where the dateline has none ("AUSTIN, Texas--(BUSINESS
    WIRE)--Nov. 27, 2026--"); an impossible date is noted
    (:func:`~wiretext._dateline_date._make_date`).
    """
    month: int | None = None
    day_of: int | None = None
    year_of: int | None = None
    if has_date:
        month, day_of, year_of = _date_parts(mon, day, year)
        if not (month and day_of):
            return None
    date: dt.date | None = None
    stamp_year = _stamp_year(stamp) if stamp else None
    if stamp and not has_date:
        # The date only after the credit: "AUSTIN, Texas--(BUSINESS WIRE)--Nov. 27, 2026--"
        parts = stamp.split()
        month, day_of, _ = _date_parts(parts[0], parts[1].rstrip(","), None)
    year_from = "dateline" if year_of else "text" if stamp_year else None
    use_year = year_of or stamp_year
    if month and day_of and use_year is not None:
        date = _make_date(use_year, month, day_of, notes)
    return date, month, day_of, year_from


def _sources_of(
    credit: str, agencies: tuple[Agency, ...], unknown: tuple[str, ...], notes: list[tuple[str, str]]
) -> tuple[tuple[Agency, ...], tuple[str, ...]]:
    """:func:`_without_broadcasters`, kept for each credit (``agencies`` and ``unknown`` are ``registry.split_credit(credit)``'s).

    MUC copy credits the same few broadcasters on every dateline ("RADIO
    VENCEREMOS"): each is folded and looked up once.  The answer and its
    notes depend on the credit alone, and are frozen.
    """
    if not unknown:
        return agencies, unknown
    kept, left, said = _broadcasters_out(credit)
    notes.extend(said)
    return kept, left


@functools.lru_cache(maxsize=4096)  # (hostile text may hold thousands of credits)
def _broadcasters_out(credit: str) -> tuple[tuple[Agency, ...], tuple[str, ...], tuple[tuple[str, str], ...]]:
    """:func:`_without_broadcasters` of ``credit``'s split (``registry.split_credit``'s, itself kept), and its notes."""
    agencies, unknown = registry.split_credit(credit)
    notes: list[tuple[str, str]] = []
    kept, left = _without_broadcasters(credit, agencies, unknown, notes)
    return kept, left, tuple(notes)


def _without_broadcasters(
    credit: str, agencies: tuple[Agency, ...], unknown: tuple[str, ...], notes: list[tuple[str, str]]
) -> tuple[tuple[Agency, ...], tuple[str, ...]]:
    """A credit's agencies and unknown parts without the broadcasters it names, each kept in a note.

    MUC copy credits the broadcaster it transcribed: ``SAN SALVADOR, 12 JAN
    90 (RADIO VENCEREMOS) --``.  That is the copy's source, not a news
    agency.  A credit no agency answers to that is a broadcaster's name as a
    whole ("RADIO PEACE AND PROGRESS") is one broadcaster, not two parts.

    >>> notes = []
    >>> _without_broadcasters("RADIO SUR", (Agency("RADIO SUR"),), ("RADIO SUR",), notes), notes[0][0]
    (((), ()), 'broadcaster')
    """
    if not unknown:
        return agencies, unknown
    owned = any(a.name is not None for a in agencies)  # "(XINHUA DOMESTIC SERVICE)": the agency's own service
    if len(unknown) > 1 and not owned and registry.is_broadcaster(credit):
        notes.append(("broadcaster", f"the copy's source is the broadcaster {credit!r}, not a news agency"))
        return (), ()
    gone = {u for u in unknown if registry.is_broadcaster(u, services=not owned)}
    for name in sorted(gone):
        notes.append(("broadcaster", f"the copy's source is the broadcaster {name!r}, not a news agency"))
    return tuple(a for a in agencies if a.name is not None or a.code not in gone), tuple(
        u for u in unknown if u not in gone
    )


def _alone_form(text: str, m: ShapeMatch, place: str | None, sep: str) -> str | None:
    """How a dateline of a place alone is written: ``"agency"``, ``"paper"``, or None where it is none.

    Either way prose follows (a sentence's start, five words), and a text
    of one line is a headline ("TOKYO - Bank of Japan buys dollars,
    dealers said" is a Reuters flash).  In capitals before a dash, as
    agencies write it (``NEW YORK - ``), it may open the text; written
    otherwise, as papers do (``London - ``, ``BHOPAL: ``, ``Berlin. ``), it
    stands below a line: "USA: Stocks end higher ..." is a headline.
    Whether the place is known is asked by the caller.
    """
    if not place or _PLACE_ONLY_PROSE.match(text, m.end()) is None:
        return None
    above = _text_before(text, m.start())
    if place.isupper() and sep[:1] in "-—–_" and sep:
        return "agency" if above or _LATER_LINE.match(text, m.end()) is not None else None
    return "paper" if above else None


def parse_dateline(text: str) -> Dateline | None:
    """Parse the first dateline in ``text``, or return None.

    The year is taken from the dateline or a time stamp after the credit;
    without one, ``date`` is None (``wiretext.parse`` infers it).

    >>> d = parse_dateline("KALAMAZOO, Mich., Jan 5, 2024 (AP) -- Snow fell.")
    >>> d.location.city, d.location.region, d.date, d.agencies[0].code
    ('KALAMAZOO', 'Mich.', datetime.date(2024, 1, 5), 'AP')
    >>> parse_dateline("no dateline here") is None
    True

    :raises TypeError: when ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_dateline() takes a str, not {type(text).__name__}")
    found = find(text)
    return found.dateline if found else None
