"""Stage text: line ends, and text thick with control characters."""

from __future__ import annotations

import pytest

import wiretext
from wiretext import explain, parse


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_line_ends(newline: str) -> None:
    text = "|\n|\nPort opens Kabul, Afghanistan, Jan 1 (AFP) Jan 1, 2000 Ships came. |\n|\n\nSecond para.".replace("\n", newline)
    a = wiretext.parse("\ufeff" + text)
    assert a.headline == "Port opens"
    assert a.paragraphs == ("Ships came.", "Second para.")


@pytest.mark.parametrize("runs", [4000, 6000])  # below and above the dense threshold
def test_text_thick_with_control_characters(runs: int) -> None:
    text = "PARIS (AFP) - Rain fell." + "\x07 word" * runs
    a = wiretext.parse(text)
    assert a.body == "Rain fell." + " word" * runs
    kinds = [n.kind for n in a.notes]
    assert kinds.count("control-character") == 1  # one note, however many runs
    segments = wiretext.explain(text)
    assert sum(s.label == "control-character" for s in segments) == runs


# -- format characters: text in, text out -----------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Schiff\u00adfahrt", "Schifffahrt"),  # a soft hyphen: a hyphenation hint
        ("24\u200b/7", "24/7"),  # a zero width space shows nothing
        ("می\u200cخواهم", "می\u200cخواهم"),  # ZWNJ: Persian spelling
        ("👩\u200d💻", "👩\u200d💻"),  # ZWJ: one emoji
        ("क्\u200dष", "क्\u200dष"),  # ZWJ: an Indic conjunct
        ("Stadt\u2060rat", "Stadtrat"),  # a word joiner
    ],
)
def test_format_characters_inside_a_word(word: str, expected: str) -> None:
    text = f"Die {word} heute\nBERLIN (dpa) - Die {word} heute.\n\nNoch {word}."
    a = parse(text)
    assert a.headline == f"Die {expected} heute"
    assert a.paragraphs == (f"Die {expected} heute.", f"Noch {expected}.")
    labels = {s.label for s in explain(text) if s.text.strip(" \n") in ("\u00ad", "\u200b", "\u2060")}
    assert labels == ({"invisible-character"} if expected != word else set())


def test_a_joiner_alone_joins_nothing() -> None:
    text = "Rain in Oslo\nOSLO (NTB) - Rain fell.\n\u200c\n\n\u200d \u200c\nIt stopped."
    a = parse(text)
    assert a.paragraphs == ("Rain fell.", "It stopped.")
    # the three, and the blank lines between them, are one removal
    assert [(s.label, s.text) for s in explain(text) if "\u200c" in s.text or "\u200d" in s.text] == [
        ("invisible-character", "\u200c\n\n\u200d \u200c")]


# -- the stage's own fields (pipeline.analyse up to "text") -------------------------


def test_lone_carriage_returns_become_line_feeds_in_place() -> None:
    from wiretext.pipeline import analyse

    s = analyse("Rain\rPARIS (AFP) - Rain fell.\r\n", until="text")
    assert s.text == "Rain\nPARIS (AFP) - Rain fell.\r\n"
    assert len(s.text) == len(s.original)


def test_a_lone_surrogate_is_replaced_with_a_note() -> None:
    from wiretext.pipeline import analyse

    s = analyse("Rain \ud800 fell.", until="text")
    assert s.text == "Rain \ufffd fell."
    assert [(kind, span) for kind, _, span in s.notes] == [("lone-surrogate", (5, 6))]


def test_markup_is_noted_once() -> None:
    from wiretext.pipeline import analyse

    s = analyse("<!DOCTYPE html><html><body><p>Rain.</p></body></html>", until="text")
    assert s.markup
    assert [kind for kind, _, _ in s.notes] == ["html-input"]
    assert not analyse("Rain fell.", until="text").markup
