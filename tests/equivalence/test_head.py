"""The head stage's shortcuts (byline and desk-tag gates, the headline credit, the repeated headline) against the long way."""

from __future__ import annotations

import html.entities

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wiretext
from wiretext.byline import _BYLINE, is_byline
from wiretext.normalize import repaired_floor
from wiretext.stages.head import _HEAD_CREDIT, _HEAD_TAG, _HEAD_TAG_RUN, _head_credit, headline_text

_HEAD_ALPHABET = st.sampled_from(
    [*"ByvonParPorWwRr, \t\n()DLU", "By ", "BY ", "Von ", "Jo Lim", ", AP Sports Writer", ", the Associated Press writer",
     "(LEAD)", "(2nd LD)", "(URGENT)", "(News Focus)", "(Yonhap Feature)", "(Yonhap Interview)", "(ATTN: adds)",
     "(AP)", "(SPACE.com)", "\u0130", "\u017f", "WRITER", "wRiTeR"]
)  # fmt: skip
_HEAD_LINES = st.lists(_HEAD_ALPHABET, max_size=12).map("".join)


@given(_HEAD_LINES)
def test_byline_gate_passes_every_byline(line: str) -> None:
    # The cheap test in is_byline never turns away a line the pattern takes.
    assert is_byline(line) == (_BYLINE.match(line) is not None)


@pytest.mark.parametrize(
    "line",
    ["By Jane Roe", "  BY JANE ROE", "Von Anna Weber", "por Ana Ribeiro", "Jo Lim, AP Sports Writer",
     "Jo Lim, the Associated Press Writer \t", "Jo Lim, AP writer\n", "Jo Lim, Reuters WRITER"],
)  # fmt: skip
def test_byline_gate_on_both_shapes(line: str) -> None:
    assert _BYLINE.match(line) is not None
    assert is_byline(line)


@given(_HEAD_LINES)
def test_desk_tag_gate_finds_what_every_tag_holds(line: str) -> None:
    if _HEAD_TAG.search(line) is not None:
        assert _HEAD_TAG_RUN.search(line) is not None


@given(_HEAD_LINES)
def test_head_credit_on_the_standard_engine_matches_as_regex_does(line: str) -> None:
    import regex

    m, r = _HEAD_CREDIT.search(line), regex.search(_HEAD_CREDIT.pattern, line)
    assert (m and (m.span(), m.group("credit"))) == (r and (r.span(), r.group("credit")))


@pytest.mark.parametrize("line", ["(LEAD) Port reopens", "(2nd LD) Port reopens", "Port reopens (ATTN: ADDS details)"])
def test_desk_tags_still_come_off(line: str) -> None:
    assert wiretext.parse(line + "\nSEOUL, Nov. 24 (Yonhap) -- Snow fell.").headline == "Port reopens"


@given(_HEAD_LINES)
def test_head_credit_is_what_a_search_finds(line: str) -> None:
    m = _head_credit(line)
    if line.rstrip(" \t").endswith(")"):
        r = _HEAD_CREDIT.search(line)
        assert (m and (m.span(), m.group("credit"))) == (r and (r.span(), r.group("credit")))
    else:
        assert m is None


_REPEAT_ALPHABET = st.sampled_from(
    ["Rain", "rain", "Port", " ", "  ", "\t", "\n", "&amp;", "#36;", "Caf\u00c3\u00a9", "\u00e9", ".", "-", "R"]
)


@given(st.lists(_REPEAT_ALPHABET, max_size=10).map("".join), st.lists(_REPEAT_ALPHABET, min_size=1, max_size=6).map("".join))
def test_a_clean_line_without_the_headlines_first_or_last_word_does_not_repeat_it(line: str, written: str) -> None:
    # _drop_repeated_headline passes over such a line (as over such a region) without repairing it
    from wiretext.normalize import is_clean
    from wiretext.stages.head import _holds_ends, headline_text

    headline = headline_text(written)
    words = headline.split()
    if words and not _holds_ends(line, words) and is_clean(line):
        assert headline_text(line) != headline


@given(st.lists(_REPEAT_ALPHABET, min_size=1, max_size=6).map("".join))
def test_a_clean_line_that_repeats_the_headline_is_never_passed_over(written: str) -> None:
    # the gate's other side: the headline's own line, on a line of its own, is read
    from wiretext.normalize import is_clean
    from wiretext.stages.head import _holds_ends, headline_text

    headline = headline_text(written)
    words = headline.split()
    line = " " + written.replace("\n", " ") + "\t"
    if words and is_clean(line) and headline_text(line) == headline:
        assert _holds_ends(line, words)


_WRAP_ALPHABET = st.sampled_from(["first", "-", "\n", "\r\n", " ", "\t", "round", "R", "7", "_", "&amp;", "\u00e9", "\u0130"])


@given(st.lists(_WRAP_ALPHABET, max_size=14).map("".join))
def test_headline_text_skips_the_wrap_pattern_only_where_it_has_nothing_to_take(text: str) -> None:
    # headline_text runs _HYPHEN_WRAP only on text holding a line break
    from wiretext.normalize import repair, squash
    from wiretext.stages.head import _HYPHEN_WRAP, headline_text

    assert headline_text(text) == squash(repair(_HYPHEN_WRAP.sub("", text)))


@given(_HEAD_LINES)
def test_every_desk_tag_holds_a_bracket(line: str) -> None:
    # _strip_tags runs the gate and the pattern only on a line holding "("
    if _HEAD_TAG.search(line) is not None:
        assert "(" in line


_URL_ALPHABET = st.sampled_from(["http", "https", "://", "www.", "w", "h", "x.org", "/a", " ", "\n", "<", "W", "H"])


@given(st.lists(_URL_ALPHABET, max_size=8).map("".join))
def test_a_web_address_line_starts_with_h_or_w(line: str) -> None:
    # _sort_head_lines tries _URL_LINE only on a line starting with "h" or "w" (or an empty one)
    from wiretext.stages.head import _URL_LINE

    if _URL_LINE.fullmatch(line) is not None:
        assert line[:1] in "hw"


def test_a_letter_or_digit_is_what_str_isalnum_says_for_every_character() -> None:
    # _take_headline takes a line whose first character is alphanumeric without the search
    import sys

    from wiretext.stages.head import _LETTER_OR_DIGIT

    differ = [c for c in map(chr, range(sys.maxunicode + 1)) if (_LETTER_OR_DIGIT.match(c) is not None) != c.isalnum()]
    assert differ == []


_ENTITY_NAMES = sorted(html.entities.html5)
_DEBRIS_LINES = st.lists(
    st.one_of(
        st.sampled_from([" ", "  ", "\\", "\\$", "$", ";", "&", "#", "Rain", "x" * 20, "<", "=", "e", "A"]),
        st.sampled_from(_ENTITY_NAMES).map(lambda name: "&" + name if name.endswith(";") else "&" + name + ";"),
        st.integers(0, 0x10FFFF).map(lambda n: f"&#{n};"),
        st.integers(0, 0x10FFFF).map(lambda n: f"&#x{n:X};"),
        st.integers(0, 99999).map(lambda n: f"#{n};"),
        st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=4),
    ),
    max_size=16,
).map("".join)


@given(_DEBRIS_LINES)
def test_a_line_repairs_to_no_fewer_characters_than_its_floor(line: str) -> None:
    # _drop_repeated_headline skips a line whose repaired_floor exceeds the headline's length
    assert len(headline_text(line)) >= repaired_floor(line)
    if not (line.isascii() and line.isprintable()):
        assert repaired_floor(line) == -1


@pytest.mark.parametrize(
    "line", ["&eacute;&#769;e&#x338;&lt;&#824;", "&NewLine;&Tab;a", "\\$5 &amp;amp; #36;5", "&#27;[31mRed", "A&#769;"]
)
def test_repaired_floor_on_decoded_marks_and_escapes(line: str) -> None:
    assert len(headline_text(line)) >= repaired_floor(line)
