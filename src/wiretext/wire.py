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
import re
from collections.abc import Iterator
from typing import Final

import attrs

from ._lazy import lazy_re
from ._spans import Cut

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

# White space, NUL and SYN idle characters that may precede the first SOH/STX.
_LEAD_SOURCE = r"[ \t\r\n\x0b\x0c\ufeff\x00\x16]{0,64}+"
_LEAD = lazy_re(_LEAD_SOURCE)

# A line break: CR LF, a lone CR or a lone LF.
_EOL = lazy_re(r"\r\n|\r|\n")

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

# Typesetting entities of archived ANPA copy: upper rail, lower rail, quad
# left, quad centre, quad right, hard tab; each is an ampersand, two capitals
# and a semicolon.
_TYPESET = lazy_re(r"&(?:UR|LR|QL|QC|QR|HT);")

# ANPA selector line (right after SOH): one letter and four digits, a unit
# separator (raw or escaped) and a short keyword or a row of dashes.
_ANPA_SELECTOR = lazy_re(r"[A-Za-z]\d{4}[ ]{0,3}(?:\x1f|&Cx1[fF];)[ ]{0,3}[^\r\n]{0,40}")

# ANPA priority/category line: two single lower-case letters, optional DC1-DC4
# format codes (raw or escaped), the keyword slug (capital category prefix,
# dashes, maybe a version and a lower-rail entity), padding, the MM-DD date
# and an optional word count.
_ANPA_PRIORITY = lazy_re(
    r"[a-z] [a-z][ ]{0,3}"
    r"(?:(?:[\x11-\x14]|&Cx1[1-4];)[ ]{0,3}){0,4}"
    r"[A-Za-z0-9][^\r\n]{0,48}?"
    r"[ ]{1,16}\d\d-\d\d(?:[ ]{1,3}\d{1,5})?[ ]{0,5}"
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

# ANPA slug repeated after STX: an optional routing code (asterisk, digits,
# "<", caret), a capital category prefix and a hyphen, then the keyword, an
# optional version ("1st Ld-Writethru") and ",NNN" word count.
_ANPA_SLUG = lazy_re(r"(?:\*\d{1,6}<[ ]{0,3}\^?)?[A-Z0-9]{1,4}-[^\r\n]{1,160}")

# The same slug without a line-end marker (archived copy): capitals, digits
# and hyphens only, at least two hyphens, no spaces.
_BARE_SLUG = lazy_re(r"[A-Z]{1,4}-[A-Za-z0-9]{1,30}-[A-Za-z0-9-]{1,60}")

# Notes to editors: "Eds:" (maybe in parentheses or with a period), "Editors:",
# or an "EDITOR'S NOTE" lead-in with a straight or curly apostrophe.
_EDS_NOTE = lazy_re(
    r"\(?[ ]{0,2}(?:Eds?\.?|EDS?\.?|Editors?|EDITORS?)[ ]{0,2}:"
    r"|(?:EDITOR|Editor)[’']?[Ss][ ](?:NOTE|[Nn]ote)"
)

# Photo, video and graphic advisories: the agency's "Photo" word followed by
# picture codes ("AP Photo ABC101, ABC102").
_PHOTO_LINE = lazy_re(r"(?:With )?AP (?:Photos?|Video|Graphics?|Audio|Interactive)\b")

# Byline: "By" (German "Von") and a space, then a letter, e.g. "By NAME and
# NAME" or "By NAME, agency".
_BYLINE = lazy_re(r"(?:By|BY|Von|VON)[ ][^\W\d_][^\r\n]{0,200}")

# Second byline line giving the writer's title: the agency's name, an
# "AP <Beat> Writer" style title, a role word at the end, or a news service.
_TITLE = lazy_re(
    r"(?:For |Special to )?(?:The )?Associated Press(?: Writer)?"
    r"|AP(?: [A-Z][A-Za-z-]{1,20}){1,4}"
    r"|(?:[A-Z][A-Za-z.-]{0,20} ){0,4}"
    r"(?:Writer|Correspondent|Editor|Reporter|Columnist|Critic|Contributor)"
    r"|[A-Z][A-Za-z.' ]{1,60} News Service"
)

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

# What both heading lines known by their shape start with, past the blank
# characters (``_BLANK_CHARS``) before them: the letter and digit of an ANPA
# selector ("A1234"), or the service letters and digits of an IPTC heading
# ("eca001").  The first line that is not blank must start so, or
# ``_header_shape`` finds nothing.
_SHAPE_START_SOURCE = r"[\x00-\x20\x7f\xa0\ufeff]*+[A-Za-z]{1,4}\d"
_SHAPE_START = lazy_re(_SHAPE_START_SOURCE)

# How every transmission starts: SOH or STX past the ``_LEAD`` characters, or
# a heading known by its shape (``_SHAPE_START``: the ``_LEAD`` characters are
# blank characters too, so that pattern matches from the very start when it
# matches past them).
_START = lazy_re(rf"{_LEAD_SOURCE}[\x01\x02]|{_SHAPE_START_SOURCE}")

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


def _caret_led(text: str, pos: int, end: int) -> bool:
    """Whether the first non-blank character at or after ``pos`` is an ANPA caret."""
    lo, _ = _trim(text, pos, min(end, pos + _MAX_LEAD))
    return lo < end and text[lo] == "^"


def _story_begin(text: str, pos: int, end: int, cuts: list[Cut]) -> int:
    """First character of the story at or after ``pos``: past blanks and a caret."""
    pos, _ = _trim(text, pos, end)
    if pos < end and text[pos] == "^":
        cuts.append(Cut(pos, pos + 1, _MARKER))
        pos, _ = _trim(text, pos + 1, end)
    return pos


# -- transmission boundaries ---------------------------------------------------


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


# -- heading after STX ---------------------------------------------------------


class _Heading:
    __slots__ = ("body", "byline", "headline", "title")

    def __init__(self) -> None:
        self.headline: Span | None = None
        self.byline: Span | None = None
        self.title: Span | None = None
        self.body: int = 0


def _anpa_heading(text: str, ts: int, te: int, cuts: list[Cut]) -> _Heading:
    """Read caret-led header lines (slug, headline, notes, byline) after STX."""
    h = _Heading()
    h.body = te
    seen = 0
    expect_title = False
    for count, (a, b, nxt) in enumerate(_line_spans(text, ts, te)):
        if count >= _MAX_HEADING_LINES or a - ts > _MAX_HEADING_CHARS:
            h.body = a
            break
        line = _Line(text, a, b)
        if line.blank:
            continue
        indent = text[a : line.raw[0]]
        if "\t" in indent or indent.count(" ") >= 2:
            h.body = a  # indented: the body's first paragraph
            break
        lo, hi = line.content
        if expect_title:
            if line.kind == "=" and _TITLE.fullmatch(text, lo, hi):
                h.title = (lo, hi)
                line.emit(cuts, None)
                h.body = nxt
            else:
                h.body = a
            break
        if not line.kind and not (seen == 0 and _BARE_SLUG.fullmatch(text, lo, hi)):
            h.body = a  # an unmarked line: the body has begun
            break
        rule: str | None = None
        if lo >= hi:
            pass
        elif seen == 0 and _ANPA_SLUG.fullmatch(text, lo, hi):
            rule = _SLUG
        elif _EDS_NOTE.match(text, lo, hi):
            rule = _EDS
        elif _PHOTO_LINE.match(text, lo, hi):
            rule = _PHOTO
        elif h.byline is None and line.kind == "=" and _BYLINE.fullmatch(text, lo, hi):
            h.byline = (lo, hi)
            expect_title = True
        elif h.headline is None:
            h.headline = (lo, hi)
        else:
            rule = _SUMMARY
        line.emit(cuts, rule)
        if lo < hi:
            seen += 1
    return h


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


def _cut_anpa_body(text: str, start: int, end: int, cuts: list[Cut]) -> None:
    """Cut carets that open and ``<``/``=`` markers that close ANPA body lines."""
    for a, b, _ in _line_spans(text, start, end):
        lo, hi = _trim(text, a, b)
        if lo >= hi:
            continue
        if text[lo] == "^":
            cuts.append(Cut(lo, lo + 1, _MARKER))
            lo += 1
        if hi > lo and text[hi - 1] in "<=":
            cuts.append(Cut(_back_spaces(text, lo, hi - 1), hi, _MARKER))


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


# -- LDC archive text ------------------------------------------------------------

# The header line of an LDC archive document with its tags stripped: the
# document id (source, YYYYMMDD, number), its type and the transmission's
# date and time, separated by blanks or carriage returns.
_LDC_HEADER = lazy_re(
    r"(?P<id>[A-Z]{3}(?P<y>(?:19|20)\d\d)(?P<m>\d\d)(?P<d>\d\d)\.\d{4})[ \t\r]{1,20}"
    r"[A-Z][A-Z ]{1,30}[A-Z][ \t\r]{1,20}"
    r"(?:(?P<mm>\d\d)/(?P<dd>\d\d)/(?P<yyyy>\d{4})(?:[ \t\r]{1,5}\d\d:\d\d(?::\d\d)?)?)?[ \t\r]{0,20}(?=\n|$)"
)
# A line of ANPA codes spelled out: "w0871 &Cx1f; wstm-", maybe with the
# priority and slug after it on the same line.
_LDC_CODES = lazy_re(r"[A-Za-z]\d{4}[ ]{0,3}(?:\x1f|&Cx1[fF];)[^\n]{0,200}")
# The slug line: "BC-Chile-Election     12-07 0415" (keyword, MM-DD, word count).
_LDC_SLUG = lazy_re(r"[A-Z]{1,4}-[^\s]{1,80}(?:[ \t]{1,30}(?P<mm>\d\d)-(?P<dd>\d\d)(?:[ \t]{1,5}\d{1,5})?)?")
# A byline line without ANPA's "=" marker.
_LDC_BYLINE = lazy_re(r"(?:By|BY)[ ][^\W\d_][^\n]{0,120}")
# A note to editors in brackets: "(For use by New York Times News Service clients)".
_LDC_FOR_USE = lazy_re(r"\((?:For|FOR|Not|NOT|Eds|EDS|Editors|EDITORS)[ ][^()\n]{1,150}\)")
# The service line under a byline, with its year: "c.1999 N.Y. Times News Service".
_LDC_SERVICE = lazy_re(r"[cC]\.[ ]?(?:19|20)\d\d[ ][^\n]{1,80}(?:Service|Services|Syndicate|Wire)")
# The MM-DD of a priority line's slug, before its word count.
_MONTH_DAY = lazy_re(r"(\d\d)-(\d\d)(?:[ ]{1,3}\d{1,5})?[ ]{0,5}$")
_MAX_LDC_HEAD: Final = 20  # lines between the header and the story


def _ldc_date(m: re.Match[str]) -> tuple[dt.date | None, str | None]:
    """The transmission's day in an LDC header: its date field, else the document id's."""
    for y, mo, d in (("yyyy", "mm", "dd"), ("y", "m", "d")):
        if m.group(y) is not None:
            try:
                return dt.date(int(m.group(y)), int(m.group(mo)), int(m.group(d))), m.group(0).strip()
            except ValueError:
                continue
    return None, None


def _ldc_codes(text: str, lo: int, hi: int) -> tuple[str, int | None] | None:
    """A heading line of codes or the slug: its rule and the MM-DD it holds (as MMDD); None for any other line."""
    if _LDC_CODES.fullmatch(text, lo, hi) or _ANPA_PRIORITY.fullmatch(text, lo, hi):
        m = _ANPA_PRIORITY.search(text, lo, hi) if "-" in text[lo:hi] else None
        day = _MONTH_DAY.search(text, m.start(), m.end()) if m is not None else None
        return _HEADER, int(day.group(1) + day.group(2)) if day else None
    slug = _LDC_SLUG.fullmatch(text, lo, hi)
    if slug is not None:
        return _SLUG, int(slug.group("mm") + slug.group("dd")) if slug.group("mm") is not None else None
    return None


def _ldc_heading(text: str, pos: int, cuts: list[Cut]) -> tuple[_Heading, int | None]:
    """Read the heading lines after an LDC header: codes, slug, notes, byline; the slug's MM-DD as MMDD."""
    h = _Heading()
    slug_day: int | None = None
    in_note = expect_title = False
    for _ in range(_MAX_LDC_HEAD):
        nl = text.find("\n", pos)
        nxt = len(text) if nl < 0 else nl + 1
        lo, hi = _trim(text, pos, nxt)  # a lone "\r" inside a note is no line break here
        if lo >= hi:
            in_note = False
            if nl < 0:
                break
            pos = nxt
            continue
        indent = text[pos:lo]
        if "\t" in indent or indent.count(" ") >= 2 or _CREDIT.search(text, lo, hi) is not None:
            break  # an indented paragraph, or the dateline: the story
        codes = _ldc_codes(text, lo, hi) if h.byline is None else None
        rule: str | None = None
        if expect_title and (_TITLE.fullmatch(text, lo, hi) or _LDC_SERVICE.fullmatch(text, lo, hi)):
            h.title = (lo, hi)
        elif codes is not None:
            rule, slug_day = codes[0], codes[1] or slug_day
        elif _EDS_NOTE.match(text, lo, hi) or _LDC_FOR_USE.fullmatch(text, lo, hi):
            rule, in_note = _EDS, True
        elif _PHOTO_LINE.match(text, lo, hi):
            rule = _PHOTO
        elif h.byline is None and _LDC_BYLINE.fullmatch(text, lo, hi):
            h.byline = (lo, hi)
        elif in_note:
            rule = _EDS  # a note to editors that runs on to a second line
        elif h.headline is None and h.byline is None and hi - lo <= 200 and text[hi - 1] != ".":
            h.headline = (lo, hi)
        else:
            break
        expect_title = h.byline == (lo, hi)
        in_note = in_note and rule == _EDS
        if rule is not None:
            cuts.append(Cut(lo, hi, rule))
        pos = nxt
    h.body = min(pos, len(text))
    return h, slug_day


def _read_ldc(text: str, pos: int, control_runs: bool) -> WireLayout | None:
    """The layout of an LDC archive document at ``pos``, or None when its header is not there."""
    m = _LDC_HEADER.match(text, pos)
    if m is None:
        return None
    cuts = [Cut(m.start(), m.end(), _HEADER)]
    sent, stated = _ldc_date(m)
    h, slug_day = _ldc_heading(text, m.end(), cuts)
    story_start = min(_story_begin(text, h.body, len(text), cuts), len(text))
    story_end = _story_end(text, story_start, len(text), cuts)
    structural = _normalise(cuts, len(text))
    final = _normalise(structural + _scan(text, structural, control_runs), len(text))
    said = f"the archive header {_squash_blanks(stated)!r}" if stated else None
    if said and sent is not None and slug_day is not None:
        agrees = slug_day == sent.month * 100 + sent.day
        said += f"; the slug's day {slug_day // 100:02d}-{slug_day % 100:02d} {'agrees' if agrees else 'differs'}"
    return WireLayout(tuple(final), h.headline, h.byline, h.title, story_start, story_end, sent, said)


def _squash_blanks(text: str) -> str:
    """``text`` with each run of blanks (carriage returns too) as one space."""
    return " ".join(text.split())


# -- entry point -----------------------------------------------------------------


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
            return _read_ldc(text, pos, control_runs)
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
    story_start = min(_story_begin(text, h.body, te, cuts), te)
    story_end = _story_end(text, story_start, te, cuts)
    if family == "anpa":
        _cut_anpa_body(text, story_start, story_end, cuts)

    structural = _normalise(cuts, n)
    final = _normalise(structural + _scan(text, structural, control_runs), n)
    return WireLayout(
        cuts=tuple(final),
        headline=h.headline,
        byline=h.byline,
        byline_title=h.title,
        story_start=story_start,
        story_end=story_end,
    )
