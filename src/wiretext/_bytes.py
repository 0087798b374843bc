"""Bytes of a file to text for the ``wiretext`` command: UTF-8, else detected; binary files refused.

>>> decode("Bogotá".encode("utf-8")), decode("Bogotá, 3 ene (EFE) - Acción.".encode("cp1252"))
(('Bogotá', 'utf-8'), ('Bogotá, 3 ene (EFE) - Acción.', 'cp1252'))
>>> decode(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")
Traceback (most recent call last):
...
wiretext._bytes.NotText: not text: a PNG image
"""

from __future__ import annotations

import codecs

__all__ = ["SIGNATURES", "NotText", "decode", "encoding_of"]

#: How many bytes the detector reads (it decides on these; the whole file is then decoded).
SAMPLE = 1_000_000

#: The first bytes of the binary files most often met where text is expected:
#: ``(offset, bytes, what the file is)``.  A file that starts so is refused
#: before any decoding (an image decodes as "text" in some single-byte encoding).
SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x7fELF", "an ELF executable"),
    (0, b"MZ", "a Windows executable"),  # with a NUL in its first 64 bytes: "MZUZU, Malawi" is a dateline
    (0, b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (0, b"\xce\xfa\xed\xfe", "a Mach-O executable"),
    (0, b"\xca\xfe\xba\xbe", "a Mach-O or Java class file"),
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"GIF87a", "a GIF image"),
    (0, b"GIF89a", "a GIF image"),
    (0, b"II*\x00", "a TIFF image"),
    (0, b"MM\x00*", "a TIFF image"),
    (8, b"WEBP", "a WebP image"),
    (0, b"%PDF-", "a PDF document"),
    (0, b"PK\x03\x04", "a zip archive (or an Office document)"),
    (0, b"PK\x05\x06", "an empty zip archive"),
    (0, b"\x1f\x8b", "a gzip file that holds no feed"),
    (4, b"1AY&SY", "a bzip2 file"),
    (0, b"\xfd7zXZ\x00", "an xz file"),
    (0, b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (0, b"Rar!\x1a\x07", "a RAR archive"),
    (0, b"\x28\xb5\x2f\xfd", "a Zstandard file"),
    (0, b"SQLite format 3\x00", "an SQLite database"),
    (0, b"\x00asm", "a WebAssembly module"),
    (4, b"ftyp", "an MP4 or QuickTime file"),
    (0, b"ID3\x03", "an MP3 file"),
    (0, b"ID3\x04", "an MP3 file"),
    (0, b"OggS\x00", "an Ogg file"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# ftfy's codec names, as Python spells the encodings.  "sloppy" windows-1252
# reads the five bytes cp1252 leaves undefined as Latin-1 instead of failing.
_NAMES = {"sloppy-windows-1252": "cp1252", "macroman": "mac_roman"}

# Controls that text holds (tab, line feed, form feed, carriage return, ...);
# any other C0 control beyond one in 100 characters says "not text".
_TEXT_CONTROLS = frozenset("\t\n\v\f\r\x1a\x1b")


class NotText(ValueError):
    """The bytes are not text (an executable, an image, an archive): nothing to parse."""


def _binary_kind(data: bytes) -> str | None:
    for offset, magic, what in SIGNATURES:
        if data.startswith(magic, offset) and (magic != b"MZ" or b"\x00" in data[:64]):
            return what
    return None


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _ftfy_guess(data: bytes) -> str:
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)
    from ftfy import guess_bytes

    encoding = guess_bytes(data[:SAMPLE])[1]
    return _NAMES.get(encoding, encoding)


def _detected(data: bytes) -> str | None:
    """charset-normalizer's encoding for ``data`` (None when it finds no text), or ftfy's guess without it.

    Among the encodings that charset-normalizer scores as well as its best,
    ftfy's guess (Windows-1252, or MacRoman for text with bare carriage
    returns) is taken: on short Latin-script copy the detector cannot tell
    Windows-1250 from Windows-1252, and agency copy is the second.
    """
    guess = _ftfy_guess(data)
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # the cli extra is not installed
        return guess
    matches = from_bytes(data[:SAMPLE])
    best = matches.best()
    if best is None:
        return None
    score = (best.percent_chaos, best.percent_coherence)
    for match in matches:
        if (match.percent_chaos, match.percent_coherence) == score and guess in match.could_be_from_charset:
            return guess
    return best.encoding


def _name(encoding: str) -> str:
    """The name the note and the ``encoding`` column show: ``utf-16-le`` for Python's ``utf_16_le``."""
    return encoding.replace("_", "-") if encoding.startswith("utf") else encoding


def _controls(text: str) -> bool:
    """Whether more than one character in 100 is a control that text does not hold."""
    sample = text[:SAMPLE]
    count = sum(1 for ch in sample if ch < " " and ch not in _TEXT_CONTROLS)
    return count * 100 > len(sample)


def encoding_of(data: bytes) -> str:
    """The encoding of ``data`` (a whole file, or its first bytes): ``utf-8``, else the one detected.

    :raises NotText: when the bytes are not text.
    """
    kind = _binary_kind(data)
    if kind is not None:
        raise NotText(f"not text: {kind}")
    for bom, name in _BOMS:
        if data.startswith(bom):
            return "utf-8" if name == "utf-8-sig" else name
    if not _utf16_like(data) and _head_utf8(data):
        return "utf-8"
    encoding = _detected(data)
    if encoding is None or (b"\x00" in data and not encoding.startswith(("utf_16", "utf_32", "utf-16", "utf-32"))):
        raise NotText("not text: binary data (no text encoding decodes it)")
    return _name(encoding)


def _utf16_like(data: bytes) -> bool:
    """Whether NULs are more than one byte in 20: UTF-16 or UTF-32 without a byte-order mark, or not text.

    Such bytes can be valid UTF-8 (UTF-16 of ASCII or Cyrillic text is);
    the detector decides what they are.  A few NULs in text are read as
    UTF-8 (parse removes them with a note).
    """
    sample = data[:SAMPLE]
    return sample.count(0) * 20 > len(sample)


def _head_utf8(data: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        return False
    return True


def decode(data: bytes) -> tuple[str, str]:
    """``data`` as text and the name of its encoding.

    UTF-8 first (a byte-order mark is dropped); then a byte-order mark's
    UTF-16 or UTF-32; then what charset-normalizer (the ``cli`` extra)
    detects, with ftfy's guess as the fallback, so that Windows-1251 Russian,
    Shift-JIS Japanese, UTF-16 without a byte-order mark and Latin-1 are read
    right.

    :raises NotText: for an executable, an image, an archive, or bytes no
        encoding reads as text.
    :raises UnicodeDecodeError: when the bytes past the detector's sample
        are not in the encoding it found.
    """
    kind = _binary_kind(data)
    if kind is not None:
        raise NotText(f"not text: {kind}")
    if not _utf16_like(data):
        text = _utf8(data)
        if text is not None:
            return text, "utf-8"
    encoding = encoding_of(data)
    text = data.decode("utf-8-sig" if encoding == "utf-8" else encoding)
    if encoding in ("utf-16", "utf-32"):
        text = text.removeprefix("\ufeff")
    if _controls(text):
        raise NotText("not text: binary data (control characters throughout)")
    return text, encoding
