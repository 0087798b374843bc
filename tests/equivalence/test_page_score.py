"""A page's per-line features, found once a text or by one pattern, are those of a loop over the lines.

:class:`wiretext._page_score._Page` finds runs of short lines with one
pattern over a byte a line, scores each text once (then again the lines in
a run or a cookie notice) and looks for lone lines only between two lines
of prose.  Each is held here to the plain loop it stands for.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wiretext._page_cues import _cue, _rights
from wiretext._page_lines import _lines
from wiretext._page_score import (
    _CUE_PENALTY,
    _LONE_COST,
    _LONE_PROSE,
    _OPEN_COST,
    _OPEN_RATE,
    _RUN,
    _SHORT,
    _TERM_COST,
    _Page,
)

LINES = st.lists(
    st.sampled_from(
        [
            "",
            "Home",
            "Sport",
            "- . : _",
            "Related",
            "© 2024 Example Site. All rights reserved.",
            "We use cookies. Accept all cookies to continue.",
            "Cookies",
            "Advertisement 2",
            "Advertisement 3",
            "The harbour council voted on Tuesday to extend the ferry timetable for winter.",
            "Officials said the ferries would run late on Fridays and Saturdays this year.",
            "Quay reopens",
            "A short line.",
        ]
    )
    | st.text(max_size=12),
    max_size=60,
)


def plain_runs(page: _Page) -> list[bool]:
    lines, n = page.lines, page.n
    short = [ln.units <= _SHORT and not ln.term for ln in lines]
    in_run = [False] * n
    i = 0
    while i < n:
        j = i + 1
        if short[i]:
            while j < n and short[j] and not lines[j].gap:
                j += 1
            if j - i >= _RUN:
                in_run[i:j] = [True] * (j - i)
        i = j
    return in_run


def plain_scores(page: _Page) -> list[float]:
    scores = []
    for k, ln in enumerate(page.lines):
        units = ln.units
        s = units - _TERM_COST if ln.term else units * _OPEN_RATE - _OPEN_COST
        if page.counts[ln.dkey] > 1 and units < 15:
            s = min(s, -3.0 - min(units, 10))
        if page.in_run[k]:
            s -= 3.0
        if page.cookie[k]:
            s = -abs(s) - 10.0
        if _cue(ln):
            s -= _CUE_PENALTY
        if _rights(ln):
            s = -1000.0
        scores.append(s)
    return scores


def plain_soften(page: _Page, scores: list[float]) -> list[float]:
    scores = list(scores)
    lines = page.lines
    for k in range(1, page.n - 1):
        a, b = lines[k - 1], lines[k + 1]
        if (
            scores[k] < 0
            and scores[k] > -_CUE_PENALTY
            and not page.cookie[k]
            and a.term
            and a.units >= _LONE_PROSE
            and b.term
            and b.units >= _LONE_PROSE
        ):
            scores[k] = max(scores[k], -_LONE_COST)
    return scores


@settings(max_examples=400, deadline=None)
@given(LINES, st.sampled_from(["\n", "\n\n", "\n|\n"]))
def test_page_features_are_those_of_the_loops(lines: list[str], sep: str) -> None:
    page = _Page(_lines(sep.join(lines)))
    assert page.in_run == plain_runs(page)
    assert page.runs == sum(page.in_run)
    page.score()
    raw = plain_scores(page)
    assert page._scores() == raw
    assert page.scores == plain_soften(page, raw)


def test_a_run_needs_three_short_lines_without_a_gap() -> None:
    page = _Page(_lines("Home\nSport\nNews\n\nA\nB\n\nRain fell on the town today, the weather office said.\nX\nY\nZ"))
    # a run may follow a line of prose without a gap; two short lines are no run
    assert page.in_run == [True, True, True, False, False, False, True, True, True] == plain_runs(page)
