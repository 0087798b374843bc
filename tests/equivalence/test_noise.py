"""The noise rules' gates (opener scan, letter classes) against the patterns."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

# _spans.join_lines as it was, cuts joined a pair at a time (the page reader's reference too)
from equivalence.test_page_extract import joined
from wiretext._spans import Cut
from wiretext.noise import find_noise


def cuts(text: str) -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.rule) for c in find_noise(text)]


def test_opener_scan_folds_case_at_least_as_regex_does() -> None:
    # The opener scan (standard ``re``) gates the rules (``regex``): every
    # character ``regex`` takes for a word's letter, ``re`` must take too.
    import re

    import regex

    from wiretext.noise import _OPENER_WORDS

    everything = "".join(map(chr, range(0x110000)))
    for letter in sorted({ch for word in _OPENER_WORDS for ch in word if ch.isalpha()}):
        taken_by_regex = set(regex.findall("(?i)" + regex.escape(letter), everything))
        assert taken_by_regex <= set(re.findall("(?i)" + re.escape(letter), everything)), letter


def test_opener_letter_classes_hold_every_case_form() -> None:
    # The opener scan tells a word by its first letter, written as a class of
    # case forms less ASCII lower case: every other form ``regex`` takes for
    # the letter must be in it.
    import re
    import string

    import regex

    from wiretext.noise import _OPENER_WORDS, _first_letter

    everything = "".join(map(chr, range(0x110000)))
    for letter in sorted({word[0] for word in _OPENER_WORDS}):
        taken_by_regex = set(regex.findall("(?i)" + regex.escape(letter), everything)) - set(string.ascii_lowercase)
        assert taken_by_regex <= set(re.findall(_first_letter(letter), everything)), letter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rules on the range's first line, which the line-break scan does not see.
        ("Advertisement\nStory.", [("Advertisement\n", "advertisement")]),
        ("Home > World > Asia", [("Home > World > Asia", "breadcrumb")]),
        ("Home › World › Asia\nStory.", [("Home › World › Asia\n", "breadcrumb")]),
        ("Story.\nNews\t»\tPolitics » Europe\nMore.", [("News\t»\tPolitics » Europe\n", "breadcrumb")]),
        # A control character in non-ASCII text, an invisible one beside a control.
        ("Café\x7fau lait", [("\x7f", "control-character")]),
        ("A\x1b\u00adB", [("\x1b", "control-character"), ("\u00ad", "invisible-character")]),
        ("Story \ud800 \x00 end", [("\x00", "control-character")]),
        ("Story.\n© Jane Roe/\nMore.", [("© Jane Roe/\n", "photo-credit")]),
        # Lines that open with a digit: a comment count, or a breadcrumb.
        ("12 Comments\nStory.", [("12 Comments\n", "comment-prompt")]),
        ("Story.\n  7 comments  \nMore.", [("  7 comments  \n", "comment-prompt")]),
        ("Story.\n12 > 13 > 14\nMore.", [("12 > 13 > 14\n", "breadcrumb")]),
        # Photo marks found from their "/".
        ("Story.\nFoto/Quelle: dts\nMore.", [("Foto/Quelle: dts\n", "photo-credit")]),
        ("Story.\nA pier at dawn. AP Photo/Jane Roe\nMore.", [("A pier at dawn. AP Photo/Jane Roe\n", "photo-credit")]),
        ("Story.\nA pier. THE CANADIAN PRESS/Paul Chiasson\nMore.", [("A pier. THE CANADIAN PRESS/Paul Chiasson\n", "photo-credit")]),
        # What the opener scan asks of a line's opening: three rule signs with
        # blanks between, a word in any case after "(" or a count, a word
        # opening with a capital's odd case form.
        ("Story.\n- - - -\nMore.", [("- - - -\n", "rule-line")]),
        ("Story.\n\t+ +\t+\nMore.", [("\t+ +\t+\n", "rule-line")]),
        ("Story.\n-- -\nMore.", [("-- -\n", "rule-line")]),
        ("Story.\n(photo: Jane Roe/AFP)\nMore.", [("(photo: Jane Roe/AFP)\n", "photo-credit")]),
        ("Story.\n123456 kommentare\nMore.", [("123456 kommentare\n", "comment-prompt")]),
        ("Story.\n\u212aommentare\nMore.", [("\u212aommentare\n", "comment-prompt")]),
        ("\u0130mage by Jo Lim\nMore.", [("\u0130mage by Jo Lim\n", "photo-credit")]),
    ],
)
def test_gated_rules_still_match(text: str, expected: list[tuple[str, str]]) -> None:
    assert cuts(text) == expected


def test_opener_words_after_a_bracket_or_a_count() -> None:
    # After "(" the opener looks for _PHOTO_WORDS, after a count for
    # _COMMENT_WORDS: each word of those rules must open with one.
    import re

    from wiretext.noise import _COMMENT_WORDS, _OPENER_WORDS, _PHOTO_WORDS, LINE_RULES

    rules = dict(LINE_RULES)
    photo = re.search(r"\\\(\?\(\?:([^)]*)\)", rules["photo-credit"])
    comment = re.search(r"\)\?\(\?:([^)]*)\)", rules["comment-prompt"])
    assert photo is not None
    assert comment is not None
    for words, prefixes in ((photo.group(1), _PHOTO_WORDS), (comment.group(1), _COMMENT_WORDS)):
        for word in words.split("|"):
            assert word.startswith(prefixes), word
    assert set(_PHOTO_WORDS + _COMMENT_WORDS) <= set(_OPENER_WORDS)


_NOISE_LINES = [
    "Advertisement", "Share on Facebook", "Home > News > World", "Home » Sport", "|", "||", "----",
    "Read more: Ferries cancelled", "Subscribe to our newsletter", "3 comments", "Rain fell.",
    "ADVERTISEMENT\r", "  Advertisement", "a > b", "x", "(AP Photo/Jo Lim)", "1 Comment", "",
]


@pytest.mark.parametrize("seed", range(40))
def test_each_line_tried_once_finds_what_trying_every_line_finds(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # _line_cuts remembers the rule of a line it has tried (after a line break): the same cuts as none remembered
    import random

    from wiretext import noise

    rng = random.Random(seed)
    text = rng.choice(["", "Home > News\n", " Share"]) + "\n".join(rng.choice(_NOISE_LINES) for _ in range(60))
    start = rng.randrange(0, 5)
    remembered = noise.find_noise(text, start)
    monkeypatch.setattr(noise, "_TRIED", 0)
    assert noise.find_noise(text, start) == remembered


@pytest.mark.parametrize("text", ["a\x01b\x7f\x00", "Straße\x02\x1f \u200b\x0b\x0c", "\ufeff\x01" * 50, "plain"])
def test_control_characters_blanked_by_search_as_by_the_table(text: str) -> None:
    # a dense text that is not ASCII has its control characters blanked by _CONTROL, not BLANK_RUNS
    from wiretext.stages.noise import _CONTROL
    from wiretext.stages.text import BLANK_RUNS

    assert _CONTROL.sub(" ", text) == text.translate(BLANK_RUNS)


def _opener_tried_in_turn() -> str:
    """The opener as it was: every alternative tried in turn on a line, behind ``(?=[^a-z])`` alone.

    (Less the pipe line's "|", which it then opened with: pipe lines are found on their own.)
    """
    from wiretext._lazy import prefix_tree
    from wiretext.noise import _COMMENT_WORDS, _OPENER_WORDS, _PHOTO_WORDS, _first_letter

    photo = "(?i:" + prefix_tree(set(_PHOTO_WORDS)) + ")"
    comment = "(?i:" + prefix_tree(set(_COMMENT_WORDS)) + ")"
    groups: dict[str, set[str]] = {}
    for word in _OPENER_WORDS:
        groups.setdefault(word[0], set()).add(word[1:])
    by_letter = "".join(f"|{_first_letter(c)}(?i:{prefix_tree(rest)})" for c, rest in sorted(groups.items()))
    return (
        r"[ \t]*+(?=[^a-z])(?:[-=_*~#+][ \t]*+[-=_*~#+][ \t]*+[-=_*~#+]"
        rf"|\({photo}|[0-9][0-9]{{0,5}}[ \t]++{comment}{by_letter})"
    )


def _opener_text() -> st.SearchStrategy[str]:
    from wiretext.noise import _COMMENT_WORDS, _OPENER_WORDS, _PHOTO_WORDS

    words = sorted({*_OPENER_WORDS, *_PHOTO_WORDS, *_COMMENT_WORDS})
    pieces = st.one_of(
        st.sampled_from(words),
        st.sampled_from(words).map(str.upper),
        st.sampled_from(words).map(str.capitalize),
        st.sampled_from(["\n", "\n", " ", "\t", "-", "=", "_", "*", "|", "(", "1", "42 ", ".", ":", "\u2013", "x", "\u0130", "\u212a"]),
        st.text(max_size=2),
    )
    return st.lists(pieces, max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(_opener_text())
def test_the_opener_behind_its_first_characters_matches_where_it_matched_tried_in_turn(text: str) -> None:
    # the opener looks at a line's first character before its alternatives: the same lines open like a rule
    import re

    from wiretext.noise import _opener

    new, old = re.compile(_opener()), re.compile(_opener_tried_in_turn())
    assert [m.start() for m in re.finditer("\n" + _opener(), text)] == [m.start() for m in re.finditer("\n" + old.pattern, text)]
    assert [new.match(text, i) is not None for i in range(len(text))] == [old.match(text, i) is not None for i in range(len(text))]


_LINES_TEXT = st.lists(
    st.sampled_from(["\n", "\n", " ", "\t", "|", "Advertisement", "share", "Photo", "12 comments", "---", "Rain", "x"]),
    max_size=25,
).map("".join)


@given(_LINES_TEXT, st.integers(0, 6), st.integers(0, 6))
def test_line_starts_are_the_opener_scans_finds_and_the_first_line(text: str, lo: int, hi: int) -> None:
    # _line_starts looks for the first line break before an opener, then scans from it: the
    # starts are those of one scan of the range (written out here), and the first line's.
    from wiretext.noise import _compiled, _line_starts

    compiled = _compiled()
    start, stop = min(lo, len(text)), max(min(lo, len(text)), len(text) - hi)
    expected = [m.start() + 1 for m in compiled.opener_scan.finditer(text, start, stop)]
    if compiled.opener_at.match(text, start, stop):
        expected.insert(0, start)
    assert _line_starts(compiled, text, start, stop) == expected


def _every_line_tried(text: str, start: int, stop: int) -> list[Cut]:
    """The line rules' cuts the long way: every line of the range tried against every rule."""
    from wiretext.noise import _LINE_MAX, _compiled

    rules = _compiled().lines
    cuts: list[Cut] = []
    pos = start
    while pos < stop:
        nl = text.find("\n", pos, stop)
        line_end = stop if nl < 0 else nl
        line = text[pos:line_end]
        if 0 < len(line) <= _LINE_MAX and not line.lstrip()[:1].islower():
            m = rules.fullmatch(text, pos, line_end - line.endswith("\r"))
            if m is not None:
                cuts.append(Cut(pos, min(stop, line_end + 1), (m.lastgroup or "").replace("_", "-")))
        pos = line_end + 1
    # pipe lines with only empty lines between are one cut, in a text holding one of these
    if "|\n" in text or "| \n" in text or "|\r" in text:
        return joined(text, cuts)
    return cuts


_PIPE_TEXT = st.lists(
    st.sampled_from(["\n", "\n", "\n", " ", "  ", "\t", "\r", "|", "|", "| |", "x", "Rain", "- - -", "* ", "Photo: Jo Lim/AFP",
                     "Home > News > Asia", "12 comments", "Share", "a", "|" * 201, "İ", "Related", "·"]),
    max_size=40,
).map("".join)


@settings(max_examples=600, deadline=None)
@given(_PIPE_TEXT, st.integers(0, 8), st.integers(0, 8))
def test_line_cuts_are_those_of_every_line_tried(text: str, lo: int, hi: int) -> None:
    # pipe lines are found in runs (one or more lines), the other rules' lines by the opener and
    # arrow scans, each line tried once: the cuts of every line tried against every rule
    from wiretext.noise import _char_cuts, _compiled, merge

    start, stop = min(lo, len(text)), max(min(lo, len(text)), len(text) - hi)
    if start >= stop:
        return
    ascii_text = text.isascii()
    plain = _every_line_tried(text, start, stop) + _char_cuts(_compiled(), text, start, stop, ascii_text, True)
    assert find_noise(text, start, stop) == merge(plain)


@given(st.text(alphabet=st.sampled_from("ab \n\t\r\x00\x01\x0b\x1f\x7f\x80\x85é\u200b"), max_size=30))
def test_control_characters_told_from_the_bytes_as_by_the_rule(text: str) -> None:
    # _char_cuts tells a text holding a control character from its bytes (every other byte deleted)
    from wiretext.noise import CONTROL_CHARS

    cut = [c for c in find_noise(text) if c.rule == "control-character"]
    assert bool(cut) == any(ch in CONTROL_CHARS for ch in text)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(["|", "|", " ", "\t", "\n", "\r", "\r\n", "x", "a |"]), max_size=30).map("".join),
    st.integers(0, 5),
    st.integers(0, 5),
)
def test_the_trailing_pipe_opening_with_its_bar_finds_what_the_rule_finds(text: str, lo: int, hi: int) -> None:
    # the "trailing-pipe" rule runs on the standard library's engine, written to open with its "|"
    import regex

    from wiretext.noise import _TRAILING_PIPE, CHARACTER_RULES

    rule = regex.compile(dict(CHARACTER_RULES)["trailing-pipe"])
    start, stop = min(lo, len(text)), max(min(lo, len(text)), len(text) - hi)
    expected = [m.span() for m in rule.finditer(text, start, stop)]
    assert [m.span() for m in _TRAILING_PIPE.finditer(text, start, stop)] == expected
