"""The ``wiretext`` command's inputs: which files, their text, their reference date.

Expands the PATHs of ``wiretext parse`` into files (folders walked, globs
matched with each real folder visited once, each file read once), reads a
file or standard input as text (the bytes decoded by :mod:`wiretext._bytes`),
a web page through :func:`wiretext.parse_html`, opens a records file
(gunzipped) and tells a feed file's format.  What to do with the text is
:mod:`wiretext._cli_commands`'s; how it is shown, :mod:`wiretext._cli_output`'s.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import fnmatch
import glob
import io
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

import attrs

from ._bytes import decode as _decode
from ._records import HEAD, _Prefixed
from .errors import WiretextError
from .model import Article, Note


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def _matches(names: Sequence[str], parts: Sequence[str]) -> bool:
    """Whether the path ``names`` matches the glob ``parts`` (``**`` is any number of folders)."""
    if not parts:
        return not names
    if parts[0] == "**":  # any number of names, none hidden
        return _matches(names, parts[1:]) or (
            bool(names) and not names[0].startswith(".") and _matches(names[1:], parts)
        )
    if not names or (names[0].startswith(".") and not parts[0].startswith(".")):
        return False  # as glob does, a hidden name matches only a pattern that starts with "."
    return fnmatch.fnmatch(names[0], parts[0]) and _matches(names[1:], parts[1:])


def _glob(pattern: str) -> list[str]:
    """``glob.glob(pattern, recursive=True)``, where ``**`` visits each real folder once.

    ``glob`` follows a symbolic link to a parent folder round and round (one
    file was read 41 times, and two such links double the count at every
    turn).  A pattern with ``**`` is matched here against one walk that
    follows links but enters no folder twice, and skips hidden folders as
    ``glob`` does.
    """
    if os.altsep:  # "feeds/**/*.txt" on Windows
        pattern = pattern.replace(os.altsep, os.sep)
    parts = pattern.split(os.sep)
    if "**" not in parts:
        return sorted(glob.glob(pattern))
    fixed = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    prefix = os.sep.join(parts[:fixed]) or (os.sep if pattern.startswith(os.sep) else "")
    rest = parts[fixed:]
    top = prefix or os.curdir
    found = [os.path.join(prefix, "")] if prefix and _matches([], rest) else []  # "a/**" is "a/" too
    visited: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(top, followlinks=True):
        try:
            st = os.stat(root)
        except OSError:
            dirs[:] = []
            continue
        if (st.st_dev, st.st_ino) in visited:
            dirs[:] = []  # a link back to a folder already walked
            continue
        visited.add((st.st_dev, st.st_ino))
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel = os.path.relpath(root, top)
        names = [] if rel == os.curdir else rel.split(os.sep)
        for name in (*dirs, *files):
            if _matches([*names, name], rest):
                found.append(os.path.join(prefix, *names, name))
    return sorted(found)


def _identity(path: str) -> object:
    """What tells files apart: the device and inode of what ``path`` names, else the path."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return path
    return (st.st_dev, st.st_ino)


def _paths(items: Sequence[str]) -> Iterator[tuple[str, str | None]]:
    """Each input as ``(path, problem)``: folders walked, globs expanded, each real file once.

    ``problem`` is None, or why the item gives no file (a glob that matches
    nothing).
    """
    seen: set[object] = set()

    def once(path: str) -> Iterator[tuple[str, str | None]]:
        key = _identity(path) if path != "-" else None
        if key is None or key not in seen:
            seen.add(key)
            yield path, None

    for item in items:
        if item != "-" and os.path.isdir(item):
            for path in _walk(item):
                yield from once(path)
        elif item != "-" and not os.path.exists(item) and glob.has_magic(item):
            matches = _glob(item)
            if not matches:
                yield item, "no file matches this pattern"
            for match in matches:
                for path in _walk(match) if os.path.isdir(match) else (match,):
                    yield from once(path)
        else:
            yield from once(item)


def _stdin_closed() -> bool:
    """Whether there is no standard input to read (``wiretext parse - <&-``)."""
    return sys.stdin is None or getattr(sys.stdin, "closed", False)


def _read(path: str) -> tuple[str, str]:
    if path != "-":
        return _decode(Path(path).read_bytes())
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text stream put in its place (an embedding program, a test)
        return sys.stdin.read(), "utf-8"
    return _decode(buffer.read())


def _read_page(path: str, args: argparse.Namespace) -> tuple[Article, str]:
    """A web page through :func:`wiretext.parse_html`, and the charset its bytes were decoded as."""
    from .html import parse_html

    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    article = parse_html(data, url=args.url, reference_date=_reference(args, path))
    charset = next((n.message for n in article.notes if n.kind == "charset"), "")
    return article, charset.removeprefix("decoded as ").split(",")[0].split(" ")[0] or "utf-8"


def _with_encoding(article: Article, encoding: str) -> Article:
    if encoding == "utf-8":
        return article
    return attrs.evolve(article, notes=(*article.notes, Note("encoding", f"decoded as {encoding}", None)))


def _reference(args: argparse.Namespace, path: str) -> dt.date | None:
    """The reference date for ``path``: ``--reference-date``, or with ``mtime`` the file's modification date.

    Standard input's is the date of what it reads from (a file redirected
    to it), or today's.
    """
    value: dt.date | str | None = args.reference_date
    if value != "mtime":
        return value if isinstance(value, dt.date) else None
    try:
        stamp = os.fstat(sys.stdin.fileno()).st_mtime if path == "-" else os.stat(path).st_mtime
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return dt.date.today()
    return dt.date.fromtimestamp(stamp)


def _open_records(path: str, files: contextlib.ExitStack) -> tuple[IO[bytes], bytes]:
    """The bytes of a records file (or standard input; gunzipped for ``.gz``) and its first :data:`HEAD` bytes.

    The files opened are closed with ``files``.
    """
    raw: IO[bytes]
    if path == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        raw = buffer if buffer is not None else io.BytesIO(sys.stdin.read().encode("utf-8"))
    else:
        raw = files.enter_context(open(path, "rb"))  # noqa: SIM115 - closed by files
        if path.lower().endswith(".gz"):
            import gzip

            gz = files.enter_context(gzip.GzipFile(fileobj=raw))
            raw = gz  # type: ignore[assignment]
    head = raw.read(HEAD)
    return io.BufferedReader(_Prefixed(head, raw), 1 << 16), head


def _feed_format(path: str) -> str | None:
    """The feed format of a file (NITF, NewsML, Gigaword ...), or None for a dispatch read as text.

    ninjs is taken only from a ``.json``/``.jsonl`` file: text may open with a brace.
    """
    if path == "-":
        return None
    from .feeds import detect_format

    try:
        with open(path, "rb") as f:
            head = f.read(4096)
            if head[:2] == b"\x1f\x8b":
                import gzip

                f.seek(0)
                with gzip.GzipFile(fileobj=f) as gz:
                    head = gz.read(4096)
        fmt = detect_format(head)
    except (OSError, EOFError, WiretextError):
        return None
    if fmt == "ninjs" and not path.lower().removesuffix(".gz").endswith((".json", ".jsonl", ".ninjs")):
        return None
    return fmt
