"""Stage ``dateline``: the dateline, which splits the head from the body.

The dateline shapes, places and credits are :func:`wiretext.dateline.find`'s.
This stage decides whether the dateline found belongs to this story (no more
than six lines of head stand before it), where the head lines are
(``head_lines``) and where the body begins (``body_start``); a web page's
time stamp at the story's head is taken out (``stamp``, its day).  Two
shapes are its own: a known agency's credit with no separator after it
(``(CNN)Washington is ...``, ``WASHINGTON (CNN) The Senate ...``), looked
for when no other dateline is found, and a transcript's heading after the
dateline (``[REPORT] [JUAN PEREZ] [TEXT]``), which is no body.  What the head
lines are is left to ``head``; the date's year is settled in the final build
(:func:`wiretext.pipeline.parse`), which knows ``reference_date``.
"""

from __future__ import annotations

from .. import dateline as _dateline
from .. import registry
from .._lazy import lazy_re, lazy_regex
from .._spans import Cut, lines, mask
from ..model import Location
from ..noise import transcript_heading
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
    if found is None:
        found = _unseparated_credit(work, head_from, s.end)
    # The head lines stand before the dateline (there are none without one).
    head_lines = lines(work, head_from, found.start, most=MAX_HEAD_LINES + 1) if found is not None else []
    # A web page's time stamp at the story's head ("Updated Dec. 2, 2024"):
    # out of the head and the body; its day is the date when the dateline has none.
    # Without a layout's headline, the first line is the headline and no stamp: a head of
    # that line alone holds none, and find_stamp is not called.
    skip_first = s.headline_span is None
    if found is None or len(head_lines) > skip_first:
        stamp = find_stamp(work, head_from, found.start if found is not None else s.end, skip_first=skip_first)
        if stamp is not None:
            said = squash(work[stamp.start : stamp.end])
            s.label(stamp.start, stamp.end, "page-stamp", f"removed the page's time stamp {said!r}")
            work = s.work = mask(work, [Cut(stamp.start, stamp.end, "page-stamp")])
            s.stamp = stamp.date
            head_lines = lines(work, head_from, found.start, most=MAX_HEAD_LINES + 1) if found is not None else []
    if s.page and s.headline_span is not None:
        _page_head(s)  # a stamp further from the headline, a web byline
        work = s.work
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
    reach = found.end + 1000  # (a test, not min(): see _dateline_search._at_line_start)
    heading = transcript_heading(work, found.end, reach if reach < s.end else s.end)
    if heading is not None:
        said = squash(work[heading[0] : heading[1]])
        s.label(*heading, "broadcast-marker", f"removed the transcript's heading {said!r}")
        # Not blanked in the work copy: like the dateline before it, it stands before
        # ``body_start``, where no later stage reads (tests/stages/test_broadcast.py
        # compares with it blanked).  On muc34, where nearly every story has one, the
        # stage 30.8 -> 28.3 µs a parse (benchmarks/ab.py --cpu --inside stage:dateline).
        s.body_start = heading[1]


def _page_head(s: State) -> None:
    """On a page's text: a time stamp further from the headline, and a web byline below it, out of the story.

    The stamp (:func:`wiretext._page_stamp.page_stamp`) is sought when the
    head holds none, its day the date when the dateline gives none; the
    byline (:func:`wiretext._page_byline.page_byline`) when the layout gave none.
    """
    from .._page_byline import page_byline
    from .._page_stamp import lines_below, page_stamp

    assert s.headline_span is not None
    if s.stamp is not None and s.byline_spans:
        return
    text, (_, after) = s.text, s.headline_span
    below = lines_below(text, after, len(text))  # (the lines both read, read once)
    stamped = None
    if s.stamp is None:
        stamp = page_stamp(text, s.headline_span, len(text), below=below)
        if stamp is not None:
            said = squash(text[stamp.start : stamp.end])
            s.label(stamp.start, stamp.end, "page-stamp", f"removed the page's time stamp {said!r}")
            s.work = mask(s.work, [Cut(stamp.start, stamp.end, "page-stamp")])
            s.stamp = stamp.date
            stamped = (stamp.start, stamp.end)
    if not s.byline_spans:
        if stamped is None:
            stamped = next(((c.start, c.end) for c in reversed(s.labels) if c.rule == "page-stamp"), None)
        byline = page_byline(text, after, len(text), stamped, below=below)
        if byline is not None:
            s.label(byline.start, byline.end, "byline")
            s.work = mask(s.work, [Cut(byline.start, byline.end, "byline")])
            s.page_byline = byline.text


# A credit with no separator after it: "(CNN)Washington is ...", "(AP) The
# Senate ...", "WASHINGTON (CNN) The Senate ...": a known place (or none)
# at a line's start, a known agency in brackets, then a sentence.
_UNSEPARATED = lazy_regex(
    r"[ \t]*+(?:(?P<place>\p{Lu}[\p{L}\p{M}.'’\-]*+(?:[ \t]\p{Lu}[\p{L}\p{M}.'’\-]*+){0,3}+),?[ \t]{1,3}+)?"
    r"\((?P<credit>[^()\n]{1,30}+)\)[ \t]{0,3}+(?=[\p{Lu}\"“‘'0-9])"
    # a sentence follows: four more words, one of them in lower case
    r"(?=[^\n]*?\p{Ll})(?:\S++[ \t]++){3}"
)

# What every such credit has: a closing bracket, then (past blanks) no line
# break and no separator.  The standard library's engine runs it at C speed.
_AFTER_CREDIT = lazy_re(r"\)[ \t]{0,3}+[^\s\-\u2014\u2013_:.,;()\[\]]")


def _unseparated_credit(work: str, start: int, end: int) -> _dateline.Found | None:
    """A dateline whose credit has no separator after it, on one of the first lines; None when there is none.

    Taken only for a known agency, and a known place or none (a bracket
    after other words is a company's ticker or an aside: "Acme Corp
    (ACME) Rises"); the credit's line may stand below a headline.

    >>> f = _unseparated_credit("Senate votes\\nWASHINGTON (CNN) The Senate voted on Tuesday.", 0, 57)
    >>> f.dateline.text, f.dateline.location.city, [a.code for a in f.dateline.agencies]
    ('WASHINGTON (CNN)', 'WASHINGTON', ['CNN'])
    >>> _unseparated_credit("Acme Corp (ACME) Shares rose on Tuesday.", 0, 40) is None
    True
    """
    if _AFTER_CREDIT.search(work, start, min(end, start + 2000)) is None:
        return None  # most copy without a dateline: no bracket with words right after it
    for ls, le in lines(work, start, end, most=3):
        m = _UNSEPARATED.match(work, ls, le)
        if m is None:
            continue
        agencies, unknown = registry.split_credit(m.group("credit").strip())
        if unknown or not agencies or any(a.name is None for a in agencies):
            continue
        place = m.group("place")
        location = None
        if place is not None:
            country, code, _ = registry.resolve_place(place, None)
            if code is None and not registry.is_known_city(place):
                continue
            location = Location(place, None, country, code)
        at = m.start("place") if place is not None else m.start("credit") - 1
        close = m.end("credit") + 1
        return _dateline.Found(work[at:close], location, None, agencies, at, close, (), None, None, None)
    return None
