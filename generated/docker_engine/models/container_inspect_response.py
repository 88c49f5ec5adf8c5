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

    id: str | None = Field(default=None, alias="Id")
    """The ID of the container"""

    created: str | None = Field(default=None, alias="Created")
    """The time the container was created"""

    path: str | None = Field(default=None, alias="Path")
    """The path to the command being run"""

    args: list[str] | None = Field(default=None, alias="Args")
    """The arguments to the command being run"""

    state: ContainerState | None = Field(default=None, alias="State")

    image: str | None = Field(default=None, alias="Image")
    """The container's image ID"""

    resolv_conf_path: str | None = Field(default=None, alias="ResolvConfPath")

    hostname_path: str | None = Field(default=None, alias="HostnamePath")

    hosts_path: str | None = Field(default=None, alias="HostsPath")

    log_path: str | None = Field(default=None, alias="LogPath")

    name: str | None = Field(default=None, alias="Name")

    restart_count: int | None = Field(default=None, alias="RestartCount")

    driver: str | None = Field(default=None, alias="Driver")

    platform: str | None = Field(default=None, alias="Platform")
    """Since API 1.40."""

    mount_label: str | None = Field(default=None, alias="MountLabel")

    process_label: str | None = Field(default=None, alias="ProcessLabel")

    app_armor_profile: str | None = Field(default=None, alias="AppArmorProfile")

    exec_ids: list[str] | None = Field(default=None, alias="ExecIDs")
    """IDs of exec instances that are running in the container."""

    host_config: HostConfig | None = Field(default=None, alias="HostConfig")

    graph_driver: GraphDriverData | None = Field(default=None, alias="GraphDriver")

    size_rw: int | None = Field(default=None, alias="SizeRw")
    """The size of files that have been created or changed by this
    container.
    """

    size_root_fs: int | None = Field(default=None, alias="SizeRootFs")
    """The total size of all the files in this container."""

    mounts: list[MountPoint] | None = Field(default=None, alias="Mounts")

    config: ContainerConfig | None = Field(default=None, alias="Config")

    network_settings: NetworkSettings | None = Field(
        default=None, alias="NetworkSettings"
    )
