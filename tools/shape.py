"""The shape of the code (issue 19): modules over ~600 lines, functions over ~60 lines of code.

    .venv/bin/python tools/shape.py            # print what is over, exit 1 if anything is

A function's length is counted without its docstring (the examples in a
public docstring are documentation, not code).  The data tables
(``src/wiretext/data/``) are exempt, as are the names in ``ALLOWED``, each
with the reason it stays bigger.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "src" / "wiretext"
MODULE_LINES = 600
FUNCTION_LINES = 60

#: What may stay bigger, and why.
ALLOWED: dict[str, str] = {
    "cli.py:build_parser": "one argparse declaration a flag, with its help text: a table, read top to bottom",
    "registry.py": "the look-ups over every data table (agencies, places, months), 3% over: one index, one module",
}


def _body_lines(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    body = node.body
    if body and isinstance(body[0], ast.Expr) and isinstance(getattr(body[0], "value", None), ast.Constant):
        body = body[1:]  # the docstring
    if not body:
        return 0
    return (body[-1].end_lineno or body[-1].lineno) - body[0].lineno + 1


def over() -> list[str]:
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("data/"):
            continue
        text = path.read_text(encoding="utf-8")
        lines = text.count("\n")
        if lines > MODULE_LINES and rel not in ALLOWED:
            found.append(f"{rel}: {lines} lines (module bound {MODULE_LINES})")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                n = _body_lines(node)
                if n > FUNCTION_LINES and f"{rel}:{node.name}" not in ALLOWED:
                    found.append(f"{rel}:{node.name}: {n} lines of code (function bound {FUNCTION_LINES})")
    return found


def main() -> int:
    found = over()
    print("\n".join(found) or "every module and function within bounds")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
