"""Tests for wiretext.page: finding the story inside a whole page's text.

The pages here are invented for these tests; the corpus test at the end reads
the shared labelled pages when they are present and skips otherwise.
"""

from __future__ import annotations

import collections
import importlib.util
import json
import re
import time
import types
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from invented import HARBOUR

import wiretext
from wiretext._spans import Cut
from wiretext.page import Story, find_story

PAGES = Path(__file__).resolve().parents[4] / "shared" / "corpora" / "pages.jsonl"


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def _page_eval() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("page_eval", Path(__file__).resolve().parents[3] / "tools" / "page_eval.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The body as the pipeline takes it: [start, end) less the cuts and the headline
# (the same measure tools/page_eval.py scores with).
body_of = _page_eval().story_body


def rule_at(story: Story, text: str, needle: str) -> str | None:
    """The rule of the cut covering the first occurrence of ``needle``, if any."""
    at = text.index(needle)
    for cut in story.cuts:
        if cut.start <= at < cut.end:
            return cut.rule
    return None


def headline_of(text: str, story: Story | None) -> str | None:
    if story is None or story.headline is None:
        return None
    return text[story.headline[0] : story.headline[1]]


def check_invariants(text: str, story: Story | None) -> None:
    if story is None:
        return
    assert 0 <= story.start <= story.end <= len(text)
    last = 0
    for cut in story.cuts:
        assert isinstance(cut, Cut)
        assert cut.rule.startswith("page-")
        assert 0 <= cut.start < cut.end <= len(text)
        assert cut.start >= last, "cuts must be sorted and must not overlap"
        last = cut.end
    if story.headline is not None:
        h0, h1 = story.headline
        assert 0 <= h0 < h1 <= len(text)


def menu(*items: str) -> str:
    return "\n".join(items)


# ---------------------------------------------------------------------------
# invented pages
# ---------------------------------------------------------------------------

ENGLISH_BODY = [
    "LISBON (Reuters) - Portugal's parliament approved on Thursday a plan to build a "
    "second airport for the capital, ending a debate that has lasted more than fifty "
    "years and dogged six governments.",
    "The new airport will be built on military land east of the Tagus river and should "
    "open in 2034, the infrastructure minister told lawmakers after the vote.",
    "Airlines welcomed the decision but warned that the existing airport would remain "
    "saturated for at least another decade unless its capacity was expanded quickly.",
    "Environmental groups said they would study the plan closely, because the chosen "
    "site lies close to a protected estuary used by migrating birds.",
]

ENGLISH_PAGE = "\n\n".join(
    [
        "Portugal approves new Lisbon airport after 50 years | World | Example News",
        menu("Skip to content", "Example News", "Sign in", "Subscribe"),
        menu("World", "Business", "Markets", "Sport", "Culture", "Opinion", "Video"),
        "We use cookies to improve your experience. By continuing you accept our cookie "
        "policy and privacy settings.",
        menu("Home", "World", "Europe"),
        "Portugal approves new Lisbon airport after 50 years",
        "By Ana Silva",
        "March 14, 2024 10:32 AM",
        "Share on Facebook",
        ENGLISH_BODY[0],
        ENGLISH_BODY[1],
        "A plane takes off from Humberto Delgado airport in Lisbon.\nPhoto: Example Images",
        ENGLISH_BODY[2],
        "Advertisement",
        ENGLISH_BODY[3],
        "Related",
        menu(
            "Spain opens high-speed rail link to Portugal",
            "Lisbon metro strike disrupts commuters",
            "Airline profits soar as travel rebounds",
        ),
        "Sign up for our newsletter",
        "Get the day's top stories in your inbox every morning.",
        "Advertisement",
        menu("About us", "Contact", "Careers", "Terms of use", "Privacy", "Cookie settings"),
        "© 2024 Example News. All rights reserved.",
    ]
)

GERMAN_BODY = [
    "Nach dem schweren Unwetter vom Wochenende laufen in Mittelhessen die "
    "Aufräumarbeiten auf Hochtouren, wie die Behörden am Montag mitteilten.",
    "Viele Keller standen unter Wasser, mehrere Straßen mussten gesperrt werden. "
    "Verletzt wurde nach bisherigen Erkenntnissen niemand.",
    "Die Feuerwehr war mit mehr als 300 Kräften im Einsatz und rückte zu über "
    "400 Einsätzen aus, hieß es aus dem Landratsamt.",
    "Der Deutsche Wetterdienst erwartet für die kommenden Tage ruhigeres Wetter, "
    "warnt aber vor einzelnen Gewittern am Mittwoch.",
]

GERMAN_PAGE = "\n\n".join(
    [
        "Unwetter in Mittelhessen: Aufräumarbeiten laufen - Hessen - Beispielzeitung",
        menu("Zum Inhalt springen", "Suche", "Anmelden", "Abo"),
        menu("Politik", "Wirtschaft", "Sport", "Kultur", "Panorama", "Wissen", "Reise"),
        menu("Startseite", "Hessen"),
        "Unwetter",
        "Unwetter in Mittelhessen: Aufräumarbeiten laufen",
        "Von Petra Müller",
        "Artikel teilen",
        GERMAN_BODY[0],
        "Anzeige",
        GERMAN_BODY[1],
        "Ein überfluteter Keller in Gießen.\nFoto: dpa",
        GERMAN_BODY[2],
        "Anzeige",
        GERMAN_BODY[3],
        "Mehr zum Thema",
        menu("Hochwasser in Bayern", "Sturm über Nordhessen", "Wetter am Wochenende"),
        menu("Impressum", "Datenschutz", "Kontakt", "AGB"),
        "© Beispielverlag GmbH 2024",
    ]
)

FRENCH_BODY = [
    "Le gouvernement a présenté mercredi un plan de rénovation des lycées "
    "professionnels, doté de deux milliards d'euros sur cinq ans.",
    "La ministre de l'Éducation a expliqué que les travaux commenceraient dès la "
    "rentrée prochaine dans les établissements les plus anciens.",
    "Les syndicats d'enseignants ont salué un effort « bienvenu », tout en "
    "réclamant des postes supplémentaires pour accompagner la réforme.",
]

FRENCH_PAGE = "\n\n".join(
    [
        "Lycées professionnels : un plan de deux milliards d'euros | Le Journal Exemple",
        menu("Aller au contenu", "Rechercher", "Se connecter", "S'abonner"),
        menu("International", "Politique", "Société", "Économie", "Sport", "Culture"),
        "Lycées professionnels : un plan de deux milliards d'euros",
        "Par Claire Dubois",
        "Publié le 6 mars 2024 à 11h02",
        "Partager sur Facebook",
        FRENCH_BODY[0],
        FRENCH_BODY[1],
        FRENCH_BODY[2],
        "Lire aussi",
        menu("Réforme du bac : ce qui change", "Le budget de l'Éducation en hausse"),
        menu("Mentions légales", "Contact", "Publicité", "Cookies"),
        "© Le Journal Exemple 2024. Tous droits réservés.",
    ]
)

JAPANESE_BODY = [
    "気象庁は１２日、関東地方で記録的な大雨となるおそれがあるとして、土砂災害や河川の"
    "氾濫に厳重に警戒するよう呼びかけた。",
    "東京都内では午後から雨が強まり、一部の鉄道で運転を見合わせる区間が出ている。",
    "気象庁によると、雨のピークは今夜遅くから明日の朝にかけてとなる見込みだという。",
]

JAPANESE_PAGE = "\n\n".join(
    [
        "関東で記録的大雨のおそれ　気象庁が警戒呼びかけ : 例示新聞",
        menu("ログイン", "新規登録", "検索", "メニュー"),
        menu("速報", "社会", "政治", "経済", "国際", "スポーツ", "エンタメ", "地域"),
        "関東で記録的大雨のおそれ　気象庁が警戒呼びかけ",
        "2024/07/12 15:30",
        JAPANESE_BODY[0],
        JAPANESE_BODY[1],
        JAPANESE_BODY[2],
        "関連記事",
        menu("台風５号が接近", "梅雨明けはいつ", "熱中症に注意"),
        menu("利用規約", "プライバシー", "お問い合わせ", "会社案内"),
        "Copyright © 例示新聞社 2024. All rights reserved.",
    ]
)


@pytest.mark.parametrize(
    ("page", "headline", "body"),
    [
        (ENGLISH_PAGE, "Portugal approves new Lisbon airport after 50 years", ENGLISH_BODY),
        (GERMAN_PAGE, "Unwetter in Mittelhessen: Aufräumarbeiten laufen", GERMAN_BODY),
        (FRENCH_PAGE, "Lycées professionnels : un plan de deux milliards d'euros", FRENCH_BODY),
        (JAPANESE_PAGE, "関東で記録的大雨のおそれ　気象庁が警戒呼びかけ", JAPANESE_BODY),
    ],
    ids=["en", "de", "fr", "ja"],
)
def test_page_headline_and_body(page: str, headline: str, body: list[str]) -> None:
    story = find_story(page)
    assert story is not None
    check_invariants(page, story)
    assert headline_of(page, story) == headline
    kept = body_of(page, story)
    for paragraph in body:
        assert paragraph in kept
    # the body holds no menu, title or footer text
    assert "©" not in kept
    assert page.splitlines()[0] not in kept


def test_english_page_furniture_rules() -> None:
    page, story = ENGLISH_PAGE, find_story(ENGLISH_PAGE)
    assert story is not None
    assert rule_at(story, page, "| World | Example News") == "page-title"
    assert rule_at(story, page, "Skip to content") == "page-before-story"
    assert rule_at(story, page, "We use cookies") == "page-before-story"
    assert rule_at(story, page, "Share on Facebook") == "page-share"
    assert rule_at(story, page, "Photo: Example Images") == "page-caption"
    assert rule_at(story, page, "A plane takes off") == "page-caption"
    assert rule_at(story, page, "Advertisement") == "page-repeated-line"
    assert rule_at(story, page, "Related") == "page-after-story"
    assert rule_at(story, page, "Sign up for our newsletter") == "page-after-story"
    assert rule_at(story, page, "© 2024 Example News") == "page-after-story"
    # the byline and the dateline stay in the story for the pipeline's own stages
    assert rule_at(story, page, "By Ana Silva") is None
    assert rule_at(story, page, "March 14, 2024") is None
    assert story.start <= page.index("By Ana Silva") < story.end
    assert story.end == page.index(ENGLISH_BODY[3]) + len(ENGLISH_BODY[3])


def test_german_page_furniture_rules() -> None:
    page, story = GERMAN_PAGE, find_story(GERMAN_PAGE)
    assert story is not None
    assert rule_at(story, page, "Artikel teilen") == "page-share"
    assert rule_at(story, page, "Anzeige") == "page-repeated-line"
    assert rule_at(story, page, "Foto: dpa") == "page-caption"
    assert rule_at(story, page, "Mehr zum Thema") == "page-after-story"
    assert rule_at(story, page, "Impressum") == "page-after-story"
    assert rule_at(story, page, "Unwetter\n") == "page-before-story"  # the kicker
    assert rule_at(story, page, "Von Petra Müller") is None


def test_headline_spelled_by_the_title() -> None:
    # the page's copy lost the colon and curls the apostrophe; the title spells it right
    page = "\n\n".join(
        [
            "Climate talks: Europe's new target - Politics - Example Post",
            menu("News", "Politics", "Business", "Sport", "Weather", "Culture", "Travel"),
            menu("Home", "Politics", "Europe"),
            "Climate talks Europe’s new target",
            ENGLISH_BODY[0],
            ENGLISH_BODY[1],
            ENGLISH_BODY[2],
            menu("Imprint", "Privacy", "Contact", "Jobs"),
        ]
    )
    story = find_story(page)
    assert story is not None
    check_invariants(page, story)
    assert headline_of(page, story) == "Climate talks: Europe's new target"
    assert rule_at(story, page, "Climate talks Europe’s") == "page-repeated-line"
    assert ENGLISH_BODY[2] in body_of(page, story)


def test_headline_without_title_repeat_is_taken_from_the_title() -> None:
    page = "\n\n".join(
        [
            "Harbour reopens after storm | Example Times",
            menu("News", "World", "Business", "Sport", "Weather", "Culture", "Travel"),
            menu("Home", "Sign in", "Subscribe", "Search"),
            ENGLISH_BODY[0],
            ENGLISH_BODY[1],
            ENGLISH_BODY[2],
            menu("Imprint", "Privacy", "Contact", "Jobs"),
        ]
    )
    story = find_story(page)
    assert story is not None
    assert headline_of(page, story) == "Harbour reopens after storm"
    assert rule_at(story, page, "| Example Times") == "page-title"


MORE_BODY = [
    "Traders said the rally was driven by fears that a long drought in the southern "
    "hemisphere would cut harvests at a time when stocks held by the big exporters are "
    "already lower than at any point in the past decade.",
    "Analysts at several banks raised their price forecasts for the rest of the year, "
    "although most of them expect the market to calm down once the first estimates of "
    "the new crop are published in the summer.",
]


def test_link_list_and_share_inside_story() -> None:
    page = "\n\n".join(
        [
            "Grain prices rise - Markets - Example Wire",
            menu("News", "World", "Business", "Markets", "Sport", "Culture", "Travel"),
            "Grain prices rise",
            ENGLISH_BODY[0],
            ENGLISH_BODY[1],
            menu("Wheat", "Corn", "Soybeans"),
            "Share this article",
            ENGLISH_BODY[2],
            ENGLISH_BODY[3],
            *MORE_BODY,
            menu("Imprint", "Privacy", "Contact", "Jobs"),
        ]
    )
    story = find_story(page)
    assert story is not None
    check_invariants(page, story)
    assert rule_at(story, page, "Wheat") == "page-link-list"
    assert rule_at(story, page, "Share this article") == "page-share"
    kept = body_of(page, story)
    for paragraph in [*ENGLISH_BODY, *MORE_BODY]:
        assert paragraph in kept
    assert rule_at(story, page, "Imprint") == "page-after-story"


# ---------------------------------------------------------------------------
# text that is already a story stays whole
# ---------------------------------------------------------------------------

REUTERS_1987 = (
    "NORDIC TIMBER REVIEW\n"
    "    OSLO, March 3 - Sawmills in the north reported steady\n"
    "orders through the week as mild weather kept forest roads\n"
    "open longer than usual, the Timber Council said in its\n"
    "weekly review.\n"
    "    Shipments for the week ended February 27 were 41,300\n"
    "cubic metres, bringing the season's total to 1.12 mln\n"
    "against 1.05 mln a year earlier.\n"
    "    Qtr to Dec 31\n"
    "    Shr 12 cts vs 10 cts\n"
    "    Net 1.2 mln vs 1.0 mln\n"
    "    Revs 10.1 mln vs 9.8 mln\n"
    "    Year\n"
    "    Shr 40 cts vs 35 cts\n"
    "    Net 4.1 mln vs 3.6 mln\n"
    "    Revs 40.2 mln vs 38.0 mln\n"
    " Reuter\n"
)

PLAIN_TEXTS = [
    "VALLETTA (Reuters) - Malta's parliament approved on Thursday a plan to extend the "
    "harbour breakwater, ending a dispute that had lasted more than a decade.",
    REUTERS_1987,
    "Ferry Operators Brace for Busy Summer (AP)\n"
    "AP - Ferry companies on the Baltic expect record bookings this summer as travellers "
    "return to the sea routes between the islands.",
    "PUERTO NUEVO, 4 MAY 90 (RADIO EXAMPLE) -- [REPORT] [TEXT] A TRUCK CARRYING MEDICINE "
    "WAS STOPPED ON THE NORTHERN HIGHWAY ON 3 MAY.\n\n"
    "THE DRIVER SAID THE ROAD WAS CLOSED FOR SIX HOURS.\n\n"
    "[REPORTER] [QUESTION INDISTINCT]\n\n[OFFICIAL] WE DO NOT KNOW.\n\n"
    "[REPORTER] [QUESTION INDISTINCT]\n\n[OFFICIAL] NO COMMENT.\n\n"
    "[REPORTER] [QUESTION INDISTINCT]\n\n[OFFICIAL] LATER.",
    "|\n|\n|\nHarbour reopens after storm Lisbon, Portugal, Mar 14 (AFP) Mar 14, 2024 The "
    "port of Lisbon reopened on Thursday after a storm. Ships waiting at anchor began to "
    "dock in the afternoon, the port authority said. |\n|\n",
    "Harbour reopens after storm\nThe port of Lisbon reopened on Thursday after a storm "
    "forced its closure for two days, the port authority said.",
    # a main-text extractor's output: one paragraph a line, no menus
    "Storm closes port\n" + "\n".join(ENGLISH_BODY) + "\nSubheading of the story\n"
    "A final paragraph closes the story with a quote from the harbour master.",
]


@pytest.mark.parametrize("text", PLAIN_TEXTS, ids=range(len(PLAIN_TEXTS)))
def test_plain_dispatch_stays_whole(text: str) -> None:
    assert find_story(text) is None


def test_extractor_output_with_a_repeated_copy() -> None:
    story_text = "Storm closes port\n" + "\n".join(ENGLISH_BODY)
    text = story_text + "\n" + story_text
    story = find_story(text)
    assert story is not None
    check_invariants(text, story)
    second = len(story_text) + 1
    assert all(cut.rule == "page-repeated-line" for cut in story.cuts)
    assert all(cut.start >= second for cut in story.cuts)
    kept = body_of(text, story)
    for paragraph in ENGLISH_BODY:
        assert kept.count(paragraph) == 1


def test_extractor_output_with_a_comment_tail() -> None:
    text = "\n".join([*ENGLISH_BODY, "Comments", "Log in to comment", "Be the first to comment"])
    story = find_story(text)
    assert story is not None
    assert rule_at(story, text, "Comments") == "page-after-story"
    assert story.end == text.index(ENGLISH_BODY[-1]) + len(ENGLISH_BODY[-1])


# ---------------------------------------------------------------------------
# an extractor's output: a paragraph a line
# ---------------------------------------------------------------------------


def extract(*lines: str) -> str:
    return "\n".join(lines)


def test_extractor_output_loses_its_costly_end() -> None:
    text = extract(
        "Storm closes port",
        *ENGLISH_BODY,
        "Fehler entdeckt? Inhaltliches Feedback?",
        "Got a story? Write to newsdesk@example.com",
        "Topics",
        "Ports",
        "Weather",
        "Log in to comment",
    )
    story = find_story(text)
    assert story is not None
    check_invariants(text, story)
    assert headline_of(text, story) == "Storm closes port"
    assert story.end == text.index(ENGLISH_BODY[-1]) + len(ENGLISH_BODY[-1])
    assert rule_at(story, text, "Got a story?") == "page-after-story"
    assert rule_at(story, text, "Log in to comment") == "page-after-story"
    for paragraph in ENGLISH_BODY:
        assert paragraph in body_of(text, story)


def test_extractor_output_keeps_a_short_last_sentence_and_its_sign_off() -> None:
    text = extract(*ENGLISH_BODY, "The vote passed 120 to 98.", "(kas)")
    assert find_story(text) is None


def test_extractor_output_teasers_cut_short_at_the_end() -> None:
    teaser = (
        "RISK REMAINS: An official said that with the elections so close it is unclear "
        "whether the talks would resume before the summer, and that the ministry was "
        "watching the situation closely in the meantime while the"
    )
    text = extract(*ENGLISH_BODY, teaser, teaser.replace("RISK", "DOUBT"))
    story = find_story(text)
    assert story is not None
    assert rule_at(story, text, "RISK REMAINS") == "page-after-story"
    assert story.end == text.index(ENGLISH_BODY[-1]) + len(ENGLISH_BODY[-1])


def test_extractor_output_link_lists_and_teasers_inside() -> None:
    text = extract(
        "Storm closes port",
        ENGLISH_BODY[0],
        ENGLISH_BODY[1],
        "- Ferries cancelled along the coast",
        "- Flood warning issued for the delta",
        "- Schools closed on Tuesday",
        "Lesen Sie auch: Sturm legt Hafen lahm",
        ENGLISH_BODY[2],
        "What the new rules say:",
        "- Ships must leave the inner harbour before the storm arrives.",
        "- Crews must stay on board until the port authority lifts the warning.",
        "- Owners pay for any damage to the quays;",
        ENGLISH_BODY[3],
    )
    story = find_story(text)
    assert story is not None
    check_invariants(text, story)
    assert rule_at(story, text, "- Ferries cancelled") == "page-link-list"
    assert rule_at(story, text, "- Schools closed") == "page-link-list"
    assert rule_at(story, text, "Lesen Sie auch") == "page-link-list"
    # a list of sentences (or of clauses of one) is the story's own
    assert rule_at(story, text, "- Ships must leave") is None
    assert rule_at(story, text, "- Owners pay") is None
    assert rule_at(story, text, "What the new rules say") is None
    for paragraph in ENGLISH_BODY:
        assert paragraph in body_of(text, story)


def test_extractor_output_time_stamp_and_byline_above_the_lead() -> None:
    text = extract(
        "Storm closes port",
        "By Ana Silva",
        "Stand: 22.04.2024, 06:00 Uhr",
        *ENGLISH_BODY,
        "Home",
        "World",
        "Europe",
    )
    story = find_story(text)
    assert story is not None
    assert rule_at(story, text, "Stand: 22.04.2024") == "page-before-story"
    assert rule_at(story, text, "By Ana Silva") is None  # the byline stage takes it
    assert headline_of(text, story) == "Storm closes port"


def test_extractor_output_embedded_post() -> None:
    text = extract(
        *ENGLISH_BODY[:2],
        "Ships are stuck outside the port tonight pic.twitter.com/AbCdEf123",
        "— Harbour Watch (@harbourwatch) March 14, 2024",
        *ENGLISH_BODY[2:],
    )
    story = find_story(text)
    assert story is not None
    assert rule_at(story, text, "Ships are stuck") == "page-embed"
    assert rule_at(story, text, "— Harbour Watch") == "page-embed"
    assert all(paragraph in body_of(text, story) for paragraph in ENGLISH_BODY)


ENGLISH_HEADLINE = "Portugal approves new Lisbon airport after 50 years"


@pytest.mark.parametrize("glue", ["  ", "\u200c\u200c", "        "])
def test_the_first_block_glued_to_the_title_is_no_part_of_the_headline(glue: str) -> None:
    # get_text() puts the page's first block on the title's line, apart by blanks or zero-width characters
    # only; with no copy of the headline below, the headline is the title less its site names and that block
    title = "Portugal approves new Lisbon airport after 50 years | World | Example News"
    page = ENGLISH_PAGE.replace(title, title + glue + "Skip to main content", 1)
    page = page.replace(f"\n\n{ENGLISH_HEADLINE}\n\n", "\n\n", 1)
    story = find_story(page)
    assert story is not None
    check_invariants(page, story)
    assert headline_of(page, story) == ENGLISH_HEADLINE


@pytest.mark.parametrize(
    ("shown", "headline"),
    [
        # a section's name glued to the headline's first word: the title spells the headline
        (f"World{ENGLISH_HEADLINE}", ENGLISH_HEADLINE),
        (f"EUROPE{ENGLISH_HEADLINE}", ENGLISH_HEADLINE),
        # words and a space before the title's words: the page's own headline, kept whole
        (f"'Finally': {ENGLISH_HEADLINE}", f"'Finally': {ENGLISH_HEADLINE}"),
    ],
)
def test_a_section_name_glued_before_the_headline_is_left_to_the_title(shown: str, headline: str) -> None:
    page = ENGLISH_PAGE.replace(f"\n\n{ENGLISH_HEADLINE}\n\n", f"\n\n{shown}\n\n", 1)
    story = find_story(page)
    assert story is not None
    check_invariants(page, story)
    assert headline_of(page, story) == headline


def test_page_with_a_skip_link_above_the_title() -> None:
    page = "\n\n".join(
        [
            "Skip to content",
            "Harbour reopens after storm | Example Times",
            menu("News", "World", "Business", "Sport", "Weather", "Culture", "Travel"),
            menu("Home", "Sign in", "Subscribe", "Search"),
            "Harbour reopens after storm",
            *ENGLISH_BODY,
            menu("Imprint", "Privacy", "Contact", "Jobs"),
        ]
    )
    story = find_story(page)
    assert story is not None
    check_invariants(page, story)
    assert headline_of(page, story) == "Harbour reopens after storm"
    assert rule_at(story, page, "Skip to content") == "page-before-story"
    assert rule_at(story, page, "| Example Times") == "page-title"


# ---------------------------------------------------------------------------
# wire copy stays whole, and is told at a glance
# ---------------------------------------------------------------------------

WIRED = (
    "PORT OF LISBON REOPENS\n"
    "    LISBON, March 14 - The port of Lisbon reopened on Thursday\n"
    "after a storm had forced its closure for two days, the port\n"
    "authority said in a statement.\n"
    "    Ships waiting at anchor began to dock in the afternoon.\n"
    "    The port of Lisbon reopened on Thursday after a storm had forced\n"
    "its closure for two days, the port authority said in a statement.\n"
    "    Ships waiting at anchor began to dock in the afternoon.\n"
    " Reuter\n"
)

CAPITALS = (
    "LISBON, 14 MAR 90 (RADIO EXAMPLE) -- [REPORT] [TEXT] THE PORT OF LISBON REOPENED "
    "TODAY AFTER A STORM HAD FORCED ITS CLOSURE FOR TWO DAYS.\n\n"
    "THE PORT AUTHORITY SAID THAT SHIPS WAITING AT ANCHOR BEGAN TO DOCK IN THE AFTERNOON.\n\n"
    "PHOTO: PORT AUTHORITY\n\n"
    "THE PORT AUTHORITY SAID THAT SHIPS WAITING AT ANCHOR BEGAN TO DOCK IN THE AFTERNOON.\n\n"
    "RELATED"
)


TABLE = (
    "NORDIC TIMBER <NTB> 4TH QTR NET\n"
    "    OSLO, March 3 -\n"
    "    Shr 12 cts vs 10 cts\n"
    "    Net 1.2 mln vs 1.0 mln\n"
    "    Revs 10.1 mln vs 9.8 mln\n"
    " Reuter\n"
)

BRIEF = (
    "PORT REOPENS\n"
    "    LISBON, March 14 - The port reopened on Thursday.\n"
    "    Ships began to dock.\n"
    " Reuter\n"
)


@pytest.mark.parametrize(
    "text", [REUTERS_1987, WIRED, CAPITALS, TABLE], ids=["reuters", "wrapped", "caps", "table"]
)
def test_wire_copy_stays_whole(text: str) -> None:
    assert find_story(text) is None


def test_long_lines_are_fast() -> None:
    # an embedded post's link test must not rescan a line without blanks
    text = extract(*ENGLISH_BODY, "pic." * 50_000, "— A (@a) May 6, 2025", "x" * 200_000)
    t0 = time.perf_counter()
    story = find_story(text)
    assert time.perf_counter() - t0 < 5.0
    check_invariants(text, story)


def test_empty_and_tiny_inputs() -> None:
    for text in ["", " ", "\n\n\n", "|", "a", "a\nb", "\u00ad\u200b", "\r\n\r\n"]:
        assert find_story(text) is None


def test_pathological_white_space_is_fast() -> None:
    # a title line with a very long run of blanks must not make the separator search slow
    text = "Title" + " " * 200_000 + "x - Site\n\n" + "\n".join(["Menu"] * 50) + "\n\nBody."
    t0 = time.perf_counter()
    story = find_story(text)
    assert time.perf_counter() - t0 < 5.0
    check_invariants(text, story)


# ---------------------------------------------------------------------------
# properties
# ---------------------------------------------------------------------------

LINES = st.sampled_from(
    [
        "",
        "Home",
        "News",
        "Sport",
        "Share",
        "Advertisement",
        "Related",
        "© 2024 Site. All rights reserved.",
        "Title of the story - Section - Site",
        "Title of the story",
        "Foto: dpa",
        "|",
        "We use cookies to improve your experience and ask for your consent.",
        "A sentence of the story that is long enough to count as a paragraph of prose.",
        "Ein Satz der Geschichte, lang genug, um als Absatz zu zählen, sagte er am Montag.",
        "関東で記録的な大雨となるおそれがあるとして、警戒するよう呼びかけた。",
        "By Jane Doe",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    check_invariants(text, find_story(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(LINES, st.text(max_size=30)), max_size=80))
def test_invariants_on_page_like_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    check_invariants(text, find_story(text))


@settings(max_examples=100, deadline=None)
@given(st.lists(LINES, min_size=20, max_size=120), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_invariants_with_line_endings(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    check_invariants(text, find_story(text))


# ---------------------------------------------------------------------------
# the shared labelled pages
# ---------------------------------------------------------------------------


def f1(want: str, have: str) -> float:
    gold = collections.Counter(re.findall(r"\w+", want.casefold()))
    pred = collections.Counter(re.findall(r"\w+", have.casefold()))
    shared = sum((gold & pred).values())
    if not shared:
        return 1.0 if not gold and not pred else 0.0
    precision, recall = shared / sum(pred.values()), shared / sum(gold.values())
    return 2 * precision * recall / (precision + recall)


def fold(value: str | None) -> str | None:
    if value is None:
        return None
    return re.sub(r"\s+", " ", value).strip().casefold().rstrip(".").strip() or None


@pytest.mark.skipif(not PAGES.exists(), reason="shared/corpora/pages.jsonl is not present")
def test_shared_pages_scores() -> None:
    scores: dict[str, list[float]] = collections.defaultdict(list)
    heads: list[bool] = []
    with PAGES.open(encoding="utf-8") as f:
        for line in f:
            case = json.loads(line)
            text = case["input"]
            story = find_story(text)
            check_invariants(text, story)
            scores[case["source"]].append(f1(case["gold"]["body"], body_of(text, story)))
            if "headline" in case["gold"]:
                heads.append(fold(headline_of(text, story)) == fold(case["gold"]["headline"]))
    page = scores["fundus-page-html-text"]
    extracted = scores["fundus-trafilatura-text"]
    # achieved 0.932 / 0.959 / 0.809 (0.931 / 0.951 / 0.805 before the extractor's
    # rules); a small margin for later tuning
    assert sum(page) / len(page) >= 0.925
    assert sum(extracted) / len(extracted) >= 0.955
    assert sum(heads) / len(heads) >= 0.80


def test_a_title_copy_in_a_teaser_list_below_the_story_does_not_lead_it() -> None:
    # The title comes back only in a teaser list after the story, before a short footer paragraph:
    # that copy leads into the footer, worth far less than the story, so the story stays the story.
    paras = [
        *HARBOUR,
        "Residents had complained for months about the noise of the works at night, and the council had asked"
        " the authority to finish before the summer.",
    ]
    nav = "\n".join(["World", "Business", "Sport", "Culture", "Travel", "Opinion", "Weather"])
    share = "\n".join(["Share this story", "Facebook", "X", "Email", "Copy link", "Comments", "Sign in", "Create an account"])
    teasers = "\n".join(["Storm warning for the weekend", "Northern quay reopens after a week of repairs", "Ferry fares to rise"])
    footer = (
        "Harbour Herald is published by Coast Media, an independent company owned by its readers, from its offices"
        " on Dock Road in the old port of Rotterdam since the spring of the year it was founded."
    )
    text = "\n\n".join(
        ["Northern quay reopens after a week of repairs | Harbour Herald", nav, *paras, share, teasers, footer,
         "Contact\nPrivacy\nImprint"]
    )
    a = wiretext.parse(text)
    assert a.headline == "Northern quay reopens after a week of repairs"
    assert a.body.startswith("The harbour authority reopened the northern quay")
    assert a.body.endswith("finish before the summer.")
    assert "Coast Media" not in a.body


def test_lines_of_one_rule_side_by_side_are_one_cut_and_each_still_counts() -> None:
    # the second copy of an extractor's output: its lines are cut as one run, and the notes
    # (and explain) still count and show them line by line
    story_text = "Storm closes port\n" + "\n".join(ENGLISH_BODY)
    text = story_text + "\n" + story_text
    story = find_story(text)
    assert story is not None
    second = len(story_text) + 1
    assert story.cuts == (Cut(second, len(text), "page-repeated-line"),)
    a = wiretext.parse(text)
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.start() >= second]
    assert [n.span for n in a.notes if n.kind == "page-repeated-line"] == lines
    assert [s.label for s in wiretext.explain(text) if s.start >= second] == ["page-repeated-line"]


def test_a_page_of_many_cut_lines_is_counted_line_by_line() -> None:
    # a thousand menu lines under the story: a few cuts, and a note that counts every line
    menu = "\n".join(["Home", "World", "Business", "Markets", "Sport"] * 200)
    text = "Port reopens after storm\n" + "\n".join(ENGLISH_BODY) + "\n" + menu
    story = find_story(text)
    assert story is not None and len(story.cuts) <= 2
    a = wiretext.parse(text)
    (listed,) = [n for n in a.notes if n.kind == "page-link-list"]
    assert listed.span is not None
    lines = text[listed.span[0] : listed.span[1]].count("\n") + 1
    assert listed.message == f"removed page text 'Home' and {lines - 1} more like it"
    assert a.location is not None and a.location.city == "LISBON"
    assert a.paragraphs[1:] == tuple(ENGLISH_BODY[1:])
