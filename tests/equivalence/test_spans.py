"""Blanking cuts (``_spans.mask``) with one shared translate table, against blanking character by character."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wiretext import _spans
from wiretext._spans import Cut, mask


def blanked(text: str, cuts: list[Cut]) -> str:
    out = list(text)
    for c in cuts:
        for i in range(c.start, c.end):
            if out[i] != "\n":
                out[i] = " "
    return "".join(out)


@st.composite
def texts_and_cuts(draw: st.DrawFn) -> tuple[str, list[Cut]]:
    text = draw(st.text(st.sampled_from("ab |\t\n\u00e9\u4e00\U0001f600") | st.characters(), max_size=60))
    bounds = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=12))))
    cuts = [Cut(a, b, "x") for a, b in zip(bounds[::2], bounds[1::2], strict=False)]
    return text, cuts


@settings(max_examples=400, deadline=None)
@given(texts_and_cuts(), st.sampled_from([0, 2, 4096]))
def test_mask_blanks_every_character_but_the_line_feed(case: tuple[str, list[Cut]], most: int) -> None:
    text, cuts = case
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_spans, "_MOST_BLANKS", most)  # the table begun anew often, or never
        assert mask(text, cuts) == blanked(text, cuts)


@given(st.integers(-3, 50), st.integers(-3, 50), st.sampled_from(["headline", "sign-off", ""]))
def test_a_label_is_the_cut_the_named_tuple_makes(start: int, end: int, rule: str) -> None:
    # State.label makes its Cut by tuple.__new__, without the NamedTuple's __new__
    from wiretext.stages.state import State

    state = State("x" * 40)
    state.label(start, end, rule, "said")
    if end <= start:
        assert state.labels == [] and state.notes == []
        return
    (cut,) = state.labels
    assert type(cut) is Cut and cut == Cut(start, end, rule)
    assert (cut.start, cut.end, cut.rule) == (start, end, rule)
    assert state.notes == [(rule, "said", (start, end))]
