"""Stage ``tail``: sign-offs, end marks and trailing credits, taken off the story's end.

The shapes are :func:`wiretext.tail.find_tail`'s (``Reuter``, ``(end)``,
``==Kyodo``, ``Reporting by ...``).  This stage decides where the body ends
(``body_end``), which agency a sign-off names (``signoff_agency``, used when
no dateline or headline credits one) and the credits; it reads the text
after a rights footer too, and labels what is left there unplaced.
"""

from __future__ import annotations

from ..tail import find_tail, parse_credits
from .state import Credits, State

__all__ = ["run"]


def run(s: State) -> None:
    """Set ``body_end``, ``signoff_agency`` and ``credits``."""
    work = s.work
    s.body_end, agency, credits = _signoff_agency(s, work, s.body_start, s.end)
    # Credits and sign-offs may also follow a rights footer.
    if s.after_rights < s.story_end:
        leftover_end, after_agency, after_credits = _signoff_agency(s, work, s.after_rights, s.story_end)
        credits += after_credits
        agency = agency or after_agency
        if work[s.after_rights : leftover_end].strip():
            s.label(s.after_rights, leftover_end, "after-story", "text after the rights notice was not placed")
    s.credits = credits
    s.signoff_agency = agency or None


def _signoff_agency(s: State, work: str, start: int, end: int) -> tuple[int, str | None, Credits]:
    """Label the tail items of ``work[start:end]``: where the text before them ends, their agency, their credits."""
    agency = None
    credits: Credits = ()
    for item in find_tail(work, start, end):
        if item.kind == "credits":
            s.label(item.start, item.end, "credits")
            credits = parse_credits(work[item.start : item.end]) + credits
        else:
            s.label(item.start, item.end, item.kind, f"removed the {item.kind} {work[item.start : item.end].strip()!r}")
        agency = agency or item.agency
        end = item.start
    return end, agency, credits
