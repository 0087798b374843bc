"""parse() end to end on invented dispatches in the real shapes."""

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


def test_reuters_brief_is_a_headline_alone() -> None:
    a = wiretext.parse("U.S. FACTORY ORDERS ROSE 1.2 PCT IN JANUARY\n\n")
    assert a.headline == "U.S. FACTORY ORDERS ROSE 1.2 PCT IN JANUARY"
    assert a.body == ""
    assert a.agency is None


def test_headline_wrapped_over_two_lines() -> None:
    a = wiretext.parse("ACME CORP SAYS IT WILL SELL ITS PAPER UNIT TO\nBETA INDUSTRIES\n\n")
    assert a.headline == "ACME CORP SAYS IT WILL SELL ITS PAPER UNIT TO BETA INDUSTRIES"


# -- shape 3: the feed shape ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "code", "city"),
    [
        ("BEIJING, March 31 (Xinhua) -- The ministry said on Monday it would act.", "Xinhua", "BEIJING"),
        ("LONDON, Feb. 9 (Reuters) - The ministry said on Monday it would act.", "Reuters", "LONDON"),
        ("PARIS, Jan 2 (AFP) — The ministry said on Monday it would act.", "AFP", "PARIS"),
        ("KNOXVILLE, Tenn., Jan. 2 (AP) _ The ministry said on Monday it would act.", "AP", "KNOXVILLE"),
        ("CAIRO, Jan. 2 (AP) – The ministry said on Monday it would act.", "AP", "CAIRO"),
    ],
)
def test_feed_shape(line: str, code: str, city: str) -> None:
    a = wiretext.parse(line, reference_date=dt.date(2026, 4, 1))
    assert a.agency is not None and a.agency.code == code
    assert a.location is not None and a.location.city == city
    assert a.body == "The ministry said on Monday it would act."
    assert a.date is not None and a.date.year == 2026


# -- shape 4: MUC --------------------------------------------------------------


def test_muc_shape() -> None:
    a = wiretext.parse("LIMA, 12 AUG 89 (EFE) -- [TEXT] THE MINISTER ARRIVED TODAY.\n\nHE WILL STAY TWO DAYS.")
    assert a.location is not None and a.location.city == "LIMA"
    assert a.date == dt.date(1989, 8, 12)
    assert a.agency is not None and a.agency.code == "EFE"
    assert a.paragraphs == ("[TEXT] THE MINISTER ARRIVED TODAY.", "HE WILL STAY TWO DAYS.")


def test_muc_parenthesised_country_and_unknown_broadcaster() -> None:
    a = wiretext.parse("QUITO (ECUADOR), 3 MAY 90 (RADIO CENTRAL NETWORK) -- [TEXT] NEWS.")
    assert a.location is not None
    assert (a.location.city, a.location.region) == ("QUITO", "ECUADOR")
    assert a.date == dt.date(1990, 5, 3)
    assert a.agency == Agency("RADIO CENTRAL NETWORK", None)
    assert any(n.kind == "unknown-agency" for n in a.notes)


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
    assert labels["(Tech Daily)"] == labels["Tech Daily -"] == "source-credit"


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


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated Dec. 2, 2024 - 02:24",
        "Last updated Dec 2, 2024 - 10:00",
        "Actualizado Lunes, 2 diciembre 2024 - 02:24",
        "Aktualisiert 2. Dezember 2024 - 02:24",
    ],
)
def test_a_pages_time_stamp_is_no_dateline(stamp: str) -> None:
    a = wiretext.parse(f"Ferry Terminal Opens\n{stamp}\nThe town opened its new ferry terminal on Monday.")
    assert a.dateline is None and a.location is None


def test_a_place_ending_in_a_weekday_word_is_still_a_place() -> None:
    a = wiretext.parse("    SANTO DOMINGO, March 4 - The country sold sugar.", reference_date=dt.date(1987, 3, 10))
    assert a.location is not None and a.location.city == "SANTO DOMINGO"
    assert a.date == dt.date(1987, 3, 4)


# -- shape 7: Chinese agencies --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "city", "date"),
    [
        ("新华社北京4月24日电 国家航天局今天发布了新的计划。", "Xinhua", "北京", dt.date(2026, 4, 24)),
        ("中新社上海11月27日电 上海今天迎来初雪。", "CNS", "上海", dt.date(2026, 11, 27)),
        ("新华社北京４月２４日电 国家航天局今天发布了新的计划。", "Xinhua", "北京", dt.date(2026, 4, 24)),  # full-width figures
    ],
)
def test_chinese_agency_datelines(text: str, code: str, city: str, date: dt.date) -> None:
    a = wiretext.parse(text, reference_date=dt.date(2026, 11, 28))
    assert a.agency is not None and a.agency.code == code
    assert a.location is not None and (a.location.city, a.location.country_code) == (city, "CN")
    assert a.date == date
    assert not a.body.startswith(("新华社", "中新社"))


@pytest.mark.parametrize(
    ("text", "city", "code"),
    [
        ("韓国で非常戒厳\n【ソウル共同】韓国の大統領は３日夜、緊急談話を出した。", "ソウル", "Kyodo"),
        ("米政府発表\n【ワシントン時事】米政府は３日、発表した。", "ワシントン", "Jiji"),
        ("韓国で非常戒厳\n【ソウル＝小池和樹】韓国の大統領は３日夜、緊急談話を出した。", "ソウル", None),
    ],
)
def test_japanese_datelines(text: str, city: str, code: str | None) -> None:
    a = wiretext.parse(text)
    assert a.location is not None and a.location.city == city
    assert (a.agency.code if a.agency else None) == code
    assert a.body.startswith(("韓国の", "米政府は"))


def test_a_japanese_bracket_without_a_place_is_no_dateline() -> None:
    a = wiretext.parse("記事の見出し\n【関連記事】ほかの記事を読む")
    assert a.dateline is None


# -- shape 8: Arabic, and credits wiretext does not know ---------------------------


@pytest.mark.parametrize(
    ("text", "code", "city", "body"),
    [
        # Arabic: place words in a script without capitals, the agencies' Arabic credits
        ("القاهرة (رويترز) - قال مسؤولون إن المحادثات ستستأنف.", "Reuters", "القاهرة", "قال مسؤولون"),
        ("باريس (أ ف ب) - أعلنت الحكومة الفرنسية خطة جديدة.", "AFP", "باريس", "أعلنت الحكومة"),
        ("عنوان الخبر\nالكويت (كونا) - استضافت الكويت اجتماعا دوليا.", "KUNA", "الكويت", "استضافت الكويت"),
        # an unknown credit after a known place at a line start
        ("Washington (CNN) — The Senate voted on Monday to pass the bill.", "CNN", "Washington", "The Senate"),
        ("Fire Rages\nLOS ANGELES (KTLA) -- Firefighters battled a blaze on Monday.", "KTLA", "LOS ANGELES",
         "Firefighters"),
    ],
)
def test_credit_and_place(text: str, code: str, city: str, body: str) -> None:
    a = wiretext.parse(text)
    assert a.agency is not None and a.agency.code == code
    assert a.location is not None and a.location.city == city
    assert a.body.startswith(body)


# -- shape 6: a place alone ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "city", "region", "code", "body"),
    [
        # AP copy on the web, its credit dropped (AG News summaries)
        ("Rebels Clash With Troops\nBAGHDAD, Iraq - Troops fought rebels in the city on Sunday.",
         "BAGHDAD", "Iraq", "IQ", "Troops fought rebels in the city on Sunday."),
        ("Stocks Rise\nNEW YORK - Stocks rose for a second day on Tuesday.",
         "NEW YORK", None, "US", "Stocks rose for a second day on Tuesday."),
        ("Storm Nears Coast\nPUNTA GORDA, Fla. -- Crews worked through the night to clear roads.",
         "PUNTA GORDA", "Fla.", "US", "Crews worked through the night to clear roads."),
        # KUNA's own site, with the story on more than one line
        ("KUWAIT -- Kuwait will host a meeting on water next week.\n\nIt opens on Monday.",
         "KUWAIT", None, "KW", "Kuwait will host a meeting on water next week.\n\nIt opens on Monday."),
        # a long dash with no blanks
        ("Firm Cuts Jobs\nTORONTO—The company said on Monday it would cut jobs.",
         "TORONTO", None, "CA", "The company said on Monday it would cut jobs."),
        # below a headline: a city in any case, before a dash, a colon or a period
        ("Strike at Airports\nLondon - A strike by refuellers began at the airports on Monday.",
         "London", None, "GB", "A strike by refuellers began at the airports on Monday."),
        ("Cases Rise\nBHOPAL: The state reported the most cases for the fifth year.",
         "BHOPAL", None, "IN", "The state reported the most cases for the fifth year."),
        ("Brand in Lichterfelde\nBerlin. Die Feuerwehr kämpft gegen einen Brand im Süden.",
         "Berlin", None, "DE", "Die Feuerwehr kämpft gegen einen Brand im Süden."),
        # two cities (a dpa Ortsmarke): no one country
        ("Aktivistin getötet\nLondon/Teheran - Iranische Sicherheitskräfte haben sie getötet.",
         "London/Teheran", None, None, "Iranische Sicherheitskräfte haben sie getötet."),
    ],
)
def test_a_place_alone_is_a_dateline(text: str, city: str, region: str | None, code: str | None, body: str) -> None:
    a = wiretext.parse(text)
    assert a.location is not None
    assert (a.location.city, a.location.region, a.location.country_code) == (city, region, code)
    assert a.agency is None and a.date is None
    assert a.body == body


@pytest.mark.parametrize(
    "text",
    [
        # a text of one line is a headline (a Reuters flash)
        "TOKYO - Bank of Japan buys a small amount of dollars, dealers said",
        # no known place
        "Storm Update\nBREAKING NEWS - The president spoke to the nation tonight.",
        # a headline in title case, not prose, after the place
        "PARIS - Fashion Week Opens\nThe shows began on Monday.",
        # a place not in capitals, with no headline above it
        "Paris - The shows began on Monday in the city.\nThey end on Friday.",
        # a colon after a country, not a city (a headline's topic)
        "USA: Stocks end higher on bargain hunting by funds\nShares rose.",
        "Shares Rise\nFrance: The council voted on Monday to raise the fares again.",
        # no sentence starts after the dash
        "Film Opens\nLondon - where it all began - is the setting for the new film.",
        # a firm's name that opens with a city's ("Jos", Nigeria)
        "Bank Profit Jumps\nJos. A. Bank Clothiers posted a rise in profit on Monday.",
        # a headline in capitals after the place
        "CHINA - U.S. TRADE TALKS OPEN IN BEIJING TODAY\nTalks opened on Monday.",
        # too deep in the text to be the story's dateline
        "Title\nBy Jo Lim\nA first line of the story.\nLONDON - Rain fell on the city on Monday.",
    ],
)
def test_a_place_alone_is_not_taken_where_it_is_no_dateline(text: str) -> None:
    a = wiretext.parse(text)
    assert a.dateline is None and a.location is None


@pytest.mark.parametrize(
    ("text", "dateline", "city", "codes", "date"),
    [
        # a distributor's credit before the dateline proper (AG News)
        ("Ferry Sinks (Canadian Press)\nCanadian Press - ST. JOHN'S, N.L. (CP) - A ferry sank in the harbour.",
         "Canadian Press - ST. JOHN'S, N.L. (CP) -", "ST. JOHN'S", ["CP"], None),
        ("Rain Floods Town (Canadian Press)\nCanadian Press - NAIROBI, Kenya (AP) - Rain flooded the town overnight.",
         "Canadian Press - NAIROBI, Kenya (AP) -", "NAIROBI", ["AP", "CP"], None),
        # a date and a credit, then the place alone
        ("Chip Maker Grows\nMARCH 3, 2004 (TECHWIRE) - BOSTON -- The chip maker said sales rose by a third.",
         "MARCH 3, 2004 (TECHWIRE) - BOSTON --", "BOSTON", ["TECHWIRE"], dt.date(2004, 3, 3)),
    ],
)
def test_a_source_before_the_dateline_is_read_with_it(
    text: str, dateline: str, city: str, codes: list[str], date: dt.date | None
) -> None:
    a = wiretext.parse(text)
    assert a.dateline is not None and a.dateline.text == dateline
    assert a.location is not None and a.location.city == city
    assert [agency.code for agency in a.agencies] == codes
    assert a.date == date
    assert not a.body.startswith(city)


def test_a_place_alone_yields_to_a_dateline_on_the_next_line() -> None:
    a = wiretext.parse("UKRAINE - Talks stall as winter nears in the east\nKYIV, Jan 3 (Reuters) - Talks stalled.")
    assert a.headline == "UKRAINE - Talks stall as winter nears in the east"
    assert a.dateline is not None and a.dateline.text == "KYIV, Jan 3 (Reuters) -"


@pytest.mark.parametrize(
    ("text", "code", "body"),
    [
        ("Airline Profit Rises\nSYDNEY (Dow Jones)--The airline said profit rose.", "Dow Jones",
         "The airline said profit rose."),
        ("Chip Sales Slow\nSAN JOSE (CBS.MW) -- Chip sales slowed in June.", "MarketWatch", "Chip sales slowed in June."),
        ("Team Wins\nDENVER, CO (Sports Network) - The team won its fifth game.", "Sports Network",
         "The team won its fifth game."),
    ],
)
def test_financial_and_sports_wires_are_credits(text: str, code: str, body: str) -> None:
    a = wiretext.parse(text)
    assert a.agency is not None and a.agency.code == code
    assert a.location is not None
    assert a.body == body


@pytest.mark.parametrize(
    ("text", "code", "city", "region", "date"),
    [
        ("NEW YORK, Nov. 27, 2026 /PRNewswire/ -- Acme Corp. announced a new product today.",
         "PR Newswire", "NEW YORK", None, dt.date(2026, 11, 27)),
        ("SAN FRANCISCO--(BUSINESS WIRE)--Acme Inc. today announced record results.",
         "Business Wire", "SAN FRANCISCO", None, None),
        ("AUSTIN, Texas--(BUSINESS WIRE)--Nov. 27, 2026--Acme Inc. today announced results.",
         "Business Wire", "AUSTIN", "Texas", dt.date(2026, 11, 27)),
        ("TORONTO, Nov. 27, 2026 (GLOBE NEWSWIRE) -- Acme Ltd. declared a dividend.",
         "GlobeNewswire", "TORONTO", None, dt.date(2026, 11, 27)),
    ],
)
def test_press_release_wires(text: str, code: str, city: str, region: str | None, date: dt.date | None) -> None:
    a = wiretext.parse(text)
    assert a.agency is not None and a.agency.code == code
    assert a.location is not None and (a.location.city, a.location.region) == (city, region)
    assert a.date == date
    assert a.body.startswith("Acme")


@pytest.mark.parametrize(
    "text",
    [
        "Results Out\nShares of Acme Inc (ACME) - rose on Monday after results.",  # not a place
        "Paris Quiet\nParis (France) - The city was quiet on Monday.",  # a place in the brackets
        "Results Out\nAcme (ACME) - The company said on Monday it would grow.",  # not a known place
        "Results Out\nThe shares rose in London (Acme News) - a record, dealers said.",  # not at a line start
    ],
)
def test_an_unknown_credit_in_brackets_is_otherwise_no_credit(text: str) -> None:
    a = wiretext.parse(text)
    assert a.dateline is None and a.agency is None


def test_a_credited_dateline_still_wins_over_a_place_alone() -> None:
    a = wiretext.parse("Talks Resume\nGENEVA, March 3 (Reuters) - Talks resumed on Monday in the city.")
    assert a.dateline is not None and a.dateline.text == "GENEVA, March 3 (Reuters) -"


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
        wiretext.parse("x", reference_date="2026-01-01")  # type: ignore[arg-type]


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


@pytest.mark.parametrize("error", [InputTooLarge(20, 10), wiretext.InvalidData("date", "not an ISO date")])
def test_errors_pickle(error: Exception) -> None:
    import pickle

    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)


def test_credits_after_a_rights_footer() -> None:
    a = wiretext.parse(
        "Port reopens\nBEIRUT (Reuters) - Ships came in.\n© 2026 Reuters\nReporting by Ana Silva; Editing by Tom Hale"
    )
    assert a.body == "Ships came in."
    assert a.credits == (("reporting", ("Ana Silva",)), ("editing", ("Tom Hale",)))
    assert not any(n.kind == "after-story" for n in a.notes)


def test_text_after_a_rights_footer_is_reported() -> None:
    a = wiretext.parse("Port reopens\nBEIRUT (Reuters) - Ships came in.\n© 2026 Reuters\nSubscribe today for more")
    assert a.body == "Ships came in."
    assert [n.kind for n in a.notes if n.kind in {"after-story", "subscribe-prompt"}]


# -- regressions found by the property tests ------------------------------------


@pytest.mark.parametrize(
    ("text", "city", "region"),
    [
        ("Port opens new plan Sarajevo, Bosnia and Herzegovina, Jan 1 (AFP) Jan 1, 2000 Text.", "Sarajevo", "Bosnia and Herzegovina"),
        ("Sharm el-Sheikh, 1 Januar 2000 (AFP) - Text.", "Sharm el-Sheikh", None),
        ("Port plan\n\nDeir ez-Zor, 1 Januar 2000 (AFP) - Text.", "Deir ez-Zor", None),
    ],
)
def test_place_names_with_small_words(text: str, city: str, region: str | None) -> None:
    a = wiretext.parse(text)
    assert a.location is not None
    assert (a.location.city, a.location.region) == (city, region)
    assert a.body == "Text."


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_line_ends(newline: str) -> None:
    text = "|\n|\nPort opens Kabul, Afghanistan, Jan 1 (AFP) Jan 1, 2000 Ships came. |\n|\n\nSecond para.".replace("\n", newline)
    a = wiretext.parse("\ufeff" + text)
    assert a.headline == "Port opens"
    assert a.paragraphs == ("Ships came.", "Second para.")


def test_repeated_paragraph_in_a_plain_story_is_kept() -> None:
    a = wiretext.parse("OSLO (NTB) - Snow fell.\n\nSnow fell.\n\nRoads closed.")
    assert a.paragraphs == ("Snow fell.", "Snow fell.", "Roads closed.")


def test_repeated_headline_is_cut() -> None:
    a = wiretext.parse("Port reopens after strike\nBy Ana Silva\n\nPort reopens after strike\n\nThe port reopened on Friday.")
    assert a.headline == "Port reopens after strike"
    assert a.body == "The port reopened on Friday."
    assert any(n.kind == "repeated-headline" for n in a.notes)


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


def test_web_paragraphs_one_per_line_and_trailing_credits() -> None:
    a = wiretext.parse(
        "Oil edges up on supply worries\nBy Tom Hale\n"
        "LONDON, Nov 3 (Reuters) - Oil prices edged up on Monday on supply worries.\n"
        "Brent crude rose 30 cents.\n"
        "Reporting by Tom Hale; Editing by Ana Silva\n"
        "Our Standards: The Thomson Reuters Trust Principles.",
        reference_date=dt.date(2025, 11, 4),
    )
    assert a.paragraphs == ("Oil prices edged up on Monday on supply worries.", "Brent crude rose 30 cents.")
    assert a.credits == (("reporting", ("Tom Hale",)), ("editing", ("Ana Silva",)))


def test_xinhua_editor_line_is_a_credit() -> None:
    a = wiretext.parse("BEIJING, Nov. 3 (Xinhua) -- A satellite was launched.\nEditor: Li Xia")
    assert a.body == "A satellite was launched."
    assert a.credits == (("editor", ("Li Xia",)),)


def test_wrapped_copy_stays_one_paragraph() -> None:
    a = wiretext.parse(
        "    CHICAGO, March 3 - Traders said the market rose on Monday as\n"
        "buyers returned after a long weekend. Volume was thin through\n"
        "the session and prices eased late.\n Reuter\n"
    )
    assert len(a.paragraphs) == 1


@pytest.mark.parametrize("runs", [4000, 6000])  # below and above the dense threshold
def test_text_thick_with_control_characters(runs: int) -> None:
    text = "PARIS (AFP) - Rain fell." + "\x07 word" * runs
    a = wiretext.parse(text)
    assert a.body == "Rain fell." + " word" * runs
    kinds = [n.kind for n in a.notes]
    assert kinds.count("control-character") == 1  # one note, however many runs
    segments = wiretext.explain(text)
    assert sum(s.label == "control-character" for s in segments) == runs


def test_ap_contributor_line_is_a_credit() -> None:
    a = wiretext.parse(
        "Lawmakers approve bridge fund\n"
        "WASHINGTON (AP) — Lawmakers approved a fund on Monday to repair three bridges across the region.\n"
        "The vote was 40 to 12.\n___\n"
        "Associated Press writers Jo Lim in Paris and Ana Silva contributed to this report."
    )
    assert a.paragraphs == (
        "Lawmakers approved a fund on Monday to repair three bridges across the region.",
        "The vote was 40 to 12.",
    )
    assert a.credits == (("contributing", ("Jo Lim", "Ana Silva")),)
