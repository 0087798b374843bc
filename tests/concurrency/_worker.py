"""Run in a fresh process: the first calls come from eight threads at once, then warm ones.

Prints one JSON line: the number of calls made and every disagreement with a
serial run of the same calls (an exception in a thread counts as one).
Each name of ``wiretext.__all__`` that turns text into something is called:
``parse``, ``explain``, ``clean``, ``render`` and, when its extra is
installed, ``parse_html``.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

THREADS = 8


def _calls(texts: list[str]) -> list[tuple[str, Callable[[], Any]]]:
    import wiretext

    calls: list[tuple[str, Callable[[], Any]]] = []
    for i, text in enumerate(texts):
        calls.append((f"parse {i}", lambda t=text: wiretext.parse(t)))
        calls.append((f"explain {i}", lambda t=text: wiretext.explain(t)))
        calls.append((f"clean {i}", lambda t=text: wiretext.clean(t)))
        calls.append((f"render {i}", lambda t=text: wiretext.render(wiretext.parse(t))))
    parse_html = getattr(wiretext, "parse_html", None)
    if parse_html is not None:
        page = "<html><head><title>{}</title></head><body><article><p>{}</p></article></body></html>"
        for i, text in enumerate(texts):
            html = page.format(text.split("\n", 1)[0], text.replace("\n", "</p><p>"))
            calls.append((f"parse_html {i}", lambda h=html: _html_or_skip(parse_html, h)))
    return calls


def _html_or_skip(parse_html: Callable[[str], Any], html: str) -> Any:
    try:
        return parse_html(html)
    except ImportError:  # the [html] extra is not installed: nothing to compare
        return None


def _threaded(calls: list[tuple[str, Callable[[], Any]]]) -> dict[str, Any]:
    """Every call, spread over THREADS threads that start at the same moment."""
    results: dict[str, Any] = {}
    barrier = threading.Barrier(THREADS)

    def work(share: list[tuple[str, Callable[[], Any]]]) -> None:
        barrier.wait()
        for name, call in share:
            try:
                results[name] = call()
            except Exception as e:  # reported, not raised: the parent compares
                results[name] = f"raised {type(e).__name__}: {e}"[:300]

    threads = [threading.Thread(target=work, args=(calls[k::THREADS],)) for k in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def main() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
    calls = _calls(texts)
    cold = _threaded(calls)  # the first calls of the process
    warm = _threaded(calls)
    serial = {name: call() for name, call in calls}
    wrong = [f"{run} {name}" for run, got in (("cold", cold), ("warm", warm)) for name in serial if got.get(name) != serial[name]]
    print(json.dumps({"calls": len(calls), "wrong": wrong}))


if __name__ == "__main__":
    main()
