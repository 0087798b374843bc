r"""A transmission's lines, and the names of what the wire reader cuts.

Decides what every wire family shares: the rule names of the cuts
(``wire-control``, ``wire-header``, ...), the bounds that keep each scan
linear, which characters are blank, how a transmission's lines are split
(any of CR LF, CR or LF ends one), how a header-like line splits into caret,
content and end marker (:class:`_Line`), what a heading yields
(:class:`_Heading`), and the line shapes more than one family's heading
reader asks about: a byline, a dateline credit, a typesetting entity.

What a line *means* is left to the family readers
(:mod:`wiretext._wire_anpa`, :mod:`wiretext._wire_iptc`,
:mod:`wiretext._wire_ldc`); the story's ends and the bookkeeping of cuts to
:mod:`wiretext._wire_cuts`; which family a text is, to :mod:`wiretext.wire`.

>>> text = "^Storm closes ports<\r\n"
>>> line = _Line(text, 0, 20)
>>> text[slice(*line.content)], line.kind
('Storm closes ports', '<')
>>> [(a, b) for a, b, _ in _line_spans("one\r\ntwo", 0, 8)]
[(0, 3), (5, 8)]
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from ._lazy import lazy_re
from ._spans import Cut

# -- rule names ----------------------------------------------------------------

_CONTROL: Final = "wire-control"
_HEADER: Final = "wire-header"
_SLUG: Final = "wire-slug"
_MARKER: Final = "wire-marker"
_EDS: Final = "wire-eds-note"
_PHOTO: Final = "wire-photo-line"
_SUMMARY: Final = "wire-summary"
_TRAILER: Final = "wire-trailer"
_NOTEBOOK: Final = "wire-notebook"
_EXTRA: Final = "wire-extra"
_VERSION: Final = "wire-version"

# -- limits (keep every scan bounded) ------------------------------------------

_MAX_LEAD: Final = 64  # white space, NUL and SYN before SOH/STX
_MAX_HEADER: Final = 2000  # SOH to STX
_MAX_HEADING_LINES: Final = 60  # header lines after STX (slug ... byline)
_MAX_HEADING_CHARS: Final = 20_000
_MAX_TRAILER: Final = 400  # ETX to EOT

# -- characters ----------------------------------------------------------------

#: C0 controls except TAB, LF and CR, plus DEL.  (C1 code points are left
#: alone: in a string decoded as Latin-1 they are mostly Windows punctuation.)
_CTRL_CHARS: Final = frozenset(
    [chr(c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)] + ["\x7f"]
)
_SPACE_CHARS: Final = frozenset(" \t\r\n\ufeff\u00a0")
_BLANK_CHARS: Final = _CTRL_CHARS | _SPACE_CHARS

# -- patterns --------------------------------------------------------------------

# A line break: CR LF, a lone CR or a lone LF.
_EOL = lazy_re(r"\r\n|\r|\n")

# Typesetting entities of archived ANPA copy: upper rail, lower rail, quad
# left, quad centre, quad right, hard tab; each is an ampersand, two capitals
# and a semicolon.
_TYPESET = lazy_re(r"&(?:UR|LR|QL|QC|QR|HT);")

# Byline: "By" (German "Von") and a space, then a letter, e.g. "By NAME and
# NAME" or "By NAME, agency".
_BYLINE = lazy_re(r"(?:By|BY|Von|VON)[ ][^\W\d_][^\r\n]{0,200}")

# A dateline credit: a parenthesised agency or place of up to 40 characters
# followed by a dash or an underscore, as in "City (agency) - ".
_CREDIT = lazy_re(r"\([^()\r\n]{1,40}\)[ ]?[-_\u2013\u2014]")


# -- small helpers -------------------------------------------------------------

Span = tuple[int, int]


def _line_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int, int]]:
    """Yield ``(line_start, content_end, next_line_start)`` for ``text[start:end]``, blank lines too.

    A transmission's lines, where any of its line ends counts (``_EOL``);
    the stages' line reader, which skips blank lines and trims their edges,
    is :func:`wiretext._spans.lines`.
    """
    pos = start
    while pos < end:
        m = _EOL.search(text, pos, end)
        if m is None:
            yield pos, end, end
            return
        yield pos, m.start(), m.end()
        pos = m.end()


def _trim(text: str, lo: int, hi: int) -> Span:
    """Shrink ``[lo, hi)`` past white space and control characters at both ends."""
    while lo < hi and text[lo] in _BLANK_CHARS:
        lo += 1
    while hi > lo and text[hi - 1] in _BLANK_CHARS:
        hi -= 1
    return lo, hi


def _skip_spaces(text: str, lo: int, hi: int) -> int:
    while lo < hi and text[lo] in " \t":
        lo += 1
    return lo


def _back_spaces(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1] in " \t":
        hi -= 1
    return hi


class _Line:
    """One header-like line split into caret, content and end marker."""

    __slots__ = ("caret", "content", "kind", "marker", "raw")

    def __init__(self, text: str, a: int, b: int) -> None:
        lo, hi = _trim(text, a, b)
        self.raw: Span = (lo, hi)
        self.caret: int = -1
        if lo < hi and text[lo] == "^":
            self.caret = lo
            lo += 1
        lo = _skip_spaces(text, lo, hi)
        kind = ""
        m = hi
        if lo < hi and text[hi - 1] in "<=":
            kind, m = text[hi - 1], hi - 1
        elif hi - lo >= 4 and _TYPESET.fullmatch(text, hi - 4, hi):
            kind, m = "&", hi - 4
        ce = _back_spaces(text, lo, m)
        self.kind: str = kind
        self.marker: Span | None = (ce, hi) if kind else None
        self.content: Span = (lo, ce)

    @property
    def blank(self) -> bool:
        return self.raw[0] >= self.raw[1]

    def emit(self, cuts: list[Cut], rule: str | None) -> None:
        """Cut the caret and the end marker, and the content under ``rule``."""
        if self.caret >= 0:
            cuts.append(Cut(self.caret, self.caret + 1, _MARKER))
        lo, hi = self.content
        if rule is not None and lo < hi:
            cuts.append(Cut(lo, hi, rule))
        if self.marker is not None:
            cuts.append(Cut(self.marker[0], self.marker[1], _MARKER))


# -- what a heading reader returns ---------------------------------------------


class _Heading:
    __slots__ = ("body", "byline", "headline", "title")

    def __init__(self) -> None:
        self.headline: Span | None = None
        self.byline: Span | None = None
        self.title: Span | None = None
        self.body: int = 0
