"""Spans of the input text: the one currency every stage trades in.

Every stage of :func:`wiretext.parse` works on offsets into the caller's
original string.  A stage that decides some text is not part of the story
returns :class:`Cut` values; the pipeline masks them out and reports them as
notes, so no character is ever dropped silently.
"""

from __future__ import annotations

from typing import NamedTuple

from ._lazy import lazy_re

__all__ = ["LINE_RUNS", "Cut", "count_lines", "line_start", "lines", "mask", "run_lines"]


class Cut(NamedTuple):
    """A half-open span ``[start, end)`` of the input removed by a named rule.

    >>> Cut(0, 2, "pipe-line")
    Cut(start=0, end=2, rule='pipe-line')
    """

    start: int
    end: int
    rule: str


def line_start(text: str, pos: int) -> int:
    """The offset where the line holding ``pos`` begins.

    >>> line_start("ab\\ncd", 4)
    3
    """
    return text.rfind("\n", 0, pos) + 1


def lines(text: str, start: int, end: int, most: int = -1) -> list[tuple[int, int]]:
    """Non-blank lines of ``text[start:end]`` (the first ``most``) as (start, end) without their edges' space.

    The one line reader of the stages (the wire and page readers walk lines
    of their own shape: see :mod:`wiretext.wire` and :mod:`wiretext.page`).

    >>> lines(" a \\n\\n  bc\\n", 0, 9)
    [(1, 2), (7, 9)]
    >>> lines(" a \\n\\n  bc\\n", 0, 9, most=1)
    [(1, 2)]
    """
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end and len(out) != most:
        nl = text.find("\n", pos, end)
        le = end if nl < 0 else nl
        core = text[pos:le].lstrip()
        if core:
            s = le - len(core)
            out.append((s, s + len(core.rstrip())))
        pos = le + 1
    return out



# Rules whose one cut may hold a run of lines: each line counts (and, when few,
# is listed) as a cut of its own.  A page of a hundred thousand such lines is
# then held in a few cuts, not a hundred thousand: a cut costs some 130 bytes,
# a line of a US state's name 5 to 10 characters (hostile.py --memory, "US_STATE_VARIANTS
# alone": 27.9 -> 18.0 bytes a character at 1 MB).  The value says whether a line's own
# cut holds its line feed (a pipe line's does: its rule takes the feed).
LINE_RUNS: dict[str, bool] = {
    "pipe-line": True,
    "page-repeated-line": False,
    "page-link-list": False,
    "page-caption": False,
    "page-embed": False,
}

_EMPTY_LINE = lazy_re(r"(?<=\n)\n")


def run_lines(text: str, cut: Cut, most: int = -1) -> list[Cut]:
    """The lines of a cut (the first ``most``), each a cut of its own, as its rule cuts a line.

    >>> run_lines("|\\n\\n |\\nx", Cut(0, 6, "pipe-line"))
    [Cut(start=0, end=2, rule='pipe-line'), Cut(start=3, end=6, rule='pipe-line')]
    >>> run_lines("ab\\nc", Cut(0, 4, "page-caption"))
    [Cut(start=0, end=2, rule='page-caption'), Cut(start=3, end=4, rule='page-caption')]
    """
    feed = LINE_RUNS.get(cut.rule, False)
    out: list[Cut] = []
    pos = cut.start
    while pos < cut.end and len(out) != most:
        if text[pos] == "\n":  # an empty line between two of the run's lines: no cut of its own
            pos += 1
            continue
        nl = text.find("\n", pos, cut.end)
        end = cut.end if nl < 0 else nl + feed
        out.append(Cut(pos, end, cut.rule))
        pos = end
    return out


def count_lines(text: str, cut: Cut) -> int:
    """How many lines ``cut`` holds: ``len(run_lines(text, cut))`` at C speed.

    >>> count_lines("|\\n\\n |\\nx", Cut(0, 6, "pipe-line")), count_lines("ab\\n\\nc", Cut(0, 5, "page-caption"))
    (2, 2)
    """
    lines = text.count("\n", cut.start, cut.end) + (text[cut.end - 1 : cut.end] != "\n")
    return lines - (len(_EMPTY_LINE.findall(text, cut.start, cut.end)) if "\n\n" in text[cut.start : cut.end] else 0)


class _Blanks(dict[int, str]):
    """A ``str.translate`` table taking every character but the line feed to a blank, filled as they come.

    >>> "a\\nb\\tc".translate(_Blanks())
    ' \\n   '
    """

    def __missing__(self, code: int) -> str:
        blank = self[code] = "\n" if code == 10 else " "
        return blank


_MOST_BLANKS = 4096
"""A table of :class:`_Blanks` is begun anew past this many characters (a text of every character)."""


def mask(text: str, cuts: list[Cut]) -> str:
    """Blank out ``cuts`` (sorted, not overlapping), keeping line breaks, so offsets stay those of the input.

    >>> mask("ab\\ncd", [Cut(1, 4, "x")])
    'a \\n d'
    """
    if not cuts:
        return text
    done: list[str] = []  # the text masked so far, in pieces of many cuts
    parts: list[str] = []
    pos = 0
    blanks = _Blanks()
    for c in cuts:
        parts.append(text[pos : c.start])
        chunk = text[c.start : c.end]
        if "\n" not in chunk:
            parts.append(" " * len(chunk))
        else:
            # each character but the line feed to a blank, by one translate (a substitution held a
            # piece a line: 24 bytes a character on "|\n\n"); the table is shared by the cuts
            # (a table a cut: "scraper marks" at 200 KB, 3,390 cuts of two lines, 8.7 -> 2 ms)
            if len(blanks) > _MOST_BLANKS:
                blanks = _Blanks()
            parts.append(chunk.translate(blanks))
        pos = c.end
        if len(parts) >= 4096:  # a blank string a cut held whole: 17 bytes a character on control codes
            done.append("".join(parts))
            parts.clear()
    parts.append(text[pos:])
    return "".join(done + parts)
