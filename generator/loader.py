"""Spec loader: YAML text → a validated Swagger 2.0 document (plain dicts and lists).

Steps: parse with PyYAML (C loader when available), normalise response codes to strings,
apply the fixes of spec/overlay.yaml, validate with openapi-spec-validator, and report every
remaining error with its JSON pointer and file line.
"""

from __future__ import annotations

import contextlib
import copy
import ctypes
import ctypes.util
import gc
import hashlib
import json
import multiprocessing
import os
import resource
import signal
import time
from collections.abc import Iterator
from importlib.metadata import version
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import yaml

from . import cache, pointers, source
from .errors import GeneratorError, Problem
from .overlay import Overlay
from .source import SpecText

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Deeper documents would exhaust the stack of the validator, the builder or pydantic; the
# Engine API nests 16 levels.
MAX_DEPTH = 100
# YAML aliases may repeat a part of the document; expanded, it may hold at most this many
# values (the Engine API holds 11,000): nine levels of ten aliases would be a billion.
MAX_EXPANDED_VALUES = 1_000_000
# The validation worker's bounds: the Engine API takes about a second and 200 MB.
VALIDATION_SECONDS = 120
VALIDATION_MEMORY_BYTES = 2 * 1024**3


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

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects and isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
            self.aliased.append(node)  # reached again: through an alias or a merge key
        return super().construct_object(node, deep)


_STR, _MAP, _SEQ = "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
# Scalars built by PyYAML's own safe constructors on the quick path; any other tag (dates,
# binary, sets, merge keys, tags of the user's) takes the general path.
_PLAIN_SCALARS = frozenset({"tag:yaml.org,2002:null", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"})
_CHECKED_KEYS = (str, int, float, bool)


class _NotPlain(Exception):
    """The document holds what only the general constructor handles."""


def _plain_tree(reader: _UniqueKeyLoader, root: yaml.Node) -> Any:
    """The document of `root` as PyYAML's safe constructor (with our duplicate-key check)
    builds it, without its per-node machinery: two to three times faster. Only for plain
    trees of maps, lists and str/null/bool/int/float scalars; anything else (an alias or a
    merge key above all, whose checks are the general path's) raises _NotPlain.
    Iterative, so its depth is bounded by the composer's alone."""
    constructors = reader.yaml_constructors
    seen: set[int] = set()
    pending: list[tuple[yaml.Node, Any]] = []
    scalar_node, mapping_node, sequence_node = yaml.ScalarNode, yaml.MappingNode, yaml.SequenceNode

    def value(node: yaml.Node) -> Any:
        kind, tag = type(node), node.tag
        if kind is scalar_node:
            if tag == _STR:
                return node.value
            if tag in _PLAIN_SCALARS:
                return constructors[tag](reader, node)
            raise _NotPlain
        if id(node) in seen:
            raise _NotPlain  # reached twice: an alias
        seen.add(id(node))
        if kind is mapping_node and tag == _MAP:
            made: Any = {}
        elif kind is sequence_node and tag == _SEQ:
            made = []
        else:
            raise _NotPlain
        pending.append((node, made))
        return made

    top = value(root)
    while pending:
        node, made = pending.pop()
        if type(made) is list:
            made.extend([value(item) for item in node.value])
            continue
        pairs = node.value
        keys = []
        checked: set[Any] = set()
        for key_node, _ in pairs:
            if type(key_node) is not scalar_node:
                raise _NotPlain
            key = value(key_node)
            if isinstance(key, _CHECKED_KEYS) and key in checked:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            checked.add(key)
            keys.append(key)
        for key, (_, value_node) in zip(keys, pairs):
            made[key] = value(value_node)
    return top


def parse(spec: SpecText) -> dict[str, Any]:
    reader = _UniqueKeyLoader(spec.text)
    reader.aliased = []
    # A document is tens of thousands of new containers: collections during the parse would
    # only walk them again and again (a fifth of the time). Resumed whatever happens, and
    # only if it was running.
    collecting = gc.isenabled()
    gc.disable()
    try:
        root = reader.get_single_node()
        try:
            document = None if root is None else _plain_tree(reader, root)
        except _NotPlain:
            document = reader.construct_document(root)
    except RecursionError:
        raise GeneratorError(spec.name, [Problem("invalid YAML: it nests too deeply to read")])
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        line = None if mark is None else mark.line + 1
        raise GeneratorError(spec.name, [Problem(f"invalid YAML: {reason}", line=line)])
    finally:
        if collecting:
            gc.enable()
        reader.dispose()
    if reader.aliased:
        document = _expand_aliases(document, spec.name, reader.aliased[0].start_mark.line + 1)
    if not isinstance(document, dict):
        raise GeneratorError(spec.name, [Problem("the spec must be a YAML mapping")])
    if str(document.get("swagger")) != "2.0":
        found = document.get("swagger") or document.get("openapi") or "no version"
        raise GeneratorError(spec.name, [Problem(f"expected a Swagger 2.0 document, found {found!r}")])
    return document


def _expand_aliases(document: Any, name: str, line: int) -> Any:
    """The document as a tree (what it would be without aliases), when that is small enough;
    its size is counted first, each shared part once, so an alias bomb costs nothing."""
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[Any, bool]] = [(document, False)]
    while stack:
        node, finished = stack.pop()
        children = list(node.values()) if isinstance(node, dict) else node if isinstance(node, list) else None
        if children is None:
            continue
        ident = id(node)
        if finished:
            on_path.discard(ident)
            sizes[ident] = 1 + sum(sizes.get(id(child), 1) for child in children)
            if sizes[ident] > MAX_EXPANDED_VALUES:
                message = f"YAML aliases expand the spec past {MAX_EXPANDED_VALUES:,} values (an alias bomb?); the first alias refers to the node here"
                raise GeneratorError(name, [Problem(message, line=line)])
        elif ident in on_path:
            raise GeneratorError(name, [Problem("a YAML alias refers to a node that contains it", line=line)])
        elif ident not in sizes:
            on_path.add(ident)
            stack.append((node, True))
            stack.extend((child, False) for child in children)
    return _unshared(document)


def _unshared(document: Any) -> Any:
    """A copy in which no dict or list appears twice (without recursion)."""
    pending: list[tuple[Any, Any]] = []

    def fresh(node: Any) -> Any:
        if isinstance(node, (dict, list)):
            copied: dict[Any, Any] | list[Any] = {} if isinstance(node, dict) else []
            pending.append((node, copied))
            return copied
        return node

    top = fresh(document)
    while pending:
        source, target = pending.pop()
        if isinstance(source, dict):
            target.update((key, fresh(value)) for key, value in source.items())
        else:
            target.extend(fresh(value) for value in source)
    return top


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
    and calls `confirm()` before writing anything. The worker is bounded in time and memory
    and dies with this process. It answers first, then stores a valid document in the cache
    (off the caller's path; the interpreter waits for it at exit, a fraction of a second).
    """

    def __init__(self, spec: SpecText, overlay: Overlay, cache_key: str | None) -> None:
        self._spec = spec
        context = multiprocessing.get_context("fork")
        self._answers, answer = context.Pipe(duplex=False)
        # The worker parses the text itself: starting at once beats waiting for our
        # parse and shipping the parsed document over.
        self._worker = context.Process(target=_worker, args=(answer, spec, overlay, cache_key, os.getpid()))
        self._deadline = time.monotonic() + VALIDATION_SECONDS
        with sigint_deferred():
            self._worker.start()
        answer.close()

    def confirm(self) -> None:
        """Return when the document is valid; GeneratorError with every problem otherwise."""
        problems = None
        try:
            problems = self._answer()
        finally:
            if problems == []:
                self._answers.close()  # valid: the worker may still be filling the cache
            else:
                self.cancel()
        if problems:
            raise GeneratorError(self._spec.name, problems)

    def _answer(self) -> list[Problem]:
        if not self._answers.poll(max(0.0, self._deadline - time.monotonic())):
            return [Problem(f"validating the spec takes longer than {VALIDATION_SECONDS} s: it was stopped")]
        try:
            answer: list[Problem] | str = self._answers.recv()
        except EOFError:  # the worker ended without an answer
            self._worker.join()
            return [Problem(f"the validator stopped without an answer (exit status {self._worker.exitcode})")]
        if isinstance(answer, str):
            raise RuntimeError(f"the validation worker failed: {answer}")
        return answer

    def cancel(self) -> None:
        if self._worker.is_alive():
            self._worker.kill()
        self._worker.join()
        self._answers.close()


@contextlib.contextmanager
def sigint_deferred() -> Iterator[None]:
    """Hold Ctrl-C back while worker processes are forked: a child interrupted before its
    initializer runs prints a traceback. The parent gets the signal right after."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def init_worker(parent: int) -> None:
    """In a worker: Ctrl-C reaches the whole process group; the parent alone reports it
    (exit 130), and the worker must neither print a traceback nor break its pool first.
    And the worker must not outlive the parent: Linux kills it when the parent (strictly,
    the thread that forked it: the main thread here) dies, however abruptly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    libc_name = ctypes.util.find_library("c")
    if libc_name is not None:
        libc = ctypes.CDLL(libc_name, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # it died before the line above
        os._exit(1)


def _address_space() -> int:
    """What the fork inherited (a test runner's process may be large already); 0 unknown."""
    try:
        return int(Path("/proc/self/statm").read_text().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


def _worker(answer: Connection, spec: SpecText, overlay: Overlay, cache_key: str | None, parent: int) -> None:
    init_worker(parent)
    resource.setrlimit(resource.RLIMIT_AS, (_address_space() + VALIDATION_MEMORY_BYTES,) * 2)
    document: dict[str, Any] = {}
    try:
        document, problems = verdict(spec, overlay)
    except MemoryError:
        problems = [Problem(f"validating the spec needs more than {VALIDATION_MEMORY_BYTES // 1024**3} GiB of memory: it was stopped")]
    except Exception as error:  # a defect of ours: the parent reports it as an internal error
        answer.send(f"{type(error).__name__}: {error}")
        return
    answer.send(problems)
    answer.close()
    if not problems and cache_key is not None:
        with contextlib.suppress(MemoryError):
            _store(cache_key, document)


def verdict(spec: SpecText, overlay: Overlay) -> tuple[dict[str, Any], list[Problem]]:
    """The document with the overlay's fixes applied, and every problem the validator and
    our own checks find in it (the validation worker's work)."""
    try:
        document = parse(spec)
    except GeneratorError as error:
        return {}, error.problems
    normalise(document)
    overlay.apply_fixes(document)
    return document, structural_problems(document, spec.text) or validate(document, spec.text)


class AlreadyValid:
    def confirm(self) -> None:
        return None

    def cancel(self) -> None:
        return None


def load(spec: SpecText, overlay: Overlay, use_cache: bool = True) -> tuple[dict[str, Any], Validation | AlreadyValid]:
    """The document with the overlay's fixes applied, and its pending validation.

    Validation takes about a second for the Engine API, so it runs beside the caller's
    work; a document that passed once is kept in the cache (as JSON, authenticated: see
    cache.py), keyed by everything that decides the verdict, and read back in milliseconds.
    """
    key = _cache_key(spec, overlay) if use_cache else None
    cached = None if key is None else cache.read("documents", key)
    if cached is not None:
        try:
            document: dict[str, Any] = json.loads(cached)
            return document, AlreadyValid()
        except ValueError:
            pass
    # The pinned upstream file with the overlay it was validated with (spec/upstream.yaml):
    # the same bytes get the same verdict, so no validator runs on them.
    validation = AlreadyValid() if source.validated_pin(spec, overlay.text) else Validation(spec, overlay, key)
    try:
        document = parse(spec)
    except GeneratorError:
        validation.cancel()
        raise
    normalise(document)
    overlay.apply_fixes(document)
    problems = structural_problems(document, spec.text)
    if problems:
        validation.cancel()
        raise GeneratorError(spec.name, problems)
    if key is not None and isinstance(validation, AlreadyValid):
        _store(key, document)  # valid by its pin: read back next time as a validated one is
    return document, validation


def _cache_key(spec: SpecText, overlay: Overlay) -> str:
    key = hashlib.sha256()
    for part in (spec.sha256, overlay.text, version("openapi-spec-validator"), yaml.__version__, Path(__file__).read_text()):
        key.update(part.encode() + b"\0")
    return key.hexdigest()


def _store(key: str, document: dict[str, Any]) -> None:
    """Keep a valid document, when JSON holds it exactly (YAML also has dates, sets and
    non-string keys: such a document is simply not cached)."""
    try:
        payload = json.dumps(document, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()
    except (TypeError, ValueError, RecursionError):
        return
    if json.loads(payload) == document:
        cache.write("documents", key, payload)


def structural_problems(document: dict[str, Any], text: str) -> list[Problem]:
    """What the validator does not report, or reports badly."""
    return too_deep(document, text) or unresolved_references(document, text)


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
