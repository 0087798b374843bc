"""A web page's time stamp at the head of its story, and the date it gives.

Pages print when a story was published or updated on a line of its own
near the headline, often with the byline, and rarely in the dateline (AP
and Reuters web datelines carry no date)::

    Updated Dec. 2, 2024 - 02:24
    Tue Mar 6, 2007 9:15am EST
    Veröffentlicht am 15.04.2025, 17:59
    Actualizado lunes, 2 diciembre 2024
    By Jane Roe 28 November 2025 03:26 pm
    Von Felix Schwarz 15.04.2025, 17:59 Lesezeit: 5 Min.

:func:`find_stamp` finds such a line among the first lines of the story
and reads its date (month names in the seven languages of the month
tables; numeric dates day first, as European pages write them, or ISO).
The pipeline takes the date when the dateline gives none (note
``date-from-page-stamp``) and leaves the stamp out of the body; a byline
before the stamp on the same line stays the byline.

>>> s = find_stamp("Quay reopens\\nBy Jane Roe 28 November 2025 03:26 pm\\nThe quay reopened.", 0, 60)
>>> s.date, s.start, s.end
(datetime.date(2025, 11, 28), 25, 50)
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from . import registry
from ._lazy import lazy_re

__all__ = ["Stamp", "find_stamp"]


def __dir__() -> list[str]:
    return list(__all__)


class Stamp(NamedTuple):
    """A time stamp's span in the text (from its first word, or from its date after a byline) and its day."""

    start: int
    end: int
    date: dt.date


# Dates as stamps write them.  Day first: "15.04.2025", "27.04.24", "2 diciembre 2024",
# "3. Mai 2024", "2 de diciembre de 2024", "28th November 2025".
_DAY_FIRST = lazy_re(
    r"(?<![\w.])(?P<d>[0-3]?\d)(?:\.|st|nd|rd|th|er|º)?[ \t]+(?:de[ \t]+)?(?P<mon>[^\W\d_]{3,12})\.?,?"
    r"[ \t]+(?:de[ \t]+|del[ \t]+)?(?P<y>(?:19|20)\d\d)(?!\d)"
)
# Month first: "Dec. 2, 2024", "Mar 6, 2007", "November 28, 2025".
_MONTH_FIRST = lazy_re(
    r"(?<!\w)(?P<mon>[^\W\d_]{3,12})\.?[ \t]+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?[ \t]+(?P<y>(?:19|20)\d\d)(?!\d)"
)
# Numbers: "15.04.2025", "27.04.24" (day first), "2025-04-15".
_NUMERIC = lazy_re(
    r"(?<![\d.])(?P<d>[0-3]?\d)\.[ \t]?(?P<m>[01]?\d)\.[ \t]?(?P<y>(?:19|20)\d\d|\d\d)(?![\d.]\d)"
    r"|(?<!\d)(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?!\d)"
)
# What else a stamp line holds: times ("9:15am", "17:59", "02:24", "15h30"), zones ("EST",
# "GMT", "Uhr"), joining words ("am", "le", "à", "um", "at", "de"), a reading time ("Lesezeit: 5 Min.").
_FILLER = lazy_re(
    r"\d{1,2}[:.h]\d\d(?:[ \t]?(?:[ap]\.?m\.?))?"
    r"|(?-i:\b(?:[ECMP][SD]T|GMT|UTC|BST|CES?T|MES?Z|IST|JST|KST|AE[SD]T|[ECMP]T)\b)"
    r"|\b(?:uhr|am|pm|um|le|à|a|at|on|de|del|el|às|alle|ore|il|em|jour|в)\b"
    r"|\b(?:lesezeit|reading|read|time|min|mins|minutes|minuten|lectura|lecture|leitura|lettura)\b\.?|\d+"
    r"|[^\w\s]+",
    re.IGNORECASE,
)
# The words of a byline opening the line: "By Jane Roe", "Von Felix Schwarz".
_BY = frozenset({"by", "von", "par", "por", "di", "da", "de"})

#: A stamp is sought on the first lines of the story only, and on lines no longer than this.
_MOST_LINES, _LONGEST = 6, 160


# What every match of _NUMERIC, _DAY_FIRST and _MONTH_FIRST holds, from the last figure of its first
# number on (each "held" pattern is its own pattern less what stands before that figure).  The three
# open with a look-behind, which leaves the engine nothing to skip to: a search tries them at every
# character.  These open with a figure, and rule out a line holding a year in a sentence ("the 2004
# season"): find_stamp asks the three at once of each line (``_DATE_HELD``), _date each before its
# pattern (profiled.py ../shared/corpora/ag_news.jsonl: _stamp_in called 31 times in 1,500 parses, now once).
_NUMERIC_TAIL = r"\.[ \t]?[01]?\d\.|-[01]\d-[0-3]\d"
_DAY_FIRST_TAIL = (
    r"(?:\.|st|nd|rd|th|er|º)?[ \t]+(?:de[ \t]+)?[^\W\d_]{3,12}\.?,?[ \t]+(?:de[ \t]+|del[ \t]+)?(?:19|20)\d\d(?!\d)"
)
_MONTH_FIRST_TAIL = r"(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d\d(?!\d)"
_NUMERIC_HELD = lazy_re(rf"\d(?:{_NUMERIC_TAIL})")
_DAY_FIRST_HELD = lazy_re(rf"\d{_DAY_FIRST_TAIL}")
_MONTH_FIRST_HELD = lazy_re(rf"\d{_MONTH_FIRST_TAIL}")
_DATE_HELD = lazy_re(rf"\d(?:{_NUMERIC_TAIL}|{_DAY_FIRST_TAIL}|{_MONTH_FIRST_TAIL})")


def _date(line: str) -> tuple[int, int, dt.date] | None:
    """The first date the line writes: its span in the line, and the day."""
    found = []
    for pattern, held in ((_NUMERIC, _NUMERIC_HELD), (_DAY_FIRST, _DAY_FIRST_HELD), (_MONTH_FIRST, _MONTH_FIRST_HELD)):
        if held.search(line) is None:
            continue
        m = pattern.search(line)
        if m is None:
            continue
        groups = m.groupdict()
        if groups.get("iy"):
            y, mo, d = int(groups["iy"]), int(groups["im"]), int(groups["id"])
        elif groups.get("m"):
            y, mo, d = int(groups["y"]), int(groups["m"]), int(groups["d"])
        else:
            month = registry.month_number(groups["mon"])
            if month is None:
                continue
            y, mo, d = int(groups["y"]), month, int(groups["d"])
        if y < 100:
            y += 2000
        try:
            found.append((m.start(), m.end(), dt.date(y, mo, d)))
        except ValueError:
            continue
    return min(found) if found else None


def _filler(word: str) -> bool:
    """Whether a word of a stamp line is part of the stamp: a stamp word, a weekday, a month, a time."""
    bare = word.strip(",.:;|")
    return (
        not _FILLER.sub("", word).strip()
        or registry.is_stamp_word(bare)
        or registry.is_weekday(bare)
        or registry.month_number(bare) is not None
    )


def _stamp_in(line: str) -> tuple[int, dt.date] | None:
    """Where a stamp starts in a line of the story's head, and its day, or None for a line that is none."""
    date = _date(line)
    if date is None:
        return None
    at, stop, day = date
    if not all(map(_filler, _FILLER.sub(" ", line[stop:]).split())):
        return None  # words after the date: a sentence, not a stamp
    before = line[:at].split()
    named = [w for w in before if not _filler(w)]
    if not named:
        return 0, day  # "Updated Dec. 2, 2024 - 02:24", "Tue Mar 6, 2007 9:15am EST", "15.04.2025, 17:59"
    if len(named) > 6 or not all(w[:1].isupper() for w in named[1:]):
        return None
    if named[0].casefold() not in _BY and not (len(named) <= 4 and named[0][:1].isupper()):
        return None
    # "By Jane Roe 28 November 2025", "Associated Press April 28, 2023 GMT": a byline or a
    # credit, then the stamp, which starts at the first of the words before the date that are its own
    stamp_at = at
    for w in reversed(before):
        if not _filler(w):
            break
        stamp_at = line.rfind(w, 0, stamp_at)
    return stamp_at, day


# (What str.strip strips, re's \s matches: a line of it is blank.  Read a
# loop turn a line, 200 KB of blank lines took find_stamp 3 times as long as
# a parse of ordinary copy of that size.)
_VISIBLE = lazy_re(r"\S")


def find_stamp(text: str, start: int, end: int, *, skip_first: bool = False) -> Stamp | None:
    """The first time stamp among the first lines of ``text[start:end]``, or None.

    A line is a stamp when, besides its date, it holds only stamp words
    ("Updated", "Veröffentlicht am"), weekdays, times, zones and a reading
    time; or a byline ("By Jane Roe") or a short credit before the date,
    which then is not part of the stamp.  ``skip_first`` passes over the
    first line (the headline, when the text starts with it: "Health
    Highlights: Aug. 28, 2004" is no stamp).

    >>> text = "Veröffentlicht am 15.04.2025, 17:59\\nDie Fähre legte an."
    >>> find_stamp(text, 0, len(text))
    Stamp(start=0, end=35, date=datetime.date(2025, 4, 15))
    >>> find_stamp("On 2 December 2024 the ferry docked at the quay.", 0, 48) is None
    True
    """
    pos = start
    seen = 0
    first = skip_first
    while pos < end and seen < _MOST_LINES:
        if text[pos].isspace():  # blank lines are passed over at once, not a loop turn each
            visible = _VISIBLE.search(text, pos, end)
            if visible is None:
                return None
            pos = text.rfind("\n", pos, visible.start()) + 1 or pos  # the start of its line
        # the line from pos holds a visible character (its first, or the one found above): it counts
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if first:
            first = False
        else:
            seen += 1
            # a line without what every date holds is no stamp: one search rather than the three
            # patterns'; the line is sliced only when it may be one (a match of _DATE_HELD neither
            # starts nor ends with white space: the stripped line holds one where the line does)
            if (stop - pos <= _LONGEST or len(text[pos:stop].strip()) <= _LONGEST) and _DATE_HELD.search(
                text, pos, stop
            ) is not None:
                line = text[pos:stop]
                core = line.strip()
                lead = pos + len(line) - len(line.lstrip())
                hit = _stamp_in(core)
                if hit is not None:
                    return Stamp(lead + hit[0], lead + len(core), hit[1])
        pos = stop + 1
    return None
