"""The overlay in spec/overlay.yaml: what upstream gets wrong, fixed before use.

Four parts, each entry with its reason and source:
* `fixes` edit the document before validation (structural defects of the upstream file);
* `operations` describe how the daemon really reads a parameter or answers (repeated keys,
  JSON in a query value, JSON-lines streams). They only add `x-wire` facts that the Python
  emitter reads, so the Markdown docs still describe the upstream spec as it is;
* `properties` give the schema the daemon really sends for a model property where the spec
  draws another: the Python models decode it, the docs keep the spec's;
* `history` redates wire keys that upstream documented later than daemons accepted them
  (generator.history applies them; a key no history version knows is an error there).
Entries naming an operation or place that a spec version lacks are skipped, so one overlay
serves every Engine API version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import pointers
from .errors import GeneratorError, Problem
from .wire_keys import enum_key
from .resources import SPEC

DEFAULT_OVERLAY = SPEC / "overlay.yaml"


@dataclass(frozen=True)
class Fix:
    pointer: str
    remove: str  # the key to delete at `pointer`
    only_if: Any  # ... when it holds this value
    reason: str


@dataclass(frozen=True)
class ParameterWire:
    encoding: str | None = None  # how the value goes on the wire (see ir.Encoding)
    schema: dict[str, Any] | None = None  # the JSON value's schema, for JSON-encoded strings
    send_default: bool = False  # send the spec default even when the caller gives nothing


@dataclass(frozen=True)
class OperationWire:
    response: str | None = None  # response kind override, e.g. "json-lines"
    stream_item: str | None = None  # model of each JSON line
    registry_auth: str | None = None  # wire name of the parameter naming the image whose registry credentials the call needs
    duration: str | None = None  # wire name of the parameter giving seconds the daemon may take on purpose
    single_when_false: str | None = None  # wire name of the flag that turns a JSON-lines answer into one JSON value
    empty_body: bool = False  # an optional JSON body the daemon requires: `{}` when the caller gives none
    result_schema: dict[str, Any] | None = None  # the success body's schema where the spec's is not what daemons send (client only)
    upgrade: str | None = None  # the protocol a hijacking operation upgrades to, when not the raw stream (`tcp`)
    parameters: dict[str, ParameterWire] = field(default_factory=dict)
    extra_parameters: list[dict[str, Any]] = field(default_factory=list)  # read by the daemon, absent from the spec


@dataclass(frozen=True)
class HistoryCorrection:
    key: str  # a wire key of generator.history, an enum value's included
    since: str  # the Engine API version that really added it
    line: int  # of its entry in the overlay, for errors


@dataclass(frozen=True)
class Overlay:
    fixes: list[Fix]
    operations: dict[str, OperationWire]
    text: str  # for cache keys
    history: list[HistoryCorrection] = field(default_factory=list)
    source: str = str(DEFAULT_OVERLAY)
    properties: dict[str, dict[str, Any]] = field(default_factory=dict)  # property pointer → the schema the daemon sends

    def property_schema(self, pointer: str) -> dict[str, Any] | None:
        return self.properties.get(pointer)

    def added_properties(self, model_pointer: str, present: set[str]) -> list[tuple[str, dict[str, Any], str]]:
        """(wire name, schema, pointer) of the properties the overlay gives the model at
        `model_pointer` that the spec does not."""
        prefix = model_pointer + "/properties/"
        return [
            (pointer[len(prefix) :], schema, pointer)
            for pointer, schema in self.properties.items()
            if pointer.startswith(prefix) and "/" not in pointer[len(prefix) :] and pointer[len(prefix) :] not in present
        ]

    def apply_fixes(self, document: dict[str, Any]) -> None:
        for fix in self.fixes:
            try:
                node = pointers.resolve(document, fix.pointer)
            except (KeyError, IndexError, ValueError):
                continue
            if isinstance(node, dict) and fix.remove in node and node[fix.remove] == fix.only_if:
                del node[fix.remove]

    def wire(self, operation_id: str) -> OperationWire:
        return self.operations.get(operation_id) or OperationWire()


def load_overlay(path: Path = DEFAULT_OVERLAY) -> Overlay:
    text = path.read_text(encoding="utf-8")
    try:
        data = yaml.load(text, Loader=pointers.SAFE_LOADER) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise GeneratorError(str(path), [Problem(f"invalid YAML: {getattr(error, 'problem', None) or error}", line=None if mark is None else mark.line + 1)])
    try:
        fixes = [
            Fix(entry["pointer"], entry["remove"], entry.get("only_if"), entry["reason"])
            for entry in data.get("fixes", [])
        ]
        operations = {name: _operation(entry) for name, entry in (data.get("operations") or {}).items()}
        properties = {pointer: _property_schema(entry) for pointer, entry in (data.get("properties") or {}).items()}
        history, problems = _history_corrections(data.get("history") or [], _entry_lines(text, "history"))
    except (KeyError, TypeError, AttributeError) as error:
        raise GeneratorError(str(path), [Problem(f"malformed overlay entry: {error}")])
    if problems:
        raise GeneratorError(str(path), problems)
    return Overlay(fixes, operations, text, history, str(path), properties)


def _history_corrections(entries: list[dict[str, Any]], lines: list[int]) -> tuple[list[HistoryCorrection], list[Problem]]:
    """One correction per key of each entry (with `value`: of that enum value), and the
    problems of malformed entries."""
    corrections, problems = [], []
    for entry, line in zip(entries, lines):
        if not isinstance(entry.get("keys"), list) or not all(entry.get(name) for name in ("since", "reason", "source")):
            problems.append(Problem("a history correction needs `keys` (a list of wire keys), `since`, `reason` and `source`", line=line))
        elif not re.fullmatch(r"\d+\.\d+", str(entry["since"])):
            problems.append(Problem(f"a history correction's `since` must be a version like 1.25, not {entry['since']!r}", line=line))
        else:
            corrections += [HistoryCorrection(enum_key(key, entry["value"]) if "value" in entry else str(key), str(entry["since"]), line) for key in entry["keys"]]
    return corrections, problems


def _entry_lines(text: str, section: str) -> list[int]:
    """The 1-based line of each item of the top-level list `section`."""
    root = yaml.compose(text, Loader=pointers.SAFE_LOADER)
    if not isinstance(root, yaml.MappingNode):
        return []
    for name, node in root.value:
        if name.value == section and isinstance(node, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in node.value]
    return []


def _property_schema(entry: dict[str, Any]) -> dict[str, Any]:
    if not (entry["reason"] and entry["source"] and isinstance(entry["schema"], dict)):
        raise KeyError("a property correction needs a `schema` (a mapping), a `reason` and a `source`")
    return dict(entry["schema"])


def _operation(entry: dict[str, Any]) -> OperationWire:
    parameters = {
        name: ParameterWire(spec.get("encoding"), spec.get("schema"), bool(spec.get("send_default", False)))
        for name, spec in (entry.get("parameters") or {}).items()
    }
    return OperationWire(
        response=entry.get("response"),
        stream_item=entry.get("stream_item"),
        registry_auth=entry.get("registry_auth"),
        duration=entry.get("duration"),
        upgrade=entry.get("upgrade"),
        empty_body=bool(entry.get("empty_body", False)),
        single_when_false=entry.get("single_when_false"),
        result_schema=entry.get("result_schema"),
        parameters=parameters,
        extra_parameters=list(entry.get("extra_parameters") or []),
    )
