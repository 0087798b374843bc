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

Three modules share the work: :mod:`wiretext._dateline_shapes` holds the
shapes' pattern sources and the fragments and word tables they are built
from; :mod:`wiretext._dateline_compile` compiles them on first use and
matches them; this module finds where a dateline may stand, reads a match
into a :class:`~wiretext.Dateline` and settles its year.

Each shape is compiled when a text first needs it, first in a generic
form: its month, weekday and bare credit words (tables of hundreds of
words, written as trees that made the patterns 9 to 25 thousand characters
and half a second to compile) are word shapes there, and :func:`_match`
looks up what they took; only where a look-up fails is the exact form
compiled, which is then asked first.  See :func:`_match` for why the two
give the same matches.

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
import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple

import regex

from . import registry
from ._dateline_compile import (  # the shapes compiled, and matched
    _EXACT_SHAPE,
    _GUARDED,
    _PLACE,
    _generic_match,
    _match,
    _no_other_word_before_a_day,
)
from ._dateline_shapes import (  # the shapes' sources and the tables they read
    _ARABIC_LETTER,
    _anchor_triggers,
    _anchors,
    _bare_start_re,
    _month_prefixes,
    _month_tokens,
    _spelling_at,
    _spellings_at,
    _spellings_by_start,
)
from ._lazy import lazy_re, lazy_regex, once
from ._spans import line_start
from .data.place_words import LINK_WORDS
from .model import Agency, Dateline, Location

__all__ = ["parse_dateline"]

#: How far into the story a dateline is looked for (characters).
HEAD_LIMIT = 1500
#: How many lines a dateline that needs a line start may stand below the story's start.
_HEAD_LINES = 12
#: A place, region and date stand at most this far before the credit, and a
#: time stamp and separator at most this far after it; a line-start
#: dateline's date or credit begins at most this far into its line.
_REACH = 160
#: At most this many credit anchors are tried in the head (hostile text may hold thousands).
_MAX_ANCHORS = 40
#: A dateline of a place alone ("NEW YORK - ") stands on one of the first
#: this many lines: a headline and a byline may stand above it.
_PLACE_ONLY_LINES = 3
#: Prose after a dateline of a place alone: a sentence's start (not a word
#: in lower case: "London - where it all began - is ..."), five words, one
#: in lower case.
_PLACE_ONLY_PROSE = lazy_regex(r"[ \t]*+(?!\p{Ll})(?=[^\n]*?\p{Ll})(?:\S++[ \t]++){4}\S")
# Text on a line after this one.
_LATER_LINE = lazy_re(r"[^\n]*+\n\s*+\S")
_NON_BLANK = lazy_re(r"\S")


def _text_before(text: str, pos: int) -> bool:
    """Whether anything but white space stands in ``text`` before ``pos``."""
    return _NON_BLANK.search(text, 0, pos) is not None


def _at_line_start(text: str, pos: int, line_from: int = 0) -> bool:
    """Whether only blanks stand before ``pos`` on its line, or after ``line_from`` (the end of a dateline before it)."""
    return not text[max(line_from, line_start(text, pos)) : pos].strip()


# -- matching ------------------------------------------------------------------


class Found(NamedTuple):
    """A dateline found in a text, with the spans its caller needs."""

    dateline: Dateline
    start: int  # where the dateline (place, or credit) begins; before it: head
    end: int  # where the body begins
    notes: tuple[tuple[str, str], ...]  # (kind, message)
    month: int | None  # as written, also when the year is missing
    day: int | None
    year_from: str | None  # "dateline", "text" (a time stamp after the credit) or None


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


def _date_parts(mon: str | None, day: str | None, year: str | None) -> tuple[int | None, int | None, int | None]:
    if not mon or not day:
        return None, None, None
    y: int | None = None
    if year:
        digits = year.lstrip("'")
        y = int(digits)
        if len(digits) == 2:
            y += 1900 if y >= 50 else 2000
    month = int(mon) if mon.isdigit() else _month_number(mon)  # "4月24日": the month in figures
    return (month if month is None or 1 <= month <= 12 else None), int(day), y


def _month_number(token: str) -> int | None:
    table = _written_months()
    return table[token] if token in table else _read_month(token)


def _read_month(token: str) -> int | None:
    number = registry.month_number(token)
    if number is None:  # cut short: "Marc", "Apri"
        folded = token.rstrip(".").casefold()
        number = _month_prefixes().get(folded)
    return number


@once
def _written_months() -> dict[str, int | None]:
    """:func:`_read_month` of each month word as copy mostly writes it ("Feb", "FEB.", "february").

    Computed by :func:`_read_month` itself, so a look-up here gives what it would.
    """
    return {
        written: _read_month(written)
        for token in _month_tokens()
        for cased in (token, token.upper(), token.title())
        for written in (cased, cased + ".")
    }


_YEAR = lazy_re(r"(?:1[89]|20)[0-9]{2}")  # ASCII: ``re`` matches it as ``regex`` does


def _stamp_year(stamp: str) -> int | None:
    m = _YEAR.search(stamp)
    return int(m.group(0)) if m else None


def _has_digit(s: str) -> bool:
    """Whether ``s`` holds an ASCII digit (``[0-9]``, as the patterns write a digit).

    Ten substring tests, each at memory speed, cost less than ``re``'s
    search for ``[0-9]``, which tests every character against the class in
    turn.
    """
    return (
        "0" in s or "1" in s or "2" in s or "3" in s or "4" in s
        or "5" in s or "6" in s or "7" in s or "8" in s or "9" in s
    )


_DASH = lazy_re(r"[-—–_]")  # what the uncredited shape ends with

# A digit (every date holds one) or a character every separator holds
# (:data:`_SEP`): :func:`_accept` takes a credited dateline only with one of
# them.
_DIGIT_OR_SEP = lazy_re(r"[0-9.:_\-—–]")


def _colon_sep(head: str) -> bool:
    """Whether ``head`` may hold a place alone before a colon ("BHOPAL: "): a colon and a blank, early."""
    colon = head.find(":", 0, 60)
    return colon > 0 and head[colon + 1 : colon + 2] in (" ", "\t")


def _first_word_ends_a_sentence(head: str) -> bool:
    """Whether the first word of ``head`` ends in a period ("Berlin. Die ..."), as the Ortsmarke shape needs."""
    word = head.lstrip(" \t")
    space, tab = word.find(" "), word.find("\t")
    blank = space if tab < 0 or 0 <= space < tab else tab  # the first blank, a space or a tab
    return blank > 1 and word[blank - 1] == "."


def _place_only_sep(head: str) -> bool:
    """Whether ``head`` holds what the place-only shape's separator holds: a long dash, or a dash or underscore after a blank.

    Substring tests, far cheaper than a search for the same (and those for
    one character cheaper than those for two, which they gate).
    """
    if "—" in head or "–" in head:
        return True
    return ("-" in head or "_" in head) and (" -" in head or " _" in head or "\t-" in head or "\t_" in head)


def _credit_at_start(text: str, line: int, stop: int) -> bool:
    """Whether the credit-only shape's start stands at ``line``: blanks, maybe a bracket, a spelling ("(AP)", "AP -").

    The spelling's end is not checked.  No spelling starts with a bracket,
    so a bracket there is the shape's own.
    """
    at = line
    if text[at : at + 1] in (" ", "\t", "("):  # the line's first character is mostly a letter
        while at < stop and text[at] in " \t":
            at += 1
        if text.startswith("(", at, stop):
            at += 1
    return text.startswith(_spellings_by_start().get(text[at : at + 2], ()), at, stop)


def _shapes_for(text: str, line: int, line_end: int, stop: int, first_lines: bool = True) -> Iterator[str]:
    """The names of the line-start shapes that can match the line ``text[line:line_end]``.

    Cheap string tests first: every dated shape needs a digit, the credited
    one a bracket, a slash or a date, the agency-first and credit-only ones
    a bracket or a capital at the start.  These look at the line's first
    :data:`_REACH` characters only: that is a rule, not a proof (the
    patterns allow any indent before the place), and a line-start dateline
    whose date or credit begins further in is not taken.  Then tests that prove a shape cannot match: the
    uncredited shape holds no newline and ends with a dash or an underscore,
    so it needs one on the line; the credit-only shape starts with a credit
    spelling, maybe bracketed.  The credited shape is left out where
    :func:`_accept` would refuse it whatever it matched (no digit and no
    separator's character on the line), and where it cannot start (a space
    or tab).  Leaving out a shape that would match and be refused changes
    nothing: the caller goes on to the next one.

    The shapes are yielded in order, each test made only when the caller
    asks for the next shape: once one matches, the later ones' tests are
    not needed.  A place alone is tried on the first lines only
    (``first_lines``), with a letter first: before a dash where the line
    holds one, before a colon or a period (the Ortsmarke) only below a line
    of text.  The Chinese shape needs its agency's first character first,
    the Japanese one a "【".
    """
    head = text[line : min(line_end, line + _REACH)]
    dated = _has_digit(head)
    first = head.lstrip()[:1]
    # The credited shape starts with a place word's letter: not with a
    # space or tab, nor on an empty line.  Without a bracket or slash, every
    # anchor in ``head`` starts at a trigger (:func:`_anchors`): no trigger,
    # no anchor.  A credited dateline (which holds no line break before its
    # separator) is taken only with a date or a separator: with a digit or a
    # separator's character on its line.
    if head[:1] not in " \t" and (
        "(" in head
        or "/" in head
        or (dated and _anchor_triggers().search(head) is not None and next(_anchors(head, 0, len(head)), None) is not None)
    ) and (dated or _DIGIT_OR_SEP.search(text, line, line_end) is not None):
        yield "credited"
    if first == "(":
        yield "agency_first"
    if dated:
        if _DASH.search(text, line, line_end) is not None:
            yield "uncredited"
        yield "dateonly"
    if (first == "(" or first.isupper()) and _credit_at_start(text, line, stop):
        yield "credit_only"
    if first_lines and first.isalpha():  # a capital, an article's ("el-Fasher"), an Arabic letter
        dashed = _place_only_sep(head)
        if dashed:
            yield "place_only"
        if line and _text_before(text, line):  # its other forms stand below a line
            if not dashed and _colon_sep(head):
                yield "place_only"
            if _first_word_ends_a_sentence(head):
                yield "ortsmarke"
    if first in "新中":  # (its date may be in full-width figures, which _has_digit does not see)
        yield "chinese"
    if first == "【":
        yield "japanese"


_TOKEN_BACK = lazy_regex(r"(?r)\S++")  # the runs of non-space characters, last first
_LINK_WORDS = frozenset(LINK_WORDS)
# Characters no dateline holds between its place and its credit.
_NOT_IN_DATELINE = frozenset(';!?"“”«»<>')


_SEPARATOR_START = frozenset("-—–_:.")


def _plausible(text: str, at: int, stop: int) -> bool:
    """Whether a bracket or slash at ``at`` can be a dateline's credit.

    A credit stands after a date ("Oct 16 (PTI)"), or before a separator or
    a time stamp ("(AFP) -", "(AFP) Nov 14, 2025"), or with nothing but a
    place before it and a capital after ("Mumbai (ANI): ...").  A bracket at
    the end of a title ("... Study Proteins (AP)") or in a sentence is none
    of these, and is skipped without running the full pattern.

    >>> _plausible("Firm Wins Grant (AP)\\nAP - Text", 16, 30)
    False
    >>> _plausible("Patna, Oct 16 (PTI) Prime", 14, 25)
    True
    """
    if text[at] not in "(/":
        return True  # a bare credit after a date: the anchor pattern checked that
    close = text.find(")" if text[at] == "(" else "/", at + 1, min(stop, at + 120))
    if close < 0:
        return False
    inner = text.find("(", at + 1, close)
    if inner >= 0:  # "(MENAFN- Kuwait News Agency (KUNA))"
        close = text.find(")", close + 1, min(stop, at + 120))
        if close < 0:
            return False
    after = text[close + 1 : close + 8].lstrip(" \t")
    if after[:1] in _SEPARATOR_START or after[:1].isdigit():
        return True
    if _month_number(after.split(" ")[0].rstrip(".,")) if after else False:
        return True
    before = text[max(0, at - 16) : at]
    return any(map(str.isdigit, before))


def _earliest_start(text: str, lo: int, anchor: int) -> int:
    """The first offset in ``text[lo:anchor]`` where a dateline ending at ``anchor`` could start.

    Walking back from the credit, a dateline holds only capitalised words,
    small linking words, month and weekday names, numbers and punctuation;
    the first other word ("protest" in "rare protest Almaty, Kazakhstan,
    Nov 14 (AFP)") marks where it cannot reach past.  Searching from there
    instead of from ``lo`` keeps the search short.

    >>> text = "Kazakhstan jails 12 over rare protest Almaty, Nov 14 (AFP)"
    >>> text[_earliest_start(text, 0, text.index("(AFP)")):].lstrip()
    'Almaty, Nov 14 (AFP)'
    """
    for tok in _TOKEN_BACK.finditer(text, lo, anchor):
        word = tok.group(0)
        if not _NOT_IN_DATELINE.isdisjoint(word):
            return int(tok.end())
        core = word.strip(",.()[]/:-–—'’")
        if not core or not core[0].islower():
            continue
        folded = core.casefold()
        if folded in _LINK_WORDS or _month_number(core) is not None or registry.is_weekday(core):
            continue
        if "-" in core or "'" in core or "’" in core:  # "el-Sheikh", "d'Ivoire"
            continue
        return int(tok.end())
    return lo


@once
def _blank_before_bare() -> re.Pattern[str]:
    # A space or tab with a credit spelling's first two characters after it:
    # the credited shape's bare credit stands after ``[ \t]{1,3}``.  The
    # spellings are literal characters, matched by ``re`` as by ``regex``.
    return re.compile("[ \t](?=" + _bare_start_re() + ")")


def _bare_after_blank(text: str, lo: int, hi: int) -> int:
    """Just after the last space or tab in ``text[lo:hi]`` that a credit spelling follows (ending by ``hi``), or -1.

    The spelling's end is not checked, so this finds every bare credit the
    credited shape can take there, and more.
    """
    last = -1
    for blank in _blank_before_bare().finditer(text, lo, hi):
        if _spelling_at(text, blank.end(), hi):
            last = blank.end()
    return last


# Where the credited shape can start: the place's first word begins with a
# capital, or with an article before one ("el-Sheikh", "d'Ivoire"), or with
# an Arabic letter, at no letter or digit.  A superset of the starts the pattern allows: its weekday
# and month guards only narrow them.  One character is consumed, so no start
# is hidden inside another.
_PLACE_START = lazy_regex(rf"(?<![\p{{L}}\p{{N}}])(?:\p{{Lu}}|\p{{Ll}}(?=\p{{Ll}}{{0,2}}['’\-]\p{{Lu}})|{_ARABIC_LETTER})")


def _search_credited(text: str, pos: int, endpos: int, before: int) -> regex.Match[str] | None:
    """``credited.search(text, pos, endpos)`` when it starts before ``before``, else None.

    Searching with the pattern tries it at every position, and each try
    costs microseconds.  Instead it is tried only where it can start: at a
    place start (:data:`_PLACE_START`) with a credit after it on the same
    line.  The shape holds no newline before its credit (every gap in it is
    spaces or tabs, its bracketed region excludes newlines), and the credit
    begins with ``(`` or ``/`` or is a bare credit after a space or tab
    (:func:`_bare_after_blank`); it begins before ``endpos``.  So a line of
    the range without such a credit holds no start, and on the other lines
    only a place start before the line's last credit can be one.  Starts are
    tried in order, so the first match is the one ``search`` finds.
    """
    credited = _EXACT_SHAPE["credited"]
    line = pos
    while line < min(before, endpos):
        nl = text.find("\n", line, endpos)
        line_end = endpos if nl < 0 else nl
        # The line's last credit: a bracket, a slash or a bare credit.  A
        # bare credit after the last bracket or slash is looked for within
        # the line: no spelling holds a line break.
        last = max(text.rfind("(", line, line_end), text.rfind("/", line, line_end))
        last = max(last, _bare_after_blank(text, max(line, last), line_end))
        if last <= line:
            line = line_end + 1
            continue
        for start in _PLACE_START.finditer(text, line, endpos):
            at = start.start()
            if at >= last or at >= before:
                break
            exact = credited.ready  # _match, without its call (a start is tried often)
            m = exact[0].match(text, at, endpos) if exact else _generic_match("credited", text, at, endpos)
            if m is not None:
                return m
        line = line_end + 1
    return None


def _none_taken_above(text: str, start: int, limit: int) -> bool:
    """Whether :func:`_accept` refuses every credited dateline starting in ``text[start:limit]``: a cheap, sufficient test.

    When ``limit``'s own line holds only spaces and tabs before it, such a
    dateline starts on a line above (see :func:`_no_credited_before`) and
    stands on that line up to its end: no line break stands in the credited
    shape before its separator's end.  :func:`_accept` takes a credited
    dateline only with a date, which holds a digit, or with a separator,
    which holds one of ``.:_-—–``: with none of them in ``[start, ls)`` (the
    lines above), it takes none.
    """
    ls = max(start, line_start(text, limit))
    return not text[ls:limit].strip(" \t") and _DIGIT_OR_SEP.search(text, start, ls) is None


def _no_credited_before(text: str, start: int, limit: int) -> bool:
    """Whether no credited dateline can be found starting in ``text[start:limit]``: a cheap, sufficient test.

    After a line-start dateline at ``limit``, :func:`find` looks for a
    credited one that starts before it, and every such one is found by
    :func:`_search_credited`, which tries only letters (place starts) in
    ``[start, limit)`` on a line holding a credit after them: a ``(``, a
    ``/`` or a bare credit (a whole spelling, :func:`_bare_credit_alt`)
    after a space or tab.  When ``limit``'s own
    line holds only spaces and tabs before it (a place, date or credit at a
    line start; not a place after a glued byline), no letter stands on that
    line before ``limit``, so a start lies on a line above, and its credit
    on that same line (no line break stands in the shape before its credit).
    Those lines end before ``ls`` (the start of limit's line, a line break
    before it), and a spelling after a space on them ends before that line
    break, so searching ``[start, ls)`` sees each one whole.  When none of
    the three is there, no start is tried and :func:`find` keeps its
    line-start dateline.
    """
    ls = max(start, line_start(text, limit))
    if text[ls:limit].strip(" \t"):
        return False  # something before the dateline on its own line: the full search decides
    return (
        ls == start
        or (
            text.find("(", start, ls) < 0
            and text.find("/", start, ls) < 0
            and not _bare_credit_after_blank(text, start, ls)
        )
    )


def _bare_credit_after_blank(text: str, lo: int, hi: int) -> bool:
    r"""Whether a space or tab in ``text[lo:hi]`` stands before what may be a whole bare credit, as the credited shape's ``[ \t]{1,3}(?P<bcredit>...)`` needs.

    Unlike :func:`_bare_after_blank`, the spelling's end is checked, more
    loosely than :func:`_bare_credit_alt` does: "PAYOUT" holds the spelling
    "PA" but is no bare credit.  An ASCII letter or digit is a letter or
    number in every Unicode version, so where this test fails, the
    shape's ``(?![\p{L}\p{N}])`` fails too (on each spelling the prefix
    tree can stop at): this finds every bare credit, and more.
    """
    for blank in _blank_before_bare().finditer(text, lo, hi):
        at = blank.end()
        if not _spelling_at(text, at, hi):  # the common case, in one look
            continue
        for spelling in _spellings_at(text, at, hi):
            end = at + len(spelling)
            if end == hi or not (text[end].isascii() and text[end].isalnum()):
                return True
    return False


def find(text: str, start: int = 0, end: int | None = None) -> Found | None:
    """Find the first dateline in ``text[start:end]`` (the head of a story).

    Offsets are in ``text``.  The shapes that only stand at a line start are
    tried there, on the first lines; the credited shape is searched for
    anywhere before that, since a headline may be glued to it.
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
    stop = min(end, start + HEAD_LIMIT)
    best: Found | None = None
    # A place alone yields to a dated or credited dateline on the next of the
    # first lines: "UKRAINE - Talks stall as winter nears" over "KYIV, Jan 3
    # (Reuters) -" is a headline.
    alone: Found | None = None
    line = start
    index = 0
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
            if days_ok is None and shape in _GUARDED and not _EXACT_SHAPE[shape].ready:
                days_ok = _no_other_word_before_a_day(text, line, stop)
            exact = _EXACT_SHAPE[shape].ready  # _match, without its call
            m = exact[0].match(text, line, stop) if exact else _generic_match(shape, text, line, stop, days_ok)
            if m is not None and (found := _accept(text, m)) is not None:
                if shape in ("place_only", "ortsmarke"):
                    alone = found
                else:
                    best = found if found.dateline.location is not None else _with_place_after(text, found, line_end, stop)
                break
        if best is not None:
            break
        line = line_end + 1
        index += 1
    best = best or alone
    if best is not None and (
        _none_taken_above(text, start, best.start) or _no_credited_before(text, start, best.start)
    ):
        return best  # the search below could find or take nothing before it
    limit = best.start if best is not None else stop
    # Every credited dateline holds a bracket, a slash or a bare credit after
    # a date (the anchor), and starts at most _REACH characters before it.
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
    return best


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
    for shape in ("credited", "place_only"):
        m = _match(shape, text, at, stop)
        if m is not None and (inner := _accept(text, m, at)) is not None and inner.start == at:
            break
    else:
        return found
    outer, line = found.dateline, inner.dateline
    agencies = line.agencies + tuple(a for a in outer.agencies if a not in line.agencies)
    dated = inner if inner.month is not None else found
    span = (found.start, inner.end)
    merged = Dateline(text[span[0] : span[1]].strip(), line.location, dated.dateline.date, agencies, span)
    return Found(merged, found.start, inner.end, found.notes + inner.notes, dated.month, dated.day, dated.year_from)


def _accept(text: str, m: regex.Match[str], line_from: int = 0) -> Found | None:
    """The dateline ``m`` matched, or None when it is none.

    A place counts as at a line start when only blanks stand before it
    on its line, or after ``line_from`` (the end of a dateline before it).
    """
    (g_credit, g_scredit, g_bcredit, g_sep, g_date, place, g_pregion, g_region, stamp,
     mon1, day1, year1, mon2, day2, year2, _) = m.groups()  # _GROUP_NAMES, and no other group
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
    # An unknown credit in brackets without a date, taken only after a
    # known place at a line start: "Washington (CNN) —" (see below).
    lenient = False
    if credit is not None:
        if not has_date and not sep:
            # Refused by the rules below whatever the credit names: an
            # unknown credit needs a date and a separator, a known one a
            # date or a separator.  So the credit is not split.
            return None
        agencies, unknown = registry.split_credit(credit.strip())
        if not agencies or (g_bcredit and place and not has_date and not bracket):
            return None
        known = any(a.name is not None for a in agencies)
        if not known and (not (has_date and sep) or len(credit) > 60):
            if not (sep and place and g_credit and len(credit) <= 30 and not _is_place(credit.split())):
                return None  # an unknown credit counts only in full credit position
            lenient = True
        if known and not has_date and not sep:
            return None  # "Google Inc (GOOG) rises": a bracket, not a credit
        agencies, unknown = _without_broadcasters(credit.strip(), agencies, unknown, notes)
        if unknown:
            notes.append(("unknown-agency", f"credit {', '.join(unknown)!r} is not a known agency"))
    # Where the dateline starts: the place, after any glued prefix.
    m_start, m_end = m.span()
    start = m_start
    if text[m_start] in " \t":  # the line-start shapes take the indent (a match is never empty)
        start = m_end - len(text[m_start:m_end].lstrip(" \t"))
    city: str | None = None
    guessed = False  # where the place begins is a guess (nothing marks it)
    if place is not None:
        words = place.split()
        if len(words) == 1:  # what _split_place gives one word, without finding the line start
            offset = 0
        else:
            place_at = m.start(_PLACE)
            at_line_start = _at_line_start(text, place_at, line_from)
            ls = max(line_from, line_start(text, place_at))
            one_line = stamp is not None and not _text_before(text, ls)
            offset, guessed = _split_place(place, at_line_start, text[max(ls, place_at - 80) : place_at].strip(), one_line)
        if credit is None and (offset or len(words) > 5):
            return None  # "SUBSIDY TO END JULY 1 - MINISTER": a headline, not a place
        if credit is None and (
            registry.is_stamp_word(words[0]) or (len(words) > 1 and registry.is_weekday(words[-1]) and not _is_place(words))
        ):
            # A page's time stamp: "Updated Dec. 2, 2024 - 02:24", "Actualizado
            # Lunes, 2 diciembre 2024 - 02:24" (but "SANTO DOMINGO" is a place)
            return None
        city = _city(place[offset:], words[-1])  # ``offset`` is a word's start: the last word stays
        if offset and start == place_at:  # an offset of 0 leaves ``start`` as it is
            start = place_at + offset
    region = g_pregion or g_region
    if region is not None:
        region = region.rstrip("-")
        if credit is not None and city and _list_before_place(city, region):
            return None  # "thanks Norway, Denmark Oslo, Jun 4 (AFP)": the place is further on
    location: Location | None = None
    if lenient and (not city or not _at_line_start(text, start, line_from)):
        return None  # not a place at a line start: "Shares of Acme Inc (ACME) - ..."
    if city:
        country, code, problem = _resolve(city, region)
        cities = all(map(registry.is_known_city, city.split("/")))  # "München/London": two
        if (lenient or alone is not None) and code is None and not cities:
            return None  # a place alone, or before an unknown credit, must be a known one
        if alone == "paper" and not cities:
            return None  # "Paris. " and "Paris: " must be cities, not countries ("USA: ...")
        if problem:
            notes.append(("place-unresolved", problem))
        elif guessed:
            notes.append(("place-border", f"nothing marks where the headline ends in {place!r}: the place {city!r} is a guess"))
        elif not cities and (code is None or not _at_line_start(text, start, line_from)) and not _known_places(city):
            # A place in no table: kept as the dateline writes it ("Camp
            # David"), said so where nothing else gives its country or where a
            # headline stands before it on its line (its extent read from the shape).
            notes.append(("unknown-place", f"the place {city!r} is in no table of places"))
        location = Location(city, region, country, code)
    if has_date:
        month, day, year = _date_parts(mon1 or mon2, day1 or day2, year1 or year2)
        if not (month and day):
            return None
    else:
        month, day, year = None, None, None
    date: dt.date | None = None
    stamp_year = _stamp_year(stamp) if stamp else None
    if stamp and not has_date:
        # The date only after the credit: "AUSTIN, Texas--(BUSINESS WIRE)--Nov. 27, 2026--"
        parts = stamp.split()
        month, day, _ = _date_parts(parts[0], parts[1].rstrip(","), None)
    year_from = "dateline" if year else "text" if stamp_year else None
    use_year = year or stamp_year
    if month and day and use_year is not None:
        date = _make_date(use_year, month, day, notes)
    line = Dateline(text[start:m_end].strip(), location, date, agencies, (start, m_end))  # in field order
    return Found(line, start, m_end, tuple(notes), month, day, year_from)


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


def _alone_form(text: str, m: regex.Match[str], place: str | None, sep: str) -> str | None:
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


def _described(region: str) -> bool:
    """Whether a region holds a word in lower case but a link word ("occupied territories", "Pakistan-Afghanistan frontier")."""
    return any(w[:1].islower() and w not in _LINK_WORDS for w in region.replace(",", " ").split())


def _make_date(year: int, month: int, day: int, notes: list[tuple[str, str]]) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        notes.append(("impossible-date", f"no such date: {year:04d}-{month:02d}-{day:02d}"))
        return None


_ONE_DAY = dt.timedelta(days=1)


def infer_year(month: int, day: int, reference: dt.date) -> dt.date | None:
    """The date with ``month`` and ``day`` nearest before or at ``reference`` + 1 day.

    >>> infer_year(12, 31, dt.date(2025, 1, 2))
    datetime.date(2024, 12, 31)
    >>> infer_year(1, 2, dt.date(2025, 1, 1))
    datetime.date(2025, 1, 2)

    Only dates of the calendar (years 1 to 9999) are tried:

    >>> infer_year(1, 1, dt.date.max), infer_year(12, 31, dt.date.min)
    (datetime.date(9999, 1, 1), None)
    """
    limit = reference + _ONE_DAY if reference < dt.date.max else reference  # no day after the last
    # The years ``limit.year`` down to ``limit.year - 8`` are tried, latest
    # first.  In ``limit.year`` the date falls after ``limit`` exactly when
    # (month, day) comes after limit's, and in every earlier year it falls
    # before: so the first year tried is the one the date can stand in, and
    # the first real date from there is the answer.
    year = limit.year if (month, day) <= (limit.month, limit.day) else limit.year - 1
    while year >= max(1, limit.year - 8):  # the calendar starts in year 1
        try:
            return dt.date(year, month, day)
        except ValueError:
            year -= 1  # Feb 29 outside a leap year (or no such day at all)
    return None


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
