"""The final build's shortcuts against the plain code they stand for."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from wiretext.model import Agency, Dateline, Location
from wiretext.pipeline import _build, _summarised, analyse
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
