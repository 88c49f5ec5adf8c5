"""Base class of every generated model."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pydantic
from pydantic import ConfigDict, GetCoreSchemaHandler, PlainValidator
from pydantic.fields import FieldInfo
from pydantic_core import core_schema

__all__ = ["Model", "NullAsEmptyList", "NullAsEmptyMap", "OpenEnum"]


class Model(pydantic.BaseModel):
    """A model of the Engine API: strict when a user builds it, lenient when the daemon sends it.

    * Built by keywords (``ContainerCreateBody(image="busybox")``): the Python names are the
      parameters (each field's wire name is its ``validation_alias``, which type checkers do
      not read, so they see the snake_case names without a plugin), and an unknown field, at
      any depth, raises ``TypeError`` instead of being sent. A model is both sent and received
      (``HostConfig``, ``ContainerConfig``, ...) by the same class, so strictness follows the
      direction of the data, not the class.
    * Decoded from the daemon (``model_validate``/``model_validate_json``, what the client
      does): unknown fields are kept (``model_extra``), as the Engine adds fields over time.

    Wire names are accepted too (``validate_by_alias``), and dumped with ``by_alias=True``.
    Schemas are built on first use (``defer_build``) so that importing hundreds of models
    stays cheap.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        defer_build=True,
        protected_namespaces=(),
    )

    def __init__(self, /, **data: Any) -> None:
        super().__init__(**data)
        unknown = sorted(_unknown_fields(self, ""))
        if unknown:
            raise TypeError(f"{type(self).__name__}: {'; '.join(unknown)}")

    # Tells pydantic this __init__ only wraps its own: decoding (model_validate) then skips it,
    # and keeps what the daemon sends beyond the spec.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]


def _unknown_fields(model: pydantic.BaseModel, at: str) -> Iterator[str]:
    """One message per field the model's class does not declare, here and in nested models."""
    fields = type(model).model_fields
    for key in model.model_extra or {}:
        yield f"unknown field {at + key!r}{_did_you_mean(key, fields)}"
    for name in model.model_fields_set & fields.keys():
        yield from _unknown_in(getattr(model, name), f"{at}{name}.")


def _did_you_mean(key: str, fields: dict[str, FieldInfo]) -> str:
    import difflib  # only for a mistake: importing the models stays cheap

    known = list(fields) + [
        str(f.validation_alias) for f in fields.values() if f.validation_alias
    ]
    close = difflib.get_close_matches(key, known, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _unknown_in(value: object, at: str) -> Iterator[str]:
    if isinstance(value, pydantic.BaseModel):
        yield from _unknown_fields(value, at)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _unknown_in(item, f"{at}{key}.")
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _unknown_in(item, f"{at}{index}.")


def _open_enum(value: Any) -> Any:
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return value
    raise ValueError(f"expected one of the enum's values, got {type(value).__name__}")


class _NullAsEmpty:
    """Validates as the annotated type, else ``null`` as a new empty container: the array or
    map first and ``null`` only when that fails, both in pydantic-core, so a list of
    thousands of models calls no Python function for the values that are there."""

    def __init__(self, empty: Callable[[], Any]) -> None:
        self._empty = empty

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        empty = self._empty
        container = handler(source)
        as_empty = core_schema.no_info_after_validator_function(
            lambda _: empty(), core_schema.none_schema()
        )
        # Dumped as the container alone: a union's serializer would first check the value
        # against each arm, and a model decoded leniently (required fields missing) fails
        # that check, so a dump warns and falls back to guessing.
        as_container = core_schema.wrap_serializer_function_ser_schema(
            lambda value, serialize: serialize(value), schema=container
        )
        return core_schema.union_schema(
            [container, (as_empty, "null")],
            mode="left_to_right",
            serialization=as_container,
        )


#: A required array or map the daemon sends as ``null`` when it is empty (a Go nil slice or
#: map: ImageSummary.Labels, image history Tags, Volume.Options, ...) decodes as empty, so
#: the field's type needs no ``| None``.
NullAsEmptyList = _NullAsEmpty(list)
NullAsEmptyMap = _NullAsEmpty(dict)

#: An enum field: a ``Literal`` for type checkers (a typo is caught before it is sent), any
#: string or integer at run time, as the daemon sends values newer than the spec.
OpenEnum = PlainValidator(_open_enum)
