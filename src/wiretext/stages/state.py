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
import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .._spans import Cut
from ..model import Agency, RightsNotice, Span

if TYPE_CHECKING:
    from ..dateline import Found

__all__ = ["Credits", "NoteRecord", "Stage", "State"]

#: Trailing credits: (role, names) pairs, as :func:`wiretext.tail.parse_credits` reads them.
Credits = tuple[tuple[str, tuple[str, ...]], ...]
#: A note as recorded: kind, message (None: a removal, written from its text when kept), span.
NoteRecord = tuple[str, str | None, Span | None]

# A Cut built as the tuple it is: a NamedTuple's own ``__new__`` is Python
# code, and every parse labels several spans.
_cut: Callable[[tuple[int, int, str]], Cut] = functools.partial(tuple.__new__, Cut)


class State:
    """Scratch state of one parse: what the input is, what each stage found, and the labels.

    A plain slotted class rather than attrs: one is built per parse, and
    attrs' generated ``__init__`` with list factories costs more (the
    fields are set once here, with their types beside them).
    """

    __slots__ = (
        "after_rights",
        "base",
        "body_end",
        "body_start",
        "byline",
        "byline_spans",
        "credits",
        "dense",
        "detailed",
        "end",
        "found",
        "head_agencies",
        "head_from",
        "head_lines",
        "headline",
        "headline_span",
        "labels",
        "markup",
        "notes",
        "original",
        "paragraphs",
        "reference_date",
        "removals",
        "rights",
        "signoff_agency",
        "source",
        "start",
        "story_end",
        "text",
        "work",
    )

    def __init__(self, original: str, reference_date: dt.date | None, detailed: bool = False) -> None:
        # The input, and how it is read (stage "text").
        self.original = original  # the input as given
        self.reference_date = reference_date
        self.detailed = detailed  # explain: every span labelled, nothing summed up
        self.text = original  # the input with line ends and lone surrogates made uniform (same offsets)
        self.dense = False  # so thick with control characters that they are blanked in one pass
        self.markup = False  # a web page's HTML, read as text
        # What every stage writes.
        self.labels: list[Cut] = []  # field spans and removals
        self.notes: list[NoteRecord] = []
        self.removals: list[Sequence[Cut]] = []  # removals recorded in bulk
        # Layout: where the story stands, and the head a layout already knows.
        self.start = 0
        self.end = 0  # where the story ends (before a rights footer, once the rights stage ran)
        self.story_end = 0  # where the story ends, a rights footer included
        self.headline_span: Span | None = None
        self.byline_spans: tuple[Span, ...] = ()  # the byline, and the title line that may follow it
        self.head_from = 0  # where the head lines begin: after what the layout already placed
        # Noise: the text with the layout's cuts blanked (base), and with noise, rights... blanked (work).
        self.base = original
        self.work = original
        # Rights.
        self.rights: RightsNotice | None = None
        self.after_rights = 0  # where the text after a rights footer begins (story_end when none)
        # Dateline: it splits the head from the body.
        self.found: Found | None = None
        self.head_lines: list[Span] = []  # the non-blank lines before the dateline
        self.body_start = 0
        # Head.
        self.source: str | None = None  # a summary's source ("PC World"), taken off its first line
        self.headline: str | None = None  # "" when a headline line held nothing but tags
        self.byline: str | None = None
        self.head_agencies: tuple[Agency, ...] | None = None  # a credit on the headline or a line of the head
        # Tail.
        self.body_end = 0
        self.signoff_agency: str | None = None
        self.credits: Credits = ()
        # Body.
        self.paragraphs: tuple[str, ...] = ()

    def label(self, start: int, end: int, label: str, message: str | None = None, *, removed: bool = False) -> None:
        """Label ``[start, end)``; with a message (or ``removed``) it is also a note."""
        if end <= start:
            return
        self.labels.append(_cut((start, end, label)))
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


#: A stage: reads the state, labels spans, writes its fields.
Stage = Callable[[State], None]
