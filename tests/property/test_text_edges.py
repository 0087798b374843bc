"""Line ends, C1 controls and lone surrogates: parse and explain read them alike, and every field is UTF-8."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from wiretext import Article, clean, explain, parse

from .strategies import dispatches

# Characters that Python splits lines or words at, or that ftfy repairs, mixed with words.
_EDGES = st.lists(
    st.sampled_from(["0", "a", "Rain", "fell", " ", "\t", "\n", "\r", "\r\n", "\n\n", "\x85", "\u2028",
                     "\u2029", "\x85\n", "\r\x85", "\u2026"]),
    max_size=40,
).map("".join)


@given(_EDGES)
def test_parse_and_explain_agree_on_line_ends_and_c1_controls(text: str) -> None:
    a = parse(text)
    body = " ".join(s.text for s in explain(text) if s.label == "body")
    assert clean(body).split() == a.body.split()


def test_nel_after_a_lead_byte_is_mended_with_it() -> None:
    # "Å" and Cyrillic "х" in UTF-8 end in the byte 0x85: read as Latin-1, "Ã\x85" and "Ñ\x85"
    for text, word in (("Head\nCafÃ\x85 rose.", "CafÅ"), ("Head\nÐ¿Ð»Ñ\x85Ð¾Ð¹ day.", "плхой")):
        assert parse(text).body.split()[0] == word == clean(text.split("\n")[1]).split()[0]
    assert parse("Head\nRain\x85 fell.").body == "Rain… fell." == clean("Rain\x85 fell.")


# Lone surrogates anywhere: in a credit, a place, a headline, a body, a notice.
_SURROGATES = st.sampled_from(["\ud800", "\udfff", "\udc80", "\ud83d"])


@given(dispatches(), st.lists(st.tuples(st.integers(min_value=0), _SURROGATES), min_size=1, max_size=4))
def test_every_field_and_the_json_encode_as_utf8(d: object, inserts: list[tuple[int, str]]) -> None:
    text = d.text  # type: ignore[attr-defined]
    for at, ch in inserts:
        at %= len(text) + 1
        text = text[:at] + ch + text[at:]
    a = parse(text)
    data = a.to_json()
    data.encode("utf-8")  # raises on a lone surrogate
    assert Article.from_dict(json.loads(data)) == a
    assert "lone-surrogate" in {n.kind for n in a.notes}
    assert "".join(s.text for s in explain(text)) == text  # explain still covers the input as given


@given(st.text(st.characters(codec=None, categories=["Cs", "Cc", "Zs", "Ll", "Lu", "Po"]), max_size=60))
def test_any_text_gives_utf8_fields(text: str) -> None:
    parse(text).to_json().encode("utf-8")
