"""The page reader's early answer for plain copy changes nothing.

:func:`wiretext._page_glance._plain_copy` answers ``True`` from a text's raw
lines, before any line is read; it may do so only where
:func:`wiretext.page.find_story`'s whole reading answers ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

# The invented texts of the page reader's behaviour tests.
from stages.layout.test_page import (
    BRIEF,
    CAPITALS,
    ENGLISH_BODY,
    ENGLISH_PAGE,
    GERMAN_PAGE,
    JAPANESE_PAGE,
    PLAIN_TEXTS,
    REUTERS_1987,
    TABLE,
    WIRED,
    extract,
)

from wiretext import _page_glance as page_glance
from wiretext import _page_lines as page_lines
from wiretext import page as page_module
from wiretext._page_cues import _cue, _rights
from wiretext._page_glance import _plain_copy, _plain_read
from wiretext._page_lines import _Line, _lines
from wiretext._page_score import _CUE_PENALTY, _OPEN_COST, _OPEN_RATE, _TERM_COST, _Page
from wiretext.page import find_story


def test_wire_copy_is_told_at_a_glance() -> None:
    # hard-wrapped copy and copy set in capitals are answered from their raw lines
    assert _plain_copy(WIRED)
    assert _plain_copy(CAPITALS)
    assert _plain_copy(REUTERS_1987)
    # figures ("Net 1.2 mln vs 1.0 mln" holds eight words) make long lines ending no sentence
    assert _plain_copy(TABLE)
    # a brief, a page, an extractor's output are read line by line
    assert not _plain_copy(BRIEF)
    assert find_story(BRIEF) is None
    assert not _plain_copy(ENGLISH_PAGE)
    assert not _plain_copy(extract(*ENGLISH_BODY))


def same_without_the_glance(text: str) -> None:
    """find_story answers the same with and without the early answer for wire copy."""
    fast = find_story(text)
    # find_story looks the glance up in its own module: answer "read on" there
    glance, read, few = page_module._plain_copy, page_module._plain_read, page_module._plain_few
    page_module._plain_copy = page_module._plain_read = page_module._plain_few = lambda text: False
    try:
        slow = find_story(text)
    finally:
        page_module._plain_copy, page_module._plain_read, page_module._plain_few = glance, read, few
    assert fast == slow


@pytest.mark.parametrize(
    "text",
    [WIRED, CAPITALS, TABLE, BRIEF, *PLAIN_TEXTS, ENGLISH_PAGE, GERMAN_PAGE, JAPANESE_PAGE],
)
def test_early_answer_changes_nothing(text: str) -> None:
    same_without_the_glance(text)


WIRE_LINES = st.sampled_from(
    [
        "",
        "    LISBON, March 14 - The port of Lisbon reopened on",
        "Thursday after a storm had forced its closure for two",
        "days, the port authority said.",
        "the port authority said in a statement on Thursday.",
        "    Shr 12 cts vs 10 cts",
        "    Net 1.2 mln vs 1.0 mln",
        "日 日 日 日 日 日",  # eight words in eleven characters: six, and six CJK characters
        "A 日 日 日 日 日 日",
        "THE PORT AUTHORITY SAID THAT SHIPS BEGAN TO DOCK AT NOON TODAY.",
        "© 2024 Example",
        "Home",
        "Related",
        " Reuter",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(WIRE_LINES, st.text(max_size=20)), max_size=40))
def test_early_answer_changes_nothing_on_copy_like_text(lines: list[str]) -> None:
    same_without_the_glance("\n".join(lines))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(WIRE_LINES, st.text(max_size=20)), max_size=40),
    st.sampled_from(["\n", "\r\n", "\n\n"]),
    st.sampled_from([0, 1, 3, 8]),
    st.sampled_from([0, 7, 40, 8192]),
)
def test_the_glance_reads_lines_again_as_it_kept_them(lines: list[str], sep: str, most: int, block: int) -> None:
    # past _KEEP lines the glance keeps only the lines with room for a sentence, and past as many
    # of those it reads its lines again from the text; after each block of lines it asks whether
    # the lines left could still make the text plain copy (blocks made small here, so that a text
    # is asked that often): the answer is the same
    text = sep.join(lines)
    kept = _plain_copy(text)
    keep, per = page_glance._KEEP, page_glance._KEEP_CHARS
    page_glance._KEEP, page_glance._KEEP_CHARS = most, 10**9
    try:
        with mock.patch.object(page_lines, "_BLOCK", block):
            assert _plain_copy(text) == kept
    finally:
        page_glance._KEEP, page_glance._KEEP_CHARS = keep, per


def test_a_page_of_short_lines_is_told_before_its_end(monkeypatch: pytest.MonkeyPatch) -> None:
    # menus over a line of prose, again and again: the glance stops reading once the lines left
    # could not make the text plain copy
    page = "Home\nNews\nSport\n\nRain fell.\n\n" * 4_000
    blocks = page_glance._blocks
    read = 0

    def counted(text: str) -> Iterator[str]:
        nonlocal read
        for block in blocks(text):
            read += 1
            yield block

    monkeypatch.setattr(page_glance, "_blocks", counted)
    assert not _plain_copy(page)
    assert 0 < read < len(list(blocks(page)))
    monkeypatch.undo()
    same_without_the_glance(page)


def test_menus_over_long_copy_are_not_told_a_page_early() -> None:
    # the first blocks look like a page; the copy below leaves too few lines after a gap for one
    # (plain copy: find_story answers None before it looks for another extractor's view, which
    # would join these lines; so the glance is held to _plain_read, its answer on the lines read)
    text = "Home\n\nNews\n\n" * 150 + "the rain fell on\n" * 10_000
    assert _plain_copy(text)
    assert _plain_read(_lines(text))
    assert find_story(text) is None


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_text_of_more_lines_than_are_kept_is_glanced_as_one_read_whole(sep: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # past _KEEP lines the glance reads the text again: the answer is the whole reading's
    monkeypatch.setattr(page_glance, "_KEEP_CHARS", 10**9)  # (else it keeps a line for every 32 characters)
    for text in (WIRED, CAPITALS, TABLE, ENGLISH_PAGE):
        many = sep.join([text] * (page_glance._KEEP // text.count("\n") + 2))
        assert many.count("\n") > page_glance._KEEP
        same_without_the_glance(many)
    # hard-wrapped copy without a blank line stays plain copy however long
    wired = "\n".join(line for line in WIRED.split("\n")[1:] if line)
    assert _plain_copy(wired)
    assert _plain_copy("\n".join([wired] * (page_glance._KEEP // wired.count("\n") + 2)))


REPEATED_LINES = st.lists(
    st.sampled_from(["Home", "  Home ", "Share", "Advertisement 2", "日本 記事", "Soft\u00adhyphen", "| Menu", "", "|"])
    | st.text(max_size=12),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(WIRE_LINES, REPEATED_LINES.map("\n".join), st.text(max_size=20)), max_size=40),
       st.sampled_from(["\n", "\r\n", "\n\n"]), st.sampled_from([0, 1, 15]))
def test_lines_read_again_are_the_lines_read_first(lines: list[str], sep: str, room: int) -> None:
    # _reread gives the lines _plain_copy read first again (stripped, holding a word), those with room when asked
    text = sep.join(lines)
    first = [ln for ln in page_glance._raw_lines(text) if re.search(r"\w", ln)]
    assert list(page_glance._reread(text, room)) == [ln for ln in first if len(ln) >= room or not ln.isascii()]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(WIRE_LINES, REPEATED_LINES.map("\n".join), st.text(max_size=20)), max_size=40),
       st.sampled_from(["\n", "\r\n", "\n\n"]), st.integers(0, 40))
def test_a_text_split_at_once_reads_as_one_read_a_block_at_a_time(lines: list[str], sep: str, block: int) -> None:
    # _plain_few splits a text of fewer lines than the glance keeps, _raw_lines splits a longer one a
    # block of lines at a time (blocks made small here, so that texts cross several): the same lines
    text = sep.join(lines)
    with mock.patch.object(page_lines, "_BLOCK", block):
        one_by_one = list(page_glance._raw_lines(text))
    assert one_by_one == [raw.strip() for raw in text.split("\n")]


@settings(max_examples=300, deadline=None)
@given(REPEATED_LINES, st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_a_line_read_before_is_read_the_same(lines: list[str], sep: str) -> None:
    # _lines shares the words of a text it has read before: each line is what reading it afresh gives
    text = sep.join(lines)
    fields = ("text", "start", "end", "gap", "units", "key", "dkey", "term")
    for ln in _lines(text):
        fresh = _Line(ln.text, ln.start, ln.gap)
        assert [getattr(ln, f) for f in fields] == [getattr(fresh, f) for f in fields]
        assert text[ln.start : ln.end] == ln.text == ln.text.strip()


@settings(max_examples=200, deadline=None)
@given(REPEATED_LINES.map(lambda lines: [*lines, "Related", "© 2024 Site", "Related", "© 2024 Site"]))
def test_a_text_is_marked_once_as_each_line_would_be(lines: list[str]) -> None:
    # _Page._scores reads whether a text is a cue or a rights notice once a text
    page = _Page(_lines("\n".join(lines)))
    page.score()
    for k, ln in enumerate(page.lines):
        s = ln.units - _TERM_COST if ln.term else ln.units * _OPEN_RATE - _OPEN_COST
        if page.counts[ln.dkey] > 1 and ln.units < 15:
            s = min(s, -3.0 - min(ln.units, 10))
        s -= 3.0 * page.in_run[k]
        if page.cookie[k]:
            s = -abs(s) - 10.0
        s -= _CUE_PENALTY * _cue(ln)
        assert page.scores[k] == (-1000.0 if _rights(ln) else s)


def test_the_glance_keeps_a_line_for_every_32_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    # the bound grows with the text, so that the glance costs the same a line at every size:
    # a text of long lines is read once, however many they are
    reads = 0
    blocks, raw_lines = page_glance._blocks, page_glance._raw_lines

    def counted(text: str) -> Iterator[str]:  # the first pass
        nonlocal reads
        reads += 1
        return blocks(text)

    def counted_again(text: str) -> Iterator[str]:  # _reread's passes
        nonlocal reads
        reads += 1
        return raw_lines(text)

    monkeypatch.setattr(page_glance, "_blocks", counted)
    monkeypatch.setattr(page_glance, "_raw_lines", counted_again)
    line = "Traders said the market rose on Monday as buyers returned after a long weekend"
    long_lines = "\n".join([line] * (page_glance._KEEP * 3))
    _plain_copy(long_lines)
    assert reads == 1
    reads = 0
    short_lines = "\n\n".join(["Rain fell.", "Sport."] * (page_glance._KEEP * 3))
    _plain_copy(short_lines)
    assert reads > 1


_GLUE_TEXT = st.lists(
    st.sampled_from(["a", "b", "Z", "W", "A", "B", "É", "ß", "0", "%", ".", "!", ")", "”", "»", " ", "©", "\\n",
                     "PRESS ", "REUTERS ", "AFP ", "IMAGES ", "eB", "iPhone", "AP NEWS", "(", "x"]),
    max_size=40,
).map("".join)


@given(_GLUE_TEXT)
def test_glue_points_found_from_their_candidates_are_those_of_one_search(text: str) -> None:
    # glued_view finds the glue points from where they may stand, each tried with _GLUE
    from wiretext._pagetext import _GLUE, _glue_points

    assert _glue_points(text) == [m.start() for m in _GLUE.finditer(text)]


@given(st.lists(_GLUE_TEXT, max_size=4).map("\n".join), st.data())
def test_glue_points_on_a_line_are_those_of_one_search_there(text: str, data: st.DataObject) -> None:
    # glued_view counts the glue points of each long line (from its start to its end, or the look's)
    from wiretext._pagetext import _GLUE, _glue_points

    starts = [0, *(k + 1 for k, ch in enumerate(text) if ch == "\n")]
    start = data.draw(st.sampled_from(starts))
    end = data.draw(st.integers(start, len(text)))
    assert _glue_points(text, start, end) == [m.start() for m in _GLUE.finditer(text, start, end)]


_GLANCE_TEXT = st.lists(
    st.sampled_from(["Rain", "fell.", "|", "-", " ", "\t", "\n", "\n", "\r", "_", "é", "—", "\u00a0", "\x0b", "a b c d e f g h"]),
    max_size=40,
).map("".join)


def _runs_on_by_loop(text: str) -> str:
    """_pagetext._runs_on as it was: a list of every character, each line break looked at in a loop."""
    import re

    out = list(text)
    for m in re.finditer(r"\n(?=[ \t]*+[a-zß-ÿ])", text):
        j = m.start() - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        if j >= 0 and (text[j].isalnum() or text[j] in "_,;"):
            out[m.start()] = " "
    return "".join(out)


@given(
    st.lists(
        st.sampled_from(["a", "Z", "é", "ß", "_", ",", ";", ".", "5", "²", "\u0663", " ", "\t", "\n", "\n", "x y"]),
        max_size=30,
    ).map("".join)
)
def test_run_on_breaks_joined_by_one_substitution_as_by_the_loop(text: str) -> None:
    from wiretext._pagetext import _runs_on

    assert _runs_on(text) == _runs_on_by_loop(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(WIRE_LINES, REPEATED_LINES.map("\n".join), _GLANCE_TEXT, st.text(max_size=20)), max_size=40),
       st.sampled_from(["\n", "\r\n", "\n\n", "\n|\n-\n"]))
def test_the_glance_on_lines_read_answers_as_on_raw_lines(lines: list[str], sep: str) -> None:
    # find_story takes the glance on the lines _lines read for a long sparse text: the same answer
    from wiretext._page_glance import _plain_read

    text = sep.join(lines)
    assert _plain_read(_lines(text)) == _plain_copy(text)


@pytest.mark.parametrize("unit", ["- . : _ \u2013 \u2014\n-\n.\n:\n_\n\u2013\n\u2014\n", "|\nHome\n|\n|\nRain fell.\n|\n"])
def test_a_sparse_text_is_glanced_on_its_lines_read_once(unit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # a long text of lines mostly without a word: the glance takes the lines the page reads, and
    # the answer is the one without a glance
    text = unit * (page_glance._KEEP // unit.count("\n") + 2)
    assert page_glance._read_first(text)
    monkeypatch.setattr(page_module, "_plain_copy", lambda _text: pytest.fail("the raw lines were read"))
    fast = find_story(text)
    monkeypatch.setattr(page_module, "_plain_read", lambda _lines: False)
    assert find_story(text) == fast


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.one_of(WIRE_LINES, st.text(max_size=20)), max_size=40),
    st.sampled_from(["\n", "\r\n", "\n\n", "\n \n"]),
)
def test_a_text_of_few_lines_is_glanced_as_the_general_loop_glances_it(lines: list[str], sep: str) -> None:
    # _plain_few (fewer line breaks than _KEEP) against the general loop keeping every line
    # (_KEEP 0 sends every text there; a line kept for every character keeps them all)
    text = sep.join(lines)
    few = page_glance._plain_few(text)
    keep, per = page_glance._KEEP, page_glance._KEEP_CHARS
    page_glance._KEEP, page_glance._KEEP_CHARS = 0, 1
    try:
        assert _plain_copy(text) == few
    finally:
        page_glance._KEEP, page_glance._KEEP_CHARS = keep, per


@pytest.mark.parametrize("text", [WIRED, CAPITALS, TABLE, BRIEF, REUTERS_1987, *PLAIN_TEXTS, ENGLISH_PAGE, GERMAN_PAGE])
def test_the_invented_texts_are_glanced_as_the_general_loop_glances_them(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    few = page_glance._plain_few(text)
    monkeypatch.setattr(page_glance, "_KEEP", 0)
    monkeypatch.setattr(page_glance, "_KEEP_CHARS", 1)
    assert _plain_copy(text) == few


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from("AZaz09 -.,ÀàǅΣσ\u2160"), max_size=30))
def test_a_line_in_capitals_is_what_isupper_says(line: str) -> None:
    assert page_glance._is_upper(line) == line.isupper()


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from("AZaz09_ -.,'\tÀàΣ\u2160\u00ad"), max_size=60))
def test_a_long_line_is_what_at_least_says(line: str) -> None:
    # _capitals and _wrapped ask an ASCII line's pattern at once, _at_least through its memory
    from wiretext._page_lines import _LONG, _at_least

    assert page_glance._is_long(line) == _at_least(line, _LONG)
    assert page_glance._is_long(line * 9) == _at_least(line * 9, _LONG)  # past the memory's 200 characters


@given(st.lists(st.sampled_from(["rain", "port", "city", "floods", "old", "town", "a"]), max_size=8), st.data())
def test_a_line_sharing_at_most_one_word_with_the_title_is_no_candidate(words: list[str], data: st.DataObject) -> None:
    # _page_head._candidates drops such a line before making a set of its words: the test it skips fails
    title = set(data.draw(st.lists(st.sampled_from(["rain", "port", "city", "floods", "news"]), max_size=6)))
    toks = set(words)
    if len(title.intersection(words)) < 2:
        assert len(toks) < 3 or len(toks & title) < 0.6 * len(toks)
