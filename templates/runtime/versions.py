"""What each operation needs of the daemon's API version, checked before a call is sent.

A daemon ignores what is newer than the API version a call speaks: a parameter, a body field,
an enum value it does not know is dropped in silence. The generated ``docker_engine._versions``
lists, from the Engine API's own history, everything newer than the oldest version of that
history; :meth:`VersionHistory.check` refuses a call that uses any of it with a daemon (or a
pinned version) too old for it, before anything is sent. Calls that use only what every
version has cost one dictionary lookup.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .errors import UnsupportedByApiVersion
from .request import JsonBody, Request

__all__ = ["BodyField", "Needs", "Parameter", "VersionHistory"]

Version = tuple[int, int]
_ANY_VALUE: Any = object()


def _parse(version: str) -> Version:
    major, _, minor = version.partition(".")
    return int(major), int(minor)


@dataclass(frozen=True, slots=True)
class Parameter:
    """A parameter (or, with ``value``, one value of it) newer than its operation."""

    python_name: str
    wire_name: str
    location: str  # "query", "header", "path" or "body"
    since: str
    value: Any = _ANY_VALUE  # the wire text of the enum value that needs ``since``


@dataclass(frozen=True, slots=True)
class BodyField:
    """A request-body field (or, with ``value``, one value of it) newer than what holds it."""

    python_path: tuple[
        str, ...
    ]  # the body argument, then attribute names; "[]" items, "{}" values
    wire_path: tuple[
        str, ...
    ]  # the same steps by wire name (for bodies given as dicts)
    since: str
    value: Any = _ANY_VALUE


@dataclass
class _Step:
    """One step of the body's fields as a prefix tree: a call walks only the branches whose
    ``newest`` is above the version in use, and only into values the caller set."""

    wire_name: str
    newest: Version = (0, 0)
    ends: list[BodyField] = field(
        default_factory=list
    )  # fields (or values) whose path ends here
    children: dict[str, _Step] = field(default_factory=dict)


def _tree(fields: tuple[BodyField, ...]) -> dict[str, _Step]:
    root = _Step("")
    for f in fields:
        node = root
        for step, wire_name in zip(f.python_path[1:], f.wire_path[1:]):
            node = node.children.setdefault(step, _Step(wire_name))
            node.newest = max(node.newest, _parse(f.since))
        node.ends.append(f)
    return root.children


@dataclass(frozen=True, slots=True)
class Needs:
    """Everything of one operation that not every version of the history has."""

    since: str | None = None  # the operation itself
    parameters: tuple[Parameter, ...] = ()
    body: tuple[BodyField, ...] = ()
    newest: Version = field(init=False)  # nothing in the operation needs more
    body_tree: dict[str, _Step] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        found = [self.since] if self.since else []
        found += [p.since for p in self.parameters] + [f.since for f in self.body]
        object.__setattr__(self, "newest", max(map(_parse, found), default=(0, 0)))
        object.__setattr__(self, "body_tree", _tree(self.body))


@dataclass(frozen=True)
class VersionHistory:
    """The generated table: versions read, and what each operation needs."""

    oldest: str  # the oldest version of the history ("1.25"); the spec's own when none was read
    newest: str  # the version the client was generated from
    operations: Mapping[str, Needs]

    def check(self, request: Request, version: str, pinned: bool, daemon: str) -> None:
        """Raise :class:`UnsupportedByApiVersion` when ``request`` uses something newer
        than ``version``; ``pinned``/``daemon`` only word the error."""
        needs = self.operations.get(request.operation)
        if needs is None:
            return
        speaking = _parse(version)
        if speaking >= needs.newest:
            return
        for what, since in _used(request, needs, speaking):
            raise _refusal(request.operation, what, since, version, pinned, daemon)


def _used(
    request: Request, needs: Needs, speaking: Version
) -> Iterator[tuple[str, str]]:
    """(what, version needed) of what ``request`` uses that is newer than ``speaking``."""
    if needs.since and speaking < _parse(needs.since):
        yield "the operation", needs.since
    sent = {name.lower(): value for name, value in request.headers}
    query: dict[str, list[str]] = {}
    for name, value in request.query:
        query.setdefault(name, []).append(value)
    for p in needs.parameters:
        if speaking >= _parse(p.since):
            continue
        if p.location == "query":
            values = query.get(p.wire_name)
        elif p.location == "header":
            header = sent.get(p.wire_name.lower())
            values = None if header is None else [header]
        elif p.location == "body":
            values = [] if request.body is None or request.body.empty else None
        else:
            continue  # path parameters are always given: their operation says it all
        if values is None:
            continue
        if p.value is _ANY_VALUE:
            yield f"parameter {p.python_name!r}", p.since
        elif any(p.value in _words(value) for value in values):
            yield f"value {p.value!r} of parameter {p.python_name!r}", p.since
    if isinstance(request.body, JsonBody) and request.body.value is not None:
        yield from _used_fields(request.body.value, needs.body_tree, speaking)


def _used_fields(
    value: Any, steps: dict[str, _Step], speaking: Version
) -> Iterator[tuple[str, str]]:
    """Fields under ``value`` the caller set (models: ``model_fields_set``, so defaults
    never count; dicts: by wire name) that are newer than ``speaking``."""
    for step, node in steps.items():
        if node.newest <= speaking:
            continue
        for item in _step_values(value, step, node.wire_name):
            for f in node.ends:
                if speaking >= _parse(f.since):
                    continue
                if f.value is _ANY_VALUE:
                    yield f"field {_dotted(f.python_path)}", f.since
                elif item == f.value or getattr(item, "value", _ANY_VALUE) == f.value:
                    yield f"value {f.value!r} of field {_dotted(f.python_path)}", f.since
            yield from _used_fields(item, node.children, speaking)


def _step_values(value: Any, step: str, wire_name: str) -> Iterable[Any]:
    """The values one step down that are set and not None."""
    items: Iterable[Any]
    if step == "[]":
        items = value if isinstance(value, (list, tuple)) else ()
    elif step == "{}":
        items = value.values() if isinstance(value, Mapping) else ()
    else:
        fields_set = getattr(value, "model_fields_set", None)
        if fields_set is not None:
            items = (getattr(value, step),) if step in fields_set else ()
        elif isinstance(value, Mapping) and wire_name in value:
            items = (value[wire_name],)
        else:
            items = ()
    return [item for item in items if item is not None]


def _dotted(path: tuple[str, ...]) -> str:
    """``body.host_config.mounts[].type``"""
    return "".join(step if step in ("[]", "{}") else f".{step}" for step in path)[1:]


def _words(wire_value: str) -> set[str]:
    """A query value and, for comma-separated lists, its items."""
    return {wire_value, *wire_value.split(",")}


def _refusal(
    operation: str, what: str, since: str, version: str, pinned: bool, daemon: str
) -> UnsupportedByApiVersion:
    if pinned:
        speaking = f"the client is pinned to API {version} (api_version={version!r})"
        remedy = (
            f'pin api_version={since!r} or newer (or "auto") if the daemon supports it'
        )
    else:
        speaking = f"the daemon at {daemon} speaks API {version}"
        remedy = f"use a Docker Engine whose API is {since} or newer"
    return UnsupportedByApiVersion(
        f"{what} needs Engine API {since}, but {speaking}; the daemon would ignore it"
        f" without a word. Leave it out, or {remedy}",
        operation=operation,
        item=what,
        needed_version=since,
        api_version=version,
    )
