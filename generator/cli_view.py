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
import re
from dataclasses import dataclass

from .docs_view import camel_name, data_type, java_sort_key
from .ir import Api, Operation, Parameter, Spec, TypeRef

# Registry credentials are required on the wire, but the client finds them when not given.
_OPTIONAL_ENCODINGS = frozenset({"registry-auth", "registry-config"})


LINE_LENGTH = 88
_OP_INDENT = 8
_PARAM_INDENT = 16


@dataclass(frozen=True)
class Field:
    name: str
    source: str  # the `name=value,` line(s), indented, as black lays them out


@dataclass(frozen=True)
class ParamRow:
    fields: list[Field]


@dataclass(frozen=True)
class OperationRow:
    fields: list[Field]
    params: list[ParamRow]


@dataclass(frozen=True)
class OperationsView:
    version: str  # Python literal
    operations: list[OperationRow]


def literal(value: object) -> str:
    """A Python literal as black writes it: double-quoted, every control character escaped."""
    if isinstance(value, str):
        double, single = _quoted(value, '"'), _quoted(value, "'")
        # black's rule: double quotes, unless single ones need fewer backslashes
        return single if single.count("\\") < double.count("\\") else double
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


def field_source(name: str, value: object, indent: int) -> str:
    """`name=value,` at `indent`, split as black splits it when too long: a long string as
    implicitly concatenated pieces in parentheses, a long tuple one item a line. (What black
    would lay out otherwise is left to the formatting step.)"""
    pad = " " * indent
    line = f"{pad}{name}={literal(value)},"
    if len(line) <= LINE_LENGTH:
        return line
    inner = pad + "    "
    if isinstance(value, str):
        pieces = _string_pieces(value, LINE_LENGTH - len(inner))
        body = "\n".join(inner + piece for piece in pieces)
    elif isinstance(value, tuple):
        body = "\n".join(f"{inner}{literal(item)}," for item in value)
    else:
        return line
    return f"{pad}{name}=(\n{body}\n{pad}),"


def _string_pieces(text: str, width: int) -> list[str]:
    """Literals of consecutive pieces of `text`, each at most `width` long where possible,
    broken after whitespace (inside a word only when one word is too long)."""
    pieces: list[str] = []
    current = ""
    for word in re.findall(r"\S+\s*|\s+", text):
        if len(literal(current + word)) <= width:
            current += word
            continue
        if current:
            pieces.append(literal(current))
            current = ""
        while len(literal(word)) > width:
            cut = width - 2
            while cut > 1 and len(literal(word[:cut])) > width:
                cut -= 1
            pieces.append(literal(word[:cut]))
            word = word[cut:]
        current = word
    if current or not pieces:
        pieces.append(literal(current))
    return pieces


_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _quoted(text: str, quote: str) -> str:
    """A string literal in `quote`s with every control character, line separator and lone
    surrogate escaped (lower-case hex, as black writes it)."""
    out = []
    for char in text:
        code = ord(char)
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif char == quote:
            out.append("\\" + char)
        elif code < 0x20 or code == 0x7F or 0x80 <= code < 0xA0:
            out.append(f"\\x{code:02x}")
        elif 0xD800 <= code <= 0xDFFF or code in (0x2028, 0x2029, 0xFEFF):
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return quote + "".join(out) + quote


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
    return ParamRow([Field(name, field_source(name, value, _PARAM_INDENT)) for name, value in values])


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
    fields = [Field(name, field_source(name, value, _OP_INDENT)) for name, value in values]
    return OperationRow(fields, [_param_row(p) for p in ordered])


def operations_view(spec: Spec) -> OperationsView:
    """Operations sorted by API class then docs name, as the docs list them."""
    rows: list[tuple[list[int], list[int], OperationRow]] = []
    for api in spec.apis:
        for op in api.operations:
            rows.append((java_sort_key(api.class_name), java_sort_key(camel_name(op.operation_id)), _operation_row(api, op)))
    rows.sort(key=lambda r: (r[0], r[1]))
    return OperationsView(literal(spec.version), [r[2] for r in rows])


# -- the emitted package's pyproject.toml ------------------------------------------------------


@dataclass(frozen=True)
class PackageView:
    version: str  # the Engine API version, as a TOML string literal
    package_version: str  # PEP 440, as a TOML string literal
    description: str  # TOML string literal
    api_keyword: str  # TOML string literal


def toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's; DEL must be escaped too)."""
    return json.dumps(text, ensure_ascii=True).replace("\x7f", "\\u007f")


def package_version(api_version: str) -> str:
    """The package version from the Engine API version: "1.44" → "1.44.0"."""
    if re.fullmatch(r"\d+(\.\d+){0,2}", api_version):
        parts = api_version.split(".")
        return ".".join(parts + ["0"] * (3 - len(parts)))
    return "0.0.0"


def package_view(spec: Spec) -> PackageView:
    shown = " ".join(spec.version.split()) or "?"
    return PackageView(
        version=toml_string(shown),
        package_version=toml_string(package_version(spec.version)),
        description=toml_string(f"Typed Python client (sync and async) and command line of the Docker Engine API {shown}"),
        api_keyword=toml_string(f"engine-api-{shown}"),
    )
