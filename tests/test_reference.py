"""The API reference page names every public name, and (with mkdocstrings installed) builds with each on it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import wiretext

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "reference.md"


def test_every_public_name_is_on_the_page() -> None:
    names = re.findall(r"^::: wiretext\.(\S+)$", PAGE.read_text(encoding="utf-8"), re.MULTILINE)
    assert sorted(names) == sorted(wiretext.__all__)
    assert len(names) == len(set(names))


def test_the_built_page_documents_every_name(tmp_path: Path) -> None:
    pytest.importorskip("mkdocstrings")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    html = (tmp_path / "site" / "reference" / "index.html").read_text(encoding="utf-8")
    ids = set(re.findall(r'id="(wiretext\.[^"]+)"', html))
    assert [n for n in wiretext.__all__ if f"wiretext.{n}" not in ids] == []
    assert "<code>pycon" not in html and "&gt;&gt;&gt; a = parse(" in html  # examples shown as code


def test_examples_are_fenced() -> None:
    pytest.importorskip("griffe")
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from griffe_doctests import fence_examples
    finally:
        sys.path.pop(0)
    text = "Summary.\n\n>>> [x for x in y]\n[1]\n\nAfter.\n    >>> f(\n    ...   1)\n    2"
    assert fence_examples(text) == (
        "Summary.\n\n```pycon\n>>> [x for x in y]\n[1]\n```\n\nAfter.\n    ```pycon\n    >>> f(\n    ...   1)\n    2\n    ```"
    )
