"""The bundled example dispatches parse to the fields they were written with."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import wiretext

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# file: (headline, agency code, city, region, date with reference 2026-12-01, byline)
EXPECTED = {
    "afp_web_scraped.txt": ("Lagoon town votes to ban jet skis after dolphin deaths", "AFP", "Lisbon", "Portugal", dt.date(2026, 3, 3), None),
    "reuters_feed.txt": ("Copper hits three-week high as warehouse stocks shrink", "Reuters", "LONDON", None, dt.date(2026, 2, 9), "By Ana Ribeiro"),
    "ap_feed.txt": ("Town council approves new ferry schedule", "AP", "KALAMAZOO", "Mich.", None, None),
    "xinhua_feed.txt": ("China opens new high-speed rail link in southwest", "Xinhua", "CHENGDU", None, dt.date(2026, 1, 14), None),
    "dpa_german.txt": ("Neue Fahrradbrücke über die Elbe eröffnet", "dpa", "Magdeburg", None, None, None),
    "efe_spanish.txt": ("Un festival de cine en Tegucigalpa premia a jóvenes directores", "EFE", "Tegucigalpa", None, dt.date(2026, 10, 12), None),
    "yonhap_feed.txt": ("Seoul city to extend night bus routes", "Yonhap", "SEOUL", None, dt.date(2026, 11, 24), "By Kim Min-seo"),
    "tass_english.txt": (None, "TASS", "MOSCOW", None, dt.date(2026, 11, 14), None),
    "ap_anpa.txt": ("Harbor lights festival draws record crowd", "AP", "PORTLAND", "Maine", None, "By JANE MORROW, Associated Press"),
    "ag_summary.txt": ("Rail Workers Agree to Pay Deal, Ending Strike Threat", "Reuters", None, None, None, None),
}


def test_every_example_is_listed() -> None:
    assert sorted(p.name for p in EXAMPLES.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example(name: str) -> None:
    headline, code, city, region, date, byline = EXPECTED[name]
    a = wiretext.parse((EXAMPLES / name).read_text(encoding="utf-8"), reference_date=dt.date(2026, 12, 1))
    assert a.headline == headline
    assert a.agency is not None and a.agency.code == code
    assert (a.location.city if a.location else None) == city
    assert (a.location.region if a.location else None) == region
    assert a.date == date
    assert a.byline == byline
    assert a.body
    assert "(AFP)" not in a.body and "Reuter" not in a.body.split()[-1]
