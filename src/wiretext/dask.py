"""Parse dispatches on a Dask cluster: a bag of texts or records in, a bag of dicts out.

Install the extra (``pip install 'wiretext[dask]'``) on the client and on every
worker: the workers import wiretext to parse.  Nothing here is imported by
``import wiretext``, and this module imports dask only when a function runs.

Each result is :meth:`Article.to_dict() <wiretext.Article.to_dict>`: plain
dicts travel between processes cheaply, go straight to JSON or a DataFrame,
and :meth:`Article.from_dict <wiretext.Article.from_dict>` rebuilds the Article.

Recipe (one JSON object a line, with ``input`` and ``reference_date`` keys)::

    from distributed import Client
    from wiretext.dask import parse_bag, read_jsonl

    client = Client()  # a local cluster; or Client("tcp://scheduler:8786")
    records = read_jsonl("corpora/*.jsonl", blocksize="16MiB")
    articles = parse_bag(records, keep=("id",))  # one Article.to_dict() per line
    articles.map(json.dumps).to_textfiles("parsed/*.jsonl")
    # or: articles.to_dataframe() for a Dask DataFrame of nested columns

The examples below are marked to skip in the plain doctest run, which may lack
dask; ``tests/test_dask.py`` runs them when dask is installed.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from .model import Article
from .pipeline import parse

if TYPE_CHECKING:
    from dask.bag import Bag

__all__ = ["parse_bag", "read_jsonl"]

#: The keys of :meth:`Article.to_dict`: ``keep`` may not reuse them.
_ARTICLE_KEYS = frozenset(field.name for field in attrs.fields(Article))


def _record_date(value: object, key: str, default: dt.date | None) -> dt.date | None:
    if value is None:
        return default
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"record key {key!r} is not an ISO date: {value!r}") from None
    kind = type(value).__name__
    raise TypeError(f"record key {key!r} must be an ISO date string, a date or None, not {kind}")


def _parse_partition(
    items: Iterable[object],
    reference_date: dt.date | None,
    text_key: str,
    date_key: str,
    keep: tuple[str, ...],
) -> list[dict[str, Any]]:
    """Parse one partition; module level, so that workers can import it."""
    out = []
    for item in items:
        if isinstance(item, str):
            data = parse(item, reference_date=reference_date).to_dict()
        elif isinstance(item, Mapping):
            text = item[text_key]
            date = _record_date(item.get(date_key), date_key, reference_date)
            data = parse(text, reference_date=date).to_dict()
            data.update((k, item.get(k)) for k in keep)
        else:
            raise TypeError(f"parse_bag() takes str or mapping items, not {type(item).__name__}")
        out.append(data)
    return out


def parse_bag(
    bag: Bag,
    *,
    reference_date: dt.date | None = None,
    text_key: str = "input",
    date_key: str = "reference_date",
    keep: Iterable[str] = (),
) -> Bag:
    """Map :func:`wiretext.parse` over a bag, giving one ``Article.to_dict()`` per item.

    Items are ``str`` texts, or mappings (say JSON lines) holding the text at
    ``text_key`` and an optional reference date at ``date_key`` (an ISO
    string, a ``datetime.date`` or None).  ``reference_date`` stands in for a
    record with no date and applies to every ``str`` item.  The keys named in
    ``keep`` (an id, a URL) are copied from each record into its result.
    Nothing is computed until you ask: this returns a lazy bag.

    >>> import dask.bag as db  # doctest: +SKIP
    >>> texts = db.from_sequence(["PARIS (AFP) - Rain.", "ROME (ANSA) - Sun."])  # doctest: +SKIP
    >>> parse_bag(texts).pluck("agency").pluck("code").compute()  # doctest: +SKIP
    ['AFP', 'ANSA']
    >>> line = {"id": 7, "input": "OSLO, Feb 3 (NTB) - Ice.", "reference_date": "2025-02-04"}
    >>> records = db.from_sequence([line])  # doctest: +SKIP
    >>> [(d["id"], d["date"], d["body"]) for d in parse_bag(records, keep=["id"])]  # doctest: +SKIP
    [(7, '2025-02-03', 'Ice.')]

    :raises ValueError: at once when a ``keep`` key is also an Article key.
    Errors in items (a missing ``text_key``, a non-``str`` text or a bad
    date) are raised by ``compute()``.
    """
    keep = tuple(keep)
    clash = sorted(_ARTICLE_KEYS.intersection(keep))
    if clash:
        raise ValueError(f"keep would overwrite Article keys: {', '.join(clash)}")
    if reference_date is not None and not isinstance(reference_date, dt.date):
        kind = type(reference_date).__name__
        raise TypeError(f"reference_date must be a datetime.date, not {kind}")
    if isinstance(reference_date, dt.datetime):
        reference_date = reference_date.date()
    untyped: Any = bag  # dask's methods carry no annotations
    result: Bag = untyped.map_partitions(_parse_partition, reference_date, text_key, date_key, keep)
    return result


def read_jsonl(urlpath: str | list[str], *, blocksize: int | str | None = None) -> Bag:
    r"""Read JSON-lines files into a bag of their objects (paths, globs or fsspec URLs).

    ``blocksize`` (``"16MiB"``) splits big files into several partitions;
    blank lines are skipped.

    >>> import json, pathlib, tempfile  # doctest: +SKIP
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "wire.jsonl"  # doctest: +SKIP
    >>> line = json.dumps({"id": 1, "input": "PARIS (AFP) - Rain."})  # doctest: +SKIP
    >>> _ = path.write_text(line + "\n\n")  # doctest: +SKIP
    >>> parse_bag(read_jsonl(str(path)), keep=["id"]).pluck("body").compute()  # doctest: +SKIP
    ['Rain.']
    """
    db: Any = importlib.import_module("dask.bag")  # dask's functions carry no annotations
    result: Bag = db.read_text(urlpath, blocksize=blocksize).filter(str.strip).map(json.loads)
    return result
