"""wiretext: turn noisy news-agency dispatches into typed Article objects.

>>> import datetime as dt, wiretext
>>> a = wiretext.parse("TOKYO, Oct. 6 (Kyodo) -- Rain fell.", reference_date=dt.date(2025, 10, 7))
>>> a.agency.name, a.location.country_code, a.date.isoformat()
('Kyodo News', 'JP', '2025-10-06')
"""

from __future__ import annotations

from .dateline import parse_dateline
from .errors import InputTooLarge, InvalidData, WiretextError
from .model import Agency, Article, Dateline, Location, Note, RightsNotice
from .normalize import clean
from .pipeline import MAX_CHARS, Segment, explain, parse
from .registry import agency
from .render import render
from .serialize import to_records

__version__ = "0.1.0"

__all__ = [
    "MAX_CHARS",
    "Agency",
    "Article",
    "Dateline",
    "InputTooLarge",
    "InvalidData",
    "Location",
    "Note",
    "RightsNotice",
    "Segment",
    "WiretextError",
    "__version__",
    "agency",
    "clean",
    "explain",
    "parse",
    "parse_dateline",
    "render",
    "to_records",
]


def __dir__() -> list[str]:
    return list(__all__)
