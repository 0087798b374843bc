"""Stage dateline through parse(): the dateline shapes of each family of agencies, and what is no dateline."""

from __future__ import annotations

import datetime as dt

import pytest

import wiretext

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
    assert a.paragraphs == ("THE MINISTER ARRIVED TODAY.", "HE WILL STAY TWO DAYS.")  # [TEXT] is a marker


def test_muc_parenthesised_country_and_a_broadcaster_that_is_no_agency() -> None:
    a = wiretext.parse("QUITO (ECUADOR), 3 MAY 90 (RADIO CENTRAL NETWORK) -- [TEXT] NEWS.")
    assert a.location is not None
    assert (a.location.city, a.location.region) == ("QUITO", "ECUADOR")
    assert a.date == dt.date(1990, 5, 3)
    assert a.agency is None and a.agencies == ()
    assert [n.message for n in a.notes if n.kind == "broadcaster"] == [
        "the copy's source is the broadcaster 'RADIO CENTRAL NETWORK', not a news agency"
    ]
    assert not any(n.kind == "unknown-agency" for n in a.notes)


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


# -- the stage's own fields (pipeline.analyse up to "dateline") ----------------------


def test_the_dateline_splits_head_lines_from_the_body() -> None:
    from wiretext.pipeline import analyse

    text = "Port reopens\nBy Jo Lim\nPARIS (AFP) - The port reopened."
    s = analyse(text, until="dateline")
    assert s.found is not None
    assert [text[a:b] for a, b in s.head_lines] == ["Port reopens", "By Jo Lim"]
    assert text[s.found.start : s.body_start] == "PARIS (AFP) -"
    assert text[s.body_start :].strip() == "The port reopened."
    assert s.headline is None  # the head stage has not run


def test_a_dateline_under_more_than_six_head_lines_is_not_the_storys() -> None:
    from wiretext.pipeline import analyse
    from wiretext.stages.dateline import MAX_HEAD_LINES

    text = "".join(f"Line {i} of a long head\n" for i in range(MAX_HEAD_LINES + 1)) + "PARIS (AFP) - Rain."
    s = analyse(text, until="dateline")
    assert s.found is None
    assert s.head_lines == []
    assert s.body_start == 0
