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
from .formatting import LINE_LENGTH
from .ir import Api, Operation, Parameter, Spec, TypeRef

# Registry credentials are required on the wire, but the client finds them when not given.
_OPTIONAL_ENCODINGS = frozenset({"registry-auth", "registry-config"})

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
    broken after whitespace (inside a word only when one word is too long).

    A literal's length is the sum of its characters' escaped lengths (in each quote style),
    so each word is escaped once and the pieces are measured by adding: linear in `text`.
    """
    pieces: list[str] = []
    current, current_size = "", _Size()
    for word in re.findall(r"\S+\s*|\s+", text):
        word_size = _Size.of(word)
        if (current_size + word_size).literal_length() <= width:
            current, current_size = current + word, current_size + word_size
            continue
        if current:
            pieces.append(literal(current))
            current, current_size = "", _Size()
        if word_size.literal_length() > width:
            word, word_size = _cut_long_word(word, width, pieces)
        current, current_size = word, word_size
    if current or not pieces:
        pieces.append(literal(current))
    return pieces


def _cut_long_word(word: str, width: int, pieces: list[str]) -> tuple[str, _Size]:
    """Append literals of `width`-long cuts of `word` to `pieces`; return what is left
    (short enough)."""
    sizes = [_Size.of(char) for char in word]
    start = 0
    left = sum(sizes, _Size())
    while left.literal_length() > width:
        cut = width - 2
        prefix = sum(sizes[start : start + cut], _Size())
        while cut > 1 and prefix.literal_length() > width:
            cut -= 1
            if start + cut < len(word):
                prefix = prefix - sizes[start + cut]
        pieces.append(literal(word[start : start + cut]))
        left = left - prefix
        start += cut
    return word[start:], left


@dataclass(frozen=True)
class _Size:
    """Lengths and backslash counts of a text written between double and single quotes."""

    double: int = 0
    single: int = 0
    double_escapes: int = 0
    single_escapes: int = 0

    @classmethod
    def of(cls, text: str) -> _Size:
        double, single = _escaped(text, '"'), _escaped(text, "'")
        return cls(len(double), len(single), double.count("\\"), single.count("\\"))

    def __add__(self, other: _Size) -> _Size:
        return _Size(
            self.double + other.double,
            self.single + other.single,
            self.double_escapes + other.double_escapes,
            self.single_escapes + other.single_escapes,
        )

    def __sub__(self, other: _Size) -> _Size:
        return _Size(
            self.double - other.double,
            self.single - other.single,
            self.double_escapes - other.double_escapes,
            self.single_escapes - other.single_escapes,
        )

    def literal_length(self) -> int:
        """The length of `literal` of the text (quotes chosen as it chooses them)."""
        body = self.single if self.single_escapes < self.double_escapes else self.double
        return body + 2


_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
# What needs escaping in either quote style: both quotes, and what _escape_char escapes.
_NEEDS_ESCAPE = re.compile("[\"'\\\\\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\ufeff]")


def _quoted(text: str, quote: str) -> str:
    """A string literal in `quote`s with every control character, line separator and lone
    surrogate escaped (lower-case hex, as black writes it)."""
    return quote + _escaped(text, quote) + quote


def _escaped(text: str, quote: str) -> str:
    """`text` as written between `quote`s (the common text, with nothing to escape, as is)."""
    return _NEEDS_ESCAPE.sub(lambda match: _escape_char(match.group(), quote), text)


def _escape_char(char: str, quote: str) -> str:
    code = ord(char)
    if char in _ESCAPES:
        return _ESCAPES[char]
    if char == quote:
        return "\\" + char
    if code < 0x20 or code == 0x7F or 0x80 <= code < 0xA0:
        return f"\\x{code:02x}"
    if 0xD800 <= code <= 0xDFFF or code in (0x2028, 0x2029, 0xFEFF):
        return f"\\u{code:04x}"
    return char  # the other quote


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
