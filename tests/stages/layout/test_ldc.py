"""Issue 17, family 6: old AP and NYT wire copy as the LDC archives hold it (tags stripped), invented text."""

from __future__ import annotations

import datetime as dt

import pytest

import wiretext
from wiretext.wire import read_wire

AP = (
    "APW19991207.0042  NEWS STORY  12/07/1999 03:15:00\n"
    "w0871 &Cx1f; wstm-\n"
    "r i &Cx13;  &Cx11; BC-Chile-Election     12-07 0415\n"
    "BC-Chile-Election\n"
    "Eds: Moves on general news and financial services.\n"
    "With AP Photos\n"
    "By JANE ROE\n"
    "Associated Press Writer\n"
    "\tSANTIAGO, Chile (AP) _ Voters went to the polls on Sunday in a runoff.\n"
    "\tThe count began at dusk.\n"
)
# The header's fields separated by carriage returns, a stray one inside a note,
# a headline, eight head lines above the dateline and a fact box at the end.
AP_CR = (
    "APW20010312.0107\rNEWS STORY\r03/12/2001 11:02:00\n"
    "w1066 &Cx1f; wstm-\n"
    "r s &Cx13;  &Cx11; BC-Skiing-Results     03-12 0288\n"
    "BC-Skiing-Results\n"
    "Snow delays the final slalom\n"
    "Eds: Moves on sports\r wires.\n"
    "Eds: Updates with results.\n"
    "With AP Photo\n"
    "By OLE HANSEN\n"
    "AP Sports Writer\n"
    "   LILLEHAMMER, Norway (AP) _ Fresh snow held up the final slalom on Monday.\n"
    "   Racers waited three hours.\n"
    "\n"
    "Starters: 64\n"
    "Finishers: 41\n"
)
NYT = (
    "NYT19990315.0123  NEWS STORY  03/15/1999 18:42:00\n"
    "A1234 &Cx1f; taf-z\n"
    "u f &Cx13; &Cx11; BC-BRIDGE-REPAIRS-NYT &QL;     03-15 0812\n"
    "BC-BRIDGE-REPAIRS-NYT\n"
    "CITY BRIDGE TO CLOSE FOR A YEAR\n"
    "(For use by New York Times News Service clients)\n"
    "By JOHN DOE\n"
    "c.1999 N.Y. Times News Service\n"
    "\tNEW YORK _ The old bridge will close for repairs in May, city officials said Monday.\n"
    "\tTraffic will move to the tunnel.\n"
)


def test_old_ap_copy_takes_its_date_from_the_header_stamp() -> None:
    a = wiretext.parse(AP)
    assert a.date == dt.date(1999, 12, 7)
    assert a.agency is not None and a.agency.code == "AP"
    assert a.location is not None and (a.location.city, a.location.region) == ("SANTIAGO", "Chile")
    assert (a.headline, a.byline, a.authors) == (None, "By JANE ROE, Associated Press Writer", ("JANE ROE",))
    assert a.paragraphs == ("Voters went to the polls on Sunday in a runoff.", "The count began at dusk.")
    said = [n.message for n in a.notes if n.kind == "date-from-transmission"]
    assert said == [
        "the date is the transmission's (1999-12-07), from the archive header "
        "'APW19991207.0042 NEWS STORY 12/07/1999 03:15:00'; the slug's day 12-07 agrees"
    ]
    kinds = {n.kind for n in a.notes}
    assert {"wire-header", "wire-slug", "wire-eds-note", "wire-photo-line"} <= kinds


def test_carriage_returns_between_fields_and_in_notes_and_a_fact_box() -> None:
    a = wiretext.parse(AP_CR)
    assert a.date == dt.date(2001, 3, 12)
    assert a.headline == "Snow delays the final slalom"
    assert a.byline == "By OLE HANSEN, AP Sports Writer"
    assert a.agency is not None and a.agency.code == "AP"  # the fact box does not lose the credit
    assert a.location is not None and a.location.city == "LILLEHAMMER"
    assert a.paragraphs[0] == "Fresh snow held up the final slalom on Monday."
    assert "Starters: 64" in a.body and "Finishers: 41" in a.body  # the fact box is body
    eds = [n for n in a.notes if n.kind == "wire-eds-note"]
    assert len(eds) == 2  # the stray "\r" makes no extra line
    assert "wires." in eds[0].message


def test_nyt_news_service_copy_in_the_same_archive() -> None:
    a = wiretext.parse(NYT)
    assert a.date == dt.date(1999, 3, 15)
    assert a.headline == "CITY BRIDGE TO CLOSE FOR A YEAR"
    assert a.byline == "By JOHN DOE, c.1999 N.Y. Times News Service" and a.authors == ("JOHN DOE",)
    assert a.location is not None and a.location.city == "NEW YORK"
    assert a.paragraphs == (
        "The old bridge will close for repairs in May, city officials said Monday.",
        "Traffic will move to the tunnel.",
    )
    assert any(n.kind == "wire-eds-note" and "For use by" in n.message for n in a.notes)


def test_a_slug_day_that_differs_is_said() -> None:
    a = wiretext.parse(AP.replace("12-07 0415", "12-06 0415"))
    assert a.date == dt.date(1999, 12, 7)  # the header's day: the slug's is the budget's
    assert any(n.kind == "date-from-transmission" and "12-06 differs" in n.message for n in a.notes)


def test_a_dated_dateline_keeps_its_own_day() -> None:
    a = wiretext.parse(AP.replace("SANTIAGO, Chile (AP) _", "SANTIAGO, Chile, Dec. 6 (AP) _"))
    assert a.date == dt.date(1999, 12, 6)
    assert any(n.kind == "year-from" and "transmission" in n.message for n in a.notes)
    assert not any(n.kind == "date-from-transmission" for n in a.notes)


def test_the_header_is_taken_below_seven_head_lines() -> None:
    notes = "".join(f"Eds: Note number {i} for editors.\n" for i in range(9))
    a = wiretext.parse(AP.replace("With AP Photos\n", notes + "With AP Photos\n"))
    assert a.agency is not None and a.agency.code == "AP"
    assert a.location is not None and a.location.city == "SANTIAGO"


@pytest.mark.parametrize(
    "text",
    [
        "APW is a code name.\nPARIS (AFP) - Rain fell.",
        "ABC19991207.0042 was the file\nIt rained.",  # no time stamp or type: a sentence
        "ABC19991207.0042\nIt rained.",  # an id alone
        "A1234 units were sold.\nNEW YORK (Reuters) - Sales rose.",
    ],
)
def test_text_that_is_no_ldc_document(text: str) -> None:
    assert read_wire(text) is None


def test_the_layout_spans() -> None:
    w = read_wire(AP)
    assert w is not None
    assert w.sent == dt.date(1999, 12, 7)
    assert AP[w.story_start : w.story_start + 8] == "SANTIAGO"
    assert w.byline is not None and AP[slice(*w.byline)] == "By JANE ROE"
    assert w.byline_title is not None and AP[slice(*w.byline_title)] == "Associated Press Writer"


def test_archived_ap_copy_without_its_header_line_still_finds_the_dateline() -> None:
    # The header line lost: the codes start the text.  Seven head lines (a stray
    # "\r" inside a note would make eight) stand above the dateline.
    text = AP.split("\n", 1)[1].replace(
        "Eds: Moves on general news and financial services.\n",
        "Eds: Moves on general\r news and financial services.\nEds: Second note.\nEds: Third note.\n",
    )
    a = wiretext.parse(text)
    assert a.agency is not None and a.agency.code == "AP"
    assert a.location is not None and a.location.city == "SANTIAGO"
    assert a.byline == "By JANE ROE, Associated Press Writer"
    assert a.paragraphs[0] == "Voters went to the polls on Sunday in a runoff."
    assert a.date is None  # no header, no year: the slug's 12-07 alone gives none
    assert [n.kind for n in a.notes].count("wire-eds-note") == 3
