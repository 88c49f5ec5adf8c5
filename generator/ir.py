"""The intermediate representation: what the templates render, as plain dataclasses.

Built from the validated spec by `generator.build`; holds no YAML nodes and no Jinja objects.
Texts are kept as the spec has them; each renderer escapes them for its own output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from .docs_names import SwaggerView

TypeKind = Literal["string", "integer", "number", "boolean", "binary", "any", "array", "map", "object", "model", "runtime"]

# How a parameter value travels: a plain value, a JSON-encoded value, or a list of values.
Encoding = Literal[
    "value", "bool", "timestamp", "json", "filters", "multi", "csv", "ssv", "tsv", "pipes", "registry-auth", "registry-config"
]

# What the caller gets back.
ResponseKind = Literal["json", "empty", "text", "headers", "binary", "json-lines", "frames", "hijack", "websocket"]

BodyKind = Literal["none", "json", "upload", "text"]

Location = Literal["path", "query", "header", "body", "formData"]


@dataclass(frozen=True)
class TypeRef:
    kind: TypeKind
    format: str | None = None  # the spec's format (int64, date-time, binary, ...)
    item: TypeRef | None = None  # element type of arrays, value type of maps
    name: str | None = None  # model name (kind "model") or runtime type name (kind "runtime")
    nullable: bool = False  # x-nullable: the daemon may send null


@dataclass(frozen=True)
class Parameter:
    wire_name: str  # as sent: "keep-storage", "X-Registry-Auth"
    python_name: str  # keyword argument of the emitted method: "keep_storage"
    location: Location
    required: bool
    type: TypeRef  # the type the spec declares
    description: str | None
    has_default: bool
    default: Any
    collection_format: str | None  # as written in the spec (None when absent)
    enum: tuple[Any, ...] | None
    encoding: Encoding  # how the emitted client sends it (after the overlay)
    value_type: TypeRef  # the Python type the emitted client accepts (after the overlay)
    accepts_list: bool  # a single value or a list, sent as repeated keys
    send_default: bool  # the default is sent when the caller gives nothing
    since: str | None = None  # the API version that added it (history pass); None: as old as the history
    enum_since: tuple[tuple[Any, str], ...] = ()  # (enum value, version that added it), newer values only


@dataclass(frozen=True)
class Response:
    code: str
    description: str | None
    type: TypeRef | None  # None: no schema


@dataclass(frozen=True)
class Operation:
    operation_id: str
    python_name: str
    method: str  # upper case
    path: str
    tag: str
    summary: str | None
    description: str | None
    parameters: list[Parameter]  # in spec order (path-level ones first, as Swagger merges them)
    consumes: list[str] | None  # None: not given on the operation
    produces: list[str] | None
    responses: list[Response]  # in spec order
    body_kind: BodyKind
    response_kind: ResponseKind
    result: TypeRef | None  # the decoded result (JSON) or stream item (json-lines)
    long_running: bool  # no read timeout: streams, waits, follows
    auth_image: str | None = None  # Python name of the parameter naming the image whose registry credentials the call needs
    deprecated: bool = False
    since: str | None = None  # the API version that added it (history pass); None: as old as the history
    body_fields: tuple[VersionedField, ...] = ()  # request-body fields and enum values newer than the operation
    duration: str | None = None  # Python name of the parameter giving seconds the call takes on purpose
    single_when_false: str | None = None  # Python name of the flag whose False makes a json-lines answer one value
    empty_json_body: bool = False  # no JSON body given: send `{}` (the daemon requires one)
    upgrade: str | None = None  # a hijack's protocol other than the raw stream (Session: h2c), whose bytes are no Docker frames


@dataclass(frozen=True)
class VersionedField:
    """A request-body field, or one value of it, that needs a newer API version than what holds it."""

    path: tuple[tuple[str, str], ...]  # (Python name, wire name) from the body parameter down; "[]" items, "{}" map values
    since: str
    value: Any  # the enum value that needs `since` (when has_value), else the field itself does
    has_value: bool


@dataclass(frozen=True)
class Removed:
    """A wire key (see generator.history) of an older version that the target no longer has."""

    key: str
    since: str | None
    until: str  # the last version that had it


@dataclass(frozen=True)
class History:
    versions: tuple[str, ...]  # the versions read, oldest first; the target's own last
    removed: tuple[Removed, ...]


@dataclass(frozen=True)
class Property:
    wire_name: str
    python_name: str
    type: TypeRef
    required: bool
    nullable: bool
    description: str | None
    title: str | None
    enum: tuple[Any, ...] | None
    since: str | None = None  # the oldest API version that had it where the operations use it (history pass)
    enum_since: tuple[tuple[Any, str], ...] = ()  # (enum value, version that added it), newer values only
    pointer: str = ""  # where the spec defines it (the docs look swagger-codegen's view up by it)
    wire_type: TypeRef | None = None  # what the daemon really sends, where the overlay corrects the spec (`type` stays the spec's, for the docs)
    in_spec: bool = True  # False: a field the daemon has that the spec lacks (overlay `properties`): in the Python models, not in the docs


@dataclass(frozen=True)
class Model:
    name: str  # as in the spec and the docs: "ImageSummary", "ImageInspectRootFS"
    python_name: str  # class name in the emitted package
    module: str  # module of the emitted package that defines it
    description: str | None
    title: str | None
    properties: list[Property]
    additional: TypeRef | None  # additionalProperties value type, when the object is also a map
    alias_of: TypeRef | None  # a named non-object type (array, string enum, ...): emitted as an alias
    enum: tuple[Any, ...] | None
    inline: bool  # named by the builder rather than a definition
    references: tuple[str, ...] = ()  # names of the models its fields use


@dataclass(frozen=True)
class Api:
    tag: str  # "Image"
    class_name: str  # "ImageApi"
    attribute: str  # client attribute: "image"
    module: str  # "image_api"
    description: str | None
    operations: list[Operation]  # in spec order


@dataclass(frozen=True)
class Spec:
    title: str
    version: str  # info.version: "1.44"
    base_path: str  # "/v1.44"
    consumes: list[str]
    produces: list[str]
    apis: list[Api]
    models: list[Model]
    model_modules: dict[str, list[str]] = field(default_factory=dict)  # module → model names, in order
    history: History | None = None  # None: generated without a history (the spec's own version only)
    # JSON pointer of every inline schema the builder made a model → that model's name (the docs
    # name inline models after where they stand, as swagger-codegen does)
    inline_models: dict[str, str] = field(default_factory=dict)
    swagger: SwaggerView | None = None  # the spec as swagger-codegen reads it, for the docs
