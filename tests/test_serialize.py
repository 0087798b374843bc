"""to_dict / from_dict / to_json / to_records."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from typing import Any

import attrs
import pytest

import wiretext
from wiretext import Article, InvalidData, WiretextError
from wiretext.serialize import RECORD_FIELDS, to_records

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
    assert data["agency"] == {
        "code": "Reuters",
        "name": article.agency.name if article.agency else None,
    }
    assert data["dateline"]["span"] == list(article.dateline.span if article.dateline else ())
    assert data["credits"] == [
        {"role": "reporting", "names": ["Ana Silva"]},
        {"role": "editing", "names": ["Tom Hale"]},
    ]


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
    with pytest.raises(InvalidData, match=r"^paragraphs: missing$"):
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


def _set(data: Any, path: str, value: Any) -> None:
    """Set ``value`` at a path such as ``notes[0].kind``; ``...`` deletes the key."""
    keys: list[str | int] = []
    for part in path.split("."):
        name, *indexes = part.replace("]", "").split("[")
        keys.append(name)
        keys.extend(int(i) for i in indexes)
    target = data
    for key in keys[:-1]:
        target = target[key]
    if value is ...:
        del target[keys[-1]]
    else:
        target[keys[-1]] = value


@pytest.mark.parametrize(
    ("path", "change", "message"),
    [
        ("date", "20260103", "date: not an ISO date: '20260103'"),
        ("dateline.date", "2026-W01-6", "dateline.date: not an ISO date: '2026-W01-6'"),
        ("date", 20260103, "date: expected an ISO date string, got 20260103"),
        ("dateline.span", [5, 2], "dateline.span: expected 0 <= start <= end, got [5, 2]"),
        ("rights.span", [-1, 2], "rights.span: expected 0 <= start <= end, got [-1, 2]"),
        ("rights.year", True, "rights.year: expected an integer, got bool"),
        ("rights.holder", ..., "rights.holder: missing"),
        ("notes[0].kind", ..., "notes[0].kind: missing"),
        ("notes[0].span", [1, "2"], "notes[0].span: expected [start, end] integers"),
        ("agencies[0]", None, "agencies[0]: expected an agency, got null"),
        ("dateline.agencies[0].code", ..., "dateline.agencies[0].code: missing"),
        ("agency.code", None, "agency.code: expected a string, got NoneType"),
        ("credits[0].names[0]", 5, "credits[0].names[0]: expected a string, got int"),
        ("credits[1]", "editing", "credits[1]: expected an object, got str"),
        ("paragraphs[1]", None, "paragraphs[1]: expected a string, got NoneType"),
        ("authors", "Ana Silva", "authors: expected a list, got str"),
        ("location", [], "location: expected an object, got list"),
        ("location.colour", "red", "location.colour: unknown key"),
        ("agency.x", 1, "agency.x: unknown key"),
        ("dateline.agencies[0].x", 1, "dateline.agencies[0].x: unknown key"),
        ("dateline.extra", None, "dateline.extra: unknown key"),
        ("rights.colour", "red", "rights.colour: unknown key"),
        ("notes[0].extra", 1, "notes[0].extra: unknown key"),
        ("credits[0].x", [], "credits[0].x: unknown key"),
    ],
)
def test_from_dict_names_nested_key_paths(article: Article, path: str, change: Any, message: str) -> None:
    data = json.loads(article.to_json())
    _set(data, path, change)
    with pytest.raises(InvalidData) as info:
        Article.from_dict(data)
    assert str(info.value) == message
    assert (info.value.path, info.value.problem) == tuple(message.split(": ", 1))


def test_root_must_be_an_object() -> None:
    with pytest.raises(InvalidData) as info:
        Article.from_dict([])  # type: ignore[arg-type]
    assert str(info.value) == "<root>: expected an object, got list"


def test_extra_keys_are_ignored(article: Article) -> None:
    # Rows of `wiretext parse --format jsonl` carry "path" and "encoding" too.
    data = {"path": "story.txt", "encoding": "cp1252", **article.to_dict()}
    assert Article.from_dict(data) == article


def test_authors_and_credits_may_be_absent(article: Article) -> None:
    data = article.to_dict()
    del data["authors"], data["credits"]
    assert Article.from_dict(data) == attrs.evolve(article, authors=(), credits=())


def test_every_field_round_trips() -> None:
    agency = wiretext.Agency("AFP", "Agence France-Presse")
    place = wiretext.Location("Almaty", "Kazakhstan", "Kazakhstan", "KZ")
    article = Article(
        headline='Hé "quoted"',
        byline="By Ana Silva",
        dateline=wiretext.Dateline("Almaty, Nov 14 (AFP)", place, dt.date(2025, 11, 14), (agency,), (3, 23)),
        agency=agency,
        agencies=(agency, wiretext.Agency("tca")),
        location=place,
        date=dt.date(2025, 11, 14),
        body="One.\n\nTwo.",
        paragraphs=("One.", "Two."),
        rights=wiretext.RightsNotice("© AFP", None, None, (30, 35)),
        notes=(
            wiretext.Note("encoding", "decoded as cp1252", None),
            wiretext.Note("pipe-line", "removed", (0, 1)),
        ),
        authors=("Ana Silva",),
        credits=(("reporting", ("Ana Silva", "Tom Hale")),),
    )
    assert Article.from_dict(json.loads(article.to_json())) == article


def test_to_json(article: Article) -> None:
    compact = article.to_json()
    assert "\n" not in compact
    assert '"text": "© 2026 Reuters"' in compact  # not \u00a9
    indented = article.to_json(indent=2)
    assert indented.startswith('{\n  "headline": "Port reopens after strike",\n')
    assert json.loads(indented) == json.loads(compact) == article.to_dict()


def test_records_columns(article: Article) -> None:
    (row,) = to_records([article])
    assert tuple(row) == RECORD_FIELDS
    assert row == {
        "headline": "Port reopens after strike",
        "byline": "By Ana Silva",
        "agency": "Reuters",
        "agency_name": "Reuters",
        "agencies": "Reuters",
        "city": "BEIRUT",
        "region": None,
        "country": "Lebanon",
        "country_code": "LB",
        "date": dt.date(2026, 1, 3),
        "body": "The port reopened on Friday.\n\nShips queued.",
        "rights_holder": "Reuters",
        "rights_year": 2026,
        "notes": len(article.notes),
        "source_id": None,
    }


def test_source_id_round_trips_through_json(article: Article) -> None:
    import attrs

    fed = attrs.evolve(article, source_id="urn:newsml:example.com:20260103:1")
    data = json.loads(fed.to_json())
    assert data["source_id"] == "urn:newsml:example.com:20260103:1"
    assert Article.from_dict(data) == fed
    assert to_records([fed])[0]["source_id"] == "urn:newsml:example.com:20260103:1"
    # Data written before the field existed still loads.
    del data["source_id"]
    assert Article.from_dict(data).source_id is None


def test_source_id_must_be_a_string(article: Article) -> None:
    data = json.loads(article.to_json()) | {"source_id": 7}
    with pytest.raises(InvalidData, match="source_id: expected a string, got int"):
        Article.from_dict(data)


def test_records_of_an_empty_article() -> None:
    empty = Article(None, None, None, None, (), None, None, "", (), None, ())
    (row,) = to_records(iter([empty]))
    assert row == dict.fromkeys(RECORD_FIELDS) | {"agencies": "", "body": "", "notes": 0}
    assert to_records([]) == []
