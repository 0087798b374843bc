r"""Raw wire transmissions: where the story stands among the transmission codes.

News agencies deliver copy in transmission formats that wrap the story in
apparatus: control characters, selector and priority codes, slug lines, notes
to editors, end-of-line markers and trailing time stamps.  :func:`read_wire`
recognises three families and returns a :class:`WireLayout` whose spans index
the caller's original string:

*ANPA-1312* (AP and others)
    SYN SYN SOH, a selector line, a priority/category line with the keyword,
    date and word count, then STX and header lines each starting with a caret
    and ending with ``<`` (or ``=`` for bylines); the body follows on indented
    lines and ETX precedes a time stamp, then EOT.  Archived copies sometimes
    spell the controls as ``&Cx1f;`` escapes and the line ends as ``&QL;`` or
    ``&LR;`` entities; both are recognised.
*LDC archive text* (AP, NYT and Xinhua copy in the LDC corpora, tags stripped)
    A header line of document id, type and transmission time
    (``APW19991207.0042  NEWS STORY  12/07/1999 03:15:00``, the fields maybe
    separated by ``\r``), the ANPA codes spelled out (``w0871 &Cx1f; wstm-``,
    ``r i &Cx13;  &Cx11; BC-Chile-Election     12-07 0415``), the slug,
    notes to editors, a byline, then the story (``SANTIAGO, Chile (AP) _``).
    The header's day is the transmission's (:attr:`WireLayout.sent`).
*IPTC 7901* (dpa and others)
    SOH, a heading line (service, number, priority, category, word count,
    source), a keyword line, STX, optional flags, the headline (ending ``=``
    unless a byline follows), the byline (ending ``=``), the text, a dpa
    notebook block, the editors' initials, ETX, a time stamp and EOT.

Text is only claimed when its control codes stand where a transmission puts
them (SOH or STX at the very start, after optional SYN characters) or when its
first lines have the unmistakable heading shape of one of the formats.
Everything else, including ordinary copy with a stray ``\r`` or ``\t``, gives
``None``.  All patterns use bounded repetition, so reading is linear in the
length of the text.

The reader is split by job.  This module decides where a transmission
starts and which family it is (control codes where a transmission puts
them, or the shape of its first two lines), cuts the heading lines before
STX, and assembles the :class:`WireLayout`.  The heading after STX is read
by the family's module (:mod:`wiretext._wire_anpa`,
:mod:`wiretext._wire_iptc`, :mod:`wiretext._wire_ldc`); the apparatus every
family shares (controls anywhere, the trailer, a notebook) and the
bookkeeping of cuts are :mod:`wiretext._wire_cuts`'s; line splitting and
rule names, :mod:`wiretext._wire_lines`'s.

>>> text = ("\x01eca001 4 i 120  dpa 0001\r\n\r\nEurope-weather/\r\n"
...         "\x02Storm closes ports =\r\n\r\n"
...         "   Kiel (dpa) - Ferries stayed in port on Tuesday.\r\n\r\n"
...         "dpa abc xy\r\n\x03101200 GMT Jan 10\r\n\x04")
>>> layout = read_wire(text)
>>> text[slice(*layout.headline)]
'Storm closes ports'
>>> text[layout.story_start:layout.story_end]
'Kiel (dpa) - Ferries stayed in port on Tuesday.'
>>> sorted({cut.rule for cut in layout.cuts})
['wire-control', 'wire-header', 'wire-marker', 'wire-slug', 'wire-trailer']
>>> read_wire("BEIRUT (Reuters) - Plain copy.") is None
True
"""

from __future__ import annotations

import datetime as dt

import attrs

from ._lazy import lazy_re
from ._spans import Cut
from ._wire_anpa import _ANPA_PRIORITY, _ANPA_SELECTOR, _anpa_heading, _caret_led, _cut_anpa_body
from ._wire_cuts import _cut_after_etx, _normalise, _scan, _story_begin, _story_end
from ._wire_iptc import _DPA_KEYWORDS, _IPTC_HEADER, _iptc_heading
from ._wire_ldc import _ldc_head, _ldc_heading
from ._wire_lines import _HEADER, _MAX_HEADER, _SLUG, Span, _Heading, _Line, _line_spans, _trim
from ._wire_start import _LEAD_SOURCE, _SHAPE_START_SOURCE, _START

__all__ = ["WireLayout", "read_wire"]


@attrs.frozen
class WireLayout:
    r"""What a wire transmission holds besides the story, as spans of the input.

    ``cuts`` are the spans of transmission apparatus (sorted, non-overlapping,
    each named by a ``wire-`` rule).  ``headline``, ``byline`` and
    ``byline_title`` are ``(start, end)`` spans of those fields without their
    markers, or ``None``.  The story is ``[story_start, story_end)`` minus the
    cuts that fall inside it.

    >>> layout = read_wire("\x02Quiet day =\r\n\r\nNothing happened.\r\n\x03")
    >>> layout.headline, layout.byline, layout.byline_title
    ((1, 10), None, None)
    >>> layout.story_start, layout.story_end
    (16, 33)
    >>> layout.cuts[0]
    Cut(start=0, end=1, rule='wire-control')
    """

    cuts: tuple[Cut, ...]
    headline: tuple[int, int] | None
    byline: tuple[int, int] | None
    byline_title: tuple[int, int] | None
    story_start: int
    story_end: int
    #: The transmission's date, where an archive header states it (LDC copy:
    #: ``APW19991207.0042  NEWS STORY  12/07/1999 03:15:00``), and what says so.
    sent: dt.date | None = None
    sent_from: str | None = None


# -- transmission boundaries ---------------------------------------------------

# The lead before SOH/STX, a heading's first characters and how every
# transmission starts: in ``_wire_start.py``, where the layout stage tests
# ``_START`` without loading the readers.
_LEAD = lazy_re(_LEAD_SOURCE)
_SHAPE_START = lazy_re(_SHAPE_START_SOURCE)


def _header_shape(text: str, pos: int) -> tuple[int, str] | None:
    """End of an ANPA or IPTC heading at ``pos`` known by its shape, and its family."""
    if _SHAPE_START.match(text, pos) is None:
        return None  # the first line cannot be a selector or heading line: most copy
    found: list[Span] = []
    for a, b, nxt in _line_spans(text, pos, len(text)):
        lo, hi = _trim(text, a, b)
        if lo < hi:
            found.append((lo, hi))
            if len(found) == 2:
                (a1, b1), (a2, b2) = found
                if _ANPA_SELECTOR.fullmatch(text, a1, b1) and _ANPA_PRIORITY.fullmatch(
                    text, a2, b2
                ):
                    return nxt, "anpa"
                if _IPTC_HEADER.fullmatch(text, a1, b1) and _DPA_KEYWORDS.fullmatch(text, a2, b2):
                    return nxt, "iptc"
                return None
        if nxt - pos > _MAX_HEADER:
            return None
    return None


def _after_shape(text: str, start: int, shape: tuple[int, str], cuts: list[Cut]) -> tuple[int, str]:
    """Cut a heading known by its shape; return where the text part starts (past STX)."""
    end, family = shape
    _cut_header(text, start, end, cuts)
    m = _LEAD.match(text, end)
    nxt = m.end() if m is not None else end
    if nxt < len(text) and text[nxt] == "\x02":
        end = nxt + 1
    return end, family


def _cut_header(text: str, lo: int, hi: int, cuts: list[Cut]) -> bool:
    """Cut the heading lines between SOH and STX; tell whether they are ANPA's."""
    anpa = False
    first = True
    for a, b, _ in _line_spans(text, lo, hi):
        line = _Line(text, a, b)
        if line.blank:
            continue
        s, e = line.raw
        priority = _ANPA_PRIORITY.fullmatch(text, s, e) is not None
        if priority or (first and _ANPA_SELECTOR.fullmatch(text, s, e)):
            anpa = True
        is_header = first or priority or _IPTC_HEADER.fullmatch(text, s, e) is not None
        # Whole line: the codes inside a heading line are part of it.
        cuts.append(Cut(s, e, _HEADER if is_header else _SLUG))
        first = False
    return anpa


# -- entry point -----------------------------------------------------------------


def _layout(
    text: str,
    cuts: list[Cut],
    h: _Heading,
    te: int,
    family: str,
    control_runs: bool,
    sent: dt.date | None = None,
    sent_from: str | None = None,
) -> WireLayout:
    """Find the story past heading ``h`` and before ``te``, cut what surrounds it, and build the layout."""
    n = len(text)
    story_start = min(_story_begin(text, h.body, te, cuts), te)
    story_end = _story_end(text, story_start, te, cuts)
    if family == "anpa":
        _cut_anpa_body(text, story_start, story_end, cuts)
    structural = _normalise(cuts, n)
    final = _normalise(structural + _scan(text, structural, control_runs), n)
    return WireLayout(tuple(final), h.headline, h.byline, h.title, story_start, story_end, sent, sent_from)


def read_wire(text: str, *, control_runs: bool = True) -> WireLayout | None:
    r"""Return the layout of a wire transmission, or None when ``text`` is not one.

    Offsets index ``text`` itself.  Ordinary copy, scraped pages and text with
    stray control characters elsewhere than at the start give ``None``.

    >>> anpa = ("\x16\x16\x01A1234\x1fasian\nr a\x13\x11 BC-Moon-Dust     01-02 0012\n"
    ...         "\x02^BC-Moon-Dust,12<\n^Dust settles on the moon<\n^Eds: Corrects date.<\n"
    ...         "^By JANE ROE=\n^AP Science Writer=\n"
    ...         "\t   NOWHERE, Mont. (AP) _ The dust settled.\n"
    ...         "\t   \x03AP-WF-01-02-99 1200GMT<\n\x04")
    >>> w = read_wire(anpa)
    >>> [anpa[s:e] for s, e in (w.headline, w.byline, w.byline_title)]
    ['Dust settles on the moon', 'By JANE ROE', 'AP Science Writer']
    >>> anpa[w.story_start:w.story_end]
    'NOWHERE, Mont. (AP) _ The dust settled.'
    >>> for cut in w.cuts[:8]:
    ...     print(cut.rule, repr(anpa[cut.start:cut.end]))
    wire-control '\x16\x16\x01'
    wire-header 'A1234\x1fasian'
    wire-header 'r a\x13\x11 BC-Moon-Dust     01-02 0012'
    wire-control '\x02'
    wire-marker '^'
    wire-slug 'BC-Moon-Dust,12'
    wire-marker '<'
    wire-marker '^'
    >>> read_wire("TITLE\n    CITY, Feb 26 - Shares rose.\n Reuter\n") is None
    True
    """
    if _START.match(text) is None:
        return None  # neither control codes nor a heading where a transmission starts
    n = len(text)
    lead = _LEAD.match(text)
    pos = lead.end() if lead is not None else 0
    cuts: list[Cut] = []
    family = "iptc"
    if pos < n and text[pos] == "\x01":
        hs = pos + 1
        stx = text.find("\x02", hs, min(n, hs + _MAX_HEADER))
        if stx >= 0:
            anpa = _cut_header(text, hs, stx, cuts)
            ts = stx + 1
            family = "anpa" if anpa or _caret_led(text, ts, n) else "iptc"
        else:
            shape = _header_shape(text, hs)
            if shape is None:
                return None
            ts, family = _after_shape(text, hs, shape, cuts)
    elif pos < n and text[pos] == "\x02":
        ts = pos + 1
        if text.find("\x03", ts) < 0 and text.find("\x04", ts) < 0:
            return None
        family = "anpa" if _caret_led(text, ts, n) else "iptc"
    else:
        shape = _header_shape(text, pos)
        if shape is None:
            ldc = _ldc_head(text, pos, cuts)
            if ldc is None:
                return None
            h, sent, sent_from = ldc
            return _layout(text, cuts, h, n, "ldc", control_runs, sent, sent_from)
        ts, family = _after_shape(text, pos, shape, cuts)

    etx = text.find("\x03", ts)
    if etx >= 0:
        te = etx
        _cut_after_etx(text, etx, cuts)
    else:
        eot = text.find("\x04", ts)
        te = eot if eot >= 0 else n

    if family == "anpa" and text[ts - 1 : ts] != "\x02" and not _caret_led(text, ts, te):
        # Archived ANPA copy without its controls and markers (the LDC's, its
        # header line lost): the heading's lines are read by what they say.
        h, _ = _ldc_heading(text, ts, cuts)
    else:
        read_heading = _anpa_heading if family == "anpa" else _iptc_heading
        h = read_heading(text, ts, te, cuts)
    return _layout(text, cuts, h, te, family, control_runs)
