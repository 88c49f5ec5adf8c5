"""ResourcesBlkioWeightDeviceItem: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ResourcesBlkioWeightDeviceItem(Model):
    """ResourcesBlkioWeightDeviceItem"""

    path: str | None = Field(
        default=None, validation_alias="Path", serialization_alias="Path"
    )

    weight: int | None = Field(
        default=None, validation_alias="Weight", serialization_alias="Weight"
    )
