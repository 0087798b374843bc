"""The final build's shortcuts against the plain code they stand for."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from wiretext.model import Agency, Dateline, Location
from wiretext.pipeline import _build, _is_month_day, _summarised, analyse
from wiretext.stages.state import NoteRecord, State


@pytest.mark.parametrize(
    "text",
    [
        "Port reopens\n    BEIRUT, Jan 3 - The port reopened on Monday.\n Reuter\n",
        "OSLO, Feb. 29 (NTB) -- Snow fell over the fjord.",
        "LIMA, March 12 (EFE) - The council met.",
    ],
)
def test_dateline_month_day_built_as_evolve_builds_it(text: str) -> None:
    # No year and no reference_date: the build gives the dateline its month and day by position,
    # as attrs.evolve gives every field of the stage's Dateline.
    s = analyse(text)
    assert s.found is not None and s.found.dateline.date is None
    expected = attrs.evolve(s.found.dateline, month=s.found.month, day=s.found.day)
    article = _build(s)
    assert article.dateline == expected
    assert article.dateline is not None and article.dateline.month is not None and article.dateline.day is not None


def _redated(s: State, date: dt.date | None) -> Dateline:
    # What the build made before it made the Dateline itself: the stage's Dateline, re-dated.
    assert s.found is not None
    line = s.found.dateline
    if date is not None and line.date != date:
        return attrs.evolve(line, date=date, month=date.month, day=date.day)
    month, day = s.found.month, s.found.day
    if date is None and month is not None and day is not None and _is_month_day(month, day):
        return attrs.evolve(line, month=month, day=day)
    return line


@pytest.mark.parametrize(
    "text",
    [
        "Port reopens\n    BEIRUT, Jan 3 - The port reopened on Monday.\n Reuter\n",
        "OSLO, Feb. 29 (NTB) -- Snow fell over the fjord.",
        "OSLO, Feb. 30 (NTB) -- Snow fell over the fjord.",
        "LIMA, 12 MAR 90 (EFE) -- [TEXT] THE COUNCIL MET.",
        "LIMA, 31 FEB 90 (EFE) -- THE COUNCIL MET.",
        "LIMA (EFE) - The council met.",
        "AUSTIN, Texas--(BUSINESS WIRE)--Nov. 27, 2026--Acme said it would hire.",
        "Canadian Press - KINSHASA, Congo (AP) - Attackers overran a village at dawn.",
        "WASHINGTON (CNN) The Senate voted on Tuesday to extend the program.",
        "Ferry sails again\nUpdated Dec. 2, 2024\nOSLO, Nov 30 (NTB) - The ferry sailed.",
        "No dateline here, only a sentence that runs on.",
    ],
)
@pytest.mark.parametrize("reference", [None, dt.date(2024, 12, 1), dt.date(1, 1, 5)])
def test_the_built_dateline_is_the_found_one_re_dated(text: str, reference: dt.date | None) -> None:
    s = analyse(text, reference)
    found = s.found
    article = _build(s)
    if found is None:
        assert article.dateline is None
        return
    assert article.dateline == _redated(s, article.date)
    assert article.dateline is not None and article.dateline.text == found.dateline.text


def test_every_dateline_field_is_passed() -> None:
    # Built by position in _build: a field added to Dateline must be added there too.
    assert [f.name for f in attrs.fields(Dateline)] == ["text", "location", "date", "agencies", "span", "month", "day"]
    line = Dateline("OSLO, Jan 3 -", Location("OSLO"), dt.date(2020, 1, 3), (Agency("NTB"),), (0, 13))
    assert attrs.evolve(line, month=2, day=4) == Dateline(line.text, line.location, line.date, line.agencies, line.span, 2, 4)


_NOTE_RECORDS = st.lists(
    st.tuples(
        st.sampled_from(["sign-off", "year-from", "credit", "repaired"]),
        st.none() | st.just("said"),
        st.none() | st.tuples(st.integers(0, 3), st.integers(4, 6)),
    ),
    max_size=6,
)


@given(_NOTE_RECORDS)
def test_notes_of_distinct_kinds_are_ordered_as_by_rank(records: list[NoteRecord]) -> None:
    # _summarised sorts notes of distinct kinds by span alone: the kind's rank is the note's place;
    # two notes (of one kind or two) it swaps only where the second's span comes first
    s = State("x" * 10)
    s.notes[:] = records
    rank: dict[str, int] = {}
    for n in records:
        rank.setdefault(n[0], len(rank))
    expected = sorted(records, key=lambda n: (n[2] or (-1, -1), rank[n[0]]))
    assert [(n.kind, n.span) for n in _summarised(s)] == [(n[0], n[2]) for n in expected]
