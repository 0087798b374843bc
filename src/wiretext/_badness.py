"""ftfy's mojibake pattern (``ftfy.badness.is_bad``), searched only where it can match: for normalize.

Text repair asks whether ftfy's pattern finds anything in a text, often a
long one.  The search is taken only near the characters every match holds,
and not at all in a window that lacks a character of each class of every
alternative of the pattern (these facts are read off ftfy's pattern, and
``tests/equivalence/test_normalize.py`` holds the search to ftfy's).
"""

from __future__ import annotations

import heapq
import operator
import re
from collections.abc import Iterator

import ftfy.badness

from ._lazy import lazy_re, lazy_regex, once

# What ftfy.badness.is_bad looks for fits in 7 characters, and holds two
# characters that are not ASCII side by side, or one of a few that look bad
# alone: a C1 control, "Œ", "œ", "Ã" or "Â" (the tests read these facts off
# ftfy's pattern).  So every match holds a character of a suspect run (two
# or more non-ASCII characters, or one of those few), starts at most 6
# characters before the run and ends at most 6 after it.  The search looks
# there only: prose in a Latin script, whose accents and quotes mostly
# stand alone between ASCII letters, is read at C speed, where is_bad would
# try its 37 alternatives at every character.
#
# The two kinds of run are searched apart and merged in order of their
# starts: one pattern of both, "[^\x00-\x7f]{2,}|[\x80-\x9f...]", tried the
# alternation at every character that is not ASCII, and the runs are found
# faster by the regex module than by re: on 400 KB of "İ ı ſ K", which
# holds none, _is_bad took 0.39 of its time (``benchmarks/page_parts.py
# e3bcca8 --family "rights._ODD_CASE alone" --size 400000 --part
# _badness._is_bad=normalize._is_bad``).
_NON_ASCII_RUN = lazy_regex("[^\x00-\x7f]{2,}")
_SUSPECT_ALONE = lazy_re("[\x80-\x9f\u0152\u0153\u00c3\u00c2]")
_REACH = 6


def _suspect_runs(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the suspect runs of ``text``, by their starts (a character alone may lie in a run).

    >>> list(_suspect_runs("Caf\u00c3\u00a9 or \u00c3 and \u00e9"))
    [(3, 5), (3, 4), (9, 10)]
    """
    runs = (run.span() for run in _NON_ASCII_RUN.finditer(text))
    alone = (char.span() for char in _SUSPECT_ALONE.finditer(text))
    return heapq.merge(runs, alone, key=operator.itemgetter(0))


# The pattern those facts were read from (ftfy 6.3): another is searched whole.
_BADNESS_DIGEST = "9dcc0f2ac90d9ae3c85eb7b9b2c0b8a8e8126153847c2b30c91a0bb263f3b8c4"


@once
def _badness_known() -> bool:
    import hashlib

    pattern = ftfy.badness.BADNESS_RE.pattern
    return hashlib.sha256(pattern.encode("utf-8")).hexdigest() == _BADNESS_DIGEST


def _is_bad(text: str) -> bool:
    """``ftfy.badness.is_bad(text)``, searched only near suspect runs of characters that are not ASCII.

    >>> _is_bad("Ein Café, bitte."), _is_bad("Ein CafÃ©, bitte.")
    (False, True)
    """
    if not _badness_known():
        return bool(ftfy.badness.BADNESS_RE.search(text))
    start, end = 0, -1  # the window to search: runs close enough are searched together
    left = _MANY_RUNS
    for s, e in _suspect_runs(text):
        left -= 1
        if not left and len(text) > _TESTED_FROM and not _may_match(text, 0, len(text)):
            # many runs, and no alternative's characters in the whole text: none in a window
            # (hostile.py "noise._ODD_FORMS alone": a run every 14 characters, 14,000 turns)
            return False
        if s - _REACH > end:
            if end >= 0 and _bad_in(text, start, end):
                return True
            start = max(0, s - _REACH)
        end = max(end, e + _REACH)  # (a character alone in a run ends before it)
    return end >= 0 and _bad_in(text, start, end)


# Each alternative of that pattern holds characters that are not ASCII at
# fixed places (a class such as "[¢£¥₧€]"): it matches only a text that
# holds a character of each.  A long window that holds none of some class of
# every alternative is not searched: runs of the odd forms of Latin letters
# ("İı", "ſ", "K"), and much Cyrillic, Greek or CJK prose, match none, where
# the search tries 37 alternatives at every character (200 KB of
# "İı", "K" and "ſ" on lines of their own, "noise._ODD_FORMS alone": parse
# took 7.4 times as long as ordinary copy's, 6.6 once ftfy was skipped, most
# of it this search; 2.8 with the test).  Short
# windows (an accented word's) are searched at once: the test would cost more.
_TESTED_FROM = 200


_MANY_RUNS = 64
"""After this many suspect runs, :func:`_is_bad` asks whether any alternative may match in the whole text."""


def _bad_in(text: str, start: int, end: int) -> bool:
    """``BADNESS_RE.search(text, start, end)``, not run on a long window that no alternative can match."""
    if end - start > _TESTED_FROM and not _may_match(text, start, end):
        return False
    return ftfy.badness.BADNESS_RE.search(text, start, end) is not None


def _may_match(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a character of each class of an alternative of the pattern (True: unknown)."""
    needs = _badness_needs()
    if needs is None:
        return True
    present = _classed_chars(text[start:end])
    return any(all(not chars.isdisjoint(present) for chars in need) for need in needs)


def _classed_chars(text: str) -> set[str]:
    """The characters of ``text`` that some class of ftfy's pattern holds (and perhaps others).

    Each is found by a search of all such characters, then taken out of the
    text (no character before it is one, so the next search starts there),
    up to a few; past them, the rest is read as a set.  ``set(text)`` makes a
    string of each character that is not Latin-1.  On 400 KB of "i İı k K s
    ſ", whose one such character is "İ", :func:`_may_match` took 0.32 of its
    time (``benchmarks/page_parts.py 9597f91 --family "noise._ODD_FORMS
    alone" --size 400000 --part _badness._may_match=normalize._may_match``).

    >>> sorted(_classed_chars("İ ı ſ K İ é"))
    ['é', 'İ']
    """
    found: set[str] = set()
    pos = 0
    while (char := _classed().search(text, pos)) is not None:
        pos = char.start()
        if len(found) == _FEW_CLASSED:  # many: a set is read faster than the text copied each time
            found.update(text[pos:])
            break
        found.add(char.group())
        text = text.replace(char.group(), "")
    return found


_FEW_CLASSED = 8


@once
def _classed() -> re.Pattern[str]:
    """A character that a class of ftfy's pattern holds."""
    chars = set().union(*(chars for need in _badness_needs() or () for chars in need))
    return re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]")


@once
def _badness_needs() -> tuple[tuple[frozenset[str], ...], ...] | None:
    """For each alternative of ftfy's pattern, the classes of characters (not ASCII) its match holds one of each of.

    Read off the pattern as the standard library parses it; None where it
    cannot be (then every window is searched).
    """
    import importlib

    try:
        sre = importlib.import_module("re._parser")
        codes = importlib.import_module("re._constants")
        pattern = ftfy.badness.BADNESS_RE
        parsed = sre.parse(pattern.pattern, pattern.flags)
        [(op, (_, alternatives))] = parsed.data
    except (ImportError, ValueError, TypeError, AttributeError):
        return None
    if op is not codes.BRANCH or pattern.flags & re.IGNORECASE:
        return None
    needs = []
    for alternative in alternatives:
        classes = []
        for op, arg in alternative.data:  # an item of the sequence: a character it must match
            if op is codes.LITERAL:
                chars = {arg}
            elif op is codes.IN and all(kind in (codes.LITERAL, codes.RANGE) for kind, _ in arg):
                chars = set()
                for kind, value in arg:
                    chars.update([value] if kind is codes.LITERAL else range(value[0], value[1] + 1))
            else:
                continue  # a repeat, a group, a category such as \s, a negated class: none it must hold
            if min(chars) > 0x7F:
                classes.append(frozenset(map(chr, chars)))
        needs.append(tuple(classes))
    return tuple(needs)
