r"""What every wire family cuts the same way, and the bookkeeping of cuts.

Decides the apparatus no family owns: runs of control characters and the
archives' escapes of them anywhere in the text, typesetting entities, the
caret before a story's first line, the time stamp between ETX and EOT, the
trailer lines (transmission stamps, editors' initials, a caret ``END``) and a
dpa notebook at the story's end; and turns a reader's cuts into the sorted,
non-overlapping tuple a :class:`wiretext.wire.WireLayout` holds.

Where the heading ends and the story begins is the family readers'
(:mod:`wiretext._wire_anpa`, :mod:`wiretext._wire_iptc`,
:mod:`wiretext._wire_ldc`); how lines are split and named,
:mod:`wiretext._wire_lines`'s.

>>> text = "Rain fell.\r\ndpa abc xy\r\n"
>>> cuts = []
>>> text[:_story_end(text, 0, len(text), cuts)]
'Rain fell.'
>>> [(text[c.start:c.end], c.rule) for c in cuts]
[('dpa abc xy', 'wire-trailer')]
"""

from __future__ import annotations

import re

from ._lazy import lazy_re
from ._spans import Cut
from ._wire_lines import (
    _CONTROL,
    _EOL,
    _MARKER,
    _MAX_TRAILER,
    _NOTEBOOK,
    _TRAILER,
    _TYPESET,
    Span,
    _Line,
    _line_spans,
    _trim,
)

# -- patterns --------------------------------------------------------------------

# Runs of control characters anywhere in a transmission (C0 but TAB/LF/CR,
# DEL), with the spaces and line breaks between them: one cut for a run
# ("\x03 \x04\n\x01"), which the mask blanks as it would blank each code.
_CONTROL_RUN = lazy_re(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]++(?:[ \n]++[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]++)*+")

# A control code written out by an archive: "&Cx" and two hex digits and ";"
# (LDC style), or a numeric character reference to a C0 control other than
# TAB/LF/CR, decimal or hex, e.g. "&#3;" for ETX.
_ESCAPED_CONTROL = lazy_re(
    r"&Cx[0-9A-Fa-f]{2};"
    r"|&#(?:0{0,2}[0-8]|0?1[124-9]|0?2[0-9]|0?3[01]|127);"
    r"|&#[xX](?:0?[0-8bBcCeEfF]|1[0-9A-Fa-f]|7[fF]);"
)

# Start of a dpa notebook: a "#" heading naming the notebook (English or
# German, maybe prefixed by the agency), a bare "dpa-Notizblock" line, or a
# rule of four spaced asterisks directly followed by the not-for-publication
# sentence.
_NOTEBOOK_START = lazy_re(
    r"^[ ]{0,3}(?:\#{1,3}[ ]{0,3}(?:dpa[- ]?)?(?:NOTEBOOK|Notebook|NOTIZBLOCK|Notizblock)"
    r"|dpa-Notizblock)[ \t\r]{0,10}$"
    r"|^[ ]{0,3}\*[ ]\*[ ]\*[ ]\*[ \t]{0,10}\r?\n[ ]{0,3}"
    r"(?:The following information|Die folgenden Informationen)",
    re.MULTILINE,
)

# Editors' initials closing dpa copy: the agency code (maybe with a service
# suffix) then one to ten short lower-case codes.
_INITIALS = lazy_re(r"dpa(?:[-/][a-z]{1,8})?(?:[ ]{1,3}[a-z]{1,4}){1,10}")

# ANPA transmission stamp: agency and desk codes, MM-DD-YY, HHMM and a zone
# glued to it ("XX-YY-12-31-99 2359GMT").
_ANPA_STAMP = lazy_re(
    r"[A-Z]{2,6}(?:-[A-Z]{2,4}){0,2}-\d\d-\d\d-\d\d[ ]{1,3}\d{4}[ ]{0,2}[A-Z]{2,4}"
)

# dpa transmission stamp: DDHHMM, an optional zone, a three-letter month (any
# language) and the day ("311259 GMT Dec 31").
_DPA_STAMP = lazy_re(
    r"\d{6}(?:[ ]{1,3}(?:GMT|UTC|MEZ|MESZ|CET|CEST))?[ ]{1,3}[A-Z][a-z]{2}\.?[ ]{1,3}\d{1,2}"
)


# -- the story's start and the trailer after ETX ---------------------------------


def _story_begin(text: str, pos: int, end: int, cuts: list[Cut]) -> int:
    """First character of the story at or after ``pos``: past blanks and a caret."""
    pos, _ = _trim(text, pos, end)
    if pos < end and text[pos] == "^":
        cuts.append(Cut(pos, pos + 1, _MARKER))
        pos, _ = _trim(text, pos + 1, end)
    return pos


def _cut_after_etx(text: str, etx: int, cuts: list[Cut]) -> None:
    """Cut the time stamp (and markers) between ETX and EOT."""
    n = len(text)
    start = etx + 1
    eot = text.find("\x04", start, min(n, start + _MAX_TRAILER))
    if eot >= 0:
        end = eot
    elif n - start <= _MAX_TRAILER:
        end = n
    else:
        m = _EOL.search(text, start, start + _MAX_TRAILER)
        end = m.start() if m is not None else start
    for a, b, _ in _line_spans(text, start, end):
        _Line(text, a, b).emit(cuts, _TRAILER)


# -- end of the story ----------------------------------------------------------


def _last_line(text: str, lo: int, hi: int) -> Span | None:
    """Find the last line of ``text[lo:hi]`` that holds more than white space."""
    _, end = _trim(text, lo, hi)
    if end <= lo:
        return None
    start = max(text.rfind("\n", lo, end), text.rfind("\r", lo, end)) + 1
    return max(start, lo), end


def _story_end(text: str, start: int, limit: int, cuts: list[Cut]) -> int:
    """Cut trailer lines and a notebook before ``limit``; return where the story ends."""
    for _ in range(3):
        last = _last_line(text, start, limit)
        if last is None:
            break
        line = _Line(text, last[0], last[1])
        lo, hi = line.content
        if lo < hi and (
            _ANPA_STAMP.fullmatch(text, lo, hi)
            or _DPA_STAMP.fullmatch(text, lo, hi)
            or _INITIALS.fullmatch(text, lo, hi)
            or (line.caret >= 0 and text[lo:hi] == "END")
        ):
            line.emit(cuts, _TRAILER)
            limit = last[0]
        else:
            break
    m = _NOTEBOOK_START.search(text, start, limit)
    if m is not None:
        s, e = _trim(text, m.start(), limit)
        if s < e:
            cuts.append(Cut(s, e, _NOTEBOOK))
        limit = m.start()
    _, end = _trim(text, start, limit)
    return max(start, end)


# -- cuts bookkeeping ----------------------------------------------------------


def _normalise(cuts: list[Cut], n: int) -> list[Cut]:
    """Sort, clip to ``[0, n]``, drop empties and overlaps (earlier cut wins)."""
    out: list[Cut] = []
    end = 0
    for c in sorted(cuts):
        if end <= c.start < c.end <= n:
            out.append(c)
            end = c.end
            continue
        s, e = max(c.start, end, 0), min(c.end, n)
        if s < e:
            out.append(Cut(s, e, c.rule))
            end = e
    return out


def _scan(text: str, structural: list[Cut], control_runs: bool = True) -> list[Cut]:
    """Cut controls and archive escapes anywhere, except inside structural cuts."""
    found = [Cut(m.start(), m.end(), _CONTROL) for m in _CONTROL_RUN.finditer(text)] if control_runs else []
    escapes = [Cut(m.start(), m.end(), _CONTROL) for m in _ESCAPED_CONTROL.finditer(text)]
    escapes += [Cut(m.start(), m.end(), _MARKER) for m in _TYPESET.finditer(text)]
    if escapes:  # each list is in order already; only a mix needs sorting
        found += escapes
        found.sort()
    out: list[Cut] = []
    i, n = 0, len(structural)
    for c in found:  # both lists sorted: one pass, like a merge
        while i < n and structural[i].end <= c.start:
            i += 1
        if i == n or structural[i].start >= c.end:
            out.append(c)  # the common case: clear of every structural cut
            continue
        s, j = c.start, i
        while s < c.end:
            while j < n and structural[j].end <= s:
                j += 1
            if j < n and structural[j].start < c.end:
                if structural[j].start > s:
                    out.append(Cut(s, structural[j].start, c.rule))
                s = structural[j].end
            else:
                out.append(Cut(s, c.end, c.rule))
                break
    return out
