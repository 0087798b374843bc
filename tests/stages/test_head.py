"""Stage head (and source): headlines, bylines, title credits, desk tags, glued titles, repeated headlines."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wiretext

# -- shape 1: the scraped AFP web page ----------------------------------------

def test_headline_ending_in_place_name_splits_at_the_dateline() -> None:
    a = wiretext.parse("Floods hit northern Italy Milan, Italy, Nov 4 (AFP) Nov 4, 2025 Rivers rose.")
    assert a.headline == "Floods hit northern Italy"
    assert a.location is not None
    assert (a.location.city, a.location.region) == ("Milan", "Italy")


@pytest.mark.parametrize(
    ("line", "byline", "names"),
    [
        ("Jo Lim | AFP", "Jo Lim | AFP", ("Jo Lim",)),
        ("Jane Roe, Reuters", "Jane Roe, Reuters", ("Jane Roe",)),
        ("By ZEKE MILLER and JOSH BOAK Associated Press", "By ZEKE MILLER and JOSH BOAK Associated Press",
         ("ZEKE MILLER", "JOSH BOAK")),
        ("By Jane Roe and Jo Lim | The Associated Press", "By Jane Roe and Jo Lim | The Associated Press",
         ("Jane Roe", "Jo Lim")),
    ],
)
def test_web_bylines_below_a_headline(line: str, byline: str, names: tuple[str, ...]) -> None:
    a = wiretext.parse(f"Senate passes budget\n{line}\nWASHINGTON (AP) — The Senate passed the budget on Monday.")
    assert (a.headline, a.byline, a.authors) == ("Senate passes budget", byline, names)


@pytest.mark.parametrize(
    "text",
    [
        "Senate Votes Today, AP\nWASHINGTON (AP) — The Senate passed the budget on Monday.",  # a first line
        "Senate passes budget\nCREDIT: Canadian Press, Reuters\nThe Senate passed the budget on Monday.",
    ],
)
def test_a_line_ending_in_an_agency_is_no_byline_unless_a_name_below_a_headline(text: str) -> None:
    assert wiretext.parse(text).byline is None


def test_an_agency_alone_on_a_line_of_the_head_is_its_credit() -> None:
    text = "Ferry Line Reopens\nAFP\nOSLO, Nov 14 - The ferry line reopened on Friday after a storm."
    a = wiretext.parse(text)
    assert a.agency is not None and a.agency.code == "AFP"
    assert [n.kind for n in a.notes if n.kind in ("credit", "head-extra")] == ["credit"]


def test_an_italian_name_that_opens_with_di_is_no_byline() -> None:
    a = wiretext.parse("Di Maio says talks will resume\nROMA (ANSA) - Talks will resume on Monday.")
    assert a.headline == "Di Maio says talks will resume" and a.byline is None


def test_a_separator_between_a_glued_headline_and_its_dateline_is_removed() -> None:
    text = "Rain floods Paris | Paris (AFP) - Heavy rain flooded the city on Monday."
    a = wiretext.parse(text)
    assert a.headline == "Rain floods Paris"
    assert [n.kind for n in a.notes] == ["separator"]
    assert ("separator", "|") in [(s.label, s.text.strip()) for s in wiretext.explain(text)]


def test_reuters_brief_is_a_headline_alone() -> None:
    a = wiretext.parse("U.S. FACTORY ORDERS ROSE 1.2 PCT IN JANUARY\n\n")
    assert a.headline == "U.S. FACTORY ORDERS ROSE 1.2 PCT IN JANUARY"
    assert a.body == ""
    assert a.agency is None


def test_headline_wrapped_over_two_lines() -> None:
    a = wiretext.parse("ACME CORP SAYS IT WILL SELL ITS PAPER UNIT TO\nBETA INDUSTRIES\n\n")
    assert a.headline == "ACME CORP SAYS IT WILL SELL ITS PAPER UNIT TO BETA INDUSTRIES"


# -- shape 5: AG News ----------------------------------------------------------


def test_title_credit_is_the_agency_not_the_headline() -> None:
    a = wiretext.parse("Tiny Firm Wins Grant to Study Proteins (AP)\nAP - A small firm won a grant on Monday.")
    assert a.headline == "Tiny Firm Wins Grant to Study Proteins"
    assert a.agency is not None and a.agency.code == "AP"
    assert a.body == "A small firm won a grant on Monday."


def test_summary_with_city_and_credit() -> None:
    a = wiretext.parse("Oil Rises on Supply Fears\nSINGAPORE (Reuters) - Oil rose #36;1 on Monday.")
    assert a.headline == "Oil Rises on Supply Fears"
    assert a.location is not None and a.location.city == "SINGAPORE"
    assert a.body == "Oil rose $1 on Monday."


def test_the_source_a_title_credits_is_taken_off_the_summary_too() -> None:
    text = "Chip Maker Expands (Tech Daily)\nTech Daily - The chip maker opened a plant on Monday."
    a = wiretext.parse(text)
    assert a.headline == "Chip Maker Expands"
    assert a.body == "The chip maker opened a plant on Monday."
    assert a.agency is None
    assert [n.kind for n in a.notes] == ["source-credit", "source-credit"]
    labels = {seg.text.strip(): seg.label for seg in wiretext.explain(text) if seg.text.strip()}
    # the two credits and the line break between them: one removal by one rule
    assert labels["(Tech Daily)\nTech Daily -"] == "source-credit"


def test_a_dateline_after_the_summarys_source_is_found() -> None:
    a = wiretext.parse("Fares Rise (Metro Times)\nMetro Times - BOSTON -- The city council voted on Monday to raise fares.")
    assert a.location is not None and a.location.city == "BOSTON"
    assert a.body == "The city council voted on Monday to raise fares."


def test_a_summary_opening_with_another_source_keeps_it() -> None:
    a = wiretext.parse("Chip Maker Expands (Tech Daily)\nWire Desk - The chip maker opened a plant on Monday.")
    assert a.headline == "Chip Maker Expands (Tech Daily)"
    assert a.body == "Wire Desk - The chip maker opened a plant on Monday."


def test_a_title_ending_in_entity_debris_is_a_headline() -> None:
    a = wiretext.parse("Chip Maker Enters Market with  quot;Nova quot;\nThe chip maker said on Monday it would sell Nova.")
    assert a.headline == "Chip Maker Enters Market with quot;Nova quot;"


def test_escaped_markup_in_a_title_stays_escaped() -> None:
    a = wiretext.parse("Markets Rally as Earnings Beat &lt;b&gt;...&lt;/b&gt;\nStocks rose on Monday.")
    assert a.headline == "Markets Rally as Earnings Beat &lt;b&gt;...&lt;/b&gt;"


def test_blank_lines_do_not_count_towards_the_head() -> None:
    # a page's furniture, cut, leaves blank lines between its title and the story
    a = wiretext.parse("Economy Grows\n" + "\n" * 40 + "MEXICO CITY (AP) — The economy grew in the first quarter.")
    assert a.location is not None and a.location.city == "MEXICO CITY"
    assert a.body == "The economy grew in the first quarter."


# -- bylines -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "byline", "authors"),
    [
        ("By Ana Silva", "By Ana Silva", ("Ana Silva",)),
        ("by Staff Writers", "by Staff Writers", ()),
        ("By Ana Silva and Tom Hale", "By Ana Silva and Tom Hale", ("Ana Silva", "Tom Hale")),
        ("By Ana Silva, Reuters", "By Ana Silva, Reuters", ("Ana Silva",)),
        ("Jane Roe, Associated Press Writer", "Jane Roe, Associated Press Writer", ("Jane Roe",)),
        ("Jane Roe, AP Sports Writer", "Jane Roe, AP Sports Writer", ("Jane Roe",)),
        ("Von Anna Weber", "Von Anna Weber", ("Anna Weber",)),
        ("di Marco Rossi", "di Marco Rossi", ("Marco Rossi",)),
    ],
)
def test_byline_shapes(line: str, byline: str, authors: tuple[str, ...]) -> None:
    a = wiretext.parse(f"Storm hits the coast\n{line}\nMIAMI (AP) - Rain fell.")
    assert a.headline == "Storm hits the coast"
    assert a.byline == byline
    assert a.authors == authors
    assert a.body == "Rain fell."


def test_agency_is_never_an_author() -> None:
    a = wiretext.parse("Storm hits the coast\nBy Reuters\nMIAMI (Reuters) - Rain fell.")
    assert a.byline == "By Reuters"
    assert a.authors == ()


def test_repeated_headline_is_cut() -> None:
    a = wiretext.parse("Port reopens after strike\nBy Ana Silva\n\nPort reopens after strike\n\nThe port reopened on Friday.")
    assert a.headline == "Port reopens after strike"
    assert a.body == "The port reopened on Friday."
    assert any(n.kind == "repeated-headline" for n in a.notes)


# -- issue 17, family 4: a byline at the end of the headline line --------------


@pytest.mark.parametrize(
    ("text", "headline", "byline", "authors"),
    [
        # AFP English, the name in title case
        ("Old harbour finds a new life by Anne Dupont\nMARSEILLE, France, March 3, 2024 (AFP) - The fish market reopened.",
         "Old harbour finds a new life", "by Anne Dupont", ("Anne Dupont",)),
        # AFP English, the name in capitals
        ("Rice farmers bet on drones By THI NGUYEN\nHANOI, May 2, 2024 (AFP) - Drones now spray half the fields.",
         "Rice farmers bet on drones", "By THI NGUYEN", ("THI NGUYEN",)),
        # two writers, Reuters' style of dateline
        ("Portrait of a port city by Jo Lim and Ana Ruiz\nVALENCIA, Spain, May 2 (Reuters) - Cranes stood still.",
         "Portrait of a port city", "by Jo Lim and Ana Ruiz", ("Jo Lim", "Ana Ruiz")),
        # a glued headline without a dateline below it (the first line is taken as a title)
        ("Night trains return to the Alps by Marc Leroy\n\nThe first sleeper left Zurich at ten.",
         "Night trains return to the Alps", "by Marc Leroy", ("Marc Leroy",)),
    ],
)
def test_a_byline_ending_the_headline_line_is_the_byline(
    text: str, headline: str, byline: str, authors: tuple[str, ...]
) -> None:
    a = wiretext.parse(text)
    assert (a.headline, a.byline, a.authors) == (headline, byline, authors)
    assert [n.kind for n in a.notes if n.kind.startswith("byline")] == ["byline-from-headline"]


@pytest.mark.parametrize(
    "headline",
    [
        "Stocks hit by rate fears",  # no name after "by"
        "Town struck by Hurricane Katia",  # a participle before "by", a storm's name
        "Bill signed by President Lee Jae-sun",  # a title, not a byline
        "Ferry links cut by Storm Babet",
        "Wine sales lifted by New Zealand",  # a place
        "Rates held by Bank Indonesia",
    ],
)
def test_by_in_a_headline_that_names_no_writer_stays(headline: str) -> None:
    a = wiretext.parse(f"{headline}\nJAKARTA, May 2, 2024 (Reuters) - The market opened higher on Thursday.")
    assert (a.headline, a.byline) == (headline, None)
    assert not [n for n in a.notes if n.kind.startswith("byline")]


def test_a_title_line_that_is_only_a_byline_gives_no_headline() -> None:
    for line in ("By Marc Leroy", "BY ANNE DUPONT"):
        a = wiretext.parse(f"{line}\nLYON, France, March 3, 2024 (AFP) - Trains ran late after a storm.")
        assert (a.headline, a.byline) == (None, line)


def test_a_title_case_headline_ending_in_by_and_a_name_is_kept_with_a_note() -> None:
    # "by Anne Dupont" and "by Tiny Margins" look alike in title case: the words stay, a note says so.
    a = wiretext.parse("Old Harbour Finds a New Life by Anne Dupont\nMARSEILLE, March 3 (AFP) - The market reopened.")
    assert (a.headline, a.byline) == ("Old Harbour Finds a New Life by Anne Dupont", None)
    unsure = [n for n in a.notes if n.kind == "byline-unsure"]
    assert len(unsure) == 1 and "'by Anne Dupont'" in unsure[0].message
    assert unsure[0].span == (29, 43)


# -- issue 17, family 5: head lines a scraper marked -----------------------------


@pytest.mark.parametrize("marker", ["-- ", "* ", "• "])
def test_head_lines_marked_by_a_scraper_are_the_heads_fields(marker: str) -> None:
    text = (f"{marker}Port strike ends after ten days\n{marker}By Jane Roe\n{marker}2024-03-03 14:05 GMT\n"
            f"{marker}https://example.com/news/port-strike\n\n"
            "ROTTERDAM, March 3 (Reuters) - Dock workers went back to work on Sunday.")
    a = wiretext.parse(text)
    assert (a.headline, a.byline, a.authors) == ("Port strike ends after ten days", "By Jane Roe", ("Jane Roe",))
    assert a.date is not None and a.date.isoformat() == "2024-03-03"  # the dateline's day, the stamp's year
    assert a.body == "Dock workers went back to work on Sunday."
    kinds = [n.kind for n in a.notes]
    assert {"scraper-marker", "page-stamp", "url-line"} <= set(kinds)
    assert "head-extra" not in kinds
    assert [n.message for n in a.notes if n.kind == "url-line"] == [
        "removed the web address 'https://example.com/news/port-strike' from the head"
    ]


def test_a_scrapers_page_stamp_is_the_date_when_the_dateline_has_none() -> None:
    text = ("* Ferry service resumes on the fjord\n* By Ola Nordmann\n* March 3, 2024 2:05 PM\n"
            "* https://example.org/2024/03/03/ferry\n\nBERGEN, Norway (AP) — The first ferry left at dawn.")
    a = wiretext.parse(text)
    assert (a.headline, a.byline) == ("Ferry service resumes on the fjord", "By Ola Nordmann")
    assert a.agency is not None and a.agency.code == "AP"
    assert a.date is not None and a.date.isoformat() == "2024-03-03"
    assert any(n.kind == "date-from-page-stamp" for n in a.notes)
    assert explain_labels(text) >= {"scraper-marker", "url-line", "headline", "byline", "dateline", "body"}


def test_head_lines_not_all_marked_keep_their_text() -> None:
    # One line of bullets under a plain headline (Reuters' summary points): nothing is unmarked.
    text = "Bond yields rise\n* ECB meeting in focus\n\nLONDON, March 3 (Reuters) - Yields rose on Monday."
    a = wiretext.parse(text)
    assert a.headline == "Bond yields rise"
    assert not any(n.kind == "scraper-marker" for n in a.notes)
    assert any(n.kind == "head-extra" and "* ECB" in n.message for n in a.notes)


def explain_labels(text: str) -> set[str]:
    return {seg.label for seg in wiretext.explain(text)}


def test_a_line_of_markup_is_no_headline() -> None:
    # a scrap of a page's head read as text: the tag closes, or does not, on the line
    for text in ('--><meta property="og:title" content="', "</title>", "<title>\nPARIS (AFP) - Rain fell."):
        a = wiretext.parse(text)
        assert a.headline is None, text
        assert "html-tag" in [n.kind for n in a.notes], text
    # a stock ticker in capitals is no tag
    assert wiretext.parse("FIRM <ABC> SAYS PROFIT UP\nNEW YORK, March 3 - Profit rose.").headline == (
        "FIRM <ABC> SAYS PROFIT UP")


# -- the stage's early return ----------------------------------------------------

_NO_HEAD = [
    "LIMA, 12 MAR 90 (EFE) -- [TEXT] THE COUNCIL MET.",
    "PARIS (AFP) - Rain fell.",
    "AP - The Senate voted on Tuesday.",
    "\n\n  OSLO, Feb 3 (NTB) - Snow.\n Reuter",
    "Snow fell on the fjord all night, and the ferries stayed in port until noon on Sunday.",
    "By Jo Lim\nOSLO, Feb 3 (NTB) - Snow.",
    "",
]


_PIECES = ["LIMA, 12 MAR 90 (EFE) -- ", "[TEXT] ", "PARIS (AFP) - ", "AP - ", "By Jo Lim\n", "\n", "  ", "Rain fell. ",
           "THE COUNCIL MET.", " Reuter", "Port reopens\n", "(c) 2024 AFP", "Acme Corp (ACME) Shares rose", "* "]


@given(st.sampled_from(_NO_HEAD) | st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
def test_a_head_of_no_line_and_no_headline_leaves_nothing_to_sort(text: str) -> None:
    # head.run returns early where there is no head line and no headline: what it skips
    # (sorting the head lines, the repeated headline) does nothing then.  (Generated
    # texts: those with a head line or a headline are passed.)
    from wiretext.pipeline import analyse
    from wiretext.stages import head

    s = analyse(text, until="head")
    if s.head_lines or s.headline is not None:
        return  # (a text the early return is not taken on)
    before = (list(s.labels), list(s.notes), s.work, s.byline, s.head_agencies, s.body_start)
    head._sort_head_lines(s, s.work, s.head_lines, -1)
    head._drop_repeated_headline(s)
    assert (s.labels, s.notes, s.work, s.byline, s.head_agencies, s.body_start) == before


def test_the_early_return_is_taken_on_broadcast_copy() -> None:
    from wiretext.pipeline import analyse

    s = analyse(_NO_HEAD[0], until="head")
    assert s.head_lines == [] and s.headline is None and s.found is not None
