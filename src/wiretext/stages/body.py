"""Stage ``body``: what is left between the head and the tail, as paragraphs.

Decides where paragraphs split (blank or indented lines; in copy not
wrapped at a fixed width, lines ending a sentence), joins hard-wrapped lines
(a hyphen at a line end joins a word) and repairs mojibake and entity
debris (:func:`wiretext.normalize.repair`).  Where the body begins and ends
is for ``dateline``/``head`` and ``tail`` to say.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

from .._lazy import lazy_re, lazy_regex
from .._spans import line_start
from ..normalize import is_clean, printable, repair, squash
from .state import State

__all__ = ["paragraphs", "run"]

# A paragraph break; breaks in a row, blanks between them, are taken as one
# run (the blocks between them would be blank, and are skipped anyway):
# 200 KB of blank lines is one run, not 100,000 empty blocks read by a loop
# (with the blank lines find_stamp passes at once: benchmarks/hostile.py
# "blank lines" 5.5 -> 1.7 times ordinary copy's time at 200 KB; "pipe lines
# and blanks", blanked by the noise stage, 4.3 -> 1.9).
# (Written to open with its "\n", which the engine skips to: "(?:...)++"
# hides it, and split 11 times slower on Reuters copy.)
_BREAK = r"\n(?:[ \t\r]*+\n|(?=[ \t]{2,}+\S|\t))"
_PARA_BREAK = lazy_re(rf"{_BREAK}(?:[ \t\r]*+{_BREAK})*+")
# A line ending in a sentence end, before a line break: where the lines of
# copy that is not wrapped at a fixed width split into paragraphs.
_SENTENCE_LINE_END = lazy_re(r"(?<=[.!?…\"”»’):])[ \t\r]*+\n")
# The same for a wrapped block, whose lines are taken stripped: ``[^\S\n]``
# is the white space str.strip() takes (re's \s is str.isspace), so the line
# this ends is, stripped, one that ends in a sentence end.
_TERMINAL_LINE_END = lazy_re(r"[.!?…\"”»’):][^\S\n]*+\n")
# A word broken with a hyphen at a line end: "well-" / "known" joins as "well-known".
_HYPHEN_BREAK = lazy_regex(r"(?<=\p{L}-)[ \t\r]*+\n[ \t]*+(?=\p{Ll})")
# What every such break holds (and a line ending in "-" before str.strip's
# white space): a cheap test before the pattern above, or stripping lines.
_HYPHEN_AT_LINE_END = lazy_re(r"-[^\S\n]*+\n")
# Where a block's lines may matter: a line ending in a sentence end (which
# may end a paragraph) or a hyphen (which may join a word).  A superset of
# the four patterns above.
_MARKED_LINE_END = lazy_re(r"[.!?…\"”»’):\-][^\S\n]*+\n")

# The line break that ends every match of _MARKED_LINE_END: one after a
# sentence end or a hyphen, or after white space (which may stand between
# the mark and the break).  A cheap test before that pattern: the search
# looks for line breaks, far fewer than its marks, which stand inside lines
# too.
_BREAK_AFTER_MARK = lazy_re(r"\n(?<=(?:[.!?…\"”»’):\-]|[^\S\n])\n)")


def run(s: State) -> None:
    """Set ``paragraphs``; label the body; note repairs and text left after the story."""
    work, body_start, body_end = s.work, s.body_start, s.body_end
    # Blanks stand in for what the body's first line holds before it (the
    # dateline), so that line measures as long as it is in the text.
    body = " " * (body_start - line_start(work, body_start)) + work[body_start:body_end]
    s.paragraphs, repaired = paragraphs(body)
    if repaired:
        s.note("repaired", f"fixed mojibake or entity debris in {repaired} paragraph(s)", (body_start, body_end))
    s.label(body_start, body_end, "body")
    story_end, n = s.story_end, len(s.text)
    if story_end < n and (rest := _first_words(work, story_end)):
        s.note("after-story", f"text after the story was not placed: {rest[:_PREVIEW]!r}", (story_end, n))
        s.label(story_end, n, "after-story")  # explain shows what the note says, over what was cut there


def paragraphs(body: str) -> tuple[tuple[str, ...], int]:
    """The body's paragraphs, joined and repaired, and how many needed repair.

    >>> paragraphs("One line\\nwraps.\\n\\n  Two &amp; three.")
    (('One line wraps.', 'Two & three.'), 1)
    """
    # Repair has provably nothing to do in pure ASCII without entity debris:
    # asked once of the whole body rather than of every paragraph.
    clean = is_clean(body)
    if len(body) < (_REMEMBER_CLEAN_FROM if clean else _REMEMBER_FROM):
        return _short_paragraphs(body, clean)
    out: list[str] = []
    repaired = 0
    # Each paragraph is made (joined, repaired) once for each raw text: a
    # body of one line repeated makes the same few paragraphs thousands of
    # times, each costing more than a look-up.  Raw texts are remembered
    # up to _MEMO_CHARS characters and _MEMO_TEXTS texts, so the memory is bounded
    # (lines joined as a wrapped block and blocks joined whole apart: they
    # are joined differently).
    memos: tuple[dict[str, tuple[str, bool]], dict[str, tuple[str, bool]]] = ({}, {})
    room = _MEMO_CHARS
    # Blank lines leave empty blocks: skipped at C speed (a body of a million
    # blank lines must not cost a loop turn per block).
    # (A long body is cut block by block, not split into a list of every
    # block: its paragraphs are made while its blocks are read; one without
    # a break is one block, told without trying its every line break.)
    if len(body) < _SPLIT_WHOLE:
        blocks: Iterable[str] = _PARA_BREAK.split(body)
    else:
        blocks = _pieces(_PARA_BREAK, body) if _may_break(body) else (body,)
    whole = memos[False]  # blocks made whole: blocks whose lines did not matter
    for block in filter(str.strip, blocks):
        # A block whose lines matter is split where they end paragraphs; another is one paragraph.
        # A short block made whole before is not asked again (hostile.py "_page_extract._BULLETS
        # alone", 11,000 blocks of one text: paragraphs() 17.6 -> 9.0 ms at 400 KB, page_parts.py)
        lines = (len(block) > _SHORT_BLOCK or block not in whole) and _lines_matter(block)
        raws: Iterable[str] = _line_paragraphs(block) if lines else (block,)
        memo = memos[lines]
        for raw in raws:
            made = memo.get(raw)
            if made is None:
                made = _made(raw, lines, clean)
                if len(raw) < room and len(memo) < _MEMO_TEXTS:
                    memo[raw] = made
                    room -= len(raw)
            para, fixed = made
            repaired += fixed
            if para:
                out.append(para)
    return tuple(out), repaired


def _may_break(text: str) -> bool:
    """False when ``text`` holds no paragraph break (:data:`_PARA_BREAK`), told at C speed.

    Every break opens with a line break before another, a blank, a tab or a
    "\\r".  A long text of lines that open otherwise (hostile.py "rights._ODD_CASE
    alone", 125,000 lines of a letter or a few in 400 KB) is then not tried at
    each of its line breaks (:func:`paragraphs` 34.9 -> 32.0 ms, page_parts.py e3bcca8).

    >>> _may_break("one\\ntwo"), _may_break("one\\n\\ntwo"), _may_break("one\\n  two")
    (False, True, True)
    """
    return "\n\n" in text or "\n " in text or "\n\t" in text or "\n\r" in text


def _lines_matter(block: str) -> bool:
    """Whether a line of ``block`` ends in a sentence end or a hyphen: it may end a paragraph or join a word.

    The block's last line before its white space at its end (the body's
    last block, before a sign-off) does neither: it splits off only that
    white space, which no paragraph keeps, and joins no word (a hyphen joins
    only a lower-case letter, and none follows).
    """
    if "\n" not in block or not (hit := _BREAK_AFTER_MARK.search(block, 0, end := len(block.rstrip()))):
        return False
    if block[: hit.start()].isspace():
        # The break ends a blank first line (blanks standing in for what the
        # line held before the body): no mark stands before it, so the
        # breaks after it are the ones to look at.
        hit = _BREAK_AFTER_MARK.search(block, hit.end(), end)
    return hit is not None and _MARKED_LINE_END.search(block, 0, end) is not None


def _short_paragraphs(body: str, clean: bool) -> tuple[tuple[str, ...], int]:
    """:func:`paragraphs` of a body shorter than :data:`_REMEMBER_FROM`: the same, without the memory.

    Made in two passes, joined then repaired, with no call a paragraph.
    """
    joined: list[str] = []
    # printable ASCII but for line breaks (the bytes 0x20-0x7e and "\n" deleted, nothing left): every
    # block's lines joined are printable, asked once of the body at C speed rather than by isprintable
    # a block (the body stage in a muc34 parse 15.4 -> 11.3 µs, reuters21578 14.8 -> 13.5, with
    # normalize.printable in squash: ab.py c4fdeb9 <corpora> --cpu --inside stage:body)
    lines_printable = body.isascii() and not body.encode().translate(None, _PRINTABLE_LINES)
    # _lines_matter's first search made here: most blocks of copy (a wrapped sentence or two, and
    # the last, whose "\n " before the sign-off stands past the bound) hold no marked line break,
    # and are told without a call (this function in a reuters21578 parse: 12.1-12.2 -> 11.6-11.7 µs,
    # ab.py 2150f35 --cpu --inside stages.body._short_paragraphs).  (Not the body stripped once
    # instead: a last line of blanks, as wide as wrapped copy, sets the block's width.)
    marked = _BREAK_AFTER_MARK.search
    for block in filter(None, _PARA_BREAK.split(body)):
        if "\n" in block and marked(block, 0, len(block.rstrip())) and _lines_matter(block):
            joined += map(_join_lines, _line_paragraphs(block))
        else:
            # squash's shortcut written out (printable, no two blanks in a row inside: the
            # stripped block), a call a block spared (tests/equivalence/test_body.py)
            flat = block.replace("\n", " ")
            if lines_printable or printable(flat):
                core = flat.strip(" ")
                if "  " not in core:
                    joined.append(core)
                    continue
            joined.append(squash(flat))
    if clean:
        return tuple(filter(None, joined)), 0
    out = []
    repaired = 0
    for para in filter(None, joined):
        fixed = repair(para)
        if fixed != para:  # the joins already normalised the white space
            repaired += 1
            para = squash(fixed)
        if para:
            out.append(para)
    return tuple(out), repaired


_PRINTABLE_LINES = bytes(range(0x20, 0x7F)) + b"\n"

_REMEMBER_FROM = 4000
""":func:`paragraphs` remembers paragraphs only in a body of at least this many characters.

In a shorter one the look-ups and the bookkeeping (and a call a paragraph)
cost more than the few repeats they spare; :func:`_made` is a pure function
of its arguments, so the paragraphs are the same either way (the
equivalence tests compare the two).  Reuters copy (bodies of tables: many short
paragraphs) parses in 0.96-0.98 of the time (``benchmarks/ab.py --cpu``, two
runs; ``instructions.py`` 0.981x) against the tree that remembers in every body.
"""

_REMEMBER_CLEAN_FROM = 50_000
""":data:`_REMEMBER_FROM` for a clean body (:func:`wiretext.normalize.is_clean`: nothing to repair).

A remembered paragraph of a clean body spares only its join, at C speed:
the 101 muc34 bodies of 4,000 characters or more took 30.6 µs a body with
the memory, 23.1 without (a timing loop over the bodies of 1,500 parses, not
kept).  From :data:`_SPLIT_WHOLE` on, a body is cut piece by piece, and the
memory keeps a hostile body's repeated paragraphs one string each.
"""

_SHORT_BLOCK = 200
""":func:`paragraphs` looks a block of at most this many characters up among those made whole first.

The look-up hashes the block, a pass over it: a longer block (prose) mostly
comes once, and is asked at once whether its lines matter (``instructions.py
e3bcca8 pages.jsonl --stage body --limit 100``: every block looked up 1.004x
the instructions, only these 1.001x).
"""

_MEMO_CHARS, _MEMO_TEXTS = 1 << 16, 256
""":func:`paragraphs` remembers the paragraphs made of at most this many characters of raw text, and this many texts.

(A hostile body repeats a few texts; bounded, the memory does not grow with the body:
``hostile.py --memory`` counts the peak a character.)"""


def _made(raw: str, lines: bool, clean: bool) -> tuple[str, bool]:
    """The paragraph made of ``raw`` (empty: none), and whether repair changed it.

    ``lines``: ``raw`` is a paragraph of a block's lines (:func:`_join_lines`);
    else a whole block, of which only the white space changes: its lines are
    joined by making the line breaks blanks, after which squash's shortcut
    for text already single-spaced mostly holds.
    """
    para = _join_lines(raw) if lines else squash(raw.replace("\n", " "))
    if clean or not para:
        return para, False
    fixed = repair(para)
    if fixed != para:  # the joins already normalised the white space
        return squash(fixed), True
    return para, False


def _line_paragraphs(block: str) -> Iterable[str]:
    """Split a block where a line ends a paragraph rather than wraps one.

    Wire copy wraps sentences at a fixed width, so its lines are about as
    long as the longest; scraped pages put a paragraph on each line.  A line
    that ends a sentence and stops well short of the block's width (or in a
    block too wide to be wrapped) ends a paragraph.

    >>> _line_paragraphs("Oil rose on Monday.\\nBrent gained 30 cents on the day, traders said.")
    ['Oil rose on Monday.', 'Brent gained 30 cents on the day, traders said.']
    >>> _line_paragraphs("a sentence that was wrapped at a\\nfixed width. It goes on here")
    ['a sentence that was wrapped at a\\nfixed width. It goes on here']
    """
    if "\n" not in block:
        return [block]
    if len(block) < _SPLIT_WHOLE:
        width = max(map(len, block.split("\n")))  # leading blanks count, as they do in a wrap
    else:
        # no list of every line: the width of the lines of 55 characters or more, else 0 (below 55)
        width = max((m.end() - m.start() for m in _WIDE_LINE.finditer(block)), default=0)
    # Not wrapped at a fixed width (a line over 88 characters, or none of
    # 55): every sentence end at a line end ends a paragraph.
    if width > 88 or width < 55:
        if len(block) < _SPLIT_WHOLE:
            return [p for p in _SENTENCE_LINE_END.split(block) if p.strip()]
        return filter(str.strip, itertools.chain.from_iterable(_sentence_windows(block)))
    # Only lines ending a sentence can end a paragraph: visit those, not every line.
    ends = [
        m.end() - 1
        for m in _TERMINAL_LINE_END.finditer(block)
        if len(block[line_start(block, m.start()) : m.end()].strip()) < 0.8 * width
    ]
    out = []
    pos = 0
    for end in [*ends, len(block)]:
        piece = block[pos:end]
        if "-" in piece and _HYPHEN_AT_LINE_END.search(piece):
            # The hyphen rule of _join_lines sees the lines stripped and the
            # blank ones dropped; elsewhere joining ignores all white space.
            piece = "\n".join(line for line in (raw.strip() for raw in piece.split("\n")) if line)
        if piece and not piece.isspace():
            out.append(piece)
        pos = end + 1
    return out


_WIDE_LINE = lazy_re(r"(?m)^[^\n]{55,}+")
"""A line of 55 characters or more (leading blanks count): the widths that matter in a block."""

_SPLIT_WHOLE = 50_000
"""A text of fewer characters is split into a list at once; a longer one is cut piece by piece."""


def _pieces(pattern: re.Pattern[str], text: str) -> Iterator[str]:
    """What ``pattern.split(text)`` gives (a pattern without groups), one piece at a time."""
    pos = 0
    for m in pattern.finditer(text):
        yield text[pos : m.start()]
        pos = m.end()
    yield text[pos:]


def _sentence_windows(text: str) -> Iterator[list[str]]:
    """What ``_SENTENCE_LINE_END.split(text)`` gives, a list for each window of some ``_WINDOW`` characters.

    Split a window at a time, the pieces of a long block are cut at C speed,
    not a generator step each (hostile.py --against 987d41d --only "SEPARATOR_START alone":
    0.90-0.94 of the time at 100-400 KB), and no list of every piece is held.  A window ends where a
    match starts and the next begins where it ends, so no match changes: every match is a
    line break after a sentence end and the blanks before it, its one character of context
    looked behind (a ``search`` from a position sees the text before it); none starts
    after another's line break, and one ending past a window's end contains its start.

    >>> [piece for window in _sentence_windows("Rain.\\nFell.  \\nOn") for piece in window]
    ['Rain.', 'Fell.', 'On']
    """
    split, search = _SENTENCE_LINE_END.split, _SENTENCE_LINE_END.search
    pos = 0
    while (m := search(text, pos + _WINDOW)) is not None:
        yield split(text[pos : m.start()])
        pos = m.end()
    yield split(text[pos:])


_WINDOW = 1 << 14
""":func:`_sentence_windows` splits windows of about this many characters."""


def _join_lines(chunk: str) -> str:
    """Join hard-wrapped lines with single spaces; a hyphen at a line end joins without one.

    >>> _join_lines("a well-\\nknown  \\nfact")
    'a well-known fact'
    """
    if "-" in chunk and _HYPHEN_AT_LINE_END.search(chunk):
        chunk = _HYPHEN_BREAK.sub("", chunk)
    return squash(chunk.replace("\n", " "))  # a line break is white space, as a blank is


_PREVIEW = 60
"""A note shows this many characters of the text left after the story."""


def _first_words(text: str, start: int) -> str:
    """``squash(text[start:])``, or a start of it longer than a note shows.

    White space and invisible characters are nothing.

    A few KB are squashed first: the whole rest of a hostile text (a million
    control codes after an ETX) split into words held 4.7 bytes a character
    (hostile.py --memory, "control codes", explain).  The words of a start
    are the first words of the whole, so its first characters are the
    note's if it holds more than the note shows.

    >>> _first_words("ab" + " x" * 9000, 2)[:6], len(_first_words(" " * 9000 + "y", 0))
    ('x x x ', 1)
    """
    rest = squash(text[start : start + 8192])
    if len(rest) <= _PREVIEW and start + 8192 < len(text):
        rest = squash(text[start:])
    return rest
