"""The page-text view's cheap tests against the plain code they stand for."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wiretext._pagetext import (
    _GLUE_QUICK,
    _LINK_END,
    _SPACED,
    _has_long_line,
    _is_markdown,
    _quick_points,
    _spaced_runs,
)


def plain_long(text: str, length: int, look: int) -> bool:
    return max(map(len, text[:look].split("\n"))) >= length


@settings(max_examples=1000, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab \n\r"), max_size=80),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=0, max_value=90),
)
def test_a_long_line_is_found_as_splitting_finds_it(text: str, length: int, look: int) -> None:
    assert _has_long_line(text, length, look) == plain_long(text, length, look)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "x" * 999,
        "x" * 1000,
        "\n" + "x" * 1000,
        ("y" * 999 + "\n") * 30,
        ("y" * 500 + "\n") * 3 + "z" * 1000,
        "\n" * 5000 + "z" * 1000,  # past the look
        "z" * 19_500 + "\n" + "w" * 999,
        "a\n" * 12_000,
    ],
)
def test_long_lines_at_the_view_s_bounds(text: str) -> None:
    assert _has_long_line(text, 1000, 20_000) == plain_long(text, 1000, 20_000)


@pytest.mark.parametrize(
    "text",
    ["[Home](/) [News](/news) [Sport](/sport)", "Rain fell. ( ) ( ) (", "[a](b)[c](d)", "a ](b ](c ](d", "no brackets at all"],
)
def test_markdown_told_without_a_bracket_as_with_it(text: str) -> None:
    assert _is_markdown(text) == (text.count("](", 0, 200_000) >= 3 and _LINK_END.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["[Rain](http://x.example/a)", "](", "[", "Home", "Rain fell.", " ", "\n", "\t", "x" * 300]),
        max_size=12,
    ).map("".join)
)
def test_find_story_asks_for_a_view_only_of_text_that_may_show_one(text: str) -> None:
    # find_story skips view(copy=False) for a text without "]" shorter than _GLUED_LINE: it gives None there
    from wiretext._pagetext import _GLUED_LINE, view

    for shown in (text, text.replace("]", ")"), text.replace("]", ")")[: _GLUED_LINE - 1]):
        if "]" not in shown and len(shown) < _GLUED_LINE:
            assert view(shown, copy=False) is None


# Capitals, small letters at the edges of the classes (ß, ÿ, à), "÷" (inside the small
# letters' class, though no letter), what a glue point may follow, and blanks of each kind.
_GLUE_ALPHABET = "ABZÀÞßÿà÷aqz09%\"”’»).!?© \t\xa0\n"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(_GLUE_ALPHABET), max_size=60), st.data())
def test_glue_counts_with_their_gates_are_the_patterns_counts(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    assert _spaced_runs(text, start, end) == len(_SPACED.findall(text, start, end))
    assert _quick_points(text, start, end) == len(_GLUE_QUICK.findall(text, start, end))


@pytest.mark.parametrize(
    "line",
    ["SAN JOSE, 3 JAN 90 -- THE ARMY SAID", "PRICES ROSE 5%THE BANK SAID", "WORLD÷SPORT", "STRAßE", "CAFÉ)Ÿ", "A\xa0\xa0\xa0B"],
)
def test_glue_counts_on_lines_in_capitals(line: str) -> None:
    text = line * 3
    assert _quick_points(text, 0, len(text)) == len(_GLUE_QUICK.findall(text))
    assert _spaced_runs(text, 0, len(text)) == len(_SPACED.findall(text))
