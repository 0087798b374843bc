"""The body stage's shortcuts (marked line ends, blank blocks) against the long way."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wiretext.normalize import squash
from wiretext.stages import body
from wiretext.stages.body import _BREAK_AFTER_MARK, _MARKED_LINE_END, _join_lines, _line_paragraphs

_LINE_TEXT = st.lists(
    st.one_of(
        st.sampled_from([" ", "  ", "\t", "\n", "\n", " \n", "\r", "\x0b", "\xa0", "\u2028"]),
        st.sampled_from(["Oil", "rose", "well-", "known", "said.", "-", ")", "”", "…", ":", "A", "x" * 30]),
        st.text(max_size=3),
    ),
    max_size=40,
).map("".join)


@given(_LINE_TEXT)
def test_break_after_mark_finds_every_marked_line_end(text: str) -> None:
    end = len(text.rstrip())
    breaks = {m.start() for m in _BREAK_AFTER_MARK.finditer(text, 0, end)}
    for pos in range(end):
        m = _MARKED_LINE_END.match(text, pos, end)
        if m is not None:
            assert m.end() - 1 in breaks


@given(_LINE_TEXT)
def test_a_block_marked_only_before_its_trailing_white_space_is_one_paragraph(text: str) -> None:
    # What paragraphs() relies on to join such a block without _line_paragraphs.
    if "\n" in text and _MARKED_LINE_END.search(text, 0, len(text.rstrip())) is None:
        joined = [p for p in map(_join_lines, _line_paragraphs(text)) if p]
        assert joined == [p for p in [squash(text.replace("\n", " "))] if p]  # as paragraphs() joins it


def test_blank_lines_cost_no_loop_turn_each(monkeypatch: pytest.MonkeyPatch) -> None:
    # A body of many blank lines (hostile input) is skipped at C speed: no
    # paragraph is squashed per empty block.
    calls = []
    real = body.squash
    monkeypatch.setattr(body, "squash", lambda text: calls.append(text) or real(text))
    monkeypatch.setattr(body, "_REMEMBER_CLEAN_FROM", 0)  # the way that calls squash a block
    assert body.paragraphs("Rain.\n" + "\n" * 10_000 + "Sun.") == (("Rain.", "Sun."), 0)
    assert len(calls) == 2


_BODY_TEXT = st.lists(
    st.one_of(
        _LINE_TEXT,
        st.sampled_from(["\n\n", "\n  ", "\n\t", "x" * 60 + ".\n", "y" * 70 + "\n", "z" * 90 + "\n", "&amp;"]),
    ),
    max_size=12,
).map("".join)


@given(_BODY_TEXT)
def test_a_long_body_cut_piece_by_piece_gives_the_paragraphs_of_one_split_whole(text: str) -> None:
    # past _SPLIT_WHOLE characters blocks and lines are cut one at a time, the width found by a search
    whole = body.paragraphs(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(body, "_SPLIT_WHOLE", 0)
        mp.setattr(body, "_REMEMBER_CLEAN_FROM", 0)  # a clean body too: the way that cuts piece by piece
        assert body.paragraphs(text) == whole


def test_the_pieces_are_what_split_gives() -> None:
    text = "a\n\nb\n\n\nc\n  d\n"
    assert list(body._pieces(body._PARA_BREAK, text)) == body._PARA_BREAK.split(text)


@given(_LINE_TEXT)
def test_a_text_told_without_a_break_holds_none(text: str) -> None:
    # _may_break looks for the two characters every paragraph break opens with, at C speed
    assert body._may_break(text) or body._PARA_BREAK.search(text) is None


_OLD_PARA_BREAK = r"\n[ \t\r]*+\n|\n(?=[ \t]{2,}+\S|\t)"  # one break at a time, before breaks in a row were one run


@given(_LINE_TEXT)
def test_breaks_in_a_row_taken_as_one_leave_the_same_blocks(text: str) -> None:
    import re

    from wiretext.stages.body import _PARA_BREAK, _pieces

    old = [b for b in re.split(_OLD_PARA_BREAK, text) if b.strip()]
    assert [b for b in _PARA_BREAK.split(text) if b.strip()] == old
    assert [b for b in _pieces(_PARA_BREAK, text) if b.strip()] == old


@given(_BODY_TEXT)
def test_paragraphs_made_once_for_each_raw_text_are_those_made_every_time(text: str) -> None:
    # paragraphs() remembers the paragraph each raw text made (and whether repair changed it), and
    # does not ask again whether the lines of a block it made whole matter
    text = (text + "\n") * 3  # the same raw texts again
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(body, "_REMEMBER_FROM", 0)  # remembered in a body of any length
        mp.setattr(body, "_REMEMBER_CLEAN_FROM", 0)
        remembered = body.paragraphs(text)
        mp.setattr(body, "_MEMO_CHARS", 0)
        assert body.paragraphs(text) == remembered


_SENTENCE_TEXT = st.lists(
    st.sampled_from([".", ":", "”", ")", "…", "\n", "\n", " ", "\t", "\r", "a", "-", "\u2013"]), max_size=60
).map("".join)


@given(_SENTENCE_TEXT, st.sampled_from([0, 1, 2, 3, 7]))
def test_a_block_split_window_by_window_gives_the_pieces_of_one_split(text: str, window: int) -> None:
    # _sentence_windows cuts a window where a match starts: the pieces, in order, are split's
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(body, "_WINDOW", window)
        windows = list(body._sentence_windows(text))
    assert [piece for w in windows for piece in w] == body._SENTENCE_LINE_END.split(text)
    assert window > len(text) or len(windows) > 1 or body._SENTENCE_LINE_END.search(text, window) is None


@given(_BODY_TEXT)
def test_a_short_body_made_without_the_memory_gives_the_paragraphs_of_the_long_way(text: str) -> None:
    # below _REMEMBER_FROM characters paragraphs() joins then repairs, without remembering
    # (white space at the end: a Reuters body ends "\n " before its sign-off; a wide last line of blanks)
    for body_text in (text, (text + "\n") * 3, text + "\n ", text + ".\n \u2028\t", text + "\n" + " " * 60):
        short = body.paragraphs(body_text)
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(body, "_REMEMBER_FROM", 0)
            mp.setattr(body, "_REMEMBER_CLEAN_FROM", 0)
            assert body.paragraphs(body_text) == short


_ONE_LINE_TEXT = st.lists(
    st.one_of(
        st.sampled_from([" ", "  ", "\t", "\r", "\x0b", "\x0c", "\xa0", "\u2028", "\u00ad", "\u200b", "\u200d"]),
        st.sampled_from(["Oil", "rose", "said.", "-", "A", "&amp;", "x" * 30]),
        st.text(max_size=3).filter(lambda t: "\n" not in t),
    ),
    max_size=30,
).map("".join)


@given(_ONE_LINE_TEXT)
def test_a_block_of_one_line_is_squashed_as_the_calls_squash_it(block: str) -> None:
    # _short_paragraphs writes out squash's shortcut for a block whose lines do not matter
    # and skips _lines_matter without a line break (False there): the paragraph is the
    # one the calls make (blocks with line breaks: the short-body test above).
    assert not body._lines_matter(block)
    made = squash(block.replace("\n", " "))
    for text in (block, "Rain fell.\n\n" + block + "\n\nSun.", "  " + block):
        short = body._short_paragraphs(text, clean=False)
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(body, "_REMEMBER_FROM", 0)
            mp.setattr(body, "_REMEMBER_CLEAN_FROM", 0)
            assert body.paragraphs(text) == short
    assert body._short_paragraphs(block, clean=True) == ((made,) if made else (), 0)


_PRINTABLE_BODY = st.lists(
    st.sampled_from(["Rain fell on the old town. ", "x" * 40, "\n", "\n\n", "\n  ", "  ", "\t", "\r", "\x7f", "\x0b", "é", "-\n"]),
    max_size=20,
).map("".join)


@given(_PRINTABLE_BODY)
def test_a_body_told_printable_at_once_gives_the_paragraphs_of_squash(text: str) -> None:
    # _short_paragraphs asks once whether the body is printable ASCII but for its line breaks;
    # the paragraphs are those of the way that squashes every block (the memory's)
    short = body._short_paragraphs(text, clean=False)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(body, "_REMEMBER_FROM", 0)
        mp.setattr(body, "_REMEMBER_CLEAN_FROM", 0)
        assert body.paragraphs(text) == short
