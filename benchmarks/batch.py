"""parse_many: throughput with 1 and 2 workers, and memory over a long stream.

Throughput rounds alternate three runs over the same stream: one process,
a pool of two workers, and two forked processes that parse half the stream
each and send nothing back.  The last is the most any pool could reach on
two cores, so the speed-up of the pool can be read against it.

Run from the repository root (figures only):

    .venv/bin/python benchmarks/batch.py                     # both parts
    .venv/bin/python benchmarks/batch.py --docs 20000 --stream 0   # throughput only
    .venv/bin/python benchmarks/batch.py --docs 0 --stream 200000  # memory only
    .venv/bin/python benchmarks/batch.py --fresh 9 --docs 2000     # fresh processes: the warm-up counts
    .venv/bin/python benchmarks/batch.py --fresh 9 --docs 2000 --against main~3   # and a revision's

The throughput rounds run in one process, warm after its first round: a
pool forked from it starts warm too.  ``--fresh N`` times instead the first
``parse_many`` call of fresh processes (N a side, interleaved; the import and
the loading of the cases not counted), as a scraper's job or a serverless
function runs it: each worker then compiles the patterns its texts need.
With ``--against REV`` the revision's ``src/wiretext`` runs too, in turns.

Inputs cycle through the first ``--distinct`` cases of a corpus (default
../shared/corpora/reuters21578.jsonl) with their reference dates, or through
invented dispatches when no corpus is there; they are generated lazily, so
the stream itself holds no memory.  Memory is sampled every 0.2 s from /proc
for this process and its worker processes: the sum of their RSS (which
counts pages that forked workers share with the parent once per process)
and the sum of their PSS (shared pages split between the processes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import io
import itertools
import json
import multiprocessing
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# measure the working tree (or, in a --fresh run's child, the tree --against exported)
sys.path.insert(0, os.environ.get("BATCH_SRC", str(ROOT / "src")))

import wiretext  # noqa: E402
from wiretext.batch import parse_many  # noqa: E402

REUTERS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"

Row = tuple[str, "dt.date | None"]


def load(path: Path, limit: int) -> list[Row]:
    rows: list[Row] = []
    if path.is_file():
        with path.open(encoding="utf-8") as f:
            for line in itertools.islice(f, limit):
                case = json.loads(line)
                ref = case.get("reference_date")
                rows.append((case["input"], dt.date.fromisoformat(ref) if ref else None))
    if not rows:  # invented dispatches
        for i in range(limit):
            text = (
                f"Ferry line {i} opens\n    LAKEVIEW, March {i % 28 + 1} (Reuters) - The new "
                f"ferry line {i} carried {i * 37 % 5000} passengers on its first day,\nthe "
                "harbour office said.\n    The crossing takes 25 minutes.\n Reuter\n"
            )
            rows.append((text, dt.date(2026, 4, 1)))
    return rows


def stream(rows: list[Row], n: int) -> tuple[Iterator[str], Iterator[dt.date | None]]:
    texts = (t for t, _ in itertools.islice(itertools.cycle(rows), n))
    dates = (d for _, d in itertools.islice(itertools.cycle(rows), n))
    return texts, dates


# -- memory sampling -------------------------------------------------------------


def _children(pid: int) -> list[int]:
    try:
        kids = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        return [int(k) for k in kids]
    except OSError:
        out = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(entry.name))
        return out


def _kib(pid: int, path: str, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/{path}").read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class Sampler(threading.Thread):
    """Peak RSS and PSS (MB) of this process plus its children, sampled in the background."""

    def __init__(self, interval: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.interval = interval
        self.stop = threading.Event()
        self.peak_rss = self.peak_pss = 0.0
        self.peak_children = 0

    def sample(self) -> tuple[float, float]:
        pids = [os.getpid(), *_children(os.getpid())]
        self.peak_children = max(self.peak_children, len(pids) - 1)
        rss = sum(_kib(p, "status", "VmRSS:") for p in pids) / 1024
        pss = sum(_kib(p, "smaps_rollup", "Pss:") for p in pids) / 1024
        self.peak_rss = max(self.peak_rss, rss)
        self.peak_pss = max(self.peak_pss, pss)
        return rss, pss

    def run(self) -> None:
        while not self.stop.wait(self.interval):
            self.sample()


# -- parts -------------------------------------------------------------------------


def cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def machine_cpu() -> tuple[float, float]:
    """Busy and stolen CPU seconds of the whole machine so far, from /proc/stat."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except OSError:
        return 0.0, 0.0
    tick = os.sysconf("SC_CLK_TCK")
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields[:8]
    return (user + nice + system + irq + softirq) / tick, steal / tick


def loadavg() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _parse_part(rows: list[Row], skip: int, count: int) -> None:
    """Parse dispatches ``skip`` to ``skip + count`` of the stream, keeping nothing."""
    for text, date in itertools.islice(itertools.cycle(rows), skip, skip + count):
        wiretext.parse(text, reference_date=date)


def apart(rows: list[Row], docs: int) -> int:
    """Two forked processes parse half the stream each and send nothing back.

    No pool can beat this on two cores: it is the pool without the pipes,
    the pickling and the parent.  Both cores busy at once run slower than
    one alone (shared caches, the host's clock), and this measures that.
    """
    ctx = multiprocessing.get_context("fork")
    half = docs // 2
    gc.freeze()  # as parse_many's workers fork: no copy of the heap by their collections
    try:
        procs = [ctx.Process(target=_parse_part, args=(rows, skip, n)) for skip, n in ((0, half), (half, docs - half))]
        for p in procs:
            p.start()
    finally:
        gc.unfreeze()
    for p in procs:
        p.join()
        assert p.exitcode == 0
    return docs


KINDS = {"1": "parse_many(workers=1)", "2": "parse_many(workers=2)", "apart": "2 processes apart, no pool"}


def throughput(rows: list[Row], docs: int, rounds: int, chunksize: int) -> None:
    mb = sum(len(t.encode("utf-8")) for t, _ in itertools.islice(itertools.cycle(rows), docs)) / 1e6
    print(f"## throughput: {docs:,} dispatches ({mb:.1f} MB), chunksize {chunksize}, {rounds} rounds")
    kinds = [k for k in KINDS if k != "apart" or "fork" in multiprocessing.get_all_start_methods()]
    runs: dict[str, list[tuple[float, float, bool]]] = {k: [] for k in kinds}  # wall, CPU, quiet
    for text, date in rows[:50]:  # compile the patterns first: a round should not pay for it
        wiretext.parse(text, reference_date=date)
    for _ in range(rounds):  # alternate, so that load from elsewhere hits all alike
        for kind in kinds:
            cpu_start = cpu_seconds()
            busy_start, steal_start = machine_cpu()
            start = time.perf_counter()
            if kind == "apart":
                n = apart(rows, docs)
            else:
                texts, dates = stream(rows, docs)
                articles = parse_many(texts, reference_date=dates, workers=int(kind), chunksize=chunksize)
                n = sum(1 for _ in articles)
            took = time.perf_counter() - start
            used = cpu_seconds() - cpu_start  # the pool's workers are reaped by now
            busy_end, steal_end = machine_cpu()
            others = max(0.0, busy_end - busy_start - used)
            stolen = steal_end - steal_start
            assert n == docs
            # Quiet: other processes and the hypervisor took under 5% of the two cores.
            quiet = others + stolen < 0.05 * 2 * took
            runs[kind].append((took, used, quiet))
            print(
                f"  {KINDS[kind]}: {took:.2f} s wall, {used:.2f} s CPU; meanwhile other "
                f"processes {others:.2f} s CPU, stolen {stolen:.2f} s (of {2 * took:.2f} s "
                f"on 2 cores){'  quiet' if quiet else ''}"
            )
    print()
    print("| run | rounds | best s | docs/s | MB/s | CPU s | quiet rounds | best quiet s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    best = {k: min(r[0] for r in rs) for k, rs in runs.items()}
    quiet = {k: [r for r in rs if r[2]] for k, rs in runs.items()}
    for kind, rs in runs.items():
        took = best[kind]
        rate = f"{docs / took:,.0f} | {mb / took:.2f}"
        cpu = min(r[1] for r in rs)
        q = f"{min(r[0] for r in quiet[kind]):.2f}" if quiet[kind] else "-"
        print(f"| {KINDS[kind]} | {len(rs)} | {took:.2f} | {rate} | {cpu:.2f} | {len(quiet[kind])} | {q} |")
    print(f"speed-up workers=2 / workers=1, best rounds: {best['1'] / best['2']:.2f}x (target >= 1.7x)")
    if "apart" in best:
        ceiling = best["1"] / best["apart"]
        print(
            f"two processes apart / workers=1: {ceiling:.2f}x, the most a pool could reach here; "
            f"workers=2 reaches {best['apart'] / best['2']:.0%} of it"
        )
    if quiet["1"] and quiet["2"]:
        q1 = min(quiet["1"])
        q2 = min(quiet["2"])
        print(
            f"speed-up in quiet rounds only: {q1[0] / q2[0]:.2f}x; CPU cost of the pool there {q2[1] / q1[1] - 1:+.1%}"
        )
    else:
        print("no quiet round on both sides: the machine was busy; the speed-up above is not the pool's")
    print()


def fresh(args: argparse.Namespace) -> None:
    """The first ``parse_many`` call of fresh processes, workers=1 and 2 interleaved: its wall time, median and best."""
    against = f" against {args.against}" if args.against else ""
    runs = f"{args.fresh} runs a side{against}"
    print(f"## fresh processes: the first parse_many call on {args.docs:,} dispatches, {runs}")
    command = [sys.executable, __file__, "--corpus", str(args.corpus), "--distinct", str(args.distinct)]
    command += ["--docs", str(args.docs), "--chunksize", str(args.chunksize), "--fresh-one"]
    with tempfile.TemporaryDirectory() as tmp:
        trees = {"working tree": str(ROOT / "src")}
        if args.against:
            git = ["git", "archive", args.against, "src/wiretext"]
            archive = subprocess.run(git, cwd=ROOT, capture_output=True, check=True)
            with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
                tar.extractall(tmp, filter="data")
            trees = {args.against: str(Path(tmp) / "src"), **trees}
        took: dict[tuple[str, int], list[float]] = {(tree, w): [] for tree in trees for w in (1, 2)}
        for _ in range(args.fresh):  # in turns, so that load from elsewhere falls on all alike
            for tree, workers in took:
                env = {**os.environ, "BATCH_SRC": trees[tree]}
                out = subprocess.run([*command, str(workers)], check=True, capture_output=True, text=True, env=env)
                took[tree, workers].append(float(out.stdout))
    print("| tree | workers | median s | best s | docs/s (median) |")
    print("|---|---:|---:|---:|---:|")
    for (tree, workers), runs in took.items():
        median = statistics.median(runs)
        print(f"| {tree} | {workers} | {median:.3f} | {min(runs):.3f} | {args.docs / median:,.0f} |")
    for tree in trees:
        one, two = took[tree, 1], took[tree, 2]
        ratio = statistics.median(one) / statistics.median(two)
        print(f"{tree}: speed-up workers=2 / workers=1, medians {ratio:.2f}x; best runs {min(one) / min(two):.2f}x")
    if args.against:
        for workers in (1, 2):
            ratio = statistics.median(took["working tree", workers]) / statistics.median(took[args.against, workers])
            print(f"workers={workers}: working tree / {args.against}, medians {ratio:.3f}x the time")
    print()


def fresh_one(rows: list[Row], docs: int, workers: int, chunksize: int) -> None:
    """Print the wall time of this process's first ``parse_many`` call (one line, seconds)."""
    texts, dates = stream(rows, docs)
    start = time.perf_counter()
    n = sum(1 for _ in parse_many(texts, reference_date=dates, workers=workers, chunksize=chunksize))
    took = time.perf_counter() - start
    assert n == docs
    print(f"{took:.6f}")


def memory(rows: list[Row], docs: int, workers: int, chunksize: int) -> None:
    call = f"parse_many(workers={workers}, chunksize={chunksize})"
    print(f"## memory: {docs:,} dispatches through {call}")
    sampler = Sampler()
    base_rss, base_pss = sampler.sample()
    sampler.start()
    checkpoints = {docs // 10, docs // 2, docs}
    print("| dispatches done | RSS sum MB | PSS sum MB |")
    print("|---:|---:|---:|")
    texts, dates = stream(rows, docs)
    start = time.perf_counter()
    n = 0
    for article in parse_many(texts, reference_date=dates, workers=workers, chunksize=chunksize):
        n += 1
        if n in checkpoints:
            rss, pss = sampler.sample()
            print(f"| {n:,} | {rss:.0f} | {pss:.0f} |")
        del article
    took = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"before the pool: RSS {base_rss:.0f} MB, PSS {base_pss:.0f} MB (parent alone)")
    print(
        f"peak over the run: RSS sum {sampler.peak_rss:.0f} MB, PSS sum {sampler.peak_pss:.0f} MB "
        f"(target < 150 MB), {sampler.peak_children} worker processes"
    )
    print(
        f"ru_maxrss: parent {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB, "
        f"largest child {children:.0f} MB"
    )
    print(f"{n:,} dispatches in {took:.1f} s: {n / took:,.0f} docs/s")
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=REUTERS, help="JSON-lines cases to cycle through")
    ap.add_argument("--distinct", type=int, default=2000, help="distinct cases to cycle (2000)")
    ap.add_argument("--docs", type=int, default=10_000, help="dispatches per throughput run; 0 skips")
    ap.add_argument("--rounds", type=int, default=5, help="alternating throughput rounds (5)")
    ap.add_argument("--stream", type=int, default=200_000, help="dispatches in the memory run; 0 skips")
    ap.add_argument("--workers", type=int, default=2, help="workers in the memory run (2)")
    ap.add_argument("--chunksize", type=int, default=256)
    ap.add_argument("--fresh", type=int, default=0, help="fresh processes a side, first call only (0: none)")
    ap.add_argument("--against", default="", help="with --fresh: a git revision run in turns with the working tree")
    ap.add_argument("--fresh-one", type=int, default=0, help=argparse.SUPPRESS)  # a fresh process's run
    args = ap.parse_args()
    rows = load(args.corpus, args.distinct)
    if args.fresh_one:
        fresh_one(rows, args.docs, args.fresh_one, args.chunksize)
        return
    source = args.corpus.name if args.corpus.is_file() else "invented dispatches"
    print(
        f"# parse_many on {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
        f"wiretext {wiretext.__version__}; {len(rows)} distinct inputs from {source}; "
        f"load average {loadavg()}"
    )
    print()
    if args.fresh:
        fresh(args)
        return
    if args.docs:
        throughput(rows, args.docs, args.rounds, args.chunksize)
    if args.stream:
        memory(rows, args.stream, args.workers, args.chunksize)


if __name__ == "__main__":
    main()
