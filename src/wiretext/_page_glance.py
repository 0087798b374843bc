"""Plain wire copy told at a glance, from its raw lines, before any line is read.

Decides one thing early: that :func:`wiretext.page.find_story` will answer
``None`` (nothing to cut) for a text of fewer than three lines holding a
word, or for plain copy (hard-wrapped, or set in capitals) that cannot be a
page.  It takes the tests of :mod:`wiretext._page_extract` and
:mod:`wiretext._page_score` on the raw lines, with bounds where counting
words would cost, so its ``True`` is always the answer the whole reading
would give (``tests/equivalence/test_page.py`` holds it to that).  Every
other answer is left to the whole reading.
"""

from __future__ import annotations

import itertools
import math
import operator
from collections.abc import Callable, Iterable, Iterator

from ._page_lines import (
    _ASCII,
    _CLOSERS,
    _LONG,
    _MAX_LINE,
    _SHORT,
    _TERMINAL,
    _WORD,
    _at_least,
    _blocks,
    _first_words,
    _Line,
    _sparse,
    _split_blocks,
)


def _plain_copy(text: str) -> bool:
    """Whether :func:`find_story` answers ``None``, judged on the raw lines before any is read.

    It does for a text of fewer than three lines holding a word, and for
    plain wire copy: text whose layout is copy's -- lines going on in lower
    case from a line that ends no sentence (hard-wrapped), long lines mostly
    ending mid-sentence (wrapped), or long lines set in capitals -- and that
    cannot be a page: too few lines after a blank line for a layout of
    blocks, or too few short lines ending no sentence for menus.  These are
    the tests of :func:`_lines`, :func:`_copy_or_extract`,
    :meth:`_Page.is_page` and :meth:`_Page.blocks`, taken on the raw lines
    with bounds where counting words would cost (an ASCII line of fewer than
    ``2 * k - 1`` characters holds fewer than ``k`` words; words are counted
    only on the lines that need it, and only when the bounds do not decide):
    so the answer is ``True`` only where :func:`find_story` gives ``None``.
    A text that may be a page whatever its lines left hold is answered
    ``False`` as soon as that is so (:meth:`_Pass.page_told`).

    >>> _plain_copy("TITLE\\n    CITY, March 3 - Rain fell on\\nthe city on Monday.\\n Reuter\\n")
    True
    >>> _plain_copy("Title | Site\\n\\nHome\\n\\nNews\\n\\nSport\\n\\nA story.")
    False
    """
    breaks = text.count("\n")
    if breaks < _KEEP:
        return _plain_few(text)  # every line is kept
    glance = _Pass(max(_KEEP, len(text) // _KEEP_CHARS))
    left = breaks + 1  # the lines not read yet
    for block in _blocks(text):
        raws = block.split("\n")
        left -= len(raws)
        glance.read(map(str.strip, raws))
        if glance.page_told(left):
            return False  # a page, whatever the lines left hold
    return glance.verdict(text)


class _Pass:
    """What :func:`_plain_copy`'s pass over a long text's raw lines has counted and kept, a block of lines at a time.

    A block's lines are read with its counts as locals (:meth:`read`): a
    line costs no look-up of an attribute.
    """

    __slots__ = ("gap", "gaps", "keep", "kept", "n", "prev", "roomy", "runs_on", "short")

    def __init__(self, keep: int) -> None:
        self.gaps = self.runs_on = self.n = 0  # lines holding a word; after a gap; going on in lower case
        self.prev = ""  # the last line holding a word ("": none yet, which counts as ending a sentence)
        self.gap = True  # a line without a word (or none) stands before the next line holding one
        self.keep = keep
        self.kept: list[str] = []  # the first ``keep`` lines holding a word
        # past ``keep`` lines, the lines with room for _LONG words (all the tests of copy read), as long
        # as they are no more than ``2 * keep`` (hostile.py --against b4db561 --only US_STATE: "US_STATE_VARIANTS
        # alone" parses in 0.52-0.73 of the time; with 2 * keep, not keep, "scraper marks" keeps its lines of
        # room, two in three: page_parts.py 8f0cd3d --family "scraper marks" --part _page_glance._plain_copy
        # 9.0 -> 4.7 ms); None past that: they are read again from the text (the list holds at most a line
        # for every 16 characters: a page of a million short lines not in ASCII is read again, not held)
        self.roomy: list[str] | None = []
        self.short = 0  # the short lines of the first ``keep``, counted up to _MOST_SHORT as they are let go

    def read(self, lines: Iterable[str]) -> None:
        """Count the stripped lines of a block, keep those the tests will read."""
        gaps, runs_on, n, prev, gap, keep, kept, roomy = (
            self.gaps, self.runs_on, self.n, self.prev, self.gap, self.keep, self.kept, self.roomy
        )
        append, room_for = kept.append, 2 * keep
        word, closers, terminal, room = _WORD.search, _CLOSERS, _TERMINAL, 2 * _LONG - 1
        for line in lines:
            # a line holds a word when its first character is one or a search finds one
            if not line or not ((first := line[0]).isalnum() or word(line)):
                gap = True
                continue
            if gap:
                gaps += 1
                gap = False
            # whether the line before ends a sentence is asked only of a line going on in lower case
            if first.islower() and prev and prev.rstrip(closers)[-1:] not in terminal:
                runs_on += 1
            prev = line
            n += 1
            # one test a line once neither list takes lines (hostile.py's "_ODD_CASE alone", 125,000
            # lines in 400 KB, none held past the first 37,500: page_parts.py e3bcca8 --family "rights._ODD_CASE
            # alone" --size 400000 --part _page_glance._plain_copy, 26.2 -> 23.7 ms)
            if n <= keep:
                append(line)
            elif roomy is not None:
                if n == keep + 1:
                    roomy = [ln for ln in kept if len(ln) >= room or not ln.isascii()]  # _roomy, without a call
                    self.short = _short_lines(kept, _MOST_SHORT)
                    kept.clear()  # read again from the text where needed: no list of every line
                if len(line) >= room or not line.isascii():
                    roomy.append(line)
                    if len(roomy) > room_for:
                        roomy = None
        self.gaps, self.runs_on, self.n, self.prev, self.gap, self.roomy = gaps, runs_on, n, prev, gap, roomy

    def page_told(self, left: int) -> bool:
        """Whether the text may be a page (:func:`_judged` answers ``False``) whatever its ``left`` lines not read hold.

        They add at most ``left`` lines holding a word and take no gap away:
        so at the end a page needs at most ``_page_short(gaps, n + left)``
        short lines, and the first ``keep`` lines hold ``short`` of them.  A
        page of many short lines is told before its end, and its lines are
        not all read twice, here and by the page reader
        (``benchmarks/page_parts.py e3bcca8 --family "tail._SIGNOFF_GATES
        alone" --size 400000 --part _page_glance._plain_copy``: 18.4 -> 10.0
        ms, the parse 0.86x; "data.months.ORDINAL_SUFFIXES alone" 21.8 ->
        12.6 ms, 0.84x).
        """
        most = _page_short(self.gaps, self.n + left)
        return self.short >= most and self.n >= most

    def verdict(self, text: str) -> bool:
        """:func:`_plain_copy`'s answer once every line of ``text`` is read."""
        n, keep, kept, roomy = self.n, self.keep, self.kept, self.roomy
        every: Callable[[], Iterable[str]] = (lambda: kept) if n <= keep else (lambda: _reread(text, 0))
        rooms: Callable[[], Iterable[str]]
        if n <= keep:
            rooms, count = every, n
        elif roomy is not None:
            rooms, count = (lambda: roomy), len(roomy)
        else:
            rooms, count = (lambda: _reread(text, 2 * _LONG - 1)), n
        return _judged(n, self.gaps, self.runs_on, every, rooms, count)


def _judged(
    n: int, gaps: int, runs_on: int, every: Callable[[], Iterable[str]], rooms: Callable[[], Iterable[str]], count: int
) -> bool:
    """:func:`_plain_copy`'s answer from what its pass counted, and its lines.

    ``n`` lines hold a word, ``gaps`` of them after a line without one,
    ``runs_on`` going on in lower case; ``every()`` gives those lines,
    ``rooms()`` at least those of them with room for ``_LONG`` words (at most ``count``).
    """
    if n < 3:
        return True  # the lines of _lines: find_story answers None at once
    # a text that may be a page is not plain copy whatever its lines: asked first, as it stops early
    # where it holds (hostile.py "_SEPARATOR_START alone": no pass for capitals over 8,000 lines)
    if _may_be_page(every(), n, _page_short(gaps, n)):
        return False
    if runs_on * 4 < n and not _capitals(rooms(), count):
        return _wrapped(rooms())  # the costlier test of copy last
    return True


def _plain_few(text: str) -> bool:
    """:func:`_plain_copy`'s answer for a text of at most ``_KEEP`` lines: its lines all kept, nothing read again.

    The same tests in the same order, in fewer steps a line: the text is
    split at once (its lines holding a word are kept anyway: the list at
    most doubles what is held; a list rather than a generator of lines
    already parsed reuters21578 in 0.93-0.95 of the time, ``benchmarks/ab.py
    --cpu``), the lines are stripped at C speed and only those holding a word are looked at; the
    lines going on in lower case are counted only when the text cannot be a
    page, and only until a quarter of the lines do (plain copy at once).
    ``tests/equivalence/test_page.py`` holds it to the general loop.

    >>> _plain_few("TITLE\\n    CITY, March 3 - Rain fell on\\nthe city on Monday.\\n Reuter\\n")
    True
    """
    word = _WORD.search
    kept: list[str] = []
    append = kept.append
    gaps = 0
    gap = True  # a line without a word (or none) stands before the next line holding one
    for line in map(str.strip, text.split("\n")):
        if line and (line[0].isalnum() or word(line)):
            if gap:
                gaps += 1
                gap = False
            append(line)
        else:
            gap = True
    n = len(kept)
    if n < 3:
        return True
    if _may_be_page(kept, n, _page_short(gaps, n)):
        return False
    # runs_on * 4 >= n: plain copy, as soon as that many lines go on in lower case
    need, runs_on = -(-n // 4), 0
    closers, terminal = _CLOSERS, _TERMINAL
    for prev, line in itertools.pairwise(kept):
        if line[0].islower() and prev.rstrip(closers)[-1:] not in terminal:
            runs_on += 1
            if runs_on >= need:
                return True
    if not _capitals(kept, n):
        return _wrapped(kept)
    return True


def _read_first(text: str) -> bool:
    """Whether the glance takes the lines :func:`_lines` reads (:func:`_plain_read`) rather than the raw lines.

    So it does for a long text most of whose lines hold no word, which the
    page stage reads line by line when the glance does not answer (a page of
    menus and separators): the lines holding a word are found once, not
    once for the glance and again for the page ("_SEPARATOR_START alone",
    a line in seven holding a word: ``hostile.py --against 6d4c394`` parses
    in 0.78-0.81 of the time at 100-400 KB).  Ordinary copy is never such a text.
    """
    return text.count("\n") >= _KEEP and _sparse(text)


_GAP = operator.attrgetter("gap")


def _plain_read(lines: list[_Line]) -> bool:
    """:func:`_plain_copy`'s answer, taken on the lines :func:`_lines` read of the text.

    The same tests on the same lines (each a stripped line holding a word;
    its ``gap``, whether a line without one stands before it; its ``term``,
    whether it ends a sentence), without reading the raw lines: the lines
    going on in lower case are counted only when the text cannot be a page.

    >>> from wiretext._page_lines import _lines
    >>> _plain_read(_lines("TITLE\\n    CITY, March 3 - Rain fell on\\nthe city on Monday.\\n Reuter\\n"))
    True
    >>> _plain_read(_lines("Title | Site\\n\\nHome\\n\\nNews\\n\\nSport\\n\\nA story."))
    False
    """
    n = len(lines)
    if n < 3:
        return True
    if _may_be_page((ln.text for ln in lines), n, _page_short(sum(map(_GAP, lines)), n)):
        return False
    runs_on = sum(1 for prev, ln in itertools.pairwise(lines) if ln.text[0].islower() and not prev.term)
    roomy = [ln.text for ln in lines if _roomy(ln.text)]
    if runs_on * 4 < n and not _capitals(roomy, len(roomy)):
        return _wrapped(roomy)
    return True


_KEEP = 2_000
"""The glance keeps at most this many lines, or one for every ``_KEEP_CHARS`` characters of the text.

Past that, it reads them again from the text.  Ordinary copy and pages are
read once; a text of many short lines is not held as a list of strings,
which costs three to ten times the text (a kept line costs some 57 bytes
and its characters: at one line in 32 characters, under 3 bytes a
character of ASCII text).  A bound that grows with the text keeps the cost of a line the
same at every size: with 2,000 lines, the AP example repeated to 200 KB
read its lines again where 100 KB did not, and parsed 2.5 times slower for
twice the size (``hostile.py --only "example ap_feed"``).
"""

_KEEP_CHARS = 32


def _raw_lines(text: str) -> Iterator[str]:
    """The stripped lines of a long text, split at "\\n" only, a block of lines at a time (:func:`_split_blocks`).

    No list of every line is made (a page of a million "|" lines would hold
    one): the text is split a block of lines at a time, at C speed, as
    :func:`_plain_copy` reads it first.  A text of fewer lines than the glance keeps is split at once,
    by :func:`_plain_few`.  (A long text most of whose lines hold no word is
    not glanced at here: see :func:`_read_first`.)

    >>> list(_raw_lines("a\\r\\n b \\n\\nc"))
    ['a', 'b', '', 'c']
    """
    return map(str.strip, _split_blocks(text))


def _reread(text: str, room: int) -> Iterator[str]:
    """The stripped lines holding a word again, of at least ``room`` characters or not ASCII (``room=0``: all).

    One generator, not three stacked (one reading the lines holding a word,
    one dropping their gaps, one keeping the lines with room): a text of many lines is read again
    in two thirds of the time ("scraper marks" at 200 KB: 5.6 -> 3.7 ms a pass).

    >>> list(_reread("Rain\\n|\\nfell on the old town.\\n", 15))
    ['fell on the old town.']
    """
    word = _WORD.search
    for line in _raw_lines(text):
        if line and (line[0].isalnum() or word(line)) and (len(line) >= room or not line.isascii()):
            yield line


def _may_be_page(kept: Iterable[str], n: int, need: float) -> bool:
    """Whether ``need`` of the ``n`` lines may be short: lines ending no sentence, of few words."""
    return n >= need and _short_lines(kept, need) >= need


def _short_lines(lines: Iterable[str], most: float) -> int:
    """How many of ``lines`` may be short (ending no sentence, of few words), counted up to ``most``.

    The short lines are counted at most: words are counted only on the lines
    that need it, and the count stops once it reaches ``most``.

    >>> _short_lines(["Home", "News", "Rain fell on the old town.", "Sport"], 2)
    2
    """
    short = 0
    for line in lines:
        if line.rstrip(_CLOSERS)[-1:] not in _TERMINAL:
            short += len(line) < 2 * _SHORT + 1 or not _at_least(line, _SHORT + 1)
            if short >= most:
                break
    return short


def _is_upper(line: str) -> bool:
    """``line.isupper()``, at C speed on ASCII text.

    ``str.isupper`` looks each character up in the Unicode tables; on ASCII
    text a line is in capitals when ``upper`` leaves it as it is (no small
    letter) and ``lower`` does not (a capital): two copies at C speed.
    :func:`_capitals` costs a muc34 parse (all-caps copy) 8.5 µs so, 11.5
    with ``isupper`` (``benchmarks/ab.py 0a959e0 ../shared/corpora/muc34.jsonl
    --cpu --inside _page_glance._capitals``).  ``tests/equivalence/test_page.py``
    compares the two.

    >>> _is_upper("SAN JOSE, 3 JAN 90 -- THE ARMY SAID"), _is_upper("90 -- 12"), _is_upper("The army")
    (True, False, False)
    """
    if line.isascii():
        return line.upper() == line and line.lower() != line
    return line.isupper()


def _capitals(kept: Iterable[str], n: int) -> bool:
    """Whether more than half the long lines are set in capitals (:func:`_copy_or_extract`).

    The long lines are counted at most (an ASCII line of fewer than
    ``2 * _LONG - 1`` characters is not, a line not in capitals is taken as
    long without counting its words), those in capitals at least; the count
    stops as soon as the lines left cannot change the answer.
    """
    long = caps = 0
    left = n  # lines left, long or not
    # _is_long's test written out, without a call a line (on muc34's texts _capitals took 4.6 µs
    # a text so, 5.0 with the call: a timing loop, not kept)
    long_words = _first_words(_LONG, _ASCII).match
    for line in kept:
        left -= 1
        if len(line) < 2 * _LONG - 1 and line.isascii():
            continue  # no room for _LONG words
        if not _is_upper(line):
            long += 1
            if (caps + left) * 2 <= long:
                return False  # even were all the lines left long and in capitals
        elif (long_words(line, 0, _MAX_LINE) is not None) if line.isascii() else _at_least(line, _LONG):
            long += 1
            caps += 1
            if caps * 2 > long + left:
                return True  # even were all the lines left long and not in capitals
    return caps * 2 > long


def _wrapped(lines: Iterable[str]) -> bool:
    """Whether fewer than half the long lines end a sentence (:func:`_copy_or_extract`).

    The long lines ending a sentence and those ending none are counted in
    turns (words only on lines with room for ``_LONG`` words), each count
    known to lie between what it has found and that plus the lines it has
    left; the counting stops as soon as the two ranges no longer overlap.
    Lines that are not a list (read again from the text) are read once and
    every long line counted.
    """
    if not isinstance(lines, list):
        # lines read again from the text: one pass counting every long line costs less than
        # three passes that might stop early (hostile.py --only "scraper marks" at 200 KB:
        # _plain_copy 60 -> 35 ms)
        prose = long = 0
        for line in lines:
            if _roomy(line):
                if line.rstrip(_CLOSERS)[-1:] in _TERMINAL:
                    prose += _at_least(line, _LONG)
                else:
                    long += _at_least(line, _LONG)
        return long > prose
    ends_kept: list[str] = []
    open_kept: list[str] = []
    room = 2 * _LONG - 1
    for line in lines:
        if len(line) >= room or not line.isascii():  # _roomy, without a call a line
            (ends_kept if line.rstrip(_CLOSERS)[-1:] in _TERMINAL else open_kept).append(line)
    ends_left, open_left = len(ends_kept), len(open_kept)
    ends, open_ = iter(ends_kept), iter(open_kept)
    prose = long = 0
    while True:
        if long > prose + ends_left:
            return True
        if long + open_left <= prose:
            return False
        # undecided, so lines are left (with none, one of the tests above holds)
        if open_left:
            long += _is_long(next(open_))
            open_left -= 1
        if ends_left:
            prose += _is_long(next(ends))
            ends_left -= 1


def _is_long(line: str) -> bool:
    """``_at_least(line, _LONG)``, the pattern asked at once of an ASCII line.

    :func:`_at_least` answers so for an ASCII line (its memory of short
    lines holds the same answers), through three calls and a look-up: on the
    long lines of wire copy, none of which comes back, the glance asks the
    pattern itself (``tests/equivalence/test_page.py`` compares the two).

    >>> _is_long("Rain fell on the old town on Monday night."), _is_long("-- Rain -- fell --")
    (True, False)
    """
    if line.isascii():
        return _first_words(_LONG, _ASCII).match(line, 0, _MAX_LINE) is not None
    return _at_least(line, _LONG)


def _roomy(line: str) -> bool:
    """Whether a line has room for ``_LONG`` words."""
    return len(line) >= 2 * _LONG - 1 or not line.isascii()


def _page_short(gaps: int, n: int) -> float:
    """How many short lines make ``n`` lines with ``gaps`` blocks maybe a page.

    The fewest short lines with which :meth:`_Page.is_page` or
    :meth:`_Page.blocks` may hold (the share of lines in runs is not looked
    at); infinity when the blocks are too few for either.
    """
    if gaps >= 0.3 * n:
        return 5
    if gaps >= 0.15 * n:
        return 12
    if gaps >= 0.04 * n:
        return _MOST_SHORT
    return math.inf


_MOST_SHORT = 30
"""The most short lines that :func:`_page_short` asks of a page (when not infinitely many)."""
