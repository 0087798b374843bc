"""wiretext.dask on a real two-process LocalCluster; skipped without dask/distributed."""

from __future__ import annotations

import datetime as dt
import doctest
import itertools
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import wiretext

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from wiretext import dask as wdask  # noqa: E402  (after the skips)

REUTERS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "reuters21578.jsonl"
N = 2000


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def test_importing_wiretext_does_not_import_dask() -> None:
    import subprocess

    code = "import sys, wiretext, wiretext.dask; print('dask' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.skipif(not REUTERS.is_file(), reason="../shared/corpora is absent")
def test_corpus_through_the_cluster_equals_parse(client: Any, tmp_path: Path) -> None:
    part = tmp_path / "reuters.jsonl"
    with REUTERS.open(encoding="utf-8") as f:
        part.write_text("".join(itertools.islice(f, N)), encoding="utf-8")
    records = wdask.read_jsonl(str(part), blocksize=200_000)
    assert records.npartitions > 2
    got = parse_and_gather(client, wdask.parse_bag(records, keep=("id",)))
    assert len(got) == N
    with part.open(encoding="utf-8") as f:
        for line, data in zip(f, got, strict=True):
            case = json.loads(line)
            ref = dt.date.fromisoformat(case["reference_date"])
            expected = wiretext.parse(case["input"], reference_date=ref).to_dict()
            assert data.pop("id") == case["id"]
            assert data == expected, case["id"]
    assert got[0]["location"]["city"] == "SALVADOR"
    assert sum(d["agency"] is not None for d in got) > N * 0.9


def parse_and_gather(client: Any, bag: Any) -> list[dict[str, Any]]:
    futures = client.compute(bag)
    result: list[dict[str, Any]] = client.gather(futures)
    return result


def test_texts_with_one_reference_date(client: Any) -> None:
    texts = [f"OSLO, Feb. {d} (NTB) - Ice on day {d}." for d in range(1, 29)]
    bag = db.from_sequence(texts, npartitions=4)
    got = parse_and_gather(client, wdask.parse_bag(bag, reference_date=dt.date(2025, 3, 1)))
    assert [d["date"] for d in got] == [f"2025-02-{d:02}" for d in range(1, 29)]
    assert {d["agency"]["code"] for d in got} == {"NTB"}
    assert got == [wiretext.parse(t, reference_date=dt.date(2025, 3, 1)).to_dict() for t in texts]


def test_record_dates_and_fallback() -> None:
    records = [
        {"input": "OSLO, Feb. 3 (NTB) - Ice.", "reference_date": "2019-02-10"},
        {"input": "OSLO, Feb. 3 (NTB) - Ice.", "reference_date": dt.date(2020, 2, 10)},
        {"input": "OSLO, Feb. 3 (NTB) - Ice.", "reference_date": None},
        {"input": "OSLO, Feb. 3 (NTB) - Ice."},
    ]
    bag: Any = wdask.parse_bag(db.from_sequence(records), reference_date=dt.date(2025, 3, 1))
    dates = [d["date"] for d in bag.compute(scheduler="sync")]
    assert dates == ["2019-02-03", "2020-02-03", "2025-02-03", "2025-02-03"]


def test_bad_items_raise_on_compute() -> None:
    bad_date: Any = wdask.parse_bag(db.from_sequence([{"input": "x", "reference_date": "3 Feb"}]))
    with pytest.raises(ValueError, match="record key 'reference_date' is not an ISO date: '3 Feb'"):
        bad_date.compute(scheduler="sync")
    bad_item: Any = wdask.parse_bag(db.from_sequence([b"x"]))
    with pytest.raises(TypeError, match="takes str or mapping items, not bytes"):
        bad_item.compute(scheduler="sync")


def test_keep_may_not_overwrite_article_keys() -> None:
    with pytest.raises(ValueError, match="keep would overwrite Article keys: body, date"):
        wdask.parse_bag(db.from_sequence([]), keep=("id", "date", "body"))


def test_docstring_examples_run() -> None:
    # The examples are marked +SKIP for the doctest run without dask; run them here.
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    ran = 0
    for test in finder.find(wdask, "wiretext.dask"):
        for example in test.examples:
            example.options = {}
        ran += len(test.examples)
        runner.run(test)
    assert runner.failures == 0
    assert ran >= 8
