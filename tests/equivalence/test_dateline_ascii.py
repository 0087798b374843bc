"""The dateline shapes' ASCII forms (``re``) match ASCII text as the exact patterns (``regex``) do.

:mod:`wiretext._dateline_compile` translates each table shape for the
standard library's engine: ``\\p{..}`` classes and ``\\s`` as the ASCII
characters they match, the table words that are ASCII.  On text that is all
ASCII the two must give the same match and the same groups, read by number
as :func:`wiretext.dateline._accept` reads them.
"""

from __future__ import annotations

import re
import string
import warnings

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from wiretext import _dateline_compile as C
from wiretext import _dateline_shapes as S

from .test_dateline_patterns import DATELINE_GAPS, DATELINE_WORDS, SHAPE_PIECES

ASCII_PIECES = [p for p in {*SHAPE_PIECES, *DATELINE_WORDS, *DATELINE_GAPS} if p.isascii()] + [
    "Tues.", "Thurs", "Sept.", "MAY", "Mar", "1st", "\r", "\x0b", "\x0c", "\x1c", "AP Photo", "Reuters -",
    "Jiji", "Kyodo News", "(Reuters)--", "-The", '"', "<", "*", "O'Neil", "el-", "1987", "05", " 9 ", "AM", "p.m.",
]
ascii_texts = st.one_of(
    st.lists(st.sampled_from(sorted(ASCII_PIECES)), max_size=24).map("".join),
    st.lists(st.tuples(st.sampled_from(DATELINE_WORDS), st.sampled_from(DATELINE_GAPS)), max_size=10)
    .map(lambda parts: "".join(word + gap for word, gap in parts))
    .filter(str.isascii),
    st.text(st.sampled_from(string.printable), max_size=30),
)


def _same(name: str, text: str, pos: int, endpos: int) -> None:
    exact = C._EXACT_SHAPE[name]().match(text, pos, endpos)
    fast = C._ASCII_SHAPE[name]().match(text, pos, endpos)
    assert (exact is None) == (fast is None), (name, text, pos, endpos)
    if exact is not None and fast is not None:
        assert exact.span() == fast.span(), (name, text, pos)
        assert C._groups(fast) == exact.groups()[: len(C._GROUP_NAMES)], (name, text, pos)
        for group in fast.re.groupindex:  # read by name (dateline._place_in: "place")
            assert fast.span(group) == exact.span(group), (name, text, pos, group)


@settings(max_examples=400, deadline=None)
@given(ascii_texts, st.data())
@example("    SALVADOR, Feb 26 -  The", None)
@example("LAKEVIEW, Mich., Tues., March 4, 1987 (Reuters) - Rain", None)
@example("(AFP) - LAKEVIEW, 4 MAR 90 -- Rain", None)
@example("LAKEVIEW Augusta 4 March (AFP) - Rain", None)  # a place word before a day
@example("Friday, March 4 (Reuters) -", None)  # a weekday is no place
@example("LAKEVIEW, March 4 Kyodo\nThe ferry", None)  # a bare credit
@example("LAKEVIEW, Md, - March 6 -\x0bThe", None)  # \s after the separator
@example("LAKEVIEW, March 6 -\x1cThe", None)  # no \s for regex
def test_ascii_forms_match_as_the_exact_patterns(text: str, data: st.DataObject | None) -> None:
    assert text.isascii()
    for name in C._ASCII_SHAPE:
        for pos in range(len(text) + 1):
            endpos = len(text) if data is None else data.draw(st.integers(pos, len(text)))
            _same(name, text, pos, endpos)


def test_a_long_run_matches_ascii_text_by_the_ascii_form_before_the_exact_pattern_is_compiled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # _ascii_form: due after _ASCII_AFTER tries of a shape on ASCII text, with
    # the exact pattern not compiled (muc34: no text needs it); the match is
    # the exact pattern's (the test above), with no look-up made.
    text = "LAKEVIEW, 4 MAR 90 (RADIO SUR) -- [TEXT] RAIN"
    for name in ("credited", "uncredited"):
        monkeypatch.setattr(C._EXACT_SHAPE[name], "ready", [])  # as in a run that never needed it
        monkeypatch.setattr(C._ASCII_SHAPE[name], "ready", [])  # (its compiled pattern is kept by once)
        monkeypatch.setitem(C._ascii_tries, name, 0)
        for _ in range(C._ASCII_AFTER):
            assert C._ascii_form(name) is None
        form = C._ascii_form(name)
        assert form is C._ASCII_SHAPE[name]()
        assert C._ascii_form(name) is form  # and from then on
        assert C._ascii_form(name) is not None
    m = C._match("credited", text, 0, len(text))
    assert m is not None and m.re is C._ASCII_SHAPE["credited"]() and m.group("place") == "LAKEVIEW"
    assert C._match("credited", "LAKEVIEW, 4 MAR 90 (RADIO SÜR) -- RAIN", 0, 38).re is not C._ASCII_SHAPE["credited"]()
    assert C._ascii_form("chinese") is None  # no table words: no ASCII form


def test_the_ascii_classes_are_what_regex_matches_in_ascii() -> None:
    chars = [chr(c) for c in range(128)]
    for name, members in C._ASCII_CLASSES.items():
        expected = "".join(c for c in chars if regex.match(rf"\p{{{name}}}", c))
        assert expected == "".join(c for c in chars if re.match(f"[{members}]", c)) if members else expected == "", name
    spaces = "".join(c for c in chars if regex.match(r"\s", c, flags=C._FLAGS))
    assert spaces == "".join(c for c in chars if re.match(f"[{C._ASCII_SPACE}]", c))
    assert spaces != "".join(c for c in chars if re.match(r"\s", c))  # why \s is spelt out: re's takes \x1c-\x1f


def test_the_ascii_forms_compile_cleanly_and_keep_no_unicode_class() -> None:
    for name in C._ASCII_SHAPE:
        for words in (C._ascii_words(), S._generic_words()):
            source = C._for_ascii(S._SOURCES[name](words))
            assert r"\p{" not in source and r"\s" not in source, name
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # a set re would read otherwise ("[[", "--") warns
                pattern = re.compile(source, re.VERBOSE)
            assert set(pattern.groupindex) <= set(C._GROUP_NAMES), name


def test_the_ascii_table_words_are_the_trees_ascii_words() -> None:
    # The exact trees' words, less those that are not ASCII: such a word
    # matches no ASCII text (see test_table_words_have_the_generic_shapes for
    # the month and weekday words, matched with case ignored; bare credits
    # are matched as written).
    words = C._ascii_words()
    for token in S._month_tokens():
        assert (re.fullmatch(C._for_ascii(words.month), token) is not None) == token.isascii(), token
    for token in S._weekday_tokens():
        assert (re.fullmatch(words.weekday, token) is not None) == token.isascii(), token
    bare = re.compile(C._for_ascii(words.bare_credit))
    for spelling in S._bare_spellings():
        m = bare.match(spelling)
        assert (m is not None and m.end() == len(spelling)) == spelling.isascii(), spelling
