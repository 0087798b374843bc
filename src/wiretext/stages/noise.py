"""Stage ``noise``: debris inside the story, cut by named rules, and the work copy it leaves.

Decides nothing itself: the rules are :func:`wiretext.noise.find_noise`'s
(lines of ``|``, control and zero-width characters, share prompts).  This
stage blanks what the layout cut (``base``), blanks a dense text's control
characters in one pass with one note per kind, and blanks the noise
(``work``): every later stage reads ``work``, whose offsets are the input's.
"""

from __future__ import annotations

import re

from .._lazy import lazy_re
from .._spans import Cut, mask
from ..noise import CONTROL_CHARS, INVISIBLE_CHARS, find_noise, merge
from .state import State
from .text import BLANK_RUNS

__all__ = ["run"]

# The control characters BLANK_RUNS blanks: str.translate runs at C speed on ASCII text
# only, a search for them on any (hostile.py "_wire_lines._BLANK_CHARS in prose" at 400 KB,
# dense from 5,000 control characters on: 20 -> 2 ms).
_CONTROL = lazy_re(f"[{re.escape(CONTROL_CHARS)}]")


def run(s: State) -> None:
    """Set ``base`` (the layout's cuts blanked) and ``work`` (the noise blanked too)."""
    text = s.text
    # Noise is looked for in the text with the layout's cuts blanked, so that
    # what a transmission's reader already cut is not found twice.
    base = mask(text, merge(s.labels)) if s.labels else text
    if s.dense:
        base = base.translate(BLANK_RUNS) if base.isascii() else _CONTROL.sub(" ", base)
        _note_dense_runs(s, "wire-control" if any(c.rule.startswith("wire-") for c in s.labels) else None)
    noise = find_noise(base, s.start, s.end, with_invisible=not s.dense)
    work = base
    if noise:
        s.removed(noise)
        work = mask(base, _blanked(base, noise))
    s.base = base
    s.work = work


def _blanked(text: str, cuts: list[Cut]) -> list[Cut]:
    r"""The cuts to blank in the work text: all but invisible characters inside a word.

    A soft hyphen or a zero width space between two characters that are not
    white space ("Schiff\u00adfahrt", "24\u200b/7") stays in the work text,
    so that the word stays one; squash takes it out of the field.  Beside
    white space, or alone on a line, it is blanked like any cut, so that the
    line reads as blank.

    >>> text = "Schiff\u00adfahrt \u200b\nnow"
    >>> [c[:2] for c in _blanked(text, [Cut(6, 7, "invisible-character"), Cut(13, 14, "invisible-character")])]
    [(13, 14)]
    """
    if not any(c.rule == "invisible-character" for c in cuts):
        return cuts
    n = len(text)
    return [
        c
        for c in cuts
        if c.rule != "invisible-character"
        or c.start == 0
        or c.end == n
        or text[c.start - 1].isspace()
        or text[c.end].isspace()
    ]


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
