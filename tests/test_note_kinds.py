"""Note kinds are a closed list: every kind the code emits is in NOTE_KINDS, and every entry is emitted somewhere."""

from __future__ import annotations

import datetime as dt
import gzip
import itertools
import json
import re
from pathlib import Path

import pytest

import wiretext
from wiretext.data.notes import NOTE_KINDS

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "wiretext"
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
CORPORA = ROOT.parent / "shared" / "corpora"
PER_CORPUS = 2000

# Kinds parse_html writes as f"{field}-from-{source}" (html.py's _SOURCES).
_COMPOSED = re.compile(r"(?:headline|date|byline|agency)-from-(?:json-ld|meta|time|title|h1|markup|page)")
# Where a kind stands in the code as a literal: Note("kind", ...), w.note("kind", ...), w.label(s, e, "kind", ...),
# ("kind", r"pattern") rule rows, Cut(s, e, "kind"), a rule constant ("wire-...": Final = ...).
_LITERALS = [
    re.compile(r'\bNote\(\s*"([a-z0-9-]+)"'),
    re.compile(r'\bnote\(\s*"([a-z0-9-]+)"'),
    re.compile(r'\blabel\([^()\n]*?,\s*"([a-z0-9-]+)"'),
    re.compile(r'notes\.append\(\(\s*"([a-z0-9-]+)"'),
    re.compile(r'^\s*\(\s*"([a-z]+(?:-[a-z]+)+)",\s*r?"', re.MULTILINE),
    re.compile(r'\bCut\([^()\n]*?,\s*"([a-z0-9-]+)"\)'),
    re.compile(r'^_[A-Z]+: Final = "(wire-[a-z-]+)"', re.MULTILINE),
    re.compile(r'rules\[k\] = "(page-[a-z-]+)"'),
    re.compile(r'return "(page-[a-z-]+)"'),
]
# Labels of explain() that are fields, not removals: never a note's kind.
FIELD_LABELS = {"headline", "byline", "dateline", "body", "rights", "credits", "space"}
# Literal rows of rule tables that are not note kinds: feed skip reasons, charset labels.
NOT_KINDS = {"package-item", "media-item", "not-a-text-item", "no-text", "too-large", "json-ld", "utf-8", "utf-16", "iso-8859-1"}


def _source_kinds() -> set[str]:
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        # Not the doctests' own made-up Notes and Cuts.
        text = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.lstrip().startswith((">>>", "...")))
        for pattern in _LITERALS:
            found.update(pattern.findall(text))
    return found - FIELD_LABELS - NOT_KINDS - {"credits"}


def test_every_kind_written_in_the_code_is_listed() -> None:
    assert sorted(_source_kinds() - set(NOTE_KINDS)) == []


def test_every_listed_kind_is_written_in_the_code() -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for p in SRC.rglob("*.py") if p.name != "notes.py")
    unused = [k for k in NOTE_KINDS if f'"{k}"' not in code and not _COMPOSED.fullmatch(k)]
    assert unused == []


def test_every_meaning_says_what_the_note_is() -> None:
    for kind, meaning in NOTE_KINDS.items():
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", kind), kind
        assert meaning.split(":")[0] in {"removed", "replaced", "taken off", "taken from", "unplaced", "unsure", "changed"}, kind


def _kinds_of(article: wiretext.Article) -> set[str]:
    return {n.kind for n in article.notes}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_emit_listed_kinds_only(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _kinds_of(wiretext.parse(text)) <= set(NOTE_KINDS)
    assert _kinds_of(wiretext.parse(text, reference_date=dt.date(2026, 6, 1))) <= set(NOTE_KINDS)
    labels = {s.label for s in wiretext.explain(text)}
    assert labels - FIELD_LABELS <= set(NOTE_KINDS)


def _corpus_cases(name: str) -> list[dict[str, object]]:
    path = CORPORA / name
    if not path.exists():
        pytest.skip(f"no ../shared/corpora/{name}")
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in itertools.islice(lines, PER_CORPUS)]


@pytest.mark.parametrize("name", ["reuters21578.jsonl", "muc34.jsonl", "ag_news.jsonl", "pages.jsonl"])
def test_corpus_kinds_are_listed(name: str) -> None:
    seen: set[str] = set()
    for case in _corpus_cases(name):
        seen |= _kinds_of(wiretext.parse(str(case["input"]), reference_date=case.get("reference_date")))  # type: ignore[arg-type]
    assert seen
    assert sorted(seen - set(NOTE_KINDS)) == []


def test_page_corpus_kinds_are_listed() -> None:
    pytest.importorskip("trafilatura")
    seen: set[str] = set()
    for case in _corpus_cases("pages_html.jsonl.gz")[:300]:
        seen |= _kinds_of(wiretext.parse_html(str(case["input"]), reference_date=case.get("reference_date")))  # type: ignore[arg-type]
    assert any(k.endswith("-from-json-ld") for k in seen)
    assert sorted(seen - set(NOTE_KINDS)) == []


def test_wire_formats_kinds_are_listed() -> None:
    folder = CORPORA / "wire-formats"
    if not folder.is_dir():
        pytest.skip("no ../shared/corpora/wire-formats")
    seen: set[str] = set()
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix in (".txt", ".tst"):
            text = path.read_bytes().decode("latin-1")
            seen |= _kinds_of(wiretext.parse(text)) | {s.label for s in wiretext.explain(text)} - FIELD_LABELS
    assert any(k.startswith("wire-") for k in seen)
    assert sorted(seen - set(NOTE_KINDS)) == []


def test_from_dict_rejects_a_kind_not_listed() -> None:
    data = wiretext.parse("PARIS (AFP) - Rain.\n|").to_dict()
    data["notes"][0]["kind"] = "pipe-lines"
    with pytest.raises(wiretext.InvalidData, match=r"^notes\[0\]\.kind: not a note kind: 'pipe-lines'"):
        wiretext.Article.from_dict(data)
