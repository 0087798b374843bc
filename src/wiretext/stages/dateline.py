"""Stage ``dateline``: the dateline, which splits the head from the body.

The dateline shapes, places and credits are :func:`wiretext.dateline.find`'s.
This stage decides whether the dateline found belongs to this story (no more
than six lines of head stand before it), where the head lines are
(``head_lines``) and where the body begins (``body_start``); a web page's
time stamp at the story's head is taken out (``stamp``, its day).  What the head
lines are is left to ``head``; the date's year is settled in the final build
(:func:`wiretext.pipeline.parse`), which knows ``reference_date``.
"""

from __future__ import annotations

from .. import dateline as _dateline
from .._spans import Cut, lines, mask
from ..normalize import squash
from ..stamp import find_stamp
from .state import State

__all__ = ["MAX_HEAD_LINES", "run"]

#: A dateline with more non-blank lines than this before it is too deep in
#: the text to be the story's (seven are read at most).
MAX_HEAD_LINES = 6


def run(s: State) -> None:
    """Set ``found``, ``head_lines`` and ``body_start``; label the dateline and note its doubts."""
    work, head_from = s.work, s.head_from
    found = _dateline.find(work, head_from, s.end)
    # A web page's time stamp at the story's head ("Updated Dec. 2, 2024"):
    # out of the head and the body; its day is the date when the dateline has none.
    stamp = find_stamp(work, head_from, found.start if found is not None else s.end, skip_first=s.headline_span is None)
    if stamp is not None:
        said = squash(work[stamp.start : stamp.end])
        s.label(stamp.start, stamp.end, "page-stamp", f"removed the page's time stamp {said!r}")
        work = s.work = mask(work, [Cut(stamp.start, stamp.end, "page-stamp")])
        s.stamp = stamp.date
    # The head lines stand before the dateline (there are none without one).
    head_lines = lines(work, head_from, found.start, most=MAX_HEAD_LINES + 1) if found is not None else []
    if len(head_lines) > MAX_HEAD_LINES:
        found = None  # too deep into the text to be the dateline of this story
        head_lines = []
    s.head_lines = head_lines
    if found is None:
        s.body_start = head_from
        return
    s.found = found
    s.body_start = found.end
    s.label(found.start, found.end, "dateline")
    for kind, message in found.notes:
        s.note(kind, message, (found.start, found.end))
