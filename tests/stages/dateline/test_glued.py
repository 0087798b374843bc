"""Issue 17, families 1, 2, 3 and 9: places in no table glued to a headline, headlines ending in a list,
regions in lower case, bulletin story codes.

Every text is invented, in the shapes agencies (and scrapers of their pages)
write: the scraped one-line shape (``|`` lines, then headline, place, date,
credit, a time stamp and the body on one line), the feed shape, and EFE's
and Lusa's regional bulletins.
"""

from __future__ import annotations

import datetime as dt

import pytest

import wiretext
from wiretext import registry

REF = dt.date(2025, 12, 15)

#: Places these tests take as in no table (checked, so that a table growing does not empty a test).
UNKNOWN = ("Camp David", "Port Maribel", "VAL THORENS", "Fort Cobbold", "Santa Rita del Mar", "Villanueva del Soto", "Vila Nova do Cerro")


def _kinds(a: wiretext.Article) -> list[str]:
    return [n.kind for n in a.notes]


def test_the_unknown_places_are_in_no_table() -> None:
    for place in UNKNOWN:
        assert not registry.is_known_city(place) and not registry.is_country(place), place


# -- family 1: a place in no table, of two words or more, glued to the headline ------------------


@pytest.mark.parametrize(
    ("text", "headline", "city", "region", "code", "date"),
    [
        # AFP's pages, scraped: title case after a sentence-case headline, with the time stamp
        (
            "|\n|\nMideast talks resume Camp David, Nov 2 (AFP) Nov 2, 2005 Negotiators met again on Wednesday. |\n|",
            "Mideast talks resume", "Camp David", None, "AFP", dt.date(2005, 11, 2),
        ),
        # capitals after a sentence-case headline, a region after the place
        (
            "|\n|\nAustrian wins giant slalom VAL THORENS, France, Dec 9 (AFP) Dec 9, 2025 An Austrian skier won the race.",
            "Austrian wins giant slalom", "VAL THORENS", "France", "AFP", dt.date(2025, 12, 9),
        ),
        # three words with a link word; the headline ends in a number
        (
            "|\nQuake toll rises to 40 Santa Rita del Mar, Mexico, Mar 3 (AFP) Mar 3, 2025 Rescuers searched the rubble.",
            "Quake toll rises to 40", "Santa Rita del Mar", "Mexico", "AFP", dt.date(2025, 3, 3),
        ),
        # Xinhua's feed shape with no time stamp: the date, the credit and the separator mark it
        (
            "Hikers found safe after three days Fort Cobbold, Nov 2 (Xinhua) -- Rescue teams found the hikers on Sunday.",
            "Hikers found safe after three days", "Fort Cobbold", None, "Xinhua", dt.date(2025, 11, 2),
        ),
        # a link word in lower case ends the headline as well
        (
            "|\nMideast talks on Camp David, Nov 2 (AFP) Nov 2, 2005 Negotiators met again on Wednesday.",
            "Mideast talks on", "Camp David", None, "AFP", dt.date(2005, 11, 2),
        ),
        # Reuters: a headline acronym in capitals before a title-case place
        (
            "Plant reopens for US Port Maribel, Oct 7 (Reuters) - The refinery restarted its main unit.",
            "Plant reopens for US", "Port Maribel", None, "Reuters", dt.date(2025, 10, 7),
        ),
    ],
)
def test_an_unknown_place_glued_to_a_headline_is_read_whole(
    text: str, headline: str, city: str, region: str | None, code: str, date: dt.date
) -> None:
    a = wiretext.parse(text, reference_date=REF)
    assert a.headline == headline
    assert a.location is not None
    assert (a.location.city, a.location.region) == (city, region)
    assert a.agency is not None and a.agency.code == code
    assert a.date == date
    assert "unknown-place" in _kinds(a)
    assert "place-border" not in _kinds(a)
    assert a.body[:1].isupper() and headline not in a.body


def test_an_unknown_place_note_names_the_place() -> None:
    a = wiretext.parse("|\n|\nMideast talks resume Camp David, Nov 2 (AFP) Nov 2, 2005 Negotiators met again.")
    (note,) = [n for n in a.notes if n.kind == "unknown-place"]
    assert "'Camp David'" in note.message
    assert note.span is not None and a.dateline is not None and a.dateline.text.startswith("Camp David")


@pytest.mark.parametrize(
    ("text", "city", "headline"),
    [
        # a title-case headline: no word in lower case marks where it ends
        (
            "|\n|\nStorm Passes Over Camp David, Nov 2 (AFP) Nov 2, 2005 The storm moved east overnight.",
            "David", "Storm Passes Over Camp",
        ),
        # the one-line shape with a short title-case headline at the line's start
        ("|\nTalks Resume Camp David, Nov 2 (AFP) Nov 2, 2005 Negotiators met again.", "Talks Resume Camp David", None),
        # the one-line shape in capitals: a headline may stand before the place
        ("|\nPORT MARIBEL WEST, Nov 2 (AFP) Nov 2, 2005 Negotiators met again.", "PORT MARIBEL WEST", None),
        # capitals after capitals, in Reuters' feed shape
        (
            "OIL PRICES EASE FORT COBBOLD WEST, Oct 7 (Reuters) - Prices eased in early trade.",
            "WEST", "OIL PRICES EASE FORT COBBOLD",
        ),
    ],
)
def test_where_nothing_marks_the_border_the_place_is_a_noted_guess(text: str, city: str, headline: str | None) -> None:
    a = wiretext.parse(text, reference_date=REF)
    assert a.location is not None and a.location.city == city
    assert a.headline == headline
    assert "place-border" in _kinds(a)
    (note,) = [n for n in a.notes if n.kind == "place-border"]
    assert repr(city) in note.message


def test_a_short_unknown_place_at_a_line_start_needs_no_note_when_a_region_gives_its_country() -> None:
    a = wiretext.parse("Port Maribel, Mexico, Mar 3 (AFP) - Fishermen blocked the harbour.", reference_date=REF)
    assert a.location is not None
    assert (a.location.city, a.location.country_code) == ("Port Maribel", "MX")
    assert "unknown-place" not in _kinds(a) and "place-border" not in _kinds(a)
    b = wiretext.parse("Port Maribel, Mar 3 (AFP) - Fishermen blocked the harbour.", reference_date=REF)
    assert b.location is not None and b.location.country_code is None
    assert "unknown-place" in _kinds(b)


def test_a_known_place_glued_to_a_headline_gets_no_note() -> None:
    a = wiretext.parse("Floods cut rail link Nairobi, Kenya, Apr 28 (AFP) Apr 28, 2024 Heavy rain fell.")
    assert a.location is not None and a.location.city == "Nairobi"
    assert not {"unknown-place", "place-border"} & set(_kinds(a))


# -- family 2: a headline ending in a list ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "headline", "city", "code"),
    [
        (
            "|\n|\nMinister thanks Norway, Denmark Oslo, Jun 4 (AFP) Jun 4, 2025 The minister thanked both countries.",
            "Minister thanks Norway, Denmark", "Oslo", "NO",
        ),
        (
            "|\nRains hit Laos, Cambodia, Vietnam Ho Chi Minh City, Sep 3 (Xinhua) -- Heavy rain fell for a third day.",
            "Rains hit Laos, Cambodia, Vietnam", "Ho Chi Minh City", "VN",
        ),
        # the list's last item and the place, comma between: the headline ends before the comma
        (
            "Minister thanks Norway, Denmark, Oslo, Jun 4 (AFP) Jun 4, 2025 The minister thanked both countries.",
            "Minister thanks Norway, Denmark", "Oslo", "NO",
        ),
        (
            "Aid reaches Haiti, Dominican Republic Santo Domingo, Jun 4 (Reuters) - Aid flights landed on Wednesday.",
            "Aid reaches Haiti, Dominican Republic", "Santo Domingo", "DO",
        ),
    ],
)
def test_a_headline_ending_in_a_list_keeps_it(text: str, headline: str, city: str, code: str) -> None:
    a = wiretext.parse(text, reference_date=REF)
    assert a.headline == headline
    assert a.location is not None
    assert (a.location.city, a.location.region, a.location.country_code) == (city, None, code)
    assert not {"place-unresolved", "unknown-place", "place-border"} & set(_kinds(a))


def test_the_comma_between_the_list_and_the_place_is_a_separator() -> None:
    text = "Minister thanks Norway, Denmark, Oslo, Jun 4 (AFP) Jun 4, 2025 The minister thanked both."
    segments = wiretext.explain(text)
    assert [(p.label, p.text) for p in segments if p.label != "space"] == [
        ("headline", "Minister thanks Norway, Denmark"),
        ("separator", ","),
        ("dateline", "Oslo, Jun 4 (AFP) Jun 4, 2025"),
        ("body", "The minister thanked both."),
    ]


def test_a_list_before_a_place_in_no_table() -> None:
    a = wiretext.parse("Minister thanks Norway, Denmark Camp David, Jun 4 (AFP) Jun 4, 2025 The minister thanked both.")
    assert a.headline == "Minister thanks Norway, Denmark"
    assert a.location is not None and a.location.city == "Camp David"
    assert "unknown-place" in _kinds(a)


@pytest.mark.parametrize(
    ("text", "city", "region"),
    [
        ("GEORGE TOWN, Grand Cayman, British West Indies (AP) — Banks reopened on Monday.", "GEORGE TOWN", "Grand Cayman, British West Indies"),
        ("KOWLOON, Hong Kong, Jan 3 (Reuters) - Shops reopened on Monday.", "KOWLOON", "Hong Kong"),
        ("BROOKLYN, New York, Jan 3 (AP) - Shops reopened on Monday.", "BROOKLYN", "New York"),
        # a word and a known place that is no list (the word is no place)
        ("PERTH, Western Australia, Jan 3 (AFP) - Shops reopened on Monday.", "PERTH", "Western Australia"),
        ("MAKATI, Metro Manila, Jan 3 (AFP) - Shops reopened on Monday.", "MAKATI", "Metro Manila"),
        ("CROYDON, Greater London, Jan 3 (Reuters) - Shops reopened on Monday.", "CROYDON", "Greater London"),
    ],
)
def test_a_region_that_names_a_place_is_no_list(text: str, city: str, region: str) -> None:
    a = wiretext.parse(text, reference_date=REF)
    assert a.location is not None
    assert (a.location.city, a.location.region) == (city, region)
    assert a.headline is None


# -- family 3: a region of lower-case or hyphenated words ---------------------------------------


@pytest.mark.parametrize(
    ("text", "city", "region", "code", "agency"),
    [
        ("PESHAWAR, Pakistan-Afghanistan frontier, Nov 3 (AFP) - Tribal elders met on Monday.",
         "PESHAWAR", "Pakistan-Afghanistan frontier", "PK", "AFP"),
        ("GAZA CITY, occupied territories, Nov 3 (AFP) - Crowds gathered in the square.",
         "GAZA CITY", "occupied territories", "PS", "AFP"),
        ("QUETTA, Pakistan-Iran border, Nov 3 (Reuters) - Traders said the crossing reopened.",
         "QUETTA", "Pakistan-Iran border", "PK", "Reuters"),
        ("JALALABAD, eastern Afghanistan, Nov. 3 (Xinhua) -- Floods cut the main road on Monday.",
         "JALALABAD", "eastern Afghanistan", "AF", "Xinhua"),
        ("Hebron, southern West Bank, 3 nov (EFE).- Cientos de personas se manifestaron.",
         "Hebron", "southern West Bank", "PS", "EFE"),
    ],
)
def test_a_region_in_lower_case_words(text: str, city: str, region: str, code: str, agency: str) -> None:
    a = wiretext.parse(text, reference_date=REF)
    assert a.location is not None
    assert (a.location.city, a.location.region, a.location.country_code) == (city, region, code)
    assert a.agency is not None and a.agency.code == agency
    assert a.date == dt.date(2025, 11, 3)
    assert a.headline is None
    assert a.body.split()[0] in ("Tribal", "Crowds", "Traders", "Floods", "Cientos")
    assert "place-unresolved" not in _kinds(a)


@pytest.mark.parametrize(
    "text",
    [
        # no date after the words: prose, not a region
        "Talks in Paris, officials said (AFP) - were slow.",
        # a region in lower case is taken before a date only
        "GAZA CITY, occupied territories (AFP) - Crowds gathered in the square.",
    ],
)
def test_words_in_lower_case_are_a_region_only_before_a_date(text: str) -> None:
    a = wiretext.parse(text)
    assert a.location is None or a.location.region is None


# -- family 9: bulletin story codes ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "headline", "city", "agency", "code", "body"),
    [
        (
            "(ME1432) GOBIERNO APRUEBA PLAN DE REGADIOS Murcia, 12 jun (EFE).- El Consejo de Gobierno aprobó hoy el plan.",
            "GOBIERNO APRUEBA PLAN DE REGADIOS", "Murcia", "EFE", "ME1432", "El Consejo de Gobierno",
        ),
        (
            "(AN0815) LA JUNTA AMPLÍA LAS AYUDAS AL OLIVAR Jaén, 3 mar (EFE).- La Junta amplió hoy las ayudas.",
            "LA JUNTA AMPLÍA LAS AYUDAS AL OLIVAR", "Jaén", "EFE", "AN0815", "La Junta amplió",
        ),
        # a place in no table after the capitals
        (
            "(ME1433) AYUNTAMIENTO CIERRA EL PARQUE Villanueva del Soto, 4 mar (EFE).- El parque cerrará un mes.",
            "AYUNTAMIENTO CIERRA EL PARQUE", "Villanueva del Soto", "EFE", "ME1433", "El parque cerrará",
        ),
        # Lusa's regional bulletin
        (
            "(LX2207) GOVERNO APROVA PLANO DE REGA Évora, 12 jun (Lusa) - O Governo aprovou hoje o plano.",
            "GOVERNO APROVA PLANO DE REGA", "Évora", "Lusa", "LX2207", "O Governo aprovou",
        ),
        (
            "(NO3310) CÂMARA ABRE NOVA ESCOLA Vila Nova do Cerro, 5 out (Lusa) – A escola abriu hoje.",
            "CÂMARA ABRE NOVA ESCOLA", "Vila Nova do Cerro", "Lusa", "NO3310", "A escola abriu",
        ),
    ],
)
def test_a_bulletin_story_code_is_noise(text: str, headline: str, city: str, agency: str, code: str, body: str) -> None:
    a = wiretext.parse(text, reference_date=REF)
    assert a.headline == headline
    assert a.location is not None and a.location.city == city
    assert a.agency is not None and a.agency.code == agency
    assert a.date is not None and a.date.year == 2025  # "d mmm": the year from reference_date
    assert a.body.startswith(body)
    (note,) = [n for n in a.notes if n.kind == "story-code"]
    assert repr(code) in note.message
    assert note.span is not None and text[note.span[0] : note.span[1]].strip() == f"({code})"
    assert code not in a.body and code not in (a.headline or "")


def test_a_story_code_on_its_own_line() -> None:
    text = "(ME1432)\nGOBIERNO APRUEBA PLAN DE REGADIOS\nMurcia, 12 jun (EFE).- El Consejo de Gobierno aprobó hoy el plan."
    a = wiretext.parse(text, reference_date=REF)
    assert a.headline == "GOBIERNO APRUEBA PLAN DE REGADIOS"
    assert a.date == dt.date(2025, 6, 12)
    assert "story-code" in _kinds(a) and "head-extra" not in _kinds(a)


def test_a_bracket_of_letters_and_digits_in_a_headline_is_no_story_code() -> None:
    a = wiretext.parse("Summit of the (G20) leaders opens\nROME, Oct 30 (Reuters) - Leaders gathered on Saturday.")
    assert a.headline == "Summit of the (G20) leaders opens"
    assert "story-code" not in _kinds(a)


def test_every_part_of_the_text_is_accounted_for() -> None:
    text = "(ME1432) GOBIERNO APRUEBA PLAN Murcia, 12 jun (EFE).- El plan sigue.\n"
    segments = wiretext.explain(text, reference_date=REF)
    assert "".join(p.text for p in segments) == text
    assert {"story-code", "headline", "dateline"} <= {p.label for p in segments}
