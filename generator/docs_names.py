"""The names swagger-codegen 2.x gives inline schemas, for the Markdown docs.

swagger-parser v1 (1.0.71, `io.swagger.parser.util.InlineModelResolver.flatten`) turns every
inline object schema into a definition before swagger-codegen sees the spec, and names it
after where it stands. This module replays that walk over the loaded document and returns, for
the JSON pointer of each inline schema it names, the definition name it gets:

* a nested object property: `<Parent>_<property>` (`ClusterVolume_Info`), its own nested
  objects `<Parent>_<property>_<property>`;
* the object items of an array or map property: named like the property, but the objects
  *inside* those items are named after the parent only (`TaskSpec_ContainerSpec_File`);
* the object items of an array definition: `<Model>_inner`;
* an inline `allOf` property: `<Parent>_<property>`, a model without properties;
* an object body: its `title`, else the body parameter's name (`body`, `container`), and the
  objects inside it `<path without punctuation>_<property>`;
* an object response (or the objects of an array or map response): `inline_response_<code>`;
* a `title` replaces the name in every case; on a clash with a definition already there the name
  gets `_1`, `_2`, ... (characters outside `[A-Za-z0-9_. ]` dropped first); a name longer than
  MAX_NAME_LENGTH, which no file system takes, is cut and ends in a digest (ours only);
* an inline schema equal to one named before (same JSON, title aside) reuses that name; object
  bodies never do.

The walk order decides the suffixes: paths in spec order, per path get, put, head, post, delete,
patch, options; per operation the body parameters, then the responses; then every definition
(the ones the paths added included) in order.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from . import pointers

OPERATION_ORDER = ("get", "put", "head", "post", "delete", "patch", "options")
MAX_NAME_LENGTH = 200  # names are ASCII here; with "_NNN" and ".md" they stay a valid file name
_NOT_IN_NAMES = re.compile(r"[^a-z_.A-Z0-9 ]")


@dataclass(frozen=True)
class SwaggerView:
    """What swagger-codegen sees of a spec that our IR does not keep, by JSON pointer."""

    names: dict[str, str]  # inline schema → the definition name swagger-parser gives it
    property_types: dict[str, str | None]  # model property → its docs data type where it differs; None: left out
    defaults: dict[str, str]  # numeric model property → its default as Java prints it
    # Read by swagger-core's Jackson mapping, which gives a query array without collectionFormat
    # `multi`; False when that mapping fails and swagger-parser's own deserializer, which leaves
    # it unset, reads the spec instead.
    multi_by_default: bool = True
    # allOf response → its parts in order: a `$ref` part becomes one property named after the
    # definition ("ref", name); an inline part gives its own properties ("inline", its pointer)
    merged_parts: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def swagger_view(document: dict[str, Any]) -> SwaggerView:
    resolver = _Resolver(document)
    resolver.flatten()
    return SwaggerView(resolver.named, resolver.property_types, resolver.defaults, not _jackson_fails(document), resolver.merged_parts)


def _jackson_fails(document: dict[str, Any]) -> bool:
    """swagger-core's ModelImpl holds `default` as a string: a model (a definition, a body or a
    response schema that is neither a reference, an array nor an allOf) whose default is an
    object or a list makes Jackson's mapping of the whole spec throw (v1.25-v1.29 RestartPolicy)."""
    definitions = document.get("definitions")
    schemas = list(definitions.values()) if isinstance(definitions, dict) else []
    paths = document.get("paths")
    for item in paths.values() if isinstance(paths, dict) else []:
        for operation in item.values() if isinstance(item, dict) else []:
            if not isinstance(operation, dict):
                continue
            schemas += [p.get("schema") for p in _list(operation.get("parameters")) if isinstance(p, dict)]
            responses = operation.get("responses")
            schemas += [r.get("schema") for r in (responses.values() if isinstance(responses, dict) else []) if isinstance(r, dict)]
    return any(
        isinstance(schema, dict)
        and isinstance(schema.get("default"), (dict, list))
        and not any(key in schema for key in ("$ref", "allOf"))
        and schema.get("type") != "array"
        for schema in schemas
    )


def _kind(schema: Any) -> str:
    """How swagger-core's PropertyDeserializer reads a schema in a property position."""
    if not isinstance(schema, dict):
        return "none"
    if "$ref" in schema:
        return "ref"
    if schema.get("type") == "object" or "properties" in schema or "allOf" in schema:
        if isinstance(schema.get("additionalProperties"), (dict, bool)):
            return "map"
        if "properties" in schema:
            return "object" if isinstance(schema["properties"], dict) and schema["properties"] else "empty-object"
        if "allOf" in schema:
            return "composed"
        return "empty-object"
    if schema.get("type") == "array" and "items" in schema:
        return "array"
    return "primitive"


def _properties(schema: dict[str, Any], pointer: str) -> list[tuple[str, Any, str]]:
    own = schema.get("properties")
    if not isinstance(own, dict):
        return []
    return [(str(key), value, f"{pointer}/properties/{pointers.escape(key)}") for key, value in own.items()]


def _title(schema: dict[str, Any]) -> str | None:
    title = schema.get("title")
    return None if title is None else str(title)


class _Resolver:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        definitions = document.get("definitions")
        self.definitions: list[str] = [str(name) for name in definitions] if isinstance(definitions, dict) else []
        self.taken: set[str] = set(self.definitions)
        self.named: dict[str, str] = {}  # pointer → name
        self.signatures: dict[str, str] = {}  # JSON of a generated model → its name
        self.property_types: dict[str, str | None] = {}
        self.defaults: dict[str, str] = {}
        self.merged_parts: dict[str, list[tuple[str, str]]] = {}

    # -- the walk ----------------------------------------------------------------------

    def flatten(self) -> dict[str, str]:
        paths = self.document.get("paths")
        for path, item in (paths.items() if isinstance(paths, dict) else []):
            if not isinstance(item, dict):
                continue
            for method in OPERATION_ORDER:
                operation = item.get(method)
                if isinstance(operation, dict):
                    self._operation(str(path), operation, pointers.join("paths", path, method))
        definitions = self.document.get("definitions") or {}
        for name in self.definitions:
            self._definition(name, definitions[name], pointers.join("definitions", name))
        return self.named

    def _operation(self, path: str, operation: dict[str, Any], pointer: str) -> None:
        for index, param in enumerate(_list(operation.get("parameters"))):
            if isinstance(param, dict) and param.get("in") == "body" and isinstance(param.get("schema"), dict):
                self._body(path, str(param.get("name")), param["schema"], f"{pointer}/parameters/{index}/schema")
        responses = operation.get("responses")
        for code, response in (responses.items() if isinstance(responses, dict) else []):
            if isinstance(response, dict) and "$ref" not in response and isinstance(response.get("schema"), dict):
                self._response(path, str(code), response["schema"], f"{pointer}/responses/{code}/schema")

    def _body(self, path: str, name: str, schema: dict[str, Any], pointer: str) -> None:
        if "$ref" in schema or "allOf" in schema:
            return  # a reference, or a composed body: left as it is
        if schema.get("type") == "array":
            self._items(path, name, schema.get("items"), pointer + "/items", flatten_inside=path)
            return
        if schema.get("type") in (None, "object") and _properties(schema, pointer):
            self._flatten_properties(_properties(schema, pointer), path)
            model_name = self._unique(_title(schema) or name)
            self._add(model_name, self._model_json(schema, pointer), pointer)

    def _response(self, path: str, code: str, schema: dict[str, Any], pointer: str) -> None:
        kind = _kind(schema)
        key = "inline_response_" + code
        if "allOf" in schema and "$ref" not in schema:
            # PropertyModelConverter: an allOf response is one object of the parts' properties
            parts = schema["allOf"] if isinstance(schema["allOf"], list) else []
            merged: list[tuple[str, Any, str]] = []
            self.merged_parts[pointer] = []
            for index, part in enumerate(parts):
                part_pointer = f"{pointer}/allOf/{index}"
                if isinstance(part, dict) and isinstance(part.get("$ref"), str):
                    merged.append((part["$ref"].rsplit("/", 1)[-1], part, part_pointer))
                    self.merged_parts[pointer].append(("ref", part["$ref"].rsplit("/", 1)[-1]))
                elif isinstance(part, dict):
                    merged.extend(_properties(part, part_pointer))
                    self.merged_parts[pointer].append(("inline", part_pointer))
            model_name = self._unique(_title(schema) or key)
            self._flatten_properties(merged, model_name)
            fields = {k: v for k, v in schema.items() if k not in ("title", "allOf")}
            fields["properties"] = {k: self._canonical(v, p) for k, v, p in merged}
            self._use_or_add(model_name, json.dumps(fields, sort_keys=True, default=str), pointer)
        elif kind == "object":
            self._object(schema, pointer, key)
        elif kind == "array":
            self._items(path, key, schema.get("items"), pointer + "/items", flatten_inside=path)
        elif kind == "map":
            self._items(path, key, schema.get("additionalProperties"), pointer + "/additionalProperties", flatten_inside=path)

    def _definition(self, name: str, schema: Any, pointer: str) -> None:
        if not isinstance(schema, dict) or "$ref" in schema:
            return
        if "allOf" in schema:
            parts = schema["allOf"] if isinstance(schema["allOf"], list) else []
            child = parts[-1] if len(parts) >= 2 else None
            if isinstance(child, dict) and "$ref" not in child:
                self._flatten_properties(_properties(child, f"{pointer}/allOf/{len(parts) - 1}"), name)
        elif schema.get("type") == "array":
            items = schema.get("items")
            if isinstance(items, dict) and _kind(items) == "object":
                self._object(items, pointer + "/items", name + "_inner")
        else:
            self._flatten_properties(_properties(schema, pointer), name)

    # -- InlineModelResolver's steps -------------------------------------------------------

    def _flatten_properties(self, properties: list[tuple[str, Any, str]], path: str) -> None:
        for key, schema, pointer in properties:
            if pointer in self.named:
                continue  # already replaced by a reference
            self._record_property(schema, pointer)
            kind = _kind(schema)
            if kind == "object":
                self._object(schema, pointer, f"{path}_{key}")
            elif kind == "array":
                self._items(path, f"{path}_{key}", schema.get("items"), pointer + "/items", flatten_inside=path)
            elif kind == "map":
                inner = schema.get("additionalProperties")
                self._items(path, f"{path}_{key}", inner, pointer + "/additionalProperties", flatten_inside=path)
            elif kind == "composed":
                model_name = self._unique(_title(schema) or f"{path}_{key}")
                fields = {k: schema.get(k) for k in ("type", "description", "example")}
                signature = json.dumps({**fields, "name": model_name, **_extensions(schema)}, sort_keys=True, default=str)
                self._use_or_add(model_name, signature, pointer)

    def _object(self, schema: dict[str, Any], pointer: str, key: str) -> None:
        """An object property: named first, then its own objects named after it."""
        model_name = self._unique(_title(schema) or key)
        self._flatten_properties(_properties(schema, pointer), model_name)
        self._use_or_add(model_name, self._model_json(schema, pointer), pointer)

    def _items(self, path: str, key: str, items: Any, pointer: str, flatten_inside: str) -> None:
        """The object items of an array or map: their objects are named after `flatten_inside` first."""
        if _kind(items) != "object":
            return
        self._flatten_properties(_properties(items, pointer), flatten_inside)
        model_name = self._unique(_title(items) or key)
        self._use_or_add(model_name, self._model_json(items, pointer), pointer)

    def _use_or_add(self, name: str, signature: str, pointer: str) -> None:
        existing = self.signatures.get(signature)
        if existing is not None:
            self.named[pointer] = existing
        else:
            self._add(name, signature, pointer)

    def _add(self, name: str, signature: str, pointer: str) -> None:
        self.signatures[signature] = name
        self.named[pointer] = name
        self.taken.add(name)

    def _unique(self, key: str) -> str:
        key = _NOT_IN_NAMES.sub("", key)
        if len(key) > MAX_NAME_LENGTH:
            # Deeply nested names outgrow a file name (the real generator fails to write them):
            # a prefix and a digest of the whole name stand in.
            key = key[: MAX_NAME_LENGTH - 9] + "_" + hashlib.sha1(key.encode()).hexdigest()[:8]
        name, count = key, 0
        while name in self.taken:
            count += 1
            name = f"{key}_{count}"
        return name

    def _record_property(self, schema: Any, pointer: str) -> None:
        """The few things swagger-codegen reads from a property otherwise than the IR does."""
        if not isinstance(schema, dict):
            return
        declared = schema.get("type")
        if declared is not None and not isinstance(declared, str):
            self.property_types[pointer] = None  # `type: [array, string]`: no property is made of it
        elif _untyped(schema):
            self.property_types[pointer] = "map"  # UntypedProperty: "object", which bash maps to "map"
        elif _kind(schema) == "map" and _kind(schema["additionalProperties"]) == "empty-object":
            self.property_types[pointer] = "map[String, map]"
        default = _numeric_default(schema)
        if default is not None:
            self.defaults[pointer] = default

    # -- the JSON a generated model is compared by -------------------------------------------

    def _model_json(self, schema: dict[str, Any], pointer: str) -> str:
        """A stand-in for Jackson's JSON of the model: everything but the title, nested objects
        already replaced by references to their names."""
        fields = {k: v for k, v in schema.items() if k not in ("title", "properties")}
        fields["properties"] = {key: self._canonical(value, sub) for key, value, sub in _properties(schema, pointer)}
        return json.dumps(fields, sort_keys=True, default=str)

    def _canonical(self, schema: Any, pointer: str) -> Any:
        if pointer in self.named:
            return {"$ref": self.named[pointer]}
        if not isinstance(schema, dict):
            return schema
        out = dict(schema)
        if isinstance(schema.get("properties"), dict):
            out["properties"] = {key: self._canonical(value, sub) for key, value, sub in _properties(schema, pointer)}
        for child in ("items", "additionalProperties"):
            if isinstance(schema.get(child), dict):
                out[child] = self._canonical(schema[child], f"{pointer}/{child}")
        return out


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _untyped(schema: dict[str, Any]) -> bool:
    return not any(key in schema for key in ("type", "$ref", "properties", "allOf", "items"))


def _numeric_default(schema: dict[str, Any]) -> str | None:
    """toDefaultValue: the default of an int32/int64/float/double property (Java's toString)."""
    value = schema.get("default")
    if value is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "integer" and fmt in ("int32", "int64"):
        return str(int(value))
    if kind == "number" and fmt in ("float", "double"):
        return repr(float(value))
    return None


def _extensions(schema: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in schema.items() if str(k).startswith("x-")}
