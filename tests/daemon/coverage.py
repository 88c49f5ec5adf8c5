"""Which operations of the spec the committed cassettes cover, per Engine.

An operation is *covered* on an Engine when a cassette recorded from that Engine (its header's
``engine_version``) holds an exchange of it answered below 400, and *error-covered* when one was
answered with a 4xx. ``python -m tests.daemon coverage`` prints the table per API (the spec's tag);
``test_coverage.py`` fails on every gap that ``coverage_exceptions.yaml`` does not excuse, and on
every excuse that no longer excuses a gap.
"""

from __future__ import annotations

import pathlib
import re
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import yaml

from . import cassette as cf
from .scenario import CASSETTE_DIR

SPEC = pathlib.Path(__file__).resolve().parents[2].parent / "shared" / "specs" / "engine-api-v1.44.yaml"
EXCEPTIONS = pathlib.Path(__file__).resolve().parent / "coverage_exceptions.yaml"
REQUIRED_ENGINES = ("20.10", "28.5")  # every operation recorded from these; 26.1 is counted, not required
SUCCESS, ERROR = "success", "4xx"
_METHODS = ("get", "post", "put", "delete", "head")
_VERSION_PREFIX = re.compile(r"^/v\d+\.\d+(?=/)")


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    api: str  # the spec's first tag: "Container", "Image", …
    declares_4xx: bool
    pattern: re.Pattern[str]

    @property
    def literal_segments(self) -> int:
        return sum(1 for segment in self.path.split("/") if segment and "{" not in segment)


def spec_operations(spec_path: pathlib.Path = SPEC) -> list[Operation]:
    """The spec's operations, the most literal paths first (so `/images/json` is not read as
    `/images/{name}`); a path parameter matches anything, slashes included (image names have them)."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    operations = []
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method not in _METHODS:
                continue
            pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", ".+", re.escape(path)) + "$")
            declares_4xx = any(str(code).startswith("4") for code in operation.get("responses", {}))
            api = (operation.get("tags") or ["?"])[0]
            operations.append(Operation(operation["operationId"], method.upper(), path, api, declares_4xx, pattern))
    return sorted(operations, key=lambda op: (-op.literal_segments, op.path.count("{"), op.path))


def operation_of(method: str, target: str, operations: Iterable[Operation]) -> Operation | None:
    path = _VERSION_PREFIX.sub("", urllib.parse.unquote(target.split("?", 1)[0]))
    return next((op for op in operations if op.method == method and op.pattern.match(path)), None)


def engine_of_header(header: dict[str, Any]) -> str:
    return ".".join(str(header["engine_version"]).split(".")[:2])


@dataclass
class EngineCoverage:
    engine: str
    succeeded: set[str] = field(default_factory=set)
    failed_4xx: set[str] = field(default_factory=set)
    cassettes: int = 0


def count(operations: list[Operation], root: pathlib.Path = CASSETTE_DIR) -> dict[str, EngineCoverage]:
    """Per Engine major.minor: the operations answered below 400 and those answered with a 4xx."""
    engines: dict[str, EngineCoverage] = {}
    for path in sorted(root.rglob("*.jsonl")):
        recorded = cf.load(path)
        engine = engine_of_header(recorded.header)
        coverage = engines.setdefault(engine, EngineCoverage(engine))
        coverage.cassettes += 1
        for exchange in recorded.exchanges:
            if exchange.response is None:
                continue
            operation = operation_of(exchange.method, exchange.target, operations)
            status = int(exchange.response["status"])
            if operation is None:
                continue
            if status < 400:
                coverage.succeeded.add(operation.operation_id)
            elif status < 500:
                coverage.failed_4xx.add(operation.operation_id)
    return dict(sorted(engines.items(), key=lambda item: tuple(int(part) for part in item[0].split("."))))


@dataclass(frozen=True)
class Gap:
    engine: str
    operation_id: str
    kind: str  # SUCCESS or ERROR

    def __str__(self) -> str:
        return f"{self.operation_id} on {self.engine}: no recorded {self.kind}"


def gaps(operations: list[Operation], engines: dict[str, EngineCoverage], required: Iterable[str] = REQUIRED_ENGINES) -> set[Gap]:
    found = set()
    for engine in required:
        coverage = engines.get(engine, EngineCoverage(engine))
        for op in operations:
            if op.operation_id not in coverage.succeeded:
                found.add(Gap(engine, op.operation_id, SUCCESS))
            if op.declares_4xx and op.operation_id not in coverage.failed_4xx:
                found.add(Gap(engine, op.operation_id, ERROR))
    return found


@dataclass(frozen=True)
class Excuse:
    gaps: frozenset[Gap]
    reason: str


class BadExcuses(ValueError):
    """The exceptions file does not have the documented shape."""


def load_exceptions(path: pathlib.Path = EXCEPTIONS, operations: list[Operation] | None = None) -> list[Excuse]:
    """Entries ``{operations: [...], engines: [...], missing: [success|4xx, ...], reason: "..."}``:
    each excuses every combination of its operations, Engines and kinds."""
    known = {op.operation_id for op in operations} if operations is not None else None
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(entries, list):
        raise BadExcuses(f"{path}: expected a list of entries")
    excuses = []
    for number, entry in enumerate(entries, 1):
        where = f"{path.name} entry {number}"
        if not isinstance(entry, dict) or set(entry) != {"operations", "engines", "missing", "reason"}:
            raise BadExcuses(f"{where}: needs exactly operations, engines, missing, reason")
        if not str(entry["reason"]).strip():
            raise BadExcuses(f"{where}: empty reason")
        if not set(entry["missing"]) <= {SUCCESS, ERROR} or not entry["missing"]:
            raise BadExcuses(f"{where}: missing is a list of {SUCCESS!r} and {ERROR!r}")
        unknown = set(entry["operations"]) - known if known is not None else set()
        if unknown:
            raise BadExcuses(f"{where}: not operations of the spec: {', '.join(sorted(unknown))}")
        excused = frozenset(
            Gap(str(engine), operation, kind) for operation in entry["operations"] for engine in entry["engines"] for kind in entry["missing"]
        )
        excuses.append(Excuse(excused, str(entry["reason"])))
    return excuses


def _cell(done: int, total: int) -> str:
    return f"{done}/{total}" if total else "-"


def table(operations: list[Operation], engines: dict[str, EngineCoverage]) -> str:
    """Markdown: per API, per Engine, operations with a success and operations declaring a 4xx with one."""
    apis = sorted({op.api for op in operations})
    header = "| API | operations | " + " | ".join(f"{engine} success | {engine} 4xx" for engine in engines) + " |"
    lines = [header, "|" + "---|" * (2 + 2 * len(engines))]
    for api in [*apis, None]:
        ops = [op for op in operations if api is None or op.api == api]
        with_4xx = [op for op in ops if op.declares_4xx]
        cells = []
        for coverage in engines.values():
            cells.append(_cell(sum(op.operation_id in coverage.succeeded for op in ops), len(ops)))
            cells.append(_cell(sum(op.operation_id in coverage.failed_4xx for op in with_4xx), len(with_4xx)))
        lines.append(f"| {api or '**all**'} | {len(ops)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def missing_lists(operations: list[Operation], engines: dict[str, EngineCoverage]) -> str:
    lines = []
    for coverage in engines.values():
        no_success = sorted(op.operation_id for op in operations if op.operation_id not in coverage.succeeded)
        no_error = sorted(op.operation_id for op in operations if op.declares_4xx and op.operation_id not in coverage.failed_4xx)
        lines.append(f"Engine {coverage.engine} ({coverage.cassettes} cassettes)")
        lines.append(f"  no success ({len(no_success)}): {' '.join(no_success) or '-'}")
        lines.append(f"  no 4xx ({len(no_error)}): {' '.join(no_error) or '-'}")
    return "\n".join(lines)


def report(spec_path: pathlib.Path = SPEC, root: pathlib.Path = CASSETTE_DIR) -> str:
    operations = spec_operations(spec_path)
    engines = count(operations, root)
    return f"{table(operations, engines)}\n\n{missing_lists(operations, engines)}"
