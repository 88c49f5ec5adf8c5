"""ContainerInspectResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .container_config import ContainerConfig
from .container_state import ContainerState
from .graph_driver_data import GraphDriverData
from .host_config import HostConfig
from .mount_point import MountPoint
from .network_settings import NetworkSettings


class ContainerInspectResponse(Model):
    """ContainerInspectResponse"""

    id: str | None = Field(
        default=None, validation_alias="Id", serialization_alias="Id"
    )
    """The ID of the container"""

    created: str | None = Field(
        default=None, validation_alias="Created", serialization_alias="Created"
    )
    """The time the container was created"""

    path: str | None = Field(
        default=None, validation_alias="Path", serialization_alias="Path"
    )
    """The path to the command being run"""

    args: list[str] | None = Field(
        default=None, validation_alias="Args", serialization_alias="Args"
    )
    """The arguments to the command being run"""

    state: ContainerState | None = Field(
        default=None, validation_alias="State", serialization_alias="State"
    )

    image: str | None = Field(
        default=None, validation_alias="Image", serialization_alias="Image"
    )
    """The container's image ID"""

    resolv_conf_path: str | None = Field(
        default=None,
        validation_alias="ResolvConfPath",
        serialization_alias="ResolvConfPath",
    )

    hostname_path: str | None = Field(
        default=None,
        validation_alias="HostnamePath",
        serialization_alias="HostnamePath",
    )

    hosts_path: str | None = Field(
        default=None, validation_alias="HostsPath", serialization_alias="HostsPath"
    )

    log_path: str | None = Field(
        default=None, validation_alias="LogPath", serialization_alias="LogPath"
    )

    name: str | None = Field(
        default=None, validation_alias="Name", serialization_alias="Name"
    )

    restart_count: int | None = Field(
        default=None,
        validation_alias="RestartCount",
        serialization_alias="RestartCount",
    )

    driver: str | None = Field(
        default=None, validation_alias="Driver", serialization_alias="Driver"
    )

    platform: str | None = Field(
        default=None, validation_alias="Platform", serialization_alias="Platform"
    )

    mount_label: str | None = Field(
        default=None, validation_alias="MountLabel", serialization_alias="MountLabel"
    )

    process_label: str | None = Field(
        default=None,
        validation_alias="ProcessLabel",
        serialization_alias="ProcessLabel",
    )

    app_armor_profile: str | None = Field(
        default=None,
        validation_alias="AppArmorProfile",
        serialization_alias="AppArmorProfile",
    )

    exec_ids: list[str] | None = Field(
        default=None, validation_alias="ExecIDs", serialization_alias="ExecIDs"
    )
    """IDs of exec instances that are running in the container."""

    host_config: HostConfig | None = Field(
        default=None, validation_alias="HostConfig", serialization_alias="HostConfig"
    )

    graph_driver: GraphDriverData | None = Field(
        default=None, validation_alias="GraphDriver", serialization_alias="GraphDriver"
    )

    size_rw: int | None = Field(
        default=None, validation_alias="SizeRw", serialization_alias="SizeRw"
    )
    """The size of files that have been created or changed by this
    container.
    """

    size_root_fs: int | None = Field(
        default=None, validation_alias="SizeRootFs", serialization_alias="SizeRootFs"
    )
    """The total size of all the files in this container."""

    mounts: list[MountPoint] | None = Field(
        default=None, validation_alias="Mounts", serialization_alias="Mounts"
    )

    config: ContainerConfig | None = Field(
        default=None, validation_alias="Config", serialization_alias="Config"
    )

    network_settings: NetworkSettings | None = Field(
        default=None,
        validation_alias="NetworkSettings",
        serialization_alias="NetworkSettings",
    )
