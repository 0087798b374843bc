"""Write docs/schema/article.schema.json and the note kinds' table of docs/model.md from the package.

The schema is built by ``wiretext._schema`` from the attrs classes of
``wiretext.model`` (``wiretext.schema()`` returns the same at run time); the
table from ``wiretext.data.notes.NOTE_KINDS``.  ``tests/test_schema.py``
fails when either committed file differs from what this script writes.

    python tools/gen_schema.py            # rewrite both files
    python tools/gen_schema.py --check    # exit 1 when one is stale
"""

from __future__ import annotations

import sys
from pathlib import Path

from wiretext._schema import render
from wiretext.data.notes import NOTE_KINDS

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "docs" / "schema" / "article.schema.json"
MODEL_PAGE = ROOT / "docs" / "model.md"
START = "<!-- note-kinds: written by tools/gen_schema.py from wiretext.data.notes.NOTE_KINDS -->"
END = "<!-- /note-kinds -->"


def note_table() -> str:
    """The Markdown table of every note kind, between its markers."""
    rows = [START, "", "| kind | what a note of this kind means |", "|---|---|"]
    for kind, meaning in NOTE_KINDS.items():
        cell = meaning.replace("|", "\\|").replace("<", "&lt;")
        rows.append(f"| `{kind}` | {cell} |")
    return "\n".join([*rows, "", END])


def render_page(page: str) -> str:
    """``page`` with its note kinds' table written anew."""
    start, end = page.index(START), page.index(END) + len(END)
    return page[:start] + note_table() + page[end:]


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _generated import run

    status = run(__doc__, render, OUTPUT, argv, "schema")
    args = list(argv or [])
    if "--output" in args:  # a schema written elsewhere (the tests): the page is not touched
        return status
    page = MODEL_PAGE.read_text(encoding="utf-8")
    if "--check" in args:
        if render_page(page) != page:
            print(f"{MODEL_PAGE} is stale: run python {sys.argv[0]}", file=sys.stderr)
            return 1
        return status
    MODEL_PAGE.write_text(render_page(page), encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())
