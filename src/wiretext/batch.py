"""Parse many dispatches: lazily in this process, or on a pool of worker processes.

:func:`parse_many` is :func:`wiretext.parse` over an iterable.  It yields the
Articles in input order and reads its input lazily, so a generator over a
file or a feed that never ends is fine: with ``workers`` > 1 at most
``2 * workers`` chunks of ``chunksize`` texts are in flight at a time, and
memory stays flat however long the input is.

>>> import datetime as dt
>>> from wiretext.batch import parse_many
>>> texts = ["PARIS (AFP) - Rain.", "SEOUL, Nov. 24 (Yonhap) -- Snow fell."]
>>> [(a.agency.code, a.date) for a in parse_many(texts, reference_date=dt.date(2024, 12, 1))]
[('AFP', None), ('Yonhap', datetime.date(2024, 11, 24))]
"""

from __future__ import annotations

import collections
import datetime as dt
import gc
import itertools
from collections.abc import Generator, Iterable, Iterator
from typing import TYPE_CHECKING

from ._dates import reference_date as _reference_date
from .errors import InputTooLarge
from .model import Article
from .pipeline import MAX_CHARS, parse

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["parse_many"]

_Item = tuple[str, "dt.date | None"]
_MISSING = object()


def _items(
    texts: Iterable[str], dates: Iterator[dt.date | str | None] | None, default: dt.date | None
) -> Iterator[_Item]:
    """Pair each text with its reference date, checking types and sizes as they come."""
    date = default
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            raise TypeError(f"parse_many() takes str items, but item {i} is {type(text).__name__}")
        if len(text) > MAX_CHARS:
            err = InputTooLarge(len(text), MAX_CHARS)
            err.add_note(f"in item {i} of parse_many()")
            raise err
        if dates is not None:
            try:
                value = next(dates)
            except StopIteration:
                raise ValueError(f"reference_date has fewer items than texts (it ran out at item {i})") from None
            date = _reference_date(value, f"reference_date item {i}")
        yield text, date
    if dates is not None and next(dates, _MISSING) is not _MISSING:
        raise ValueError("reference_date has more items than texts")


# A dispatch that takes the parser through its main patterns (invented).
_WARM_UP = "Rain in Oslo\nBy Ana Silva\nOSLO, Jan 1 (NTB) - Rain fell.\n|\nReporting by Ana Silva\n© 2000 NTB"


def _parse_chunk(first: int, chunk: list[_Item]) -> list[Article]:
    """Parse one chunk in a worker; ``first`` is the input index of its first item."""
    out = []
    for i, (text, date) in enumerate(chunk, first):
        try:
            out.append(parse(text, reference_date=date))
        except Exception as e:
            e.add_note(f"in item {i} of parse_many()")
            import pickle

            try:  # an exception that cannot cross back to the parent would break the pool
                pickle.loads(pickle.dumps(e))
            except Exception:
                raise RuntimeError(f"item {i} of parse_many(): {type(e).__name__}: {e}") from None
            raise
    return out


def _in_process(items: Iterator[_Item]) -> Generator[Article, None, None]:
    for i, (text, date) in enumerate(items):
        try:
            article = parse(text, reference_date=date)
        except Exception as e:
            e.add_note(f"in item {i} of parse_many()")
            raise
        yield article


def _submit(pool: ProcessPoolExecutor, first: int, chunk: list[_Item]) -> Future[list[Article]]:
    """Submit a chunk; the first submit starts the worker processes, with the parent's objects frozen.

    A forked worker shares the parent's memory until it writes to it, and a
    full garbage collection in the worker writes to every object it scans:
    it would copy the whole parent heap into each worker (about 20 ms of a
    first chunk's 40, and memory).  Objects frozen at the fork are never
    scanned (:func:`gc.freeze`, as the :mod:`gc` docs advise before a fork);
    the parent unfreezes them at once.  A caller who froze objects of their
    own is left as they were.
    """
    freeze = first == 0 and gc.get_freeze_count() == 0  # the first chunk starts at item 0
    if freeze:
        gc.freeze()
    try:
        return pool.submit(_parse_chunk, first, chunk)
    finally:
        if freeze:
            gc.unfreeze()


def _in_pool(items: Iterator[_Item], workers: int, chunksize: int) -> Generator[Article, None, None]:
    # Imported here: `import wiretext` should not pay for process pools.
    from concurrent.futures import ProcessPoolExecutor

    # Compile the patterns here, before the workers fork, so that each of
    # them does not pay for it again (where processes fork; elsewhere this
    # costs one short parse).
    parse(_WARM_UP, reference_date=dt.date(2000, 1, 2))
    window = 2 * workers
    pending: collections.deque[Future[list[Article]]] = collections.deque()
    first = 0
    error: BaseException | None = None  # raised by the input, after what came before it
    with ProcessPoolExecutor(max_workers=workers) as pool:
        try:
            while True:
                # Top up the window, then wait for the oldest chunk: order is kept
                # and no more than ``window`` chunks are ever held in memory.
                while error is None and len(pending) < window:
                    chunk: list[_Item] = []
                    try:
                        for item in itertools.islice(items, chunksize):
                            chunk.append(item)
                    except Exception as e:
                        error = e
                    if chunk:
                        pending.append(_submit(pool, first, chunk))
                        first += len(chunk)
                    if len(chunk) < chunksize:
                        break
                if not pending:
                    break
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
    if error is not None:
        raise error


def parse_many(
    texts: Iterable[str],
    *,
    reference_date: dt.date | str | Iterable[dt.date | str | None] | None = None,
    workers: int | None = None,
    chunksize: int = 256,
) -> Generator[Article, None, None]:
    """Parse every text of ``texts``, yielding the Articles in input order.

    ``texts`` is any iterable of ``str``, read lazily, and may be unbounded.
    ``reference_date`` is one date for every text (a ``datetime.date``, a
    ``datetime.datetime`` or an ISO string, read as :func:`~wiretext.parse`
    reads it) or None, or an iterable of them read alongside ``texts``, one
    per text.

    ``workers`` None or 1 parses in this process, one text per ``next()``.
    ``workers`` > 1 parses on that many worker processes, ``chunksize`` texts
    per task, with at most ``2 * workers`` tasks in flight; leaving the loop
    early (or closing the iterator) shuts the pool down.  Each Article equals
    what ``parse(text, reference_date=...)`` returns for it.  Workers start
    the platform's default way: where that is spawn or forkserver (macOS,
    Windows, Linux from Python 3.14), a script must call this under
    ``if __name__ == "__main__":``.

    >>> texts = (f"PARIS, Jan {d} (AFP) - Rain on day {d}." for d in range(1, 6))
    >>> [a.body for a in parse_many(texts, workers=2, chunksize=2)][-1]
    'Rain on day 5.'

    >>> import datetime as dt
    >>> texts, dates = ["PARIS, Jan 2 - Rain.", "ROME, Jan 3 - Sun."], [dt.date(2024, 1, 10), None]
    >>> [a.date for a in parse_many(texts, reference_date=dates)]
    [datetime.date(2024, 1, 2), None]
    >>> [a.date for a in parse_many(texts, reference_date="2024-01-10")]
    [datetime.date(2024, 1, 2), datetime.date(2024, 1, 3)]

    >>> articles = parse_many(["PARIS (AFP) - Rain.", b"ROME - Sun."])
    >>> next(articles).body
    'Rain.'
    >>> next(articles)
    Traceback (most recent call last):
    ...
    TypeError: parse_many() takes str items, but item 1 is bytes

    :raises TypeError: while iterating, at the first item that is not a ``str``
        or reference date that is not a date (the message names its index);
        at once when ``texts`` is a single ``str``, or for a bad
        ``reference_date``, ``workers`` or ``chunksize`` type.
    :raises ValueError: at once when ``workers`` or ``chunksize`` is below 1,
        or ``reference_date`` is a string that is no ISO date (an item of
        it: while iterating, naming its index);
        while iterating, when an iterable ``reference_date`` and ``texts``
        differ in length.
    :raises InputTooLarge: while iterating, at a text longer than
        :data:`~wiretext.MAX_CHARS`.  Any other exception raised by a parse in
        a worker is re-raised here, with a note naming the item's index.
    """
    if isinstance(texts, (str, bytes)):
        raise TypeError(f"texts must be an iterable of str, not a single {type(texts).__name__}")
    if isinstance(reference_date, bytes):
        raise TypeError("reference_date must be a date, an ISO string, an iterable of them, or None; not bytes")
    for name, value in (("workers", workers), ("chunksize", chunksize)):
        if value is None and name == "workers":
            continue
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"{name} must be an int, not {type(value).__name__}")
        if value < 1:
            raise ValueError(f"{name} must be at least 1, got {value}")
    if reference_date is None or isinstance(reference_date, dt.date | str):
        items = _items(texts, None, _reference_date(reference_date))
    else:
        try:
            dates = iter(reference_date)
        except TypeError:
            kind = type(reference_date).__name__
            message = f"reference_date must be a date, an ISO string, an iterable of them, or None; not {kind}"
            raise TypeError(message) from None
        items = _items(texts, dates, None)
    if workers is None or workers == 1:
        return _in_process(items)
    return _in_pool(items, workers, chunksize)
