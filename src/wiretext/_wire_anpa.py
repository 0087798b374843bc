r"""ANPA-1312 copy (AP and others): its heading lines and the markers of its body.

Decides what the lines of an ANPA transmission are: the selector and
priority lines before STX (their shapes, which :mod:`wiretext.wire` also
uses to tell the family), and after STX the caret-led heading lines ending
``<`` or ``=``: the slug, notes to editors, photo advisories, the headline,
the byline and the writer's title; then the carets and end markers of the
body's lines.  The same line shapes serve the LDC archive's copy of AP wire
(:mod:`wiretext._wire_ldc`).

Where the transmission starts and which family it is are
:mod:`wiretext.wire`'s; the story's ends and the trailer,
:mod:`wiretext._wire_cuts`'s.

>>> text = "^BC-Moon-Dust,12<\n^Dust settles<\n\t   NOWHERE (AP) _ Dust.\n"
>>> h = _anpa_heading(text, 0, len(text), [])
>>> text[slice(*h.headline)], text[h.body:].strip()
('Dust settles', 'NOWHERE (AP) _ Dust.')
"""

from __future__ import annotations

from ._lazy import lazy_re
from ._spans import Cut
from ._wire_lines import (
    _BYLINE,
    _EDS,
    _MARKER,
    _MAX_HEADING_CHARS,
    _MAX_HEADING_LINES,
    _MAX_LEAD,
    _PHOTO,
    _SLUG,
    _SUMMARY,
    _back_spaces,
    _Heading,
    _Line,
    _line_spans,
    _trim,
)

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

# Second byline line giving the writer's title: the agency's name, an
# "AP <Beat> Writer" style title, a role word at the end, or a news service.
_TITLE = lazy_re(
    r"(?:For |Special to )?(?:The )?Associated Press(?: Writer)?"
    r"|AP(?: [A-Z][A-Za-z-]{1,20}){1,4}"
    r"|(?:[A-Z][A-Za-z.-]{0,20} ){0,4}"
    r"(?:Writer|Correspondent|Editor|Reporter|Columnist|Critic|Contributor)"
    r"|[A-Z][A-Za-z.' ]{1,60} News Service"
)


def _caret_led(text: str, pos: int, end: int) -> bool:
    """Whether the first non-blank character at or after ``pos`` is an ANPA caret."""
    lo, _ = _trim(text, pos, min(end, pos + _MAX_LEAD))
    return lo < end and text[lo] == "^"


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
