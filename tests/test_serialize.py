"""to_dict / from_dict / to_json / to_records."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from typing import Any

import pytest

import wiretext
from wiretext import Article, InvalidData, WiretextError
from wiretext.serialize import to_records

TEXT = (
    "Port reopens after strike\nBy Ana Silva\n"
    "BEIRUT, Jan 3 (Reuters) - The port reopened on Friday.\n\nShips queued.\n"
    "Reporting by Ana Silva; Editing by Tom Hale\n© 2026 Reuters"
)


@pytest.fixture
def article() -> Article:
    return wiretext.parse(TEXT, reference_date=dt.date(2026, 1, 5))


def test_round_trip(article: Article) -> None:
    data = article.to_dict()
    assert json.loads(article.to_json()) == data
    assert Article.from_dict(json.loads(json.dumps(data))) == article


def test_dict_shape(article: Article) -> None:
    data = article.to_dict()
    assert data["date"] == "2026-01-03"
    assert data["agency"] == {"code": "Reuters", "name": article.agency.name if article.agency else None}
    assert data["dateline"]["span"] == list(article.dateline.span if article.dateline else ())
    assert data["credits"] == [{"role": "reporting", "names": ["Ana Silva"]}, {"role": "editing", "names": ["Tom Hale"]}]


def test_pickle_round_trip(article: Article) -> None:
    assert pickle.loads(pickle.dumps(article)) == article


@pytest.mark.parametrize(
    ("path", "change", "message"),
    [
        ("headline", 3, "headline: expected a string, got int"),
        ("date", "03/01/2026", "date: not an ISO date: '03/01/2026'"),
        ("dateline.location.city", 5, "dateline.location.city: expected a string, got int"),
        ("dateline.span", [1], "dateline.span: expected [start, end] integers"),
        ("agencies", "AFP", "agencies: expected a list, got str"),
        ("notes", None, "notes: expected a list, got NoneType"),
        ("body", "different", "body: must be the paragraphs joined by blank lines"),
    ],
)
def test_from_dict_names_the_bad_key(article: Article, path: str, change: Any, message: str) -> None:
    data = article.to_dict()
    target = data
    *parents, last = path.split(".")
    for key in parents:
        target = target[key]
    target[last] = change
    with pytest.raises(InvalidData) as info:
        Article.from_dict(data)
    assert str(info.value) == message
    assert isinstance(info.value, WiretextError)


def test_missing_key(article: Article) -> None:
    data = article.to_dict()
    del data["paragraphs"]
    with pytest.raises(InvalidData, match="^paragraphs: missing$"):
        Article.from_dict(data)


def test_not_a_mapping() -> None:
    with pytest.raises(InvalidData, match="expected an object"):
        Article.from_dict([])  # type: ignore[arg-type]


def test_records(article: Article) -> None:
    row = to_records([article])[0]
    assert row["agency"] == "Reuters"
    assert row["city"] == "BEIRUT"
    assert row["date"] == dt.date(2026, 1, 3)
    assert row["headline"] == "Port reopens after strike"
