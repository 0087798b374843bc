"""Do parse, explain and clean give the same results on the hostile inputs under a git revision and here?

A speed change must change no output.  The shared corpora say so for real
copy (``tools/snapshot.py check``); this says so for the families of
``benchmarks/hostile.py``, the inputs such a change is made for.

Usage (from the repository root)::

    .venv/bin/python tools/hostile_same.py b4db561 --only _ODD_CASE --sizes 2000 100000
    .venv/bin/python tools/hostile_same.py b4db561 --sizes 5000        # every family, small

Prints each family that differs (and the first field that does) and exits 1
when one does.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import hostile  # noqa: E402  (puts the working tree's src first on the path)
from ab import revision  # noqa: E402

import wiretext  # noqa: E402


def results(module: Any, text: str) -> dict[str, Any]:
    """What parse, explain and clean say of ``text``, as plain data."""
    article = module.parse(text)
    segments = [tuple(s) for s in module.explain(text)]
    return {"parse": json.loads(article.to_json()), "explain": segments, "clean": module.clean(text)}


def first_difference(old: dict[str, Any], new: dict[str, Any]) -> str:
    for key in ("parse", "explain", "clean"):
        a, b = old[key], new[key]
        if a != b:
            if isinstance(a, dict):
                fields = [f for f in sorted(set(a) | set(b)) if a.get(f) != b.get(f)]
                return f"{key}: {', '.join(fields)}"
            return f"{key}: differs"
    return ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rev", help="the git revision to hold the working tree against")
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    ap.add_argument("--only", help="only the families whose name holds this text")
    args = ap.parse_args()
    families = {"ordinary": hostile.ordinary, **hostile.all_families(), **hostile.SCRIPTS}
    if args.only:
        families = {k: v for k, v in families.items() if args.only in k}
    differ = 0
    with tempfile.TemporaryDirectory() as tmp:
        old = revision(args.rev, Path(tmp))
        for name, make in families.items():
            for n in args.sizes:
                text = make(n)
                diff = first_difference(results(old, text), results(wiretext, text))
                if diff:
                    differ += 1
                    print(f"{name} at {n}: {diff}")
    print(f"{len(families)} families at {args.sizes}: {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
