"""Speed of wiretext.parse: corpora against ftfy.fix_text, linearity, import time, cold start.

Run from the repository root (figures only; nothing here asserts a timing):

    .venv/bin/python benchmarks/bench.py                  # all three sections
    .venv/bin/python benchmarks/bench.py --corpora --limit 0   # whole corpora
    .venv/bin/python benchmarks/bench.py --linearity
    .venv/bin/python benchmarks/bench.py --import-time --runs 25
    .venv/bin/python benchmarks/bench.py --cold --runs 15    # import + first parse, fresh processes
    .venv/bin/python benchmarks/bench.py --cold --baseline-src /tmp/base/src   # ... beside another version's
    .venv/bin/python benchmarks/bench.py path/to/cases.jsonl

Corpora are JSON lines with an ``input`` text and a ``reference_date`` (ISO
date or null); the default is ../shared/corpora/*.jsonl.  For each corpus the
same inputs are timed through ``wiretext.parse`` and through ``ftfy.fix_text``
alone, in alternating rounds, in this one process; the best round of each side
counts, and the median is shown too.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # measure the working tree

import ftfy  # noqa: E402
from _cases import CORPORA, Row, load  # noqa: E402

import wiretext  # noqa: E402


def machine() -> str:
    model = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor() or "?"
    return (
        f"{os.cpu_count()} cores ({len(os.sched_getaffinity(0))} usable), {model}, "
        f"Python {platform.python_version()}, ftfy {ftfy.__version__}"
    )


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# -- corpora -------------------------------------------------------------------


def bench_corpora(paths: Sequence[Path], limit: int, rounds: int, trace_limit: int) -> None:
    print(f"## corpora: parse vs ftfy.fix_text, best of {rounds} alternating rounds")
    print(
        "| corpus | docs | MB | parse docs/s | parse MB/s | ftfy docs/s | ftfy MB/s "
        "| parse/ftfy best | (median) | tracemalloc peak KiB |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for path in paths:
        rows = load(path, limit)
        if not rows:
            continue
        texts = [t for t, _ in rows]
        mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

        def run_parse(rows: list[Row] = rows) -> None:
            for text, ref in rows:
                wiretext.parse(text, reference_date=ref)

        def run_ftfy(texts: list[str] = texts) -> None:
            for text in texts:
                ftfy.fix_text(text)

        for text, ref in rows[:50]:  # warm caches and lazy tables on both sides
            wiretext.parse(text, reference_date=ref)
            ftfy.fix_text(text)
        parse_times, ftfy_times = [], []
        for _ in range(rounds):
            parse_times.append(timed(run_parse))
            ftfy_times.append(timed(run_ftfy))
        p, f = min(parse_times), min(ftfy_times)
        ratio_median = statistics.median(parse_times) / statistics.median(ftfy_times)

        # Working memory of one parse at a time (results dropped), on a sample.
        gc.collect()
        tracemalloc.start()
        for text, ref in rows[:trace_limit]:
            wiretext.parse(text, reference_date=ref)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()

        n = len(rows)
        print(
            f"| {path.stem} | {n} | {mb:.2f} | {n / p:,.0f} | {mb / p:.2f} | {n / f:,.0f} | "
            f"{mb / f:.2f} | {p / f:.2f} | {ratio_median:.2f} | {peak / 1024:,.0f} |"
        )
    print(f"process peak RSS (ru_maxrss): {maxrss_mb():.0f} MB")
    print()


# -- linearity -----------------------------------------------------------------

# An invented story, grown to any size from seeded random sentences (every
# run times the same text).  Reuters-style: hard-wrapped at 65 columns,
# paragraphs opened by a 4-space indent, now and then a debris line that the
# noise stage removes.  Lines differ, as in real copy: a text that repeats
# its lines is taken for a page and its repeated lines for boilerplate.
_HEAD = "Lakeside town opens new ferry terminal\nBy Ines Varga\n    LAKEVIEW, March 4 (Reuters) - "
_VOCAB = str.split(
    "the a ferry terminal town harbour council island crossing boat quay passengers freight "
    "crowns million percent year week morning evening summer winter said would could new old "
    "second first berth pier lake shore route timetable tickets fares drivers workers union "
    "mayor office regional government plan project cost budget loan vote meeting residents "
    "shops bakery cafe road bridge traffic weather storm ice season opened closed carried "
    "paid borrowed expects plans rose fell more less than about after before since during "
    "with without from into over under near across its their this that which who when while"
)
_NAMES = ["Lakeview", "Holm", "Eastbay", "Sundvik", "Tomas Brandt", "Ruth Okafor", "Lena Holt"]


def _wrap(paragraph: str, width: int = 65) -> str:
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


def _paragraph(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randrange(2, 5)):
        words = [rng.choice(_VOCAB) for _ in range(rng.randrange(9, 24))]
        words[rng.randrange(len(words))] = rng.choice(_NAMES)
        words[rng.randrange(len(words))] = f"{rng.randrange(2, 99_999):,}"
        if len(words) > 12:
            words[6] += ","
        sentence = " ".join(words)
        sentence = sentence[0].upper() + sentence[1:] + "."
        sentences.append(f'"{sentence}"' if rng.random() < 0.15 else sentence)
    return _wrap(" ".join(sentences))


def synthetic(size: int) -> str:
    """An invented dispatch of about ``size`` characters (never more)."""
    rng = random.Random(20260304)
    tail = "\n Reuter\n"
    parts = [_HEAD + _paragraph(rng)]
    used = len(parts[0]) + len(tail)
    i = 1
    while True:
        para = "\n    " + _paragraph(rng)
        if i % 25 == 0:
            para = "\nAdvertisement" + para
        if used + len(para) > size:
            break
        parts.append(para)
        used += len(para)
        i += 1
    return "".join(parts) + tail


def bench_linearity(max_size: int, steps: int, budget: float, rounds: int) -> None:
    sizes = [max_size >> k for k in range(steps - 1, -1, -1)]
    texts = [synthetic(size) for size in sizes]
    print(
        f"## linearity: one synthetic dispatch, {len(texts[0]):,} to {len(texts[-1]):,} characters,"
        f" best of {rounds} rounds over all sizes"
    )
    best = [float("inf")] * len(texts)
    runs = [0] * len(texts)
    # CPU time in this process and in the kernel on its behalf, and the pages
    # the kernel had to hand it (minor faults), summed over all of a size's
    # runs: where the time of a large text goes that its best time hides.
    user, system, faults = [0.0] * len(texts), [0.0] * len(texts), [0] * len(texts)
    for _ in range(rounds):  # a burst of load from elsewhere spoils one round, not one size
        for i, text in enumerate(texts):
            before = resource.getrusage(resource.RUSAGE_SELF)
            first = timed(lambda text=text: wiretext.parse(text))
            repeats = max(0, min(300, int(budget / rounds / max(first, 1e-6))) - 1)
            took = min([first] + [timed(lambda text=text: wiretext.parse(text)) for _ in range(repeats)])
            after = resource.getrusage(resource.RUSAGE_SELF)
            user[i] += after.ru_utime - before.ru_utime
            system[i] += after.ru_stime - before.ru_stime
            faults[i] += after.ru_minflt - before.ru_minflt
            best[i] = min(best[i], took)
            runs[i] += 1 + repeats
    print("| size (chars) | runs | best s | µs per KB | time(2x)/time(x) | user ms | kernel ms | page faults |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    ratios = []
    for i, text in enumerate(texts):
        ratio = "" if i == 0 else f"{best[i] / best[i - 1]:.2f}"
        if i:
            ratios.append(best[i] / best[i - 1])
        per_kb = best[i] / (len(text) / 1000) * 1e6
        n = runs[i]
        print(
            f"| {len(text):,} | {n} | {best[i]:.4f} | {per_kb:,.1f} | {ratio} "
            f"| {user[i] / n * 1e3:.1f} | {system[i] / n * 1e3:.1f} | {faults[i] / n:,.0f} |"
        )
    big = [r for size, r in zip(sizes[1:], ratios, strict=True) if size >= 100_000]
    print(
        f"max time(2x)/time(x): {max(ratios):.2f} over all doublings, "
        f"{max(big) if big else float('nan'):.2f} from 100 KB up (target <= 2.2)"
    )
    # User and kernel times are the means over a size's runs (the kernel
    # counts them in clock ticks: read them where a size's runs add up to
    # a second or so, the largest sizes).
    if len(texts) >= 4:
        lo, hi = len(texts) - 4, len(texts) - 1
        growth = len(texts[hi]) / len(texts[lo])
        print(
            f"from {len(texts[lo]):,} to {len(texts[hi]):,} characters ({growth:.0f}x): best time "
            f"{best[hi] / best[lo]:.2f}x, user CPU {user[hi] / runs[hi] / (user[lo] / runs[lo]):.2f}x, "
            f"kernel {system[lo] / runs[lo] * 1e3:.1f} -> {system[hi] / runs[hi] * 1e3:.1f} ms a run"
        )
    print(f"process peak RSS (ru_maxrss): {maxrss_mb():.0f} MB")
    print()


# -- import time ---------------------------------------------------------------


def bench_import(runs: int) -> None:
    # Bytecode is written and then used, as in an installed package: with
    # PYTHONDONTWRITEBYTECODE set (as on some CI machines) and a source newer
    # than its .pyc, every run would compile the modules again.
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    commands = {
        "python -c pass": "pass",
        "import ftfy, regex, attrs": "import ftfy, regex, attrs",
        "import wiretext": "import wiretext",
    }
    for code in commands.values():  # one untimed run writes the .pyc files
        subprocess.run([sys.executable, "-c", code], env=env, check=True)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):  # interleaved, so drift hits every command alike
        for name, code in commands.items():
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], env=env, check=True)
            times[name].append(time.perf_counter() - start)
    med = {name: statistics.median(ts) * 1000 for name, ts in times.items()}
    print(f"## import time: median of {runs} whole-process runs")
    print("| command | median ms | min ms |")
    print("|---|---:|---:|")
    for name, ts in times.items():
        print(f"| `{name}` | {med[name]:.1f} | {min(ts) * 1000:.1f} |")
    print(
        f"wiretext import overhead over its dependencies: "
        f"{med['import wiretext'] - med['import ftfy, regex, attrs']:.1f} ms (target <= 30 ms)"
    )

    # Where the overhead goes: self time of wiretext's own modules (one run).
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import wiretext"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    own = []
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[2].strip().startswith("wiretext"):
            own.append((int(parts[0].split(":")[1]), parts[2].strip()))
    own.sort(reverse=True)
    print(
        "slowest wiretext modules (-X importtime self µs, one run): "
        + ", ".join(f"{name} {us:,}" for us, name in own[:6])
    )
    print()


# -- cold start ----------------------------------------------------------------

# Invented one-line and short dispatches in the shapes a first parse meets
# most: a credited dateline, an AG News summary, a 1987 Reuters story.
COLD_TEXTS = {
    "credited line": "LAKEVIEW, March 4 (Reuters) - The new ferry terminal opened on Monday, the harbour office said.",
    "summary": "AP - The new ferry terminal on Lake Holm opened on Monday, the harbour office said.",
    "uncredited": "FERRY LINE OPENS\n    LAKEVIEW, March 4 - The new ferry terminal opened on Monday.\n Reuter\n",
}


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cold_shapes(probes: int, env: dict[str, str]) -> None:
    """Each dateline shape in each form, compiled alone (median of ``probes`` fresh processes)."""
    shape_runs = []
    for _ in range(probes):
        command = [sys.executable, str(ROOT / "benchmarks" / "_cold_probe.py"), "--shapes"]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        shape_runs.append(json.loads(done.stdout))
    print(f"\nEach dateline shape compiled alone (CPU ms, median of {probes} fresh processes):")
    print("| shape | form | source chars | ms |")
    print("|---|---|---:|---:|")
    for k, row in enumerate(shape_runs[0]):
        ms = statistics.median(run[k]["ms"] for run in shape_runs)
        print(f"| {row['shape']} | {row['form']} | {row['chars']:,} | {ms:.1f} |")


def bench_cold(runs: int, probes: int, baseline: Path | None = None) -> None:
    """Import plus the first parse, each in a fresh process, against importing the dependencies alone.

    ``baseline``: another version's ``src`` folder (``git archive REV src |
    tar -x -C DIR``), whose commands run interleaved with these.
    """
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: bytecode written once, then read
    base = "import ftfy, regex, attrs"
    commands = {base: (base, env), "import wiretext": ("import wiretext", env)}
    for name, text in COLD_TEXTS.items():
        commands[f"import + parse ({name})"] = (f"import wiretext; wiretext.parse({text!r})", env)
    if baseline is not None:
        other = dict(env, PYTHONPATH=str(baseline.resolve()))
        for name, text in COLD_TEXTS.items():
            commands[f"baseline: import + parse ({name})"] = (f"import wiretext; wiretext.parse({text!r})", other)
    for code, code_env in commands.values():  # one untimed run writes the .pyc files
        subprocess.run([sys.executable, "-c", code], env=code_env, check=True)
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):  # interleaved, so drift hits every command alike
        for name, (code, code_env) in commands.items():
            before = _child_cpu()
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], env=code_env, check=True)
            wall[name].append(time.perf_counter() - start)
            cpu[name].append(_child_cpu() - before)
    med = {name: statistics.median(ts) * 1000 for name, ts in wall.items()}
    med_cpu = {name: statistics.median(ts) * 1000 for name, ts in cpu.items()}
    print(f"## cold start: median of {runs} whole-process runs, interleaved")
    least = {name: min(ts) * 1000 for name, ts in wall.items()}
    print(
        "| command | median ms | over the dependencies (medians) | min ms | over the dependencies (mins) "
        "| CPU median ms | CPU over the dependencies |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in commands:
        print(
            f"| `{name}` | {med[name]:.1f} | {med[name] - med[base]:.1f} | {least[name]:.1f} "
            f"| {least[name] - least[base]:.1f} | {med_cpu[name]:.1f} | {med_cpu[name] - med_cpu[base]:.1f} |"
        )
    headline = f"import + parse ({next(iter(COLD_TEXTS))})"
    labels = [("import + first parse over the dependencies", headline, " (target <= 60 ms, medians)")]
    if baseline is not None:  # on a loaded machine the wall medians drift; the same run's baseline does too
        labels.append(("the baseline's, in the same run", f"baseline: {headline}", ""))
    for label, name, target in labels:
        print(
            f"{label}: {med[name] - med[base]:.1f} ms between medians, "
            f"{least[name] - least[base]:.1f} ms between the fastest runs, "
            f"{med_cpu[name] - med_cpu[base]:.1f} ms of CPU between medians{target}"
        )

    _cold_shapes(probes, env)

    # Where the first parse goes: each builder's own CPU time and each
    # pattern compiled, in fresh processes (median over ``probes`` runs).
    probe = ROOT / "benchmarks" / "_cold_probe.py"
    sources = [("", ROOT / "src")] + ([("baseline: ", baseline.resolve())] if baseline is not None else [])
    for (label, src), (name, text) in itertools.product(sources, COLD_TEXTS.items()):
        results = []
        for _ in range(probes):
            command = [sys.executable, str(probe), "--src", str(src), text]
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
            results.append(json.loads(done.stdout))
        parse_ms = statistics.median(r["parse_ms"] for r in results)
        import_ms = statistics.median(r["import_ms"] for r in results)
        names = {k for r in results for k in r["builders"]}
        own = {k: statistics.median(r["builders"].get(k, 0.0) for r in results) for k in names}
        top = sorted(own.items(), key=lambda kv: -kv[1])[:8]
        print(
            f"\n{label}{name}, CPU of import {import_ms:.1f} ms and first parse {parse_ms:.1f} ms; "
            f"builders' own CPU (median of {probes}): "
            + ", ".join(f"{k} {v:.1f}" for k, v in top)
        )
        compiled: dict[tuple[str, str, int], list[float]] = {}
        for r in results:
            for c in r["compiles"]:
                compiled.setdefault((c["by"], c["module"], c["chars"]), []).append(c["ms"])
        rows = sorted(compiled.items(), key=lambda kv: -statistics.median(kv[1]))
        total = sum(statistics.median(ms) for _, ms in rows)
        print(f"{len(rows)} patterns compiled, {total:.1f} ms in all; the slowest (CPU ms, median):")
        print("| asked for by | module | source chars | ms |")
        print("|---|---|---:|---:|")
        for (by, module, chars), ms in rows[:10]:
            print(f"| {by} | {module} | {chars:,} | {statistics.median(ms):.1f} |")
    print()


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path, help="JSON-lines corpora (default ../shared/corpora/*.jsonl)")
    ap.add_argument("--corpora", action="store_true", help="run the corpus section")
    ap.add_argument("--linearity", action="store_true", help="run the linearity section")
    ap.add_argument("--import-time", action="store_true", help="run the import-time section")
    ap.add_argument("--cold", action="store_true", help="run the cold-start section (import + first parse)")
    ap.add_argument("--probes", type=int, default=5, help="probe processes per text in the cold-start section (5)")
    ap.add_argument("--baseline-src", type=Path, help="cold start: another version's src folder, timed alongside")
    ap.add_argument("--limit", type=int, default=2000, help="first N cases of each corpus; 0 = all (2000)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds per corpus and per linearity sweep (3)")
    ap.add_argument("--trace-limit", type=int, default=300, help="cases parsed under tracemalloc (300)")
    ap.add_argument("--max-size", type=int, default=wiretext.MAX_CHARS, help="largest synthetic dispatch")
    ap.add_argument("--steps", type=int, default=14, help="sizes, halving from --max-size (14: 1.2 KB)")
    ap.add_argument("--budget", type=float, default=0.6, help="seconds of repeats per size (0.6)")
    ap.add_argument("--runs", type=int, default=15, help="process runs per import command (15)")
    args = ap.parse_args(argv)
    everything = not (args.corpora or args.linearity or args.import_time or args.cold)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"# wiretext {wiretext.__version__} benchmark on {machine()}; load average {load}")
    print()
    if everything or args.corpora:
        paths = args.paths or sorted(CORPORA.glob("*.jsonl"))
        if not paths:
            print(f"no corpora: none given and none in {CORPORA}\n")
        bench_corpora(paths, args.limit, args.rounds, args.trace_limit)
    if everything or args.linearity:
        bench_linearity(args.max_size, args.steps, args.budget, args.rounds)
    if everything or args.import_time:
        bench_import(args.runs)
    if everything or args.cold:
        bench_cold(args.runs, args.probes, args.baseline_src)


if __name__ == "__main__":
    main()
