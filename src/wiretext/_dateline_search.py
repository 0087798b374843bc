"""Where to look for a dateline: the lines and positions a shape is tried at, found with cheap tests.

The shapes are verbose patterns that cost microseconds at each position
they are tried; this module decides where trying them can find something.
At a line start, :func:`_shapes_for` names the shapes a line can match
(a digit for a dated shape, a bracket or a credit spelling for a credited
one, a dash for a place alone, ...).  Anywhere in the head, a credited
dateline is found from its credit back (:mod:`wiretext._dateline_credited`).
Each shortcut is checked against the full pattern in
``tests/equivalence/test_dateline_search.py``.

What a match says, and whether it is taken, is left to
:mod:`wiretext.dateline` (:func:`~wiretext.dateline.find` runs the search,
``_accept`` reads a match); the patterns are built and matched by
:mod:`wiretext._dateline_compile`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._dateline_date import _has_digit
from ._dateline_place import _LINK_WORDS
from ._dateline_shapes import (  # the shapes' sources and the tables they read
    _anchor_triggers,
    _anchors,
    _bare_start_re,
    _month_tokens,
    _spelling_at,
    _spellings_by_start,
    _weekday_tokens,
)
from ._lazy import lazy_re, once
from ._spans import line_start

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


_NON_BLANK = lazy_re(r"\S")


def _text_before(text: str, pos: int) -> bool:
    """Whether anything but white space stands in ``text`` before ``pos``."""
    return _NON_BLANK.search(text, 0, pos) is not None


def _at_line_start(text: str, pos: int, line_from: int = 0) -> bool:
    """Whether only blanks stand before ``pos`` on its line, or after ``line_from`` (the end of a dateline before it)."""
    ls = line_start(text, pos)
    # max(line_from, ls) without the call: a call of min or max costs some 90 ns, and the dateline
    # stage made five or six a Reuters parse (with those here, in _shapes_for and in dateline.find:
    # instructions.py b1ac025 --stage dateline, reuters21578 158.7k -> 154.9k instructions a parse)
    return not text[ls if ls > line_from else line_from : pos].strip()


def _uncredited_sep(text: str, line: int, line_end: int) -> bool:
    """Whether the line ``text[line:line_end]`` may hold the uncredited shape's separator.

    The separator is a dash or an underscore followed by white space, the
    end, a capital or a quote (``(?=\\s|$|\\p{Lu}|["“<])``).  A dash followed by
    a letter that is no capital, or by a digit, is none: "30-year",
    "6-2" (a score).  Such dashes are most of those in a line of prose
    with a digit, which the shape would otherwise be tried on (a dozen
    microseconds a line inside a parse, ``benchmarks/profiled.py --shapes``).
    ``str.isupper`` holds for every capital (``\\p{Lu}``); white space and
    the quotes are no letter or digit.

    >>> text = "Rates rose to a 30-year high"
    >>> _uncredited_sep(text, 0, len(text)), _uncredited_sep("OSLO, May 2 -", 0, 13)
    (False, True)
    """
    # Each dash looked for by ``str.find``, not the four by one search of a class ``[-—–_]``:
    # the answer is whether any dash passes, in whatever order they are found
    # (tests/equivalence/test_dateline_search.py).  ``instructions.py b1ac025 --stage
    # dateline``, reuters21578: 153.8k -> 152.3k instructions a parse.
    for dash in "-_—–":
        at = text.find(dash, line, line_end)
        while at >= 0:
            after = at + 1
            if after >= line_end or not text[after].isalnum() or text[after].isupper():
                return True
            at = text.find(dash, after, line_end)
    return False


# A digit (every date holds one) or a character every separator holds
# (:data:`~wiretext._dateline_shapes._SEP`): :func:`~wiretext.dateline._accept` takes a credited dateline only with one of
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


# -- what a shape can hold before its credit, date or separator ---------------
#
# Three tests that prove a shape cannot match at a start, from what stands
# between the start and the part every match of it has (a credit, a date's
# digit, a separator): a character no place, region or date holds, or a
# word in lower case no place starts with.  Each is checked against its
# pattern in ``tests/equivalence/test_dateline_search.py``.  They spare a
# failing try (10-20 µs inside a parse) on most headlines and lines of
# prose: on ag_news, tries in 1,500 parses, credited 798 -> 423, place only
# 585 -> 172, uncredited 263 -> 55; the three shapes' time in a parse 20.7
# -> 6.3 µs (``benchmarks/profiled.py --shapes``); the first parse of a
# one-line summary no longer compiles the credited shape (``bench.py
# --cold``: 70 -> 43 ms CPU over the dependencies).  Their cost where the
# try succeeds: the uncredited one about 10,000 instructions a Reuters
# dateline, a tenth of the match and its reading (``benchmarks/
# instructions.py`` against the build before them: reuters21578 1.010x,
# ag_news 0.992x).  They use the standard library's engine and ASCII
# classes: with ``regex`` and Unicode classes they cost 1.023x and 1.017x.
#
# Characters none of the shapes holds before its credit or date outside a
# region in brackets (every shape's class there is letters, marks, digits,
# blanks and ``'’-.,/*—–°``): a sure subset of those it does not hold, so
# that the first of them is at or after the end of what a match holds.
_NOT_IN_DATELINES = "!\"#$%&+:;<=>?@\\^_`{|}~)\\]\n\r“”«»‘…•"
_NOT_BEFORE_CREDIT = lazy_re(f"[{_NOT_IN_DATELINES}*(\\[]")
_NOT_BEFORE_DATE = lazy_re(f"[{_NOT_IN_DATELINES}—–°0-9(\\[]")  # the uncredited shape's place: no digit
_NOT_IN_PLACE = lazy_re(f"[{_NOT_IN_DATELINES}—–°0-9*(\\[]")  # the place-only shape's: no date
# A word of small ASCII letters after a blank or at a line's start, whole: no
# letter, hyphen or apostrophe after it ("el-Sheikh", "d'Ivoire" are place
# words after an article; "segunda-feira" a weekday).
_LOWER_WORD = lazy_re(r"(?<![^ \t\n])[a-z]++(?![^\W\d_]|[\-'’])")
# A region in brackets, as the shapes' place fragment has it after a place
# ("Amritsar (Punjab),", "Toronto [Canada],"), its capital not checked.
_BRACKETED_REGION = lazy_re(r"[(\[][^()\[\]\n]{0,38}+[)\]][ \t]{0,3}+[,(]")


def _region_in_brackets(text: str, at: int, line_end: int) -> bool:
    """Whether a region in brackets may start at the bracket at ``at`` (the shapes' ``pregion``)."""
    return _BRACKETED_REGION.match(text, at, line_end) is not None


def _first_other_word(text: str, pos: int, endpos: int, dated: bool) -> int:
    """Where the first word in lower case in ``text[pos:endpos]`` that no place holds starts, or -1.

    Such a word (:data:`_LOWER_WORD`), after a blank or at ``pos``, is no
    place word (those start with a capital, an Arabic letter or an article:
    "el-Sheikh"), nor a link word ("de", "the": the shapes' list of them),
    nor, where ``dated``, a month or weekday word (a date's).
    """
    for word in _LOWER_WORD.finditer(text, pos, endpos):
        run = word.group()
        if run in _LINK_WORDS or (dated and (run in _month_tokens() or run in _weekday_tokens())):
            continue
        return word.start()
    return -1


def _credited_may_start(text: str, pos: int, line_end: int) -> bool:
    """Whether the credited shape may match at ``pos``, on the line ending at ``line_end``: a cheap, sufficient test.

    Before its credit the shape holds no line break, and outside a region
    in brackets only letters, marks, digits, blanks and ``'’-.,/—–°``, and
    before its first comma (a region after one may be any words) no word
    in lower case but link, month and weekday words
    (:func:`_first_other_word`).  So its credit (a bracket, a slash, or a
    bare credit after a blank) or a region in brackets starts before the
    first other character or word.

    >>> text = "Stocks end higher as oil falls (Reuters)"
    >>> _credited_may_start(text, 0, len(text)), _credited_may_start("OSLO, May 2 (NTB) -", 0, 19)
    (False, True)
    """
    other = _NOT_BEFORE_CREDIT.search(text, pos, line_end)
    end = other.start() if other is not None else line_end
    comma = text.find(",", pos, end)
    lower = _first_other_word(text, pos, end if comma < 0 else comma, True)
    if lower >= 0:
        end = lower
    elif other is not None and text[end] in "([":
        return True  # a bracket: a credit, or a region
    if text.find("/", pos, end) >= 0:
        return True
    for blank in _blank_before_bare().finditer(text, pos, line_end):
        if blank.start() >= end:
            break
        if _spelling_at(text, blank.end(), line_end):
            return True
    return False


def _uncredited_may_start(text: str, pos: int, line_end: int) -> bool:
    """Whether the uncredited shape may match at ``pos``, on the line ending at ``line_end``: a cheap, sufficient test.

    Before its date's first digit the shape holds no line break, and outside
    a region in brackets only letters, marks, blanks and ``'’-.,/*``: so the
    first other character is a digit or a region's bracket.  Its words there are
    whole, each after a blank: at most five of its place's (of any case)
    and link words, then a region's after a comma or a second place's
    after a slash, then a weekday and a month; and a dash after a blank
    only after a comma or a period ("ROCKVILLE, Md, - March 6").

    >>> _uncredited_may_start("Oil: prices rose on May 2 - a", 0, 29), _uncredited_may_start("OSLO, May 2 - a", 0, 15)
    (False, True)
    >>> _uncredited_may_start("AP - Oil rose on May 2 - a", 0, 26)
    False
    """
    other = _NOT_BEFORE_DATE.search(text, pos, line_end)
    if other is None:
        return False
    end = other.start()
    if text[end] not in "0123456789" and not _region_in_brackets(text, end, line_end):
        return False
    if text.find(" -", pos, end) >= 0 and _BLANK_DASH.search(text, pos, end) is not None:
        return False
    comma = text.find(",", pos, end)
    until = end if comma < 0 else comma
    if text.count(" ", pos, until) < _WORDS_BEFORE_DATE or text.find("/", pos, end) >= 0:
        return True  # fewer words than blanks ("    SALVADOR, Feb 26 -"), or a second place
    words = _WORD_AFTER_BLANK.findall(text, pos, until)
    return sum(word not in _LINK_WORDS for word in words) <= _WORDS_BEFORE_DATE


#: Words of other than link words before an uncredited dateline's first
#: comma or date: five place words, a weekday and a month.
_WORDS_BEFORE_DATE = 7
# A dash after a blank, with something before it that is no comma or period.
_BLANK_DASH = lazy_re(r"[^,. \t][ \t]++-")
# A word (a run of non-blanks) that starts with a letter, after a blank or at the start.
_WORD_AFTER_BLANK = lazy_re(r"(?<![^ \t\n])[^\W\d_][^ \t\n]*+")  # (or a number: "½", no word of a match)


def _place_only_may_start(text: str, pos: int, line_end: int) -> bool:
    """Whether the place-only shape may match at ``pos``, on the line ending at ``line_end``: a cheap, sufficient test.

    Before its separator (``-``, ``--`` or ``_`` after a blank, ``—``,
    ``–``, ``:``) the shape holds, outside a region in brackets, only
    letters, marks, blanks and ``'’-.,/``, and no word in lower case but
    link words (:func:`_first_other_word`).  A bracket there opens a region
    or nothing: "ATHENS (Reuters) - " is no place alone.

    >>> text = "Shares rise as oil falls - analysts"
    >>> _place_only_may_start(text, 0, len(text)), _place_only_may_start("KYIV - Talks", 0, 12)
    (False, True)
    """
    other = _NOT_IN_PLACE.search(text, pos, line_end)
    end = other.start() if other is not None else line_end
    lower = _first_other_word(text, pos, end, False)
    if lower < 0 and other is not None and (text[end] in "_—–:" or _region_in_brackets(text, end, line_end)):
        return True  # a separator, or a region in brackets
    end = lower if lower >= 0 else end
    return text.find(" -", pos, end) >= 0 or text.find("\t-", pos, end) >= 0


# Past blanks, a run of ASCII letters and hyphens (or none), and the character after it.
_FIRST_WORD = lazy_re(r"[ \t]*+([A-Za-z][A-Za-z\-]*+)?(.?)", re.DOTALL)


def _date_may_start(text: str, line: int, line_end: int) -> bool:
    """Whether a date may stand at the start of the line ``text[line:line_end]``, past blanks: the date-only shape's start.

    A date starts with a day's digit, or with a weekday or a month word
    followed by a period, a comma or a blank: the whole run of letters and
    hyphens there (table words hold nothing else).  An ASCII run is looked
    up, as :func:`~wiretext._dateline_compile._is_month_word` does; a run
    that goes on in other letters is let through.  It spares the date-only
    shape on most lines of prose ("AP - A company ...": ``benchmarks/
    instructions.py`` against the shape tried on every dated line, 300
    cases: reuters21578 1024k -> 1019k instructions a parse, ag_news 852k
    -> 847k).

    >>> _date_may_start("  Jan 30 (Reuters) -", 0, 20), _date_may_start("AP - Jan 30", 0, 11)
    (True, False)
    """
    first = _FIRST_WORD.match(text, line, line_end)
    assert first is not None  # (every part of it is optional)
    word, after = first.groups()
    if after.isalpha() or (word is None and after in _DIGITS and after):
        return True  # a day's digit, or letters that are not ASCII: not looked up
    if word is None:
        return False
    folded = word.lower()
    return folded in _month_tokens() or folded in _weekday_tokens()


_DIGITS = "0123456789"


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
    uncredited shape holds no newline and ends with a dash or an underscore
    that no small letter or digit follows, so it needs one on the line
    (:func:`_uncredited_sep`); the credit-only shape starts with a credit
    spelling, maybe bracketed; the date-only one a date's digit, weekday or
    month word first (:func:`_date_may_start`).  The credited shape is left out where
    :func:`~wiretext.dateline._accept` would refuse it whatever it matched (no digit and no
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
    reach = line + _REACH  # (a test, not ``min``: a call of min or max costs some 90 ns, a few a parse)
    head = text[line : reach if reach < line_end else line_end]
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
    ) and (dated or _DIGIT_OR_SEP.search(text, line, line_end) is not None) and _credited_may_start(text, line, line_end):
        yield "credited"
    if first == "(":
        yield "agency_first"
    if dated:
        if _uncredited_sep(text, line, line_end) and _uncredited_may_start(text, line, line_end):
            yield "uncredited"
        if _date_may_start(text, line, line_end):
            yield "dateonly"
    if (first == "(" or first.isupper()) and _credit_at_start(text, line, stop):
        yield "credit_only"
    if first_lines and first.isalpha():  # a capital, an article's ("el-Fasher"), an Arabic letter
        below = line > 0 and _text_before(text, line)  # a place alone's other forms stand below a line
        if (_place_only_sep(head) or (below and _colon_sep(head))) and _place_only_may_start(text, line, line_end):
            yield "place_only"
        if below and _first_word_ends_a_sentence(head):
            yield "ortsmarke"
    if first in "新中":  # (its date may be in full-width figures, which _has_digit does not see)
        yield "chinese"
    if first == "【":
        yield "japanese"


@once
def _blank_before_bare() -> re.Pattern[str]:
    # A space or tab with a credit spelling's first two characters after it:
    # the credited shape's bare credit stands after ``[ \t]{1,3}``.  The
    # spellings are literal characters, matched by ``re`` as by ``regex``.
    return re.compile("[ \t](?=" + _bare_start_re() + ")")
