"""Model builder: validated spec + overlay → intermediate representation (generator.ir).

Everything the templates need is decided here: names, types, how each parameter travels,
what each operation returns, and which models share a module (reference cycles must).
"""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from typing import Any

from . import docs_names, names, pointers
from .errors import GeneratorError, Problem
from .ir import (
    Api,
    BodyKind,
    Encoding,
    Model,
    Operation,
    Parameter,
    Property,
    Response,
    ResponseKind,
    Spec,
    TypeRef,
)
from .overlay import Overlay, OperationWire

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
HIJACK_MEDIA = ("application/vnd.docker.raw-stream", "application/vnd.docker.multiplexed-stream")
BINARY_MEDIA = ("application/x-tar", "application/octet-stream")
COLLECTION_ENCODINGS: dict[str | None, Encoding] = {
    None: "multi",  # the daemon reads repeated keys; Swagger's csv default is wrong for it
    "multi": "multi",
    "csv": "csv",
    "ssv": "ssv",
    "tsv": "tsv",
    "pipes": "pipes",
}
ANY = TypeRef("any")
REGISTRY_HEADERS: dict[str, Encoding] = {"x-registry-auth": "registry-auth", "x-registry-config": "registry-config"}

# pydantic builds a model's schema recursively through the models its fields use, and runs
# out of stack near 90 levels; the Engine API nests 8.
MAX_MODEL_DEPTH = 32
# docs/<definition>.md must be a valid file name.
MAX_DEFINITION_NAME_BYTES = 200


def build(document: dict[str, Any], overlay: Overlay, source: str, text: str = "") -> Spec:
    """The IR; GeneratorError naming every problem (with its line when `text` is the YAML)."""
    try:
        return _Builder(document, overlay, source).build()
    except GeneratorError as error:
        if not text:
            raise
        located = [Problem(p.message, p.pointer, pointers.line_of(text, p.pointer)) if p.line is None and p.pointer else p for p in error.problems]
        raise GeneratorError(error.source, located) from None


class _Builder:
    def __init__(self, document: dict[str, Any], overlay: Overlay, source: str) -> None:
        self.document = document
        self.overlay = overlay
        self.source = source
        self.definitions: dict[str, Any] = document.get("definitions") or {}
        self.models: dict[str, Model] = {}
        self.inline_signatures: dict[str, str] = {}  # canonical JSON of an inline schema → its model name
        self.in_progress: set[str] = set()
        self.pointers: dict[str, str] = {}  # model name → where the spec defines it
        self.inline_at: dict[str, str] = {}  # pointer of every inline schema made a model → that model
        self.problems: list[Problem] = []

    # -- entry -------------------------------------------------------------------------

    def build(self) -> Spec:
        info = self.document.get("info") or {}
        version = str(info.get("version") or "")
        if not version.isprintable() or '"' in version or "\\" in version:
            self.problems.append(Problem("info.version must be printable text without quotes or backslashes", "/info/version"))
        for name in self.definitions:
            self._check_definition_name(str(name))
            self._definition(name)
        apis = self._apis()
        if self.problems:
            raise GeneratorError(self.source, self.problems)
        self._check_model_depth(list(self.models.values()))
        if self.problems:
            raise GeneratorError(self.source, self.problems)
        self._inline_cyclic_aliases()
        models = self._ordered_models(apis)
        return Spec(
            title=str(info.get("title") or ""),
            version=version,
            base_path=str(self.document.get("basePath") or ""),
            consumes=list(self.document.get("consumes") or []),
            produces=list(self.document.get("produces") or []),
            apis=apis,
            models=models,
            model_modules=_group_modules(models),
            inline_models=dict(self.inline_at),
            swagger=docs_names.swagger_view(self.document),
        )

    # -- types -------------------------------------------------------------------------

    def _ref_target(self, ref: Any, pointer: str) -> str | None:
        prefix = "#/definitions/"
        tokens = pointers.split("/" + ref[len(prefix) :]) if isinstance(ref, str) and ref.startswith(prefix) else []
        if len(tokens) != 1 or tokens[0] not in self.definitions:
            self.problems.append(Problem(f"$ref {ref!r} does not name a definition of this spec", pointer))
            return None
        return tokens[0]

    def type_of(self, schema: Any, context: str, pointer: str, depth: int = 0) -> TypeRef:
        """The TypeRef of `schema`; inline objects become models named after `context`."""
        if depth > 64:
            self.problems.append(Problem("schema nests more than 64 levels deep", pointer))
            return ANY
        if not isinstance(schema, dict):
            return ANY
        nullable = bool(schema.get("x-nullable", False))
        if "$ref" in schema:
            target = self._ref_target(schema["$ref"], pointer + "/$ref")
            if target is None:
                return ANY
            # Not built here: build() builds every definition, and following $ref chains
            # here would recurse once per link.
            return TypeRef("model", name=target, nullable=nullable)
        if "allOf" in schema:
            parts = schema["allOf"]
            if _transparent_all_of(schema):
                inner = self.type_of(parts[0], context, pointer + "/allOf/0", depth + 1)
                return TypeRef(inner.kind, inner.format, inner.item, inner.name, nullable or inner.nullable)
            return TypeRef("model", name=self._inline_model(schema, context, pointer), nullable=nullable)
        kind = schema.get("type")
        if kind == "array":
            item = self.type_of(schema.get("items"), context + "Item", pointer + "/items", depth + 1)
            return TypeRef("array", item=item, nullable=nullable)
        if kind == "object" or (kind is None and "properties" in schema):
            if schema.get("properties"):
                return TypeRef("model", name=self._inline_model(schema, context, pointer), nullable=nullable)
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra and not _is_empty_struct(extra):
                value = self.type_of(extra, context + "Value", pointer + "/additionalProperties", depth + 1)
                return TypeRef("map", item=value, nullable=nullable)
            return TypeRef("object", nullable=nullable)
        if kind == "string":
            fmt = schema.get("format")
            return TypeRef("binary" if fmt == "binary" else "string", format=fmt, nullable=nullable)
        if kind in ("integer", "number", "boolean"):
            return TypeRef(kind, format=schema.get("format"), nullable=nullable)
        if kind == "file":
            return TypeRef("binary", nullable=nullable)
        return TypeRef("any", nullable=nullable)

    # -- models ------------------------------------------------------------------------

    def _definition(self, name: str) -> None:
        if name in self.models or name in self.in_progress:
            return
        self.in_progress.add(name)
        self.pointers[name] = pointers.join("definitions", name)
        self.models[name] = self._model(name, self.definitions[name], self.pointers[name], False)
        self.in_progress.discard(name)

    def _check_definition_name(self, name: str) -> None:
        """Definition names become file names (docs/<name>.md): no paths, nothing too long."""
        if "/" in name or "\\" in name or "\0" in name or name in ("", ".", ".."):
            problem = "a definition name must not be empty, '.' or '..', nor hold '/', '\\' or NUL: it names a file"
        elif len(name.encode("utf-8")) > MAX_DEFINITION_NAME_BYTES:
            problem = f"a definition name must be at most {MAX_DEFINITION_NAME_BYTES} bytes long: it names a file"
        else:
            return
        self.problems.append(Problem(problem, pointers.join("definitions", name)))

    def _inline_model(self, schema: dict[str, Any], context: str, pointer: str) -> str:
        title = schema.get("title")
        base = title if isinstance(title, str) and title.strip() else context
        base = names.shorten(names.camel_class(base))
        signature = json.dumps(schema, sort_keys=True, default=str)
        if signature in self.inline_signatures:
            # structurally identical inline schemas share one model
            self.inline_at[pointer] = self.inline_signatures[signature]
            return self.inline_signatures[signature]
        candidate, n = base, 0
        while candidate in self.definitions or candidate in self.models or candidate in self.in_progress:
            n += 1
            candidate = f"{base}{n}"
        self.inline_signatures[signature] = candidate
        self.pointers[candidate] = pointer
        self.inline_at[pointer] = candidate
        self.in_progress.add(candidate)
        self.models[candidate] = self._model(candidate, schema, pointer, True)
        self.in_progress.discard(candidate)
        return candidate

    def _model(self, name: str, schema: Any, pointer: str, inline: bool) -> Model:
        if not isinstance(schema, dict):
            schema = {}
        properties, required = self._collect_properties(schema, pointer, chain=() if inline else (name,))
        # allOf of one schema alone only names that schema (a string, an array, a model):
        # an alias, as where it is used in place (type_of).
        extra = schema.get("additionalProperties")
        # An object of nothing but additionalProperties (PortMap) is a mapping: an alias too.
        is_map = not properties and "allOf" not in schema and isinstance(extra, dict) and bool(extra) and not _is_empty_struct(extra)
        is_object = not is_map and (bool(properties) or schema.get("type") == "object" or ("allOf" in schema and not _transparent_all_of(schema)))
        alias_of = None if is_object else self.type_of(schema, name, pointer)
        if alias_of is not None and alias_of.kind == "model" and alias_of.name == name:
            alias_of = ANY
        additional = None
        if is_object and isinstance(extra, dict) and extra and not _is_empty_struct(extra):
            additional = self.type_of(extra, name + "Value", pointer + "/additionalProperties")
        added = self.overlay.added_properties(pointer, {wire for wire, _, _ in properties})
        added_at = {added_pointer for _, _, added_pointer in added}
        properties = [*properties, *added]
        props: list[Property] = []
        python_names = names.unique(
            [names.member(wire, names.RESERVED_MEMBERS | names.MODEL_ATTRIBUTES | names.ANNOTATION_NAMES) for wire, _, _ in properties],
            avoid=[wire for wire, _, _ in properties],
        )
        for (wire, prop_schema, prop_pointer), python_name in zip(properties, python_names):
            prop_schema = prop_schema if isinstance(prop_schema, dict) else {}
            prop_type = self.type_of(prop_schema, name + names.camel_class(wire), prop_pointer)
            in_spec = prop_pointer not in added_at
            wire_schema = self.overlay.property_schema(prop_pointer) if in_spec else None
            wire_type = None if wire_schema is None else self.type_of(wire_schema, name + names.camel_class(wire), prop_pointer)
            props.append(
                Property(
                    wire_name=wire,
                    python_name=python_name,
                    type=prop_type,
                    required=wire in required,
                    nullable=prop_type.nullable,
                    description=_text(prop_schema.get("description")),
                    title=_text(prop_schema.get("title")),
                    enum=_enum(prop_schema),
                    pointer=prop_pointer,
                    wire_type=wire_type,
                    in_spec=in_spec,
                )
            )
        references = _references(props, additional, alias_of)
        return Model(
            name=name,
            python_name=names.shorten(names.camel_class(name)),
            module="",  # assigned in _ordered_models, once every model is known
            description=_text(schema.get("description")),
            title=_text(schema.get("title")),
            properties=props,
            additional=additional,
            alias_of=alias_of,
            enum=_enum(schema),
            inline=inline,
            references=references,
        )

    def _collect_properties(
        self, schema: dict[str, Any], pointer: str, depth: int = 0, chain: tuple[str, ...] = ()
    ) -> tuple[list[tuple[str, Any, str]], set[str]]:
        """Own and allOf-inherited properties, first definition of a name winning."""
        collected: list[tuple[str, Any, str]] = []
        required: set[str] = set(schema.get("required") or []) if isinstance(schema.get("required"), list) else set()
        if depth > 32:
            self.problems.append(Problem("allOf chain deeper than 32 levels (a cycle?)", pointer))
            return collected, required
        for index, part in enumerate(schema.get("allOf") or []):
            part_pointer = f"{pointer}/allOf/{index}"
            part_chain = chain
            if isinstance(part, dict) and "$ref" in part:
                target = self._ref_target(part["$ref"], part_pointer + "/$ref")
                if target is None:
                    continue
                if target in chain:
                    self.problems.append(Problem(f"allOf includes {target!r}, which includes this schema again (a cycle)", part_pointer + "/$ref"))
                    continue
                part, part_pointer, part_chain = self.definitions[target], pointers.join("definitions", target), chain + (target,)
            if isinstance(part, dict):
                inherited, inherited_required = self._collect_properties(part, part_pointer, depth + 1, part_chain)
                collected.extend(inherited)
                required |= inherited_required
        own = schema.get("properties")
        if isinstance(own, dict):
            for wire, prop_schema in own.items():
                collected.append((str(wire), prop_schema, pointer + "/properties/" + pointers.escape(wire)))
        seen: set[str] = set()
        unique = []
        for entry in collected:
            if entry[0] not in seen:
                seen.add(entry[0])
                unique.append(entry)
        return unique, required

    def _ordered_models(self, apis: list[Api]) -> list[Model]:
        ordered = sorted(self.models.values(), key=lambda m: m.name)
        # API modules import models beside their own classes; model modules import Model, Field, ...
        reserved = names.MODULE_NAMES | {prefix + api.class_name for api in apis for prefix in ("", "Async")}
        python_names = names.unique([m.python_name + "Model" if m.python_name in reserved else m.python_name for m in ordered], reserved)
        renamed = [
            Model(**{**m.__dict__, "python_name": python_name}) for m, python_name in zip(ordered, python_names)
        ]
        modules = _module_names(renamed)
        return [Model(**{**m.__dict__, "module": modules[m.name]}) for m in renamed]

    def _inline_cyclic_aliases(self) -> None:
        """Write the type of each alias on a reference cycle where it is used.

        An alias (`Forest: TypeAlias = list[Tree]`) is evaluated when its module is imported,
        so it cannot wait for a class of a cycle it is on; classes can (their annotations are
        read when pydantic builds them). Aliases that only name each other in a cycle
        (`Nested = list[Nested]`) mean nothing more than Any.
        """
        graph = {m.name: list(m.references) for m in self.models.values()}
        cyclic = {n for c in _strongly_connected(graph) for n in c if len(c) > 1 or n in graph[n]}
        aliases = {n for n in cyclic if self.models[n].alias_of is not None}
        if not aliases:
            return
        expanded: dict[str, TypeRef] = {}
        alias_graph = {n: [r for r in graph[n] if r in aliases] for n in aliases}
        for component in _strongly_connected(alias_graph):  # every component after the ones it uses
            looped = set(component) if len(component) > 1 or component[0] in alias_graph[component[0]] else set()
            for name in component:
                expanded[name] = _expand(self.models[name].alias_of or ANY, expanded, looped)
        for name, model in list(self.models.items()):
            props = [dataclasses.replace(p, type=_expand(p.type, expanded), wire_type=p.wire_type and _expand(p.wire_type, expanded)) for p in model.properties]
            additional = None if model.additional is None else _expand(model.additional, expanded)
            aliased = None if model.alias_of is None else expanded.get(name) or _expand(model.alias_of, expanded)
            references = _references(props, additional, aliased)
            self.models[name] = dataclasses.replace(model, properties=props, additional=additional, alias_of=aliased, references=references)

    def _check_model_depth(self, models: list[Model]) -> None:
        """Refuse models nested deeper than pydantic can build (a model's cycle counts in full)."""
        graph = {m.name: [r for r in m.references if r != m.name] for m in models}
        components = _strongly_connected(graph)  # every component after the ones it uses
        component_of = {name: index for index, component in enumerate(components) for name in component}
        depth: dict[int, int] = {}
        below: dict[int, int | None] = {}  # the deepest component each one uses
        for index, component in enumerate(components):
            used = {component_of[r] for name in component for r in graph[name] if r in component_of} - {index}
            deepest = max(used, key=lambda u: depth[u], default=None)
            depth[index] = len(component) + (0 if deepest is None else depth[deepest])
            below[index] = deepest
        worst = max(depth, key=lambda i: depth[i], default=None)
        if worst is None or depth[worst] <= MAX_MODEL_DEPTH:
            return
        chain: list[str] = []
        step: int | None = worst
        while step is not None and len(chain) < 3:
            chain.append(components[step][0])
            step = below[step]
        path = " → ".join(chain) + " → …"
        self.problems.append(
            Problem(f"models nest {depth[worst]} levels deep ({path}); at most {MAX_MODEL_DEPTH} can be built", self.pointers.get(chain[0], ""))
        )

    # -- operations --------------------------------------------------------------------

    def _apis(self) -> list[Api]:
        by_tag: dict[str, list[Operation]] = defaultdict(list)
        tag_descriptions = {
            t.get("name"): _text(t.get("description")) for t in self.document.get("tags") or [] if isinstance(t, dict)
        }
        seen_ids: dict[str, str] = {}
        paths = self.document.get("paths") or {}
        operations = [
            (str(path), method, path_item.get("parameters") or [], path_item[method])
            for path, path_item in paths.items()
            if isinstance(path_item, dict)
            for method in HTTP_METHODS
            if isinstance(path_item.get(method), dict)
        ]
        given = {str(operation["operationId"]) for _, _, _, operation in operations if operation.get("operationId")}
        for path, method, shared, operation in operations:
            pointer = pointers.join("paths", path, method)
            op_id = str(operation.get("operationId") or "")
            if not op_id:  # named after method and path, apart from every other name
                op_id = names.unique([names.camel_class(f"{method} {path}")], frozenset(given | set(seen_ids)))[0]
            if op_id in seen_ids:
                self.problems.append(Problem(f"operationId {op_id!r} is also used at {seen_ids[op_id]}", pointer + "/operationId"))
                continue
            seen_ids[op_id] = pointer
            built = self._operation(op_id, method, path, operation, shared, pointer)
            by_tag[built.tag].append(built)
        apis = []
        tags = sorted(by_tag)
        attributes = names.unique([names.member(tag, names.CLIENT_ATTRIBUTES) for tag in tags])
        class_names = names.unique([names.shorten(names.camel_class(tag)) + "Api" for tag in tags], frozenset({"SyncApi", "AsyncApi"}))
        modules = names.unique([names.shorten(names.snake(class_name)) for class_name in class_names])
        for tag, attribute, class_name, module in zip(tags, attributes, class_names, modules):
            methods = names.unique([op.python_name for op in by_tag[tag]])
            apis.append(
                Api(
                    tag=tag,
                    class_name=class_name,
                    attribute=attribute,
                    module=module,
                    description=tag_descriptions.get(tag),
                    operations=[dataclasses.replace(op, python_name=name) for op, name in zip(by_tag[tag], methods)],
                )
            )
        return apis

    def _operation(self, op_id: str, method: str, path: str, operation: dict[str, Any], shared: list[Any], pointer: str) -> Operation:
        wire = self.overlay.wire(op_id)
        raw_params = self._merged_parameters(shared, operation.get("parameters") or [], path, method)
        raw_params += [(extra, pointer + "/x-overlay") for extra in wire.extra_parameters]
        python_names = names.unique([names.member(_param_name(p), names.ARGUMENT_RESERVED) for p, _ in raw_params])
        params = [self._parameter(op_id, p, pp, python_name, wire) for (p, pp), python_name in zip(raw_params, python_names)]
        responses = []
        for code, response in (operation.get("responses") or {}).items():
            response = response if isinstance(response, dict) else {}
            if "$ref" in response:
                response = {}
            schema = response.get("schema")
            rtype = None if schema is None else self.type_of(schema, op_id + "Response", f"{pointer}/responses/{code}/schema")
            responses.append(Response(str(code), _text(response.get("description")), rtype))
        consumes = operation.get("consumes")
        produces = operation.get("produces")
        response_kind, result = _response_kind(method, produces, responses, wire)
        if response_kind == "json-lines" and wire.stream_item:
            result = self._stream_item(wire.stream_item, pointer)
        if wire.result_schema is not None:  # what daemons send; `responses` (the docs) keep the spec's
            result = self.type_of(wire.result_schema, op_id + "Response", f"{pointer}/x-overlay")
        auth_param = next((p for p in params if p.wire_name == wire.registry_auth), None)
        tags = operation.get("tags") or ["Default"]
        return Operation(
            operation_id=op_id,
            python_name=names.member(op_id),
            method=method.upper(),
            path=path,
            tag=str(tags[0]),
            summary=_text(operation.get("summary")),
            description=_text(operation.get("description")),
            parameters=params,
            consumes=None if consumes is None else [str(c) for c in consumes],
            produces=None if produces is None else [str(p) for p in produces],
            responses=responses,
            body_kind=_body_kind(params, consumes),
            response_kind=response_kind,
            result=result,
            long_running=response_kind in ("json-lines", "binary", "frames", "hijack", "websocket") or wire.response == "long-running",
            auth_image=auth_param.python_name if auth_param else None,
            deprecated=bool(operation.get("deprecated", False)),
            duration=next((p.python_name for p in params if p.wire_name == wire.duration), None),
            empty_json_body=wire.empty_body,
            upgrade=wire.upgrade,
            single_when_false=next((p.python_name for p in params if p.wire_name == wire.single_when_false), None),
        )

    def _stream_item(self, item: str, pointer: str) -> TypeRef:
        if item in self.definitions:
            self._definition(item)
            return TypeRef("model", name=item)
        return TypeRef("runtime", name=item)

    def _merged_parameters(self, shared: list[Any], own: list[Any], path: str, method: str) -> list[tuple[dict[str, Any], str]]:
        """Path-level parameters overridden by operation ones with the same name and location."""
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for origin, params in ((pointers.join("paths", path, "parameters"), shared), (pointers.join("paths", path, method, "parameters"), own)):
            for index, param in enumerate(params):
                param_pointer = f"{origin}/{index}"
                if isinstance(param, dict) and "$ref" in param:
                    self.problems.append(Problem("parameter $ref is not supported", param_pointer))
                    continue
                if not isinstance(param, dict) or "name" not in param or "in" not in param:
                    self.problems.append(Problem("parameter without name or location", param_pointer))
                    continue
                merged[(str(param["name"]), str(param["in"]))] = (param, param_pointer)
        return list(merged.values())

    def _parameter(self, op_id: str, param: dict[str, Any], pointer: str, python_name: str, wire: OperationWire) -> Parameter:
        location = param["in"]
        wire_name = str(param["name"])
        if location == "body":
            declared = self.type_of(param.get("schema"), op_id + "Body", pointer + "/schema")
        else:
            declared = self.type_of(param, op_id + names.camel_class(wire_name), pointer)
        override = wire.parameters.get(wire_name)
        collection_format = param.get("collectionFormat")
        encoding: Encoding = "value"
        value_type = declared
        accepts_list = False
        if declared.kind == "boolean":
            encoding = "bool"
        elif declared.kind == "array":
            encoding = COLLECTION_ENCODINGS.get(collection_format, "csv")
            accepts_list = True
        elif location == "query" and wire_name == "filters":
            encoding = "filters"
        elif location == "header" and wire_name.lower() in REGISTRY_HEADERS:
            encoding = REGISTRY_HEADERS[wire_name.lower()]
        if override is not None:
            if override.encoding:
                encoding = override.encoding  # type: ignore[assignment]
            if override.schema is not None:
                value_type = self.type_of(override.schema, op_id + names.camel_class(wire_name), pointer + "/x-overlay")
            if encoding == "multi" and declared.kind != "array":
                accepts_list = True
            if encoding == "bool":
                value_type = TypeRef("boolean")
        required = bool(param.get("required", False)) or location == "path"
        return Parameter(
            wire_name=wire_name,
            python_name=python_name,
            location=location,
            required=required,
            type=declared,
            description=_text(param.get("description")),
            has_default="default" in param,
            default=param.get("default"),
            collection_format=collection_format,
            enum=_enum(param),
            encoding=encoding,
            value_type=value_type,
            accepts_list=accepts_list,
            send_default=bool(override and override.send_default and "default" in param),
        )


# -- helpers -------------------------------------------------------------------------------


def _param_name(param: dict[str, Any]) -> str:
    return str(param["name"])


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _enum(schema: dict[str, Any]) -> tuple[Any, ...] | None:
    values = schema.get("enum")
    if not isinstance(values, list) or any(isinstance(v, (dict, list)) for v in values):
        return None
    return tuple(values)


def _transparent_all_of(schema: dict[str, Any]) -> bool:
    """`allOf: [X]` with nothing beside it but words, an example and x-nullable: the same type as X
    (MountPoint.Type wraps the MountType enum so as to describe it)."""
    parts = schema.get("allOf")
    return isinstance(parts, list) and len(parts) == 1 and set(schema) <= {"allOf", "description", "example", "x-nullable", "title"}


def _is_empty_struct(schema: dict[str, Any]) -> bool:
    """Go's map[string]struct{} is written as {type: object, enum: [{}]}: a set of keys."""
    return schema.get("type") == "object" and not schema.get("properties") and schema.get("enum") == [{}]


def _references(props: list[Property], additional: TypeRef | None, alias_of: TypeRef | None) -> tuple[str, ...]:
    """Names of the models a model's fields, map values or aliased type use."""
    found = {ref for prop in props for ref in _model_names(prop.type) + _model_names(prop.wire_type)} | set(_model_names(additional)) | set(_model_names(alias_of))
    return tuple(sorted(found))


def _expand(t: TypeRef, expanded: dict[str, TypeRef], looped: frozenset[str] | set[str] = frozenset()) -> TypeRef:
    """`t` with the aliases of `expanded` written out, and those of `looped` as Any."""
    if t.kind == "model" and t.name in looped:
        return TypeRef("any", nullable=t.nullable)
    if t.kind == "model" and t.name in expanded:
        inner = expanded[t.name]
        return dataclasses.replace(inner, nullable=inner.nullable or t.nullable)
    if t.item is not None:
        return dataclasses.replace(t, item=_expand(t.item, expanded, looped))
    return t


def _model_names(t: TypeRef | None) -> list[str]:
    if t is None:
        return []
    found = [t.name] if t.kind == "model" and t.name else []
    return found + _model_names(t.item)


def _response_kind(method: str, produces: list[str] | None, responses: list[Response], wire: OperationWire) -> tuple[ResponseKind, TypeRef | None]:
    success = sorted((r for r in responses if r.code.startswith("2") or r.code == "101"), key=lambda r: r.code)
    first = next((r for r in success if r.code.startswith("2")), None)
    schema = first.type if first else None
    media = produces or []
    if wire.response == "json-lines":
        return "json-lines", schema
    if wire.response in ("websocket", "empty"):
        return wire.response, None  # type: ignore[return-value]
    if any(r.code == "101" for r in responses) or (method == "post" and any(m in HIJACK_MEDIA for m in media)):
        return "hijack", None
    if any(m in HIJACK_MEDIA for m in media):
        return "frames", None
    if method == "head":
        return "headers", None
    if schema is not None and schema.kind == "binary":
        return "binary", None
    if schema is None and any(m in BINARY_MEDIA for m in media):
        return "binary", None
    if schema is not None and schema.kind == "string" and media and all(m.startswith("text/") for m in media):
        return "text", None
    if schema is None:
        return "empty", None
    return "json", schema


def _body_kind(params: list[Parameter], consumes: Any) -> BodyKind:
    body = next((p for p in params if p.location == "body"), None)
    if body is None:
        return "none"
    media = [str(c) for c in consumes or []]
    if body.type.kind == "binary" or (body.type.kind == "string" and any(m in BINARY_MEDIA for m in media)):
        return "upload"
    if body.type.kind == "string" and media and all(m.startswith("text/") for m in media):
        return "text"
    return "json"


def _module_names(models: list[Model]) -> dict[str, str]:
    """One module per strongly connected component of the reference graph.

    Models that refer to each other in a cycle must live in one module, or their imports
    would be circular; every other model gets a module of its own, so importing one model
    loads only what it refers to.
    """
    graph = {m.name: [r for r in m.references if r != m.name] for m in models}
    components = _strongly_connected(graph)
    modules: dict[str, str] = {}
    taken: set[str] = set()
    python_names = {m.name: m.python_name for m in models}
    for component in sorted(components, key=lambda c: min(c)):
        base = names.identifier(names.shorten(names.snake(python_names[min(component)]) or "model"))
        module, n = base, 1
        while module in taken:
            n += 1
            module = f"{base}_{n}"
        taken.add(module)
        for name in component:
            modules[name] = module
    return modules


def _strongly_connected(graph: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative so deep reference chains cannot overflow the stack."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            edges = [e for e in graph.get(node, []) if e in graph]
            if child < len(edges):
                work.append((node, child + 1))
                target = edges[child]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            for edge in edges:
                if edge in on_stack:
                    low[node] = min(low[node], low[edge])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(sorted(component))
    return components


def _group_modules(models: list[Model]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for model in models:
        grouped[model.module].append(model.name)
    return dict(sorted(grouped.items()))
