"""Python names for spec names: snake_case members, CamelCase classes, never a keyword or clash."""

from __future__ import annotations

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


def unique(names: list[str]) -> list[str]:
    """Suffix repeats with _2, _3, … in order, so `ID` and `Id` stay two members."""
    taken: set[str] = set()
    result: list[str] = []
    for name in names:
        candidate, n = name, 1
        while candidate in taken:
            n += 1
            candidate = f"{name}_{n}"
        taken.add(candidate)
        result.append(candidate)
    return result
