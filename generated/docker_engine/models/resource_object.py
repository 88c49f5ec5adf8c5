"""ResourceObject: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .generic_resources import GenericResources


class ResourceObject(Model):
    """An object describing the resources which can be advertised by a node and
    requested by a task.
    """

    nano_cpus: int | None = Field(default=None, alias="NanoCPUs")

    memory_bytes: int | None = Field(default=None, alias="MemoryBytes")

    generic_resources: GenericResources | None = Field(
        default=None, alias="GenericResources"
    )
    """Since API 1.32."""
