"""The overlay in spec/overlay.yaml: what upstream gets wrong, fixed before use.

Two parts, each entry with its reason and source:
* `fixes` edit the document before validation (structural defects of the upstream file);
* `operations` describe how the daemon really reads a parameter or answers (repeated keys,
  JSON in a query value, JSON-lines streams). They only add `x-wire` facts that the Python
  emitter reads, so the Markdown docs still describe the upstream spec as it is.
Entries naming an operation or place that a spec version lacks are skipped, so one overlay
serves every Engine API version.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import pointers
from .errors import GeneratorError, Problem
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
    parameters: dict[str, ParameterWire] = field(default_factory=dict)
    extra_parameters: list[dict[str, Any]] = field(default_factory=list)  # read by the daemon, absent from the spec


@dataclass(frozen=True)
class Overlay:
    fixes: list[Fix]
    operations: dict[str, OperationWire]
    text: str  # for cache keys

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
    data = yaml.safe_load(text) or {}
    try:
        fixes = [
            Fix(entry["pointer"], entry["remove"], entry.get("only_if"), entry["reason"])
            for entry in data.get("fixes", [])
        ]
        operations = {name: _operation(entry) for name, entry in (data.get("operations") or {}).items()}
    except (KeyError, TypeError, AttributeError) as error:
        raise GeneratorError(str(path), [Problem(f"malformed overlay entry: {error}")])
    return Overlay(fixes, operations, text)


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
        empty_body=bool(entry.get("empty_body", False)),
        single_when_false=entry.get("single_when_false"),
        parameters=parameters,
        extra_parameters=list(entry.get("extra_parameters") or []),
    )
