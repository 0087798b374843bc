"""Stage ``noise``: debris inside the story, cut by named rules, and the work copy it leaves.

Decides nothing itself: the rules are :func:`wiretext.noise.find_noise`'s
(lines of ``|``, control and zero-width characters, share prompts).  This
stage blanks what the layout cut (``base``), blanks a dense text's control
characters in one pass with one note per kind, and blanks the noise
(``work``): every later stage reads ``work``, whose offsets are the input's.
"""

from __future__ import annotations

from .._spans import mask
from ..noise import CONTROL_CHARS, INVISIBLE_CHARS, find_noise, merge, split_runs
from .state import State
from .text import BLANK_RUNS

__all__ = ["run"]


def run(s: State) -> None:
    """Set ``base`` (the layout's cuts blanked) and ``work`` (the noise blanked too)."""
    text = s.text
    # Noise is looked for in the text with the layout's cuts blanked, so that
    # what a transmission's reader already cut is not found twice.
    base = mask(text, merge(list(s.labels))) if s.labels else text
    if s.dense:
        base = base.translate(BLANK_RUNS)
        _note_dense_runs(s, "wire-control" if any(c.rule.startswith("wire-") for c in s.labels) else None)
    noise = find_noise(base, s.start, s.end)
    work = base
    if noise:
        s.removed(split_runs(text, noise) if s.detailed else noise)
        work = mask(base, noise)
    s.base = base
    s.work = work


def _note_dense_runs(s: State, control_rule: str | None) -> None:
    """One note per kind of blanked character: how many, and from where to where."""
    text = s.text
    for rule, chars in ((control_rule or "control-character", CONTROL_CHARS), ("invisible-character", INVISIBLE_CHARS)):
        count = sum(map(text.count, chars))
        if not count:
            continue
        first = min(i for i in map(text.find, chars) if i >= 0)
        last = max(map(text.rfind, chars))
        s.note(rule, f"removed {count} {rule.replace('-', ' ')}s", (first, last + 1))
