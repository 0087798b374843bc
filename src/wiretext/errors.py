"""Errors raised by wiretext.

:func:`wiretext.parse` never raises on the content of a ``str``: what it cannot
read becomes a :class:`~wiretext.Note`.  The errors below are for callers:
a wrong type (``TypeError``), input over the documented size, or bad data
handed to :meth:`Article.from_dict`, or a feed document that cannot be
read safely (:class:`FeedError` and its subclasses).  Catch :class:`WiretextError` to catch
them all.
"""

from __future__ import annotations

__all__ = [
    "FeedError",
    "FeedSyntaxError",
    "FeedTooLarge",
    "InputTooLarge",
    "InvalidData",
    "UnknownFeedFormat",
    "UnsafeFeed",
    "WiretextError",
]


class WiretextError(ValueError):
    """Base class of every error wiretext raises on purpose.

    Every one pickles with its message, attributes and notes
    (``__notes__``), so that it crosses a process boundary whole: a
    :func:`~wiretext.batch.parse_many` worker, a Dask worker.

    >>> issubclass(InputTooLarge, WiretextError)
    True
    >>> import pickle
    >>> e = InputTooLarge(20, 10)
    >>> e.add_note("in item 3 of parse_many()")
    >>> back = pickle.loads(pickle.dumps(e))
    >>> str(back), back.size, back.limit, back.__notes__
    ('input of 20 characters is over max_chars=10', 20, 10, ['in item 3 of parse_many()'])
    """


class InputTooLarge(WiretextError):
    """The input is longer than ``max_chars``; nothing was parsed.

    >>> str(InputTooLarge(20, 10))
    'input of 20 characters is over max_chars=10'
    """

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"input of {size} characters is over max_chars={limit}")
        self.size = size
        self.limit = limit

    def __reduce__(self) -> tuple[type[InputTooLarge], tuple[int, int], dict[str, object]]:
        # The arguments rebuild the message; the state keeps notes and any attribute set later.
        return (type(self), (self.size, self.limit), self.__dict__)


class InvalidData(WiretextError):
    """Data given to ``Article.from_dict`` does not describe an Article.

    ``path`` names the bad key, e.g. ``dateline.location.city``.

    >>> str(InvalidData("date", "expected an ISO date string, got 12"))
    'date: expected an ISO date string, got 12'
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

    def __reduce__(self) -> tuple[type[InvalidData], tuple[str, str], dict[str, object]]:
        return (type(self), (self.path, self.problem), self.__dict__)  # as InputTooLarge


class FeedError(WiretextError):
    """A feed document (NITF, NewsML, ninjs, an archive) could not be read.

    ``line`` and ``column`` (1-based, as editors count) say where, when the
    parser knows; ``item`` names the archive document (a Gigaword ``DOC``
    id) when there is one.  The subclasses say why.

    >>> str(FeedError("mismatched tag", line=3, column=7))
    'line 3, column 7: mismatched tag'
    >>> str(FeedError("no text", item="AFP_ENG_20240101.0001"))
    'AFP_ENG_20240101.0001: no text'
    """

    def __init__(self, problem: str, *, line: int | None = None, column: int | None = None, item: str | None = None):
        where = [] if item is None else [item]
        if line is not None:
            where.append(f"line {line}" + ("" if column is None else f", column {column}"))
        super().__init__(f"{', '.join(where)}: {problem}" if where else problem)
        self.problem = problem
        self.line = line
        self.column = column
        self.item = item

    def __reduce__(self) -> tuple[object, ...]:
        # the state (__dict__) carries __notes__ and attributes set later, as for the others
        return (_rebuild_feed_error, (type(self), self.problem, self.line, self.column, self.item), self.__dict__)


def _rebuild_feed_error(
    cls: type[FeedError], problem: str, line: int | None, column: int | None, item: str | None
) -> FeedError:
    return cls(problem, line=line, column=column, item=item)


class FeedSyntaxError(FeedError):
    """The markup is not well-formed (XML, SGML or JSON), at ``line`` and ``column``.

    >>> e = FeedSyntaxError("mismatched tag", line=2, column=4)
    >>> (e.line, e.column, isinstance(e, WiretextError))
    (2, 4, True)
    """


class UnsafeFeed(FeedError):
    """The markup asks for what wiretext never does: expand an entity, fetch a file, a DTD or a URL.

    >>> str(UnsafeFeed("entity declaration 'lol' refused", line=1, column=30))
    "line 1, column 30: entity declaration 'lol' refused"
    """


class UnknownFeedFormat(FeedError):
    """The document's root element or JSON keys name no format wiretext reads.

    >>> str(UnknownFeedFormat("root element <rss> is not a feed format wiretext reads"))
    'root element <rss> is not a feed format wiretext reads'
    """


class FeedTooLarge(FeedError):
    """One item's markup is longer than ``max_item_bytes``; it was not read.

    >>> FeedTooLarge("item over max_item_bytes=10", line=None).problem
    'item over max_item_bytes=10'
    """
