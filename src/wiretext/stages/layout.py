"""Stage ``layout``: where the story stands in a wire transmission or a scraped page.

Decides the story's span, cuts the apparatus around it (transmission codes,
slug lines, page menus and footers, a byte-order mark) and takes the head
fields a layout already shows: a wire headline, an ANPA byline, a page's
title, and the transmission's day an archive header states (``sent``).
The readers themselves are :func:`wiretext.wire.read_wire` and
:func:`wiretext.page.find_story`; plain copy is a story from end to end.
Leaves the debris inside the story to ``noise`` and the head lines to
``dateline`` and ``head``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .._lazy import once
from .._wire_start import _starts_a_transmission
from .state import State

if TYPE_CHECKING:
    from ..page import Story
    from ..wire import WireLayout

__all__ = ["run"]


def _read_wire(text: str, *, control_runs: bool = True) -> WireLayout | None:
    """:func:`wiretext.wire.read_wire`, whose modules are loaded only for text that starts as a transmission does.

    ``read_wire`` makes the same test first (:data:`wiretext._wire_start._START`),
    so it gives what it would; plain copy never loads the wire readers.
    """
    if not _starts_a_transmission(text):
        return None
    from ..wire import read_wire

    return read_wire(text, control_runs=control_runs)


@once
def _readers() -> tuple[Callable[..., WireLayout | None], Callable[[str], Story | None]]:
    """The layout readers, imported on first use: importing wiretext should cost next to nothing."""
    from ..page import find_story

    return _read_wire, find_story


def run(s: State) -> None:
    """Set the story's span (``start``, ``end``), the layout's ``headline_span`` and ``byline_spans``."""
    text = s.text
    start = 0
    if text.startswith("\ufeff"):
        s.label(0, 1, "byte-order-mark", "removed a byte-order mark")
        start = 1
    end = len(text)
    read_wire, find_story = _readers()
    wire = read_wire(s.original, control_runs=not s.dense)
    if wire is not None:
        s.removed(wire.cuts)
        start, end = wire.story_start, wire.story_end
        s.headline_span = wire.headline
        s.byline_spans = tuple(span for span in (wire.byline, wire.byline_title) if span is not None)
        s.sent, s.sent_from = wire.sent, wire.sent_from
    elif (story := find_story(text)) is not None:
        s.removed(story.cuts)
        start, end = max(start, story.start), story.end
        s.headline_span = story.headline
        s.page = True
    s.start, s.end = start, end
    s.story_end = s.after_rights = end
    head_from = s.headline_span[1] if s.headline_span else start
    for span in s.byline_spans:
        head_from = max(head_from, span[1])
    s.head_from = head_from
