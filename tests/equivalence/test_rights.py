"""The rights cues' plain-word tests against the cue pattern, in any case."""

from __future__ import annotations


def test_casefold_test_is_sound() -> None:
    # Every character ``regex`` takes, ignoring case, for a character of a
    # spelling has the same casefold, unless one of them is in _ODD_CASE.
    import regex

    from wiretext import registry
    from wiretext.rights import _ODD_CASE

    everything = "".join(map(chr, range(0x110000)))
    for ch in sorted({ch for spelling in registry.credit_spellings() for ch in spelling} - set(_ODD_CASE)):
        for other in set(regex.findall("(?i)" + regex.escape(ch), everything)) - set(_ODD_CASE):
            assert other.casefold() == ch.casefold(), (ch, other)


def test_ascii_cue_test_covers_every_ascii_cue() -> None:
    # find_rights tests lowered ASCII text for "(c)" and _ASCII_CUE_WORDS:
    # together they must be every cue that ASCII text can hold.
    from wiretext.rights import _ASCII_CUE_WORDS, _CUE_WORDS

    assert {"(c)", *_ASCII_CUE_WORDS} == {cue for cue in _CUE_WORDS if cue.isascii()}


_OLD_SENTENCE = r"[^\n]{1,600}?(?:[.!?]++(?=\s|$)|$)"  # the sentence without the look-ahead that fails fast


def _sentences(pattern: object, text: str, begin: int, reach: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, begin, reach)]  # type: ignore[attr-defined]


def test_sentence_look_ahead_changes_no_sentence() -> None:
    import random

    import regex

    from wiretext.rights import _SENTENCE

    old = regex.compile(_OLD_SENTENCE)
    rng = random.Random(16)
    pieces = ["Copyright ", "a", " ", ".", "!", "?", "\n", "..", ". ", "x" * 590, "reuters.com ", "\t"]
    for _ in range(1000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30)))
        begin = rng.randrange(len(text))
        reach = rng.randrange(begin, len(text) + 1)
        assert _sentences(_SENTENCE, text, begin, reach) == _sentences(old, text, begin, reach), (text, begin, reach)


def test_a_long_stretch_without_a_stop_reads_the_same_sentences() -> None:
    import regex

    from wiretext.rights import _SENTENCE

    old = regex.compile(_OLD_SENTENCE)
    for text in ("Copyright " * 300, "Copyright " * 59 + "x.", "Copyright " * 70 + "\n" + "a" * 700, "a" * 601 + "."):
        for reach in (len(text), len(text) - 1, 2000):
            assert _sentences(_SENTENCE, text, 0, reach) == _sentences(old, text, 0, reach)


def test_ascii_cue_gates_answer_as_every_cue_searched() -> None:
    # _ascii_cue searches a part two cues share before the cues: it must answer
    # exactly as the search for every one of _ASCII_CUE_WORDS, and know them all.
    import random

    from wiretext.rights import _ASCII_CUE_WORDS, _ascii_cue

    assert set(_ASCII_CUE_WORDS) == {
        "copyright", "all rights reserved", "alle rechte vorbehalten", "todos los derechos reservados",
        "tutti i diritti riservati", "todos os direitos reservados",
    }
    pieces = [*_ASCII_CUE_WORDS, "right", "rights", "reservados", "rechte", "riservati", "copy", " ", "x", "all "]
    pieces += [cue[:-1] for cue in _ASCII_CUE_WORDS] + [cue[1:] for cue in _ASCII_CUE_WORDS]
    rng = random.Random(16)
    texts = ["".join(rng.choices(pieces, k=rng.randint(0, 6))) for _ in range(20_000)]
    for text in texts + pieces:
        assert _ascii_cue(text) == any(map(text.__contains__, _ASCII_CUE_WORDS)), text
