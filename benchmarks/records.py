"""Peak memory of `wiretext parse FILE --text-field body` on generated JSON lines files of growing size.

The records are made in the run (invented stories from a few templates),
written to a temporary folder, and parsed by the command in a child process;
the child's peak resident set size is read from getrusage.  Memory is flat
when the peak for the largest file is about the peak for the smallest one.

    python benchmarks/records.py                      # 10 MB and 200 MB
    python benchmarks/records.py --sizes 5 50 --gate 1.5
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CITIES = [("PARIS", "AFP"), ("ROME", "ANSA"), ("OSLO", "NTB"), ("BEIRUT", "Reuters"), ("TOKYO", "Kyodo")]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
WORDS = [
    *("the", "council", "port", "ferry", "harbour", "vote", "schedule", "rain", "bridge"),
    *("market", "said", "on", "Tuesday", "after", "weeks", "of", "talks"),
]


def _story(rng: random.Random) -> str:
    city, agency = rng.choice(CITIES)
    paragraphs = [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60))).capitalize() + "."
        for _ in range(rng.randint(2, 6))
    ]
    head = f"{city}, {rng.choice(MONTHS)} {rng.randint(1, 28)} ({agency}) - "
    return "Town votes on " + rng.choice(WORDS) + "\n" + head + "\n\n".join(paragraphs)


def generate(path: Path, megabytes: float, seed: int = 7) -> int:
    """Write records until the file holds ``megabytes`` MB; return how many."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    count = written = 0
    with path.open("w", encoding="utf-8") as f:
        while written < target:
            line = json.dumps(
                {
                    "id": count,
                    "url": f"https://news.example/{count}",
                    "body": _story(rng),
                    "fetched": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T08:00:00Z",
                }
            )
            f.write(line + "\n")
            written += len(line) + 1
            count += 1
    return count


def peak_of_run(path: Path) -> tuple[int, float]:
    """Run the command on ``path`` in a child; its peak RSS in bytes and the seconds it took."""
    code = (
        "import resource, subprocess, sys;"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    command = [sys.executable, "-m", "wiretext", "parse", str(path), "--text-field", "body"]
    command += ["--id-field", "id", "--date-field", "fetched", "--format", "jsonl"]
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *command], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    kib = int(done.stdout.strip())  # ru_maxrss is KiB on Linux
    return kib * 1024, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs="+", default=[10, 200], help="file sizes in MB")
    parser.add_argument("--gate", type=float, help="exit 1 when the largest peak exceeds the smallest by this ratio")
    args = parser.parse_args(argv)
    peaks = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"items-{size:g}MB.jsonl"
            count = generate(path, size)
            peak, seconds = peak_of_run(path)
            peaks.append(peak)
            mb = os.path.getsize(path) / 1e6
            print(
                f"{mb:8.1f} MB  {count:9,d} records  peak RSS {peak / 2**20:6.1f} MiB  "
                f"{seconds:6.1f} s  {mb / seconds:5.2f} MB/s"
            )
            path.unlink()
    ratio = peaks[-1] / peaks[0]
    print(f"peak RSS, largest file / smallest file: {ratio:.2f}")
    if args.gate is not None and ratio > args.gate:
        print(f"over the gate {args.gate}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
