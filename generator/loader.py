"""Spec loader: YAML text → a validated Swagger 2.0 document (plain dicts and lists).

Steps: parse with PyYAML (C loader when available), normalise response codes to strings,
apply the fixes of spec/overlay.yaml, validate with openapi-spec-validator, and report every
remaining error with its JSON pointer and file line.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import os
import pickle
import signal
import tempfile
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import version
from pathlib import Path
from typing import Any

import yaml

from . import pointers
from .errors import GeneratorError, Problem
from .overlay import Overlay
from .source import SpecText, cache_dir

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Deeper documents would exhaust the stack of the validator, the builder or pydantic; the
# Engine API nests 16 levels.
MAX_DEPTH = 100


class _UniqueKeyLoader(_Loader):  # type: ignore[misc, valid-type]
    """Refuses a key repeated in one mapping: YAML forbids it, and PyYAML would keep the last
    value silently (the first of two paths or definitions of one name would vanish)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, (str, int, float, bool)) and key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key if isinstance(key, (str, int, float, bool)) else id(key))
        return super().construct_mapping(node, deep)  # type: ignore[no-any-return]


def parse(spec: SpecText) -> dict[str, Any]:
    try:
        document = yaml.load(spec.text, Loader=_UniqueKeyLoader)
    except RecursionError:
        raise GeneratorError(spec.name, [Problem("invalid YAML: it nests too deeply to read")])
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        line = None if mark is None else mark.line + 1
        raise GeneratorError(spec.name, [Problem(f"invalid YAML: {reason}", line=line)])
    if not isinstance(document, dict):
        raise GeneratorError(spec.name, [Problem("the spec must be a YAML mapping")])
    if str(document.get("swagger")) != "2.0":
        found = document.get("swagger") or document.get("openapi") or "no version"
        raise GeneratorError(spec.name, [Problem(f"expected a Swagger 2.0 document, found {found!r}")])
    return document


def normalise(document: dict[str, Any]) -> None:
    """Response codes arrive as integers from YAML; Swagger and the validator want strings."""
    paths = document.get("paths")
    if not isinstance(paths, dict):
        return
    for path_item in paths.values():
        if not isinstance(path_item, dict):
            continue
        for operation in path_item.values():
            if isinstance(operation, dict) and isinstance(operation.get("responses"), dict):
                operation["responses"] = {str(code): value for code, value in operation["responses"].items()}


class Validation:
    """The validator's verdict on a document, computed in a worker process.

    Validation is the slowest step of a cold run; the caller builds and renders meanwhile
    and calls `confirm()` before writing anything.
    """

    def __init__(self, spec: SpecText, overlay: Overlay, cache_path: Path | None) -> None:
        self._spec = spec
        self._cache_path = cache_path
        self.document: dict[str, Any] | None = None  # the caller's copy, cached once found valid
        with sigint_deferred():
            self._pool = ProcessPoolExecutor(max_workers=1, initializer=quiet_on_interrupt)
            # The worker parses the text itself: starting at once beats waiting for our
            # parse and shipping the parsed document over.
            self._future = self._pool.submit(_parse_and_validate, spec, overlay)

    def confirm(self) -> None:
        """Return when the document is valid; GeneratorError with every problem otherwise."""
        try:
            problems = self._future.result()
        finally:
            # Done: wait for the pool's thread to end, or it may race the interpreter's exit
            # (an "Exception ignored ... Bad file descriptor" traceback after Ctrl-C).
            self._pool.shutdown(wait=self._future.done(), cancel_futures=True)
        if problems:
            raise GeneratorError(self._spec.name, problems)
        if self._cache_path is not None and self.document is not None:
            _store(self._cache_path, self.document)

    def cancel(self) -> None:
        self._future.cancel()
        self._pool.shutdown(wait=False, cancel_futures=True)


@contextlib.contextmanager
def sigint_deferred() -> Iterator[None]:
    """Hold Ctrl-C back while worker processes are forked: a child interrupted before its
    initializer runs prints a traceback. The parent gets the signal right after."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def quiet_on_interrupt() -> None:
    """In the worker: Ctrl-C reaches the whole process group; the parent alone reports it
    (exit 130), and the worker must neither print a traceback nor break the pool first."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _parse_and_validate(spec: SpecText, overlay: Overlay) -> list[Problem]:
    document = parse(spec)
    normalise(document)
    overlay.apply_fixes(document)
    return validate(document, spec.text)


class AlreadyValid:
    def confirm(self) -> None:
        return None

    def cancel(self) -> None:
        return None


def load(spec: SpecText, overlay: Overlay, use_cache: bool = True) -> tuple[dict[str, Any], Validation | AlreadyValid]:
    """The document with the overlay's fixes applied, and its pending validation.

    Validation takes about a second for the Engine API, so it runs beside the caller's
    work; a document that passed once is kept in the cache, keyed by everything that
    decides the verdict, and read back in milliseconds.
    """
    cached = _cache_path(spec, overlay)
    if use_cache:
        try:
            with cached.open("rb") as stream:
                document: dict[str, Any] = pickle.load(stream)
            return document, AlreadyValid()
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            pass
    validation = Validation(spec, overlay, cached if use_cache else None)
    try:
        document = parse(spec)
    except GeneratorError:
        validation.cancel()
        raise
    normalise(document)
    overlay.apply_fixes(document)
    problems = too_deep(document, spec.text) or unresolved_references(document, spec.text)
    if problems:
        validation.cancel()
        raise GeneratorError(spec.name, problems)
    validation.document = document
    return document, validation


def _cache_path(spec: SpecText, overlay: Overlay) -> Path:
    key = hashlib.sha256()
    for part in (spec.sha256, overlay.text, version("openapi-spec-validator"), yaml.__version__, Path(__file__).read_text()):
        key.update(part.encode() + b"\0")
    return cache_dir() / "documents" / f"{key.hexdigest()}.pickle"


def _store(target: Path, document: dict[str, Any]) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as partial:
            pickle.dump(document, partial, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial.name, target)
    except (OSError, pickle.PicklingError, RecursionError):
        pass  # a cache that cannot be written only costs time


def too_deep(document: dict[str, Any], text: str) -> list[Problem]:
    """The first node nested deeper than MAX_DEPTH (found without recursion)."""
    stack: list[tuple[Any, tuple[Any, ...]]] = [(document, ())]
    while stack:
        node, path = stack.pop()
        if len(path) > MAX_DEPTH:
            pointer = pointers.join(*path)
            return [Problem(f"the spec nests more than {MAX_DEPTH} levels deep here", pointer, pointers.line_of(text, pointer))]
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        stack.extend((value, path + (key,)) for key, value in reversed(list(items)))
    return []


def unresolved_references(document: dict[str, Any], text: str) -> list[Problem]:
    """Every local $ref whose target is missing (the validator would stop at the first one)."""
    problems = []
    for pointer, node in pointers.walk(document):
        if not isinstance(node, dict) or "$ref" not in node:
            continue
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#"):
            message = f"$ref {ref!r} is not a local reference (only #/... is supported)"
        else:
            try:
                pointers.resolve(document, ref[1:])
                continue
            except (KeyError, IndexError, ValueError, TypeError):
                message = f"$ref {ref!r} points to nothing in this spec"
        location = pointer + "/$ref"
        problems.append(Problem(message, location, pointers.line_of(text, location)))
    return problems


def validate(document: dict[str, Any], text: str) -> list[Problem]:
    # Imported here: the validator is slow to import and a cached document never needs it.
    from openapi_spec_validator.validation import OpenAPIV2SpecValidator

    # The validator may annotate what it walks; keep the caller's document untouched.
    errors = OpenAPIV2SpecValidator(copy.deepcopy(document)).iter_errors()
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    try:
        for error in errors:
            for pointer in _locate(document, error):
                message = _message(error)
                if (pointer, message) in seen:
                    continue
                seen.add((pointer, message))
                problems.append(Problem(message, pointer, pointers.line_of(text, pointer)))
    except RecursionError:
        endless = _endless_reference(document)
        if endless is None:
            problems.append(Problem("the spec nests too deeply to validate"))
        else:
            message = "the validator follows this $ref without end: it closes a cycle of allOf or bare $ref schemas"
            problems.append(Problem(message, endless, pointers.line_of(text, endless)))
    except Exception as error:  # the validator chokes on some malformed input instead of reporting it
        problems.append(Problem(f"the validator could not read the spec: {type(error).__name__}: {error}"))
    return problems


def _endless_reference(document: dict[str, Any]) -> str | None:
    """The $ref closing a cycle of definitions that refer to each other through allOf or as
    a bare $ref (also inside array items): the validator follows those without end, while
    cycles through properties or plain array items it handles."""
    definitions = document.get("definitions")
    if not isinstance(definitions, dict):
        return None
    edges: dict[str, list[tuple[str, str]]] = {}
    prefix = "#/definitions/"
    for name, schema in definitions.items():
        edges[name] = []
        stack: list[tuple[Any, str, bool]] = [(schema, pointers.join("definitions", name), True)]
        while stack:
            node, pointer, transparent = stack.pop()
            if not isinstance(node, dict):
                continue
            ref = node.get("$ref")
            if transparent and isinstance(ref, str) and ref.startswith(prefix):
                edges[name].append((pointers.split("/" + ref[len(prefix) :])[0], pointer + "/$ref"))
            for index, part in enumerate(node.get("allOf") or []):
                stack.append((part, f"{pointer}/allOf/{index}", True))
            stack.append((node.get("items"), pointer + "/items", False))
    for start in edges:  # depth first, iteratively: a cycle back to `start`?
        seen: set[str] = set()
        stack2 = list(edges[start])
        while stack2:
            target, pointer = stack2.pop()
            if target == start:
                return pointer
            if target in seen or target not in edges:
                continue
            seen.add(target)
            stack2.extend(edges[target])
    return None


def _message(error: Any) -> str:
    return str(getattr(error, "message", error)).splitlines()[0]


def _locate(document: dict[str, Any], error: Any) -> list[str]:
    """JSON pointers of the places an error is about.

    Errors about a schema's own `default` come without a path (the validator checks the
    default against the schema it sits in), so such places are found by searching the
    document for the schema the error names.
    """
    path = list(getattr(error, "absolute_path", None) or getattr(error, "path", None) or [])
    if path:
        pointer = pointers.join(*path)
        instance = getattr(error, "instance", None)
        try:
            if pointers.resolve(document, pointer) == instance:
                return [pointer]
        except (KeyError, IndexError, ValueError, TypeError):
            pass
        # Errors inside a schema come with the path in that schema: find the schemas meant.
        matches = [p for p, node in pointers.walk(document) if p.endswith(pointer) and node == instance]
        in_schemas = [p for p in matches if p.startswith("/definitions/") or "/schema/" in p]
        return in_schemas or matches or [pointer]
    schema = getattr(error, "schema", None)
    if isinstance(schema, dict) and getattr(error, "validator", None) == "type":
        matches = [p for p, node in pointers.walk(document) if node == schema and isinstance(node, dict)]
        if matches:
            return [p + "/default" if "default" in schema else p for p in matches]
    return [""]
