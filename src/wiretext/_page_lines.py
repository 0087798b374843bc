"""A page's lines, read once: offsets, words, whether each ends a sentence.

Decides what a line of a scraped page is to every other rule of the page
stage: its stripped text and offsets, its words (casefolded ``\\w+`` runs; a
run of CJK characters counts a word for every three of them), its key (the
words joined, for comparing lines) and whether it ends a sentence; and the
cheap bounds on word counts that let :mod:`wiretext._page_glance` answer
before any line is read.  Lines without a word are skipped whole, but leave
a gap: the line after them stands after a blank line.

What a line *is* (a menu item, a credit, a rights notice) is
:mod:`wiretext._page_cues`'s; what it is worth on a page,
:mod:`wiretext._page_score`'s.

>>> [(ln.text, ln.units, ln.term, ln.gap) for ln in _lines("Home\\n|\\nRain fell.\\n")]
[('Home', 1, False, True), ('Rain fell.', 2, True, True)]
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterator

from ._lazy import lazy_re

_TERMINAL = frozenset(".!?。！？…।॥؟۔")
"""Characters that end a sentence (closing quotes and brackets are looked through)."""

_CLOSERS = "\"'”’»«“)]）」』】 \t"

_WORD = lazy_re(r"\w+")
_URL = lazy_re(r"://|www\.")
_CJK = lazy_re(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_DIGIT = lazy_re(r"\d")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
"""Soft hyphens and zero-width characters, dropped before words are compared."""
_HIDDEN = lazy_re("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")

_SHORT = 4
"""A line of at most this many words, ending no sentence, is short."""

_LONG = 8
"""A line of at least this many words is long: prose, or wrapped copy."""

_RUN = 3
"""This many short lines without a blank line between them make a link list."""

_MAX_LINE = 20_000
"""Words are counted on at most this many characters of a line."""


class _Line:
    """One line holding a word: its stripped text, offsets and word counts."""

    __slots__ = ("dkey", "gap", "key", "start", "term", "text", "units")

    def __init__(self, text: str, start: int, gap: bool, hidden: bool = True) -> None:
        """``hidden=False`` says the text holds no soft hyphen or zero-width character (none is looked for)."""
        self.text = text
        self.start = start
        self.gap = gap  # a blank line (or a line without words) stands before it
        sample = text[:_MAX_LINE]
        if sample.isascii():  # no CJK, no invisible characters: casefold is lower
            words = _WORD.findall(sample.lower())
            self.units = len(words)
        else:
            words = _WORD.findall(_casefold_visible(sample) if hidden else sample.casefold())
            self.units = len(words) + len(_CJK.findall(sample)) // 3
        self.key = " ".join(words)
        self.dkey = self.key  # with figures as 0 on a page: "Advertisement 2" == "... 3"
        self.term = text.rstrip(_CLOSERS)[-1:] in _TERMINAL

    @property
    def end(self) -> int:
        """Where the line's stripped text ends (not kept: an offset costs 28 bytes, a line of a word 5 or 10)."""
        return self.start + len(self.text)


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence, looking through closing quotes and a sign-off.

    >>> _ends_sentence('He said: "Yes."'), _ends_sentence("Entry is free. (kas)")
    (True, True)
    >>> _ends_sentence("Read more")
    False
    """
    end = text.rstrip(_CLOSERS)
    if end[-1:] in _TERMINAL:
        return True
    if text.endswith((")", "）")):
        # "... ist frei. (kas)", "...。（記者 X）": a sign-off in brackets after the sentence
        at = max(text.rfind("(", 0, len(text) - 1), text.rfind("（", 0, len(text) - 1))
        if at > 0 and len(text) - at <= 40:
            return text[:at].rstrip(_CLOSERS)[-1:] in _TERMINAL
    return False


# A line holding a word (a ``\w``, as _WORD finds one), whole: the engine
# skips the lines without one, so a page of a million lines of "|" or "-"
# is neither split into a million strings nor visited line by line.
_WORDY_LINE = lazy_re(r"(?m)^[^\n\w]*+\w[^\n]*+")

_SPLIT = 2_000
"""A text of fewer line breaks is split at once, as the page glance splits it (``_page_glance._KEEP``).

At most this many strings are held, whatever the text's size; a split and a
look at each line's first character cost less than the pattern above, which
the engine tries at every character (with the look for invisible characters
in :func:`_lines`, ``benchmarks/page_parts.py c4fdeb9
../shared/corpora/pages.jsonl --part _page_lines._lines``: 520 -> 447 µs a
pages parse).  A longer text is split a block of lines at a time
(:func:`_split_blocks`), unless most of its lines hold no word
(:func:`_sparse`): that one is read with the pattern, which skips them.
"""


def _split_blocks(text: str) -> Iterator[str]:
    """``text.split("\\n")``, split a block of lines at a time: no list of every line is held.

    >>> list(_split_blocks("a\\r\\n b \\n\\nc"))
    ['a\\r', ' b ', '', 'c']
    """
    return itertools.chain.from_iterable(block.split("\n") for block in _blocks(text))


def _blocks(text: str) -> Iterator[str]:
    """``text`` in pieces cut at the first line break ``_BLOCK`` characters or more past a piece's start.

    The line break is in no piece, so the pieces' lines are the text's.

    >>> [len(piece) for piece in _blocks("a" * _BLOCK + "\\nb\\nc")]
    [8192, 3]
    """
    start = 0
    while (end := text.find("\n", start + _BLOCK)) >= 0:
        yield text[start:end]
        start = end + 1
    yield text[start:]


_BLOCK = 8_192


def _sparse(text: str) -> bool:
    """Whether fewer than half the lines in the first ``_SAMPLE`` characters hold a word.

    >>> _sparse("|\\n|\\n|\\nRain fell.\\n"), _sparse("Rain fell.\\n|\\nIt did.\\n")
    (True, False)
    """
    return len(_WORDY_LINE.findall(text, 0, _SAMPLE)) * 2 < text.count("\n", 0, _SAMPLE)


_SAMPLE = 4_000


_HIDDEN_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
"""The characters of ``_INVISIBLE``: a text holding none of them is not searched for them line by line."""


def _lines(text: str) -> list[_Line]:
    """Split ``text`` into lines holding a word, with the offsets of their stripped text.

    A line whose text came before shares the earlier line's words and
    strings instead of reading them again: pages repeat their menus, markers
    and widget labels, and reading a short line costs about as much as a long one.
    """
    # one look at the text for soft hyphens and zero-width characters spares a search a line
    # (a search for one character is a memchr; a search for the six, a pattern run over each line)
    hidden = any(ch in text for ch in _HIDDEN_CHARS)
    if text.count("\n") < _SPLIT:
        return _split_lines(text, hidden)
    if _sparse(text):
        return _found_lines(text, hidden)
    # split a block at a time: the pattern, tried at every character, took 0.27 µs a line of
    # hostile.py's "US_STATE_VARIANTS alone" (a line of 9.5 characters) at 2 MB, a split 0.05
    return _block_lines(text, hidden)


def _split_lines(text: str, hidden: bool) -> list[_Line]:
    """:func:`_lines` of a text of fewer than ``_SPLIT`` line breaks: split at once, each line looked at."""
    out: list[_Line] = []
    append = out.append
    read: dict[str, _Line] = {}  # the first line of each stripped text
    word = _WORD.search
    pos = 0
    gap = True
    for raw in text.split("\n"):
        line = raw.strip()
        # a line holds a word when its first character is one or a search finds one
        if line and (line[0].isalnum() or word(line)):
            at = pos + len(raw) - len(raw.lstrip())
            same = read.get(line)
            if same is None:
                append(read.setdefault(line, _Line(line, at, gap, hidden)))
            else:
                append(_copy(same, at, gap))
            gap = False
        else:
            gap = True
        pos += len(raw) + 1
    return out


def _block_lines(text: str, hidden: bool) -> list[_Line]:
    """:func:`_lines` of a long text most of whose lines hold a word: split a block of lines at a time.

    Keyed by the raw line, a copy is neither stripped nor measured (on
    hostile.py's "data.places.US_STATE_VARIANTS alone" at 2 MB, keyed by the
    stripped line as :func:`_split_lines` is, ``page_parts.py --part
    _page_lines._lines`` took 1.19 times as long; on the pages corpus,
    whose lines mostly come once, the stripped key is the faster: 0.94).
    """
    out: list[_Line] = []
    append = out.append
    read: dict[str, tuple[_Line, int]] = {}  # the first line of each raw text, and its stripped text's lead
    word = _WORD.search
    pos = 0
    gap = True
    for raw in _split_blocks(text):
        first = read.get(raw)
        if first is not None:
            same, lead = first
            append(_copy(same, pos + lead, gap))
            gap = False
        else:
            line = raw.strip()
            # a line holds a word when its first character is one or a search finds one
            if line and (line[0].isalnum() or word(line)):
                append(_first_read(read, raw, line, pos, gap, hidden))
                gap = False
            else:
                gap = True
        pos += len(raw) + 1
    return out


def _found_lines(text: str, hidden: bool) -> list[_Line]:
    """:func:`_lines` of a long text most of whose lines hold no word: those holding one found by ``_WORDY_LINE``."""
    out: list[_Line] = []
    append = out.append
    # the first line of each raw text, and where its stripped text starts in it: keyed by the raw
    # text, a copy is neither stripped nor measured (hostile.py --only "_ODD_CASE alone" at 200 KB:
    # _lines 60 -> 43 ms of CPU, US_STATES 12 -> 10)
    read: dict[str, tuple[_Line, int]] = {}
    after = -2  # the line break after the last line holding a word
    for m in _WORDY_LINE.finditer(text):
        raw = m.group()
        at, end = m.span()
        gap = at != after + 1  # a blank line, or a line without words, stands before it
        after = end
        first = read.get(raw)
        if first is None:
            ln = _first_read(read, raw, raw.strip(), at, gap, hidden)
        else:
            same, lead = first
            ln = _copy(same, at + lead, gap)
        append(ln)
    return out


def _first_read(read: dict[str, tuple[_Line, int]], raw: str, line: str, at: int, gap: bool, hidden: bool) -> _Line:
    """The record of ``line``, the stripped text of the raw line ``raw`` at ``at``, read for the first time.

    It is remembered in ``read`` under ``raw``, with where its stripped text
    starts in it: a later copy of ``raw`` is neither stripped nor measured
    (:func:`_block_lines`, :func:`_found_lines`).
    """
    lead = len(raw) - len(raw.lstrip())
    ln = _Line(line, at + lead, gap, hidden)
    read[raw] = (ln, lead)
    return ln


def _copy(same: _Line, start: int, gap: bool) -> _Line:
    """A line of the same text as ``same`` at ``start``, made without ``__init__``.

    A third of the cost of reading the line (hostile.py's families of
    repeated short lines: _lines 73 -> 26 ms on 200 KB, and 30 -> 18 bytes a character).
    """
    ln = _NEW(_Line)
    ln.text, ln.units, ln.term = same.text, same.units, same.term
    ln.key = ln.dkey = same.key
    ln.start, ln.gap = start, gap
    return ln


_NEW = _Line.__new__


def _once(seen: dict[str, bool], test: Callable[[_Line], bool], line: _Line) -> bool:
    """``test(line)``, taken once for each text (in ``seen``): pages and extracts repeat their lines.

    >>> seen: dict[str, bool] = {}
    >>> _once(seen, lambda ln: ln.units > 1, _Line("Rain fell.", 0, True)), seen
    (True, {'Rain fell.': True})
    """
    hit = seen.get(line.text)
    if hit is None:
        hit = seen[line.text] = test(line)
    return hit


_TEXT = operator.attrgetter("text")
_KEY = operator.attrgetter("key")


def _by_text(lines: list[_Line], test: Callable[[_Line], bool]) -> list[bool]:
    """``[test(ln) for ln in lines]`` for a test of what a line says (its text, words, ending), taken once a text.

    Pages repeat their lines (menus, markers, a feed's labels): the lines
    are looked up at C speed and the test is taken on one line of each text,
    where :func:`_once` is a call a line (``benchmarks/page_parts.py 8f0cd3d
    --family "data.places.US_STATE_VARIANTS alone" --part
    _page_extract._listed``, 10,500 lines in 100 KB: 2.3 -> 0.8 ms).

    >>> [ln.text for ln in _lines("Home\\nRain fell.\\nHome\\n")]
    ['Home', 'Rain fell.', 'Home']
    >>> _by_text(_lines("Home\\nRain fell.\\nHome\\n"), lambda ln: ln.term)
    [False, True, False]
    """
    texts = list(map(_TEXT, lines))
    one = dict(zip(texts, lines, strict=True))  # a line of each text: they say the same
    verdict = {text: test(ln) for text, ln in one.items()}
    return list(map(verdict.__getitem__, texts))


def _toks(key: str) -> list[str]:
    """Comparison tokens of a key: its words, with CJK runs cut into character pairs."""
    if key.isascii() or not _CJK.search(key):  # one search a key, not one a word
        return key.split()
    out: list[str] = []
    for w in key.split():
        if len(w) > 2 and _CJK.search(w):
            out.extend(w[i : i + 2] for i in range(len(w) - 1))
        else:
            out.append(w)
    return out


def _casefold_visible(text: str) -> str:
    """Casefold ``text`` and drop its soft hyphens and zero-width characters."""
    text = text.casefold()
    return text.translate(_INVISIBLE) if _HIDDEN.search(text) else text


def _keyed(text: str) -> str:
    return " ".join(_WORD.findall(_casefold_visible(text)))



def _at_least(line: str, units: int) -> bool:
    """Whether a stripped line holds at least ``units`` words, counted as :class:`_Line` does.

    >>> _at_least("Port strike ends", 3), _at_least("-- Port strike", 3)
    (True, False)
    """
    if len(line) <= _MEMO_CHARS:
        return _short_at_least(line, units)
    return _count_at_least(line, units)


def _count_at_least(line: str, units: int) -> bool:
    """:func:`_at_least` counted on the line."""
    if line.isascii():  # words are the runs of \w: one match finds the first ``units``
        return _first_words(units, _ASCII).match(line, 0, _MAX_LINE) is not None
    sample = line[:_MAX_LINE]
    # folding goes character by character: the words of a folded head are the
    # first words of the folded line, so a head with enough of them decides
    folded = _casefold_visible(sample[:_HEAD_CHARS])
    if _first_words(units).match(folded) is not None:
        return True  # enough words without the CJK characters
    if len(sample) > _HEAD_CHARS:
        folded = _casefold_visible(sample)
    return len(_WORD.findall(folded)) + len(_CJK.findall(sample)) // 3 >= units


_MEMO_CHARS, _MEMO_LINES = 200, 1024
"""The answers for the last ``_MEMO_LINES`` lines of at most ``_MEMO_CHARS`` characters are kept.

Pages and the hostile inputs repeat their lines, and the page glance asks of
each copy (``hostile.py --against f7f4006 --only "scraper marks"``: parse in
0.95-0.98 of the time at 100-400 KB); a kept line costs its characters, so
long lines are not kept.
"""

_short_at_least = functools.lru_cache(maxsize=_MEMO_LINES)(_count_at_least)

_HEAD_CHARS = 200
"""Words of a long line are first sought in this many characters."""

_ASCII = int(re.ASCII)
"""``re.ASCII`` as a plain int: a ``RegexFlag`` in the cache key of :func:`_first_words` is hashed in
Python (``_at_least`` on a short ASCII line: 0.8 -> 0.4 µs a call, timeit)."""


@functools.cache
def _first_words(units: int, flags: int = 0) -> re.Pattern[str]:
    """A pattern matching the start of a text holding at least ``units`` runs of ``\\w``.

    The runs are taken whole (possessive quantifiers), so a run is never split
    into two to make up the count.  ``re.ASCII`` is for ASCII text only: there
    its classes are the Unicode ones, and the engine tests them faster.
    """
    return re.compile(rf"\W*+(?:\w++\W++){{{units - 1}}}\w", flags)

