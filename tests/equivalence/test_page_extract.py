"""An extractor's output: the cuts of ruled lines (``_ruled_cuts``) against joining them a neighbour at a time."""

from __future__ import annotations

import re
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from wiretext import _page_extract as page_extract
from wiretext._page_extract import _ruled_cuts
from wiretext._page_lines import _lines
from wiretext._spans import LINE_RUNS, Cut

RULES = [None, "page-caption", "page-repeated-line", "page-before-story", "page-title"]


def joined(text: str, cuts: list[tuple[int, int, str]]) -> list[Cut]:
    """Neighbouring cuts of one LINE_RUNS rule joined where only line feeds part them, a pair at a time."""
    out: list[Cut] = []
    start = end = 0
    rule = ""  # the run under way ("": none)
    for s, e, r in cuts:
        if r == rule and r in LINE_RUNS and text.count("\n", end, s) == s - end:
            end = e
            continue
        if rule:
            out.append(Cut(start, end, rule))
        start, end, rule = s, e, r
    if rule:
        out.append(Cut(start, end, rule))
    return out


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(["", " ", "\t", "ab", " cd", "ef ", "|", "g h", "Ä\u00a0"]), min_size=1, max_size=30),
    st.data(),
)
def test_ruled_cuts_join_what_a_pair_at_a_time_joins(raw: list[str], data: st.DataObject) -> None:
    # runs of at least 1, 2 or 3 lines taken as long runs (64 in the library), so that the one
    # count of a long run is tried on these short texts
    text = "\n".join(raw)
    lines = _lines(text)
    rules = data.draw(st.lists(st.sampled_from(RULES), min_size=len(lines), max_size=len(lines)))
    expected = joined(text, [(ln.start, ln.end, r) for ln, r in zip(lines, rules, strict=True) if r])
    assert _ruled_cuts(text, lines, rules) == expected
    least = data.draw(st.integers(1, 3))
    with mock.patch.object(page_extract, "_LONG_RUN_OF_RULE", re.compile(f"\x01{{{least},}}")):
        assert _ruled_cuts(text, lines, rules) == expected


def test_a_run_parted_by_a_blank_is_cut_where_the_blank_stands() -> None:
    text = "ab\ncd\n\nef\n gh\nij"
    lines = _lines(text)
    for least in ("\x01{64,}", "\x01{2,}"):  # a pair at a time, or as one run
        with mock.patch.object(page_extract, "_LONG_RUN_OF_RULE", re.compile(least)):
            got = _ruled_cuts(text, lines, ["page-caption"] * 5)
        assert [text[c.start : c.end] for c in got] == ["ab\ncd\n\nef", "gh\nij"]
