"""ClusterVolumeSpecAccessModeAccessibilityRequirements: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .topology import Topology


class ClusterVolumeSpecAccessModeAccessibilityRequirements(Model):
    """Requirements for the accessible topology of the volume. These
    fields are optional. For an in-depth description of what these
    fields mean, see the CSI specification.
    """

    requisite: list[Topology] | None = Field(default=None, alias="Requisite")
    """A list of required topologies, at least one of which the
    volume must be accessible from.

    Since API 1.42.
    """

    preferred: list[Topology] | None = Field(default=None, alias="Preferred")
    """A list of topologies that the volume should attempt to be
    provisioned in.

    Since API 1.42.
    """
