"""What a fresh process's first parse of plain copy builds, and what it leaves for the texts that need it."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
import wiretext
from wiretext import noise, registry
wiretext.parse({text!r})
compiled = noise._compiled()
print(sorted(m for m in sys.modules if m.startswith("wiretext._wire") or m == "wiretext.wire"))
print(["_compiled" in p.__dict__ for p in (compiled.lines, compiled.no_breadcrumb, compiled.digit)])
print(registry._region_index.cache_info().currsize)
"""


def _first_parse(text: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", CODE.format(text=text)], capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


def test_plain_copy_loads_no_wire_reader_and_compiles_no_line_rule() -> None:
    wire, rules, regions = _first_parse("LAKEVIEW, March 4 (Reuters) - The ferry terminal opened on Monday.")
    assert wire == "['wiretext._wire_start']"
    assert rules == "[False, False, False]"
    assert regions == "0"  # a city without a region needs no region index


def test_a_transmission_and_a_region_load_what_they_need() -> None:
    text = "\x16\x16\x01A1234\x1fasian\nr a\x13\x11 BC-Ferry     01-02 0012\n\x02^BC-Ferry,12<\n^Advertisement<\n"
    text += "\t   KALAMAZOO, Mich. (AP) _ The ferry ran.\n\t   \x03AP-WF-01-02-99 1200GMT<\n\x04"
    wire, _, regions = _first_parse(text)
    assert "'wiretext.wire'" in wire
    assert "'wiretext._wire_anpa'" in wire
    assert regions == "1"


SHAPES = """
import wiretext
from wiretext import _dateline_compile as dc
article = wiretext.parse({text!r})
print(article.location.city if article.location else None)
print(sorted(k for k, f in dc._ASCII_SHAPE.items() if f.ready))
print(sorted(k for k, f in dc._EXACT_SHAPE.items() if f.ready and k in dc._GENERIC))
"""

# "DLR NOTE/COMMERCIAL": the credited shape's generic form takes a slash credit that its check refuses
HEAD = "HARBOUR SETS 100 MLN DLR NOTE/COMMERCIAL PAPER ISSUE\n    LAKEVIEW, March 2 - "


def _shapes(text: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", SHAPES.format(text=text)], capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


def test_a_failed_check_on_ascii_text_compiles_the_ascii_form_alone() -> None:
    # the ASCII form gives the exact pattern's match on ASCII text, in a third of its compile time
    city, ascii_forms, exact = _shapes(HEAD + "The harbour authority said on Monday.")
    assert city == "LAKEVIEW"
    assert ascii_forms == "['credited']"
    assert exact == "[]"


def test_a_failed_check_on_other_text_compiles_the_exact_pattern() -> None:
    city, ascii_forms, exact = _shapes(HEAD + "The harbour authority said on Monday at the café.")
    assert city == "LAKEVIEW"
    assert ascii_forms == "[]"
    assert exact == "['credited']"
