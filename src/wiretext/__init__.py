"""wiretext: turn noisy news-agency dispatches into typed Article objects.

>>> import datetime as dt, wiretext
>>> a = wiretext.parse("TOKYO, Oct. 6 (Kyodo) -- Rain fell.", reference_date=dt.date(2025, 10, 7))
>>> a.agency.name, a.location.country_code, a.date.isoformat()
('Kyodo News', 'JP', '2025-10-06')
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .dateline import parse_dateline
from .errors import (
    FeedError,
    FeedSyntaxError,
    FeedTooLarge,
    InputTooLarge,
    InvalidData,
    UnknownFeedFormat,
    UnsafeFeed,
    WiretextError,
)
from .model import Agency, Article, Dateline, Location, Note, RightsNotice, _serve
from .normalize import clean
from .pipeline import MAX_CHARS, Segment, explain, parse
from .registry import agency

# Not loaded on first use as the two below: the function has its module's
# name, and importing the module binds the name to the module for a moment,
# so a thread reading ``wiretext.render`` then got the module ("'module'
# object is not callable").  The module is small.
from .render import render

if TYPE_CHECKING:  # loaded on first use (below), so that importing wiretext stays cheap
    from ._schema import schema
    from .batch import parse_many
    from .feeds import iter_feed, parse_feed
    from .html import parse_html
    from .serialize import to_records

_LAZY = {
    "iter_feed": ".feeds",
    "parse_feed": ".feeds",
    "parse_html": ".html",
    "parse_many": ".batch",
    "schema": "._schema",
    "to_records": ".serialize",
}

__version__ = "0.2.0"

__all__ = [
    "MAX_CHARS",
    "Agency",
    "Article",
    "Dateline",
    "FeedError",
    "FeedSyntaxError",
    "FeedTooLarge",
    "InputTooLarge",
    "InvalidData",
    "Location",
    "Note",
    "RightsNotice",
    "Segment",
    "UnknownFeedFormat",
    "UnsafeFeed",
    "WiretextError",
    "__version__",
    "agency",
    "clean",
    "explain",
    "iter_feed",
    "parse",
    "parse_dateline",
    "parse_feed",
    "parse_html",
    "parse_many",
    "render",
    "schema",
    "to_records",
]


def _served_by(module: str, name: str) -> Callable[..., Any]:
    """``module.name``, imported on its first call (serialize and display are not loaded with the package)."""

    def call(*args: Any, **kwargs: Any) -> Any:
        function = getattr(importlib.import_module(module, __name__), name)
        return function(*args, **kwargs)

    return call


# The Article's convenience methods are served by the floors above the model (see model._Served).
_serve(
    to_dict=_served_by(".serialize", "to_dict"),
    to_json=_served_by(".serialize", "to_json"),
    from_dict=_served_by(".serialize", "from_dict"),
    html_card=_served_by(".display", "html_card"),
    pretty=_served_by(".display", "pretty"),
    parse=parse,
)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return list(__all__)
