"""What docker_engine/_versions.py holds: per operation, everything newer than the oldest
version of the history, as the runtime's versions.Needs (see templates/runtime/versions.py)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import names
from .formatting import LINE_LENGTH

from .history import version_key
from .ir import Operation, Spec
from .python_view import python_literal, string_literal


@dataclass(frozen=True)
class OperationNeeds:
    operation_id: str
    since: str | None
    parameters: list[str]  # Python source of each versions.Parameter(...)
    body: list[str]  # Python source of each versions.BodyField(...)
    shared_body: str | None = None  # the name of the constant holding `body`, when operations share it


@dataclass(frozen=True)
class SharedBody:
    name: str
    fields: list[str]

    @property
    def one_line(self) -> str | None:
        """The constant on one line, where black puts a tuple of one field that fits (its
        comma is the tuple's, not a magic trailing one)."""
        line = f"{self.name} = ({self.fields[0]},)" if len(self.fields) == 1 else ""
        return line if line and len(line) <= LINE_LENGTH else None


@dataclass(frozen=True)
class VersionsView:
    oldest: str
    newest: str
    read_history: bool  # False: generated without a history, only the spec's own version is known
    operations: list[OperationNeeds]
    shared_bodies: list[SharedBody]  # the body fields of operations that take the same body (create and update)


def _strings(values: tuple[str, ...]) -> str:
    inner = ", ".join(string_literal(v) for v in values)
    return f"({inner},)" if len(values) == 1 else f"({inner})"


def _needs(op: Operation) -> OperationNeeds | None:
    parameters = []
    for p in op.parameters:
        if p.since and (op.since is None or version_key(p.since) > version_key(op.since)):
            parameters.append(f"Parameter({string_literal(p.python_name)}, {string_literal(p.wire_name)}, {string_literal(p.location)}, {string_literal(p.since)})")
        for value, since in p.enum_since:
            # query and header values travel as text
            wire_value = value if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else str(value)
            parameters.append(
                f"Parameter({string_literal(p.python_name)}, {string_literal(p.wire_name)}, {string_literal(p.location)}, {string_literal(since)}, {string_literal(wire_value)})"
            )
    body = []
    for f in op.body_fields:
        python_path = _strings(tuple(step[0] for step in f.path))
        wire_path = _strings(tuple(step[1] for step in f.path))
        value = f", {python_literal(f.value)}" if f.has_value else ""
        body.append(f"BodyField({python_path}, {wire_path}, {string_literal(f.since)}{value})")
    if not (op.since or parameters or body):
        return None
    return OperationNeeds(op.operation_id, op.since, parameters, body)


def _share_bodies(operations: list[OperationNeeds]) -> tuple[list[OperationNeeds], list[SharedBody]]:
    users: dict[tuple[str, ...], list[str]] = {}
    for op in operations:
        if op.body:
            users.setdefault(tuple(op.body), []).append(op.operation_id)
    constants = {body: "_" + names.snake(ids[0]).upper() + "_FIELDS" for body, ids in users.items() if len(ids) > 1}
    shared = [SharedBody(name, list(body)) for body, name in constants.items()]
    return [replace(op, shared_body=constants.get(tuple(op.body))) for op in operations], sorted(shared, key=lambda b: b.name)


def versions_view(spec: Spec) -> VersionsView:
    if spec.history is None:
        return VersionsView(spec.version, spec.version, False, [], [])
    found = [needs for api in spec.apis for op in api.operations if (needs := _needs(op)) is not None]
    operations, shared = _share_bodies(sorted(found, key=lambda o: o.operation_id))
    return VersionsView(spec.history.versions[0], spec.version, True, operations, shared)
