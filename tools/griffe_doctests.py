"""A griffe extension for the API reference: docstring examples (``>>>`` runs and their output) shown as code.

The docstrings are Sphinx-style text with doctests in them; Markdown would
read ``[x for x in y]`` in an example as a link.  Each run of lines that
opens with ``>>>`` (its ``...`` lines and its output, up to a blank line)
is put in a ``pycon`` fence.  Used by mkdocs.yml (``extensions``).
"""

from __future__ import annotations

from typing import Any

import griffe


def fence_examples(text: str) -> str:
    """``text`` with each doctest block in a fenced code block."""
    out: list[str] = []
    block: list[str] = []
    for line in [*text.split("\n"), ""]:
        if block and line.strip():
            block.append(line)
            continue
        if block:
            indent = " " * (len(block[0]) - len(block[0].lstrip()))
            out.extend([f"{indent}```pycon", *block, f"{indent}```"])
            block = []
        if line.lstrip().startswith(">>>"):
            block.append(line)
        else:
            out.append(line)
    return "\n".join(out[:-1])


class DoctestFences(griffe.Extension):
    """Fence the examples of every docstring griffe reads."""

    def on_instance(self, *, node: Any, obj: griffe.Object, agent: Any, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence_examples(obj.docstring.value)
