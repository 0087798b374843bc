"""Spans of the input text: the one currency every stage trades in.

Every stage of :func:`wiretext.parse` works on offsets into the caller's
original string.  A stage that decides some text is not part of the story
returns :class:`Cut` values; the pipeline masks them out and reports them as
notes, so no character is ever dropped silently.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Cut", "line_start"]


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
