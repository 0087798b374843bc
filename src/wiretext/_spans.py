"""Spans of the input text: the one currency every stage trades in.

Every stage of :func:`wiretext.parse` works on offsets into the caller's
original string.  A stage that decides some text is not part of the story
returns :class:`Cut` values; the pipeline masks them out and reports them as
notes, so no character is ever dropped silently.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Cut", "line_start", "lines", "mask"]


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




def mask(text: str, cuts: list[Cut]) -> str:
    """Blank out ``cuts`` (sorted, not overlapping), keeping line breaks, so offsets stay those of the input.

    >>> mask("ab\\ncd", [Cut(1, 4, "x")])
    'a \\n d'
    """
    if not cuts:
        return text
    parts = []
    pos = 0
    for c in cuts:
        parts.append(text[pos : c.start])
        chunk = text[c.start : c.end]
        if "\n" not in chunk:
            parts.append(" " * len(chunk))
        else:
            # each character but the line feed to a blank, by one translate over the chunk's own
            # characters (a substitution held a piece a line: 24 bytes a character on "|\n\n")
            parts.append(chunk.translate({c: " " for c in map(ord, set(chunk)) if c != 10}))
        pos = c.end
    parts.append(text[pos:])
    return "".join(parts)
