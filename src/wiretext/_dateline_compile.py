"""Compiling the dateline shapes on first use, and matching them: generic first, exact where a look-up fails.

The shapes' sources are :mod:`wiretext._dateline_shapes`'s; finding a
dateline and reading a match is :mod:`wiretext.dateline`'s (see its theory
of operation, and :func:`_match` for why the generic and exact forms give
the same matches).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from typing import NamedTuple, TypeAlias

import regex

from ._dateline_shapes import (  # the shapes' sources and the tables they read
    _LOOSE_WORD,
    _MONTH_MOST,
    _SOURCES,
    _WORD,
    _bare_credit_alt,
    _bare_spellings,
    _exact_words,
    _generic_words,
    _month_alt,
    _month_guard,
    _month_shape,
    _month_starts,
    _month_tokens,
    _place,
    _Shapes,
    _weekday_starts,
    _weekday_tokens,
    _Words,
)
from ._lazy import lazy_regex, once, prefix_tree

#: The groups :func:`_accept` and :func:`_match` read, in this order.  Every
#: shape declares them first, in this order (see :func:`_compile`), so each
#: has the same number in every shape: ``m.group(n)`` reads it, or None for
#: a group the shape does not use, without ``m.groupdict()`` (microseconds
#: on these patterns: ``groupdict`` in ``_accept`` cost 1.04x on muc34 and
#: 1-2% on reuters21578 and ag_news, ``benchmarks/ab.py``, measured on the
#: form before this one).
_GROUP_NAMES = (
    "credit", "scredit", "bcredit", "sep", "date", "place", "pregion", "region", "stamp",
    "mon1", "day1", "year1", "mon2", "day2", "year2", "wday",
)
_CREDIT, _BCREDIT, _PLACE, _REGION, _STAMP, _MON1, _MON2, _WDAY = 1, 3, 6, 8, 9, 10, 13, 16
_FLAGS = regex.VERBOSE | regex.VERSION0
_PRELUDE = "(?(DEFINE)" + "".join(f"(?P<{name}>)" for name in _GROUP_NAMES) + ")"


def _compile(shape: str, words: str) -> regex.Pattern[str]:
    """Compile a shape with its table words as their trees (``"exact"``), as word shapes (``"generic"``), or so but bare credits (``"bare"``).

    Before the shape stand the groups of :data:`_GROUP_NAMES`, empty and
    never matched: a group of the same name later in the shape takes its
    number.  A generic form calls its place words where it repeats them
    (:func:`_calls`).
    """
    if words == "exact":
        written = _exact_words()
    elif words == "bare":
        written = _generic_words()._replace(bare_credit=_bare_credit_alt())
    else:
        written = _generic_words()
    source = _SOURCES[shape](written)
    if written.generic:
        source = _calls(source, _place(_WORD, _month_guard(written), 7, True), "_strict")
        source = _calls(source, _place(_LOOSE_WORD, _month_guard(written), 4, True), "_loose")
    return regex.compile(_PRELUDE + source, _FLAGS)


def _calls(source: str, fragment: str, name: str) -> str:
    """``source`` with ``fragment``'s first copy a group ``name`` and each later copy a call of it (``(?&name)``).

    A shape holds its place words up to four times (the place, after a
    "/" a second one, the region, after a comma a second one), each copy
    most of a millisecond of ``regex``'s compile time (the month guards
    before each word, the word's letter classes): written once and called,
    the credited shape's generic form compiles in half the time.  A call in
    ``regex`` is no atomic group: the engine backtracks into it as into the
    copy it stands for, which holds no group, so the match and every group
    of :data:`_GROUP_NAMES` are the copy's (a test compares them); the
    called group comes after those, as :func:`_accept` reads them.  The
    first copy, on the path every match takes, stays written out: a call
    costs a little at each entry.  Only the generic forms do so: the exact
    ones, asked for every match once compiled, are written for speed.
    """
    first = source.find(fragment)
    if first < 0 or source.find(fragment, first + len(fragment)) < 0:
        return source
    after = source[first + len(fragment) :].replace(fragment, f"(?&{name})")
    return f"{source[:first]}(?P<{name}>{fragment}){after}"


class _Compiled:
    """A shape's pattern, compiled on the first call (once, under a lock: :func:`once`).

    ``ready`` holds it once it is built, for a look that builds nothing.
    """

    def __init__(self, shape: str, words: str) -> None:
        self.ready: list[regex.Pattern[str]] = []

        def build() -> regex.Pattern[str]:
            pattern = _compile(shape, words)
            self.ready.append(pattern)
            return pattern

        build.__qualname__ = f"_shape[{shape!r}, {words}]"
        self._get = once(build)

    def __call__(self) -> regex.Pattern[str]:
        return self._get()


class _Generic(NamedTuple):
    """What a shape's generic form writes as a word shape, and so what :func:`_match` checks."""

    guards: bool  # month guards before place words, and the region's (as any word before a day)
    weekday_ahead: bool  # the weekday guards before the place and the region (left out)
    date: bool  # the date's weekday and month words (groups wday, mon1, mon2)
    stamp: bool  # the time stamp's month word
    bare: tuple[int, ...]  # the groups that hold a bare credit


_GENERIC = {
    "credited": _Generic(True, True, True, True, (_BCREDIT,)),
    "agency_first": _Generic(True, True, True, False, ()),
    "uncredited": _Generic(True, True, True, False, ()),
    "dateonly": _Generic(False, False, True, False, (_BCREDIT,)),
    "credit_only": _Generic(False, False, False, False, (_CREDIT, _BCREDIT)),
    "place_only": _Generic(True, True, False, False, ()),
}
_GUARDED = frozenset(name for name, generic in _GENERIC.items() if generic.guards)
#: Each shape, compiled on its first use: generic (the table words as word
#: shapes, cheap to compile) and exact (as their trees, compiled only where
#: :func:`_match` needs them).  The other shapes hold no table words.
_SHAPE = {name: _Compiled(name, "generic") for name in _SOURCES}
_EXACT_SHAPE = {name: _Compiled(name, "exact") if name in _GENERIC else _SHAPE[name] for name in _SOURCES}
#: The shapes with bare credits and other table words, generic but for bare
#: credits: where a bare credit was no spelling, this is compiled (a
#: quarter of the exact pattern) and asked before the exact one.
_BARE_SHAPE = {name: _Compiled(name, "bare") for name, generic in _GENERIC.items() if generic.bare and generic.date}


def _match(
    shape: str, text: str, pos: int, endpos: int, days_ok: bool | None = None
) -> ShapeMatch | None:
    """``shape``'s match in ``text`` at ``pos`` (``endpos`` as the end), as its exact pattern finds it.

    The month, weekday and bare credit trees of the exact patterns are most
    of their source (up to 25 thousand characters, 100 ms to compile) and
    each shape holds them up to a dozen times.  The generic pattern, tried
    first, writes them as word shapes, and what they took is looked up
    afterwards.  It differs from the exact pattern in two ways:

    * Where the exact one takes a table word (a month, a weekday before a
      date, a bare credit, all captured), it takes any word of that shape,
      tried in the same order; and it leaves out the weekday guards before
      the place and the region.  Each lets more through, and every way the
      exact pattern can match is one of the generic one's, tried in the
      same order.  So the match found is the exact pattern's when its words
      are table words and no weekday stands before its place or region
      (:func:`_table_words`).
    * Its month guards ("no place word is a month before a day") refuse
      every word of the month shape before a day (:func:`_month_shape`),
      which lets less through.  They can differ from the exact ones only at
      such a word that is no month; all guards stand before the first digit
      (outside brackets) of the line from ``pos``, and only the word right
      before that digit stands before a day.  Where it is a month, or of
      another shape, or absent, every guard answers as the exact one
      (:func:`_no_other_word_before_a_day`, which a caller trying several
      shapes at one place may pass as ``days_ok``).

    Where either check fails, the exact pattern is compiled and asked (on
    ASCII text its ASCII form, :func:`_needed`);
    where only a bare credit was no spelling, first the generic pattern with
    bare credits as their tree (the exact pattern, as far as bare credits
    go: the same reasoning holds for the rest).  Once the exact pattern is
    compiled it is asked first: it matches as fast, and needs no checks.
    So a short run never compiles it.  Text that is all ASCII is matched by
    the shape's ASCII form (:func:`_ascii_form`: the exact pattern on the
    faster engine, with nothing to check) once the exact pattern is compiled
    or the shape has been tried often.
    """
    form = _ascii_form(shape) if text.isascii() else None
    if form is not None:  # the exact pattern, on the faster engine (ASCII text, a long run)
        return form.match(text, pos, endpos)
    exact = _EXACT_SHAPE[shape].ready
    if exact:  # compiled, as a text needed it: as fast as the generic one, with nothing to check
        return exact[0].match(text, pos, endpos)
    return _generic_match(shape, text, pos, endpos, days_ok)


def _generic_match(
    shape: str, text: str, pos: int, endpos: int, days_ok: bool | None = None
) -> ShapeMatch | None:
    """:func:`_match` by the generic pattern, checked (the exact pattern asked where a check fails).

    Once the pattern with bare credits as their tree is compiled, it stands
    for the generic one: it is the same but for them.  The caller has asked
    the ASCII form (:func:`_ascii_form`) first where it is due.
    """
    bare = _BARE_SHAPE.get(shape)
    generic = _GENERIC.get(shape)
    m: ShapeMatch | None
    if bare is not None and bare.ready:
        m = bare.ready[0].match(text, pos, endpos)
    else:
        m = _SHAPE[shape]().match(text, pos, endpos)
    if generic is None:
        return m
    if generic.guards:
        if days_ok is None:
            days_ok = _no_other_word_before_a_day(text, pos, endpos)
        if not days_ok:
            return _needed(shape, text).match(text, pos, endpos)
    if m is not None and not _table_words(generic, text, m, endpos):
        if shape in _BARE_SHAPE and _bare_credits_only(generic, m):
            m = _BARE_SHAPE[shape]().match(text, pos, endpos)
            if m is None or _table_words(generic, text, m, endpos):
                return m
        return _needed(shape, text).match(text, pos, endpos)
    return m


def _needed(shape: str, text: str) -> regex.Pattern[str] | re.Pattern[str]:
    """The pattern a failed check of the generic form calls for: the ASCII form for ASCII text, else the exact one.

    The ASCII form gives the exact pattern's match on ASCII text and
    compiles in a third of its time (the credited shape 48 against 129
    ms): a fresh process reading wire copy, which fails a check early,
    pays the one and not both (the exact pattern called for the ASCII
    form at once).  ``benchmarks/batch.py --fresh 9 --docs 2000``.
    """
    return _ASCII_SHAPE[shape]() if text.isascii() else _EXACT_SHAPE[shape]()


def _bare_credits_only(generic: _Generic, m: ShapeMatch) -> bool:
    """Whether a bare credit ``m`` took is no spelling (its other words are checked on the next pattern's match)."""
    spellings = _bare_spellings()
    groups = _groups(m)
    return any((found := groups[n - 1]) is not None and found not in spellings for n in generic.bare)


def _table_words(generic: _Generic, text: str, m: ShapeMatch, endpos: int) -> bool:
    """Whether the words ``m`` took where the exact pattern takes table words are table words, and no weekday guard would refuse it.

    The groups are read as :func:`_groups` gives them, and the place's and
    region's starts by name (every shape with weekday guards holds both).
    """
    groups = _groups(m)
    if generic.bare:
        spellings = _bare_spellings()
        if any((found := groups[n - 1]) is not None and found not in spellings for n in generic.bare):
            return False
    if generic.date:
        weekday, mon1, mon2 = groups[_WDAY - 1], groups[_MON1 - 1], groups[_MON2 - 1]
        if weekday is not None and not _is_weekday_word(weekday[:-1] if weekday.endswith(".") else weekday):
            return False
        if (mon1 is not None and not _is_month_word(mon1)) or (mon2 is not None and not _is_month_word(mon2)):
            return False
    if generic.stamp and (stamp := groups[_STAMP - 1]) is not None:
        word = _LETTERS.match(stamp)
        if word is None or not _is_month_word(word.group()):
            return False
    if generic.weekday_ahead:
        for at in (m.start("place"), m.start("region")):
            if at >= 0 and _weekday_ahead(text, at, endpos):
                return False
    return True


_LETTERS = lazy_regex(r"\p{L}++")
# What the exact weekday guard refuses, "(?i:tree)\.?,?[ \t]": weekday
# words hold letters and hyphens, and one is followed here by none, so the
# tree's word is the whole run.
_WEEKDAY_BEFORE_BLANK = lazy_regex(r"([\p{L}\-]++)\.?,?[ \t]")


def _weekday_ahead(text: str, at: int, endpos: int) -> bool:
    """Whether the exact pattern's weekday guard refuses a place or region at ``at`` ("Friday, ...")."""
    start = text[at : at + 2]
    if start.isascii() and start.lower() not in _weekday_starts():
        return False  # no weekday word starts so (see _is_month_word on ASCII words)
    weekday = _WEEKDAY_BEFORE_BLANK.match(text, at, endpos)
    return weekday is not None and _is_weekday_word(weekday.group(1))


# From where a place may start: what stands before the first digit on the
# line, taking a bracket with no bracket in it as a whole (it holds no
# place word: a region or a credit).  A bracket that does not close so, or
# holds another, is read through as other characters.
_BEFORE_FIRST_DIGIT = lazy_regex(r"(?:[^0-9\n(\[]++|[(\[][^()\[\]\n]*+[)\]]|[(\[])*+(?=[0-9])")
_DIGIT = lazy_regex(r"[0-9]")  # ``regex`` scans for a class several times faster than ``re``
# The word before a day, read back from the day: letters, maybe a period, at most three blanks.
_WORD_BEFORE_DAY = lazy_regex(r"(?r)(\p{L}++)\.?[ \t]{0,3}+")


def _no_other_word_before_a_day(text: str, pos: int, endpos: int) -> bool:
    r"""Whether the generic month guards answer as the exact ones in a match at ``pos``: no word of the month shape but a month before a day.

    A guard stands before a place word; place words, the words and marks
    between them (spaces, "/", ", ", link words) and a region in brackets
    hold no digit and no line break, nor does a credit in brackets before
    them (the agency-first shape).  So every guard stands on the line
    from ``pos`` before its first digit outside brackets, and a word that
    reaches a day from there (a month shape, ``\.?[ \t]{0,3}[0-9]``, the
    guards' form) is the word right before that digit.
    """
    nl = text.find("\n", pos, endpos)
    end = endpos if nl < 0 else nl
    digit = _DIGIT.search(text, pos, end)
    if digit is None:
        return True
    day = digit.start()
    if text.find("(", pos, day) >= 0 or text.find("[", pos, day) >= 0:  # brackets before it: read them
        first = _BEFORE_FIRST_DIGIT.match(text, pos, end)
        if first is None:
            return True
        day = first.end()
    word = _WORD_BEFORE_DAY.match(text, pos, day)
    return word is None or not _other_month_shaped(word.group(1))


@once
def _month_shaped() -> regex.Pattern[str]:
    return regex.compile(_month_shape(), _FLAGS)


@once
def _month_word() -> regex.Pattern[str]:
    return regex.compile(_month_alt(), _FLAGS)


@once
def _weekday_word() -> regex.Pattern[str]:
    return regex.compile("(?i:" + prefix_tree(set(_weekday_tokens())) + ")", _FLAGS)


def _other_month_shaped(word: str) -> bool:
    """Whether ``word`` (a run of letters) has the month shape (:func:`_month_shape`) and is no month word."""
    if word.isascii():
        lower = word.lower()
        return 3 <= len(lower) <= _MONTH_MOST and lower[:2] in _month_starts() and lower not in _month_tokens()
    return _month_shaped().fullmatch(word) is not None and _month_word().fullmatch(word) is None


def _is_month_word(word: str) -> bool:
    """Whether the month tree takes all of ``word`` (as the exact patterns read it, case ignored).

    An ASCII word is looked up in the set of (case-folded) month words:
    no month word holds a letter that matches an ASCII one when case is
    ignored (a test checks it).  Other words are read with the tree.
    """
    if word.isascii():
        return word.lower() in _month_tokens()
    return _month_word().fullmatch(word) is not None


def _is_weekday_word(word: str) -> bool:
    """Whether the weekday tree takes all of ``word`` (see :func:`_is_month_word`)."""
    if word.isascii():
        return word.lower() in _weekday_tokens()
    return _weekday_word().fullmatch(word) is not None


# -- the shapes on the standard library's engine, for ASCII text ------------------
#
# ``re`` matches the shapes in less than half the time ``regex`` takes
# (2.2 against 4.5 µs a try of the uncredited shape on reuters21578's
# datelines, warm; 2.8 against 6.7 µs the credited shape on ag_news'
# titles: ``benchmarks/ascii_shapes.py``; in a parse, the uncredited
# shape's 9.0 µs a reuters21578 parse are 4.5: ``profiled.py --shapes``), but
# it has no ``\p{..}`` classes and no ``(?(DEFINE))``.  On ASCII text those
# classes are ASCII ranges, and the table words that could match there are
# the ASCII ones: so each table shape has an ASCII form, compiled with
# ``re`` in a long run (see :func:`_ascii_form`), and
# asked for text that is all ASCII (``str.isascii`` reads a flag of the
# string).  ``tests/equivalence/test_dateline_ascii.py`` compares the two
# forms' matches and groups.

#: What each ``\p{..}`` class of the shapes and ``\s`` match in ASCII text, inside a class.
_ASCII_CLASSES = {"L": "A-Za-z", "Lu": "A-Z", "Ll": "a-z", "M": "", "N": "0-9"}
_ASCII_SPACE = " \\t\\n\\x0b\\x0c\\r"  # ``regex``'s \s on ASCII characters (a test checks it)


def _for_ascii(source: str) -> str:
    r"""``source`` (a ``regex`` pattern) for ``re``, matching as it does on ASCII text.

    Each ``\p{..}`` class the shapes use and ``\s`` become the ASCII
    characters they match (a class that matches none outside a set becomes
    ``(?!)``); every other part is read alike by both engines.

    >>> _for_ascii(r"\p{Lu}[\p{L}\p{M}'\-]*\s")
    "[A-Z][A-Za-z'\\-]*[ \\t\\n\\x0b\\x0c\\r]"
    """
    out: list[str] = []
    in_set = False
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            if source.startswith("\\p{", i):
                close = source.index("}", i)
                chars = _ASCII_CLASSES[source[i + 3 : close]]
                out.append(chars if in_set else f"[{chars}]" if chars else "(?!)")
                i = close + 1
            elif source[i + 1] == "s":
                out.append(_ASCII_SPACE if in_set else f"[{_ASCII_SPACE}]")
                i += 2
            else:
                out.append(source[i : i + 2])
                i += 2
            continue
        if in_set:
            in_set = ch != "]"
        elif ch == "[":
            in_set = True
            start = i + 2 if source.startswith("[^", i) else i + 1
            if source.startswith("]", start):  # a "]" first in a set is one of its characters
                start += 1
            out.append(source[i:start])
            i = start
            continue
        out.append(ch)
        i += 1
    return "".join(out)


@once
def _ascii_words() -> _Words:
    """The exact table words for ASCII text: those of the trees that are ASCII.

    No letter of a month or weekday word matches an ASCII letter but itself
    when case is ignored, and bare credits are matched as written: a word
    that is not ASCII matches no ASCII text.
    """
    month = "(?i:" + prefix_tree({t for t in _month_tokens() if t.isascii()}) + r")(?![\p{L}])"
    weekday = "(?i:" + prefix_tree({t for t in _weekday_tokens() if t.isascii()}) + r")\.?"
    bare = "(?:" + prefix_tree({s for s in _bare_spellings() if s.isascii()}) + r")(?![\p{L}\p{N}])"
    return _Words(month, rf"(?!{weekday},?[ \t])", weekday, bare)


#: A shape's match: by ``regex``, or by ``re`` (an ASCII form) on ASCII text.
ShapeMatch: TypeAlias = "regex.Match[str] | re.Match[str]"

#: For each ASCII form (by its pattern's ``id``: a pattern's hash reads all
#: of its compiled code; keyed by the patterns, parse took 1.13x the time,
#: ``benchmarks/ab.py dcab5e2 --cpu``), its groups of :data:`_GROUP_NAMES`
#: in that order, from ``m.groups() + (None,)`` (a group the shape lacks reads
#: the None at its end).  The patterns are kept in ``_ASCII_SHAPE``, so no id is reused.
_ASCII_GROUPS: dict[int, Callable[[tuple[str | None, ...]], tuple[str | None, ...]]] = {}


def _groups(m: ShapeMatch) -> tuple[str | None, ...]:
    """The groups of :data:`_GROUP_NAMES` ``m`` holds, in that order (then a generic form's called groups).

    ``regex`` numbers them so in every shape (:func:`_compile`); an ASCII
    form's ``re`` pattern numbers its groups as they stand in it.  Read them
    by name (``m.start("place")``): the names are the same in both.
    """
    reorder = _ASCII_GROUPS.get(id(m.re))
    return m.groups() if reorder is None else reorder((*m.groups(), None))


class _AsciiForm:
    """A table shape's exact form for ASCII text, compiled with ``re`` on the first call (once); ``ready`` holds it then."""

    def __init__(self, shape: str) -> None:
        self.ready: list[re.Pattern[str]] = []

        def build() -> re.Pattern[str]:
            pattern = re.compile(_for_ascii(_SOURCES[shape](_ascii_words())), re.VERBOSE)
            numbers = [pattern.groupindex.get(name) for name in _GROUP_NAMES]
            _ASCII_GROUPS[id(pattern)] = operator.itemgetter(*((n - 1) if n else -1 for n in numbers))
            self.ready.append(pattern)
            return pattern

        build.__qualname__ = f"_shape[{shape!r}, ascii]"
        self._get = once(build)

    def __call__(self) -> re.Pattern[str]:
        return self.ready[0] if self.ready else self._get()


#: The table shapes' ASCII forms (the other shapes hold no table words, and are few tries).
_ASCII_SHAPE = {name: _AsciiForm(name) for name in _GENERIC}
#: After this many tries of a shape on ASCII text, its ASCII form is
#: compiled (10 to 35 milliseconds: ``re`` compiles in Python, so a short
#: run, and the first parse, never pay for it).
_ASCII_AFTER = 200
_ascii_tries = dict.fromkeys(_GENERIC, 0)


def _ascii_form(shape: str) -> re.Pattern[str] | None:
    """``shape``'s ASCII form for ASCII text, once due; None before, and for a shape without table words.

    Due once a check of the generic form failed on ASCII text (:func:`_needed`
    compiled it), once the exact pattern is compiled (a text needed it), or
    once the shape has been tried :data:`_ASCII_AFTER` times on ASCII text
    in the process.  It gives the exact pattern's match on ASCII text
    (``tests/equivalence/test_dateline_ascii.py``), so the generic form's
    checks (:func:`_table_words`, :func:`_no_other_word_before_a_day`) are
    not needed.  On muc34, where no text needs the exact pattern, it took
    the place of the generic form's ASCII form and its checks: parsed alone,
    ``dateline.find`` 31.8 -> 23.0 µs a parse (``benchmarks/ab.py
    ../shared/corpora/muc34.jsonl --cpu --inside dateline.find``, against
    the tree before).  The count is not locked: a lost increment only delays the compile,
    which :func:`once` guards.
    """
    form = _ASCII_SHAPE.get(shape)
    if form is None:
        return None
    if form.ready:
        return form.ready[0]
    if _EXACT_SHAPE[shape].ready:
        return form()
    tries = _ascii_tries[shape] + 1
    _ascii_tries[shape] = tries
    return form() if tries > _ASCII_AFTER else None


@once
def _patterns() -> _Shapes:
    """Every shape, compiled as written (bare credits as their tree of spellings): for tests and warming up."""
    return _Shapes(*(_EXACT_SHAPE[name]() for name in _SOURCES))
