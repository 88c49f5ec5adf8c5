"""Limit: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class Limit(Model):
    """An object describing a limit on resources which can be requested by a task."""

    nano_cpus: int | None = Field(default=None, alias="NanoCPUs")

    memory_bytes: int | None = Field(default=None, alias="MemoryBytes")

    pids: int | None = Field(default=None, alias="Pids")
    """Limits the maximum number of PIDs in the container. Set `0` for unlimited.

    Since API 1.41.
    """
