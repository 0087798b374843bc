"""A/B by instructions executed: a revision against the working tree, under valgrind's callgrind.

Run from the repository root (figures only; needs ``valgrind``):

    .venv/bin/python benchmarks/instructions.py 4af5598 ../shared/corpora/reuters21578.jsonl --limit 300
    .venv/bin/python benchmarks/instructions.py HEAD ../shared/corpora/ag_news.jsonl --stage head   # one stage's calls

Timings on the shared machine swing by ten percent and more from one run to
the next (``benchmarks/ab.py --cpu`` included); the count of instructions a
pass of parses executes does not, so it shows changes of a few percent that
the clock cannot.  It is not the time: a cache miss costs many instructions'
time and counts as one (``benchmarks/profiled.py --shapes``: a dateline
pattern runs 2-3x slower inside a parse than warm), so a change is still
judged by ``ab.py`` as well.

Each side runs in its own process under callgrind: one warm-up pass over
the cases (patterns compiled, tables built), the counters zeroed, then the
measured pass.  What the process does on its way out is counted too (the
same for both sides); so the figure is instructions per parse, a little
high, and the ratio a little nearer 1 than it is.  With ``--stage`` only
the calls of one stage (or ``build``) are counted, over states made up to
it: no exit, no other stage (the revision must have the same stage table).

``--no-gc`` turns the cyclic garbage collector off for the measured pass
(after a collection).  Its full collections fall where the counts of
objects made put them: a tree that makes a few objects more or fewer can
move one into or out of the pass, some 100k instructions a pages parse
either way, whatever the change did (the figure with the collector is still the one to
judge a change that makes objects by).
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from _cases import REUTERS  # noqa: E402

CHILD = """
import os, sys
sys.path.insert(0, {src!r}); sys.path.insert(0, {benchmarks!r})
import gc
import wiretext
from pathlib import Path
from _cases import load
rows = load(Path({corpus!r}), {limit})
for text, ref in rows:
    wiretext.parse(text, reference_date=ref)
if {no_gc}:
    gc.collect()
    gc.disable()
os.system("callgrind_control -z %d >/dev/null" % os.getpid())
for text, ref in rows:
    wiretext.parse(text, reference_date=ref)
"""

# --stage: the states are made up to the stage outside the count (callgrind
# starts with instrumentation off), and only the stage's calls are counted.
STAGE_CHILD = """
import os, sys
sys.path.insert(0, {src!r}); sys.path.insert(0, {benchmarks!r})
from pathlib import Path
from _cases import load
from wiretext import pipeline
from wiretext.stages.state import State
import gc
rows = load(Path({corpus!r}), {limit})
def states():
    out = []
    for text, ref in rows:
        state = State(text, ref, False)
        for name, stage in pipeline.STAGES:
            if name == {stage!r}:
                break
            stage(state)
        out.append(state)
    return out
run = dict(pipeline.STAGES).get({stage!r}, pipeline._build)
for state in states():
    run(state)
measured = states()
if {no_gc}:
    gc.collect()
    gc.disable()
os.system("callgrind_control -i on %d >/dev/null" % os.getpid())
for state in measured:
    run(state)
os.system("callgrind_control -i off %d >/dev/null" % os.getpid())
"""


def export(rev: str, into: Path) -> Path:
    """``src/wiretext`` as of ``rev``, as an importable ``wiretext`` under ``into``."""
    archive = subprocess.run(["git", "archive", rev, "src/wiretext"], cwd=ROOT, capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def count(src: Path, corpus: Path, limit: int, tmp: Path, stage: str | None = None, *, no_gc: bool = False) -> int:
    """Instructions of the measured pass (and the process's exit) under callgrind; with ``stage``, of its calls."""
    fields = {
        "src": str(src), "benchmarks": str(ROOT / "benchmarks"), "corpus": str(corpus.resolve()), "limit": limit,
        "no_gc": no_gc,
    }  # fmt: skip
    code = CHILD.format(**fields) if stage is None else STAGE_CHILD.format(**fields, stage=stage)
    start = [] if stage is None else ["--instr-atstart=no"]
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", *start, f"--callgrind-out-file={tmp / 'callgrind.out'}", sys.executable,
         "-c", code],
        capture_output=True, text=True, check=True,
    )
    m = re.search(r"Collected : (\d+)", out.stderr)
    if m is None:
        raise SystemExit(f"no count in callgrind's output:\n{out.stderr[-2000:]}")
    return int(m.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rev", help="the revision to compare with the working tree")
    ap.add_argument("corpora", nargs="*", type=Path, default=[REUTERS])
    ap.add_argument("--limit", type=int, default=300, help="cases per corpus (300; a run takes about a minute)")
    ap.add_argument(
        "--stage", help="count only this stage's calls (a name of pipeline.STAGES, or build), the states made outside"
    )
    ap.add_argument("--no-gc", action="store_true", help="the cyclic garbage collector off in the measured pass")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        old_src = export(args.rev, tmp / "rev")
        for corpus in args.corpora:
            old = count(old_src, corpus, args.limit, tmp, args.stage, no_gc=args.no_gc)
            new = count(ROOT / "src", corpus, args.limit, tmp, args.stage, no_gc=args.no_gc)
            what = (f" in stage {args.stage}" if args.stage else "") + (", collector off" if args.no_gc else "")
            print(
                f"{corpus.stem}: {args.rev} {old / args.limit / 1e3:.1f}k, working tree {new / args.limit / 1e3:.1f}k "
                f"instructions per parse{what} ({new / old:.3f}x)"
            )


if __name__ == "__main__":
    main()
