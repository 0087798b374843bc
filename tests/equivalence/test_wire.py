"""The wire reader's start gates change nothing."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wiretext import wire as wire_module
from wiretext.wire import read_wire

FAST = settings(
    database=None,
    deadline=None,
    max_examples=300,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


# Pieces of transmissions, as the wire reader's own property tests build them.
from stages.layout.test_wire import CHUNKY  # noqa: E402

HEADING_LINES = st.sampled_from(
    [
        "A1234\x1fasian",
        "b0001 &Cx1f; ------",
        "r a\x13\x11 BC-X     01-01 0001",
        "u i &Cx11;BC-Moon-Dust 12-31 0100 ",
        "eca01 4 i 1  dpa 01",
        "bdt0042 3 pl 120  dpa-afx 0042",
        "Topic/",
        "Wetter/Küste/Sturm/",
    ]
)


@FAST
@given(
    st.sampled_from(["", " ", "\r\n", "\x00\x16 \xa0", "\ufeff\t\x7f", "\x01", "\x16\x16\x02", " " * 70]),
    st.lists(HEADING_LINES | CHUNKY, min_size=1, max_size=4),
    st.sampled_from(["\n", "\r\n", "\r", "\n\n"]),
)
def test_start_gates_change_nothing(prefix: str, lines: list[str], eol: str) -> None:
    # the cheap looks at the start never turn away a transmission the lines show
    text = prefix + eol.join(lines)
    shape, layout = wire_module._header_shape(text, 0), read_wire(text)
    gates = wire_module._SHAPE_START, wire_module._START
    wire_module._SHAPE_START = wire_module._START = re.compile("")  # type: ignore[assignment]
    try:
        assert wire_module._header_shape(text, 0) == shape
        assert read_wire(text) == layout
    finally:
        wire_module._SHAPE_START, wire_module._START = gates
