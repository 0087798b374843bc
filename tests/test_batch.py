"""parse_many: order, laziness, worker pools, errors; Articles through pickle."""

from __future__ import annotations

import datetime as dt
import gc
import itertools
import json
import multiprocessing
import pickle
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import wiretext
from wiretext import Article, InputTooLarge, InvalidData, WiretextError
from wiretext.batch import _parse_chunk, parse_many

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
REF = dt.date(2025, 3, 1)

# Invented dispatches covering the fields: dateline with and without a year,
# byline, credits, rights, a wire sign-off, and text with no dateline at all.
STORIES = [
    "Harbour cranes idle\nBy Mara Lind\nGDANSK, Feb. 12 (Reuters) - Cranes stood idle on Thursday."
    "\n\nUnions met.\n© 2025 Reuters",
    "QUITO, 3 FEB 25 (AFP) -- [TEXT] THE VOLCANO ERUPTED AGAIN ON MONDAY.",
    "Orchard prices climb\n    FRESNO, Calif., Feb 20 - Almond prices rose\nsharply this week.\n Reuter",
    "SEOUL, Feb. 27 (Yonhap) -- Snow closed schools.",
    "A title alone",
    "",
    "OSLO (dpa) - Die Fähre legte an.\n(c) dpa 2025",
]


def texts(n: int) -> list[str]:
    """Stories in turn with numbered ones, whose bodies show the order."""
    return [
        STORIES[i // 2 % len(STORIES)] if i % 2 else f"OSLO, Feb. {i % 28 + 1} (NTB) - Story {i}." for i in range(n)
    ]


def expected(items: list[str], ref: dt.date | None = REF) -> list[Article]:
    return [wiretext.parse(t, reference_date=ref) for t in items]


def drain(articles: Iterator[Article], into: list[Article]) -> None:
    """Collect what comes before an error."""
    into.extend(articles)


# -- results -------------------------------------------------------------------


@pytest.mark.parametrize("workers", [None, 1])
def test_in_process_equals_parse(workers: int | None) -> None:
    items = texts(20)
    got = list(parse_many(items, reference_date=REF, workers=workers))
    assert got == expected(items)
    assert got[1].location is not None
    assert got[1].location.city == "GDANSK"
    assert got[1].date == dt.date(2025, 2, 12)


def test_pool_keeps_order_over_many_chunks() -> None:
    items = texts(301)  # 43 chunks of 7, the last one short
    got = list(parse_many(items, reference_date=REF, workers=2, chunksize=7))
    assert len(got) == 301
    assert got == expected(items)
    assert [a.body for a in got[:5:2]] == ["Story 0.", "Story 2.", "Story 4."]
    assert got[300].body == "Story 300."
    assert got[300].date == dt.date(2025, 2, 21)


def test_pool_with_chunk_larger_than_input() -> None:
    items = texts(5)
    assert list(parse_many(items, reference_date=REF, workers=2, chunksize=256)) == expected(items)


def test_empty_input() -> None:
    assert list(parse_many([])) == []
    assert list(parse_many([], workers=2)) == []


def test_reference_date_per_item() -> None:
    items = [
        "GDANSK, Feb. 12 (Reuters) - Cranes.",
        "GDANSK, Feb. 12 (Reuters) - Cranes.",
        "GDANSK, Feb. 12 - x",
    ]
    dates = [dt.date(2025, 3, 1), dt.date(2019, 2, 20), None]
    for workers in (None, 2):
        got = [a.date for a in parse_many(items, reference_date=iter(dates), workers=workers, chunksize=1)]
        assert got == [dt.date(2025, 2, 12), dt.date(2019, 2, 12), None]


def test_datetime_reference_date_is_a_date() -> None:
    got = next(parse_many(["SEOUL, Feb. 27 (Yonhap) -- Snow."], reference_date=dt.datetime(2025, 3, 1, 12)))
    assert got.date == dt.date(2025, 2, 27)


# -- laziness and bounded memory -----------------------------------------------


class Counting:
    """An endless feed that counts what was read from it."""

    def __init__(self) -> None:
        self.read = 0

    def __iter__(self) -> Iterator[str]:
        for i in itertools.count():
            self.read += 1
            yield f"OSLO, Feb. {i % 28 + 1} (NTB) - Item {i}."


def test_in_process_reads_one_text_per_article() -> None:
    feed = Counting()
    articles = parse_many(feed)
    assert feed.read == 0
    first = list(itertools.islice(articles, 3))
    assert feed.read == 3
    assert [a.body for a in first] == ["Item 0.", "Item 1.", "Item 2."]


def test_pool_reads_a_bounded_window_of_an_endless_feed() -> None:
    before = set(multiprocessing.active_children())
    feed = Counting()
    articles = parse_many(feed, reference_date=REF, workers=2, chunksize=10)
    got = list(itertools.islice(articles, 55))
    assert [a.body for a in got[-2:]] == ["Item 53.", "Item 54."]
    assert got[54].date == dt.date(2025, 2, 27)
    # 6 chunks yielded from, at most 2 * workers = 4 more in flight.
    assert 55 <= feed.read <= 100
    articles.close()
    assert set(multiprocessing.active_children()) <= before  # the pool's workers are gone


def test_leaving_the_loop_early_shuts_the_pool() -> None:
    before = set(multiprocessing.active_children())
    for article in parse_many(texts(1000), workers=2, chunksize=16):
        assert article.body
        break
    assert set(multiprocessing.active_children()) <= before  # the pool's workers are gone


# -- errors --------------------------------------------------------------------


@pytest.mark.parametrize("workers", [None, 2])
def test_non_str_item_names_its_index_after_yielding_what_came_before(workers: int | None) -> None:
    items: list[object] = [*texts(12), b"bytes here", *texts(3)]
    articles = parse_many(items, workers=workers, chunksize=5)  # type: ignore[arg-type]
    got: list[Article] = []
    with pytest.raises(TypeError, match=r"^parse_many\(\) takes str items, but item 12 is bytes$"):
        drain(articles, got)
    assert got == expected(texts(12), None)


def test_bad_reference_date_item_names_its_index() -> None:
    dates: list[object] = [REF, "2025-01-01"]
    with pytest.raises(TypeError, match=r"^reference_date item 1 must be a date or None, not str$"):
        list(parse_many(texts(2), reference_date=dates))  # type: ignore[arg-type]


@pytest.mark.parametrize("workers", [None, 2])
def test_reference_dates_of_another_length(workers: int | None) -> None:
    with pytest.raises(ValueError, match=r"fewer items than texts \(it ran out at item 2\)"):
        list(parse_many(texts(3), reference_date=[REF, REF], workers=workers))
    with pytest.raises(ValueError, match="more items than texts"):
        list(parse_many(texts(2), reference_date=[REF, None, None], workers=workers))


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"workers": 0}, ValueError, "workers must be at least 1, got 0"),
        ({"workers": 2.0}, TypeError, "workers must be an int, not float"),
        ({"workers": True}, TypeError, "workers must be an int, not bool"),
        ({"chunksize": 0}, ValueError, "chunksize must be at least 1, got 0"),
        ({"reference_date": "2025-01-01"}, TypeError, "reference_date must be a datetime.date"),
    ],
)
def test_bad_arguments_raise_at_once(kwargs: dict[str, object], error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        parse_many(texts(1), **kwargs)  # type: ignore[arg-type]


def test_a_single_str_is_not_an_iterable_of_texts() -> None:
    with pytest.raises(TypeError, match="not a single str"):
        parse_many("PARIS (AFP) - Rain.")


@pytest.mark.parametrize("workers", [None, 2])
def test_too_large_item(workers: int | None) -> None:
    items = ["PARIS (AFP) - Rain.", "x" * (wiretext.MAX_CHARS + 1)]
    articles = parse_many(items, workers=workers)
    with pytest.raises(InputTooLarge) as info:
        list(articles)
    assert info.value.size == wiretext.MAX_CHARS + 1
    assert info.value.__notes__ == ["in item 1 of parse_many()"]


def test_worker_exception_propagates_with_its_index(monkeypatch: pytest.MonkeyPatch) -> None:
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the patched parse reaches the workers only when they are forked")

    def boom(text: str, *, reference_date: dt.date | None = None) -> Article:
        if "Story 8." in text:
            raise ArithmeticError("boom")
        return wiretext.parse(text, reference_date=reference_date)

    monkeypatch.setattr("wiretext.batch.parse", boom)
    got: list[Article] = []
    with pytest.raises(ArithmeticError, match="boom") as info:
        drain(parse_many(texts(20), workers=2, chunksize=3), got)
    assert info.value.__notes__ == ["in item 8 of parse_many()"]
    assert len(got) == 6  # chunks [0-2] and [3-5]; the chunk holding item 8 failed


def test_exception_that_cannot_be_pickled_crosses_as_runtime_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Local(Exception):  # a local class cannot be pickled
        pass

    def boom(text: str, *, reference_date: dt.date | None = None) -> Article:
        raise Local("no way back")

    monkeypatch.setattr("wiretext.batch.parse", boom)
    with pytest.raises(RuntimeError, match=r"^item 4 of parse_many\(\): Local: no way back$"):
        _parse_chunk(4, [("x", None)])


# -- pickle --------------------------------------------------------------------


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_articles_survive_pickle(protocol: int) -> None:
    for article in expected(STORIES):
        back = pickle.loads(pickle.dumps(article, protocol=protocol))
        assert back == article
        assert back.to_dict() == article.to_dict()
    first = expected(STORIES)[0]
    assert first.rights is not None
    assert first.rights.year == 2025
    assert first.notes
    assert first.byline == "By Mara Lind"


def test_pickle_sends_the_body_text_once() -> None:
    article = expected(STORIES)[0]
    assert len(article.paragraphs) == 2
    data = pickle.dumps(article)
    assert data.count(b"Cranes stood idle on Thursday.") == 1  # in the paragraphs, not again in the body
    assert pickle.loads(data).body == article.body


def test_pickle_keeps_a_body_that_is_not_the_joined_paragraphs() -> None:
    # Built by hand, an Article may hold any body: the round trip keeps it.
    odd = attrs.evolve(expected(STORIES)[0], body="Another text.")
    back = pickle.loads(pickle.dumps(odd))
    assert back == odd
    assert back.body == "Another text."


def test_pool_leaves_the_garbage_collector_as_it_was() -> None:
    before = gc.get_freeze_count()
    assert list(parse_many(texts(6), reference_date=REF, workers=2, chunksize=2)) == expected(texts(6))
    assert gc.get_freeze_count() == before


@pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is absent")
def test_corpus_articles_survive_pickle() -> None:
    n = 0
    for path in sorted(CORPORA.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for line in itertools.islice(f, 100):
                case = json.loads(line)
                ref = case["reference_date"]
                article = wiretext.parse(case["input"], reference_date=dt.date.fromisoformat(ref) if ref else None)
                assert pickle.loads(pickle.dumps(article)) == article
                n += 1
    assert n >= 400


# -- errors across a process boundary ------------------------------------------


def _errors() -> list[WiretextError]:
    return [InputTooLarge(20, 10), InvalidData("dateline.span", "expected [start, end] integers"), WiretextError("odd")]


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
@pytest.mark.parametrize("index", range(3))
def test_wiretext_errors_survive_pickle(index: int, protocol: int) -> None:
    error = _errors()[index]
    error.add_note("in item 3 of parse_many()")
    error.source = "feed-7"  # type: ignore[attr-defined]  # what a caller may attach
    back = pickle.loads(pickle.dumps(error, protocol=protocol))
    assert type(back) is type(error)
    assert (str(back), back.args) == (str(error), error.args)
    assert back.__notes__ == ["in item 3 of parse_many()"]
    assert vars(back) == vars(error)
    assert back.source == "feed-7"  # type: ignore[attr-defined]


def test_wiretext_error_from_a_worker_keeps_message_attributes_and_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the patched parse reaches the workers only when they are forked")

    def bad(text: str, *, reference_date: dt.date | None = None) -> Article:
        if "Story 8." in text:
            error = InvalidData("headline", "made up by the test")
            error.add_note("raised in the worker")
            raise error
        return wiretext.parse(text, reference_date=reference_date)

    monkeypatch.setattr("wiretext.batch.parse", bad)
    with pytest.raises(InvalidData) as info:
        list(parse_many(texts(20), workers=2, chunksize=3))
    assert str(info.value) == "headline: made up by the test"
    assert (info.value.path, info.value.problem) == ("headline", "made up by the test")
    assert info.value.__notes__ == ["raised in the worker", "in item 8 of parse_many()"]


@pytest.mark.parametrize("workers", [None, 2])
@pytest.mark.parametrize("reference", [dt.date.min, dt.date.max])
def test_reference_dates_at_the_ends_of_the_calendar(workers: int | None, reference: dt.date) -> None:
    items = ["PARIS, Dec 31 (AFP) - Rain.", "PARIS, Jan 1 (AFP) - Rain.", "PARIS, Feb 29 (AFP) - Rain."]
    articles = list(parse_many(items, reference_date=reference, workers=workers))
    dates = [a.date for a in articles]
    if reference == dt.date.max:
        assert dates == [dt.date(9999, 12, 31), dt.date(9999, 1, 1), dt.date(9996, 2, 29)]
    else:
        assert dates == [None, dt.date(1, 1, 1), None]
        assert [n.message for n in articles[0].notes] == [
            "no date from year 1 to reference_date (0001-01-01) falls on month 12 day 31"
        ]
