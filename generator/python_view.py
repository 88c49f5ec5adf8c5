"""What the Python templates show: annotations, signatures and wire calls for the IR.

The templates only loop over these values; every decision about Python spelling lives here.
"""

from __future__ import annotations

import keyword
import re
import textwrap
from dataclasses import dataclass
from typing import Any

from . import names
from .formatting import LINE_LENGTH
from .layout import lay_out
from .ir import Api, Model, Operation, Parameter, Property, Spec, TypeRef

_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "binary": "bytes", "any": "Any"}
_QUERY_HELPERS = {
    "value": "q_value",
    "timestamp": "q_timestamp",
    "bool": "q_bool",
    "json": "q_json",
    "filters": "q_filters",
    "multi": "q_multi",
    "csv": "q_csv",
    "ssv": "q_ssv",
    "tsv": "q_tsv",
    "pipes": "q_pipes",
}
# What each response kind returns, for the sync and the async client.
_RESULTS = {
    "empty": ("None", "None", "ExpectEmpty()"),
    "text": ("str", "str", "ExpectText()"),
    "headers": ("ResponseHeaders", "ResponseHeaders", "ExpectHeaders()"),
    "binary": ("BinaryStream", "AsyncBinaryStream", "ExpectBinary()"),
    "frames": ("LogStream", "AsyncLogStream", "ExpectFrames()"),
    "hijack": ("HijackedSession", "AsyncHijackedSession", "ExpectHijack()"),
    "websocket": ("WebSocketSession", "AsyncWebSocketSession", "ExpectWebSocket()"),
}
_HEADER_HELPERS = {"registry-auth": "h_registry_auth", "registry-config": "h_registry_config"}
_TIMEOUT_DOC = (
    "Seconds this call may take (read, write, pool), instead of the client's timeout."
    "\nA wait the call asks the daemon for (the `t` of a stop) is added to it."
)
_UPLOAD_CONTENT_TYPES = ("application/x-tar", "application/octet-stream")
# Characters no literal may hold raw: NUL and the other controls (Python refuses NUL and reads
# CR, form feed, ... as line ends; black splits docstrings on them), and Unicode line separators.
_UNSAFE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# What str.format_map reads as more than a name in a placeholder (see wire.path).
_FORMAT_SPECIAL = re.compile(r"^$|^\d+$|[.\[\]{}:!]")


@dataclass(frozen=True)
class Argument:
    name: str
    annotation: str
    default: str | None  # Python source of the default; None for required arguments
    keyword_only: bool
    description: str


@dataclass(frozen=True)
class MethodView:
    name: str
    operation_id: str
    docstring: str
    arguments: list[Argument]
    has_keyword_only: bool
    method: str
    path: str  # Python expression
    query: list[str]  # Python expressions, one per parameter
    headers: list[str]
    body: str | None  # Python expression
    streaming: bool
    auth_image: str | None  # Python expression naming the image whose registry credentials apply
    expect: str
    returns: str
    async_returns: str
    timeout: str  # the keyword of the per-call timeout
    duration: str | None  # Python expression: seconds the daemon takes on purpose
    single_flag: str | None  # the keyword whose False makes the JSON-lines answer one value
    single_expect: str | None  # what the call expects then
    single_returns: str | None


@dataclass(frozen=True)
class ApiView:
    class_name: str
    module: str
    docstring: str
    methods: list[MethodView]
    model_imports: list[tuple[str, str]]  # (module, class)
    typing_names: list[str]


@dataclass(frozen=True)
class FieldView:
    name: str
    annotation: str
    alias: str | None
    docstring: str
    declaration: str  # the source lines of `name: annotation = default`, as black lays them out


@dataclass(frozen=True)
class ModelView:
    class_name: str
    docstring: str
    fields: list[FieldView]
    alias_of: str | None
    alias_declaration: str | None  # the source lines of `Name: TypeAlias = alias_of`, as black lays them out


@dataclass(frozen=True)
class ModelModuleView:
    title: str
    models: list[ModelView]
    imports: list[tuple[str, str]]  # (module, class) of models defined elsewhere
    typing_names: list[str]
    runtime_names: list[str]  # what fields use of docker_engine._runtime.model, besides Model
    uses_field: bool
    uses_model: bool


@dataclass(frozen=True)
class ClientApiView:
    attribute: str
    class_name: str
    module: str
    summary: str


# -- text --------------------------------------------------------------------------------------


def docstring(text: str, indent: int = 0) -> str:
    """A triple-quoted docstring literal for `text`, its lines indented for the block it opens.

    Backslashes, quotes and control characters in the spec's texts cannot end or bend the
    literal; the lines are laid out as black lays docstrings out (PEP 257 indentation).
    """
    lines = [_escape_unsafe(line.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')).rstrip() for line in text.strip().split("\n")]
    lines[0] = lines[0].strip()
    if lines[-1].endswith('"'):  # as black writes it: the closing quotes must not touch it
        backslashes = len(lines[-1]) - 1 - len(lines[-1][:-1].rstrip("\\"))
        lines[-1] = (lines[-1] if backslashes % 2 else lines[-1][:-1] + '\\"') + (" " if len(lines) == 1 else "")
    first = lines[0]
    if first.startswith('"'):
        first = " " + first  # as black writes it: four quotes in a row would end the literal
    pad = " " * indent
    if len(lines) == 1:
        return f'"""{first}"""'
    margin = min((len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()), default=0)
    body = "\n".join(pad + line[margin:].rstrip() if line.strip() else "" for line in lines[1:])
    return f'"""{first}\n{body}\n{pad}"""'


def python_literal(value: object) -> str:
    """A default value as black writes it (double-quoted strings)."""
    return string_literal(value) if isinstance(value, str) else repr(value)


def string_literal(text: str) -> str:
    """A string literal as black writes it: double quotes unless single ones need fewer escapes.

    ASCII only (other characters escaped), so a line's length is its width as black counts it.
    """
    body = _NON_ASCII.sub(_escape, _escape_unsafe(text.replace("\\", "\\\\").replace("\n", "\\n")))
    if text.count('"') > text.count("'"):
        return "'" + body.replace("'", "\\'") + "'"
    return '"' + body.replace('"', '\\"') + '"'


def _escape_unsafe(text: str) -> str:
    return _UNSAFE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _clean(text: str | None) -> str:
    return textwrap.dedent(text or "").strip()


# -- layout: black's own line splits, so the output needs no formatting pass ---------------------


def import_statement(module: str, names: str, indent: int = 0) -> str:
    """`from module import names` (comma-separated), parenthesized with one name per line and
    black's magic trailing comma when too long."""
    pad = " " * indent
    line = f"{pad}from {module} import {names}"
    if len(line) <= LINE_LENGTH:
        return line
    listed = "".join(f"{pad}    {name},\n" for name in names.split(", "))
    return f"{pad}from {module} import (\n{listed}{pad})"


def field_declaration(name: str, annotation: str, alias: str | None, required: bool = False) -> str:
    """A model field as black formats it at class level; black itself handles what is left long.

    The wire name is the field's validation and serialization alias, not its `alias`: type
    checkers read `alias` as the constructor's parameter name, and users write the Python one.
    """
    arguments = [] if required else ["default=None"]
    if alias is not None:
        arguments += [f"validation_alias={string_literal(alias)}", f"serialization_alias={string_literal(alias)}"]
    if not arguments:
        return f"    {name}: {annotation}"
    value = "None" if arguments == ["default=None"] else f"Field({', '.join(arguments)})"
    line = f"    {name}: {annotation} = {value}"
    if len(line) <= LINE_LENGTH:
        return line
    head = f"    {name}: {annotation} = Field("
    if alias is not None and len(head) <= LINE_LENGTH:
        joined = "        " + ", ".join(arguments)
        if len(joined) <= LINE_LENGTH:
            return f"{head}\n{joined}\n    )"
        return head + "\n" + "".join(f"        {a},\n" for a in arguments) + "    )"
    wrapped_head = f"    {name}: {annotation} = ("
    # black's right-hand split: the value in parentheses, split further inside them if it must
    if len(wrapped_head) <= LINE_LENGTH:
        return f"{wrapped_head}\n{lay_out(value, 8)}\n    )"
    if annotation.endswith(" | None"):
        # the union keeps black from splitting at the annotation's brackets: it wraps it whole
        return f"    {name}: (\n{lay_out(annotation, 8)}\n{lay_out(value, 4, prefix=') = ', inside_brackets=False)}"
    # black splits the annotation at its own brackets, or not at all: its choice between these
    # and parentheses is its own, so the line is left long for it
    return line


# -- types -------------------------------------------------------------------------------------


def annotation(t: TypeRef, models: dict[str, Model], for_input: bool = False) -> str:
    if t.kind == "array":
        inner = annotation(t.item or TypeRef("any"), models, for_input)
        text = f"Sequence[{inner}]" if for_input else f"list[{inner}]"
    elif t.kind == "map":
        inner = annotation(t.item or TypeRef("any"), models, for_input)
        text = f"Mapping[str, {inner}]" if for_input else f"dict[str, {inner}]"
    elif t.kind == "object":
        text = "Mapping[str, Any]" if for_input else "dict[str, Any]"
    elif t.kind == "model":
        text = models[t.name].python_name if t.name in models else "Any"
    elif t.kind == "runtime":
        text = t.name or "Any"
    else:
        text = _SCALARS[t.kind]
    return f"{text} | None" if t.nullable and text != "Any" else text


def _referenced_models(t: TypeRef | None) -> list[str]:
    if t is None:
        return []
    own = [t.name] if t.kind == "model" and t.name else []
    return own + _referenced_models(t.item)


# -- operations --------------------------------------------------------------------------------


def _positional_rank(p: Parameter) -> int:
    return {"path": 0, "body": 2}.get(p.location, 1)


def _required_in_python(p: Parameter) -> bool:
    # Registry credentials are required on the wire but found by the client when not given.
    return p.required and p.encoding != "registry-auth"


def _argument(p: Parameter, models: dict[str, Model], op_since: str | None = None) -> Argument:
    if p.location == "body":
        value = "UploadSource" if p.type.kind in ("binary", "string") else annotation(p.type, models, for_input=True)
    elif p.encoding == "filters":
        value = "wire.Filters"
    elif p.encoding == "registry-auth":
        value = "wire.RegistryAuth"
    elif p.encoding == "registry-config":
        value = "wire.RegistryConfig"
    elif p.accepts_list and p.value_type.kind != "array":
        value = f"{annotation(p.value_type, models, True)} | Sequence[{annotation(p.value_type, models, True)}]"
    elif p.encoding == "timestamp":
        value = "wire.Timestamp"
    else:
        value = _literal(p.enum, p.value_type) or annotation(p.value_type, models, for_input=True)
    description = _clean(p.description)
    if p.enum:
        description += ("\n" if description else "") + "One of: " + ", ".join(repr(v) for v in p.enum) + "."
    if p.has_default and not p.send_default:
        description += ("\n" if description else "") + f"The daemon's default: {p.default!r}."
    since = p.since if p.since != op_since else None  # the method's docstring says it once
    description += since_note(since, p.enum_since, "\n" if description else "")
    if _required_in_python(p):
        return Argument(p.python_name, value, None, False, description)
    if p.send_default:
        return Argument(p.python_name, value, python_literal(p.default), True, description)
    return Argument(p.python_name, f"{value} | None", "None", True, description)


def _query_expression(p: Parameter) -> str:
    return f"wire.{_QUERY_HELPERS[p.encoding]}({string_literal(p.wire_name)}, {p.python_name})"


def _path_expression(op: Operation) -> str:
    path_params = [p for p in op.parameters if p.location == "path"]
    if not path_params:
        return string_literal(op.path)
    # Placeholder names str.format_map would misread, or wire.path's own argument, get a
    # plain one; other braces are literal.
    keys = names.unique(
        [f"_{i}" if _FORMAT_SPECIAL.search(p.wire_name) or p.wire_name == "template" else p.wire_name for i, p in enumerate(path_params)]
    )
    key_of = dict(zip((p.wire_name for p in path_params), keys))
    template = re.sub(
        r"\{([^{}]*)\}|[{}]",
        lambda m: "{" + key_of[m[1]] + "}" if m[1] in key_of else m[0].replace("{", "{{").replace("}", "}}"),
        op.path,
    )
    keywords = ", ".join(
        f"{key}={p.python_name}"
        if key.isidentifier() and not keyword.iskeyword(key)
        else f"**{{{string_literal(key)}: {p.python_name}}}"
        for p, key in zip(path_params, keys)
    )
    return f"wire.path({string_literal(template)}, {keywords})"


def _body_expression(op: Operation) -> str | None:
    body = next((p for p in op.parameters if p.location == "body"), None)
    if body is None:
        return None
    if op.body_kind == "upload":
        media = [m for m in op.consumes or [] if m in _UPLOAD_CONTENT_TYPES] or ["application/octet-stream"]
        content_type = "application/x-tar" if "application/x-tar" in media else media[0]
        return f"UploadBody({body.python_name}, {string_literal(content_type)})"
    if op.body_kind == "text":
        return f"TextBody({body.python_name})"
    if op.empty_json_body and not body.required:
        return f"JsonBody({{}} if {body.python_name} is None else {body.python_name})"
    return f"JsonBody({body.python_name})"


def since_note(since: str | None, enum_since: tuple[tuple[Any, str], ...] = (), separator: str = "") -> str:
    """"Since API 1.42." and the versions of newer enum values: what the history pass found newer
    than its oldest version (the client refuses it with an older daemon)."""
    notes = [f"Since API {since}."] if since else []
    notes += [f"{value!r} since API {value_since}." for value, value_since in enum_since]
    return separator + " ".join(notes) if notes else ""


def _docstring(op: Operation, arguments: list[Argument]) -> str:
    parts = [_clean(op.summary) or op.operation_id]
    if _clean(op.description):
        parts.append(_clean(op.description))
    if op.since:
        parts.append(since_note(op.since))
    documented = [a for a in arguments if a.description]
    if documented:
        lines = ["Args:"]
        for a in documented:
            first, *rest = a.description.splitlines() or [""]
            lines.append(f"    {a.name}: {first}")
            lines.extend(f"        {line}" if line.strip() else "" for line in rest)
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def method_view(op: Operation, models: dict[str, Model]) -> MethodView:
    # Required arguments first (positional), then keyword-only ones, each group in spec order.
    # Positional arguments: path parameters, other required ones, then a required body, as a
    # caller reads them (container_exec(id, config)); keyword-only ones follow in spec order.
    required = sorted((p for p in op.parameters if _required_in_python(p)), key=_positional_rank)
    ordered = required + [p for p in op.parameters if not _required_in_python(p)]
    arguments = [_argument(p, models, op.since) for p in ordered]
    timeout = "timeout" if all(a.name != "timeout" for a in arguments) else "call_timeout"
    arguments.append(Argument(timeout, "float | None", "None", True, _TIMEOUT_DOC))
    single_returns = None
    if op.response_kind in ("json", "json-lines"):
        item = annotation(op.result, models) if op.result else "Any"
        if op.response_kind == "json":
            returns = async_returns = item
            # A union cannot be inferred from the argument: name the result type.
            expect = f"ExpectJson[{item}]({item})" if "|" in item else f"ExpectJson({item})"
        else:
            returns, async_returns = f"JsonStream[{item}]", f"AsyncJsonStream[{item}]"
            expect = f"ExpectJsonLines({item})"
            single_returns = item if op.single_when_false else None
    else:
        returns, async_returns, expect = _RESULTS[op.response_kind]
    if op.response_kind == "hijack" and op.upgrade:
        # another protocol's bytes: handed out as they come (raw), not read as Docker frames
        expect = f"ExpectHijack(tty=True, upgrade={string_literal(op.upgrade)})"
    headers = [
        f"wire.{_HEADER_HELPERS.get(p.encoding, 'h_value')}({string_literal(p.wire_name)}, {p.python_name})"
        for p in ordered
        if p.location == "header"
    ]
    return MethodView(
        name=op.python_name,
        operation_id=op.operation_id,
        docstring=_docstring(op, arguments),
        arguments=arguments,
        has_keyword_only=any(a.keyword_only for a in arguments),
        method=op.method,
        path=_path_expression(op),
        query=[_query_expression(p) for p in op.parameters if p.location == "query"],
        headers=headers,
        body=_body_expression(op),
        streaming=op.long_running,
        auth_image=op.auth_image,
        expect=expect,
        returns=returns,
        async_returns=async_returns,
        timeout=timeout,
        duration=op.duration,
        single_flag=op.single_when_false if single_returns else None,
        single_expect=f"ExpectJson({single_returns})" if single_returns else None,
        single_returns=single_returns,
    )


def api_view(api: Api, spec: Spec) -> ApiView:
    models = {m.name: m for m in spec.models}
    methods = [method_view(op, models) for op in api.operations]
    used: set[str] = set()
    for op in api.operations:
        used.update(_referenced_models(op.result))
        for p in op.parameters:
            used.update(_referenced_models(p.value_type))
    imports = sorted({(models[name].module, models[name].python_name) for name in used if name in models})
    signatures = " ".join(a.annotation for m in methods for a in m.arguments) + " " + " ".join(m.returns for m in methods)
    if any(m.single_flag for m in methods):
        signatures += " Literal overload"
    typing_names = [n for n in ("Any", "Literal", "Mapping", "Sequence", "overload") if re.search(rf"\b{n}\b", signatures)]
    return ApiView(api.class_name, api.module, _clean(api.description) or f"The {api.tag} operations.", methods, imports, typing_names)


# -- models ------------------------------------------------------------------------------------


def _literal(values: tuple[Any, ...] | None, t: TypeRef) -> str | None:
    """`Literal[...]` of an enum whose values all have the type's own Python type."""
    python_type = {"string": str, "integer": int}.get(t.kind)
    if not values or python_type is None or not all(type(v) is python_type for v in values):
        return None
    return "Literal[" + ", ".join(python_literal(v) for v in values) + "]"


def _field(p: Property, models: dict[str, Model]) -> FieldView:
    wire_type = p.wire_type or p.type  # the overlay's correction, where the daemon sends another shape
    literal = _literal(p.enum, wire_type)
    text = f"Annotated[{literal}, OpenEnum]" if literal else annotation(wire_type, models)
    # A required field is typed as the spec says; a required array or map the daemon sends as
    # null (a Go nil slice or map) decodes as empty. Others may be left out or nulled.
    required = p.required and not wire_type.nullable
    if required and wire_type.kind in ("array", "map", "object"):
        text = f"Annotated[{text}, {'NullAsEmptyList' if wire_type.kind == 'array' else 'NullAsEmptyMap'}]"
    elif not required and not text.endswith("| None") and text != "Any":
        text += " | None"
    elif literal and wire_type.nullable:
        text += " | None"
    doc = _clean(p.description)
    if p.enum:
        doc += ("\n\n" if doc else "") + "One of: " + ", ".join(repr(v) for v in p.enum) + " (other values are passed through)."
    doc += since_note(p.since, p.enum_since, "\n\n" if doc else "")
    alias = None if p.python_name == p.wire_name else p.wire_name
    return FieldView(p.python_name, text, alias, doc, field_declaration(p.python_name, text, alias, required))


def model_view(model: Model, models: dict[str, Model]) -> ModelView:
    doc = _clean(model.description) or _clean(model.title) or model.name
    if model.enum:
        doc += "\n\nOne of: " + ", ".join(repr(v) for v in model.enum) + "."
    literal = _literal(model.enum, model.alias_of) if model.alias_of is not None else None
    alias = f"Annotated[{literal}, OpenEnum]" if literal else annotation(model.alias_of, models) if model.alias_of is not None else None
    declaration = None if alias is None else lay_out(alias, 0, prefix=f"{model.python_name}: TypeAlias = ", inside_brackets=False)
    return ModelView(model.python_name, doc, [_field(p, models) for p in model.properties], alias, declaration)


def model_module_view(module: str, spec: Spec) -> ModelModuleView:
    models = {m.name: m for m in spec.models}
    members = [m for m in spec.models if m.module == module]
    views = [model_view(m, models) for m in members]
    referenced = {ref for m in members for ref in m.references}
    imports = sorted({(models[r].module, models[r].python_name) for r in referenced if models[r].module != module})
    annotations = " ".join([f.annotation for v in views for f in v.fields] + [v.alias_of or "" for v in views])
    typing_names = [n for n in ("Annotated", "Any", "Literal") if re.search(rf"\b{n}\b", annotations)]
    if any(v.alias_of for v in views):
        typing_names.append("TypeAlias")
    runtime_names = [n for n in ("NullAsEmptyList", "NullAsEmptyMap", "OpenEnum") if re.search(rf"\b{n}\b", annotations)]
    title = ", ".join(v.class_name for v in views)
    uses_field = any(f.alias is not None for v in views for f in v.fields)  # "" is an alias too
    uses_model = any(v.alias_of is None for v in views)
    return ModelModuleView(title, views, imports, typing_names, runtime_names, uses_field, uses_model)


def client_api_views(spec: Spec) -> list[ClientApiView]:
    return [
        ClientApiView(api.attribute, api.class_name, api.module, f"The {api.tag} operations: {api.class_name}.")
        for api in spec.apis
    ]


def model_index(spec: Spec) -> list[tuple[str, str]]:
    """(class, module) for every model, sorted by class: the lazy index of docker_engine.models."""
    return sorted((m.python_name, m.module) for m in spec.models)
