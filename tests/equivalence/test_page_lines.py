"""Word counts kept for lines asked about again are those counted afresh.

:func:`wiretext._page_lines._at_least` keeps its answers for short lines
(an LRU cache); :func:`wiretext._page_lines._count_at_least` counts every time.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wiretext._page_lines import _MEMO_CHARS, _at_least, _count_at_least, _Line

LINES = st.sampled_from(
    [
        "Port strike ends",
        "-- https://example.com/a",
        "日本 記事 東京で会議が開かれた",
        "Soft\u00adhyphen and zero\u200bwidth",
        "word " * (_MEMO_CHARS // 5),
        "word " * (_MEMO_CHARS // 5 + 1),
        "| | |",
    ]
) | st.text(max_size=_MEMO_CHARS + 20)


@settings(max_examples=300, deadline=None)
@given(st.lists(LINES, max_size=8), st.integers(min_value=1, max_value=45))
def test_a_kept_answer_is_the_count_afresh(lines: list[str], units: int) -> None:
    for line in [*lines, *lines]:  # each asked twice: the second answer is a kept one
        line = line.strip()
        if not line:
            continue
        assert _at_least(line, units) == _count_at_least(line, units) == (_Line(line, 0, True).units >= units)
