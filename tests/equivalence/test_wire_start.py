"""The layout stage's look at how a transmission starts, against the pattern it stands for."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from wiretext._wire_start import _START, _starts_a_transmission

PIECES = ["a", "Z", "eca", "A1234", "BC", "x", "1", "٣", "²", "é", " ", "\t", "\n", "\x01", "\x02", "\x16", "\ufeff"]


@given(st.lists(st.sampled_from(PIECES), max_size=8).map("".join) | st.text(max_size=8))
@example("")
@example("abcd1")
@example("abcde1")
@example("ab٣")
@example("ab²")
def test_the_look_at_the_start_is_the_pattern(text: str) -> None:
    assert _starts_a_transmission(text) == (_START.match(text) is not None)
