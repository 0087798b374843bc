"""The ``reference_date`` argument: a date, a datetime or an ISO string, read the same everywhere.

>>> import datetime as dt
>>> reference_date("2026-01-05"), reference_date(dt.datetime(2026, 1, 5, 23, 59))
(datetime.date(2026, 1, 5), datetime.date(2026, 1, 5))
>>> reference_date("2026-01-05T08:30:00Z"), reference_date(None) is None
(datetime.date(2026, 1, 5), True)
>>> reference_date("5/1/2026")
Traceback (most recent call last):
...
ValueError: reference_date: not an ISO date (YYYY-MM-DD) or date-time: '5/1/2026'
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["ReferenceDate", "reference_date"]

#: What ``reference_date`` accepts, beside None.
ReferenceDate = dt.date | str

# YYYY-MM-DD, then an optional time ("T08:30", " 08:30:00+02:00", "T08:30:00Z").
_ISO = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})"  # the date, the only part read
    r"(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?"
)


def reference_date(value: object, name: str = "reference_date") -> dt.date | None:
    """``value`` as a :class:`datetime.date`: a date as it is, a datetime's date, an ISO string's date.

    A string is ``YYYY-MM-DD``, or an ISO date-time (``2026-01-05T08:30:00Z``),
    whose date is taken as it is written (no time zone is converted).

    :raises ValueError: for a string that is no ISO date, naming ``name``.
    :raises TypeError: for anything else but None, naming ``name``.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if _ISO.fullmatch(text) is not None:
            try:  # the whole string is checked (2026-02-30, 25:00 are not); its date is taken as written
                return dt.datetime.fromisoformat(text).date()
            except ValueError:
                pass
        raise ValueError(f"{name}: not an ISO date (YYYY-MM-DD) or date-time: {value!r}")
    kind = type(value).__name__
    raise TypeError(f"{name} must be a datetime.date, a datetime.datetime or an ISO date string, not {kind}")
