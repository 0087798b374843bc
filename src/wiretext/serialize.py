"""Articles to and from plain data: dicts, JSON and flat records.

Dates are ISO strings, spans ``[start, end]`` lists, agencies ``{"code",
"name"}`` objects.  :func:`from_dict` validates and names the bad key path in
the :class:`~wiretext.InvalidData` it raises.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from .data.notes import NOTE_KINDS
from .errors import InvalidData
from .model import Agency, Article, Dateline, Location, Note, RightsNotice

__all__ = ["RECORD_DTYPES", "RECORD_FIELDS", "from_dict", "to_dict", "to_json", "to_records"]

JSON = dict[str, Any]


def _agency(a: Agency | None) -> JSON | None:
    return None if a is None else {"code": a.code, "name": a.name}


def _location(loc: Location | None) -> JSON | None:
    if loc is None:
        return None
    return {
        "city": loc.city,
        "region": loc.region,
        "country": loc.country,
        "country_code": loc.country_code,
    }


def _date(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


def to_dict(article: Article) -> JSON:
    """Turn an Article into JSON-ready data.

    >>> from wiretext import parse
    >>> d = to_dict(parse("PARIS, Jan 2, 2025 (AFP) - Rain."))
    >>> d["agency"], d["date"], d["dateline"]["location"]["city"]
    ({'code': 'AFP', 'name': 'Agence France-Presse'}, '2025-01-02', 'PARIS')
    >>> type(d["dateline"]["span"]), d["dateline"]["span"][0]
    (<class 'list'>, 0)
    """
    line = article.dateline
    rights = article.rights
    return {
        "headline": article.headline,
        "byline": article.byline,
        "authors": list(article.authors),
        "dateline": None
        if line is None
        else {
            "text": line.text,
            "location": _location(line.location),
            "date": _date(line.date),
            "agencies": [_agency(a) for a in line.agencies],
            "span": list(line.span),
            "month": line.month,
            "day": line.day,
        },
        "agency": _agency(article.agency),
        "agencies": [_agency(a) for a in article.agencies],
        "location": _location(article.location),
        "date": _date(article.date),
        "body": article.body,
        "paragraphs": list(article.paragraphs),
        "rights": None
        if rights is None
        else {
            "text": rights.text,
            "holder": rights.holder,
            "year": rights.year,
            "span": list(rights.span),
        },
        "credits": [{"role": role, "names": list(names)} for role, names in article.credits],
        "notes": [
            {"kind": n.kind, "message": n.message, "span": None if n.span is None else list(n.span)}
            for n in article.notes
        ],
        "source_id": article.source_id,
    }


def to_json(article: Article, *, indent: int | None = None) -> str:
    """Serialise an Article as JSON text (UTF-8 characters kept as they are).

    >>> from wiretext import parse
    >>> to_json(parse("Rain in Paris")).startswith('{"headline": "Rain in Paris"')
    True
    """
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)


# -- validation ----------------------------------------------------------------

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _known(data: Mapping[str, Any], keys: tuple[str, ...], path: str) -> None:
    """Reject a key of a nested object that is none of ``keys`` (the Article itself is open)."""
    for key in data:
        if key not in keys:
            raise InvalidData(f"{path}.{key}", "unknown key")


def _need(data: Any, key: str, path: str) -> Any:
    if not isinstance(data, Mapping):
        raise InvalidData(path or "<root>", f"expected an object, got {type(data).__name__}")
    if key not in data:
        raise InvalidData(f"{path}.{key}" if path else key, "missing")
    return data[key]


def _str(value: Any, path: str, *, optional: bool = True) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise InvalidData(path, f"expected a string, got {type(value).__name__}")
    return value


def _int(value: Any, path: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidData(path, f"expected an integer, got {type(value).__name__}")
    return value


def _bounded(value: Any, path: str, most: int) -> int | None:
    number = _int(value, path)
    if number is not None and not 1 <= number <= most:
        raise InvalidData(path, f"expected 1 to {most}, got {number}")
    return number


def _list(value: Any, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise InvalidData(path, f"expected a list, got {type(value).__name__}")
    return value


def _span(value: Any, path: str) -> tuple[int, int]:
    items = _list(value, path)
    if len(items) != 2 or not all(isinstance(v, int) and not isinstance(v, bool) for v in items):
        raise InvalidData(path, "expected [start, end] integers")
    start, end = items
    if not 0 <= start <= end:
        raise InvalidData(path, f"expected 0 <= start <= end, got [{start}, {end}]")
    return start, end


def _read_date(value: Any, path: str) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidData(path, f"expected an ISO date string, got {value!r}")
    try:
        # YYYY-MM-DD only: fromisoformat() also takes 20260103 and 2026-W01-5.
        if not _ISO_DATE.fullmatch(value):
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise InvalidData(path, f"not an ISO date: {value!r}") from e


def _read_agency(value: Any, path: str) -> Agency | None:
    if value is None:
        return None
    code = _str(_need(value, "code", path), f"{path}.code", optional=False)
    assert code is not None
    agency = Agency(code, _str(_need(value, "name", path), f"{path}.name"))
    _known(value, ("code", "name"), path)
    return agency


def _read_location(value: Any, path: str) -> Location | None:
    if value is None:
        return None
    keys = ("city", "region", "country", "country_code")
    location = Location(*(_str(_need(value, k, path), f"{path}.{k}") for k in keys))
    _known(value, keys, path)
    return location


def _agencies(value: Any, path: str) -> tuple[Agency, ...]:
    out = []
    for i, item in enumerate(_list(value, path)):
        agency = _read_agency(item, f"{path}[{i}]")
        if agency is None:
            raise InvalidData(f"{path}[{i}]", "expected an agency, got null")
        out.append(agency)
    return tuple(out)


def from_dict(data: Mapping[str, Any]) -> Article:
    """Rebuild an Article from :func:`to_dict` data, validating every key.

    Every dict it accepts is valid against the Article JSON Schema
    (``docs/schema/article.schema.json``).  Keys beside the Article's are
    ignored (the command's ``path`` and ``encoding``); ``authors`` and
    ``credits`` may be absent; an unknown key inside a field's object
    (an agency, a note) is an error, and so is a note kind that is not in
    :data:`wiretext.data.notes.NOTE_KINDS`.

    >>> from wiretext import parse
    >>> a = parse("PARIS, Jan 2, 2025 (AFP) - Rain.")
    >>> from_dict(to_dict(a)) == a
    True
    >>> from_dict({"headline": 3})
    Traceback (most recent call last):
    ...
    wiretext.errors.InvalidData: headline: expected a string, got int

    :raises InvalidData: naming the first bad key path.
    """
    # Each part is read in the order of the keys below, so that the error names the first bad key.
    headline = _str(_need(data, "headline", ""), "headline")
    byline = _str(_need(data, "byline", ""), "byline")
    authors = _read_authors(data)
    dateline = _read_dateline(_need(data, "dateline", ""))
    rights = _read_rights(_need(data, "rights", ""))
    paragraphs, body = _read_text(data)
    credits = _read_credits(data)
    notes = _read_notes(data)
    return Article(
        headline=headline,
        byline=byline,
        dateline=dateline,
        agency=_read_agency(_need(data, "agency", ""), "agency"),
        agencies=_agencies(_need(data, "agencies", ""), "agencies"),
        location=_read_location(_need(data, "location", ""), "location"),
        date=_read_date(_need(data, "date", ""), "date"),
        body=body,
        paragraphs=paragraphs,
        rights=rights,
        notes=notes,
        authors=authors,
        credits=credits,
        source_id=_str(data.get("source_id"), "source_id"),
    )


def _read_authors(data: Mapping[str, Any]) -> tuple[str, ...]:
    """``authors``: a list of strings, absent in JSON written before it was a field."""
    return tuple(
        _str(a, f"authors[{i}]", optional=False) or "" for i, a in enumerate(_list(data.get("authors", []), "authors"))
    )


def _read_dateline(raw_line: Any) -> Dateline | None:
    """``dateline``: null, or its text, place, date (with a month and day that agree), agencies and span."""
    if raw_line is None:
        return None
    line_date = _read_date(_need(raw_line, "date", "dateline"), "dateline.date")
    # month and day may be absent (JSON written before 0.2): then they are the date's.
    month_day = {
        key: _bounded(raw_line[key], f"dateline.{key}", 12 if key == "month" else 31)
        for key in ("month", "day")
        if key in raw_line
    }
    for key, value in month_day.items():
        if line_date is not None and value != getattr(line_date, key):
            raise InvalidData(f"dateline.{key}", f"{value} is not the {key} of the date {line_date.isoformat()}")
    dateline = Dateline(
        text=_str(_need(raw_line, "text", "dateline"), "dateline.text", optional=False) or "",
        location=_read_location(_need(raw_line, "location", "dateline"), "dateline.location"),
        date=line_date,
        agencies=_agencies(_need(raw_line, "agencies", "dateline"), "dateline.agencies"),
        span=_span(_need(raw_line, "span", "dateline"), "dateline.span"),
        **month_day,
    )
    _known(raw_line, ("text", "location", "date", "agencies", "span", "month", "day"), "dateline")
    return dateline


def _read_rights(raw_rights: Any) -> RightsNotice | None:
    """``rights``: null, or the notice's text, holder, year and span."""
    if raw_rights is None:
        return None
    rights = RightsNotice(
        text=_str(_need(raw_rights, "text", "rights"), "rights.text", optional=False) or "",
        holder=_str(_need(raw_rights, "holder", "rights"), "rights.holder"),
        year=_int(_need(raw_rights, "year", "rights"), "rights.year"),
        span=_span(_need(raw_rights, "span", "rights"), "rights.span"),
    )
    _known(raw_rights, ("text", "holder", "year", "span"), "rights")
    return rights


def _read_text(data: Mapping[str, Any]) -> tuple[tuple[str, ...], str]:
    """``paragraphs`` and ``body``, which must be the paragraphs joined by blank lines."""
    paragraphs = tuple(
        _str(p, f"paragraphs[{i}]", optional=False) or ""
        for i, p in enumerate(_list(_need(data, "paragraphs", ""), "paragraphs"))
    )
    body = _str(_need(data, "body", ""), "body", optional=False)
    if body != "\n\n".join(paragraphs):
        raise InvalidData("body", "must be the paragraphs joined by blank lines")
    return paragraphs, body or ""


def _read_credits(data: Mapping[str, Any]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``credits``: a list of ``{role, names}``, absent in JSON written before it was a field."""
    credits = []
    for i, c in enumerate(_list(data.get("credits", []), "credits")):
        role = _str(_need(c, "role", f"credits[{i}]"), f"credits[{i}].role", optional=False) or ""
        names = tuple(
            _str(n, f"credits[{i}].names[{j}]", optional=False) or ""
            for j, n in enumerate(_list(_need(c, "names", f"credits[{i}]"), f"credits[{i}].names"))
        )
        _known(c, ("role", "names"), f"credits[{i}]")
        credits.append((role, names))
    return tuple(credits)


def _read_notes(data: Mapping[str, Any]) -> tuple[Note, ...]:
    """``notes``: a list of ``{kind, message, span}``, each kind one of :data:`~wiretext.data.notes.NOTE_KINDS`."""
    notes = []
    for i, n in enumerate(_list(_need(data, "notes", ""), "notes")):
        raw_span = _need(n, "span", f"notes[{i}]")
        kind = _str(_need(n, "kind", f"notes[{i}]"), f"notes[{i}].kind", optional=False) or ""
        if kind not in NOTE_KINDS:
            raise InvalidData(f"notes[{i}].kind", f"not a note kind: {kind!r} (see wiretext.data.notes.NOTE_KINDS)")
        notes.append(
            Note(
                kind,
                _str(_need(n, "message", f"notes[{i}]"), f"notes[{i}].message", optional=False) or "",
                None if raw_span is None else _span(raw_span, f"notes[{i}].span"),
            )
        )
        _known(n, ("kind", "message", "span"), f"notes[{i}]")
    return tuple(notes)


#: The keys of a :func:`to_records` row, in order.
RECORD_FIELDS: tuple[str, ...] = (
    "headline",
    "byline",
    "agency",
    "agency_name",
    "agencies",
    "city",
    "region",
    "country",
    "country_code",
    "date",
    "month",
    "day",
    "body",
    "rights_holder",
    "rights_year",
    "notes",
    "source_id",
)


#: The pandas dtype of each :func:`to_records` column:
#: ``pandas.DataFrame(to_records(articles)).astype(RECORD_DTYPES)`` gives a
#: ``datetime64`` date, a nullable ``Int64`` rights year, ``string`` text
#: and a ``notes`` column of lists (``object``).
RECORD_DTYPES: dict[str, str] = {
    "headline": "string",
    "byline": "string",
    "agency": "string",
    "agency_name": "string",
    "agencies": "string",
    "city": "string",
    "region": "string",
    "country": "string",
    "country_code": "string",
    "date": "datetime64[s]",
    "month": "Int64",
    "day": "Int64",
    "body": "string",
    "rights_holder": "string",
    "rights_year": "Int64",
    "notes": "object",
    "source_id": "string",
}


def to_records(articles: Iterable[Article]) -> list[JSON]:
    """Flat rows, one per Article, ready for ``pandas.DataFrame(rows).astype(RECORD_DTYPES)``.

    Every value is a ``str``, an ``int``, a :class:`datetime.date`, a list
    of ``str`` or None: ``date`` is a ``datetime.date`` (``.isoformat()``
    for a string; :data:`RECORD_DTYPES` makes it ``datetime64``),
    ``month`` and ``day`` are the dateline's, also when its year is
    unknown and ``date`` is None; ``agencies`` is the codes joined by ``;``,
    ``notes`` the list of the
    notes' kinds in order (``len`` for how many; the command's CSV joins
    them by ``;``), ``source_id`` a feed item's own id (None for text).
    The keys are :data:`RECORD_FIELDS`.

    >>> import datetime as dt
    >>> from wiretext import parse
    >>> row = to_records([parse("PARIS, Jan 2, 2025 (AFP/Reuters) - Rain.\\n|")])[0]
    >>> row["agency"], row["agencies"], row["city"], row["date"], row["notes"]
    ('AFP', 'AFP;Reuters', 'PARIS', datetime.date(2025, 1, 2), ['year-from', 'pipe-line'])
    >>> tuple(row) == RECORD_FIELDS == tuple(RECORD_DTYPES)
    True
    """
    rows = []
    for a in articles:
        loc = a.location
        rows.append(
            {
                "headline": a.headline,
                "byline": a.byline,
                "agency": a.agency.code if a.agency else None,
                "agency_name": a.agency.name if a.agency else None,
                "agencies": ";".join(x.code for x in a.agencies),
                "city": loc.city if loc else None,
                "region": loc.region if loc else None,
                "country": loc.country if loc else None,
                "country_code": loc.country_code if loc else None,
                "date": a.date,
                "month": a.dateline.month if a.dateline else None,
                "day": a.dateline.day if a.dateline else None,
                "body": a.body,
                "rights_holder": a.rights.holder if a.rights else None,
                "rights_year": a.rights.year if a.rights else None,
                "notes": [n.kind for n in a.notes],
                "source_id": a.source_id,
            }
        )
    return rows
