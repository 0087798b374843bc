"""Headlines on invented pages in the layouts other extractors make (html2text, inscriptis, get_text).

Each page is invented in the shape a real extractor gives a real page: the
lines and marks as the extractor sets them, the words made up.
"""

from __future__ import annotations

from invented import FOOTER, HARBOUR, SECTIONS

import wiretext

MENU = "\n".join(f"              * {item}" for item in SECTIONS)
STORY = "\n\n".join(f"                    {p}" for p in HARBOUR)
AFTER = "\n".join(f"              * {item}" for item in FOOTER)


def _inscriptis(head: str) -> str:
    """An inscriptis page: a bulleted menu, ``head`` (lines as inscriptis indents them), the story, a footer."""
    return f"        HARBOUR HERALD\n{MENU}\n{head}\n\n{STORY}\n\n              Related\n{AFTER}\n"


def test_inscriptis_a_heading_standing_alone_wins_over_a_menu_line_a_date_follows() -> None:
    # the page's top bar ("Today's Paper", the day's date) stands in a block above the headline,
    # which stands alone between blank lines, signed by a byline naming the paper
    head = "\n".join([
        "              Menu",
        "                \u200c \u200c",
        "                Today's EditionPlace an Ad",
        "                Tuesday, 11 March 2025",
        "                    Port NewsPorts",
        "",
        "                    Northern quay reopens after a week of repairs to the harbour's sea wall",
        "",
        "                      Mara Lind-Berg The Harbour Herald",
        "                    Tue, 11 March 2025 9:27PM",
        "                      Comments",
    ])
    a = wiretext.parse(_inscriptis(head))
    assert a.headline == "Northern quay reopens after a week of repairs to the harbour's sea wall"


def test_inscriptis_a_headline_a_byline_signs_is_not_moved_up_to_a_notice_above_it() -> None:
    # a notice standing alone above the story's head, then a kicker, the headline, standfirst, byline, date
    head = "\n" + "\n\n".join([
        "                  To keep this article, open Your Account, then Saved Stories",
        "                Close Alert",
        "              Note on affiliate links: the editors choose every product on their own, and the shop may pay"
        " us a share of the price when you buy one through a link on this page",
        "                  Harbour",
        "              Northern quay reopens after a week of repairs",
        "                Ferries can dock again at the old harbour front, where the winter storms broke the sea wall"
        " in three places",
        "                By Mara Lind",
        "              11 March 2025",
    ])
    a = wiretext.parse(_inscriptis(head))
    assert a.headline == "Northern quay reopens after a week of repairs"


def _markdown(heading: str) -> str:
    """An html2text page: a linked menu, ``heading`` as it comes (wrapped at 78 columns), a date, the story."""
    nav = "\n".join(f"  * [{item}](/{item.lower()})" for item in ("World", "Business", "Sport", "Culture"))
    story = (
        "The harbour authority reopened the northern quay in Rotterdam on Tuesday\n"
        "after a week of repairs to the sea wall, letting ferries dock again, a\n"
        "spokesman for the authority said on Tuesday evening.\n\n"
        "Engineers replaced two hundred metres of stone and raised the wall by half a\n"
        "metre, the authority said, adding that the work had cost less than planned.\n"
    )
    return f"[](/)\n\n{nav}\n\n[Ports](/ports)\n\n{heading}\n\n11.3.25\n\n{story}\n[Contact](/contact)\n"


def test_html2text_a_heading_that_exclaims_wrapped_over_two_lines() -> None:
    text = _markdown("# Harbour engineers warn: the old northern quay is in truth a sleeping giant\ncrab!")
    a = wiretext.parse(text)
    assert a.headline == "Harbour engineers warn: the old northern quay is in truth a sleeping giant crab!"


def test_html2text_a_heading_wrapped_at_a_words_hyphen_keeps_the_word_whole() -> None:
    text = _markdown(
        "# Northern quay reopens as harbour records its busiest week in the first-\nquarter ferry traffic count"
    )
    a = wiretext.parse(text)
    assert a.headline == "Northern quay reopens as harbour records its busiest week in the first-quarter ferry traffic count"


def test_a_headline_wrapped_at_a_hyphen_in_plain_copy() -> None:
    a = wiretext.parse("Ferries resume cross-\nChannel sailings\nDOVER, March 11 (Reuters) - Ferries sailed again.")
    assert a.headline == "Ferries resume cross-Channel sailings"


PARAGRAPHS = list(HARBOUR)


def _laid_out(title: str, head: list[str]) -> str:
    """A page laid out as html-text or get_text() (its source's line breaks) lay it out: the title first."""
    menu = "\n".join(("Home", "World", "Business", "Sport", "Culture", "Travel", "Opinion", "Weather"))
    more = "\n".join(("Log in", "Subscribe", "Newsletters", "Podcasts"))
    foot = "\n".join(("Contact", "Privacy", "Imprint", "Jobs", "Advertise", "Terms of use"))
    related = "\n".join(("Related", "Ferry fares rise again", "Port news in brief", "The quay in pictures"))
    return "\n\n".join([title, more, menu, "\n".join(head), "Listen\nShare", *PARAGRAPHS, related, foot])


def test_a_kicker_and_headline_on_two_lines_spell_the_whole_title() -> None:
    # the title is the kicker and the headline with no site name after them
    text = _laid_out("Harbour works 2025: When the quay reopens - and what ferries do", [
        "Home Service Harbour works 2025: When the quay reopens - and what ferries do",
        "Harbour works 2025",
        "When the quay reopens - and what ferries do",
    ])
    assert wiretext.parse(text).headline == "Harbour works 2025: When the quay reopens - and what ferries do"


def test_a_kicker_line_ending_with_a_colon_over_other_words_leaves_the_headline_to_the_title() -> None:
    text = _laid_out("Sea wall repairs: Court challenge filed", [
        "Sea wall repairs:",
        "Fishermen take the harbour authority to court",
    ])
    assert wiretext.parse(text).headline == "Sea wall repairs: Court challenge filed"


def test_an_extractors_title_line_loses_its_site_where_the_headline_comes_back_alone() -> None:
    # get_text() of a page with little furniture: the <title> first, blank lines, the headline, the story
    text = "\n" * 12 + "\n\n".join([
        "Northern quay reopens after a week of repairs | Harbour Herald",
        "\n" * 20,
        "Northern quay reopens after a week of repairs",
        "\t\t\tMara Lind\t\t",
        *PARAGRAPHS,
    ])
    a = wiretext.parse(text)
    assert a.headline == "Northern quay reopens after a week of repairs"
    assert "Harbour Herald" not in a.body


def _inscriptis_no_list(head: list[str]) -> str:
    """An inscriptis page with no list (no ``*`` bullets): nested blocks indented, blank lines empty."""
    top = "\n".join(f"      {item}" for item in ("HARBOUR HERALD", "Sign in", "Search", "Newsletters", "Podcasts"))
    more = "\n".join(f"            {item}" for item in ("Port News", "Ferries", "Weather", "Opinion", "Jobs"))
    story = "\n\n".join(f"          {p}" for p in PARAGRAPHS)
    heads = "\n\n".join(f"        {line}" for line in head)
    foot = "\n".join(f"      {item}" for item in ("Contact", "Privacy", "Imprint", "Terms", "Cookies", "Help"))
    return f"{top}\n{more}\n\n{heads}\n\n{story}\n\n{foot}\n"


def test_inscriptis_a_page_with_no_list_is_read_as_inscriptis_lays_it_out() -> None:
    text = _inscriptis_no_list(["Port News", "Northern quay reopens after a week of repairs", "By Mara Lind",
                                "March 11, 2025 at 11:24 a.m."])
    assert wiretext.parse(text).headline == "Northern quay reopens after a week of repairs"


def test_inscriptis_a_menu_glued_on_one_long_line_is_no_get_text_page() -> None:
    glued = "".join(f"Section{i}Topic{i}" for i in range(90))  # a menu's items glued on one line
    text = _inscriptis_no_list(["Northern quay reopens after a week of repairs", "By Mara Lind", "11.03.2025"])
    text = text.replace("      Sign in\n", f"      Sign in\n          {glued}\n")
    assert wiretext.parse(text).headline == "Northern quay reopens after a week of repairs"


def test_wire_copy_indenting_its_paragraphs_stays_whole() -> None:
    # a table of figures, each line indented as the wire indents a paragraph: no blank line, no page
    rows = "\n".join(f"    Item {i} rose {i}.{i} mln crowns vs {i + 1}.0 mln." for i in range(24))
    text = f"HARBOUR BANK AB <HBAB.ST> YEAR 2025\n    OSLO, March 11 - Year ended December 31.\n{rows}\n REUTER\n"
    a = wiretext.parse(text)
    assert a.agency is not None and a.agency.code == "Reuters"
    assert "Item 23 rose" in a.body


def test_html2text_a_heading_of_two_words() -> None:
    text = _markdown("# „Unbroken promise“")
    text = text.replace("11.3.25", "created: **11\\. March 2025, 15:25** in: **[Ports](/ports)**")
    assert wiretext.parse(text).headline == "„Unbroken promise“"


def test_html2text_a_heading_going_on_from_the_one_above_is_no_headline() -> None:
    text = _markdown(
        "# Northern quay reopens after repairs\n\n# … ferry operators relieved as sailings resume\n\n"
        "[ __ Facebook\n](https://social.example/share?u=quay \"Facebook\")[ __ X\n](https://x.example/share)"
    )
    assert wiretext.parse(text).headline == "Northern quay reopens after repairs"


def test_html2text_a_heading_the_breadcrumb_and_a_teaser_repeat() -> None:
    crumb = "  * [Home](/)\n  *  __[Ports](/ports)\n  *  __[Quay reopens after repairs](/quay-reopens)"
    teaser = "\n\n".join(f"[Quay reopens after repairs](/quay-reopens?from={k})" for k in ("top", "side"))
    text = _markdown(f"{crumb}\n\n[Ports](/ports)\n\n# Quay reopens after repairs").replace(
        "[Contact](/contact)", f"{teaser}\n\n[Contact](/contact)"
    )
    assert wiretext.parse(text).headline == "Quay reopens after repairs"


def test_inscriptis_configured_to_show_the_title_reads_the_page_by_its_title() -> None:
    # inscriptis with a css that shows <head> and <title>: the title first, unindented, then the page
    title = "Northern quay reopens after a week of repairs | Harbour Herald"
    page = _inscriptis_no_list([
        "Northern quay reopens after a week of repairs to the harbour's sea wall, the authority says",
        "Port News",
        "Northern quay reopens after a week of repairs",
        "Mara Lind",
    ])
    a = wiretext.parse(f"{title}\n\n{page}")
    assert a.headline == "Northern quay reopens after a week of repairs"
    assert "Harbour Herald" not in a.body


def test_a_byline_glued_after_the_headline_leaves_the_headline_to_the_title() -> None:
    head = "Councillor blames the head teacher for the goats that ate the school's rice and died"
    text = _laid_out(f"{head} - Harbour Herald", [
        f"Home 9 News 9 {head}\n",
        f"{head} by Mara Lind | 5 November 2025",
    ])
    assert wiretext.parse(text).headline == head


def test_inscriptis_a_breadcrumb_trail_ending_in_the_headline_above_it_is_no_headline() -> None:
    head = "Pensioners spend years at the clinic. And it is getting worse, data show"
    text = _inscriptis_no_list([
        "Breadcrumb navigation",
        f"News Business Ports {head}",
        head,
        "Mara Lind",
        "9:51",
        "Log in to listen to this article",
        "Share",
        "3 hours ago",
    ])
    assert wiretext.parse(text).headline == head


def _get_text(title: str, head: str) -> str:
    """get_text() of an invented page: its <title>, a menu glued on, ``head`` (the page's h1 and what the
    source sets beside it), the story, a footer; the blocks glued with no separator."""
    story = "".join(HARBOUR)
    return (
        title + "HomeWorldBusinessSportCultureTravelOpinionWeatherPodcastsNewsletters" * 15
        + head + "By Mara Lind" + story + "RelatedFerries cancelled as storm nearsSea wall works begin"
        + "ContactPrivacyImprintJobsAdvertiseNewslettersArchiveTerms of use© 2025 Harbour Herald"
    )


def test_get_text_the_page_shows_the_title_less_its_kicker() -> None:
    # the <title> has a section's kicker before the headline the page shows: get_text() sets no blank line
    # between blocks, so the headline's line is no item of a list for standing without one
    head = "Northern quay reopens after a week of repairs to the sea wall"
    text = _get_text(f"Port news: {head} | Harbour Herald", head)
    assert wiretext.parse(text).headline == head


def test_get_text_a_block_glued_to_the_headline_by_a_blank_is_left_to_the_title() -> None:
    # "Trending" and the h1 apart by the source's one blank: one line of the view; the title spells the headline
    head = "Northern quay reopens after a week of repairs"
    for shown in (f"Trending {head}", f"{head} Share"):
        text = _get_text(f"{head} | Harbour Herald", shown)
        assert wiretext.parse(text).headline == head


def test_get_text_a_display_headline_glued_to_its_byline_and_a_separator_is_no_headline() -> None:
    # the title's copy, a button, then the page's own headline with its byline and date glued on,
    # ending in the separator before the time: the title's copy stays the headline
    head = "Northern quay reopens after a week of repairs"
    shown = f"{head}FAQNorth quay open again:ferries dock after repairsby Mara Lind22.04.2025 |\n15:54|"
    text = _get_text(f"{head} - Harbour Herald", shown).replace("By Mara Lind", "", 1)
    assert wiretext.parse(text).headline == head


def test_get_text_of_a_page_in_a_script_without_capitals_takes_the_title_that_comes_back() -> None:
    # no capital letter shows where get_text() glued two blocks: the <title> stands first, glued to the
    # menus, and its headline comes back glued to the date above the story
    head = "港口重新开放码头工人周二回到岗位"
    menu = "首页新闻国际体育财经科技文化视频图片评论" * 12
    story = "港务局说，北码头的修复工作已经完成，渡轮可以再次停靠。工人们周二早上回到了码头，货运恢复正常。" * 40
    text = f"{head} - 示例日报{menu}\n\n{head}2025年5月6日 10:30{story}相关新闻联系我们隐私政策"
    a = wiretext.parse(text)
    assert a.headline == head
    assert "首页新闻" not in a.body and "港务局说" in a.body  # the menus glued to the title are out


def test_repeated_title_view_ends_the_title_at_a_words_end() -> None:
    from wiretext._pagetext import _repeated_start, repeated_title_view

    title = "Harbour reopens after a week of repairs | Herald"
    text = title + "x" * 400 + "\nHarbour reopens after a weekly market. " + "Ships dock. " * 200
    # the start that comes back stops inside "weekly": the title's start ends at the word before
    assert text[: _repeated_start(text, len(title) + 400)] == "Harbour reopens after a"
    # a text whose first line is a title alone, or short, is no get_text() page of this kind
    assert repeated_title_view("Harbour reopens\n" + "Ships dock. " * 300) is None
    # nor is a text that repeats itself: its start comes back inside its own words, or longer than a title
    assert repeated_title_view("Rain fell on the harbour. " * 500) is None
    assert repeated_title_view(("Rain fell on the harbour, and the quay was closed again. " * 8 + "\n") * 30) is None


def test_get_text_a_block_glued_to_the_whole_title_leaves_the_headline_without_the_site() -> None:
    # a share widget repeats the whole title ("Share: Headline | Site"): the headline is the title's
    # headline, not the title with its site name
    head = "Northern quay reopens after a week of repairs"
    text = _get_text(f"{head} | Harbour Herald", f"Share on Facebook {head} | Harbour Herald")
    assert wiretext.parse(text).headline == head
