"""The generic dateline shapes call their repeated place words (``_dateline_compile._calls``) and match as written out."""

from __future__ import annotations

import functools

import regex
from hypothesis import example, given, settings

from wiretext import _dateline_compile as C
from wiretext import _dateline_shapes as S

from .test_dateline_patterns import texts

FORMS = [(name, form) for name in C._GENERIC for form in ("generic", "bare") if form == "generic" or name in C._BARE_SHAPE]


@functools.cache
def _written_out(name: str, form: str) -> regex.Pattern[str]:
    """The shape as :func:`C._compile` compiles it, without the calls."""
    words = S._generic_words()
    if form == "bare":
        words = words._replace(bare_credit=S._bare_credit_alt())
    return regex.compile(C._PRELUDE + S._SOURCES[name](words), C._FLAGS)


@functools.cache
def _called(name: str, form: str) -> regex.Pattern[str]:
    return C._compile(name, form)


def test_the_shapes_with_repeated_place_words_call_them() -> None:
    for name in ("credited", "agency_first", "uncredited", "place_only"):
        pattern = _called(name, "generic")
        assert "(?&_strict)" in pattern.pattern, name
        assert len(pattern.pattern) < len(_written_out(name, "generic").pattern) * 0.75, name
    assert "(?&_loose)" in _called("uncredited", "generic").pattern
    assert "(?&" not in C._compile("credited", "exact").pattern


def test_the_calls_come_after_the_groups_read() -> None:
    for name, form in FORMS:
        index = _called(name, form).groupindex
        assert [index[g] for g in C._GROUP_NAMES] == list(range(1, len(C._GROUP_NAMES) + 1))
        assert all(number > len(C._GROUP_NAMES) for g, number in index.items() if g not in C._GROUP_NAMES)


@settings(max_examples=200, deadline=None)
@given(texts)
@example("PARIS/Krakau, Mich., Poland, March 4 (AFP) - x")
@example("    KALAMAZOO, Mich., Grand Cayman, March 4 - x")
@example("(AFP) - ROMA/MILANO, Italia, Sicily, 4 marzo - x")
@example("New York/Washington, the Netherlands, Friday, Nov 14 (Reuters) -")
@example("PARIS/March 4 (AFP) -")
def test_calls_match_as_the_written_out_copies(text: str) -> None:
    for name, form in FORMS:
        a, b = _written_out(name, form), _called(name, form)
        for pos in range(len(text) + 1):
            ma, mb = a.match(text, pos), b.match(text, pos)
            assert (ma is None) == (mb is None), (name, form, pos)
            if ma is not None and mb is not None:
                assert [ma.span(g) for g in range(len(C._GROUP_NAMES) + 1)] == [
                    mb.span(g) for g in range(len(C._GROUP_NAMES) + 1)
                ], (name, form, pos)
