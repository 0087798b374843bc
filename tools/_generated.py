"""The command line shared by the generators in tools/: write a file, or check it is current."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path


def run(
    doc: str | None, render: Callable[[], str], default: Path, argv: Sequence[str] | None, what: str
) -> int:
    """Write ``render()`` to the output file, or with ``--check`` exit 1 when the file differs."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help=f"exit 1 when the committed {what} is stale")
    parser.add_argument("--output", type=Path, default=default)
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is stale: run python {sys.argv[0]}", file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0
