"""ClusterVolumeSpecAccessMode: models of the Engine API."""

from __future__ import annotations

from typing import Any
from pydantic import Field
from .._runtime.model import Model
from .cluster_volume_spec_access_mode_accessibility_requirements import (
    ClusterVolumeSpecAccessModeAccessibilityRequirements,
)
from .cluster_volume_spec_access_mode_capacity_range import (
    ClusterVolumeSpecAccessModeCapacityRange,
)
from .cluster_volume_spec_access_mode_secrets_item import (
    ClusterVolumeSpecAccessModeSecretsItem,
)


class ClusterVolumeSpecAccessMode(Model):
    """Defines how the volume is used by tasks."""

    scope: str | None = Field(default=None, alias="Scope")
    """The set of nodes this volume can be used on at one time.
    - `single` The volume may only be scheduled to one node at a time.
    - `multi` the volume may be scheduled to any supported number of nodes at a time.

    One of: 'single', 'multi' (other values are passed through).

    Since API 1.42.
    """

    sharing: str | None = Field(default=None, alias="Sharing")
    """The number and way that different tasks can use this volume
    at one time.
    - `none` The volume may only be used by one task at a time.
    - `readonly` The volume may be used by any number of tasks, but they all must mount the volume as readonly
    - `onewriter` The volume may be used by any number of tasks, but only one may mount it as read/write.
    - `all` The volume may have any number of readers and writers.

    One of: 'none', 'readonly', 'onewriter', 'all' (other values are passed through).

    Since API 1.42.
    """

    mount_volume: dict[str, Any] | None = Field(default=None, alias="MountVolume")
    """Options for using this volume as a Mount-type volume.

        Either MountVolume or BlockVolume, but not both, must be
        present.
      properties:
        FsType:
          type: "string"
          description: |
            Specifies the filesystem type for the mount volume.
            Optional.
        MountFlags:
          type: "array"
          description: |
            Flags to pass when mounting the volume. Optional.
          items:
            type: "string"
    BlockVolume:
      type: "object"
      description: |
        Options for using this volume as a Block-type volume.
        Intentionally empty.

    Since API 1.42.
    """

    secrets: list[ClusterVolumeSpecAccessModeSecretsItem] | None = Field(
        default=None, alias="Secrets"
    )
    """Swarm Secrets that are passed to the CSI storage plugin when
    operating on this volume.

    Since API 1.42.
    """

    accessibility_requirements: (
        ClusterVolumeSpecAccessModeAccessibilityRequirements | None
    ) = Field(default=None, alias="AccessibilityRequirements")
    """Requirements for the accessible topology of the volume. These
    fields are optional. For an in-depth description of what these
    fields mean, see the CSI specification.

    Since API 1.42.
    """

    capacity_range: ClusterVolumeSpecAccessModeCapacityRange | None = Field(
        default=None, alias="CapacityRange"
    )
    """The desired capacity that the volume should be created with. If
    empty, the plugin will decide the capacity.

    Since API 1.42.
    """

    availability: str | None = Field(default=None, alias="Availability")
    """The availability of the volume for use in tasks.
    - `active` The volume is fully available for scheduling on the cluster
    - `pause` No new workloads should use the volume, but existing workloads are not stopped.
    - `drain` All workloads using this volume should be stopped and rescheduled, and no new ones should be started.

    One of: 'active', 'pause', 'drain' (other values are passed through).

    Since API 1.42.
    """
