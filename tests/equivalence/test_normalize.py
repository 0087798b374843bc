"""squash's shortcut against the long way."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wiretext.data.characters import REMOVED
from wiretext.normalize import squash

_WHITE = st.sampled_from([" ", "  ", "\t", "\n", "\xa0", "\u2003", "\x1c", "\u2028", "\r\n"])
_WORDS = st.sampled_from(["Rain", "fell", "on", "Oslo", "ß", "日本", "\u00ad", "-", "."])


@given(st.lists(st.one_of(_WHITE, _WORDS, st.text(max_size=4)), max_size=30).map("".join))
def test_squash_is_joining_the_words(text: str) -> None:
    # The words, less the format characters that are removed (the soft hyphen).
    assert squash(text) == " ".join(text.translate(dict.fromkeys(map(ord, REMOVED))).split())
