"""DistributionInspect: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .oci_descriptor import OCIDescriptor
from .oci_platform import OCIPlatform


class DistributionInspect(Model):
    """Describes the result obtained from contacting the registry to retrieve
    image metadata.
    """

    descriptor: OCIDescriptor | None = Field(default=None, alias="Descriptor")
    """Since API 1.30."""

    platforms: list[OCIPlatform] | None = Field(default=None, alias="Platforms")
    """An array containing all platforms supported by the image.

    Since API 1.30.
    """
