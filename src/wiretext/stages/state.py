"""The state one parse carries from stage to stage: a field per result, written once.

Every stage has the same shape: ``run(state) -> None``.  It reads the
fields earlier stages wrote, labels spans of the input (:meth:`State.label`,
:meth:`State.removed`, :meth:`State.note`) and writes its own fields.  The
table in :mod:`wiretext.pipeline` lists the stages in the order they run;
the fields below are grouped by the stage that writes them.

>>> from wiretext.pipeline import analyse
>>> s = analyse("Rain\\nPARIS (AFP) - Rain fell.")
>>> s.headline, s.found.dateline.location.city, s.paragraphs
('Rain', 'PARIS', ('Rain fell.',))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import attrs

from .._spans import Cut
from ..model import Agency, RightsNotice, Span

if TYPE_CHECKING:
    from ..dateline import Found

__all__ = ["Credits", "NoteRecord", "Stage", "State"]

#: Trailing credits: (role, names) pairs, as :func:`wiretext.tail.parse_credits` reads them.
Credits = tuple[tuple[str, tuple[str, ...]], ...]
#: A note as recorded: kind, message (None: a removal, written from its text when kept), span.
NoteRecord = tuple[str, str | None, Span | None]

@attrs.define(eq=False)
class State:
    """Scratch state of one parse: what the input is, what each stage found, and the labels.

    One field per result, grouped by the stage that writes it; a stage
    writes only its own fields (``end`` is the layout's, moved before a
    rights footer by the rights stage).  Mutable and slotted; never leaves
    the pipeline.
    """

    # The input (given), and how it is read (stage "text").
    original: str  # the input as given
    reference_date: dt.date | None = None
    detailed: bool = False  # explain: every span labelled, nothing summed up
    text: str = ""  # the input with line ends and lone surrogates made uniform (same offsets)
    dense: bool = False  # so thick with control characters that they are blanked in one pass
    markup: bool = False  # a web page's HTML, read as text
    # What every stage writes.
    labels: list[Cut] = attrs.Factory(list)  # field spans and removals
    notes: list[NoteRecord] = attrs.Factory(list)
    removals: list[Sequence[Cut]] = attrs.Factory(list)  # removals recorded in bulk
    # Layout: where the story stands, and the head a layout already knows.
    start: int = 0
    end: int = 0  # where the story ends (before a rights footer, once the rights stage ran)
    story_end: int = 0  # where the story ends, a rights footer included
    headline_span: Span | None = None
    page: bool = False  # the layout found a web page's story (not a wire transmission, not plain copy)
    byline_spans: tuple[Span, ...] = ()  # the byline, and the title line that may follow it
    head_from: int = 0  # where the head lines begin: after what the layout already placed
    sent: dt.date | None = None  # the transmission's day an archive header states (LDC copy)
    sent_from: str | None = None  # what states it, for the note
    # Noise: the text with the layout's cuts blanked, and the work copy every later stage reads
    # (noise, rights, source credits and a repeated headline blanked too).
    base: str = ""
    work: str = ""
    # Rights.
    rights: RightsNotice | None = None
    after_rights: int = 0  # where the text after a rights footer begins (story_end when none)
    # Dateline: it splits the head from the body.
    found: Found | None = None
    stamp: dt.date | None = None  # the day a web page's time stamp at the story's head gives
    head_lines: list[Span] = attrs.Factory(list)  # the non-blank lines before the dateline
    body_start: int = 0
    # Source and head.
    source: str | None = None  # a summary's source ("PC World"), taken off its first line
    headline: str | None = None  # "" when a headline line held nothing but tags
    byline: str | None = None
    page_byline: str | None = None  # a web byline below a page's headline (the dateline stage's)
    head_agencies: tuple[Agency, ...] | None = None  # a credit on the headline or a line of the head
    # Tail.
    body_end: int = 0
    signoff_agency: str | None = None
    credits: Credits = ()
    # Body.
    paragraphs: tuple[str, ...] = ()

    def label(self, start: int, end: int, label: str, message: str | None = None, *, removed: bool = False) -> None:
        """Label ``[start, end)``; with a message (or ``removed``) it is also a note."""
        if end <= start:
            return
        self.labels.append(_new_cut(Cut, (start, end, label)))
        if message is not None or removed:  # a removal's message is written only if it is kept
            self.notes.append((label, message, (start, end)))

    def removed(self, cuts: Sequence[Cut]) -> None:
        """Record removals in bulk (hostile text may hold a million)."""
        if cuts:
            self.labels.extend(cuts)
            self.removals.append(cuts)

    def note(self, kind: str, message: str, span: Span | None = None) -> None:
        """Note something unsure, or done to the text as a whole."""
        self.notes.append((kind, message, span))


#: ``Cut(start, end, rule)`` without the NamedTuple's ``__new__``, a Python function that calls this:
#: about 1.1k instructions less a label, four or five labels a parse (``instructions.py ae7073c
#: --stage tail``: 41.6k -> 40.5k a reuters21578 parse, one label; ``--stage head`` 45.3k -> 44.0k).
_new_cut = tuple.__new__

#: A stage: reads the state, labels spans, writes its fields.
Stage = Callable[[State], None]
