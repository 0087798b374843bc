"""The dateline's date: its month, day and year as written, and the year a date without one falls in.

This module decides what a matched date says: the month from a word in
any language the month tables hold ("Feb", "FEB.", "сен", "4月") or cut
short ("Marc"), a two-digit year's century, the year of a time stamp after
the credit, and whether the date is one of the calendar (an
``impossible-date`` note where it is not).  :func:`infer_year` gives a
date without a year the year nearest before a reference day.

Where a dateline stands and which of its groups hold the date is left to
:mod:`wiretext.dateline` and its shapes (:mod:`wiretext._dateline_shapes`);
which reference day a story's date is settled against is left to the
final build (:func:`wiretext.pipeline.parse`).
"""

from __future__ import annotations

import datetime as dt

from . import registry
from ._dateline_shapes import _month_prefixes, _month_tokens
from ._lazy import lazy_re, once


def _date_parts(mon: str | None, day: str | None, year: str | None) -> tuple[int | None, int | None, int | None]:
    if not mon or not day:
        return None, None, None
    y: int | None = None
    if year:
        digits = year.lstrip("'")
        y = int(digits)
        if len(digits) == 2:
            y += 1900 if y >= 50 else 2000
    month = int(mon) if mon.isdigit() else _month_number(mon)  # "4月24日": the month in figures
    return (month if month is None or 1 <= month <= 12 else None), int(day), y


def _month_number(token: str) -> int | None:
    table = _written_months()
    return table[token] if token in table else _read_month(token)


def _read_month(token: str) -> int | None:
    number = registry.month_number(token)
    if number is None:  # cut short: "Marc", "Apri"
        folded = token.rstrip(".").casefold()
        number = _month_prefixes().get(folded)
    return number


@once
def _written_months() -> dict[str, int | None]:
    """:func:`_read_month` of each month word as copy mostly writes it ("Feb", "FEB.", "february").

    Computed by :func:`_read_month` itself, so a look-up here gives what it would.
    """
    return {
        written: _read_month(written)
        for token in _month_tokens()
        for cased in (token, token.upper(), token.title())
        for written in (cased, cased + ".")
    }


_YEAR = lazy_re(r"(?:1[89]|20)[0-9]{2}")  # ASCII: ``re`` matches it as ``regex`` does


def _stamp_year(stamp: str) -> int | None:
    m = _YEAR.search(stamp)
    return int(m.group(0)) if m else None


def _has_digit(s: str) -> bool:
    """Whether ``s`` holds an ASCII digit (``[0-9]``, as the patterns write a digit).

    Ten substring tests, each at memory speed, cost less than ``re``'s
    search for ``[0-9]``, which tests every character against the class in
    turn.
    """
    return (
        "0" in s or "1" in s or "2" in s or "3" in s or "4" in s
        or "5" in s or "6" in s or "7" in s or "8" in s or "9" in s
    )


def _make_date(year: int, month: int, day: int, notes: list[tuple[str, str]]) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        notes.append(("impossible-date", f"no such date: {year:04d}-{month:02d}-{day:02d}"))
        return None


_ONE_DAY = dt.timedelta(days=1)


def infer_year(month: int, day: int, reference: dt.date) -> dt.date | None:
    """The date with ``month`` and ``day`` nearest before or at ``reference`` + 1 day.

    >>> infer_year(12, 31, dt.date(2025, 1, 2))
    datetime.date(2024, 12, 31)
    >>> infer_year(1, 2, dt.date(2025, 1, 1))
    datetime.date(2025, 1, 2)

    Only dates of the calendar (years 1 to 9999) are tried:

    >>> infer_year(1, 1, dt.date.max), infer_year(12, 31, dt.date.min)
    (datetime.date(9999, 1, 1), None)
    """
    limit = reference + _ONE_DAY if reference < dt.date.max else reference  # no day after the last
    # The years ``limit.year`` down to ``limit.year - 8`` are tried, latest
    # first.  In ``limit.year`` the date falls after ``limit`` exactly when
    # (month, day) comes after limit's, and in every earlier year it falls
    # before: so the first year tried is the one the date can stand in, and
    # the first real date from there is the answer.
    year = limit.year if (month, day) <= (limit.month, limit.day) else limit.year - 1
    # Two comparisons, not ``max(1, limit.year - 8)``, whose call costs more than the
    # rest of the test: ``instructions.py b1ac025 --stage build``, reuters21578 61.4k -> 60.3k.
    while year >= limit.year - 8 and year >= 1:  # the calendar starts in year 1
        try:
            return dt.date(year, month, day)
        except ValueError:
            year -= 1  # Feb 29 outside a leap year (or no such day at all)
    return None
