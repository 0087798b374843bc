"""Which fields changed between a snapshot (tools/snapshot.py) and the working tree, case by case.

    .venv/bin/python tools/snapdiff.py /tmp/before.jsonl ../shared/corpora/*.jsonl

Prints, for each case whose Article differs, the fields that differ with
their old and new values (shortened): the review of an intended change.
With ``--summary`` (after the snapshot) it prints instead how many cases of
each corpus changed in each field:

    .venv/bin/python tools/snapdiff.py /tmp/before.jsonl --summary ../shared/corpora/*.jsonl
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from snapshot import results


def main() -> int:
    snapshot, *corpora = sys.argv[1:]
    summary = "--summary" in corpora
    corpora = [c for c in corpora if c != "--summary"]
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    with open(snapshot, encoding="utf-8") as f:
        before = dict(json.loads(line) for line in f)
    decoder = json.JSONDecoder()
    changed = 0
    for key, out in results([Path(p) for p in corpora]):
        if before.get(key) == out:
            continue
        old, _ = decoder.raw_decode(before.get(key, "{}"))
        new, _ = decoder.raw_decode(out)
        fields = [k for k in sorted(set(old) | set(new)) if old.get(k) != new.get(k)]
        if fields:
            changed += 1
            if summary:
                counts.update((key.rsplit(":", 1)[0], k) for k in fields)
                continue
            print(key)
            for k in fields:
                print(f"  {k}: {json.dumps(old.get(k), ensure_ascii=False)[:160]}")
                print(f"  {' ' * len(k)}  {json.dumps(new.get(k), ensure_ascii=False)[:160]}")
    for (corpus, field), n in sorted(counts.items()):
        print(f"{corpus:28s} {field:12s} {n:6d}")
    print(f"{changed} Articles changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
