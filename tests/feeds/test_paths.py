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
    pieces = [" ", "  ", "\n", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x01", "\x7f", "\xa0", "\u2009", "\u3000",
              "\x85", "a", "B", ".", ""]  # fmt: skip
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert squashed(text) == (" ".join(text.split()) or None), repr(text)


def _as_expat_writes(elem: ET.Element) -> ET.Element:
    """A copy of ``elem`` with its namespace written ``uri}name``, as ``_xml.fromstring`` writes it."""
    copy = ET.Element(elem.tag.lstrip("{"))
    copy.extend(_as_expat_writes(child) for child in elem)
    return copy


def test_paths_find_the_same_in_a_namespace_written_as_expat_writes_it() -> None:
    rng = random.Random(4)
    plain = [path for path in PATHS if "*" not in path and "//" not in path.lstrip(".") and path != "."]
    for _ in range(500):
        root = tree(rng, "{urn:x}")
        ours = _as_expat_writes(root)
        p, q = Paths.of(root), Paths.of(ours)
        assert q.ns == "urn:x}"
        pairs = dict(zip(root.iter(), ours.iter(), strict=True))
        for start in root.iter():
            for path in plain:
                found = p.find(start, path)
                assert q.find(pairs[start], path) is (None if found is None else pairs[found]), path
                assert q.findall(pairs[start], path) == [pairs[e] for e in p.findall(start, path)], path
    with pytest.raises(ValueError, match="plain names"):
        Paths("urn:x}").find(ET.Element("urn:x}a"), "*/b")


def test_fromstring_writes_a_namespace_as_expat_does_and_readers_find_it() -> None:
    from wiretext.feeds import _xml

    root = _xml.fromstring(b'<a xmlns="urn:x"><b xmlns:y="urn:y" y:z="1" w="2"><c>hi</c></b></a>')
    assert root.tag == "urn:x}a" and _xml.local(root.tag) == "a"
    b = Paths.of(root).find(root, "b")
    assert b is not None and b.attrib == {"urn:y}z": "1", "w": "2"}
    assert Paths.of(root).text(root, "b/c") == "hi"


def _body(rng: random.Random, ns: str, depth: int = 0) -> ET.Element:
    elem = ET.Element(ns + rng.choice(["p", "P", "b", "div", "hl2", "media", "li", "span"]))
    elem.text = rng.choice([None, "", " ", "\n", "Rain  fell.", " Snow\n", "Wind"])
    if depth < 3 and rng.random() < 0.4:
        elem.extend(_body(rng, ns, depth + 1) for _ in range(rng.randint(1, 3)))
    elem.tail = rng.choice([None, None, "", "\n", " Loose text. "])
    return elem


@pytest.mark.parametrize("ns", ["", "{urn:x}", "urn:x}"])
def test_block_paragraphs_reads_a_body_of_paragraphs_as_the_walk_does(ns: str) -> None:
    from wiretext.feeds._item import _walked, block_paragraphs

    rng = random.Random(6)
    leaf_bodies = 0
    for _ in range(3000):
        container = ET.Element(ns + "body.content")
        container.text = rng.choice([None, "\n", "Lead. "])
        leaves = rng.random() < 0.5
        for _ in range(rng.randint(0, 6)):
            child = _body(rng, ns, 3 if leaves else 0)
            if leaves:
                child.tail = rng.choice([None, "\n", " "])
            container.append(child)
        leaf_bodies += leaves
        assert block_paragraphs(container) == _walked(container), ET.tostring(container)
    assert leaf_bodies > 1000
