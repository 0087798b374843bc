"""The format (Cf) and space (Zs) characters: parse, explain and clean do what data/characters.py says."""

from __future__ import annotations

import functools
import itertools
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from wiretext import clean, explain, parse
from wiretext.data.characters import FORMAT_AND_SPACE, treatment


@functools.cache
def _format_and_space() -> tuple[str, ...]:
    return tuple(c for c in map(chr, range(0x110000)) if unicodedata.category(c) in ("Cf", "Zs"))


def test_every_format_and_space_character_has_a_row() -> None:
    chars = _format_and_space()
    assert len(chars) > 150
    assert [f"U+{ord(c):04X}" for c in chars if treatment(c) is None] == []
    # A row holds nothing else (but code points this Python's Unicode leaves unassigned).
    for first, last, _how, _what in FORMAT_AND_SPACE:
        for code in range(first, last + 1):
            assert unicodedata.category(chr(code)) in ("Cf", "Zs", "Cn"), f"U+{code:04X}"
    assert [row[:2] for row in FORMAT_AND_SPACE] == sorted(row[:2] for row in FORMAT_AND_SPACE)
    assert all(a[1] < b[0] for a, b in itertools.pairwise(FORMAT_AND_SPACE))


def _gone(text: str) -> set[int]:
    """Offsets of the characters that the table takes out of ``text``, read from the table alone.

    A removed character goes; a joiner goes only in a run of removed
    characters and joiners with white space or an end of the text on both
    sides.
    """
    out: set[int] = set()
    i = 0
    while i < len(text):
        if treatment(text[i]) not in ("removed", "joiner"):
            i += 1
            continue
        j = i
        while j < len(text) and treatment(text[j]) in ("removed", "joiner"):
            j += 1
        alone = (i == 0 or text[i - 1].isspace()) and (j == len(text) or text[j].isspace())
        out.update(k for k in range(i, j) if alone or treatment(text[k]) == "removed")
        i = j
    return out


def _expected(text: str) -> str:
    """``text`` as a field: the table's removals, then white space (every Zs is) collapsed to single spaces."""
    gone = _gone(text)
    return " ".join("".join(c for k, c in enumerate(text) if k not in gone).split())


HEAD_WORDS = ("Rain", "Schifffahrt", "می", "port", "北京")
BODY_WORDS = ("fell", "Kapitän", "خواهم", "opens", "上海")  # none of the headline's: no body repeats it


@st.composite
def _with_characters(draw: st.DrawFn, words: tuple[str, ...]) -> str:
    """A few words with format and space characters put anywhere, the first character a letter."""
    text = " ".join(draw(st.lists(st.sampled_from(words), min_size=1, max_size=5)))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(1, len(text)))
        text = text[:at] + draw(st.sampled_from(_format_and_space())) * draw(st.integers(1, 2)) + text[at:]
    return text


@given(_with_characters(HEAD_WORDS), _with_characters(BODY_WORDS))
def test_fields_follow_the_table(headline: str, body: str) -> None:
    text = f"{headline}\nPARIS (AFP) - {body}"
    a = parse(text)
    assert a.headline == (_expected(headline) or None), ascii(text)
    assert a.body == _expected(body), ascii(text)
    assert clean(headline) == _expected(headline), ascii(headline)
    assert clean(body) == _expected(body), ascii(body)


@given(_with_characters(HEAD_WORDS), _with_characters(BODY_WORDS))
def test_explain_labels_each_character_as_the_table_says(headline: str, body: str) -> None:
    text = f"{headline}\nPARIS (AFP) - {body}"
    labels = {k: s.label for s in explain(text) for k in range(s.start, s.end)}
    gone = {*_gone(headline), *(len(text) - len(body) + k for k in _gone(body))}
    for k, c in enumerate(text):
        how = treatment(c)
        if how is None or c == " ":
            continue
        field = "headline" if k < len(headline) else "body"
        if k in gone:
            assert labels[k] == "invisible-character", (ascii(text), k)
        elif how == "space":
            assert labels[k] in (field, "space"), (ascii(text), k)
        else:
            assert labels[k] == field, (ascii(text), k)


def test_robustness_page_prints_the_table() -> None:
    import re
    from pathlib import Path

    page = (Path(__file__).resolve().parents[2] / "docs" / "robustness.md").read_text(encoding="utf-8")
    section = page.split("## Format and space characters")[1].split("\n## ")[0]
    rows = re.findall(r"^\| (U\+[0-9A-F]{4,5}(?:–U\+[0-9A-F]{4,5})?) \| (Cf|Zs) \| [^|]+ \| (\w+) \|$", section, re.MULTILINE)
    assert rows == [
        (f"U+{a:04X}" if a == b else f"U+{a:04X}–U+{b:04X}", unicodedata.category(chr(a)), how)
        for a, b, how, _what in FORMAT_AND_SPACE
    ]


def test_white_space_class_is_str_isspace() -> None:
    import re

    from wiretext.data.characters import WHITE_SPACE

    every = map(chr, range(0x110000))
    assert [c for c in every if (re.fullmatch(WHITE_SPACE, c) is not None) != c.isspace()] == []
