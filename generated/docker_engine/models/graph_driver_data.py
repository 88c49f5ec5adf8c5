"""GraphDriverData: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class GraphDriverData(Model):
    """Information about the storage driver used to store the container's and
    image's filesystem.
    """

    name: str | None = Field(default=None, alias="Name")
    """Name of the storage driver."""

    data: dict[str, str] | None = Field(default=None, alias="Data")
    """Low-level storage metadata, provided as key/value pairs.

    This information is driver-specific, and depends on the storage-driver
    in use, and should be used for informational purposes only.
    """
