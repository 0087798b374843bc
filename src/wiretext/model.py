"""The typed result of :func:`wiretext.parse`: frozen, slotted attrs classes.

The classes hold data and no parsing logic; the stages build them.  Spans are
``(start, end)`` half-open offsets into the text the caller passed in.

>>> from wiretext import parse
>>> a = parse("BEIRUT, Jan 3 (Reuters) - The port reopened on Friday.")
>>> a.agency.code, a.location.city, a.date is None
('Reuters', 'BEIRUT', True)
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs

__all__ = ["Agency", "Article", "Dateline", "Location", "Note", "RightsNotice", "Span"]

Span = tuple[int, int]
"""A half-open ``(start, end)`` range of offsets into the input text."""


@attrs.frozen
class Agency:
    """A news agency as credited in copy.

    ``code`` is the agency's usual short credit, ``name`` its full name (None
    for a credit the registry does not know).

    >>> Agency("AFP", "Agence France-Presse")
    Agency(code='AFP', name='Agence France-Presse')
    """

    code: str
    name: str | None = None


@attrs.frozen
class Location:
    """The place a dateline names.

    ``city`` and ``region`` are as the dateline writes them; ``country`` and
    ``country_code`` (ISO 3166-1 alpha-2) are filled only when they are known
    for certain.

    >>> Location("KALAMAZOO", "Mich.", "United States", "US").region
    'Mich.'
    """

    city: str | None
    region: str | None = None
    country: str | None = None
    country_code: str | None = None


@attrs.frozen
class Dateline:
    """A parsed dateline: ``BEIJING, March 31 (Xinhua) --``.

    ``month`` and ``day`` are the dateline's month and day (1-12, 1-31):
    those of ``date`` when it is known, and still there when the year is
    not (``BEIRUT, Jan 3`` with no year and no reference date: ``date`` is
    None, ``month`` 1, ``day`` 3).  None when the dateline names no day.

    >>> d = Dateline("PARIS (AFP) -", Location("PARIS"), None, (Agency("AFP"),), (0, 13))
    >>> d.location.city, d.month
    ('PARIS', None)
    >>> Dateline("OSLO, Jan 3 -", Location("OSLO"), None, month=1, day=3).day
    3
    """

    text: str
    location: Location | None
    date: dt.date | None
    agencies: tuple[Agency, ...] = ()
    span: Span = (0, 0)
    month: int | None = attrs.field(default=attrs.Factory(lambda self: self.date and self.date.month, takes_self=True))
    day: int | None = attrs.field(default=attrs.Factory(lambda self: self.date and self.date.day, takes_self=True))


@attrs.frozen
class RightsNotice:
    """A copyright or rights notice found in the text.

    >>> RightsNotice("(c) 2024 AFP", "Agence France-Presse", 2024, (0, 12)).year
    2024
    """

    text: str
    holder: str | None
    year: int | None = None
    span: Span = (0, 0)


@attrs.frozen
class Note:
    """Something the parser removed, or was unsure of, and why.

    ``kind`` names the rule (``pipe-line``, ``sign-off``, ``year-from``, ...);
    ``span`` is where in the input it applies, or None for the whole text.

    >>> Note("sign-off", "removed the 'Reuter' sign-off", (40, 46)).kind
    'sign-off'
    """

    kind: str
    message: str
    span: Span | None = None


@attrs.frozen
class Article:
    """A dispatch taken apart into typed fields.

    ``agency`` is the primary credit and ``agencies`` all of them; ``date`` is
    the dateline date; ``body`` is ``"\\n\\n".join(paragraphs)``; ``notes``
    account for everything that was removed or unsure.  ``source_id`` is the
    item's own id when it came from a feed (a NITF ``doc-id``, a NewsML-G2
    ``guid``, a Gigaword ``DOC id``: see :func:`wiretext.parse_feed`), else None.

    >>> from wiretext import parse
    >>> a = parse("Port reopens\\n    BEIRUT, Jan 3 - The port reopened.\\n Reuter")
    >>> a.headline, a.body
    ('Port reopens', 'The port reopened.')
    """

    headline: str | None
    byline: str | None
    dateline: Dateline | None
    agency: Agency | None
    agencies: tuple[Agency, ...]
    location: Location | None
    date: dt.date | None
    body: str
    paragraphs: tuple[str, ...]
    rights: RightsNotice | None
    notes: tuple[Note, ...]
    authors: tuple[str, ...] = ()
    credits: tuple[tuple[str, tuple[str, ...]], ...] = ()
    source_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: dates as ISO strings, spans as ``[start, end]``.

        >>> from wiretext import parse
        >>> parse("PARIS (AFP) - Rain.").to_dict()["agency"]["code"]
        'AFP'
        """
        return _served.to_dict(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """The Article as JSON text.

        >>> from wiretext import parse
        >>> '"city": "PARIS"' in parse("PARIS (AFP) - Rain.").to_json()
        True
        """
        return _served.to_json(self, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an Article from :meth:`to_dict` data, validating it.

        >>> from wiretext import parse
        >>> a = parse("PARIS (AFP) - Rain.")
        >>> Article.from_dict(a.to_dict()) == a
        True

        :raises InvalidData: naming the bad key path.
        """
        return _served.from_dict(data)

    def _repr_html_(self) -> str:
        """Return a compact HTML card for notebooks (see :mod:`wiretext.display`).

        >>> from wiretext import parse
        >>> parse("PARIS (AFP) - Rain.")._repr_html_().startswith('<div class="wiretext-article"')
        True
        """
        return _served.html_card(self)

    def _repr_pretty_(self, p: Any, cycle: bool) -> None:
        r"""Write a plain-text summary for IPython (see :mod:`wiretext.display`).

        >>> from wiretext import parse
        >>> class P:
        ...     def text(self, s): print(s)
        >>> parse("Rain\nPARIS (AFP) - Rain fell.")._repr_pretty_(P(), False)
        Article: Rain
          agency   AFP (Agence France-Presse)
          place    PARIS, France
          notes    0
          body     Rain fell.
        """
        _served.pretty(self, p, cycle)

    @classmethod
    def from_text(cls, text: str, *, reference_date: dt.date | str | None = None) -> Article:
        """The same as :func:`wiretext.parse`.

        >>> Article.from_text("PARIS (AFP) - Rain.").agency.code
        'AFP'
        """
        return _served.parse(text, reference_date=reference_date)


class _Served:
    """Who serves the Article's convenience methods: functions of the floors above this one.

    model.py is the ground floor: it imports attrs and nothing of the
    package.  The methods ``to_dict``, ``to_json``, ``from_dict`` (in
    :mod:`wiretext.serialize`), ``_repr_html_``, ``_repr_pretty_`` (in
    :mod:`wiretext.display`) and ``from_text`` (:func:`wiretext.parse`) are
    declared here, typed and documented, and call the functions plugged in
    by :func:`_serve`, which the package's ``__init__`` (the top floor, run
    before any submodule is) calls once.  See docs/architecture.md.
    """

    __slots__ = ("from_dict", "html_card", "parse", "pretty", "to_dict", "to_json")

    to_dict: Callable[[Article], dict[str, Any]]
    to_json: Callable[..., str]  # (article, *, indent)
    from_dict: Callable[[Mapping[str, Any]], Article]
    html_card: Callable[[Article], str]
    pretty: Callable[[Article, Any, bool], None]
    parse: Callable[..., Article]  # (text, *, reference_date)


_served = _Served()


def _serve(**functions: Callable[..., Any]) -> None:
    """Plug in the functions behind the Article's convenience methods (the package's ``__init__`` does).

    >>> _serve()  # nothing to change: the package already plugged in its own
    """
    for name, function in functions.items():
        setattr(_served, name, function)


_T = TypeVar("_T")


def _pickled_by_fields(cls: type[_T]) -> type[_T]:
    """Pickle as ``cls(*fields)``: a third of the cost of attrs' state dicts.

    Articles cross process pools (``parse_many``) by the thousand.  With
    :func:`_reduce_article`, measured by ``benchmarks/ab.py HEAD --pickle``
    against a tree without both: pickling an Article (dumps and loads) costs
    1.1x to 2.3x as much without them, and 1.5x to 1.9x the bytes, on every
    corpus.
    """
    get = operator.attrgetter(*(f.name for f in attrs.fields(cls)))  # type: ignore[arg-type]

    def __reduce__(self: _T) -> tuple[type[_T], tuple[Any, ...]]:
        return (cls, get(self))

    setattr(cls, "__reduce__", __reduce__)  # noqa: B010 - frozen, slotted classes take it on the class
    return cls


for _cls in (Agency, Location, Dateline, RightsNotice, Note):
    _pickled_by_fields(_cls)

_NAMES = [f.name for f in attrs.fields(Article)]
# Every field but the body, the paragraphs first.
_PARAGRAPHS_AND_REST = operator.attrgetter("paragraphs", *(n for n in _NAMES if n not in ("body", "paragraphs")))
_ALL = operator.attrgetter(*_NAMES)


def _article(
    paragraphs: tuple[str, ...],
    headline: str | None,
    byline: str | None,
    dateline: Dateline | None,
    agency: Agency | None,
    agencies: tuple[Agency, ...],
    location: Location | None,
    date: dt.date | None,
    rights: RightsNotice | None,
    notes: tuple[Note, ...],
    authors: tuple[str, ...],
    credits: tuple[tuple[str, tuple[str, ...]], ...],
    source_id: str | None = None,
) -> Article:
    """Unpickle an Article sent without its body: the body is its paragraphs, joined."""
    body = "\n\n".join(paragraphs)
    return Article(
        headline,
        byline,
        dateline,
        agency,
        agencies,
        location,
        date,
        body,
        paragraphs,
        rights,
        notes,
        authors,
        credits,
        source_id,
    )


def _reduce_article(self: Article) -> tuple[Any, tuple[Any, ...]]:
    """Pickle an Article as its fields, without the body when it is ``"\n\n".join(paragraphs)``.

    Half the bytes of a typical Article are its text, held twice: as the
    body and as the paragraphs.  Sending it once halves the bytes that
    cross from a ``parse_many`` worker to the parent.
    """
    if self.body == "\n\n".join(self.paragraphs):
        return (_article, _PARAGRAPHS_AND_REST(self))
    return (Article, _ALL(self))


Article.__reduce__ = _reduce_article  # type: ignore[method-assign,assignment]
