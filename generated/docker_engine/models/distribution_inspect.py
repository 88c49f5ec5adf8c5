"""DistributionInspect: models of the Engine API."""

from __future__ import annotations

from typing import Annotated
from pydantic import Field
from .._runtime.model import Model, NullAsEmptyList
from .oci_descriptor import OCIDescriptor
from .oci_platform import OCIPlatform


class DistributionInspect(Model):
    """Describes the result obtained from contacting the registry to retrieve
    image metadata.
    """

    descriptor: OCIDescriptor = Field(
        validation_alias="Descriptor", serialization_alias="Descriptor"
    )

    platforms: Annotated[list[OCIPlatform], NullAsEmptyList] = Field(
        validation_alias="Platforms", serialization_alias="Platforms"
    )
    """An array containing all platforms supported by the image."""
