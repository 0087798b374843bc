"""Generated files: the Article JSON Schema (current, true of real output); docs/agencies.md."""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest

import wiretext
from wiretext import Article

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_PATH = ROOT / "docs" / "schema" / "article.schema.json"
EXAMPLES = sorted((ROOT / "examples").iterdir())
CORPORA = sorted((ROOT.parent / "shared" / "corpora").glob("*.jsonl"))
PER_CORPUS = 300


def _tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> Any:
    cls = jsonschema.Draft202012Validator
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _check(validator: Any, article: Article, where: str) -> None:
    data = article.to_dict()
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, f"{where}: {errors[0].json_path}: {errors[0].message}"
    assert Article.from_dict(json.loads(json.dumps(data))) == article, where


def test_committed_schema_is_current() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == _tool("gen_schema").render(), (
        "docs/schema/article.schema.json is stale: run python tools/gen_schema.py"
    )


def test_generator_check_mode(tmp_path: Path) -> None:
    gen = _tool("gen_schema")
    stale = tmp_path / "schema.json"
    stale.write_text("{}\n", encoding="utf-8")
    assert gen.main(["--check", "--output", str(stale)]) == 1
    assert gen.main(["--output", str(stale)]) == 0
    assert gen.main(["--check", "--output", str(stale)]) == 0
    assert stale.read_text(encoding="utf-8") == SCHEMA_PATH.read_text(encoding="utf-8")


def test_schema_follows_the_model(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    article = wiretext.parse("PARIS (AFP) - Rain.")
    assert list(schema["properties"]) == [f.name for f in article.__attrs_attrs__]
    assert set(schema["properties"]) == set(article.to_dict())
    assert set(schema["$defs"]) == {
        "Agency",
        "Dateline",
        "Location",
        "Note",
        "RightsNotice",
        "Span",
    }
    assert schema["$defs"]["Location"]["required"] == ["city", "region", "country", "country_code"]
    assert schema["properties"]["date"] == {"type": ["string", "null"], "format": "date"}
    assert schema["$defs"]["Note"]["properties"]["span"] == {"anyOf": [{"$ref": "#/$defs/Span"}, {"type": "null"}]}


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("date",), "03/01/2026"),
        (("headline",), 3),
        (("dateline", "span"), [1]),
        (("dateline", "span"), [-1, 2]),
        (("rights", "year"), "2026"),
        (("agencies",), [{"code": "AFP"}]),
        (("notes",), [{"kind": "x", "message": "y", "span": None, "extra": 1}]),
        (("credits",), [["reporting", ["Ana"]]]),
        (("agency", "colour"), "red"),
        (("dateline", "location", "colour"), "red"),
    ],
)
def test_schema_rejects_bad_data(validator: Any, path: tuple[str, ...], value: object) -> None:
    data = wiretext.parse("Rain\nPARIS, Jan 2, 2026 (AFP) - Rain fell.\n|\n© 2026 AFP").to_dict()
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert not validator.is_valid(data)


def test_keys_beside_the_article_and_the_last_fields_absent_are_valid(validator: Any) -> None:
    # As from_dict reads them: the command's rows, parse_bag's ``keep`` keys, data without authors or credits.
    data = {"path": "story.txt", "encoding": "cp1252", "id": 7, **wiretext.parse("PARIS (AFP) - Rain.").to_dict()}
    del data["authors"], data["credits"]
    assert validator.is_valid(data)
    assert Article.from_dict(data) == wiretext.parse("PARIS (AFP) - Rain.")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_validate(validator: Any, path: Path) -> None:
    article = wiretext.parse(path.read_text(encoding="utf-8"), reference_date=dt.date(2026, 6, 1))
    _check(validator, article, path.name)


def test_cli_rows_validate_without_path_and_encoding(
    validator: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wiretext.cli import main

    (tmp_path / "a.txt").write_bytes("BOGOTÁ, 3 JAN 90 (EFE) -- Acción.".encode("cp1252"))
    assert main(["parse", str(tmp_path), *map(str, EXAMPLES), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == len(EXAMPLES) + 1
    for row in rows:
        path, encoding = row.pop("path"), row.pop("encoding")
        assert encoding in {"utf-8", "cp1252"}
        assert validator.is_valid(row), path


@pytest.mark.skipif(not CORPORA, reason="no ../shared/corpora")
@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_corpus_outputs_validate(validator: Any, corpus: Path) -> None:
    with corpus.open(encoding="utf-8") as lines:
        cases = [json.loads(line) for line in itertools.islice(lines, PER_CORPUS)]
    assert cases
    for case in cases:
        ref = case.get("reference_date")
        article = wiretext.parse(case["input"], reference_date=dt.date.fromisoformat(ref) if ref else None)
        _check(validator, article, case["id"])


def test_agency_page_is_current() -> None:
    page = ROOT / "docs" / "agencies.md"
    assert page.read_text(encoding="utf-8") == _tool("gen_agency_table").render(), (
        "docs/agencies.md is stale: run python tools/gen_agency_table.py"
    )


def test_agency_page_lists_every_agency() -> None:
    from wiretext.data.agencies import AGENCIES

    rows = [line for line in _tool("gen_agency_table").render().splitlines() if line.startswith("| `")]
    codes = [row.split(" | ")[0].removeprefix("| ").strip("`") for row in rows]
    assert len(codes) == len(AGENCIES) + 2  # and the two distributors' rows
    assert {row[0] for row in AGENCIES} <= set(codes)
    (afp,) = (row for row in rows if row.startswith("| `AFP` |"))
    assert afp.split(" | ")[1:] == [
        "Agence France-Presse",
        "`Agence France-Presse`, `Agence France Presse`, `أ ف ب`, `أ.ف.ب`, `فرانس برس`",
        "France (FR) |",
    ]
