"""parse() and explain() end to end: whole dispatches, years, errors, the partition."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

import wiretext
from wiretext import Agency, InputTooLarge, Location, WiretextError

SHARED = Path(__file__).resolve().parents[2] / "shared"


# -- shape 1: the scraped AFP web page ----------------------------------------

SCRAPED = (
    "|\n|\n"
    "Harbour town votes to ban jet skis Lisbon, Portugal, Mar 3 (AFP) Mar 3, 2026 "
    "Residents voted on Tuesday to ban jet skis. The mayor said the ban starts in June. |\n"
    "|\n|\n"
    "All rights reserved. Copyright Agence France-Presse. Sections of this page are protected "
    "by intellectual property rights owned by Agence France-Presse.\n|"
)


def test_scraped_web_shape() -> None:
    a = wiretext.parse(SCRAPED)
    assert a.headline == "Harbour town votes to ban jet skis"
    assert a.location == Location("Lisbon", "Portugal", "Portugal", "PT")
    assert a.date == dt.date(2026, 3, 3)
    assert a.agency == Agency("AFP", "Agence France-Presse")
    assert a.byline is None
    assert a.body == "Residents voted on Tuesday to ban jet skis. The mayor said the ban starts in June."
    assert a.rights is not None
    assert a.rights.holder == "Agence France-Presse"
    assert a.rights.text.startswith("All rights reserved. Copyright Agence France-Presse.")
    kinds = [n.kind for n in a.notes]
    assert kinds.count("pipe-line") == 5
    assert "trailing-pipe" in kinds
    assert any(n.kind == "year-from" and "text" in n.message for n in a.notes)


# -- shape 2: Reuters 1987 -----------------------------------------------------

REUTERS_1987 = (
    "ACME MILLS TO CLOSE TWO PLANTS\n"
    "    by Jane Roe, Reuters\n"
    "    KALAMAZOO, Mich., March 3 - Acme Mills Inc said it will close\n"
    "two plants in the state by the end of the year, cutting about\n"
    "400 jobs.\n"
    "    The company said demand for its paper products fell.\n"
    " Reuter\n"
)


def test_reuters_1987_shape() -> None:
    a = wiretext.parse(REUTERS_1987, reference_date=dt.date(1987, 3, 3))
    assert a.headline == "ACME MILLS TO CLOSE TWO PLANTS"
    assert a.byline == "by Jane Roe, Reuters"
    assert a.location is not None
    assert (a.location.city, a.location.region, a.location.country_code) == ("KALAMAZOO", "Mich.", "US")
    assert a.date == dt.date(1987, 3, 3)
    assert a.agency is not None and a.agency.code == "Reuters"
    assert a.paragraphs == (
        "Acme Mills Inc said it will close two plants in the state by the end of the year, cutting about 400 jobs.",
        "The company said demand for its paper products fell.",
    )
    assert any(n.kind == "sign-off" for n in a.notes)


# -- years ---------------------------------------------------------------------


def test_year_from_reference_date_across_new_year() -> None:
    a = wiretext.parse("OSLO, Dec 31 (NTB) - Fireworks.", reference_date=dt.date(2026, 1, 2))
    assert a.date == dt.date(2025, 12, 31)
    assert any(n.kind == "year-from" and "reference_date" in n.message for n in a.notes)


def test_year_reference_plus_one_day_is_this_year() -> None:
    a = wiretext.parse("OSLO, Jan 3 (NTB) - Snow.", reference_date=dt.date(2026, 1, 2))
    assert a.date == dt.date(2026, 1, 3)


def test_no_year_and_no_reference_date_gives_none_and_a_note() -> None:
    a = wiretext.parse("OSLO, Jan 3 (NTB) - Snow.")
    assert a.date is None
    assert a.dateline is not None and a.dateline.date is None
    assert any(n.kind == "year-missing" for n in a.notes)


def test_impossible_date_is_a_note_not_a_crash() -> None:
    a = wiretext.parse("OSLO, Feb 30, 2025 (NTB) - Snow.")
    assert a.date is None
    assert any(n.kind == "impossible-date" for n in a.notes)


def test_leap_day_takes_the_last_leap_year() -> None:
    a = wiretext.parse("OSLO, Feb 29 (NTB) - Snow.", reference_date=dt.date(2026, 3, 1))
    assert a.date == dt.date(2024, 2, 29)


def test_datetime_reference_is_accepted() -> None:
    a = wiretext.parse("OSLO, Jan 3 (NTB) - Snow.", reference_date=dt.datetime(2026, 1, 5, 12, 0))
    assert a.date == dt.date(2026, 1, 3)


# -- errors --------------------------------------------------------------------


@pytest.mark.parametrize("bad", [b"bytes", None, 3, ["list"]])
def test_non_str_is_a_type_error_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        wiretext.parse(bad)  # type: ignore[arg-type]


def test_bad_reference_date_type() -> None:
    with pytest.raises(TypeError, match="reference_date"):
        wiretext.parse("x", reference_date=20260101)  # type: ignore[arg-type]


def test_input_too_large() -> None:
    with pytest.raises(InputTooLarge) as info:
        wiretext.parse("x" * 11, max_chars=10)
    assert isinstance(info.value, WiretextError)
    assert str(info.value) == "input of 11 characters is over max_chars=10"


@pytest.mark.parametrize("text", ["", " ", "\n\n", "|", "(", "By", "\x00\x01"])
def test_degenerate_input_gives_an_empty_article(text: str) -> None:
    a = wiretext.parse(text)
    assert a.body == ""
    assert a.agency is None
    assert a.dateline is None


# -- explain -------------------------------------------------------------------


def test_explain_partitions_the_input() -> None:
    segments = wiretext.explain(SCRAPED)
    assert "".join(s.text for s in segments) == SCRAPED
    assert all(a.end == b.start for a, b in itertools.pairwise(segments))
    labels = {s.label for s in segments}
    assert {"headline", "dateline", "body", "rights", "pipe-line"} <= labels
    headline = next(s for s in segments if s.label == "headline")
    assert headline.text == "Harbour town votes to ban jet skis"


# -- the seed ------------------------------------------------------------------


def test_seed_dispatch_gives_the_specified_fields() -> None:
    seeds = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []
    if not seeds:
        pytest.skip("../shared/seeds is not present")
    a = wiretext.parse(seeds[0].read_text(encoding="utf-8"))
    assert a.headline == "Kazakhstan jails 12 over rare anti-China protest"
    assert a.location == Location("Almaty", "Kazakhstan", "Kazakhstan", "KZ")
    assert a.date == dt.date(2025, 11, 14)
    assert a.agency == Agency("AFP", "Agence France-Presse")
    assert a.byline is None
    assert a.body.startswith("Police in Kazakhstan said on Friday")
    assert a.body.endswith("to foreign citizens.")
    assert "|" not in a.body
    assert "Nov 14" not in a.body
    assert a.rights is not None
    assert a.rights.holder == "Agence France-Presse"
    assert a.rights.text.startswith("All rights reserved. Copyright Agence France-Presse. Sections of")
    assert a.rights.text.endswith("prior written consent of Agence France-Presse.")
    removed = [n.kind for n in a.notes]
    assert "pipe-line" in removed
    assert "trailing-pipe" in removed


@pytest.mark.parametrize("error", [InputTooLarge(20, 10), wiretext.InvalidData("date", "not an ISO date")])
def test_errors_pickle(error: Exception) -> None:
    import pickle

    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)


PAGE = """Storm closes ports along the coast | World News | Example Times

Skip to content
Home
World
Business
Sport
Subscribe

Storm closes ports along the coast

By Ana Silva

Published November 3, 2025 10:42 AM

Share

Ships wait outside the harbour on Monday. Photo: Jane Roe/AFP

LISBON, Nov 3 (AFP) - A storm closed ports along the coast on Monday, stranding dozens of ships, the navy said.

The navy said the ports would stay closed until at least Tuesday evening and asked fishermen to stay in port.

Related articles

Floods hit northern Spain
Heatwave ends in Italy

© 2025 AFP

About us
Contact
Privacy policy
"""


def test_wire_story_inside_a_whole_page() -> None:
    a = wiretext.parse(PAGE, reference_date=dt.date(2025, 11, 3))
    assert a.headline == "Storm closes ports along the coast"
    assert a.byline == "By Ana Silva"
    assert a.agency == Agency("AFP", "Agence France-Presse")
    assert a.location == Location("LISBON", None, "Portugal", "PT")
    assert a.date == dt.date(2025, 11, 3)
    assert a.paragraphs == (
        "A storm closed ports along the coast on Monday, stranding dozens of ships, the navy said.",
        "The navy said the ports would stay closed until at least Tuesday evening and asked fishermen to stay in port.",
    )
    assert a.rights is not None
    assert (a.rights.text, a.rights.holder, a.rights.year) == ("© 2025 AFP", "Agence France-Presse", 2025)
    labels = {s.label for s in wiretext.explain(PAGE)}
    assert {"rights", "page-after-story", "page-before-story"} <= labels


def test_blanks_between_invisible_characters_on_a_line_are_the_fields_white_space() -> None:
    # parse keeps the no-break space as the body's blank ("fel l"): explain says so too
    text = "Quay reopens\nPARIS (AFP) - The fel\u206a\xa0\u206al ferry docked."
    segments = [(s.label, s.text) for s in wiretext.explain(text)]
    assert ("space", "\xa0") in segments
    assert segments.count(("invisible-character", "\u206a")) == 2
    assert "fel l ferry" in wiretext.parse(text).body


def test_invisible_characters_on_lines_of_their_own_are_one_removal() -> None:
    text = "Quay reopens\nPARIS (AFP) - The ferry docked.\n\u200b\n\u200b\n\u200b\nIt sailed on Monday."
    segments = [(s.label, s.text) for s in wiretext.explain(text)]
    assert ("invisible-character", "\u200b\n\u200b\n\u200b") in segments
