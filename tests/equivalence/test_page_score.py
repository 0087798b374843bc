"""A page's line scores, taken once a text, are those of a loop over the lines.

:class:`wiretext._page_score._Page` finds runs of short lines with one
pattern over a byte a line, scores each text once (then again the lines in
a run or a cookie notice) and looks for lone lines only between two lines
of prose; it finds the keys holding a figure or a cookie word in all the
keys at once.  Each is held here to the plain loop it stands for.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wiretext._page_cues import _CONSENT, _COOKIE, _cue, _rights
from wiretext._page_lines import _DIGIT, _lines
from wiretext._page_score import (
    _CUE_PENALTY,
    _LONE_COST,
    _LONE_PROSE,
    _OPEN_COST,
    _OPEN_RATE,
    _SHORT,
    _TERM_COST,
    _cookie_keys,
    _digit_keys,
    _Page,
    _runs,
    _stretches,
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
    """The runs looked for in every text, with no gate on the lines without a gap."""
    return _runs(page.lines, [ln.units <= _SHORT and not ln.term for ln in page.lines])


def plain_cookie(page: _Page) -> list[bool]:
    return [bool(_COOKIE.search(ln.key)) and (ln.units <= 6 or bool(_CONSENT.search(ln.key))) for ln in page.lines]


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
def test_line_scores_are_those_of_the_loops(lines: list[str], sep: str) -> None:
    page = _Page(_lines(sep.join(lines)))
    assert page.in_run == plain_runs(page)
    page.score()
    assert page.cookie == plain_cookie(page)
    assert page.scores == plain_soften(page, plain_scores(page))
    for lo in (0, 1):
        assert bool(_stretches(page.scores, lo)) == any(v > 0 for v in page.scores[lo:])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([-1000.0, -40.0, -8.0, -3.0, 0.0, 2.0, 5.0, 30.0]), max_size=40), st.integers(0, 3))
def test_stretches_start_only_at_a_paying_line(scores: list[float], lo: int) -> None:
    # _stretches answers at once where no line from lo pays; where one does, a stretch starts there
    found = _stretches(scores, lo)
    paying = [i for i in range(lo, len(scores)) if scores[i] > 0]
    assert bool(found) == bool(paying)
    if paying:
        assert found[0][0] >= paying[0]  # (its start, trimmed to its best-paying part)


def test_a_text_scores_less_in_a_run_and_a_lone_line_between_prose_is_cheap() -> None:
    prose = "The harbour council voted on Tuesday to extend the ferry timetable for winter."
    page = _Page(_lines(f"Home\n\nHome\nSport\nNews\n\n{prose}\nAdvertisement\n{prose} Again."))
    page.score()
    assert page.in_run == [False, True, True, True, False, False, False]
    assert page.scores[1] == page.scores[0] - 3.0 < 0  # "Home" in a run and alone
    assert page.scores[5] == -_LONE_COST  # the marker between two sentences of prose
    assert page.scores == plain_soften(page, plain_scores(page))


KEYS = st.lists(
    st.sampled_from(["home", "we use cookies", "cookiebot", "gdpr", "cookie 2", "advertisement 3", "٣ of 4", "クッキー"])
    | st.text(alphabet="abcegikoprsd 0٣²クッ키쿠", min_size=1, max_size=12).filter(lambda k: k.strip() == k and "  " not in k),
    max_size=20,
).map(lambda keys: list(dict.fromkeys(keys)))


@settings(max_examples=400, deadline=None)
@given(KEYS)
def test_keys_found_in_all_the_keys_are_those_a_search_a_key_finds(keys: list[str]) -> None:
    # _Page.score finds the keys holding a figure or a cookie word in the keys joined, not by a search a line
    joined = "\n".join(keys)
    assert _digit_keys(joined) == {k: _DIGIT.sub("0", k) for k in keys if _DIGIT.search(k)}
    assert _cookie_keys(joined) == {k for k in keys if _COOKIE.search(k)}
