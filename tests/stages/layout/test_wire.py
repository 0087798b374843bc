"""Tests for wiretext.wire: raw ANPA-1312, IPTC 7901 and dpa transmissions.

All transmissions written out here are invented (names, places and stories);
the real agency samples are read from the shared corpus when it is present.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from wiretext._spans import Cut
from wiretext.wire import WireLayout, read_wire

CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpora" / "wire-formats"

RULES = {
    "wire-control",
    "wire-header",
    "wire-slug",
    "wire-marker",
    "wire-eds-note",
    "wire-photo-line",
    "wire-summary",
    "wire-trailer",
    "wire-notebook",
    "wire-extra",
    "wire-version",
}

FAST = settings(
    database=None,
    deadline=None,
    max_examples=300,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


# -- helpers -------------------------------------------------------------------


def check(text: str, w: WireLayout) -> None:
    """Assert every structural promise of a layout."""
    n = len(text)
    assert 0 <= w.story_start <= w.story_end <= n
    end = 0
    for c in w.cuts:
        assert isinstance(c, Cut)
        assert 0 <= c.start < c.end <= n
        assert c.start >= end, "cuts overlap or are unsorted"
        assert c.rule.startswith("wire-")
        end = c.end
    for span in (w.headline, w.byline, w.byline_title):
        if span is not None:
            assert 0 <= span[0] < span[1] <= w.story_start


def field(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0] : span[1]]


def story(text: str, w: WireLayout) -> str:
    """The story as the pipeline sees it: its range with the cuts removed."""
    keep = [True] * len(text)
    for c in w.cuts:
        for i in range(c.start, c.end):
            keep[i] = False
    return "".join(text[i] for i in range(w.story_start, w.story_end) if keep[i])


def rule_of(text: str, w: WireLayout, piece: str) -> str:
    """The rule of the cut that holds exactly ``piece`` (which must be unique)."""
    found = [c.rule for c in w.cuts if text[c.start : c.end] == piece]
    assert len(found) == 1, (piece, found)
    return found[0]


def squash(s: str) -> str:
    return " ".join(s.split())


def uncovered(text: str, w: WireLayout) -> str:
    """Non-blank text that is in no cut, no field and not in the story."""
    covered = [False] * len(text)
    spans = [(c.start, c.end) for c in w.cuts]
    spans += [s for s in (w.headline, w.byline, w.byline_title) if s is not None]
    spans.append((w.story_start, w.story_end))
    for a, b in spans:
        for i in range(a, b):
            covered[i] = True
    return "".join(ch for i, ch in enumerate(text) if not covered[i] and not ch.isspace())


# -- invented ANPA-1312 transmissions --------------------------------------------

ANPA = (
    "\x16\x16\x01Q1234\x1fworld\n"
    "r i\x13\x11 BC-EU--Quarry-Flood 2ndLd-Writethru   03-14 0412\n"
    "\x02^BC-EU--Quarry-Flood, 2nd Ld-Writethru,412<\n"
    "^Flooded quarry town counts its ducks <\n"
    "^AP Photo ZZQ101, ZZQ102<\n"
    "^Eds: Updates with mayor's comment. With AP Photos.<\n"
    "^Residents of a quarry town spent Sunday counting ducks after a dam gave way.<\n"
    "^By MARTA OSTROVA and LEO VANTERPOOL=\n"
    "^Associated Press=\n"
    "\t   GRAVELBY, Freedonia (AP) _ Residents of a quarry town spent Sunday counting ducks. "
    "The mayor said all 212 were accounted for. \n"
    " \n"
    "\t   ``We are relieved,'' said Mayor Tove Brandt.\n"
    " \n"
    "\t   ___\n"
    " \n"
    "\t   Staff writer Ola Nemeth contributed.\n"
    "\n"
    "\t   \x03AP-WF-03-14-21 1733GMT<\n"
    "\n\x0c\n\x04"
)


def test_anpa_fields_and_story() -> None:
    w = read_wire(ANPA)
    assert w is not None
    check(ANPA, w)
    assert field(ANPA, w.headline) == "Flooded quarry town counts its ducks"
    assert field(ANPA, w.byline) == "By MARTA OSTROVA and LEO VANTERPOOL"
    assert field(ANPA, w.byline_title) == "Associated Press"
    body = story(ANPA, w)
    assert body.startswith("GRAVELBY, Freedonia (AP) _ Residents of a quarry town")
    assert body.endswith("Staff writer Ola Nemeth contributed.")
    assert "AP-WF" not in body
    assert uncovered(ANPA, w) == ""


def test_anpa_cut_rules() -> None:
    w = read_wire(ANPA)
    assert w is not None
    assert rule_of(ANPA, w, "\x16\x16\x01") == "wire-control"
    assert rule_of(ANPA, w, "Q1234\x1fworld") == "wire-header"
    assert rule_of(ANPA, w, "r i\x13\x11 BC-EU--Quarry-Flood 2ndLd-Writethru   03-14 0412") == (
        "wire-header"
    )
    assert rule_of(ANPA, w, "\x02") == "wire-control"
    assert rule_of(ANPA, w, "BC-EU--Quarry-Flood, 2nd Ld-Writethru,412") == "wire-slug"
    assert rule_of(ANPA, w, " <") == "wire-marker"
    assert rule_of(ANPA, w, "AP Photo ZZQ101, ZZQ102") == "wire-photo-line"
    assert rule_of(ANPA, w, "Eds: Updates with mayor's comment. With AP Photos.") == (
        "wire-eds-note"
    )
    summary = "Residents of a quarry town spent Sunday counting ducks after a dam gave way."
    assert rule_of(ANPA, w, summary) == "wire-summary"
    assert rule_of(ANPA, w, "AP-WF-03-14-21 1733GMT") == "wire-trailer"
    assert rule_of(ANPA, w, "\x03") == "wire-control"
    # a run of codes and the line breaks between them is one cut
    assert rule_of(ANPA, w, "\x0c\n\x04") == "wire-control"
    markers = [ANPA[c.start : c.end] for c in w.cuts if c.rule == "wire-marker"]
    assert markers.count("^") == 7
    assert markers.count("=") == 2
    assert {c.rule for c in w.cuts} <= RULES


def test_anpa_title_is_optional_and_recognised() -> None:
    text = (
        "\x16\x16\x01Q0001\x1f-----\n"
        "r s\x13\x11 BC-BBN--Otters-Herons     05-02 0350\n"
        "\x02^BC-BBN--Otters-Herons,350<\n"
        "^Otters edge Herons 3-2 in extra time<\n"
        "^By PIM KORVALD=\n"
        "^AP Sports Writer=\n"
        "\t   LAKEVILLE, Ruritania (AP) _ The Otters won again.\n"
        "\t   \x03AP-WF-05-02-22 0101GMT<\n\x04"
    )
    w = read_wire(text)
    assert w is not None
    check(text, w)
    assert field(text, w.byline) == "By PIM KORVALD"
    assert field(text, w.byline_title) == "AP Sports Writer"
    assert story(text, w) == "LAKEVILLE, Ruritania (AP) _ The Otters won again."


def test_anpa_table_with_caret_lines_and_controls() -> None:
    text = (
        "\x16\x16\x01Q0002\x1f-----\n"
        "r z\x14\x12 BC-CUR--LeagueTable     07-07 \r\n"
        "\x02^BC-CUR--League Table<\r\n"
        "^Curling League Table=\r\n"
        "^All Times Local=\r\n"
        "^By The Associated Press=\r\n"
        "^NORTH DIVISION=\r\n"
        "\x08^;W;L;Pct\x10 \r\n"
        "\x08Stonehaven;9;1;.900\x10 \r\n"
        "\x08Brightwater;7;3;.700\x10 \r\n"
        "\t   ___=\r\n"
        "\t   Stonehaven 8, Brightwater 6< \r\n"
        "\r\n\t   \x03AP-WF-07-07-20 2200GMT<\r\n\r\n\x0c\r\n\x04"
    )
    w = read_wire(text)
    assert w is not None
    check(text, w)
    assert field(text, w.headline) == "Curling League Table"
    assert field(text, w.byline) == "By The Associated Press"
    assert w.byline_title is None  # "NORTH DIVISION" is not a title
    assert rule_of(text, w, "All Times Local") == "wire-summary"
    assert text[w.story_start :].startswith("NORTH DIVISION")
    body = story(text, w)
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f^<=]", body)
    assert squash(body) == (
        "NORTH DIVISION ;W;L;Pct Stonehaven;9;1;.900 Brightwater;7;3;.700 ___ "
        "Stonehaven 8, Brightwater 6"
    )
    assert uncovered(text, w) == ""


def test_anpa_without_headline() -> None:
    text = (
        "\x16\x16\x01Q0003\x1fworld\n"
        "b a\x13\x11 BC-XX--NewsAlert     01-09 0017\n"
        "\x02^BC-XX--NewsAlert,17<\n"
        "\t   PORT ELLEN, Isle of Gorm (AP) _ The ferry is back.\n"
        "\n\t   \x03AP-WF-01-09-23 0909GMT<\n\n\x0c\n\x04"
    )
    w = read_wire(text)
    assert w is not None
    check(text, w)
    assert w.headline is None
    assert w.byline is None
    assert story(text, w) == "PORT ELLEN, Isle of Gorm (AP) _ The ferry is back."


def test_anpa_unmarked_caret_lines_start_the_body() -> None:
    text = (
        "\x16\x16\x01Q0004\x1f-----\r\n"
        "r e\x13\x11 AP-Top-Garden-Heads     02-02 0050\r\n"
        "\x02^*1234< ^AP-Top-Garden-Headlines,0050<\r\n"
        "^Top Garden News at 9:00 a.m.<\r\n"
        "^Tomato prices climb after cold snap\r\n"
        "^Hedge maze opens in Lower Fenwick\r\n"
        "\r\n\t   \x03AP-WF-02-02-24 0900GMT<\r\n\x04"
    )
    w = read_wire(text)
    assert w is not None
    check(text, w)
    assert rule_of(text, w, "*1234< ^AP-Top-Garden-Headlines,0050") == "wire-slug"
    assert field(text, w.headline) == "Top Garden News at 9:00 a.m."
    assert squash(story(text, w)) == (
        "Tomato prices climb after cold snap Hedge maze opens in Lower Fenwick"
    )


def test_anpa_end_line_is_a_trailer() -> None:
    text = (
        "\x16\x16\x01Q0005\x1fasian\n"
        "u i\x14\x12 BC-WEA--Tides     11-13 0100\n"
        "\x02^BC-WEA--Tides,<\n"
        "\t   HARBOURTON (AP) _ High and low tides for the week:<\n"
        "\t   Mon;0412;1630<\n"
        "^END<\n\n"
        "\t   \x03AP-WF-11-13-13 0713GMT<\n\n\x0c\n\x04"
    )
    w = read_wire(text)
    assert w is not None
    check(text, w)
    assert rule_of(text, w, "END") == "wire-trailer"
    assert squash(story(text, w)) == (
        "HARBOURTON (AP) _ High and low tides for the week: Mon;0412;1630"
    )


def test_archived_anpa_with_escaped_controls() -> None:
    # LDC-style archive: control codes written as "&CxNN;", line ends as entities.
    text = (
        "B1234 &Cx1f; wstm-\n"
        "u a &Cx13;  &Cx11;  BC-GARDEN-SHOW-XYZ &LR;      06-01 0290\n"
        "BC-GARDEN-SHOW-XYZ\n"
        "   MIDDLEMARCH _ The garden show opened. &QL;\n"
        "   It closes on Sunday.\n"
        "XYZ-06-01-98 0002EDT &QL;\n"
    )
    w = read_wire(text)
    assert w is not None
    check(text, w)
    assert rule_of(text, w, "B1234 &Cx1f; wstm-") == "wire-header"
    assert rule_of(text, w, "BC-GARDEN-SHOW-XYZ") == "wire-slug"
    assert rule_of(text, w, "XYZ-06-01-98 0002EDT") == "wire-trailer"
    assert squash(story(text, w)) == "MIDDLEMARCH _ The garden show opened. It closes on Sunday."


# -- invented IPTC 7901 / dpa transmissions ---------------------------------------

DPA = (
    "\x01eca0777 4 i 310  dpa 0512\r\n"
    "\r\n"
    "Ruritania-harbour/Strelsau/\r\n"
    "\x02EXTRA\n"
    "2ND LEAD\n"
    "Harbour crane topples in storm, nobody hurt\n"
    "By Anna Leyden, dpa =\r\n"
    "\r\n"
    "Strelsau (dpa) - A harbour crane toppled into the water on Monday\r\n"
    "night, port officials said.\r\n"
    "\r\n"
    "The crane had been idle for a week, a spokesman said.\r\n"
    "\r\n"
    "# Notebook\r\n"
    "\r\n"
    "## Note to editors\r\n"
    "- adds spokesman\r\n"
    "\r\n"
    "* * * *\r\n"
    "The following information is not intended for publication\r\n"
    "\r\n"
    "## Editorial contacts\r\n"
    "- Reporting by: Anna Leyden\r\n"
    "- Tel: +00 00 0000 0000; <desk@example.com>\r\n"
    "\r\n"
    "dpa aly kr\r\n"
    "\r\n"
    "\x03141210 GMT Mar 14\r\n"
    "\x7f\n\x7f\x04"
)


def test_dpa_fields_and_story() -> None:
    w = read_wire(DPA)
    assert w is not None
    check(DPA, w)
    assert field(DPA, w.headline) == "Harbour crane topples in storm, nobody hurt"
    assert field(DPA, w.byline) == "By Anna Leyden, dpa"
    assert w.byline_title is None
    body = story(DPA, w)
    assert body.startswith("Strelsau (dpa) - A harbour crane")
    assert body.endswith("a spokesman said.")
    assert "Notebook" not in body
    assert "desk@" not in body
    assert uncovered(DPA, w) == ""


def test_dpa_cut_rules() -> None:
    w = read_wire(DPA)
    assert w is not None
    assert rule_of(DPA, w, "\x01") == "wire-control"
    assert rule_of(DPA, w, "eca0777 4 i 310  dpa 0512") == "wire-header"
    assert rule_of(DPA, w, "Ruritania-harbour/Strelsau/") == "wire-slug"
    assert rule_of(DPA, w, "EXTRA") == "wire-extra"
    assert rule_of(DPA, w, "2ND LEAD") == "wire-version"
    assert rule_of(DPA, w, " =") == "wire-marker"
    assert rule_of(DPA, w, "dpa aly kr") == "wire-trailer"
    assert rule_of(DPA, w, "141210 GMT Mar 14") == "wire-trailer"
    notebook = [DPA[c.start : c.end] for c in w.cuts if c.rule == "wire-notebook"]
    assert len(notebook) == 1
    assert notebook[0].startswith("# Notebook")
    assert notebook[0].endswith("<desk@example.com>")


def test_dpa_headline_only_and_attention_flag() -> None:
    text = (
        "\x01eca0002 4 rs 12  dpa 0003\r\n\r\nService/\r\n"
        "\x02(Achtung)\nService note =\r\n\r\n"
        "Test transmission, please ignore.\r\n\r\n"
        "\x03010000 GMT Jan 1\r\n\x7f\n\x7f\x04\r\n"
    )
    w = read_wire(text)
    assert w is not None
    check(text, w)
    assert rule_of(text, w, "(Achtung)") == "wire-extra"
    assert field(text, w.headline) == "Service note"
    assert w.byline is None
    assert story(text, w) == "Test transmission, please ignore."


def test_dpa_wrapped_headline_and_german_notebook() -> None:
    text = (
        "\x01bdt0042 3 pl 210  dpa 0042\r\n\r\nParlament/Haushalt/\r\n"
        "\x02Landtag beschliesst Haushalt\n"
        "nach langer Debatte\n"
        "Von Jo Beispiel, dpa =\r\n\r\n"
        "Musterstadt (dpa) - Der Landtag hat den Haushalt beschlossen.\r\n\r\n"
        "dpa-Notizblock\r\n\r\n"
        "## Redaktionelle Hinweise\r\n- Zusammenfassung bis 18.00 Uhr\r\n\r\n"
        "dpa jb xy\r\n\x03121530 Mai 12\r\n\x7f\n\x7f\x04"
    )
    w = read_wire(text)
    assert w is not None
    check(text, w)
    assert field(text, w.headline) == "Landtag beschliesst Haushalt\nnach langer Debatte"
    assert field(text, w.byline) == "Von Jo Beispiel, dpa"
    assert story(text, w) == "Musterstadt (dpa) - Der Landtag hat den Haushalt beschlossen."
    assert [c.rule for c in w.cuts if text[c.start : c.end].startswith("dpa-Notizblock")] == [
        "wire-notebook"
    ]


def test_iptc_heading_shape_without_control_codes() -> None:
    # The same shape with its control codes stripped is still unmistakable.
    text = (
        "eca0100 4 i 55  dpa 0100\r\n\r\nWeather/Coast/\r\n"
        "Fog delays ferries =\r\n\r\n"
        "Kiel (dpa) - Thick fog delayed ferries on Friday.\r\n\r\n"
        "dpa ab cd\r\n"
    )
    w = read_wire(text)
    assert w is not None
    check(text, w)
    assert field(text, w.headline) == "Fog delays ferries"
    assert story(text, w) == "Kiel (dpa) - Thick fog delayed ferries on Friday."
    assert rule_of(text, w, "dpa ab cd") == "wire-trailer"


def test_stx_only_transmission() -> None:
    text = "\x02Quiet day =\r\n\r\nNothing happened.\r\n\x03"
    w = read_wire(text)
    assert w is not None
    assert field(text, w.headline) == "Quiet day"
    assert story(text, w) == "Nothing happened."


@pytest.mark.parametrize(
    ("text", "headline", "begins"),
    [
        ("\x02Short headline\r\n\r\nBody text here.\r\n\x03", "Short headline", "Body text"),
        ("\x02Leer (dpa) - Short lead.\r\n\r\nSecond one.\r\n\x03", None, "Leer (dpa) - Short"),
        ("\x02   Indented lead line\r\n\r\nSecond one.\r\n\x03", None, "Indented lead"),
        ("\x02Line one\r\nline two\r\n\r\nSecond one.\r\n\x03", None, "Line one"),
    ],
)
def test_unmarked_heading_is_only_claimed_when_clear(
    text: str, headline: str | None, begins: str
) -> None:
    w = read_wire(text)
    assert w is not None
    check(text, w)
    assert field(text, w.headline) == headline
    assert text[w.story_start :].startswith(begins)


def test_markers_and_strays_inside_the_story_are_cut() -> None:
    text = (
        "\x02Lamp post =\r\n\r\n"
        "Ostend (dpa) - A lamp post&QL; was\x07 repaired &Cx1f;on &#3;Tuesday.\r\n"
        "\x03"
    )
    w = read_wire(text)
    assert w is not None
    check(text, w)
    assert story(text, w) == "Ostend (dpa) - A lamp post was repaired on Tuesday."
    assert rule_of(text, w, "&QL;") == "wire-marker"
    assert rule_of(text, w, "\x07") == "wire-control"
    assert rule_of(text, w, "&Cx1f;") == "wire-control"
    assert rule_of(text, w, "&#3;") == "wire-control"


# -- what is not a transmission ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "BEIRUT (Reuters) - A plain dispatch with no transmission codes at all.",
        "<html><head><title>News</title></head><body><p>Story</p></body></html>",
        "SHARES RISE\n    CASTLEFORD, Feb 26 - Shares rose today.\n Reuter\n&#3;",
        "Headline\r\nBody with a stray carriage return\rand a\ttab.",
        "Body with a stray \x01 start-of-heading in the middle\x02 and \x03.",
        "\x01A start-of-heading followed by text that has no heading shape",
        "\x02A start-of-text but no end-of-text anywhere",
        "\x16\x16Idle characters only",
        "By JOHN DOE=\nAssociated Press=\n\tSOMEWHERE (AP) _ Text.",
        "Europe-weather/\nHeadline =\n\nBody.",
        "",
    ],
)
def test_not_a_transmission(text: str) -> None:
    assert read_wire(text) is None


# -- the real samples --------------------------------------------------------------

# file: (headline, byline, byline title, how the story begins, rules that must occur)
SAMPLES: dict[str, tuple[str | None, str | None, str | None, str, set[str]]] = {
    "IPTC7901.txt": (
        "Germany Social Democrats: Coalition talks with Merkel could fail",
        None,
        None,
        "Berlin (dpa) -",
        {"wire-header", "wire-slug", "wire-notebook", "wire-trailer"},
    ),
    "IPTC7901_odd_charset.txt": (
        "German football saddened by illness to striker legend Mueller",
        "By Manuel Schwarz, dpa",
        None,
        "Munich (dpa) -",
        {"wire-version", "wire-notebook", "wire-trailer"},
    ),
    "anpa-1.tst": (
        "For Argentine chemo patients, mirrors can hurt",
        "By PAUL BYRNE and ALMUDENA CALATRAVA",
        "Associated Press",
        "BUENOS AIRES, Argentina (AP) _",
        {"wire-slug", "wire-photo-line", "wire-eds-note", "wire-trailer"},
    ),
    "anpa-2.tst": (
        "Prairies vanish in the US push for green energy",
        "By CHET BROKAW and JACK GILLUM",
        "Associated Press",
        "ROSCOE, South Dakota (AP) _",
        {"wire-slug", "wire-photo-line", "wire-eds-note", "wire-trailer"},
    ),
    "anpa-3.tst": (
        None,
        None,
        None,
        "NEW YORK (AP) _",
        {"wire-slug", "wire-trailer"},
    ),
    "anpa-4.tst": (
        "AP Top Entertainment News at 11:23 p.m. EST",
        None,
        None,
        "Ex-bodyguard",
        {"wire-slug", "wire-trailer"},
    ),
    "ap_anpa-1.tst": (
        "Deng has 30 points, short-handed Heat beat Hawks 115-111",
        "By CHARLES ODUM",
        "AP Sports Writer",
        "ATLANTA (AP) _",
        {"wire-slug", "wire-photo-line", "wire-eds-note", "wire-summary", "wire-trailer"},
    ),
    "ap_anpa-2.tst": (
        "Baseball Expanded Standings",
        "By The Associated Press",
        None,
        "AMERICAN LEAGUE",
        {"wire-slug", "wire-summary", "wire-trailer"},
    ),
    "ap_anpa-3.tst": (
        "$210 lobster is found dead",
        None,
        None,
        "CHATHAM, Mass. (AP) _",
        {"wire-slug", "wire-eds-note", "wire-trailer"},
    ),
    "ap_anpa-4.tst": (
        "AP Exclusive: China lawyer's family says US helped them flee",
        "By GERRY SHIH",
        "Associated Press",
        "BEIJING (AP) _",
        {"wire-slug", "wire-photo-line", "wire-eds-note", "wire-trailer"},
    ),
    "ap_anpa-5.tst": (
        None,
        None,
        None,
        "HONOLULU (AP) _",
        {"wire-slug", "wire-trailer"},
    ),
    "ap_anpa-6.tst": (
        "Wild Card Glance",
        "By The Associated Press",
        None,
        "AMERICAN LEAGUE",
        {"wire-slug", "wire-summary", "wire-trailer"},
    ),
    "ap_anpa-7.tst": (
        "10 Things to Know for Today",
        "By The Associated Press",
        None,
        "Your daily look at",
        {"wire-slug", "wire-summary", "wire-photo-line", "wire-eds-note", "wire-trailer"},
    ),
    "dpa_copyright.txt": (
        "Impressum",
        None,
        None,
        "ryryryry copyright by dpa",
        {"wire-extra", "wire-trailer"},
    ),
    "dpa_four_line.txt": (
        "Switzerland joins list of countries resisting UN migration pact",
        "By dpa correspondents",
        None,
        "Geneva (dpa) -",
        {"wire-version", "wire-notebook", "wire-trailer"},
    ),
    "dpa_two_by_line.txt": (
        "Chiefs-Rams 2.0? Would be a fun Super Bowl, but don't count on it",
        "By Tom Krasovic, The San Diego Union-Tribune",
        None,
        "San Diego (tca/dpa) -",
        {"wire-notebook", "wire-trailer"},
    ),
    "dpa_two_line.txt": (
        "Peace talks on Yemen to take place in Sweden next month, Mattis says",
        None,
        None,
        "Washington (dpa) -",
        {"wire-extra", "wire-notebook", "wire-trailer"},
    ),
}


def load(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def first_sentence_end(text: str, w: WireLayout, begins: str, anpa: bool) -> int:
    """End of the story's first sentence, looked for in its first line (ANPA) or paragraph."""
    start = w.story_start
    limit = re.compile(r"\r|\n" if anpa else r"\r?\n[ \t]*\r?\n")
    m = limit.search(text, start, w.story_end)
    para_end = m.start() if m else w.story_end
    s = re.compile(r"[.!?:](?=[\s'\"<]|$)").search(text, start, para_end)
    return s.end() if s else start + len(begins)


def test_every_sample_has_an_expectation() -> None:
    if not CORPUS.is_dir():
        pytest.skip("wire-format corpus not present")
    assert {p.name for p in CORPUS.iterdir() if p.is_file()} <= set(SAMPLES)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_real_sample(name: str) -> None:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"{path} not present")
    text = load(path)
    headline, byline, title, begins, rules = SAMPLES[name]
    w = read_wire(text)
    assert w is not None
    check(text, w)
    assert field(text, w.headline) == headline
    assert field(text, w.byline) == byline
    assert field(text, w.byline_title) == title
    assert text[w.story_start :].lstrip().startswith(begins)
    assert story(text, w).lstrip().startswith(begins)
    anpa = name.endswith(".tst")
    end = first_sentence_end(text, w, begins, anpa)
    assert end > w.story_start
    assert not [c for c in w.cuts if c.start < end and c.end > w.story_start]
    assert rules <= {c.rule for c in w.cuts} <= RULES
    assert uncovered(text, w) == ""
    # Nothing of the transmission apparatus is left in the story.
    body = story(text, w)
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", body)
    if anpa:
        assert not re.search(r"(?m)^[ \t]*\^|[<=][ \t]*\r?$|AP-WF-", body)
    else:
        assert not re.search(r"(?i)notebook|not (intended )?for publication|GMT", body)


# -- properties --------------------------------------------------------------------

CONTROL = "".join(chr(c) for c in range(0x20)) + "\x7f"
NEWLINES = st.sampled_from("\t\r\n")
PIECES = st.sampled_from(
    [
        "\x01",
        "\x02",
        "\x03",
        "\x04",
        "\x16",
        "\x1f",
        "\x13\x11",
        "\n",
        "\r\n",
        "\t   ",
        "^",
        "<",
        "=",
        " =",
        "&QL;",
        "&Cx1f;",
        "&#3;",
        "By X=",
        "By Ann, dpa =",
        "Associated Press=",
        "Eds: x.<",
        "AP Photo A1<",
        "BC-AA--Bb,1<",
        "# Notebook",
        "* * * *\nThe following information",
        "dpa ab cd",
        "EXTRA",
        "1ST LEAD",
        "END",
        "AP-WF-01-01-01 0000GMT",
        "010101 GMT Jan 1",
        "r a\x13\x11 BC-X     01-01 0001",
        "A1234\x1fasian",
        "eca01 4 i 1  dpa 01",
        "Topic/",
        "(Achtung)",
    ]
)

CHUNKY = st.lists(PIECES | st.text(max_size=8), max_size=40).map("".join)


@FAST
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    w = read_wire(text)
    if w is not None:
        check(text, w)


@FAST
@given(st.sampled_from(["", "\x01", "\x02", "\x16\x16\x01", " \r\n\x02"]), CHUNKY)
def test_never_raises_on_transmission_like_text(prefix: str, rest: str) -> None:
    text = prefix + rest
    w = read_wire(text)
    if w is not None:
        check(text, w)


@FAST
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_characters=CONTROL) | NEWLINES))
def test_plain_text_is_not_a_transmission(text: str) -> None:
    assert read_wire(text) is None






LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',$%-"
WORD = st.text(alphabet=LETTERS, min_size=1, max_size=10)
NAME = st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True)
PHRASE = st.lists(WORD, min_size=2, max_size=8).map(" ".join)
SENTENCE = st.lists(WORD, min_size=1, max_size=12).map(lambda ws: " ".join(ws) + ".")


def _plain_headline(h: str) -> bool:
    return not re.match(
        r"(?:By|BY|Von|VON|AP |With AP|Eds|EDS|Ed\.|ED\.|Editor|EDITOR"
        r"|\d{1,2}(?:ST|ND|RD|TH) LEAD|NEW LEAD|\d{1,2}\. )",
        h,
    )


@FAST
@given(PHRASE, st.lists(NAME, min_size=1, max_size=3), st.lists(SENTENCE, min_size=1, max_size=5))
def test_anpa_round_trip(headline: str, names: list[str], paragraphs: list[str]) -> None:
    assume(_plain_headline(headline))
    byline = "By " + " and ".join(n.upper() for n in names)
    dateline = "SOMEWHERE (AP) _ "
    body = "".join(f"\t   {p} \r\n" for p in paragraphs)
    text = (
        "\x16\x16\x01W0001\x1fasian\r\n"
        "r a\x13\x11 BC-XX--Topic     01-02 0100\r\n"
        f"\x02^BC-XX--Topic,100<\r\n^{headline}<\r\n^Eds: Invented.<\r\n"
        f"^{byline}=\r\n^Associated Press=\r\n"
        f"\t   {dateline}{body.lstrip()}"
        "\r\n\t   \x03AP-WF-01-02-03 0405GMT<\r\n\r\n\x0c\r\n\x04"
    )
    w = read_wire(text)
    assert w is not None
    check(text, w)
    assert field(text, w.headline) == headline
    assert field(text, w.byline) == byline
    assert field(text, w.byline_title) == "Associated Press"
    assert squash(story(text, w)) == squash(dateline + " ".join(paragraphs))
    assert uncovered(text, w) == ""


@FAST
@given(
    PHRASE,
    st.one_of(st.none(), st.lists(NAME, min_size=1, max_size=3).map(" ".join)),
    st.lists(SENTENCE, min_size=1, max_size=5),
    st.booleans(),
)
def test_dpa_round_trip(
    headline: str, writer: str | None, paragraphs: list[str], notebook: bool
) -> None:
    assume(_plain_headline(headline))
    heading = f"{headline} =\r\n" if writer is None else f"{headline}\nBy {writer}, dpa =\r\n"
    body = "\r\n\r\n".join(paragraphs)
    links = "## Internet links\r\n- [x](http://example.com)\r\n\r\n"
    tail = f"# Notebook\r\n\r\n{links}" if notebook else ""
    text = (
        "\x01eca0001 4 i 100  dpa 0001\r\n\r\nTopic/Place/\r\n"
        f"\x02{heading}\r\nSomewhere (dpa) - {body}\r\n\r\n{tail}"
        "dpa ab cd\r\n\r\n\x03010203 GMT Jan 1\r\n\x7f\n\x7f\x04"
    )
    w = read_wire(text)
    assert w is not None
    check(text, w)
    assert field(text, w.headline) == headline
    assert field(text, w.byline) == (None if writer is None else f"By {writer}, dpa")
    assert story(text, w) == f"Somewhere (dpa) - {body}"
    assert uncovered(text, w) == ""


# -- size ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "word " * 200_000,
        "\x01" + "a" * 1_000_000,
        "\x02" + "\r\n" * 500_000 + "\x03",
        "\x01\x02" * 500_000,
        "\x16\x16\x01A1234\x1fx\nr a\x13\x11 BC-X-Y     01-01 0001\n\x02" + "^line<\n" * 150_000,
        "\x02" + "&QL;&Cx1f;" * 100_000 + "\x03",
        "\x02^By X" + "y" * 1_000_000 + "=\x03",
        "\x02Head =\r\n\r\n" + "# Notebook\r\n" * 80_000 + "\x03",
        "eca0001 4 i 1  dpa 01\n" + "Topic/" * 150_000,
    ],
    ids=[
        "plain",
        "soh-run",
        "blank-lines",
        "control-pairs",
        "caret-lines",
        "entities",
        "one-long-line",
        "notebooks",
        "long-keywords",
    ],
)
def test_one_megabyte_inputs(text: str) -> None:
    w = read_wire(text)
    if w is not None:
        check(text, w)


@pytest.mark.parametrize(
    "head",
    [
        "eca0100 4 i 55  dpa 0100\r\n\r\nWeather/Coast/\r\n",
        "\x01eca0100 4 i 55  dpa 0100\r\n\r\nWeather/Coast/\r\n" + " " * 2100 + "\r\n",
    ],
    ids=["no-soh", "stx-far-away"],
)
def test_heading_shape_then_stx(head: str) -> None:
    text = head + "\x02Fog =\r\n\r\nKiel (dpa) - Fog.\r\n\x03"
    w = read_wire(text)
    assert w is not None
    check(text, w)
    assert rule_of(text, w, "eca0100 4 i 55  dpa 0100") == "wire-header"
    assert rule_of(text, w, "Weather/Coast/") == "wire-slug"
    assert field(text, w.headline) == "Fog"
    assert story(text, w) == "Kiel (dpa) - Fog."
    assert rule_of(text, w, "\x02") == "wire-control"
