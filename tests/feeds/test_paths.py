"""The readers' element look-ups (``Paths``) find what ElementPath finds.

``Paths.find``/``findall`` walk the children themselves for paths of plain
names (optionally after a leading ``.//``) rather than run ElementPath; on
random trees with repeated and nested names, with and without a
namespace, they must give the very same elements in the same order.
"""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET

import pytest

from wiretext.feeds._item import Paths, squashed

NAMES = ["a", "b", "c", "d.e", "f-g"]
PATHS = [
    "a",
    "b",
    "a/b",
    "a/b/c",
    ".//a",
    ".//a/b",
    ".//d.e/c",
    "a/d.e/b",
    ".//f-g/a/b",
    "d.e",
    ".",
    ".//*",
    "*/b",
    "a//b",
]


def tree(rng: random.Random, ns: str, depth: int = 0) -> ET.Element:
    elem = ET.Element(ns + rng.choice(NAMES))
    if depth < 5:
        elem.extend(tree(rng, ns, depth + 1) for _ in range(rng.randint(0, 4)))
    return elem


@pytest.mark.parametrize("ns", ["", "{urn:x}"])
def test_paths_find_what_elementpath_finds(ns: str) -> None:
    rng = random.Random(3)
    p = Paths(ns)
    for _ in range(1500):
        root = tree(rng, ns)
        start = rng.choice(list(root.iter()))
        for path in PATHS:
            qualified = p.path(path)
            assert p.find(start, path) is start.find(qualified), (path, ET.tostring(root))
            ours, theirs = p.findall(start, path), start.findall(qualified)
            assert len(ours) == len(theirs) and all(x is y for x, y in zip(ours, theirs, strict=True)), path


def test_squashed_is_split_and_join() -> None:
    rng = random.Random(5)
    pieces = [" ", "  ", "\n", "\t", "\xa0", "\u2009", "\u3000", "\x85", "a", "B", ".", ""]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert squashed(text) == (" ".join(text.split()) or None), repr(text)
