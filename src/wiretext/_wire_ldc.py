r"""The LDC archive's copy of old wire (AP, NYT, Xinhua), its tags stripped.

Decides what the heading of an LDC archive document is: its header line
(document id, type and transmission time), the ANPA codes spelled out, the
slug, notes to editors, photo advisories, the headline, the byline and the
writer's title or service line, read by what the lines say (the archive
lost ANPA's carets and end markers); and the day the copy was sent, from
the header's date field or else the document id, checked against the
slug's MM-DD.  The same heading reader serves archived ANPA copy whose
header line is lost (:func:`wiretext.wire.read_wire` calls it).

The line shapes it shares with live ANPA copy are
:mod:`wiretext._wire_anpa`'s; the story's ends and the bookkeeping of cuts,
:mod:`wiretext._wire_cuts`'s; the layout itself, :mod:`wiretext.wire`'s.

>>> text = "APW19991207.0042  NEWS STORY  12/07/1999 03:15:00\nBC-Rain     12-07 0012\n"
>>> h, sent, said = _ldc_head(text, 0, [])
>>> sent
datetime.date(1999, 12, 7)
>>> said.split("; ")[1]
"the slug's day 12-07 agrees"
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from ._lazy import lazy_re
from ._spans import Cut
from ._wire_anpa import _ANPA_PRIORITY, _EDS_NOTE, _PHOTO_LINE, _TITLE
from ._wire_lines import _CREDIT, _EDS, _HEADER, _PHOTO, _SLUG, _Heading, _trim

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


def _ldc_head(text: str, pos: int, cuts: list[Cut]) -> tuple[_Heading, dt.date | None, str | None] | None:
    """Cut the header and heading of an LDC archive document at ``pos``.

    Returns its heading, the day it was sent and what says so; None when
    the document's header line is not at ``pos``.
    """
    m = _LDC_HEADER.match(text, pos)
    if m is None:
        return None
    cuts.append(Cut(m.start(), m.end(), _HEADER))
    sent, stated = _ldc_date(m)
    h, slug_day = _ldc_heading(text, m.end(), cuts)
    said = f"the archive header {_squash_blanks(stated)!r}" if stated else None
    if said and sent is not None and slug_day is not None:
        agrees = slug_day == sent.month * 100 + sent.day
        said += f"; the slug's day {slug_day // 100:02d}-{slug_day % 100:02d} {'agrees' if agrees else 'differs'}"
    return h, sent, said


def _squash_blanks(text: str) -> str:
    """``text`` with each run of blanks (carriage returns too) as one space."""
    return " ".join(text.split())
