"""GraphDriverData: models of the Engine API."""

from __future__ import annotations

from typing import Annotated
from pydantic import Field
from .._runtime.model import Model, NullAsEmptyMap


class GraphDriverData(Model):
    """Information about the storage driver used to store the container's and
    image's filesystem.
    """

    name: str = Field(validation_alias="Name", serialization_alias="Name")
    """Name of the storage driver."""

    data: Annotated[dict[str, str], NullAsEmptyMap] = Field(
        validation_alias="Data", serialization_alias="Data"
    )
    """Low-level storage metadata, provided as key/value pairs.

    This information is driver-specific, and depends on the storage-driver
    in use, and should be used for informational purposes only.
    """
