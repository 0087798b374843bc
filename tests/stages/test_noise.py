"""Noise rules: each cut names its rule and covers exactly the debris."""

from __future__ import annotations

import pytest

from wiretext.noise import RULES, find_noise


def cuts(text: str) -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.rule) for c in find_noise(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("|\nStory.", [("|\n", "pipe-line")]),
        ("Story. |\nMore.", [("|", "trailing-pipe")]),
        ("----------\nStory.", [("----------\n", "rule-line")]),
        ("Story.\nAdvertisement\nMore.", [("Advertisement\n", "advertisement")]),
        ("Story.\nShare this article\nMore.", [("Share this article\n", "share-prompt")]),
        ("Story.\nRead more: how the port reopened\nMore.", [("Read more: how the port reopened\n", "read-more")]),
        ("Story.\nSubscribe to our newsletter\nMore.", [("Subscribe to our newsletter\n", "subscribe-prompt")]),
        ("Story.\n12 Comments\nMore.", [("12 Comments\n", "comment-prompt")]),
        ("A<p>B</p>", [("<p>", "html-tag"), ("</p>", "html-tag")]),
        ("Story.\nPhoto: Jane Roe/AFP\nMore.", [("Photo: Jane Roe/AFP\n", "photo-credit")]),
        ("Story.\nFoto: Anna Weber/dpa\nMore.", [("Foto: Anna Weber/dpa\n", "photo-credit")]),
        ("Story.\n(Photo by Jane Roe/AFP via Getty Images)\nMore.", [("(Photo by Jane Roe/AFP via Getty Images)\n", "photo-credit")]),
        ("Story.\nAFP PHOTO / JANE ROE\nMore.", [("AFP PHOTO / JANE ROE\n", "photo-credit")]),
        ("Story.\nFishermen unload their catch at dawn. Jane Roe/Reuters\nMore.", [("Fishermen unload their catch at dawn. Jane Roe/Reuters\n", "photo-credit")]),
        ("Home > World > Asia\nStory.", [("Home > World > Asia\n", "breadcrumb")]),
        ("zero\u200bwidth", [("\u200b", "invisible-character")]),
        ("ctrl\x01\x02chars", [("\x01\x02", "control-character")]),
    ],
)
def test_rule(text: str, expected: list[tuple[str, str]]) -> None:
    assert cuts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Acme <ACME> rose.",  # a stock ticker is no tag
        "The advertisement campaign ran for a week.",  # furniture words inside a sentence
        "Read more books, the minister said.",
        "Pipes | inside | a line stay.",
        "Tabs\tand\r\nCRLF stay.",
        "The photo by the river won a prize, the jury said on Monday.",
        "Prices rose 3% > forecasts, traders said.",
        "The minister said he expected\nmore from the talks than he got last year, and\nsaid so.",
        "It was a share of the\nprint run, he said.",
    ],
)
def test_story_text_is_not_noise(text: str) -> None:
    assert cuts(text) == []


def test_every_rule_has_a_kebab_name() -> None:
    for name, _ in RULES:
        assert name == name.lower()
        assert " " not in name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Photo marks without a "/": found from their longer runs.
        ("Story.\nAFP PHOTO JANE ROE\nMore.", [("AFP PHOTO JANE ROE\n", "photo-credit")]),
        ("Story.\nA pier at dawn, via Getty Images\nMore.", [("A pier at dawn, via Getty Images\n", "photo-credit")]),
        # Control characters in text that is printable but for them, or for tabs.
        ("one line\x0bof copy", [("\x0b", "control-character")]),
        ("tab\tand\x1f", [("\x1f", "control-character")]),
        ("no\u00a0break\x7f", [("\x7f", "control-character")]),
        # A text of one line: no line break to scan for, its opening still tried.
        ("Advertisement", [("Advertisement", "advertisement")]),
    ],
)
def test_cheap_tests_pass_what_the_rules_match(text: str, expected: list[tuple[str, str]]) -> None:
    assert cuts(text) == expected


def test_printable_text_holds_no_control_character() -> None:
    # find_noise reads only unprintable text for control characters.
    from wiretext.noise import CONTROL_CHARS

    assert not any(c.isprintable() for c in CONTROL_CHARS)


def test_a_run_of_pipe_lines_is_one_cut_and_each_line_still_counts() -> None:
    import wiretext
    from wiretext._spans import Cut, count_lines, run_lines

    text = "|\n\n|\n |\nPort reopens\nPARIS (AFP) - Rain."
    assert find_noise(text) == [Cut(0, 8, "pipe-line")]
    assert count_lines(text, Cut(0, 8, "pipe-line")) == 3
    assert run_lines(text, Cut(0, 8, "pipe-line")) == [Cut(0, 2, "pipe-line"), Cut(3, 5, "pipe-line"),
                                                       Cut(5, 8, "pipe-line")]
    a = wiretext.parse(text)
    assert [(n.kind, n.span) for n in a.notes] == [("pipe-line", (0, 2)), ("pipe-line", (3, 5)), ("pipe-line", (5, 8))]
    # explain shows the run as one segment, its blank lines with it
    assert [(s.label, s.text) for s in wiretext.explain(text)][:2] == [
        ("pipe-line", "|\n\n|\n |\n"), ("headline", "Port reopens")]
    many = wiretext.parse("|\n\n" * 30 + "Port reopens\nPARIS (AFP) - Rain.")
    assert [(n.message, n.span) for n in many.notes] == [("removed pipe line '|' and 29 more like it", (0, 89))]
    assert many.headline == "Port reopens"


def test_a_pipe_line_too_long_for_the_rule_ends_a_run() -> None:
    from wiretext._spans import Cut

    long_line = "|" * 201 + "\n"
    assert find_noise("|\n|\n" + long_line + "|\n|\n") == [Cut(0, 4, "pipe-line"), Cut(206, 210, "pipe-line")]
