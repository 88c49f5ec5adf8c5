"""VolumeUsageData: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class VolumeUsageData(Model):
    """Usage details about the volume. This information is used by the
    `GET /system/df` endpoint, and omitted in other endpoints.
    """

    size: int = Field(validation_alias="Size", serialization_alias="Size")
    """Amount of disk space used by the volume (in bytes). This information
    is only available for volumes created with the `"local"` volume
    driver. For volumes created with other volume drivers, this field
    is set to `-1` ("not available")
    """

    ref_count: int = Field(validation_alias="RefCount", serialization_alias="RefCount")
    """The number of containers referencing this volume. This field
    is set to `-1` if the reference-count is not available.
    """
