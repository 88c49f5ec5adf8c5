"""Python names for spec names: snake_case members, CamelCase classes, never a keyword or clash."""

from __future__ import annotations

import hashlib
import keyword
import re

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NOT_IDENTIFIER = re.compile(r"[^0-9a-zA-Z_]+")

# Names a generated member must not take: keywords, and on models the attributes pydantic's
# BaseModel defines (a field called `json` or `copy` would shadow them).
RESERVED_MEMBERS = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist)
MODEL_ATTRIBUTES = frozenset(
    "model_config model_fields model_computed_fields model_extra model_fields_set model_construct "
    "model_copy model_dump model_dump_json model_json_schema model_parametrized_name model_post_init "
    "model_rebuild model_validate model_validate_json model_validate_strings copy dict json parse_obj "
    "parse_raw parse_file from_orm construct schema schema_json validate update_forward_refs fields "
    "self".split()
)
# Model fields must not shadow the names their class body's annotations use.
ANNOTATION_NAMES = frozenset("str int float bool bytes list dict Any Model Field".split())
# Method arguments must not shadow what the emitted method body uses.
ARGUMENT_RESERVED = RESERVED_MEMBERS | frozenset({"self", "wire", "Request", "JsonBody", "UploadBody", "TextBody"})
# Model classes must not take a name the emitted modules import or define beside them.
MODULE_NAMES = frozenset(
    "Any Field Model TypeAlias Mapping Sequence Request JsonBody TextBody UploadBody UploadSource JsonMessage "
    "ExpectBinary ExpectEmpty ExpectFrames ExpectHeaders ExpectHijack ExpectJson ExpectJsonLines ExpectText ExpectWebSocket "
    "AsyncBinaryStream AsyncHijackedSession AsyncJsonStream AsyncLogStream BinaryStream HijackedSession "
    "JsonStream LogStream WebSocketSession AsyncWebSocketSession SyncApi AsyncApi DockerClient AsyncDockerClient".split()
)
# API attributes of the client must not hide what BaseDockerClient and AsyncBaseDockerClient define.
CLIENT_ATTRIBUTES = RESERVED_MEMBERS | frozenset(
    "address timeout auth_config user_agent api_version ping send close aclose negotiate_version".split()
)
# Longest class or module name: file names derived from them must stay below 255 bytes.
MAX_NAME_LENGTH = 100


def words(name: str) -> list[str]:
    """Split on non-identifier characters and case changes: "IPv4Address" → IPv4, Address."""
    name = re.sub(r"IPv([46])", r"Ipv\1", name)
    name = re.sub(r"([A-Z]{2,})s(?=[A-Z0-9_]|$)", r"\1S", name)  # plural acronyms: NanoCPUs, IDs
    parts: list[str] = []
    for chunk in _NOT_IDENTIFIER.split(name):
        parts.extend(p for p in _WORD_BOUNDARY.split(chunk) if p)
    return [p for part in parts for p in part.split("_") if p]


def snake(name: str) -> str:
    return "_".join(w.lower() for w in words(name))


def camel_class(name: str) -> str:
    """A class name: "ImageInspect_RootFS" → "ImageInspectRootFS"; keeps inner capitals."""
    joined = "".join(w[:1].upper() + w[1:] for w in words(name))
    if joined[:1].isdigit():
        joined = "V" + joined  # capitalised, so no snake_case member can take the same name
    return identifier(joined or "Model", reserved=frozenset())


def identifier(name: str, reserved: frozenset[str] = RESERVED_MEMBERS) -> str:
    """Make `name` a valid identifier outside `reserved`: leading digits and keywords get help."""
    name = _NOT_IDENTIFIER.sub("_", name) or "_"
    if name[0].isdigit():
        name = "v" + name
    if keyword.iskeyword(name) or name in reserved:
        name += "_"
    return name


def member(name: str, reserved: frozenset[str] = RESERVED_MEMBERS) -> str:
    """A snake_case attribute or argument name for a wire name."""
    candidate = snake(name)
    if not candidate:
        candidate = "value"
    if candidate.startswith("_"):
        candidate = candidate.lstrip("_") or "value"
    return identifier(candidate, reserved)


def shorten(name: str, limit: int = MAX_NAME_LENGTH) -> str:
    """`name` cut to `limit` characters, a digest of the whole keeping cut names distinct."""
    if len(name) <= limit:
        return name
    return f"{name[: limit - 9]}_{hashlib.sha256(name.encode()).hexdigest()[:8]}"


def unique(names: list[str], reserved: frozenset[str] = frozenset(), avoid: list[str] | None = None) -> list[str]:
    """Suffix repeats with _2, _3, … in order, so `ID` and `Id` stay two members.

    Names in `reserved` are never given; `avoid[i]` (a wire name) may be given to name i only,
    so a member never takes the wire name of another (pydantic would read it for both).
    """
    taken: set[str] = set(reserved)
    wires = set(avoid or ())
    result: list[str] = []
    for index, name in enumerate(names):
        own = avoid[index] if avoid else None
        candidate, n = name, 1
        while candidate in taken or (candidate in wires and candidate != own):
            n += 1
            candidate = f"{name}_{n}"
        taken.add(candidate)
        result.append(candidate)
    return result
