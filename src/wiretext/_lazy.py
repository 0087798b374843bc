"""Patterns compiled on first use, so that importing wiretext compiles nothing.

The ``regex`` module compiles in Python and is slow at it; dozens of
module-level patterns would cost tens of milliseconds at import.  A lazy
pattern compiles on its first method call and then binds the compiled
pattern's methods on itself, so later calls cost a plain attribute lookup.
"""

from __future__ import annotations

import re
from typing import Any, cast

import regex

__all__ = ["lazy_re", "lazy_regex", "prefix_tree"]


class _Lazy:
    def __init__(self, compile_: Any, source: str, flags: int) -> None:
        self._args = (compile_, source, flags)

    def __getattr__(self, name: str) -> Any:
        compile_, source, flags = self._args
        compiled = compile_(source, flags)
        for attr in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "pattern"):
            setattr(self, attr, getattr(compiled, attr))
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
