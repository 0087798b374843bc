"""What parse does to each format (Cf) and space (Zs) character of Unicode.

One row a range of code points: ``(first, last, treatment, what)``.  The
treatment is what becomes of the character in every field of an Article
(headline, byline, body, rights text) and in :func:`wiretext.clean`:

``kept``
    stays where it stands.  Joiners, marks and signs that are part of the
    writing: ZWNJ in Persian ``می‌خواهم``, ZWJ in ``👩‍💻``, the
    right-to-left mark, the Arabic number sign, emoji tag sequences.
``removed``
    taken out, and the text on either side joined: a soft hyphen is a
    hyphenation hint (``Schiff\\u00adfahrt`` is ``Schifffahrt``), a zero
    width space or a word joiner shows nothing.  ``explain`` labels it
    ``invisible-character``.
``joiner``
    kept where it stands against a character that is not white space (ZWNJ
    in ``می‌خواهم``, ZWJ in ``👩‍💻``); a run of joiners (and removed
    characters) with white space or the end of the text on both sides
    joins nothing, and is removed like the characters above.
``space``
    white space: a word break; runs of white space become one space, and
    none is kept at a field's ends.

Ranges may hold code points that this Python's Unicode does not assign yet
(U+13439..U+1343F are Cf from Unicode 15); ``tests/property`` checks that
every Cf and Zs character is in a row, and that parse does what its row
says.  ``docs/robustness.md`` prints the table.

>>> treatment("\\u00ad"), treatment("\\u200d"), treatment("\\u3000"), treatment("\\u200f")
('removed', 'joiner', 'space', 'kept')
"""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["FORMAT_AND_SPACE", "JOINERS", "REMOVED", "WHITE_SPACE", "Treatment", "treatment"]

Treatment: TypeAlias = Literal["kept", "removed", "joiner", "space"]

#: ``(first, last, treatment, what)`` for every Cf and Zs character, in order.
FORMAT_AND_SPACE: tuple[tuple[int, int, Treatment, str], ...] = (
    (0x0020, 0x0020, "space", "SPACE"),
    (0x00A0, 0x00A0, "space", "NO-BREAK SPACE"),
    # A hyphenation hint: seen only where a line breaks inside the word.
    (0x00AD, 0x00AD, "removed", "SOFT HYPHEN"),
    # Arabic and Syriac signs that stand before or over figures: writing.
    (0x0600, 0x0605, "kept", "ARABIC NUMBER SIGN .. ARABIC NUMBER MARK ABOVE"),
    (0x061C, 0x061C, "kept", "ARABIC LETTER MARK"),
    (0x06DD, 0x06DD, "kept", "ARABIC END OF AYAH"),
    (0x070F, 0x070F, "kept", "SYRIAC ABBREVIATION MARK"),
    (0x0890, 0x0891, "kept", "ARABIC POUND MARK ABOVE, ARABIC PIASTRE MARK ABOVE"),
    (0x08E2, 0x08E2, "kept", "ARABIC DISPUTED END OF AYAH"),
    (0x1680, 0x1680, "space", "OGHAM SPACE MARK"),
    (0x180E, 0x180E, "kept", "MONGOLIAN VOWEL SEPARATOR"),
    (0x2000, 0x200A, "space", "EN QUAD .. HAIR SPACE"),
    # Shows nothing: a place where a line may break (after "/" in a credit,
    # between Thai words), not a space ("24\u200b/7" is "24/7").
    (0x200B, 0x200B, "removed", "ZERO WIDTH SPACE"),
    # Part of the spelling: Persian, Kurdish and Indic words (ZWNJ), emoji
    # sequences and Indic conjuncts (ZWJ).
    (0x200C, 0x200D, "joiner", "ZERO WIDTH NON-JOINER, ZERO WIDTH JOINER"),
    (0x200E, 0x200F, "kept", "LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK"),
    # Kept in the Article; shown escaped on a terminal (wiretext.display).
    (0x202A, 0x202E, "kept", "LEFT-TO-RIGHT EMBEDDING .. RIGHT-TO-LEFT OVERRIDE"),
    (0x202F, 0x202F, "space", "NARROW NO-BREAK SPACE"),
    (0x205F, 0x205F, "space", "MEDIUM MATHEMATICAL SPACE"),
    # "Do not break here": the opposite of a space.
    (0x2060, 0x2060, "removed", "WORD JOINER"),
    (0x2061, 0x2064, "kept", "FUNCTION APPLICATION .. INVISIBLE PLUS"),
    (0x2066, 0x2069, "kept", "LEFT-TO-RIGHT ISOLATE .. POP DIRECTIONAL ISOLATE"),
    # Deprecated shaping controls: ftfy removes them too.
    (0x206A, 0x206F, "removed", "INHIBIT SYMMETRIC SWAPPING .. NOMINAL DIGIT SHAPES"),
    (0x3000, 0x3000, "space", "IDEOGRAPHIC SPACE"),
    # Inside a text, a byte-order mark is debris of files joined together
    # (at the start it is the "byte-order-mark" removal); as ZWNBSP, a word
    # joiner.
    (0xFEFF, 0xFEFF, "removed", "ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)"),
    # Interlinear annotation marks: ftfy removes them too.
    (0xFFF9, 0xFFFB, "removed", "INTERLINEAR ANNOTATION ANCHOR .. TERMINATOR"),
    (0x110BD, 0x110BD, "kept", "KAITHI NUMBER SIGN"),
    (0x110CD, 0x110CD, "kept", "KAITHI NUMBER SIGN ABOVE"),
    (0x13430, 0x1343F, "kept", "EGYPTIAN HIEROGLYPH VERTICAL JOINER .. EGYPTIAN HIEROGLYPH END WALLED ENCLOSURE"),
    (0x1BCA0, 0x1BCA3, "kept", "SHORTHAND FORMAT LETTER OVERLAP .. SHORTHAND FORMAT UP STEP"),
    (0x1D173, 0x1D17A, "kept", "MUSICAL SYMBOL BEGIN BEAM .. MUSICAL SYMBOL END PHRASE"),
    # Tags: the flags of England, Scotland and Wales are emoji tag sequences.
    (0xE0001, 0xE0001, "kept", "LANGUAGE TAG"),
    (0xE0020, 0xE007F, "kept", "TAG SPACE .. CANCEL TAG"),
)


def _treated(how: Treatment) -> str:
    rows = [(first, last) for first, last, row_how, _ in FORMAT_AND_SPACE if row_how == how]
    return "".join(chr(c) for first, last in rows for c in range(first, last + 1))


#: The characters whose treatment is ``removed``.
REMOVED = _treated("removed")
#: The characters whose treatment is ``joiner``.
JOINERS = _treated("joiner")

#: White space as ``str.isspace`` and ``str.split`` read it, as a class for
#: ``re`` and ``regex`` (whose ``\s`` leaves out U+001C..U+001F).
WHITE_SPACE = r"[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"


def treatment(ch: str) -> Treatment | None:
    """The treatment of ``ch`` in :data:`FORMAT_AND_SPACE`, or None when no row holds it."""
    code = ord(ch)
    for first, last, how, _what in FORMAT_AND_SPACE:
        if first <= code <= last:
            return how
    return None
