"""Errors raised by wiretext.

:func:`wiretext.parse` never raises on the content of a ``str``: what it cannot
read becomes a :class:`~wiretext.Note`.  The errors below are for callers:
a wrong type (``TypeError``), input over the documented size, or bad data
handed to :meth:`Article.from_dict`.  Catch :class:`WiretextError` to catch
them all.
"""

from __future__ import annotations

__all__ = ["InputTooLarge", "InvalidData", "WiretextError"]


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
