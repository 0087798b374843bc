"""The ``wiretext`` commands: ``parse``, ``explain`` and ``clean``, run on parsed arguments.

Each ``_cmd_*`` takes the arguments :func:`wiretext.cli.build_parser` made
and returns the exit status: ``parse`` sends each file, feed item or record
through :func:`wiretext.parse` to the writer; ``explain`` and ``clean`` print
:func:`wiretext.explain` and :func:`clean_lines` of one file.  Finding and
reading the inputs is :mod:`wiretext._cli_input`'s; writing the results,
:mod:`wiretext._cli_output`'s; the flags and ``main``, :mod:`wiretext.cli`'s.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import re
import shutil
import sys
from collections.abc import Iterator
from typing import IO

import attrs

from ._bytes import NotText, encoding_of
from ._cli_input import _feed_format, _open_records, _paths, _read, _read_page, _reference, _with_encoding
from ._cli_output import _Emit, _emitter, _isatty, _message, _Output
from ._records import kind_of, records
from .display import shorten, visible
from .errors import WiretextError
from .model import Article
from .normalize import repair
from .pipeline import explain, parse


def _cmd_parse(args: argparse.Namespace) -> int:
    fields: list[str] | None = args.fields
    fmt = args.format or ("table" if _isatty(sys.stdout) else "jsonl")
    # The terminal's width, capped for reading; a fixed width in a pipe.
    width = min(shutil.get_terminal_size((100, 24)).columns, 120) if _isatty(sys.stdout) else 100
    paths = list(_paths(args.paths))
    output = _Output(len(paths), records=args.text_field is not None)
    emit = _emitter(fmt, fields, width, output, args.csv_raw, _record_columns(args))
    try:
        for path, problem in paths:
            if problem is not None:
                output.problem(path, problem)
                continue
            if args.text_field is not None:
                _parse_records(path, args, output, emit)
                continue
            feed = _feed_format(path)
            if feed is not None:
                try:
                    for article in _feed_articles(path, _reference(args, path), output):
                        emit(path, f"feed:{feed}", article)
                except OSError as e:
                    output.problem(path, e.strerror or str(e))
                except (ImportError, WiretextError) as e:
                    output.problem(path, str(e))
                finally:
                    output.step()
                continue
            try:
                if args.html or path.lower().endswith((".html", ".htm")):
                    article, encoding = _read_page(path, args)
                else:
                    text, encoding = _read(path)
                    article = _with_encoding(parse(text, reference_date=_reference(args, path)), encoding)
            except ImportError as e:  # parse_html without the html extra
                output.problem(path, str(e))
                continue
            except OSError as e:
                output.problem(path, e.strerror or str(e))
                continue
            except (UnicodeDecodeError, NotText, WiretextError) as e:
                output.problem(path, str(e))
                continue
            finally:
                output.step()
            emit(path, encoding, article)
    finally:
        output.close()
        emit.close()
    return 1 if output.failed else 0


def _record_columns(args: argparse.Namespace) -> list[str]:
    """The columns a record adds before the Article's in CSV and JSON: its line, id and reference date."""
    if args.text_field is None:
        return []
    return [
        "line",
        *(["source_id"] if args.id_field else []),
        *(["reference_date"] if args.date_field else []),
    ]


def _parse_records(path: str, args: argparse.Namespace, output: _Output, emit: _Emit) -> None:
    """Parse each record of a JSON lines or CSV file in order; report those that give no Article."""
    with contextlib.ExitStack() as files:
        try:
            stream, head = _open_records(path, files)
        except (OSError, EOFError) as e:
            output.problem(path, getattr(e, "strerror", None) or str(e))
            return
        _parse_stream(path, stream, head, args, output, emit)


def _parse_stream(
    path: str, stream: IO[bytes], head: bytes, args: argparse.Namespace, output: _Output, emit: _Emit
) -> None:
    try:
        encoding = encoding_of(head)
        kind = kind_of(path, head)
        found = records(stream, kind, args.text_field, args.id_field, args.date_field, _reference(args, path), encoding)
        for record in found:
            output.step()
            where = f"{path}:{record.line}"
            if record.text is None:
                output.problem(where, record.problem or "no text")
                continue
            try:
                article = parse(record.text, reference_date=record.reference_date)
            except WiretextError as e:
                output.problem(where, str(e))
                continue
            if record.source_id is not None:
                article = attrs.evolve(article, source_id=record.source_id)
            extra = {"line": record.line, "reference_date": record.reference_date}
            emit(path, encoding, _with_encoding(article, encoding), extra)
    except (OSError, EOFError) as e:  # a file cut short, a broken gzip stream
        output.problem(path, getattr(e, "strerror", None) or str(e))
    except NotText as e:
        output.problem(path, str(e))


def _feed_articles(path: str, reference_date: dt.date | None, output: _Output) -> Iterator[Article]:
    """Each text item of a feed file; items without text and broken archive documents go to stderr."""
    from .feeds import Skipped, iter_feed

    def skipped(s: Skipped) -> None:
        where = f"{path} [{s.source_id}]" if s.source_id else path
        if s.reason in ("malformed", "too-large"):
            output.problem(where, f"skipped: {s.message}")
        else:
            output.note(where, f"no Article: {s.message}")

    yield from iter_feed(path, reference_date=reference_date, on_skip=skipped)


def _read_one(path: str) -> str | None:
    try:
        return _read(path)[0]
    except OSError as e:
        print(_message(path, e.strerror or str(e)), file=sys.stderr)
    except (UnicodeDecodeError, NotText) as e:
        print(_message(path, str(e)), file=sys.stderr)
    return None


def _cmd_explain(args: argparse.Namespace) -> int:
    text = _read_one(args.path)
    if text is None:
        return 1
    try:
        segments = explain(text, reference_date=_reference(args, args.path))
    except WiretextError as e:
        print(_message(args.path, str(e)), file=sys.stderr)
        return 1
    for seg in segments:
        if seg.label == "space":
            continue
        line = text.count("\n", 0, seg.start) + 1
        print(f"{line:5d}  {seg.label:22s} {visible(shorten(seg.text.strip().replace(chr(10), '⏎'), 70))}")
    return 0


#: The labels of :func:`wiretext.explain` that ``wiretext clean`` takes out: control codes and transmission codes.
CLEAN_REMOVES = ("control-character", "wire-control", "wire-header", "wire-slug", "wire-marker", "wire-trailer")


_BLANK_RUNS = re.compile(r"\n(?:[ \t]*\n)+")


def clean_lines(text: str) -> str:
    r"""What ``wiretext clean`` prints: ``text`` repaired, its control and wire codes out, its lines kept.

    Mojibake and entity debris are repaired (:func:`wiretext.normalize.repair`);
    what :func:`wiretext.explain` labels as a C0 control code or a wire
    transmission code (:data:`CLEAN_REMOVES`) is taken out; line breaks are
    made ``\n``, trailing blanks go, runs of blank lines become one.  Every
    other character stays where it was: the dateline, the sign-off, the
    rights line and page text too.

    >>> print(clean_lines("\x01eca001 4 i 120  dpa 0001\r\n\r\nEurope-weather/\r\n\x02Storm closes ports =\r\n\r\n"
    ...     "   Kiel (dpa) - Caf\u00c3\u00a9s\x07 stayed shut\r\n   on Tuesday.\r\n\r\n\r\n   Ferries too.\r\n\r\n"
    ...     "dpa abc xy\r\n\x03101200 GMT Jan 10\r\n\x04"))
    Storm closes ports
    <BLANKLINE>
       Kiel (dpa) - Cafés stayed shut
       on Tuesday.
    <BLANKLINE>
       Ferries too.
    """
    text = repair(text)
    kept = "".join(seg.text for seg in explain(text) if seg.label not in CLEAN_REMOVES)
    lines = [line.rstrip() for line in kept.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")


def _cmd_clean(args: argparse.Namespace) -> int:
    text = _read_one(args.path)
    if text is None:
        return 1
    try:
        out = clean_lines(text)
    except WiretextError as e:
        print(_message(args.path, str(e)), file=sys.stderr)
        return 1
    if _isatty(sys.stdout):  # for people: shown as visible() shows it; the text itself in a pipe or file
        out = "\n".join(map(visible, out.split("\n")))
    print(out)
    return 0
