"""wiretext parse on files that are not UTF-8, and on files that are not text."""

from __future__ import annotations

import gzip
import io
import json
import random
import struct
import zipfile
from pathlib import Path

import pytest

from wiretext import parse
from wiretext._bytes import NotText, decode
from wiretext.cli import main

# Invented stories in the scripts that come in legacy encodings.
STORIES = {
    "cp1251": ("МОСКВА, 3 января (ТАСС) - Правительство утвердило новый график движения паромов.", "cp1251"),
    "shift_jis": ("東京、1月3日（共同）― 市議会は新しいフェリーの時刻表を承認した。", "shift_jis"),
    "utf-16-le": ("PARIS, Jan 3 (AFP) - Rain fell on the capital on Tuesday.", "utf-16-le"),
    "utf-16-be": ("МОСКВА (ТАСС) - Снег закрыл аэропорт.", "utf-16-be"),
    "latin-1": ("BOGOTÁ, 3 ene (EFE) - La alcaldía aprobó el nuevo horario de transbordadores.", "latin-1"),
    "cp1250": ("WARSZAWA (PAP) - Rząd zatwierdził nowy rozkład jazdy promów. Łódź też.", "cp1250"),
    "cp1254": ("ANKARA (AA) - Türkiye'de yağmur yağdı, şehir ıslandı.", "cp1254"),
    "short cp1252": ("OSLO (NTB) - Snø falt.", "cp1252"),
}
# What the note and the encoding column say (Shift-JIS is read as its superset cp932; Latin-1 as cp1252).
NAMES = {"shift_jis": "cp932", "latin-1": "cp1252", "short cp1252": "cp1252"}


@pytest.mark.parametrize("case", list(STORIES))
def test_legacy_encodings_come_out_right(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("charset_normalizer")
    text, codec = STORIES[case]
    (tmp_path / "story.txt").write_bytes(text.encode(codec))
    assert main(["parse", str(tmp_path / "story.txt"), "--format", "jsonl"]) == 0
    row = json.loads(capsys.readouterr().out)
    name = NAMES.get(case, case)
    assert row["encoding"] == name
    assert row["notes"][-1] == {"kind": "encoding", "message": f"decoded as {name}", "span": None}
    assert row["body"] == parse(text).body


def test_ftfy_guess_without_charset_normalizer(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "charset_normalizer", None)
    assert decode("OSLO (NTB) - Snø falt.".encode("cp1252")) == ("OSLO (NTB) - Snø falt.", "cp1252")


def _random(n: int, seed: int = 3) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(n))


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("story.txt", "PARIS (AFP) - Rain. " * 50)
    return buffer.getvalue()


def _png() -> bytes:
    header = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
    return header + _random(300)


BINARIES = {
    "elf executable": (b"\x7fELF\x02\x01\x01\x00" + bytes(8) + _random(2000), "an ELF executable"),
    "windows executable": (b"MZ\x90\x00\x03\x00\x00\x00" + _random(2000), "a Windows executable"),
    "png image": (_png(), "a PNG image"),
    "jpeg image": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + _random(2000), "a JPEG image"),
    "zip archive": (_zip(), "a zip archive (or an Office document)"),
    "gzip of text": (gzip.compress(b"PARIS (AFP) - Rain."), "a gzip file that holds no feed"),
    "pdf": (b"%PDF-1.7\n" + _random(2000), "a PDF document"),
    "random bytes": (_random(4000), "binary data (no text encoding decodes it)"),
    "zeros": (bytes(500), "binary data (no text encoding decodes it)"),
}


@pytest.mark.parametrize("case", list(BINARIES))
def test_binary_files_are_refused(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("charset_normalizer")
    data, what = BINARIES[case]
    path = tmp_path / "file.txt"
    path.write_bytes(data)
    (tmp_path / "ok.txt").write_text("PARIS (AFP) - Rain.", encoding="utf-8")
    assert main(["parse", str(path), str(tmp_path / "ok.txt"), "--format", "jsonl", "--fields", "path"]) == 1
    out, err = capsys.readouterr()
    assert json.loads(out) == {"path": str(tmp_path / "ok.txt")}  # the run goes on
    assert err == f"wiretext: {path}: not text: {what}\n"


@pytest.mark.parametrize("command", ["explain", "clean"])
def test_binary_files_are_refused_by_explain_and_clean(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "picture.png"
    path.write_bytes(_png())
    assert main([command, str(path)]) == 1
    assert capsys.readouterr() == ("", f"wiretext: {path}: not text: a PNG image\n")


def test_binary_records_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "items.jsonl"
    path.write_bytes(_zip())
    assert main(["parse", str(path), "--text-field", "body"]) == 1
    assert capsys.readouterr() == ("", f"wiretext: {path}: not text: a zip archive (or an Office document)\n")


def test_a_record_file_in_cp1251(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("charset_normalizer")
    text = STORIES["cp1251"][0]
    path = tmp_path / "items.csv"
    path.write_bytes(f'id,body\n1,"{text}"\n'.encode("cp1251"))
    assert main(["parse", str(path), "--text-field", "body", "--fields", "encoding,city"]) == 0
    assert json.loads(capsys.readouterr().out) == {"encoding": "cp1251", "city": "МОСКВА"}


def test_a_dateline_that_starts_like_a_signature_is_text() -> None:
    assert decode(b"MZUZU, Malawi (MANA) - Rain.")[1] == "utf-8"
    with pytest.raises(NotText):
        decode(b"MZ\x90\x00" + bytes(60))
