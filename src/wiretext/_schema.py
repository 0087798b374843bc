"""The JSON Schema of ``Article.to_dict()``, generated from the attrs classes of :mod:`wiretext.model`.

The schema (JSON Schema draft 2020-12) describes what ``Article.to_dict()``
returns, and what ``Article.from_dict()`` accepts: every dict it accepts is
valid (``tests/property/test_data.py`` checks it).  It is derived from the
classes' fields and type annotations, so a new field or a changed type
changes the schema; ``Note.kind`` is an enum of the kinds in
:data:`wiretext.data.notes.NOTE_KINDS`.  ``tools/gen_schema.py`` writes it to
``docs/schema/article.schema.json`` and ``tests/test_schema.py`` checks that
the file is current.

>>> s = schema()
>>> s["title"], s["$defs"]["Location"]["required"]
('Article', ['city', 'region', 'country', 'country_code'])
>>> "pipe-line" in s["$defs"]["Note"]["properties"]["kind"]["enum"]
True
"""

from __future__ import annotations

import ast
import copy
import datetime as dt
import functools
import inspect
import itertools
import json
import types
import typing
from typing import Any

import attrs

from . import model
from .data.notes import NOTE_KINDS

__all__ = ["build_schema", "render", "schema"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"

JSON = dict[str, Any]

# The only places where to_dict() writes a value in another shape than its
# type: a tuple of pairs written as a list of objects.  Key: (class, field);
# value: the object's keys, one per element of the pair.
AS_OBJECTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("Article", "credits"): ("role", "names"),
}

# Values a field may take beyond its type: note kinds are a closed list.
ENUMS: dict[tuple[str, str], JSON] = {
    ("Note", "kind"): {"enum": sorted(NOTE_KINDS)},
    ("Dateline", "month"): {"minimum": 1, "maximum": 12},
    ("Dateline", "day"): {"minimum": 1, "maximum": 31},
}

# What from_dict() accepts beyond what to_dict() writes.  Keys of the
# caller's own may stand beside an Article's (the command's "path" and
# "encoding", parse_bag's ``keep`` keys): the Article object is open.  And
# the fields added last may be absent (from_dict fills in their defaults).
# Every other object is closed, and from_dict rejects an unknown key in it.
OPEN_CLASSES = frozenset({"Article"})
# (source_id: JSON written before feeds were read has none)
# (Dateline month and day: JSON written before 0.2 has none; they are then the date's)
MAY_BE_ABSENT = frozenset(
    {
        ("Article", "authors"),
        ("Article", "credits"),
        ("Article", "source_id"),
        ("Dateline", "month"),
        ("Dateline", "day"),
    }
)

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
    tree = ast.parse(inspect.getsource(model))
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
        schema["properties"] = {
            f.name: {**self.type_(hints[f.name], (name, f.name)), **ENUMS.get((name, f.name), {})} for f in fields
        }
        # to_dict() writes every field, defaulted or not.
        schema["required"] = [f.name for f in fields if (name, f.name) not in MAY_BE_ABSENT]
        schema["additionalProperties"] = name in OPEN_CLASSES
        return schema


def build_schema() -> JSON:
    """The JSON Schema of ``Article.to_dict()``, derived from wiretext.model and the note kinds' table."""
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
    """The schema file's text (``docs/schema/article.schema.json``): sorted definitions, two-space indent."""
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


@functools.cache
def _cached() -> JSON:
    return build_schema()


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``Article.to_dict()``, as a new dict each call.

    Generated from the model at run time, so it always matches the installed
    version; ``Note.kind`` is an enum of every note kind (see
    :data:`wiretext.data.notes.NOTE_KINDS`).

    >>> import wiretext
    >>> s = wiretext.schema()
    >>> s["$schema"], sorted(s["properties"])[:3]
    ('https://json-schema.org/draft/2020-12/schema', ['agencies', 'agency', 'authors'])
    """
    return copy.deepcopy(_cached())
