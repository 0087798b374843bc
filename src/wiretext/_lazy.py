"""Patterns compiled on first use, so that importing wiretext compiles nothing.

The ``regex`` module compiles in Python and is slow at it; dozens of
module-level patterns would cost tens of milliseconds at import.  A lazy
pattern compiles on its first method call and then binds the compiled
pattern's methods on itself, so later calls cost a plain attribute lookup.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable
from typing import Any, TypeVar, cast

import regex

__all__ = ["lazy_re", "lazy_regex", "once", "prefix_tree"]

T = TypeVar("T")


def once(build: Callable[[], T]) -> Callable[[], T]:
    """``build()`` run at most once, however many threads ask for it at the same moment.

    Several threads that call a plain ``functools.cache`` builder at once
    each build their own object, and each gets its own back.  Where the
    object's identity matters (a table keyed by compiled patterns, an
    ``is`` test against a pattern), threads then disagree: that was
    wiretext 0.1's ``KeyError`` on a first call from four threads.  Here
    the first caller builds under a lock and every caller gets that one
    object; after it, calls are ``functools.cache`` hits (a C look-up, no
    lock).  ``cache_clear()`` forgets the object, for tests.

    >>> calls = []
    >>> table = once(lambda: calls.append(1) or {"a": 1})
    >>> table() is table(), len(calls)
    (True, 1)
    """
    lock = threading.Lock()
    built: list[T] = []

    def locked() -> T:
        with lock:
            if not built:
                built.append(build())
            return built[0]

    cached = functools.cache(locked)
    functools.update_wrapper(cached, build)
    forget = cached.cache_clear

    def clear() -> None:
        with lock:
            built.clear()
            forget()

    cached.cache_clear = clear  # type: ignore[method-assign]
    return cached


class _Lazy:
    """A pattern compiled on first use, under a lock: every thread binds the same compiled object."""

    _lock = threading.Lock()

    def __init__(self, compile_: Any, source: str, flags: int) -> None:
        self._args = (compile_, source, flags)

    def __getattr__(self, name: str) -> Any:
        with _Lazy._lock:
            compiled = self.__dict__.get("_compiled")
            if compiled is None:
                compile_, source, flags = self._args
                compiled = compile_(source, flags)
                for attr in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "pattern"):
                    setattr(self, attr, getattr(compiled, attr))
                self._compiled = compiled
        return getattr(compiled, name)


def lazy_regex(source: str, flags: int = 0) -> regex.Pattern[str]:
    """A ``regex`` pattern compiled when first used.

    >>> p = lazy_regex(r"\\p{Lu}+")
    >>> p.search("abc DEF").group(0)
    'DEF'
    """
    return cast("regex.Pattern[str]", _Lazy(regex.compile, source, flags))


def lazy_re(source: str, flags: int = 0) -> re.Pattern[str]:
    """A standard-library ``re`` pattern compiled when first used.

    >>> lazy_re(r"[0-9]+").findall("a1b22")
    ['1', '22']
    """
    return cast("re.Pattern[str]", _Lazy(re.compile, source, flags))


def prefix_tree(words: set[str]) -> str:
    """An alternation of ``words`` as a prefix tree: the engine tries one branch per character.

    Valid for both ``re`` and ``regex``.  An optional tail is written
    ``(?:tail|)``, not ``(?:tail)?``: both try the tail first, then nothing,
    but ``regex`` sets up every repeat of a pattern on each match call, and
    hundreds of them (the month names) cost microseconds before the first
    character is read.

    >>> prefix_tree({"jan", "janv", "june"})
    'j(?:an(?:v|)|une)'
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body}|)" if "" in node else body

    return build(tree)
