"""The markup's dateline element: its day read apart gives what reading the element as it stands gives.

The elements are invented in the shapes archives and feeds write them
("PLACE, Month Day (AGENCY)", a day before the month, a year, a weekday,
an agency first, no date at all).
"""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest

from wiretext.feeds import _build

PLACES = [
    "OSLO", "BEIJING", "DULUTH, Minn.", "BREST, France", "New York", "SAN SALVADOR", "Grenoble", "Patna",
    "PESHAWAR, Pakistan-Afghanistan frontier", "MOSCOW", "Kalamazoo, Mich.", "Ulverby", "KUNMING", "Hailuoto",
]  # fmt: skip
MONTHS = ["Jan", "Jan.", "January", "FEB", "Sept.", "Sep", "Aug", "mai", "LUG", "сен", "Marc", "Dec."]
CREDITS = ["", " (AFP)", " (Xinhua)", " (AP)", " (Reuters)", " (NTB)", " (Ulverby Wire)", " /TASS/", " -", " --"]


def _days(rng: random.Random) -> list[str]:
    return [str(rng.randint(0, 39)), f"{rng.randint(0, 39):02d}", str(rng.randint(1, 9)), "29", "30", "31"]


def _elements() -> list[str]:
    rng = random.Random(22)
    out = []
    for place, month in itertools.product(PLACES, MONTHS):
        for day in _days(rng):
            credit = rng.choice(CREDITS)
            year = rng.choice(["", ", 2024", " 90", ", 1996"])
            out += [
                f"{place}, {month} {day}{year}{credit}",
                f"{place}, {day} {month}{year}{credit}",
                f"{place}, Friday, {month} {day}{credit}",
                f"{place} {day}{credit}",
            ]
    out += ["(ANSA) - ROMA, 1 LUG", "(ANSA) - ROMA, 21 LUG", "OSLO 1996-08-21", "NAIROBI", "Grenoble, Aug 15", "Hello 3"]
    return out


def _as_it_stands(text: str) -> tuple[object, int | None, int | None] | None:
    found = _build._read_dateline(text)
    return None if found is None else (found.dateline, found.month, found.day)


def test_the_day_read_apart_gives_the_same_reading() -> None:
    elements = _elements()
    read_apart = 0
    for text in elements:
        assert _build._read_element(text) == _as_it_stands(text), text
        days = [*_build._DAY.finditer(text)]
        read_apart += len(days) == 1 and _build._with_stand_in_day(text, days[0]) is not None
    assert read_apart > len(elements) // 3  # the stand-in serves most of them


@pytest.mark.parametrize(
    ("text", "reference", "shown", "date"),
    [
        ("BEIJING, May 12 (Xinhua)", dt.date(2024, 5, 12), "BEIJING, May 12 (Xinhua)", dt.date(2024, 5, 12)),
        ("BEIJING, May 13 (Xinhua)", dt.date(2024, 5, 13), "BEIJING, May 13 (Xinhua)", dt.date(2024, 5, 13)),
        ("PARIS, Feb 29, 2024 (AFP)", None, "PARIS, Feb 29, 2024 (AFP)", dt.date(2024, 2, 29)),
        ("PARIS, Dec 31 (AFP)", dt.date(2025, 1, 2), "PARIS, Dec 31 (AFP)", dt.date(2024, 12, 31)),
    ],
)
def test_markup_dateline_keeps_its_own_day(text: str, reference: dt.date | None, shown: str, date: dt.date) -> None:
    line, found = _build._markup_dateline(text, reference)
    assert line is not None and line.text == shown and found == date and line.date == date
    assert line.location is not None and line.location.city == text.split(",")[0]
