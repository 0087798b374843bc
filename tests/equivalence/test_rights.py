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
