"""normalize's shortcuts against the long way: squash, the entity table, and repair skipping ftfy only where it changes nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wiretext.data.characters import REMOVED
from wiretext.normalize import repair, squash

_WHITE = st.sampled_from([" ", "  ", "\t", "\n", "\xa0", "\u2003", "\x1c", "\u2028", "\r\n"])
_WORDS = st.sampled_from(["Rain", "fell", "on", "Oslo", "ß", "日本", "\u00ad", "-", "."])


@given(st.lists(st.one_of(_WHITE, _WORDS, st.text(max_size=4)), max_size=30).map("".join))
def test_squash_is_joining_the_words(text: str) -> None:
    # The words, less the format characters that are removed (the soft hyphen).
    assert squash(text) == " ".join(text.translate(dict.fromkeys(map(ord, REMOVED))).split())


_PRINTABLE_PIECES = st.sampled_from(["Rain fell on Oslo. ", "x" * 70, "~", " ", "\x7f", "\x1f", "\t", "\n", "\r", "\x00", "é"])


@given(st.lists(st.one_of(_PRINTABLE_PIECES, st.text(max_size=3)), max_size=12).map("".join))
def test_printable_told_from_the_bytes_is_what_isprintable_says(text: str) -> None:
    # printable() asks the bytes of a long ASCII text, isprintable() a short or non-ASCII one
    from wiretext.normalize import printable

    assert printable(text) == text.isprintable()
    assert printable(text * 8) == (text * 8).isprintable()  # past the 64 characters asked directly


def test_a_listed_entity_decodes_as_html_unescape_decodes_it() -> None:
    # _entity looks a name up in html.entities.html5 rather than call html.unescape.
    import html
    import html.entities

    from wiretext.normalize import _ENTITY

    for name, value in html.entities.html5.items():
        whole = "&" + name
        if _ENTITY.fullmatch(whole):
            assert html.unescape(whole) == value, name


def _fix_text_counting(text: str) -> tuple[str, int]:
    """``normalize._fix_text(text)``, and how many times it called ftfy's fix_text or fix_encoding."""
    from unittest import mock

    import ftfy

    from wiretext.normalize import _fix_text

    calls = 0

    def counted(fixer: Callable[..., str]) -> Callable[..., str]:
        def call(*args: object, **kwargs: object) -> str:
            nonlocal calls
            calls += 1
            return fixer(*args, **kwargs)

        return call

    with (
        mock.patch.object(ftfy, "fix_text", counted(ftfy.fix_text)),
        mock.patch.object(ftfy, "fix_encoding", counted(ftfy.fix_encoding)),
    ):
        return _fix_text(text), calls


def test_clean_text_in_other_scripts_skips_ftfy() -> None:
    # Text ftfy provably leaves alone (or only composes) never reaches it; text it may mend does.
    for text in ("Die Straße “bleibt” zu.", "Президент заявил.", "東京で会議が開かれた。", "Cafe\u0301"):
        assert _fix_text_counting(text) == (_ftfy(text), 0), text
    for text in ("Caf\u00c3\u00a9", "x\n\u00c2 y", "a\rb é"):
        fixed, calls = _fix_text_counting(text)
        assert fixed == _ftfy(text) and calls > 0, text


def test_badness_pattern_is_the_one_the_window_search_was_read_from() -> None:
    import ftfy

    from wiretext._badness import _badness_known

    if ftfy.__version__ != "6.3.1":
        pytest.skip(f"ftfy {ftfy.__version__}: is_bad is searched whole")
    assert _badness_known()


def test_what_is_bad_looks_for_holds_a_suspect_run_and_fits_the_window() -> None:
    # _is_bad searches from 6 characters before each suspect run (two or more
    # non-ASCII characters, or one of a few alone) to 6 after it: every
    # alternative of ftfy's pattern must be at most 7 long, and hold two
    # non-ASCII characters side by side or one of those few.
    import itertools
    import re
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    from ftfy.badness import BADNESS_RE

    from wiretext._badness import _REACH, _suspect_runs

    alone = {ch for ch in map(chr, range(0x80, 0x3000)) if list(_suspect_runs(ch))}
    assert alone == {*map(chr, range(0x80, 0xA0)), "Œ", "œ", "Ã", "Â"}
    parsed = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    assert parsed.getwidth()[1] <= _REACH + 1
    [(op, (_, alternatives))] = parsed.data
    assert op is c.BRANCH

    def chars(op: object, av: object) -> set[int] | None:
        """The code points one mandatory character of this item may be, or None."""
        if op is c.LITERAL:
            return {av}  # type: ignore[arg-type]
        if op is c.IN and all(o in (c.LITERAL, c.RANGE) for o, _ in av):  # type: ignore[attr-defined]
            out: set[int] = set()
            for o, a in av:  # type: ignore[attr-defined]
                out |= {a} if o is c.LITERAL else set(range(a[0], a[1] + 1))
            return out
        return None

    anchored = 0
    for alternative in alternatives:
        items: list[set[int] | None] = []
        for op, av in alternative.data:
            assert op not in (c.ASSERT, c.ASSERT_NOT)  # no look-around across a window's edge
            if op is c.AT:
                assert av is c.AT_BEGINNING and not items
                anchored += 1
                continue
            items.append(chars(op, av))
        side_by_side = any(
            a is not None and b is not None and min(a) > 127 and min(b) > 127 for a, b in itertools.pairwise(items)
        )
        suspect_alone = any(cs is not None and {chr(x) for x in cs} <= alone for cs in items)
        assert side_by_side or suspect_alone, alternative
    assert anchored == 1  # "^[ÃÂ] ", which _composes_only looks for at line starts
    assert re.search(BADNESS_RE, "\u00c3 x") and not re.search(BADNESS_RE, "1\n\u00c3 x")


def test_an_ftfy_whose_steps_were_not_read_is_always_run(monkeypatch: pytest.MonkeyPatch) -> None:
    import ftfy

    from wiretext.normalize import _ftfy_read

    assert _ftfy_read()  # the installed ftfy is one that was read: the tests above check the shortcut
    _ftfy_read.cache_clear()
    monkeypatch.setattr(ftfy, "__version__", "7.0.0")
    try:
        fixed, calls = _fix_text_counting("Die Straße bleibt zu.")
        assert fixed == "Die Straße bleibt zu." and calls > 0
    finally:
        _ftfy_read.cache_clear()


def _ftfy(text: str) -> str:
    import ftfy

    from wiretext.normalize import _CONFIG

    return ftfy.fix_text(text, _CONFIG)


def _assert_skipped_only_where_ftfy_changes_nothing(text: str) -> None:
    """The window search answers as ftfy's is_bad, and ftfy leaves text it is skipped on as it is."""
    from ftfy.badness import is_bad

    from wiretext._badness import _is_bad

    assert _is_bad(text) == is_bad(text)
    assert _fix_text_counting(text)[0] == _ftfy(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Straße bleibt “bis Freitag” gesperrt, sagte die Polizei.",
        "Le président a déclaré « nous verrons » à Paris.",
        "Президент заявил, что переговоры продолжатся.",
        "Ο πρωθυπουργός μίλησε στη Βουλή.",
        "東京で会議が開かれた。",
        "Caf\u00c3\u00a9 au lait",  # UTF-8 read as Windows-1252
        "Ein Satz.\n\u00c3 la fin",  # "^[ÃÂ] " at the start of a line, not of the text
        "\u00c3 la fin",
        "Preis: 5 \u00e2\u201a\u00ac",  # "€" read as Windows-1252
        "Zeile eins\r\nZeile zwei é",  # a line break that ftfy rewrites
        "Absatz\u2028é",
        "Steuer\u0085zeichen é",  # C1 control
        "Kontrolle\x07 é",  # a control character ftfy removes
        "Farbe \x1b[31mrot\x1b[0m é",  # a terminal escape
        "Cafe\u0301",  # not NFC
        "Surrogat \ud800 é",
        "Pa\u00c3\u00b1o " * 3000,  # long: mojibake far from the start
        "ß" * 50 + "a" * 5000 + "\u00c3\u00a9",
        "œil",  # "[Œœ][^A-Za-z]" needs a character after it
        "œ",
    ],
)
def test_ftfy_is_skipped_only_where_it_changes_nothing(text: str) -> None:
    _assert_skipped_only_where_ftfy_changes_nothing(text)
    assert repair(text) == _ftfy(text)


# Characters ftfy's steps look at, and their neighbours, to build mojibake from.
_FTFY_ALPHABET = st.sampled_from(
    list("aeAZ .,!?\n\t\r#&\\$0")
    + list("ÀÃÂÎÐØÙàâãéüßœŒ×÷°±²³µ¶§·´–—―…’‘“”„«»‹›¢£¥€¦¤¨¬¯¸ƒˆˇ˘˛˜†‡‰⌐◊�ªº")
    + list("ВГРСвЂўΒΓΞΟβāΑΩαωа│┌═█√≈‚\u00a0\u00ad\u0085\u0081\u2028\u200b\ufeff\u0301\x1b\x07")
)


@given(st.lists(_FTFY_ALPHABET, max_size=40).map("".join))
def test_ftfy_is_skipped_only_where_it_changes_nothing_on_mojibake_shaped_text(text: str) -> None:
    _assert_skipped_only_where_ftfy_changes_nothing(text)


# Text that is not NFC: ftfy composes it, and may then find mojibake in what it composed.
_COMPOSING = st.sampled_from(
    [
        *"aAeIiksK .\n\r",
        *("\u212a", "\u0130", "\u0131", "\u017f", "\u0301", "\u0303", "\u0308", "\u0327", "\u00c3", "\u00a9"),
        *("ß", "é", "\u1e9b", "\u2126", "\u00c5", "A\u030a", "\u0085", "\u2028"),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "\u212a",  # the Kelvin sign: NFC makes it "K", and nothing else is done
        "\u0130 \u0131 \u017f \u212a\n\u0130\n\u212a\n",
        "Cafe\u0301 \u212a",
        "A\u0303 la fin",  # composes to "Ã la fin": the second pass finds "^[ÃÂ] "
        "Une ligne.\nA\u0303 la fin",
        "A\u0303\u00a9 \u212a",  # composes to "Ã©", mojibake for "é"
        "\u212a\r\n",
    ],
)
def test_text_ftfy_only_composes_is_composed_without_it(text: str) -> None:
    from wiretext.normalize import _fix_text

    assert _fix_text(text) == _ftfy(text)
    assert repair(text) == _ftfy(text)


@given(st.lists(_COMPOSING, max_size=40).map("".join), st.integers(1, 12))
def test_repair_by_pieces_is_fix_text_whole(text: str, limit: int) -> None:
    # With a small max_decode_length, fix_text cuts long lines into pieces:
    # _fix_text, a run of pieces at a time, composing without ftfy where that is
    # all it does, gives what fix_text gives on the whole text.
    import ftfy

    from wiretext import normalize

    config = normalize._CONFIG._replace(max_decode_length=limit)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(normalize, "_CONFIG", config)
        assert "".join(normalize._pieces(text)) == text
        assert all(len(piece) <= limit for piece in normalize._pieces(text))
        assert normalize._fix_text(text) == ftfy.fix_text(text, config)
    assert normalize._fix_text(text) == _ftfy(text)


def test_every_alternative_of_the_badness_pattern_needs_characters_that_are_not_ascii() -> None:
    # The long-window test (_bad_in) reads them off the pattern: were none read, it would test nothing.
    from wiretext._badness import _badness_needs

    needs = _badness_needs()
    assert needs is not None and len(needs) == 37
    assert all(need and all(min(chars) > "\x7f" for chars in need) for need in needs)
    assert any(frozenset("\u00a2\u00a3\u00a5\u20a7\u20ac") in need for need in needs)  # "[¢£¥₧€]"


@pytest.mark.parametrize(
    "text",
    [
        ("i \u0130\u0131 k \u212a s \u017f\ni\n\u0130\u0131\nk\n\u212a\ns\n\u017f\n" * 40),  # no alternative can match
        "Москва, 3 января. Тали снега.\n" * 20,
        ("\u0130\u0131 " * 100) + "Caf\u00c3\u00a9",  # mojibake at the end of a long window
        "ß\u00e9" * 150 + "\u00a2",
        "\u00e0\u00b2" * 120,
    ],
)
def test_a_long_window_is_bad_as_is_bad_says(text: str) -> None:
    from ftfy.badness import is_bad

    from wiretext._badness import _bad_in, _is_bad

    assert _is_bad(text) == is_bad(text)
    assert _bad_in(text, 0, len(text)) == is_bad(text)


@given(st.lists(_FTFY_ALPHABET, max_size=40).map("".join), st.integers(5, 40), st.lists(_FTFY_ALPHABET, max_size=8))
def test_a_long_window_is_bad_as_is_bad_says_on_mojibake_shaped_text(unit: str, times: int, tail: list[str]) -> None:
    from ftfy.badness import BADNESS_RE, is_bad

    from wiretext._badness import _bad_in, _is_bad

    text = unit * times + "".join(tail)  # long enough for the test of a window's characters
    assert _is_bad(text) == is_bad(text)
    for start in (0, len(text) // 3):
        assert _bad_in(text, start, len(text)) == (BADNESS_RE.search(text, start, len(text)) is not None)


def test_an_entity_remembered_decodes_as_html_unescape_decodes_it() -> None:
    import html

    from wiretext.normalize import _unescaped

    for entity in ("&Cx1f;", "&QL;", "&ampx;", "&notin;", "&notit;", "&LR;", "&AMP;", "&zz;") * 2:
        assert _unescaped(entity) == html.unescape(entity)
    assert repair("&Cx1f; &QL; &notit; " * 3) == html.unescape("&Cx1f; &QL; &notit; " * 3)


@given(st.lists(_FTFY_ALPHABET, max_size=40).map("".join))
def test_a_line_that_only_fix_encoding_could_change_is_fixed_as_fix_text_fixes_it(text: str) -> None:
    from wiretext.normalize import _fix_line, _fix_text

    line = text.replace("\n", " ")
    assert _fix_line(line) == _ftfy(line)
    assert _fix_line(line + "\n") == _ftfy(line + "\n")
    assert _fix_text(text) == _ftfy(text)


@pytest.mark.parametrize(
    "line",
    [
        "Caf\u00c3\u00a9 au lait",  # fix_encoding mends it: fix_text goes on from the mended line
        "\u0142\u00f8\u0111\u0127 \u0142\u00f8 and \u00f8\u0142",  # bad to ftfy's pattern, left as it is
        "Preis: 5 \u00e2\u201a\u00ac\r",  # a step besides fix_encoding acts: fix_text whole
        "\u00c3\u00a9\u0301 composed after mending",
        "A\u0303\u00a9",
    ],
)
def test_one_line_fixed_as_fix_text_fixes_it(line: str) -> None:
    from wiretext.normalize import _fix_line

    assert _fix_line(line) == _ftfy(line)


def test_a_repair_remembered_is_the_repair_made_afresh() -> None:
    # repair remembers what it made of short texts (the head stage and the body stage repair one line twice)
    from wiretext.normalize import _REMEMBERED, _repaired, _repaired_line

    short = ["Caf\u00c3\u00a9 rose #36;5", "&lt;b&gt; &amp; more", "x" * (_REMEMBERED - 6) + " &amp;"]
    texts = [*short, "x" * _REMEMBERED + " &amp;", "Rain fell."]  # too long to remember; clean: no repair
    _repaired_line.cache_clear()
    for text in texts * 2:  # the second time, the short ones from memory
        assert repair(text) == _repaired(text)
    assert repair(texts[0]) == "Café rose $5"
    info = _repaired_line.cache_info()
    assert (info.hits, info.misses) == (len(short) + 1, len(short))


# Characters no single-byte encoding of ftfy's holds (so fix_encoding may only
# mend inconsistent UTF-8), beside the strokes and mojibake that make ftfy's
# pattern call a line bad.
_NO_CHARMAP = st.sampled_from(["\u0127", "\u0142", "\u00f8", "\u0111", "\u00f0", "\u00fe", "\u00e6", "\u0153", "\u65e5", "\u0131"])


@given(st.lists(st.one_of(_FTFY_ALPHABET, _NO_CHARMAP), max_size=40).map("".join))
def test_a_line_kept_by_fix_encoding_is_one_fix_encoding_keeps(text: str) -> None:
    # _kept_by_fix_encoding tests each distinct match of UTF8_DETECTOR_RE once; ftfy tests every one.
    import re

    import ftfy

    from wiretext.normalize import _fix_line, _kept_by_fix_encoding

    line = re.sub("[\n\x80-\x9f]", " ", text)  # the caller, _fix_line, takes a line without C1 controls
    for case in (line, line * 3, "\u0127 " + line):
        if _kept_by_fix_encoding(case):
            assert ftfy.fix_encoding(case) == case, case
        assert _fix_line(case) == _ftfy(case)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("\u0142 l \u00f8 o \u0111 d \u0127 h \u0131 i \u00e6 ae \u0153 oe \u00fe th \u00f0 " * 50, True),  # bad, left as it is
        ("\u0127 Caf\u00c3\u00a9 " * 20, False),  # a match that fix_encoding mends ("Ã©"): not kept
        ("Caf\u00c3\u00a9 \u0153 ", False),  # Windows-1252 can encode it: the step may decode it whole
        ("\u0127\u00c3\u00a9", False),
        ("\u00f0 \u0142", True),
    ],
)
def test_what_fix_encoding_keeps_is_told_as_ftfy_tells_it(line: str, kept: bool) -> None:
    import ftfy

    from wiretext.normalize import _kept_by_fix_encoding

    assert _kept_by_fix_encoding(line) is kept
    assert (ftfy.fix_encoding(line) == line) is kept


# The suspect runs as one pattern found them, before the two kinds were searched apart.
_ONE_PATTERN = "[^\x00-\x7f]{2,}|[\x80-\x9f\u0152\u0153\u00c3\u00c2]"


@given(st.lists(st.one_of(_FTFY_ALPHABET, _COMPOSING, _NO_CHARMAP, st.sampled_from(["\ud800", "\U0001f600", "\u00c3\u00c3"])), max_size=40).map("".join))
def test_the_suspect_runs_searched_apart_cover_what_one_pattern_covered(text: str) -> None:
    # _is_bad searches around each span of _suspect_runs: they must cover the characters the one pattern matched, no fewer.
    import re

    from ftfy.badness import is_bad

    from wiretext._badness import _is_bad, _suspect_runs

    def covered(spans: Iterable[tuple[int, int]]) -> set[int]:
        return {i for start, end in spans for i in range(start, end)}

    spans = list(_suspect_runs(text))
    assert spans == sorted(spans, key=lambda span: span[0])
    assert covered(spans) == covered(m.span() for m in re.finditer(_ONE_PATTERN, text))
    assert _is_bad(text) == is_bad(text)


@given(st.lists(st.one_of(_FTFY_ALPHABET, _COMPOSING, _NO_CHARMAP), max_size=60).map("".join))
def test_the_characters_a_class_holds_are_those_of_the_text(text: str) -> None:
    # _classed_chars finds them a search and a replacement each, up to a few, then reads the rest as a set
    from wiretext._badness import _badness_needs, _classed_chars

    classed = set().union(*(chars for need in _badness_needs() or () for chars in need))
    found = _classed_chars(text)
    assert found <= set(text)
    assert found & classed == set(text) & classed


def test_the_characters_a_class_holds_are_found_few_or_many() -> None:
    from wiretext._badness import _FEW_CLASSED, _classed_chars

    few = "i \u0130\u0131 k \u212a s \u017f " * 50
    assert _classed_chars(few) == {"\u0130"}  # the dotless i, the Kelvin sign and the long s are in no class
    many = "".join(chr(c) + "a" for c in range(0xC0, 0xC0 + 3 * _FEW_CLASSED)) + "\u2022 z"
    assert _classed_chars(many) >= set(many) - set("a z") and "\u2022" in _classed_chars(many)


def test_nfc_makes_none_of_the_characters_of_ftfys_other_steps() -> None:
    # _fix_piece searches composed text for ftfy's pattern only: a character of
    # the other steps (C1 controls, line breaks, surrogates, ftfy's control
    # characters) is in NFC(text) only if in text.  NFC is made of canonical
    # decompositions and compositions: each such character decomposes to
    # itself (so none is a composite) and is in no other character's decomposition.
    import unicodedata

    from wiretext.normalize import _ftfy_steps

    steps = _ftfy_steps()
    for code in range(0x110000):
        char = chr(code)
        decomposed = unicodedata.normalize("NFD", char)
        if steps.match(char):
            assert decomposed == char, hex(code)
        elif decomposed != char:
            assert steps.search(decomposed) is None, hex(code)
    assert steps.match("\x85") and steps.match("\ud800") and steps.match("\u2028")  # the class holds them


@given(st.lists(st.one_of(_COMPOSING, st.sampled_from(["\u2126", "\u212b", "\u0344", "\u0958", "\uf900", "\u1e9b\u0323", "日"])), max_size=40).map("".join))
def test_nfc_by_replacing_characters_is_nfc(text: str) -> None:
    # _nfc replaces each character NFC changes on its own, and keeps that only where it is NFC
    import unicodedata

    from wiretext.normalize import _nfc

    assert _nfc(text) == unicodedata.normalize("NFC", text)
    assert _nfc(text * 20) == unicodedata.normalize("NFC", text * 20)


@pytest.mark.parametrize(
    "text",
    [
        "\u0130 \u0131 \u017f \u212a " * 100,  # the Kelvin sign alone: replaced
        "\u212a\u0301 \u212a",  # K and an accent compose: NFC the plain way
        "\u212b and \u212a",  # the Angstrom sign is "Å" (U+00C5), below U+0300
        "\u2126 ohm",  # the ohm sign is an omega: kept by NFC, past U+02FF
        "A\u030a \u212a",
        "".join(map(chr, range(0x2100, 0x2140))),  # more than a few that NFC changes
    ],
)
def test_nfc_by_replacing_characters_is_nfc_on_odd_forms(text: str) -> None:
    import unicodedata

    from wiretext.normalize import _nfc

    assert _nfc(text) == unicodedata.normalize("NFC", text)
    assert repair(text) == _ftfy(text)


def test_nfc_changes_no_character_below_u0300() -> None:
    # _nfc's search passes over them: none changes under NFC nor composes with what precedes it
    import unicodedata

    below = "".join(map(chr, range(0x300)))
    assert all(unicodedata.normalize("NFC", char) == char and not unicodedata.combining(char) for char in below)
    assert unicodedata.is_normalized("NFC", below)
    for code in range(0x110000):  # no character decomposes to one below U+0300 after its first: none composes with what precedes it
        decomposed = unicodedata.normalize("NFD", chr(code))
        assert not any(char < "\u0300" for char in decomposed[1:]), hex(code)


def _clue_alphabet() -> st.SearchStrategy[str]:
    import ftfy.chardata

    clues = ftfy.chardata.UTF8_CLUES
    chars = {char for clue in clues.values() for char in clue[::3]}  # a third of each clue's characters
    return st.sampled_from(sorted(chars | set(" \n-a.\u00a0\u00f0\u0142\u00c3\u00a9")))


@given(st.lists(_clue_alphabet(), max_size=40).map("".join))
def test_the_inconsistent_utf8_pattern_rewritten_matches_as_ftfys(text: str) -> None:
    # _utf8_detector starts with the class of its first character; ftfy's starts with a look-behind
    import ftfy.chardata

    from wiretext.normalize import _inconsistent_utf8, _utf8_detector

    fast = _utf8_detector()
    assert fast is not None
    ftfys = ftfy.chardata.UTF8_DETECTOR_RE
    for case in (text, text * 3, "x" + text):
        assert [m.span() for m in fast.finditer(case)] == [m.span() for m in ftfys.finditer(case)]
        assert _inconsistent_utf8(case) == {m.group() for m in ftfys.finditer(case)}


def test_another_inconsistent_utf8_pattern_is_searched_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    import ftfy.chardata

    from wiretext.normalize import _inconsistent_utf8, _utf8_detector

    text = "\u00f0 \u0142 x \u00f0 \u0142 and Caf\u00c3\u00a9"
    assert _inconsistent_utf8(text) == {"\u00f0 \u0142 ", "\u00c3\u00a9"}
    other = re.compile(ftfy.chardata.UTF8_DETECTOR_RE.pattern.replace("{3}", "{3,}"), re.VERBOSE)
    _utf8_detector.cache_clear()
    monkeypatch.setattr(ftfy.chardata, "UTF8_DETECTOR_RE", other)
    try:
        assert _utf8_detector() is None
        assert _inconsistent_utf8(text) == {"\u00f0 \u0142 ", "\u00c3\u00a9"}
    finally:
        _utf8_detector.cache_clear()


def test_the_inconsistent_utf8_pattern_rewritten_matches_as_ftfys_on_each_alternative() -> None:
    import itertools

    import ftfy.chardata

    from wiretext.normalize import _utf8_detector

    clues = ftfy.chardata.UTF8_CLUES
    names = ("utf8_first_of_2", "utf8_first_of_3", "utf8_first_of_4", "utf8_continuation", "utf8_continuation_strict")
    f2, f3, f4, c, strict = (clues[name][::7] for name in names)
    units = [a + b for a, b in itertools.product(f2, c[:5])] + [a + b * 2 for a, b in itertools.product(f3, c[:5])]
    units += [a + b * 3 for a, b in itertools.product(f4, c)] + [a + b + " " for a, b in itertools.product(f4, c[:5])]
    fast, ftfys = _utf8_detector(), ftfy.chardata.UTF8_DETECTOR_RE
    assert fast is not None
    for unit in units:
        for before, after in itertools.product(["", "x", "\n", *strict[:3], *f2[:2]], ["", "y", unit, c[0]]):
            text = before + unit + after + " " + unit
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in ftfys.finditer(text)], text
