"""Many threads at once give the Articles one thread gives, on the first call and after.

wiretext builds its patterns and tables on first use.  These tests start
fresh processes whose first calls come from eight threads at the same
moment (a thread-pool web handler's first requests), then compare every
result with a serial run; and one process where eight threads parse a
corpus together.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import wiretext

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared" / "corpora"
PROCESSES = 4


def _fresh_process() -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("_worker.py")), str(EXAMPLES)],
        capture_output=True, text=True, timeout=300, check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize("run", range(PROCESSES))
def test_first_calls_from_eight_threads_agree_with_a_serial_run(run: int) -> None:
    result = _fresh_process()
    assert result["calls"] >= 4 * len(list(EXAMPLES.glob("*.txt")))
    assert result["wrong"] == []


def _corpus_texts(limit: int) -> list[str]:
    texts: list[str] = []
    for name in ("reuters21578.jsonl", "muc34.jsonl", "ag_news.jsonl", "pages.jsonl"):
        path = SHARED / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as f:
            for line in itertools.islice(f, limit // 4):
                case = json.loads(line)
                text = case.get("text") or case.get("input")
                if isinstance(text, str):
                    texts.append(text)
    return texts


def test_eight_threads_over_a_corpus_give_the_serial_articles() -> None:
    texts = _corpus_texts(2000)
    if len(texts) < 100:
        pytest.skip("the shared corpora are not beside the project")
    serial = [wiretext.parse(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(wiretext.parse, texts, chunksize=16))
    assert threaded == serial
    with ThreadPoolExecutor(max_workers=8) as pool:
        explained = list(pool.map(wiretext.explain, texts[:300]))
    assert explained == [wiretext.explain(t) for t in texts[:300]]
