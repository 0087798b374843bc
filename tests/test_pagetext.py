"""Page text made by other extractors (html2text, inscriptis, get_text), read by parse.

The pages here are invented in each extractor's layout.  The corpus test at
the end builds the dumps of the shared HTML pages with the extractors
themselves, when ../shared and the extractors are there, and skips otherwise.
"""

from __future__ import annotations

import pytest
from invented import FOOTER, HARBOUR, SECTIONS

import wiretext
from wiretext._page_cues import _published
from wiretext._page_lines import _lines
from wiretext._page_score import _Page
from wiretext._page_untitled import _crumbs
from wiretext._pagetext import glued_view, markdown_view, view
from wiretext.page import find_story

NAV = "\n".join(f"  * [{item}](/{item.lower()}?utm_source=nav)" for item in ("World", "Business", "Sport", "Culture"))

# html2text's Markdown: links, a bullet menu, the headline as "# ", paragraphs
# wrapped at 78 columns, a picture, bold, escapes, a footer.
MARKDOWN = f"""[](/)

HARBOUR HERALD

{NAV}

[Share](https://social.example/share?u=https://harbour.example/quay-\nreopens)

# Northern quay reopens after a week of repairs

By Mara Lind

![Ferries at the quay](https://img.example/quay.jpg)

ROTTERDAM (AFP) - The harbour authority reopened the northern quay on Tuesday
after a week of repairs to the sea wall, letting ferries dock again, a
spokesman for the authority said in a **statement** on Tuesday evening.

Engineers replaced two hundred metres of stone and raised the wall by half a
metre, the authority said, adding that the work had cost less than [planned
earlier](/quay-budget) this year.

Ferry operators said timetables would return to normal from Thursday, and that
tickets bought for cancelled crossings would be refunded in full.

Related

  * [Ferries cancelled as storm nears](/ferries)
  * [Sea wall works begin](/works)
  * [Harbour fees to rise](/fees)

  1\\. [Contact](/contact)
  2\\. [Privacy](/privacy)

© 2025 Harbour Herald. All rights reserved.
"""

# inscriptis: nested blocks indented, "*" bullets, no <title> line.
INSCRIPTIS = """            HARBOUR HERALD
            Search
            * World
            * Business
            * Sport
            * Culture
            * Travel
              Share
              * Facebook
              * X
              * Email

            Northern quay reopens after a week of repairs
            By Mara Lind
            12 March 2025, 09:14
              Ferries at the quay. Photo: Jan Berg

          ROTTERDAM (AFP) - The harbour authority reopened the northern quay on Tuesday after a week of repairs to the sea wall, letting ferries dock again, a spokesman said.

          Engineers replaced two hundred metres of stone and raised the wall by half a metre, the authority said, adding that the work had cost less than planned.

          Ferry operators said timetables would return to normal from Thursday, and that tickets bought for cancelled crossings would be refunded in full.

            Related
            * Ferries cancelled as storm nears
            * Sea wall works begin
            * Harbour fees to rise
            * Contact
            * Privacy
            * Imprint
            © 2025 Harbour Herald
"""


def test_markdown_view_leaves_the_markup_out_and_joins_wrapped_lines() -> None:
    v = markdown_view(MARKDOWN)
    assert "](" not in v.text
    assert "**" not in v.text
    assert "quay on Tuesday after a week of repairs to the sea wall, letting ferries dock again, a spokesman" in v.text
    assert v.text[v.marked[0] :].split("\n", 1)[0] == "Northern quay reopens after a week of repairs"
    # every piece of markup is a cut of the text, and the view maps back into it
    assert all(c.rule == "page-markup" for c in v.cuts)
    at = v.text.index("ROTTERDAM")
    assert MARKDOWN[v.origin(at) : v.origin(at) + 9] == "ROTTERDAM"


def test_html2text_page() -> None:
    a = wiretext.parse(MARKDOWN)
    assert a.headline == "Northern quay reopens after a week of repairs"
    assert (a.agency and a.agency.code, a.location and a.location.city) == ("AFP", "ROTTERDAM")
    assert a.authors == ("Mara Lind",)
    assert a.body.startswith("The harbour authority reopened the northern quay")
    assert "cost less than planned earlier this year." in " ".join(a.body.split())
    for debris in ("](", "**", "utm_source", "Ferries cancelled", "Privacy", "\\."):
        assert debris not in a.body


def test_inscriptis_page() -> None:
    assert view(INSCRIPTIS, copy=True) is not None
    a = wiretext.parse(INSCRIPTIS)
    assert a.headline == "Northern quay reopens after a week of repairs"
    assert (a.agency and a.agency.code, a.location and a.location.city) == ("AFP", "ROTTERDAM")
    assert a.body.startswith("The harbour authority reopened the northern quay")
    assert a.body.endswith("refunded in full.")


# BeautifulSoup's get_text() with no separator: the title, then the whole page
# glued on one line, block to block ("NewsWorld", "Tuesday.Engineers").
GET_TEXT = (
    "Northern quay reopens after a week of repairs | Harbour Herald"
    + "Harbour HeraldSearchWorldBusinessSportCultureTravelOpinionWeatherPodcastsNewslettersShare"
    + "Northern quay reopens after a week of repairs"
    + "By Mara LindFerries at the quay. Photo: Jan Berg/ReutersROTTERDAM (AFP) - The harbour authority reopened"
    " the northern quay on Tuesday after a week of repairs to the sea wall, letting ferries dock again, a spokesman"
    " said.Engineers replaced two hundred metres of stone and raised the wall by half a metre, the authority said,"
    " adding that the work had cost less than planned.Ferry operators said timetables would return to normal from"
    " Thursday, and that tickets bought for cancelled crossings would be refunded in full."
    + "Passengers who had booked crossings for the weekend were told to check the operators' websites, since some"
    " early sailings could still be moved to the southern quay while the last of the paving was finished."
    + "RelatedFerries cancelled as storm nearsSea wall works beginHarbour fees to riseNew ferry terminal planned"
    + "Port traffic rises againContactPrivacyImprintJobsAdvertiseNewslettersArchiveTerms of use"
    + "© 2025 Harbour Herald"
)


def test_glued_view_puts_the_blocks_on_lines_of_their_own() -> None:
    v = glued_view(GET_TEXT)
    assert v is not None
    lines = v.text.split("\n")
    assert lines[0] == "Northern quay reopens after a week of repairs | Harbour Herald"
    assert {"Search", "World", "Business", "Sport"} <= set(lines)
    assert "Engineers replaced two hundred metres of stone and raised the wall by half a metre, the authority said," \
        " adding that the work had cost less than planned." in lines
    at = v.text.index("ROTTERDAM")
    assert GET_TEXT[v.origin(at) : v.origin(at) + 9] == "ROTTERDAM"
    # names glue words too, but a story full of them is no page
    prose = "McDonald said the iPhone app outage lasted an hour on Tuesday, and that engineers had worked on it all day. "
    assert glued_view((prose * 3 + "\n") * 4) is None


def test_get_text_page() -> None:
    a = wiretext.parse(GET_TEXT)
    assert a.headline == "Northern quay reopens after a week of repairs"
    assert (a.agency and a.agency.code, a.location and a.location.city) == ("AFP", "ROTTERDAM")
    assert a.body.startswith("The harbour authority reopened the northern quay")
    assert a.body.endswith("while the last of the paving was finished.")
    assert "Jan Berg" not in a.body  # the picture credit glued before the dateline


def test_get_text_a_capitals_picture_credit_glued_before_the_dateline_is_a_credit() -> None:
    text = (
        "Storm hits coast | Harbour Herald" + "HomeWorldSportCultureTravelOpinionWeatherPodcasts" * 30
        + "Storm hits coast" + "Waves break over the sea wall on Tuesday. Jane Doe, ASSOCIATED PRESS WASHINGTON (AP) — A storm"
        " hit the coast on Tuesday, cutting power to thousands of homes.It was the worst storm in a decade, officials"
        " said, and crews worked through the night.Schools will stay closed on Wednesday." + "RelatedContactPrivacy"
    )
    a = wiretext.parse(text)
    assert a.dateline is not None and a.location is not None
    assert (a.dateline.text, a.location.city, a.agency and a.agency.code) == ("WASHINGTON (AP) —", "WASHINGTON", "AP")
    assert a.body.startswith("A storm hit the coast")
    assert "Jane Doe" not in a.body


def test_get_text_of_a_page_whose_html_source_wraps_its_paragraphs() -> None:
    nav = "\n".join(["World", "Business", "Sport", "Culture", "Travel", "Opinion", "Weather"])
    wrapped = (
        "ROTTERDAM (AFP) - The harbour authority reopened the northern quay\non Tuesday after a week of repairs"
        " to the sea wall,\nletting ferries dock again, a spokesman said.\n\n"
        "Engineers replaced two hundred metres of stone and raised\nthe wall by half a metre, the authority said,"
        "\nadding that the work had cost less than planned.\n\n"
        "Ferry operators said timetables would return to normal from\nThursday, and that tickets bought for"
        " cancelled crossings\nwould be refunded in full, and that the\nnew timetable would be\nposted on the"
        " quay.\n\n"
        "Residents had complained for months\nabout the noise of the works at night,\nand the council had asked"
        " the authority\nto finish the repairs before the summer\nseason began.\n\n"
    )
    text = f"Quay reopens | Harbour Herald\n\n{nav}\n\nQuay reopens\n\n{wrapped}Related\n{nav}\n"
    v = view(text, copy=True)
    assert v is not None
    assert v.layout == "laid-out"
    a = wiretext.parse(text)
    assert (a.headline, a.location and a.location.city) == ("Quay reopens", "ROTTERDAM")
    assert "raised the wall by half a metre" in " ".join(a.body.split())
    assert a.body.endswith("before the summer season began.")
    assert "posted on the quay." in a.body


def test_plain_text_has_no_view() -> None:
    story = "ROTTERDAM (AFP) - The harbour authority reopened the northern quay on Tuesday.\n" * 3
    assert view(story, copy=False) is None
    assert view(story, copy=True) is None
    assert find_story("Quay reopens\nROTTERDAM (AFP) - The quay reopened.\n") is None


def test_glued_view_keeps_a_word_that_opens_with_one_or_two_small_letters_whole() -> None:
    # get_text() glues blocks ("agoShare"), but a word may open with small letters before a
    # capital: "iPhone", "eBay", and the class prefixes of Zulu and Xhosa ("eThekwini", "kaZuma")
    page = (
        "Taxi ranks move | Coast Courier"
        + "HomeNewsSportWeatherTravel" * 3
        + "Taxi ranks move to the new terminal in eThekwini"
        + "Published 3 hours agoShare"
        + "Taxi ranks in eThekwini moved to the new terminal on Monday, the city said.Drivers praised the"
        " iPhone app that books the bays.Commuters in uMlazi said the queues were shorter.It was sold on eBay."
        + "RelatedContactPrivacy"
    )
    v = glued_view(page)
    assert v is not None
    lines = v.text.split("\n")
    assert "Taxi ranks move to the new terminal in eThekwini" in lines
    assert "Published 3 hours ago" in lines  # a block glued to the next is still cut
    joined = " ".join(lines)
    for word in ("eThekwini", "iPhone", "uMlazi", "eBay"):
        assert f" {word}" in joined
    assert not any(line.startswith(("Thekwini", "Phone", "Mlazi", "Bay")) for line in lines)


# inscriptis pages with no <title> line, their headline over a standfirst, a question, a reading time.
def _untitled(head: list[str]) -> str:
    menu = "\n".join(f"            * {item}" for item in SECTIONS)
    story = "\n\n".join(f"          {p}" for p in HARBOUR)
    after = "\n".join(f"            * {item}" for item in FOOTER)
    top = "\n\n".join(f"            {line}" for line in head)
    return f"            HARBOUR HERALD\n{menu}\n\n{top}\n\n{story}\n\n            Related\n{after}\n"


def test_untitled_page_headline_over_a_long_standfirst() -> None:
    text = _untitled([
        "Harbour",
        "Northern quay reopens after a week of repairs",
        "Ferries can dock again after engineers rebuilt the sea wall that the winter storms had broken in three"
        " places along the old harbour front",
        "By Mara Lind",
        "12 March 2025, 09:14",
    ])
    a = wiretext.parse(text)
    assert a.headline == "Northern quay reopens after a week of repairs"
    assert a.body.startswith("Ferries can dock again") or a.body.startswith("The harbour authority")


def test_untitled_page_headline_may_ask_a_question_when_a_byline_follows() -> None:
    text = _untitled(["Is the northern quay safe for ferries again?", "By Mara Lind", "12 March 2025, 09:14"])
    assert wiretext.parse(text).headline == "Is the northern quay safe for ferries again?"


def test_untitled_page_a_question_under_the_headline_is_its_standfirst() -> None:
    text = _untitled([
        "Northern quay reopens after a week of repairs",
        "Can the sea wall hold another winter?",
        "By Mara Lind",
        "12 March 2025, 09:14",
    ])
    assert wiretext.parse(text).headline == "Northern quay reopens after a week of repairs"


def test_untitled_page_a_reading_time_over_a_long_headline_is_no_headline() -> None:
    head = (
        "Northern quay reopens after a week of repairs to the sea wall and ferries dock again at the old harbour"
    )
    text = _untitled(["Reading time: 6 min", head, "By Mara Lind", "12 March 2025, 09:14"])
    assert wiretext.parse(text).headline == head


HEAD = "Northern quay reopens after a week of repairs"


@pytest.mark.parametrize("ago", ["vor 3 Stunden", "3 hours ago", "il y a 2 heures", "hace 5 horas", "for 2 timer siden"])
def test_untitled_page_a_time_given_as_a_while_ago_is_no_headline_and_signs_the_one_above(ago: str) -> None:
    text = _untitled([HEAD, "Mara Lind | Jon Berg", ago])
    assert wiretext.parse(text).headline == HEAD


def test_untitled_page_a_caption_over_its_credit_is_no_headline() -> None:
    text = _untitled([HEAD, "By Mara Lind", "Engineers at work on the sea wall on a grey Monday morning", "© Jon Berg"])
    assert wiretext.parse(text).headline == HEAD


def test_untitled_page_the_headline_may_come_back_on_the_page() -> None:
    # a breadcrumb, a share text and a teaser repeat it: a line of five words or more is still the headline
    copies = "\n\n".join(f"            {line}" for line in (HEAD, "Share: " + HEAD, HEAD, HEAD))
    text = _untitled([HEAD, "By Mara Lind", "12 March 2025, 09:14"]) + "\n" + copies + "\n"
    assert wiretext.parse(text).headline == HEAD


STANDFIRST = "Ferries can dock again after engineers rebuilt the sea wall that the winter storms had broken"


@pytest.mark.parametrize(
    "head",
    [
        [STANDFIRST, "By Mara Lind"],
        ["By Mara Lind", "12 March 2025, 09:14"],
        [STANDFIRST, "Video"],
    ],
    ids=["standfirst-byline", "byline-stamp", "standfirst-button"],
)
def test_untitled_page_a_caption_in_the_head_leaves_the_headline_to_the_line_starting_it(head: list[str]) -> None:
    # Section / Headline / ... / a picture's caption over the photographer's name, right above the lead
    text = _untitled(["Harbour", HEAD, *head, "Engineers at work on the sea wall on a grey morning", "Jon Berg"])
    assert wiretext.parse(text).headline == HEAD


SHARE = "\n".join(["Share this story", "Facebook", "X", "Email", "Print", "Copy link", "Save", "Listen"])


@pytest.mark.parametrize(
    "head",
    [
        [STANDFIRST, "By Mara Lind", "12.03.2025, 09:14", SHARE,
         "Engineers at work on the sea wall on a grey morning", "Jon Berg | Ola Dahl"],
        [STANDFIRST, "Author of the article:", "Mara Lind", SHARE,
         "Subscribers read every story on our app as part of their plan", "Updated 3 hours ago"],
    ],
    ids=["caption-names", "offer-ago"],
)
def test_untitled_page_a_headline_a_byline_signs_wins_over_a_line_nearer_the_lead(head: list[str]) -> None:
    # a caption or an offer right above the lead, that names or a "3 hours ago" follow, is further from
    # the headline than a few lines: the line starting the head a byline signs is the headline
    assert wiretext.parse(_untitled(["Harbour", HEAD, *head])).headline == HEAD


def test_untitled_page_a_dek_right_under_the_headline_is_no_headline() -> None:
    # the headline over a shorter dek, both blocks of their own after a section's label
    text = _untitled(["Harbour", HEAD, "Ferries wait as the wall is finished", "News"])
    assert wiretext.parse(text).headline == HEAD


def test_untitled_page_a_line_naming_a_buttons_icon_is_no_headline() -> None:
    ui = "Saved articles bookmark Account settings account_circle Manage newsletters"
    assert wiretext.parse(_untitled(["Harbour", ui, HEAD, STANDFIRST, "By Mara Lind"])).headline == HEAD


def test_untitled_page_hyphenated_names_alone_sign_the_headline() -> None:
    text = _untitled(["Harbour", HEAD, "Jon Berg-Dahl og Ola Reimer-Johansen", "Engineers at work on the sea wall"])
    assert wiretext.parse(text).headline == HEAD


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Published Fri, Mar 14 20252:23 PM EST", True),
        ("Veröffentlicht am 14.03.2025, 17:59", True),
        ("Mis à jour le 14/03/2025 à 09h42", True),
        ("Published works of 1920s harbour poets", False),
        ("Updated guidance for ferry passengers", False),
    ],
)
def test_a_time_stamp_behind_its_label(line: str, stamp: bool) -> None:
    assert _published(_lines(line)[0]) is stamp


def test_untitled_page_a_kicker_right_above_the_headline_stays_a_kicker() -> None:
    text = _untitled(["Harbour", "Winter storms on the old front", HEAD, "By Mara Lind", "12 March 2025, 09:14"])
    assert wiretext.parse(text).headline == HEAD


@pytest.mark.parametrize(
    "head",
    [
        "Von Hafen bis Deich: Die Küste rüstet sich für den nächsten Sturm",  # opens with a byline's word
        "Harbour board votes to close the old quay for good at the end of 2026",  # holds a year
    ],
)
def test_untitled_page_a_long_title_is_no_byline_or_date(head: str) -> None:
    text = _untitled([head, "Von Mara Lind", "12.03.2025, 09:14"])
    assert wiretext.parse(text).headline == head


def test_untitled_page_a_rights_line_with_a_year_is_no_headline() -> None:
    text = _untitled(["Copyright Jon Berg/Copyright 2025 Harbour Herald. All rights reserved", "By Mara Lind"])
    assert wiretext.parse(text).headline != "Copyright Jon Berg/Copyright 2025 Harbour Herald. All rights reserved"


def test_get_text_whose_blocks_stand_apart_by_the_sources_white_space() -> None:
    # get_text() of a page whose HTML source indents its blocks: one line, the blocks apart by runs of blanks
    menu = "   ".join(("World", "Business", "Sport", "Culture", "Travel", "Opinion", "Weather", "Podcasts")) + "   "
    story = (
        "ROTTERDAM (AFP) - The harbour authority reopened the northern quay on Tuesday after a week of repairs to"
        " the sea wall, letting ferries dock again, a spokesman said.      Engineers replaced two hundred metres"
        " of stone and raised the wall by half a metre, the authority said, adding that the work had cost less"
        " than planned.      Ferry operators said timetables would return to normal from Thursday, and that"
        " tickets bought for cancelled crossings would be refunded in full.      "
    )
    text = (
        "Northern quay reopens after a week of repairs | Harbour Herald      " + menu * 4
        + "Northern quay reopens after a week of repairs      By Mara Lind      " + story
        + "Related      Ferries cancelled as storm nears      Sea wall works begin      " + menu * 2
        + "© 2025 Harbour Herald"
    )
    v = view(text, copy=False)
    assert v is not None and v.layout == "page"
    assert "Sport" in [line.strip() for line in v.text.split("\n")]
    a = wiretext.parse(text)
    assert a.headline == "Northern quay reopens after a week of repairs"
    assert (a.agency and a.agency.code, a.location and a.location.city) == ("AFP", "ROTTERDAM")
    assert a.body.startswith("The harbour authority reopened the northern quay")
    assert " ".join(a.body.split()).endswith("would be refunded in full.")
    assert "Podcasts" not in a.body and "Ferries cancelled" not in a.body
    # inscriptis indents its paragraphs: blanks at a line's start are no gap between blocks
    indented = "\n".join(f"            {story}" for _ in range(8)) + "\n" + "\n".join(f"  * item {i}" for i in range(30))
    assert glued_view(indented) is None


def test_untitled_page_a_breadcrumbs_last_item_the_page_repeats_is_the_headline() -> None:
    # inscriptis: "1. Home / 2. World / 3. Headline", then the page shows the same words (a colon
    # the layout lost); the breadcrumb spells it as the page names it
    text = _untitled([
        "1. Home\n            2. World\n            3. Ports: Northern quay reopens after a week of repairs",
        "Harbour",
        "Ports Northern quay reopens after a week of repairs",
        "Mara Lind, Rotterdam",
    ])
    assert wiretext.parse(text).headline == "Ports: Northern quay reopens after a week of repairs"
    # a lone list item the page repeats (a button: "* Save / Save") is no breadcrumb, nor an item in mid-list
    lines = _lines("By Mara Lind\n* Save this story for later\nSave this story for later\n"
                   "* Home\n* Ports: the quay reopens\n* Weather\nPorts: the quay reopens\n"
                   "* Home\n* Ports: the quay reopens\nPorts: the quay reopens\n")
    page = _Page(lines)
    page.score()
    assert [lines[k].text for k in _crumbs(page, [True] * page.n)] == ["* Ports: the quay reopens"]
    assert _crumbs(page, [True] * page.n) == [8]


# html2text: a breadcrumb whose last item the page marks as its headline ("  * # Headline", "  3. # Headline").
def _breadcrumbed(crumb: str, shown: list[str]) -> str:
    nav = "\n".join(f"  * [{item}](/{item.lower()})" for item in ("World", "Business", "Sport", "Culture", "Travel"))
    story = (
        "The harbour authority reopened the northern quay on Tuesday after a week of\nrepairs to the sea wall,"
        " letting ferries dock again, a spokesman said.\n\nEngineers replaced two hundred metres of stone and"
        " raised the wall by half a\nmetre, the authority said, adding that the work had cost less than planned.\n\n"
        "Ferry operators said timetables would return to normal from Thursday, and\nthat tickets bought for"
        " cancelled crossings would be refunded in full.\n"
    )
    head = "\n\n".join(shown)
    return f"{nav}\n\n  1. [Home](/)\n  2. [Ports](/ports)\n{crumb}\n\n{head}\n\nBy [Mara Lind](/mara)\n\n{story}"


def test_html2text_a_breadcrumb_marked_as_the_headline() -> None:
    text = _breadcrumbed("  3. # „Quay reopens“: ferries dock again after a week", ["Ports"])
    v = markdown_view(text)
    assert any(v.text[at:].startswith("„Quay reopens“") for at in v.marked)
    assert wiretext.parse(text).headline == "„Quay reopens“: ferries dock again after a week"
    # the page shows the breadcrumb's words again, perhaps after a kicker: the breadcrumb spells them
    same = _breadcrumbed("  * # Quay reopens: ferries dock again", ["Ports", "## Ports Quay reopens ferries dock again"])
    assert wiretext.parse(same).headline == "Quay reopens: ferries dock again"


def test_html2text_the_headline_shown_under_a_breadcrumb_in_other_words() -> None:
    text = _breadcrumbed(
        "  * # Northern quay works end: ferries dock again",
        ["Harbour", "## Engineers finish the northern quay a week early"],
    )
    assert wiretext.parse(text).headline == "Engineers finish the northern quay a week early"


def test_get_text_capitals_and_a_picture_credit_glued_to_the_next_block() -> None:
    page = (
        "Quay reopens | Harbour Herald" + "HomeWorldSportCultureTravelOpinion" * 3 + "SUBSCRIBE"
        + "Quay reopens after a week of repairs© JAN BERG" + "ROTTERDAM (AFP) - The quay reopened.It rained." * 6
    )
    v = glued_view(page)
    assert v is not None
    lines = v.text.split("\n")
    assert "SUBSCRIBE" in lines
    assert "Quay reopens after a week of repairs" in lines
    assert any(line.startswith("© JAN BERG") for line in lines)


def test_get_text_a_skip_link_glued_before_the_title() -> None:
    # "Skip to content" glued before the title: the title is the second block, and comes back below
    text = GET_TEXT.replace("Northern quay reopens after a week of repairs | Harbour Herald", "Skip to content", 1)
    text = text.replace("Harbour HeraldSearch", "Northern quay reopens after a week of repairsSearch", 1)
    v = view(text, copy=False)
    assert v is not None and v.text.split("\n")[0] == "Skip to content"
    a = wiretext.parse(text)
    assert a.headline == "Northern quay reopens after a week of repairs"
    assert a.body.startswith("The harbour authority reopened the northern quay")
    assert "Skip to content" not in a.body


def test_untitled_page_a_labelled_byline_is_no_headline() -> None:
    text = _untitled(["Northern quay reopens after a week of repairs", "Stand: 12.03.2025, 09:14 Uhr", "Von: Mara Lind",
                      "Kommentare Drucken"])
    assert wiretext.parse(text).headline == "Northern quay reopens after a week of repairs"


def test_untitled_page_headline_with_figures_over_a_standfirst_and_no_caption_cut_off() -> None:
    head = "Ten ferries dock at the northern quay as 300 passengers return"
    text = _untitled([
        head,
        "The harbour authority reopened the quay after a week of repairs to the sea wall that the winter storms broke",
        "Ferries wait at the quay on Tuesday (",
        "Photo: Jan Berg)",
        "By Mara Lind",
    ])
    assert wiretext.parse(text).headline == head
