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


def test_nested_escapes_take_few_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    # "&" + "amp;" * n unescapes one level a pass: n passes made clean quadratic.
    from wiretext import normalize

    calls = []
    real = normalize.repair
    monkeypatch.setattr(normalize, "repair", lambda text: calls.append(1) or real(text))
    assert normalize.clean("Tom " + "&" + "amp;" * 5000 + " Jerry") == "Tom & Jerry"
    assert len(calls) <= 3
    assert normalize.clean("&amp;amp;lt;b&amp;gt; &#38;amp;y") == "&lt;b&gt; &y"
