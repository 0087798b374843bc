"""Stage text: line ends, and text thick with control characters."""

from __future__ import annotations

import pytest

import wiretext


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
