"""What `docker_engine/_operations.py` shows: the operation table of the emitted command line.

One row per operation (docs name, API, client attribute, Python method, what it sends and
returns) with one row per parameter (wire and Python names, location, type, required,
default, description, list-taking). The CLI (`templates/runtime/cli.py`) reads only this
table and calls the generated API methods; it never builds a request itself.

Every value is rendered here as a Python literal black leaves alone, so the template only
loops.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .docs_view import camel_name, data_type, java_sort_key
from .ir import Api, Operation, Parameter, Spec, TypeRef

# Registry credentials are required on the wire, but the client finds them when not given.
_OPTIONAL_ENCODINGS = frozenset({"registry-auth", "registry-config"})


@dataclass(frozen=True)
class Field:
    name: str
    literal: str  # Python source


@dataclass(frozen=True)
class ParamRow:
    fields: list[Field]


@dataclass(frozen=True)
class OperationRow:
    fields: list[Field]
    params: list[ParamRow]


@dataclass(frozen=True)
class OperationsView:
    version: str
    operations: list[OperationRow]


def literal(value: object) -> str:
    """A Python literal as black writes it: double-quoted, every control character escaped."""
    if isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)  # JSON escapes are Python escapes too
        # Lone surrogates cannot be written as UTF-8: spell them as escapes.
        return "".join(f"\\u{ord(c):04x}" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    if value is None or isinstance(value, (bool, int)):
        return repr(value)
    if isinstance(value, float):
        return repr(value) if value == value and value not in (float("inf"), float("-inf")) else f'float("{value}")'
    if isinstance(value, (list, tuple)):
        items = [literal(v) for v in value]
        if isinstance(value, tuple):
            return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
        return "[" + ", ".join(items) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(str(k))}: {literal(v)}" for k, v in value.items()) + "}"
    return literal(str(value))


def _kind(t: TypeRef) -> str:
    """The conversion the CLI applies to a string value."""
    return t.kind


def _item_kind(t: TypeRef) -> str | None:
    return t.item.kind if t.kind in ("array", "map") and t.item is not None else None


def _param_row(p: Parameter) -> ParamRow:
    required = p.required and p.encoding not in _OPTIONAL_ENCODINGS
    multiple = p.accepts_list or p.encoding in ("multi", "csv", "ssv", "tsv", "pipes") or (
        p.encoding == "json" and p.value_type.kind == "array"
    )
    values = [
        ("wire", p.wire_name),
        ("python", p.python_name),
        ("location", p.location),
        ("type", data_type(p.type)),
        ("kind", _kind(p.value_type)),
        ("item", _item_kind(p.value_type)),
        ("encoding", p.encoding),
        ("required", required),
        ("has_default", p.has_default),
        ("default", p.default if p.has_default else None),
        ("multiple", multiple),
        ("enum", tuple(p.enum) if p.enum else None),
        ("description", (p.description or "").strip()),
    ]
    return ParamRow([Field(name, literal(value)) for name, value in values])


def _operation_row(api: Api, op: Operation) -> OperationRow:
    ordered = [p for p in op.parameters if p.required] + [p for p in op.parameters if not p.required]
    result = op.result
    values = [
        ("name", camel_name(op.operation_id)),
        ("api", api.class_name),
        ("attribute", api.attribute),
        ("method", op.python_name),
        ("http", f"{op.method} {op.path}"),
        ("summary", (op.summary or "").strip()),
        ("body", op.body_kind),
        ("response", op.response_kind),
        ("progress", op.response_kind == "json-lines" and result is not None and result.name == "JsonMessage"),
        ("deprecated", op.deprecated),
    ]
    return OperationRow([Field(name, literal(value)) for name, value in values], [_param_row(p) for p in ordered])


def operations_view(spec: Spec) -> OperationsView:
    """Operations sorted by API class then docs name, as the docs list them."""
    rows: list[tuple[list[int], list[int], OperationRow]] = []
    for api in spec.apis:
        for op in api.operations:
            rows.append((java_sort_key(api.class_name), java_sort_key(camel_name(op.operation_id)), _operation_row(api, op)))
    rows.sort(key=lambda r: (r[0], r[1]))
    return OperationsView(spec.version, [r[2] for r in rows])
