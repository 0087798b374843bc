"""A web page's time stamp at the head of a story: its date, and out of the body.  Invented stories."""

from __future__ import annotations

import datetime as dt

import pytest

import wiretext
from wiretext.stamp import find_stamp

LEAD = "The harbour authority reopened the northern quay on Tuesday after a week of repairs to the sea wall."


@pytest.mark.parametrize(
    ("line", "stamp", "day"),
    [
        ("Updated Dec. 2, 2024 - 02:24", "Updated Dec. 2, 2024 - 02:24", dt.date(2024, 12, 2)),
        ("Tue Mar 6, 2007 9:15am EST", "Tue Mar 6, 2007 9:15am EST", dt.date(2007, 3, 6)),
        ("Veröffentlicht am 15.04.2025, 17:59", "Veröffentlicht am 15.04.2025, 17:59", dt.date(2025, 4, 15)),
        ("Actualizado lunes, 2 diciembre 2024", "Actualizado lunes, 2 diciembre 2024", dt.date(2024, 12, 2)),
        ("Mis à jour le 3 mai 2024 à 10h30", "Mis à jour le 3 mai 2024 à 10h30", dt.date(2024, 5, 3)),
        ("Atualizado em 2 de dezembro de 2024", "Atualizado em 2 de dezembro de 2024", dt.date(2024, 12, 2)),
        ("Aggiornato il 2 dicembre 2024, 10:15", "Aggiornato il 2 dicembre 2024, 10:15", dt.date(2024, 12, 2)),
        ("Опубликовано 2 декабря 2024, 10:15", "Опубликовано 2 декабря 2024, 10:15", dt.date(2024, 12, 2)),
        ("By Jane Roe 28 November 2025 03:26 pm", "28 November 2025 03:26 pm", dt.date(2025, 11, 28)),
        ("Von Felix Schwarz 15.04.2025, 17:59 Lesezeit: 5 Min.", "15.04.2025, 17:59 Lesezeit: 5 Min.", dt.date(2025, 4, 15)),
        ("2025-04-15 17:59 CET", "2025-04-15 17:59 CET", dt.date(2025, 4, 15)),
    ],
)
def test_stamps_in_the_seven_languages(line: str, stamp: str, day: dt.date) -> None:
    text = f"Quay reopens\n{line}\n{LEAD}"
    found = find_stamp(text, 0, len(text), skip_first=True)
    assert found is not None
    assert (text[found.start : found.end], found.date) == (stamp, day)


@pytest.mark.parametrize(
    "line",
    [
        "The ferries return on 2 December 2024.",  # a sentence
        "Jane Roe met the mayor on 2 December 2024 in the town hall",  # a sentence without its stop
        "Published 3 seconds ago",  # no date
        "Health notes: Dec. 2, 2024",  # the headline: the first line is passed over
    ],
)
def test_lines_that_are_no_stamps(line: str) -> None:
    text = f"{line}\n{LEAD}" if line.startswith("Health") else f"Quay reopens\n{line}\n{LEAD}"
    assert find_stamp(text, 0, len(text), skip_first=True) is None


def test_the_stamp_gives_the_date_and_leaves_the_body() -> None:
    a = wiretext.parse(f"Quay reopens after repairs\nBy Mara Lind\nUpdated Dec. 2, 2024 - 02:24\n\n{LEAD}\n\nFerries dock again.")
    assert a.date == dt.date(2024, 12, 2)
    assert a.body.startswith("The harbour authority")
    assert "Updated" not in a.body
    assert {"date-from-page-stamp", "page-stamp"} <= {n.kind for n in a.notes}


def test_a_web_byline_keeps_the_name_and_loses_the_stamp() -> None:
    a = wiretext.parse(f"Kai wieder offen\n\nVon Felix Schwarz 15.04.2025, 17:59 Lesezeit: 5 Min.\n\n{LEAD}")
    assert (a.byline, a.authors, a.date) == ("Von Felix Schwarz", ("Felix Schwarz",), dt.date(2025, 4, 15))
    b = wiretext.parse(f"Quay reopens\nBy Jane Roe 28 November 2025 03:26 pm\nROTTERDAM (AFP) - {LEAD}")
    assert (b.byline, b.date, b.location and b.location.city) == ("By Jane Roe", dt.date(2025, 11, 28), "ROTTERDAM")


def test_a_dateline_without_a_year_takes_the_stamps() -> None:
    a = wiretext.parse(f"Quay reopens\nUpdated Dec. 2, 2024 - 02:24\nROTTERDAM, Nov 30 (Reuters) - {LEAD}")
    assert a.date == dt.date(2024, 11, 30)  # the dateline's day, the stamp's year
    assert any(n.kind == "year-from" and "time stamp" in n.message for n in a.notes)


def test_the_datelines_own_date_wins() -> None:
    a = wiretext.parse(f"Quay reopens\nUpdated Dec. 2, 2024 - 02:24\nROTTERDAM, Nov 30, 2023 (Reuters) - {LEAD}")
    assert a.date == dt.date(2023, 11, 30)
    assert "date-from-page-stamp" not in {n.kind for n in a.notes}


def test_a_byline_under_the_headline_of_a_page_without_a_dateline() -> None:
    nav = "\n".join(["Home", "World", "Business", "Sport", "Culture", "Travel", "Opinion", "Weather"])
    page = (
        f"Quay reopens | Harbour Herald\n\n{nav}\n\nQuay reopens\n\nBy Mara Lind\n\n"
        f"Updated Dec. 2, 2024 - 02:24\n\n{LEAD}\n\nFerries dock again, the operators said on Tuesday evening.\n\n"
        f"Related\n\n{nav}\n"
    )
    a = wiretext.parse(page)
    assert (a.headline, a.byline, a.date) == ("Quay reopens", "By Mara Lind", dt.date(2024, 12, 2))
    assert a.body.startswith("The harbour authority")
    assert "Mara Lind" not in a.body
