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

    id: str | None = Field(default=None, alias="Id")
    """The ID of this container"""

    names: list[str] | None = Field(default=None, alias="Names")
    """The names that this container has been given"""

    image: str | None = Field(default=None, alias="Image")
    """The name of the image used when creating this container"""

    image_id: str | None = Field(default=None, alias="ImageID")
    """The ID of the image that this container was created from"""

    command: str | None = Field(default=None, alias="Command")
    """Command to run when starting the container"""

    created: int | None = Field(default=None, alias="Created")
    """When the container was created"""

    ports: list[Port] | None = Field(default=None, alias="Ports")
    """The ports exposed by this container"""

    size_rw: int | None = Field(default=None, alias="SizeRw")
    """The size of files that have been created or changed by this container"""

    size_root_fs: int | None = Field(default=None, alias="SizeRootFs")
    """The total size of all the files in this container"""

    labels: dict[str, str] | None = Field(default=None, alias="Labels")
    """User-defined key/value metadata."""

    state: str | None = Field(default=None, alias="State")
    """The state of this container (e.g. `Exited`)"""

    status: str | None = Field(default=None, alias="Status")
    """Additional human-readable status of this container (e.g. `Exit 0`)"""

    host_config: ContainerSummaryHostConfig | None = Field(
        default=None, alias="HostConfig"
    )

    network_settings: ContainerSummaryNetworkSettings | None = Field(
        default=None, alias="NetworkSettings"
    )
    """A summary of the container's network settings"""

    mounts: list[MountPoint] | None = Field(default=None, alias="Mounts")
