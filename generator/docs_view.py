"""What the Markdown templates show: the IR seen the way swagger-codegen 2.x's `bash` generator
presents it, so the emitted docs match the reference document byte for byte.

Every rule here is documented in ../shared/notes/reference-docs-format.md (section numbers in
the comments). Texts are escaped (escapeText) here; the templates apply the HTML escaping of
jmustache's double braces with the `html` filter.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from . import pointers
from .docs_names import SwaggerView
from .ir import Api, Model, Operation, Parameter, Property, Spec, TypeRef

# §2: bash reserved words get a leading underscore as parameter and property names.
BASH_RESERVED = frozenset("case do done elif else esac fi for function if in select then time until while".split())
_NAME_SEPARATORS = re.compile(r"[-_:;#]")
_PRIMITIVE_RETURN = frozenset({"array", "map", "boolean", "integer", "float", "string", "binary"})
_HTML = (("&", "&amp;"), ("'", "&#39;"), ('"', "&quot;"), ("<", "&lt;"), (">", "&gt;"), ("`", "&#x60;"), ("=", "&#x3D;"))


@dataclass(frozen=True)
class ParamRow:
    name: str
    type_cell: str
    description: str
    notes: str


@dataclass(frozen=True)
class OperationDoc:
    op_id: str
    method: str
    path: str
    summary: str
    notes: str | None  # None: the section is left out (an empty string still shows it)
    example: str
    params: list[ParamRow]
    return_type: str
    consumes: str
    produces: str


@dataclass(frozen=True)
class ApiDoc:
    class_name: str
    base_path: str
    operations: list[OperationDoc]


@dataclass(frozen=True)
class PropertyRow:
    name: str
    type_cell: str
    title: str
    notes: str


@dataclass(frozen=True)
class ModelDoc:
    name: str
    properties: list[PropertyRow]


@dataclass(frozen=True)
class ReadmeRow:
    class_name: str
    op_id: str
    anchor: str
    method: str
    path: str
    summary: str


@dataclass(frozen=True)
class ReadmeDoc:
    title: str
    base_path: str
    rows: list[ReadmeRow]
    models: list[str]
    # (model doc, Python class) for the model docs not named as their class; for an allOf
    # property, which has no class of its own, the class of the type it wraps
    renamed: list[tuple[str, str]]


# -- escaping (§3) -----------------------------------------------------------------------------


def java_trim(text: str) -> str:
    """Java's String.trim(): strips every character up to U+0020 at both ends, nothing else."""
    start, end = 0, len(text)
    while start < end and text[start] <= " ":
        start += 1
    while end > start and text[end - 1] <= " ":
        end -= 1
    return text[start:end]


def escape_text(text: str | None) -> str | None:
    if text is None:
        return None
    text = java_trim(text).replace("\\/", "/")
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("`", "'")


def html(text: str | None) -> str:
    """jmustache's escaping of {{double braces}}, in its order."""
    text = text or ""
    for raw, escaped in _HTML:
        text = text.replace(raw, escaped)
    return text


def camel_name(name: str) -> str:
    """removeNonNameElementToCamelCase: "keep-storage" → "keepStorage", "ImageList" → "imageList"."""
    pieces = _NAME_SEPARATORS.split(name)
    while pieces and pieces[-1] == "":
        pieces.pop()  # Java's split drops trailing empty pieces
    joined = "".join(piece[:1].upper() + piece[1:] for piece in pieces)
    return joined[:1].lower() + joined[1:]


def java_sort_key(text: str) -> list[int]:
    """Java String.compareTo order: UTF-16 code units."""
    encoded = text.encode("utf-16-be")
    return [int.from_bytes(encoded[i : i + 2], "big") for i in range(0, len(encoded), 2)]


# -- model names (generator.docs_names) ------------------------------------------------------


class DocNames:
    """The docs' names of the IR's models, and swagger-codegen's view of the spec
    (generator.docs_names) looked up by JSON pointer.

    A definition keeps its name; an inline schema takes the name swagger-parser gives it where
    it stands (one IR model may stand in several places under several names). An inline model
    swagger-parser leaves inline (an `allOf` body) has none: the docs show it as `object` and
    write no model doc for it."""

    def __init__(self, spec: Spec) -> None:
        self.view = spec.swagger or SwaggerView({}, {}, {})
        by_name = {m.name: m for m in spec.models}
        self.names: dict[str, str] = {}  # IR model name → docs' name
        self._body_pointers: dict[str, str] = {}  # an operation's parameters → its named body schema
        for pointer in self.view.names:
            parameters, _, rest = pointer.rpartition("/parameters/")
            if rest.partition("/")[2] in ("schema", "schema/items"):
                self._body_pointers[parameters + "/parameters"] = pointer[: pointer.index("/schema", len(parameters)) + len("/schema")]
        # toModelName (file name) → (docs' name, the IR model it shows; None: no properties,
        # where swagger-parser named it: "" for a definition).
        # Two names with one file name share one entry: the model swagger-parser added last wins,
        # as in the generator's TreeMap, whose comparator compares file names.
        self.documented: dict[str, tuple[str, Model | None, str]] = {}
        for model in spec.models:
            if not model.inline:
                self.names[model.name] = model.name
                self.documented[model_class(model.name)] = (model.name, model, "")
        # a docs' model with no IR model of its own (an allOf property) → the class its field has
        field_types = {p.pointer: p.type for m in spec.models for p in m.properties}
        self.wrapped: dict[str, str] = {}
        added: set[str] = set()
        for pointer, doc_name in self.view.names.items():
            ir_name = spec.inline_models.get(pointer)
            if ir_name is not None:
                self.names.setdefault(ir_name, doc_name)
            if doc_name not in added:
                added.add(doc_name)
                self.documented[model_class(doc_name)] = (doc_name, by_name.get(ir_name or ""), pointer)
                wrapped = field_types.get(pointer)
                if ir_name is None and wrapped is not None and wrapped.name in by_name:
                    self.wrapped[model_class(doc_name)] = by_name[wrapped.name].python_name

    def class_name(self, ir_name: str | None) -> str | None:
        """toModelName: the docs' name with its first letter capitalised (file and link names)."""
        name = self.names.get(ir_name or "")
        return None if name is None else model_class(name)

    def at(self, t: TypeRef, pointer: str) -> TypeRef:
        """`t` with the models swagger-parser names at `pointer` (and inside it) put in by name."""
        named = self.view.names.get(pointer)
        if named is not None:
            return TypeRef("runtime", name=model_class(named))
        if t.item is not None and t.kind in ("array", "map"):
            inner = pointer + ("/items" if t.kind == "array" else "/additionalProperties")
            return dataclasses.replace(t, item=self.at(t.item, inner))
        return t

    def body_pointer(self, op: Operation) -> str:
        """Where swagger-parser names the body schema of `op` (one body per operation)."""
        return self._body_pointers.get(pointers.join("paths", op.path, op.method.lower(), "parameters"), "")


def model_class(name: str) -> str:
    return name[:1].upper() + name[1:]


# -- types (§2, §9, §11) ---------------------------------------------------------------------


def data_type(t: TypeRef, names: DocNames | None = None) -> str:
    if t.kind == "array":
        return f"array[{data_type(t.item or TypeRef('any'), names)}]"
    if t.kind == "map":
        return f"map[String, {data_type(t.item or TypeRef('any'), names)}]"
    if t.kind == "model" and names is not None:
        return names.class_name(t.name) or "object"
    if t.kind in ("model", "runtime"):
        return t.name or "object"
    if t.kind == "number":
        return "float" if t.format in ("float", "double") else "integer"
    if t.kind in ("integer", "string", "boolean", "binary"):
        return t.kind
    if t.kind == "object":
        return "map"
    return "object"


def base_type(t: TypeRef, names: DocNames) -> str:
    """The linked model's file name; "" for an object swagger-codegen left inline (`(.md)`)."""
    if t.kind in ("array", "map"):
        return base_type(t.item or TypeRef("any"), names)
    if t.kind == "model":
        return names.class_name(t.name) or ""
    return data_type(t, names)


def _param_type_cell(p: Parameter, names: DocNames, body_pointer: str) -> str:
    t = names.at(p.type, body_pointer) if p.location == "body" else p.type
    primitive = t.kind in ("string", "integer", "number", "boolean", "binary")
    if p.location == "body" and t.kind == "array" and t.item is not None:
        primitive = t.item.kind in ("string", "integer", "number", "boolean", "binary")  # an array body of primitives
    if primitive:
        return f"**{data_type(t, names)}**"
    return f"[**{data_type(t, names)}**]({base_type(t, names)}.md)"


def _return_cell(t: TypeRef | None, names: DocNames) -> str:
    if t is None:
        return "(empty response body)"
    if t.kind != "model" and base_type(t, names) in _PRIMITIVE_RETURN:
        return f"**{data_type(t, names)}**"
    return f"[**{data_type(t, names)}**]({base_type(t, names)}.md)"


# -- operations (§2, §5-§9) ------------------------------------------------------------------


def _default_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _example_token(p: Parameter, names: DocNames) -> str:
    """§7: what each parameter adds to the Example line."""
    if p.location == "path":
        return f" {html(p.wire_name)}=value"
    if p.location == "header":
        return f" {html(p.wire_name)}:value"
    if p.location != "query":
        return ""
    if p.type.kind not in ("array", "map", "object"):
        return f"  {html(p.wire_name)}=value"
    name = html(p.wire_name)
    # §1: no collectionFormat renders as multi (unless swagger-parser's own deserializer read the spec)
    fmt = p.collection_format or ("multi" if names.view.multi_by_default else "")
    spelled = {
        "multi": f" {name}=value1 {name}=value2 {name}=...",
        "csv": f' {name}="value1,value2,..."',
        "pipes": f' {name}="value1|value2|..."',
        "ssv": f' {name}="value1 value2 ..."',
        "tsv": f' {name}="value1\\\\tvalue2\\\\t..."',
    }
    return "  Specify as: " + spelled.get(fmt, "")


def _param_name(p: Parameter) -> str:
    name = p.wire_name if p.location == "body" else camel_name(p.wire_name)
    return "_" + name if name in BASH_RESERVED else name


def _param_row(p: Parameter, names: DocNames, body_pointer: str) -> ParamRow:
    notes = "" if p.required else " [optional]"
    if p.has_default and p.location in ("query", "header", "formData"):
        notes += f" [default to {html(_default_text(p.default))}]"
    return ParamRow(html(_param_name(p)), _param_type_cell(p, names, body_pointer), escape_text(p.description) or "", notes)


def _media(listed: list[str] | None, default: list[str]) -> str:
    chosen = default if listed is None else listed
    if not chosen:
        return "Not Applicable"
    return ", ".join(escape_text(m.replace('"', '\\"')) or "" for m in chosen)


def _method_response(op: Operation, names: DocNames) -> TypeRef | None:
    """§2: the response with the smallest code starting with 2 (compared as strings), else default."""
    success = sorted(r.code for r in op.responses if r.code.startswith("2"))
    code = success[0] if success else "default"
    chosen = next((r for r in op.responses if r.code == code), None)
    if chosen is None or chosen.type is None:
        return None
    return names.at(chosen.type, pointers.join("paths", op.path, op.method.lower(), "responses", code, "schema"))


def operation_doc(op: Operation, spec: Spec, names: DocNames, script_name: str) -> OperationDoc:
    ordered = [p for p in op.parameters if p.required] + [p for p in op.parameters if not p.required]
    op_id = camel_name(op.operation_id)
    example = html(script_name) + " " + html(op_id) + "".join(_example_token(p, names) for p in ordered)
    body_pointer = names.body_pointer(op)
    return OperationDoc(
        op_id=op_id,
        method=op.method,
        path=op.path,
        summary=escape_text(op.summary) or "",
        notes=escape_text(op.description),
        example=example,
        params=[_param_row(p, names, body_pointer) for p in ordered],
        return_type=_return_cell(_method_response(op, names), names),
        consumes=_media(op.consumes, spec.consumes),
        produces=_media(op.produces, spec.produces),
    )


def api_doc(api: Api, spec: Spec, names: DocNames, script_name: str = "") -> ApiDoc:
    ops = sorted((operation_doc(op, spec, names, script_name) for op in api.operations), key=lambda d: java_sort_key(d.op_id))
    return ApiDoc(api.class_name, escape_text(spec.base_path) or "", ops)


# -- models and README (§11, §12) --------------------------------------------------------------


def _property_row(p: Property, names: DocNames) -> PropertyRow:
    name = "_" + p.wire_name if p.wire_name in BASH_RESERVED else p.wire_name
    declared = names.view.property_types.get(p.pointer)
    if declared is not None:
        cell = f"**{declared}**"
    else:
        t = names.at(p.type, p.pointer)
        primitive = t.kind not in ("model", "runtime") and base_type(t, names) in _PRIMITIVE_RETURN | {"map", "object"}
        cell = f"**{data_type(t, names)}**" if primitive else f"[**{data_type(t, names)}**]({base_type(t, names)}.md)"
    default = names.view.defaults.get(p.pointer, "null")
    notes = ("" if p.required else "[optional] ") + f"[default to {default}]"
    return PropertyRow(html(name), cell, html(escape_text(p.title)), notes)


def model_doc(name: str, model: Model | None, pointer: str, names: DocNames) -> ModelDoc:
    shown = [p for p in (model.properties if model else []) if p.in_spec and names.view.property_types.get(p.pointer, "") is not None]
    parts = names.view.merged_parts.get(pointer)
    if parts is None:
        return ModelDoc(html(name), [_property_row(p, names) for p in shown])
    rows = []  # an allOf response: a property per `$ref` part, an inline part's own properties
    for kind, part in parts:
        if kind == "ref":
            cell = f"[**{model_class(part)}**]({model_class(part)}.md)"
            rows.append(PropertyRow(html(part), cell, "", "[optional] [default to null]"))
        else:
            rows += [_property_row(p, names) for p in shown if p.pointer.startswith(part + "/properties/")]
    return ModelDoc(html(name), rows)


def readme_doc(spec: Spec, names: DocNames, api_docs: list[ApiDoc]) -> ReadmeDoc:
    rows = []
    for api in sorted(api_docs, key=lambda a: java_sort_key(a.class_name)):
        for op in api.operations:
            rows.append(ReadmeRow(api.class_name, op.op_id, op.op_id.lower(), op.method, op.path, op.summary))
    models = sorted(names.documented, key=java_sort_key)
    renamed = []
    for file_name in models:
        model = names.documented[file_name][1]
        python_class = model.python_name if model else names.wrapped.get(file_name, "")
        if python_class != file_name:
            renamed.append((file_name, python_class))
    return ReadmeDoc(escape_text(spec.title) or "", escape_text(spec.base_path) or "", rows, models, renamed)
