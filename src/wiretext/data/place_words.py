"""Small words inside place names, as datelines write them.

>>> "am" in LINK_WORDS, "of" in LINK_WORDS
(True, True)
"""

from __future__ import annotations

__all__ = ["LINK_WORDS"]


def __dir__() -> list[str]:
    return list(__all__)


LINK_WORDS: tuple[str, ...] = (
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "les", "el", "al", "am", "an",
    "der", "den", "upon", "sur", "en", "es", "im", "y", "e", "i", "of", "the", "on", "and",
)  # fmt: skip
"""Link words between the words of a place name, in lower case: "RIO DE JANEIRO",
"Frankfurt am Main", "ON THE MISSISSIPPI RIVER" (upper-case words are ordinary
place words).  The dateline patterns try them in this order."""
