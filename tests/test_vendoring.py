"""src/wiretext can be copied into another tree and imported from there."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "wiretext"


def test_imports_are_relative_and_need_no_metadata() -> None:
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 0:
                assert not (node.module or "").startswith("wiretext"), f"{path.name}: absolute self-import"
                assert node.module != "importlib.metadata", f"{path.name}: metadata lookup"
            if isinstance(node, ast.Import):
                for alias in node.names:
                    assert not alias.name.startswith("wiretext"), f"{path.name}: absolute self-import"
                    assert alias.name not in {"importlib.metadata", "importlib.resources", "pkg_resources"}


def test_vendored_copy_parses(tmp_path: Path) -> None:
    target = tmp_path / "scraper" / "_vendor" / "wiretext"
    shutil.copytree(PACKAGE, target, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "scraper" / "__init__.py").write_text("")
    (tmp_path / "scraper" / "_vendor" / "__init__.py").write_text("")
    code = (
        "import sys; sys.path.insert(0, '.')\n"
        "from scraper._vendor import wiretext\n"
        "a = wiretext.parse('PARIS, Jan 2, 2025 (AFP) - Rain.')\n"
        "assert wiretext.__name__ == 'scraper._vendor.wiretext', wiretext.__name__\n"
        "print(a.agency.code, a.location.city, a.date.isoformat())\n"
    )
    done = subprocess.run([sys.executable, "-I", "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["AFP", "PARIS", "2025-01-02"]
