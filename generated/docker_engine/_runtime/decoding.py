"""Typed JSON decoding with cached pydantic ``TypeAdapter``s and a lenient fallback.

Validation is first tried normally (``validate_json`` on the raw bytes). When the
daemon sends something the generated types do not allow (a ``null`` where the spec
promises a list, a string where it promises an int, ...), the value is rebuilt
without validation wherever validation fails (models via ``model_construct``,
recursively) and a :class:`LenientDecodeWarning` is emitted: a call never fails
because the spec is stricter than the daemon. Run tests with
``-W error::docker_engine._runtime.decoding.LenientDecodeWarning`` to find such
spots.

A body of :data:`GC_PAUSE_MIN_BYTES` or more is decoded with Python's cyclic garbage
collector paused (see :func:`gc_paused`): building thousands of models otherwise sets
off collections that walk every object built so far, and the cost per item grows with
the size of the list.
"""

from __future__ import annotations

import gc
import json
import os
import threading
import types
import typing
import warnings
from typing import TYPE_CHECKING, Any, TypeVar, cast

from .errors import ProtocolError

if TYPE_CHECKING:
    import pydantic

# pydantic is imported by the functions that use it, not with this module: importing
# the package and making a client stays cheap (the first decode imports it).

__all__ = [
    "GC_PAUSE_MIN_BYTES",
    "LenientDecodeWarning",
    "adapter_for",
    "decode_json",
    "decode_python",
    "gc_paused",
]

T = TypeVar("T")

_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}
_LOCK = threading.Lock()


_CONSTRUCT_PARAMETERS = ("cls", "_fields_set")

#: Bodies from this size on (a list of about a hundred images) decode with the cyclic
#: garbage collector paused; below it a decode makes too few objects for a collection.
GC_PAUSE_MIN_BYTES = 32 * 1024


class _GcPause:
    """Who paused the collector: it is process-wide, so decodes in several threads share
    one pause, and it is resumed by the last of them, only if a decode paused it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders = 0
        self._paused_here = False

    def __enter__(self) -> None:
        with self._lock:
            if self._holders == 0:
                self._paused_here = gc.isenabled()
                if self._paused_here:
                    gc.disable()
            self._holders += 1

    def __exit__(self, *exc_info: object) -> None:
        with self._lock:
            self._holders -= 1
            if self._holders == 0 and self._paused_here:
                self._paused_here = False
                gc.enable()

    def after_fork_in_child(self) -> None:
        """A child forked during a pause lacks the threads that would end it (and may
        find the lock held): it starts unpaused, its collector as before the pause."""
        self._lock = threading.Lock()
        self._holders = 0
        if self._paused_here:
            self._paused_here = False
            gc.enable()


_GC_PAUSE = _GcPause()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_GC_PAUSE.after_fork_in_child)


def gc_paused() -> _GcPause:
    """A context in which Python's cyclic garbage collector is paused, for the whole
    process (every thread) while any thread is inside one.

    Nested and concurrent uses share the pause; it ends when the last one leaves, and
    the collector is enabled again only if it was enabled when the pause began (a
    program that runs with ``gc.disable()`` keeps it disabled). It ends on exceptions
    too. Objects made meanwhile are collected as usual afterwards.
    """
    return _GC_PAUSE


class LenientDecodeWarning(UserWarning):
    """A response did not validate against its generated type; it was decoded
    without validation where needed."""


def adapter_for(tp: Any) -> pydantic.TypeAdapter[Any]:
    """The cached ``TypeAdapter`` of a type (thread-safe)."""
    try:
        return _ADAPTERS[tp]
    except KeyError:
        pass
    except TypeError:  # unhashable type expression
        import pydantic

        return pydantic.TypeAdapter(tp)
    import pydantic

    with _LOCK:
        adapter = _ADAPTERS.get(tp)
        if adapter is None:
            adapter = pydantic.TypeAdapter(tp)
            _ADAPTERS[tp] = adapter
        return adapter


def _is_json_syntax_error(exc: pydantic.ValidationError) -> bool:
    return any(err.get("type") == "json_invalid" for err in exc.errors())


def decode_json(tp: Any, data: bytes, *, what: str = "response") -> Any:
    """Validate JSON bytes as ``tp``; lenient fallback on validation errors.

    A large body decodes with the garbage collector paused (:func:`gc_paused`)."""
    if len(data) < GC_PAUSE_MIN_BYTES:
        return _decode_json(tp, data, what)
    with _GC_PAUSE:
        return _decode_json(tp, data, what)


def _decode_json(tp: Any, data: bytes, what: str) -> Any:
    import pydantic

    adapter = adapter_for(tp)
    try:
        return adapter.validate_json(data)
    except pydantic.ValidationError as exc:
        if _is_json_syntax_error(exc):
            snippet = data[:200].decode("utf-8", errors="replace")
            raise ProtocolError(f"invalid JSON in {what}: {snippet!r}") from None
        first = exc.errors()[0]
        value = json.loads(data)
    _warn(tp, what, first, stacklevel=5)  # past decode_json too
    return construct(tp, value)


def decode_python(tp: Any, value: Any, *, what: str = "response") -> Any:
    """Validate an already-parsed JSON value as ``tp`` (lenient)."""
    import pydantic

    try:
        return adapter_for(tp).validate_python(value)
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
    _warn(tp, what, first, stacklevel=4)
    return construct(tp, value)


def _warn(tp: Any, what: str, first: Any, *, stacklevel: int) -> None:
    loc = ".".join(str(p) for p in first.get("loc", ()))
    warnings.warn(
        LenientDecodeWarning(
            f"{what} does not match {_type_name(tp)} at {loc or '<root>'}:"
            f" {first.get('msg')}; decoded without validation"
        ),
        stacklevel=stacklevel,
    )


def _type_name(tp: Any) -> str:
    return getattr(tp, "__name__", None) or repr(tp)


def _try(tp: Any, value: Any) -> Any:
    import pydantic

    try:
        return adapter_for(tp).validate_python(value)
    except pydantic.ValidationError:
        return construct(tp, value)
    except pydantic.PydanticSchemaGenerationError:
        return value


def construct(tp: Any, value: Any) -> Any:
    """Build ``value`` as ``tp`` as far as possible, validating only the parts
    that validate."""
    import pydantic

    if value is None:
        return None
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Annotated:
        return construct(args[0], value)
    if origin in (typing.Union, types.UnionType):
        for arm in args:
            if arm is type(None):
                continue
            try:
                return adapter_for(arm).validate_python(value)
            except pydantic.ValidationError:
                continue
        for arm in args:
            if _shape_matches(arm, value):
                return construct(arm, value)
        return value
    if origin in (list, tuple, set, frozenset) or (
        origin is not None and _is_sequence_origin(origin)
    ):
        if isinstance(value, list) and args:
            return [_try(args[0], v) for v in value]
        return value
    if origin is dict or (origin is not None and _is_mapping_origin(origin)):
        if isinstance(value, dict) and len(args) == 2:
            return {k: _try(args[1], v) for k, v in value.items()}
        return value
    if (
        isinstance(tp, type)
        and issubclass(tp, pydantic.BaseModel)
        and isinstance(value, dict)
    ):
        by_key: dict[str, tuple[str, Any]] = {}
        for name, info in tp.model_fields.items():
            # with its validators (NullAsEmpty...), which model_fields keeps apart
            annotation = info.rebuild_annotation()
            by_key[name] = (name, annotation)
            if isinstance(info.validation_alias, str):
                by_key[info.validation_alias] = (name, annotation)
        values: dict[str, Any] = {}
        for key, item in value.items():
            if key in by_key:
                name, annotation = by_key[key]
                values[name] = _try(annotation, item)
            else:
                values[key] = item
        # model_construct's own parameters cannot come as keywords: set them afterwards
        held = {k: values.pop(k) for k in _CONSTRUCT_PARAMETERS if k in values}
        instance = cast(Any, tp).model_construct(**values)
        for key, item in held.items():
            if key in tp.model_fields:
                setattr(instance, key, item)
            elif instance.__pydantic_extra__ is not None:
                instance.__pydantic_extra__[key] = item
        return instance
    return value


def _shape_matches(tp: Any, value: Any) -> bool:
    """Whether ``value`` (a JSON container) has the shape of ``tp``."""
    import pydantic

    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        return _shape_matches(typing.get_args(tp)[0], value)
    if isinstance(value, dict):
        return (isinstance(tp, type) and issubclass(tp, pydantic.BaseModel)) or (
            origin is dict or (origin is not None and _is_mapping_origin(origin))
        )
    if isinstance(value, list):
        return origin in (list, tuple, set, frozenset) or (
            origin is not None and _is_sequence_origin(origin)
        )
    return False


def _is_sequence_origin(origin: Any) -> bool:
    import collections.abc as abc

    return origin in (abc.Sequence, abc.MutableSequence, abc.Iterable)


def _is_mapping_origin(origin: Any) -> bool:
    import collections.abc as abc

    return origin in (abc.Mapping, abc.MutableMapping)
