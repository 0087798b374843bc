"""The rights stage's quick cue test, folded a piece at a time, against casefolding the whole text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wiretext.rights import _CUE_WORDS, _FOLD_PIECE, _folded_cue


def whole(text: str) -> bool:
    folded = text.casefold()
    return any(cue in folded for cue in _CUE_WORDS)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aßſ ©(c)ÉéCOPYRIGHTcopyright•–·\n"), max_size=200))
def test_same_answer_as_the_whole_text_folded(text: str) -> None:
    assert _folded_cue(text) == whole(text)


def test_a_cue_across_a_piece_boundary_is_found() -> None:
    for cut in range(1, 10):
        text = "•" * (_FOLD_PIECE - cut) + "Copyright" + "•" * 10
        assert _folded_cue(text) and whole(text)
    # a character that folds to two ("ß" -> "ss") before the boundary moves nothing
    text = "ß" * (_FOLD_PIECE - 4) + "ALL RIGHTS RESERVED"
    assert _folded_cue(text) == whole(text) is True
    assert not _folded_cue("•" * (2 * _FOLD_PIECE + 7))
