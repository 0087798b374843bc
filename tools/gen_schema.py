"""Generate docs/schema/article.schema.json from the attrs classes in wiretext.model.

The schema (JSON Schema draft 2020-12) describes what ``Article.to_dict()``
returns, and what ``Article.from_dict()`` accepts: every dict it accepts is
valid (``tests/property/test_data.py`` checks it).  It is derived from the
classes' fields and type annotations, so a new field or a changed type
changes the schema; ``tests/test_schema.py`` fails when the committed file
differs from what this script writes.

    python tools/gen_schema.py            # rewrite the file
    python tools/gen_schema.py --check    # exit 1 when it is stale
"""

from __future__ import annotations

import ast
import datetime as dt
import inspect
import itertools
import json
import sys
import types
import typing
from pathlib import Path
from typing import Any

import attrs

from wiretext import model

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "docs" / "schema" / "article.schema.json"
DIALECT = "https://json-schema.org/draft/2020-12/schema"

JSON = dict[str, Any]

# The only places where to_dict() writes a value in another shape than its
# type: a tuple of pairs written as a list of objects.  Key: (class, field);
# value: the object's keys, one per element of the pair.
AS_OBJECTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("Article", "credits"): ("role", "names"),
}

# What from_dict() accepts beyond what to_dict() writes.  Keys of the
# caller's own may stand beside an Article's (the command's "path" and
# "encoding", parse_bag's ``keep`` keys): the Article object is open.  And
# the fields added last may be absent (from_dict fills in their defaults).
# Every other object is closed, and from_dict rejects an unknown key in it.
OPEN_CLASSES = frozenset({"Article"})
# (source_id: JSON written before feeds were read has none)
MAY_BE_ABSENT = frozenset({("Article", "authors"), ("Article", "credits"), ("Article", "source_id")})

_SCALARS: dict[object, JSON] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    bool: {"type": "boolean"},
    dt.date: {"type": "string", "format": "date"},
}


def _doc(obj: object) -> str:
    """The first paragraph of a docstring, on one line."""
    doc = inspect.getdoc(obj) or ""
    return " ".join(doc.split("\n\n")[0].split()).replace("``", "`")


def _alias_doc(name: str) -> str:
    """The docstring written under a module-level alias (``Span = ...``) in model.py."""
    tree = ast.parse(Path(inspect.getfile(model)).read_text(encoding="utf-8"))
    body = tree.body
    for node, after in itertools.pairwise(body):
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            return " ".join(after.value.value.split()).replace("``", "`")
    raise LookupError(f"no docstring under {name} in {model.__name__}")


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, JSON] = {}

    def ref(self, name: str) -> JSON:
        return {"$ref": f"#/$defs/{name}"}

    def span(self) -> JSON:
        if "Span" not in self.defs:
            index = {"type": "integer", "minimum": 0}
            self.defs["Span"] = {
                "description": _alias_doc("Span"),
                "type": "array",
                "prefixItems": [index, index],
                "items": False,
                "minItems": 2,
            }
        return self.ref("Span")

    def type_(self, hint: Any, where: tuple[str, str]) -> JSON:
        origin = typing.get_origin(hint)
        args = typing.get_args(hint)
        if origin in (typing.Union, types.UnionType):
            options = [a for a in args if a is not type(None)]
            if len(options) != 1:
                raise TypeError(f"{where}: only `X | None` unions are supported, not {hint}")
            inner = self.type_(options[0], where)
            if set(inner) == {"type"} or set(inner) == {"type", "format"}:
                return {**inner, "type": [inner["type"], "null"]}
            return {"anyOf": [inner, {"type": "null"}]}
        if hint == model.Span:
            return self.span()
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                return {"type": "array", "items": self.type_(args[0], where)}
            keys = AS_OBJECTS.get(where)
            if keys is None or len(keys) != len(args):
                raise TypeError(f"{where}: no JSON shape for the fixed tuple {hint}")
            return {
                "type": "object",
                "properties": {k: self.type_(a, where) for k, a in zip(keys, args, strict=True)},
                "required": list(keys),
                "additionalProperties": False,
            }
        if attrs.has(hint):
            self.add(hint)
            return self.ref(hint.__name__)
        if hint in _SCALARS:
            return dict(_SCALARS[hint])
        raise TypeError(f"{where}: no JSON shape for {hint!r}")

    def add(self, cls: type) -> JSON:
        name = cls.__name__
        if name in self.defs:
            return self.defs[name]
        schema: JSON = {"description": _doc(cls), "type": "object"}
        self.defs[name] = schema  # before the fields: a class may refer to itself
        hints = typing.get_type_hints(cls)
        fields = attrs.fields(cls)
        schema["properties"] = {f.name: self.type_(hints[f.name], (name, f.name)) for f in fields}
        # to_dict() writes every field, defaulted or not.
        schema["required"] = [f.name for f in fields if (name, f.name) not in MAY_BE_ABSENT]
        schema["additionalProperties"] = name in OPEN_CLASSES
        return schema


def build_schema() -> JSON:
    """The JSON Schema of ``Article.to_dict()``, derived from wiretext.model."""
    builder = _Builder()
    top = builder.add(model.Article)
    del builder.defs["Article"]
    return {
        "$schema": DIALECT,
        "title": "Article",
        **top,
        "$defs": dict(sorted(builder.defs.items())),
    }


def render() -> str:
    """The schema file's text: sorted definitions, two-space indent, a final newline."""
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _generated import run

    return run(__doc__, render, OUTPUT, argv, "schema")


if __name__ == "__main__":
    sys.exit(main())
