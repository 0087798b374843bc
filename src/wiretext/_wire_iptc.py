r"""IPTC 7901 copy (dpa and others): its heading line, keywords, flags, headline and byline.

Decides what the lines of an IPTC 7901 transmission are: the heading and
keyword lines before STX (their shapes, which :mod:`wiretext.wire` also
uses to tell the family), and after STX the priority and version flags, the
headline (closed by ``=`` unless a byline follows) and the byline (closed by
``=``), or a lone short line that reads as a headline without its marker.

Where the transmission starts and which family it is are
:mod:`wiretext.wire`'s; the dpa notebook, the editors' initials and the
trailer, :mod:`wiretext._wire_cuts`'s.

>>> text = "EILT\r\nStorm closes ports =\r\n\r\nKiel (dpa) - Rain.\r\n"
>>> h = _iptc_heading(text, 0, len(text), [])
>>> text[slice(*h.headline)], text[h.body:].strip()
('Storm closes ports', 'Kiel (dpa) - Rain.')
"""

from __future__ import annotations

from ._lazy import lazy_re
from ._spans import Cut
from ._wire_lines import (
    _BYLINE,
    _CREDIT,
    _EXTRA,
    _MARKER,
    _MAX_HEADING_LINES,
    _VERSION,
    Span,
    _back_spaces,
    _Heading,
    _Line,
    _line_spans,
)

# IPTC 7901 heading line: service letters and message number, one priority
# digit, category letters, the word count, an optional keyword, the source
# (an agency code, maybe with a hyphenated suffix) and its message number.
_IPTC_HEADER = lazy_re(
    r"[a-z]{2,4}\d{2,5}[ ]{1,3}\d[ ]{1,3}[a-z]{1,3}[ ]{1,3}\d{1,5}[ ]{1,10}"
    r"(?:[a-z]{1,10}[ ]{1,10})?[a-z]{2,10}(?:-[a-z]{1,10})?[ ]{1,3}\d{1,5}[ ]{0,5}"
)

# dpa keyword line: one or more keywords, each closed by a slash, e.g. a topic,
# a country and a person, all on one line.
_DPA_KEYWORDS = lazy_re(r"[^\s/][^\r\n/]{0,80}/(?:[^\r\n/]{1,80}/){0,10}")

# dpa priority flags on their own line: "EXTRA", "(Achtung)", urgency words.
_FLAG_EXTRA = lazy_re(
    r"\(?(?:Achtung|ACHTUNG|EXTRA|Extra|EILT|Eilmeldung|URGENT|FLASH|BULLETIN|ALERT|Vorrang)\)?!?"
)

# dpa version flags on their own line: refile, correction, "1ST LEAD" and the
# German equivalents ("2. Zusammenfassung").
_FLAG_VERSION = lazy_re(
    r"REFILE|REPEAT|CORRECTION|CORRECTED|UPDATE|WRITETHRU|NEW LEAD"
    r"|\d{1,2}(?:ST|ND|RD|TH) LEAD|LEAD|KORREKTUR|BERICHTIGUNG|WIEDERHOLUNG"
    r"|(?:\d{1,2}\. )?(?:Zusammenfassung|Neufassung)"
)


def _bare_headline(text: str, span: Span, line_start: int) -> bool:
    """Tell whether a lone unmarked line after STX reads as a headline, not a lead."""
    lo, hi = span
    start = max(text.rfind("\n", line_start, lo), text.rfind("\r", line_start, lo)) + 1
    return (
        hi - lo <= 200
        and lo == max(start, line_start)  # not indented like a paragraph
        and text[hi - 1] != "."
        and _CREDIT.search(text, lo, hi) is None
    )


def _iptc_heading(text: str, ts: int, te: int, cuts: list[Cut]) -> _Heading:
    """Read flags, headline and byline (closed by ``=``) after STX."""
    h = _Heading()
    h.body = ts
    block: list[_Line] = []
    closed = False
    after = te
    for count, (a, b, nxt) in enumerate(_line_spans(text, ts, te)):
        if count >= _MAX_HEADING_LINES:
            break
        line = _Line(text, a, b)
        if line.blank:
            if block:
                after = nxt
                break
            continue
        lo, hi = line.raw
        if not block and _FLAG_EXTRA.fullmatch(text, lo, hi):
            cuts.append(Cut(lo, hi, _EXTRA))
            h.body = nxt
            continue
        if not block and _FLAG_VERSION.fullmatch(text, lo, hi):
            cuts.append(Cut(lo, hi, _VERSION))
            h.body = nxt
            continue
        block.append(line)
        if hi > lo and text[hi - 1] == "=":
            closed, after = True, nxt
            break
        if len(block) >= 6:
            break
    if not block:
        return h
    first, last = block[0], block[-1]
    if closed:
        end = _back_spaces(text, last.raw[0], last.raw[1] - 1)
        cuts.append(Cut(end, last.raw[1], _MARKER))
        lo = first.raw[0]
        if len(block) >= 2 and _BYLINE.fullmatch(text, last.raw[0], end):
            h.byline = (last.raw[0], end)
            h.headline = (lo, block[-2].raw[1])
        elif lo < end:
            h.headline = (lo, end)
        h.body = after
    elif len(block) == 1 and after < te and _bare_headline(text, first.raw, ts):
        # A lone short line, then a blank line: a headline without its marker.
        h.headline = first.raw
        h.body = after
    else:
        h.body = first.raw[0]  # no heading we can be sure of
    return h
