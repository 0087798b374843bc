"""Coverage-guided fuzzing of parse, explain and parse_dateline with atheris.

Run (documented in docs/robustness.md)::

    pip install atheris
    python fuzz/fuzz_parse.py fuzz/corpus -max_total_time=600 -timeout=10 -rss_limit_mb=2048

The harness checks more than "no crash": parse returns an Article whose
body is its paragraphs joined, explain's segments partition the input, and
only TypeError/WiretextError may ever be raised (none is, for a str).
A slow input (over ``-timeout`` seconds) counts as a hang.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import wiretext


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    text = fdp.ConsumeUnicodeNoSurrogates(len(data)) if fdp.ConsumeBool() else data.decode("utf-8", "replace")
    article = wiretext.parse(text)
    assert article.body == "\n\n".join(article.paragraphs)
    segments = wiretext.explain(text)
    assert "".join(s.text for s in segments) == text
    wiretext.parse_dateline(text)


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
