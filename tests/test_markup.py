"""parse given a web page's HTML: a note naming parse_html, and no markup as a headline (core, no extra)."""

from __future__ import annotations

import pytest

from wiretext import parse
from wiretext._markup import has_tags, is_markup


@pytest.mark.parametrize(
    ("text", "markup"),
    [
        ("<!DOCTYPE html><html><body><p>Rain.</p></body></html>", True),
        ("  <html lang='en'><head></head></html>", True),
        ("<!-- cached --><!doctype html>", True),
        ("<div><span>a</span><span>b</span></div>", True),
        ("PARIS (AFP) - Rain <b>fell</b> all day across the north of the country.", False),
        ("If x < 3 and y > 2, it rains.", False),
        ("", False),
    ],
)
def test_is_markup(text: str, markup: bool) -> None:
    assert is_markup(text) is markup


def test_has_tags() -> None:
    assert has_tags("Rain <br/> fell") and not has_tags("a < b > c")


def test_parse_of_a_page_notes_parse_html_and_takes_no_markup_for_a_headline() -> None:
    a = parse("<!DOCTYPE html>\n<html><head><title>Quay reopens</title></head>\n<body><p>ROTTERDAM (AFP) - The quay"
              " reopened.</p></body></html>")
    note = next(n for n in a.notes if n.kind == "html-input")
    assert "parse_html" in note.message
    assert a.headline is None or "<" not in a.headline


def test_a_doctype_alone_is_no_headline() -> None:
    a = parse("<!DOCTYPE html>")
    assert a.headline is None
    assert [n.kind for n in a.notes] == ["html-input", "html-tag"]  # the doctype line: markup, not lost


def test_plain_text_gets_no_html_note() -> None:
    a = parse("Quay reopens\nROTTERDAM (AFP) - The quay reopened, x < y.")
    assert all(n.kind != "html-input" for n in a.notes)
