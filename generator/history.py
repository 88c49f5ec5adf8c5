"""The history pass: in which Engine API version each operation, parameter, field and enum
value appeared, read from one spec file per version, and written onto the IR.

Every version is flattened into the set of *wire keys* it defines, named by what the daemon
sees rather than by the spec's names (operation ids, definition and body-parameter names
change between versions without changing the wire):

    POST /containers/{}/stop                          the operation (method, path)
    POST /containers/{}/stop query:signal             a parameter (location, name)
    POST /containers/create body/HostConfig/Annotations   a request-body field, through $refs
    GET /images/json 200/[]/SharedSize                a response field ([] array items, {} map values)
    POST /containers/create body/HostConfig/RestartPolicy/Name\t="always"   an enum value

A key's version is the first of the unbroken run of versions that ends at the target, so a
field that moved is new in its new place. Keys of the target's own spec that the history
pass cannot name (added by the overlay) carry no version: they are never refused.

Where upstream documented a key later than daemons accepted it (a corrected schema, a typo
fixed), the overlay's `history` section gives its real version, with reason and source; a
corrected key that no version of the history defines is an error, so a typo cannot pass.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import cache
from .cache import read_regular_file
from .errors import GeneratorError, Problem
from .ir import History, Model, Operation, Parameter, Property, Removed, Spec, TypeRef, VersionedField
from .loader import init_worker, parse, sigint_deferred
from .source import MAX_SPEC_BYTES, SpecText
from .history_files import FILE_PATTERN, default_folder
from .wire_keys import ENUM_SEPARATOR, enum_key, operation_key, parameter_key

if TYPE_CHECKING:
    from .overlay import HistoryCorrection, Overlay

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
# Parsing a version's YAML costs a fifth of a second; its keys are cached as JSON (an
# authenticated entry, generator/cache.py), keyed by the file's sha256 and this format's revision.
_CACHE_REVISION = "1"
MAX_SCHEMA_DEPTH = 64


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


# -- where the history comes from ---------------------------------------------------------


def version_files(folder: Path) -> list[tuple[str, Path]]:
    """(version, file) of every engine-api-vX.Y.yaml in `folder`, oldest first."""
    try:
        entries = sorted(folder.iterdir())
    except OSError as error:
        raise GeneratorError(str(folder), [Problem(f"cannot read the history folder: {error.strerror}")])
    found = []
    for path in entries:
        match = FILE_PATTERN.match(path.name)
        if match:
            found.append((f"{int(match[1])}.{int(match[2])}", path))
    if not found:
        raise GeneratorError(str(folder), [Problem("the history folder holds no engine-api-vX.Y.yaml file")])
    return sorted(found, key=lambda entry: version_key(entry[0]))


# -- flattening one version -------------------------------------------------------------------


def flatten(document: dict[str, Any]) -> set[str]:
    """Every wire key `document` defines."""
    definitions = document.get("definitions") or {}
    keys: set[str] = set()

    def schema_keys(schema: Any, key: str, expanding: frozenset[str], depth: int) -> None:
        if depth > MAX_SCHEMA_DEPTH:
            return
        while isinstance(schema, dict) and "$ref" in schema:
            name = str(schema["$ref"]).rsplit("/", 1)[-1]
            if name in expanding or name not in definitions:
                return  # a cycle ends where it would repeat itself
            expanding = expanding | {name}
            schema = definitions[name]
        if not isinstance(schema, dict):
            return
        add_enum(key, schema.get("enum"))
        for part in schema.get("allOf") or []:
            schema_keys(part, key, expanding, depth + 1)
        properties = schema.get("properties")
        if isinstance(properties, dict):
            for name, sub in properties.items():
                keys.add(f"{key}/{name}")
                schema_keys(sub, f"{key}/{name}", expanding, depth + 1)
        if "items" in schema:
            schema_keys(schema["items"], key + "/[]", expanding, depth + 1)
        if isinstance(schema.get("additionalProperties"), dict):
            schema_keys(schema["additionalProperties"], key + "/{}", expanding, depth + 1)

    def add_enum(key: str, values: Any) -> None:
        if isinstance(values, list):
            keys.update(enum_key(key, v) for v in values if not isinstance(v, (dict, list)))

    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            op_key = operation_key(method, str(path))
            keys.add(op_key)
            for param in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
                if not isinstance(param, dict) or "in" not in param or "name" not in param:
                    continue
                key = parameter_key(op_key, str(param["in"]), str(param["name"]))
                keys.add(key)
                if param["in"] == "body":
                    schema_keys(param.get("schema"), key, frozenset(), 0)
                else:
                    add_enum(key, param.get("enum"))
                    add_enum(key, (param.get("items") or {}).get("enum") if isinstance(param.get("items"), dict) else None)
            for code, response in (operation.get("responses") or {}).items():
                if isinstance(response, dict) and "schema" in response:
                    keys.add(f"{op_key} {code}")
                    schema_keys(response["schema"], f"{op_key} {code}", frozenset(), 0)
    return keys


def _flatten_file(path: Path) -> tuple[str, list[str]]:
    """(sha256, sorted keys) of one version file; in a worker process. Errors travel back as
    ValueError(source, message, line), which pickles where GeneratorError does not."""
    data = read_regular_file(path, MAX_SPEC_BYTES)
    if data is None:
        raise ValueError(str(path), f"cannot read a history file: not a regular file of at most {MAX_SPEC_BYTES // 1024**2} MiB", None)
    try:
        # the spec's own reader: duplicate keys, nesting and aliases are refused as they are there
        document = parse(SpecText(str(path), data.decode("utf-8"), ""))
    except UnicodeDecodeError as error:
        raise ValueError(str(path), f"a history file is not UTF-8 text ({error.reason} at byte {error.start})", None) from None
    except GeneratorError as error:
        problem = error.problems[0]
        raise ValueError(str(path), problem.message, problem.line) from None
    return hashlib.sha256(data).hexdigest(), sorted(flatten(document))


# -- reading the history ----------------------------------------------------------------------


@dataclass(frozen=True)
class Timeline:
    """The versions of the history up to the target, and the key sets of those before it."""

    versions: tuple[str, ...]  # oldest first; the target's version last
    keys: tuple[frozenset[str], ...]  # of each version before the target


def read(folder: Path, target_version: str, use_cache: bool = True) -> Timeline:
    """The key sets of every version in `folder` older than `target_version`."""
    try:
        target = version_key(target_version)
    except ValueError:
        raise GeneratorError(str(folder), [Problem(f"the spec's info.version {target_version!r} is not a version like 1.44: it cannot be placed in the history")])
    older = [(version, path) for version, path in version_files(folder) if version_key(version) < target]
    keys = dict(_read_keys([path for _, path in older], use_cache))
    return Timeline(
        versions=tuple(version for version, _ in older) + (target_version,),
        keys=tuple(keys[path] for _, path in older),
    )


def _read_keys(paths: list[Path], use_cache: bool) -> Iterator[tuple[Path, frozenset[str]]]:
    missing = []
    for path in paths:
        cached = _cached(path) if use_cache else None
        if cached is None:
            missing.append(path)
        else:
            yield path, cached
    if not missing:
        return
    workers = min(len(missing), os.cpu_count() or 1)
    try:
        if workers > 1:
            from concurrent.futures import ProcessPoolExecutor  # only a cold run parses

            # As the validator's and black's workers: Ctrl-C is the parent's to report.
            with sigint_deferred(), ProcessPoolExecutor(workers, initializer=init_worker, initargs=(os.getpid(),)) as pool:
                results = list(pool.map(_flatten_file, missing))
        else:
            results = [_flatten_file(path) for path in missing]
    except ValueError as error:
        source, message, line = error.args
        raise GeneratorError(source, [Problem(message, line=line)])
    for path, (digest, keys) in zip(missing, results):
        if use_cache:
            _store(digest, keys)
        yield path, frozenset(keys)


def _cache_key(digest: str) -> str:
    return f"{digest}-{_CACHE_REVISION}"


def _cached(path: Path) -> frozenset[str] | None:
    data = read_regular_file(path, MAX_SPEC_BYTES)
    payload = None if data is None else cache.read("history", _cache_key(hashlib.sha256(data).hexdigest()))
    try:
        keys = None if payload is None else json.loads(payload)
    except ValueError:
        return None
    return frozenset(keys) if isinstance(keys, list) and all(isinstance(key, str) for key in keys) else None


def _store(digest: str, keys: list[str]) -> None:
    cache.write("history", _cache_key(digest), json.dumps(keys).encode())


# -- versions of keys -------------------------------------------------------------------------


class Versions:
    """`since` and removal of every key, from the timeline and the target's own keys."""

    def __init__(self, timeline: Timeline, target_keys: set[str], corrections: Sequence[HistoryCorrection] = ()) -> None:
        self.oldest = timeline.versions[0]
        self.target = timeline.versions[-1]
        self.target_keys = target_keys
        self.starts: dict[str, str] = {}  # key → first version of its latest run
        self.ends: dict[str, str] = {}  # key → last version of its latest run, for keys the target lacks
        previous: frozenset[str] = frozenset()
        previous_version = ""
        for version, keys in zip(timeline.versions, [*timeline.keys, frozenset(target_keys)]):
            self.starts.update(dict.fromkeys(keys - previous, version))
            self.ends.update(dict.fromkeys(previous - keys, previous_version))
            previous, previous_version = keys, version
        for correction in corrections:
            if correction.key in self.starts:
                self.starts[correction.key] = _later(correction.since, self.oldest) or self.oldest
        # Only newer values are asked for often: index those alone.
        self.enum_values: dict[str, list[tuple[Any, str]]] = defaultdict(list)
        for key in target_keys:
            base, separator, value = key.partition(ENUM_SEPARATOR)
            since = self.since(key) if separator else None
            if since:
                self.enum_values[base].append((json.loads(value), since))
        for values in self.enum_values.values():
            values.sort(key=lambda entry: json.dumps(entry[0]))

    def since(self, key: str) -> str | None:
        """The version that added `key`; None when it is as old as the history, or unknown to
        the spec (added by the overlay)."""
        if key not in self.target_keys:
            return None
        start = self.starts[key]
        return None if start == self.oldest else start

    def newer_enum_values(self, key: str) -> list[tuple[Any, str]]:
        """(value, version) of the enum values at `key` newer than the history's oldest version."""
        return self.enum_values.get(key, [])

    def removed(self) -> list[Removed]:
        removed = [
            Removed(key, None if self.starts[key] == self.oldest else self.starts[key], until)
            for key, until in self.ends.items()
            if key not in self.target_keys
        ]
        return sorted(removed, key=lambda entry: entry.key)


def _newer(since: str | None, than: str | None) -> bool:
    return since is not None and (than is None or version_key(since) > version_key(than))


# -- annotating the IR ------------------------------------------------------------------------


def annotate(spec: Spec, versions: Versions, timeline: Timeline) -> Spec:
    """`spec` with the version of every operation, parameter, field and enum value."""
    annotator = _Annotator(versions, {m.name: m for m in spec.models})
    apis = [dataclasses.replace(api, operations=[annotator.operation(op) for op in api.operations]) for api in spec.apis]
    models = [annotator.model(m) for m in spec.models]
    history = History(versions=timeline.versions, removed=tuple(versions.removed()))
    return dataclasses.replace(spec, apis=apis, models=models, history=history)


class _Annotator:
    def __init__(self, versions: Versions, models: dict[str, Model]) -> None:
        self.versions = versions
        self.models = models
        # Where a model's field appears in several places, its oldest one dates it.
        self.property_since: dict[tuple[str, str], str | None] = {}
        self.property_enum_since: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)

    def operation(self, op: Operation) -> Operation:
        op_key = operation_key(op.method, op.path)
        op_since = self.versions.since(op_key)
        parameters = [self.parameter(op_key, p) for p in op.parameters]
        body_fields: dict[tuple[Any, ...], VersionedField] = {}  # an enum alias is met twice on its key
        for p in parameters:
            if p.location == "body":
                self.walk(p.type, parameter_key(op_key, "body", p.wire_name), ((p.python_name, p.wire_name),), _later(p.since, op_since), body_fields, frozenset())
        for response in op.responses:
            if response.type is not None:
                self.walk(response.type, f"{op_key} {response.code}", (), None, {}, frozenset())
        return dataclasses.replace(op, since=op_since, parameters=parameters, body_fields=tuple(body_fields.values()))

    def parameter(self, op_key: str, p: Parameter) -> Parameter:
        key = parameter_key(op_key, p.location, p.wire_name)
        since = self.versions.since(key)
        values = tuple((value, value_since) for value, value_since in self.versions.newer_enum_values(key) if _newer(value_since, since))
        return dataclasses.replace(p, since=since, enum_since=values) if since or values else p

    def walk(self, t: TypeRef, key: str, path: tuple[tuple[str, str], ...], floor: str | None, found: dict[tuple[Any, ...], VersionedField], expanding: frozenset[str]) -> None:
        """Date the fields under `key`; into `found`, the request-body fields and enum values
        newer than `floor` (what the place holding them needs already)."""
        for value, since in self.versions.newer_enum_values(key):
            if _newer(since, floor):
                found[(path, json.dumps(value))] = VersionedField(path, since, value, True)
        if t.kind in ("array", "map") and t.item is not None:
            step = "[]" if t.kind == "array" else "{}"
            self.walk(t.item, f"{key}/{step}", path + ((step, step),), floor, found, expanding)
            return
        if t.kind != "model" or t.name not in self.models or t.name in expanding:
            return
        model = self.models[t.name]
        expanding = expanding | {t.name}
        if model.alias_of is not None:
            self.walk(model.alias_of, key, path, floor, found, expanding)
        if model.additional is not None:
            self.walk(model.additional, f"{key}/{{}}", path + (("{}", "{}"),), floor, found, expanding)
        for prop in model.properties:
            prop_key = f"{key}/{prop.wire_name}"
            since = self.versions.since(prop_key)
            place = (model.name, prop.wire_name)
            if place not in self.property_since or not _newer(since, self.property_since[place]):
                self.property_since[place] = since
            for value, value_since in self.versions.newer_enum_values(prop_key):
                if not _newer(value_since, since):
                    continue
                known = self.property_enum_since[place].get(json.dumps(value))
                if known is None or version_key(value_since) < version_key(known):
                    self.property_enum_since[place][json.dumps(value)] = value_since
            prop_path = path + ((prop.python_name, prop.wire_name),)
            if _newer(since, floor):
                found[(prop_path,)] = VersionedField(prop_path, since or "", None, False)
            self.walk(prop.type, prop_key, prop_path, _later(since, floor), found, expanding)

    def model(self, model: Model) -> Model:
        properties = [self._dated(model.name, p) for p in model.properties]
        if all(new is old for new, old in zip(properties, model.properties)):
            return model
        return dataclasses.replace(model, properties=properties)

    def _dated(self, model: str, p: Property) -> Property:
        since = self.property_since.get((model, p.wire_name))
        values = self.property_enum_since.get((model, p.wire_name))
        if since is None and not values:
            return p  # most fields are as old as the history: no copy
        enum_since = tuple((json.loads(v), s) for v, s in sorted(values.items())) if values else ()
        return dataclasses.replace(p, since=since, enum_since=enum_since)


def _later(a: str | None, b: str | None) -> str | None:
    return a if _newer(a, b) else b


# -- the step ---------------------------------------------------------------------------------


def apply(spec: Spec, document: dict[str, Any], folder: Path | None, use_cache: bool = True, overlay: Overlay | None = None) -> Spec:
    """The history step of the pipeline: `spec` annotated from `folder` (unchanged without one),
    with the overlay's corrections."""
    if folder is None:
        return spec
    timeline = read(folder, spec.version, use_cache)
    corrections = overlay.history if overlay else []
    versions = Versions(timeline, flatten(document), corrections)
    if overlay:
        check_corrections(overlay, folder, versions, use_cache)
    return annotate(spec, versions, timeline)


def check_corrections(overlay: Overlay, folder: Path, versions: Versions, use_cache: bool) -> None:
    """GeneratorError, located in the overlay, for a correction whose key no version in
    `folder` defines (the versions after the target are read only then)."""
    unknown = [c for c in overlay.history if c.key not in versions.starts]
    if not unknown:
        return
    target = version_key(versions.target)
    later = [keys for _, keys in _read_keys([path for version, path in version_files(folder) if version_key(version) > target], use_cache)]
    problems = [
        Problem(f"history correction: no Engine API version in {folder} defines the wire key {c.key!r}", line=c.line)
        for c in unknown
        if not any(c.key in keys for keys in later)
    ]
    if problems:
        raise GeneratorError(overlay.source, problems)
