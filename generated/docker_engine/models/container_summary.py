"""ContainerSummary: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .container_summary_host_config import ContainerSummaryHostConfig
from .container_summary_network_settings import ContainerSummaryNetworkSettings
from .mount_point import MountPoint
from .port import Port


class ContainerSummary(Model):
    """ContainerSummary"""

    id: str | None = Field(
        default=None, validation_alias="Id", serialization_alias="Id"
    )
    """The ID of this container"""

    names: list[str] | None = Field(
        default=None, validation_alias="Names", serialization_alias="Names"
    )
    """The names that this container has been given"""

    image: str | None = Field(
        default=None, validation_alias="Image", serialization_alias="Image"
    )
    """The name of the image used when creating this container"""

    image_id: str | None = Field(
        default=None, validation_alias="ImageID", serialization_alias="ImageID"
    )
    """The ID of the image that this container was created from"""

    command: str | None = Field(
        default=None, validation_alias="Command", serialization_alias="Command"
    )
    """Command to run when starting the container"""

    created: int | None = Field(
        default=None, validation_alias="Created", serialization_alias="Created"
    )
    """When the container was created"""

    ports: list[Port] | None = Field(
        default=None, validation_alias="Ports", serialization_alias="Ports"
    )
    """The ports exposed by this container"""

    size_rw: int | None = Field(
        default=None, validation_alias="SizeRw", serialization_alias="SizeRw"
    )
    """The size of files that have been created or changed by this container"""

    size_root_fs: int | None = Field(
        default=None, validation_alias="SizeRootFs", serialization_alias="SizeRootFs"
    )
    """The total size of all the files in this container"""

    labels: dict[str, str] | None = Field(
        default=None, validation_alias="Labels", serialization_alias="Labels"
    )
    """User-defined key/value metadata."""

    state: str | None = Field(
        default=None, validation_alias="State", serialization_alias="State"
    )
    """The state of this container (e.g. `Exited`)"""

    status: str | None = Field(
        default=None, validation_alias="Status", serialization_alias="Status"
    )
    """Additional human-readable status of this container (e.g. `Exit 0`)"""

    host_config: ContainerSummaryHostConfig | None = Field(
        default=None, validation_alias="HostConfig", serialization_alias="HostConfig"
    )

    network_settings: ContainerSummaryNetworkSettings | None = Field(
        default=None,
        validation_alias="NetworkSettings",
        serialization_alias="NetworkSettings",
    )
    """A summary of the container's network settings"""

    mounts: list[MountPoint] | None = Field(
        default=None, validation_alias="Mounts", serialization_alias="Mounts"
    )
