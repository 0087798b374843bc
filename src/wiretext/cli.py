"""The ``wiretext`` command: parse, explain and clean dispatches from files.

``wiretext parse PATH...`` reads files, folders, globs or standard input and
writes Articles as a table, JSON lines, JSON or CSV; ``wiretext explain FILE``
and ``wiretext clean FILE`` print :func:`wiretext.explain` and
:func:`wiretext.clean` of a file.  ``docs/cli.md`` describes the options.

This module holds the flags (:func:`build_parser`) and :func:`main`; the
commands are in :mod:`wiretext._cli_commands`, reading the inputs in
:mod:`wiretext._cli_input`, writing the results in :mod:`wiretext._cli_output`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from . import __version__
from ._cli_commands import CLEAN_REMOVES, _cmd_clean, _cmd_explain, _cmd_parse, clean_lines
from ._cli_input import _glob as _glob  # tests check the glob matcher through wiretext.cli
from ._cli_input import _stdin_closed
from ._cli_output import FIELDS, _isatty
from .display import visible

__all__ = ["CLEAN_REMOVES", "FIELDS", "build_parser", "clean_lines", "main"]


def _fields(value: str) -> list[str]:
    fields = [f.strip() for f in value.split(",") if f.strip()]
    unknown = [f for f in fields if f not in FIELDS]
    if unknown or not fields:
        raise argparse.ArgumentTypeError(
            f"unknown field {', '.join(map(repr, unknown)) or '(none given)'}; choose from {','.join(FIELDS)}"
        )
    return fields


def _date(value: str) -> dt.date | str:
    """``--reference-date``: an ISO date, ``today``, or ``mtime`` (kept as the word: read per file).

    >>> _date("2026-01-05"), _date("mtime"), _date("today") == dt.date.today()
    (datetime.date(2026, 1, 5), 'mtime', True)
    """
    if value == "mtime":
        return value
    if value == "today":
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD), 'today' or 'mtime': {value!r}") from e


_MAIN_HELP = """\
Parse, explain and clean news-agency dispatches from files.

examples:
  wiretext parse examples/                   every file below a folder, as a table
  wiretext parse feeds/ > articles.jsonl     JSON lines when the output is not a terminal
  cat story.txt | wiretext parse -           standard input
  wiretext explain story.txt                 where every character went
  wiretext clean story.txt                   the repaired text only

Run "wiretext COMMAND --help" for the options and examples of a command.
"""


_PARSE_HELP = """\
Parse dispatches into Articles.

A feed file (NITF, NewsML-G2, NewsML 1.2, ninjs .json, Gigaword SGML, RCV1;
gzipped or not) gives one record per text item, with its source_id; its
encoding column reads feed:FORMAT.  Items with no text (packages, pictures)
are listed on standard error; a broken document of an archive is reported
there and skipped, and the exit status is then 1.

PATH is a file, a folder (read recursively; hidden files are skipped), a
glob (quote it: 'feeds/**/*.txt'), or - for standard input (read without
- when it is a pipe).  Bytes are decoded as UTF-8, else in the encoding
charset-normalizer detects (the cli extra; ftfy's guess without it): cp1251,
Shift-JIS, UTF-16 without a byte-order mark, Latin-1...; a file not in
UTF-8 gets a note of kind "encoding".  A binary file (an executable, an
image, an archive) is refused.  A file that cannot be read is reported on
standard error and skipped; the exit status is then 1.
"""


_PARSE_EXAMPLES = """\
formats:
  table   aligned fields for people (the default on a terminal)
  jsonl   one JSON object a line: path, encoding and Article.to_dict()
          (the default when the output is a pipe or a file)
  json    one JSON array of the same objects
  csv     a header, then one row a file (columns: --fields, or path and the main fields);
          a cell starting with = + - @ tab or CR gets a ' before it (--csv-raw: as it is)

examples:
  wiretext parse examples/
  wiretext parse story.txt --reference-date 2026-01-05
  wiretext parse 'feeds/**/*.txt' --format csv --fields path,headline,agency,date
  cat story.txt | wiretext parse - --format json
  wiretext parse feeds/ > articles.jsonl
  wiretext parse newsml/item.xml 'gigaword/*.gz' --fields path,source_id,headline
"""


_CLEAN_HELP = """\
Print the text of FILE repaired, with its lines and paragraphs as they are:
mojibake repaired (CafÃ© -> Café) and entity debris decoded (&amp; -> &),
C0 control codes and wire transmission codes removed (SOH, STX, ETX, the
ANPA and IPTC 7901 heading, slug and end-of-line codes, the time stamp after
ETX), line breaks made LF, trailing blanks and runs of blank lines trimmed.

Unlike parse, clean takes nothing else out and finds no fields: the
dateline, byline, sign-off, rights line and page text all stay, and each
line stays a line (wiretext.clean() in Python joins each paragraph's lines
into one).  Use it to read or diff copy; use parse for its fields and body.
"""


def _formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=30)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose error line shows control characters of the arguments escaped."""

    def error(self, message: str) -> NoReturn:
        super().error(visible(message))


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of the ``wiretext`` command.

    >>> build_parser().parse_args(["parse", "a.txt", "--format", "json"]).format
    'json'
    >>> build_parser().parse_args(["parse", "-", "--fields", "path,city"]).fields
    ['path', 'city']
    """
    p = _Parser(prog="wiretext", description=_MAIN_HELP, formatter_class=_formatter)
    p.add_argument("--version", action="version", version=f"wiretext {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    pp = sub.add_parser(
        "parse",
        help="parse dispatches into Articles",
        description=_PARSE_HELP,
        epilog=_PARSE_EXAMPLES,
        formatter_class=_formatter,
    )
    pp.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files, folders, globs, or - for standard input (the default when it is a pipe)",
    )
    pp.add_argument(
        "--format",
        choices=("table", "jsonl", "json", "csv"),
        help="output format (default: table on a terminal, else jsonl)",
    )
    pp.add_argument(
        "--reference-date",
        type=_date,
        metavar="DATE",
        help="when the copy was fetched (YYYY-MM-DD, today, or mtime: each file's modification date): gives the"
        " year to datelines that have none",
    )
    pp.add_argument(
        "--fields",
        type=_fields,
        metavar="F1,F2,...",
        help=f"only these fields, flat, in this order (any format); from: {', '.join(FIELDS)}",
    )
    pp.add_argument(
        "--html",
        action="store_true",
        help="read the inputs as web pages with parse_html (the default for .html and .htm files; needs the"
        " html extra)",
    )
    pp.add_argument("--url", metavar="URL", help="the address the pages were fetched from (with --html or .html files)")
    records = pp.add_argument_group(
        "records",
        "a scraper's export: JSON lines (.jsonl, .json, .ndjson), CSV (.csv) or TSV (.tsv), gzipped or not;"
        " standard input is JSON lines when it opens with {, else CSV",
    )
    records.add_argument(
        "--text-field",
        metavar="NAME",
        help="read every input as records and parse the text of this field (or CSV column) of each",
    )
    records.add_argument(
        "--id-field", metavar="NAME", help="the record's id, written as the Article's source_id"
    )
    records.add_argument(
        "--date-field",
        metavar="NAME",
        help="the record's own fetch date (ISO date or date-time): its reference date, written as reference_date",
    )
    pp.add_argument(
        "--csv-raw",
        action="store_true",
        help="CSV: write cells as they are; by default a cell starting with = + - @ tab or CR gets a ' "
        "before it, so that a spreadsheet does not run it as a formula",
    )
    pp.set_defaults(func=_cmd_parse)
    for name, func, summary, example in (
        (
            "explain",
            _cmd_explain,
            "show which field or rule every part of a file went to",
            "example:\n  wiretext explain story.txt\n\n"
            "Each line: the line number, the label (a field such as headline or body, or\n"
            "the rule that removed the text, such as pipe-line or sign-off), the text.",
        ),
        (
            "clean",
            _cmd_clean,
            "print the text repaired: mojibake fixed, control and wire codes out, lines kept",
            "example:\n  wiretext clean story.txt > story.clean.txt",
        ),
    ):
        sp = sub.add_parser(
            name,
            help=summary,
            description=_CLEAN_HELP if name == "clean" else summary,
            epilog=example,
            formatter_class=_formatter,
        )
        sp.add_argument("path", metavar="FILE", help="a file, or - for standard input")
        if name == "explain":
            sp.add_argument(
                "--reference-date",
                type=_date,
                metavar="DATE",
                help="when the copy was fetched (YYYY-MM-DD, today, or mtime: the file's modification date):"
                " gives the year to datelines that have none",
            )
        sp.set_defaults(func=func)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 a file failed, 2 usage or no standard input).

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "story.txt"
    >>> _ = path.write_text("PARIS (AFP) - Rain fell.")
    >>> main(["parse", str(path), "--format", "csv", "--fields", "agency,city"])
    agency,city
    AFP,PARIS
    0
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "parse":
        if args.text_field is None and (args.id_field or args.date_field):
            parser.error("--id-field and --date-field need --text-field")
        if not args.paths:  # "cat story.txt | wiretext parse"
            if not _stdin_closed() and _isatty(sys.stdin):
                parser.error("no PATH given (and standard input is a terminal, not a pipe)")
            args.paths = ["-"]
    if "-" in getattr(args, "paths", [getattr(args, "path", None)]) and _stdin_closed():
        print("wiretext: -: standard input is closed", file=sys.stderr)
        return 2
    try:
        status: int = args.func(args)
    except BrokenPipeError:
        # The reader went away (``wiretext parse feeds/ | head``): stop quietly.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 1
    except KeyboardInterrupt:
        return 130
    return status
