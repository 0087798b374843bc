"""The floors of the package: what may import what (docs/architecture.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import wiretext
from wiretext import pipeline

SRC = Path(wiretext.__file__).parent


def _package_imports(path: Path) -> set[str]:
    """The package modules ``path`` imports, anywhere in it (relative imports only: the package uses no others)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = node.module or ""
            out |= {base} if base else {alias.name for alias in node.names}
    return out


def test_the_model_imports_nothing_of_the_package_but_errors() -> None:
    assert _package_imports(SRC / "model.py") <= {"errors"}


def test_no_stage_imports_the_pipeline() -> None:
    for path in (SRC / "stages").glob("*.py"):
        assert "pipeline" not in {name.rsplit(".", 1)[-1] for name in _package_imports(path)}, path.name


def test_the_stage_table_names_each_stage_once_in_order() -> None:
    names = [name for name, _ in pipeline.STAGES]
    assert names == ["text", "layout", "noise", "rights", "source", "dateline", "head", "tail", "body"]


def test_the_convenience_methods_are_served() -> None:
    a = wiretext.Article.from_text("PARIS (AFP) - Rain.")
    assert wiretext.Article.from_dict(a.to_dict()) == a
    assert '"code": "AFP"' in a.to_json()
