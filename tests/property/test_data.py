"""Article data: every dict from_dict accepts validates against the JSON Schema; to_dict validates and round-trips."""

from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
from hypothesis import given
from hypothesis import strategies as st

from wiretext import Agency, Article, Dateline, InvalidData, Location, Note, RightsNotice, parse

from .strategies import Dispatch, dispatches

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "schema" / "article.schema.json"


@functools.cache
def _validator() -> Any:
    cls = jsonschema.Draft202012Validator
    return cls(json.loads(SCHEMA.read_text(encoding="utf-8")), format_checker=cls.FORMAT_CHECKER)


def _errors(data: Any) -> list[str]:
    return [f"{e.json_path}: {e.message}" for e in _validator().iter_errors(data)]


texts = st.text(max_size=12)
spans = st.lists(st.integers(0, 2**40), min_size=2, max_size=2).map(sorted).map(tuple)
agencies = st.builds(Agency, texts, st.none() | texts)
locations = st.builds(Location, st.none() | texts, st.none() | texts, st.none() | texts, st.none() | texts)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """Articles as the model allows them: spans in order, the body the paragraphs joined."""
    paragraphs = tuple(draw(st.lists(texts, max_size=3)))
    some_agencies = tuple(draw(st.lists(agencies, max_size=3)))
    return Article(
        headline=draw(st.none() | texts),
        byline=draw(st.none() | texts),
        dateline=draw(
            st.none()
            | st.builds(Dateline, texts, st.none() | locations, st.none() | st.dates(), st.just(some_agencies), spans)
        ),
        agency=some_agencies[0] if some_agencies else None,
        agencies=some_agencies,
        location=draw(st.none() | locations),
        date=draw(st.none() | st.dates()),
        body="\n\n".join(paragraphs),
        paragraphs=paragraphs,
        rights=draw(st.none() | st.builds(RightsNotice, texts, st.none() | texts, st.none() | st.integers(), spans)),
        notes=tuple(draw(st.lists(st.builds(Note, texts, texts, st.none() | spans), max_size=3))),
        authors=tuple(draw(st.lists(texts, max_size=3))),
        credits=tuple(draw(st.lists(st.tuples(texts, st.lists(texts, max_size=2).map(tuple)), max_size=2))),
    )


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10)
    | st.sampled_from(["2026-01-03", "2026-02-30", "20260103", "0001-01-01"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


def _places(data: Any) -> list[tuple[Any, Any]]:
    """Every (container, key or index) in ``data``, and (dict, None) for every dict (a key to add)."""
    out: list[tuple[Any, Any]] = []
    if isinstance(data, dict):
        out.append((data, None))
        for key, value in data.items():
            out.append((data, key))
            out.extend(_places(value))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            out.append((data, i))
            out.extend(_places(value))
    return out


@st.composite
def changed_data(draw: st.DrawFn) -> dict[str, Any]:
    """An Article's data with one to three keys added, removed or given other values."""
    data: dict[str, Any] = json.loads(json.dumps(draw(articles()).to_dict()))
    for _ in range(draw(st.integers(1, 3))):
        container, key = draw(st.sampled_from(_places(data)))
        if key is None:
            container[draw(st.sampled_from(["path", "x", "span", "code", "extra"]) | st.text(max_size=6))] = draw(
                json_values
            )
        elif draw(st.booleans()):
            del container[key]
        else:
            container[key] = draw(json_values)
    return data


@given(changed_data())
def test_every_dict_from_dict_accepts_validates(data: dict[str, Any]) -> None:
    try:
        Article.from_dict(data)
    except InvalidData:
        return
    assert _errors(data) == [], json.dumps(data)


@given(articles())
def test_every_article_validates_and_round_trips(article: Article) -> None:
    data = json.loads(json.dumps(article.to_dict()))
    assert _errors(data) == []
    assert Article.from_dict(data) == article


@given(dispatches(), st.none() | st.sampled_from([dt.date.min, dt.date.max]) | st.dates())
def test_parsed_articles_validate_and_round_trip(d: Dispatch, reference: dt.date | None) -> None:
    article = parse(d.text, reference_date=reference)
    data = json.loads(article.to_json())
    assert _errors(data) == []
    assert Article.from_dict(data) == article
