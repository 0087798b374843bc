"""repair, squash and clean."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wiretext import clean
from wiretext.normalize import repair, squash


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Caf\u00c3\u00a9 au lait", "Café au lait"),  # UTF-8 read as Windows-1252
        ("rose #36;10 million", "rose $10 million"),  # AG News entity debris
        ("rose &#36;10 million", "rose $10 million"),
        ("Smith &amp; Sons", "Smith & Sons"),
        ("won \\$50M", "won $50M"),
        ("\u201cquoted\u201d and \u2018single\u2019", "\u201cquoted\u201d and \u2018single\u2019"),  # curly stays curly
        ("&lt;b&gt;...&lt;/b&gt;", "&lt;b&gt;...&lt;/b&gt;"),  # escaped markup stays escaped
        ("plain ASCII text", "plain ASCII text"),
        ("#1 seed", "#1 seed"),  # a number sign is not debris
        ("ﬁne ﬂour", "ﬁne ﬂour"),  # ligatures are the writer's choice
    ],
)
def test_repair(raw: str, fixed: str) -> None:
    assert repair(raw) == fixed


def test_squash() -> None:
    assert squash(" a \t b\n\nc  ") == "a b c"


def test_clean_keeps_paragraph_breaks() -> None:
    assert clean("One\nline.\n \n\nTwo   lines\nhere.") == "One line.\n\nTwo lines here."


def test_clean_unescapes_nested_entities_to_a_fixed_point() -> None:
    assert clean("A &amp;amp; B") == "A & B"


@given(st.text())
def test_clean_is_idempotent(text: str) -> None:
    once = clean(text)
    assert clean(once) == once


def test_a_listed_entity_decodes_as_html_unescape_decodes_it() -> None:
    # _entity looks a name up in html.entities.html5 rather than call html.unescape.
    import html
    import html.entities

    from wiretext.normalize import _ENTITY

    for name, value in html.entities.html5.items():
        whole = "&" + name
        if _ENTITY.fullmatch(whole):
            assert html.unescape(whole) == value, name
