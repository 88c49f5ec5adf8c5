"""PluginConfig: models of the Engine API."""

from __future__ import annotations

from typing import Annotated
from pydantic import Field
from .._runtime.model import Model, NullAsEmptyList
from .plugin_config_args import PluginConfigArgs
from .plugin_config_interface import PluginConfigInterface
from .plugin_config_linux import PluginConfigLinux
from .plugin_config_network import PluginConfigNetwork
from .plugin_config_rootfs import PluginConfigRootfs
from .plugin_config_user import PluginConfigUser
from .plugin_env import PluginEnv
from .plugin_mount import PluginMount


class PluginConfig(Model):
    """The config of a plugin."""

    docker_version: str | None = Field(
        default=None,
        validation_alias="DockerVersion",
        serialization_alias="DockerVersion",
    )
    """Docker Version used to create the plugin"""

    description: str = Field(
        validation_alias="Description", serialization_alias="Description"
    )

    documentation: str = Field(
        validation_alias="Documentation", serialization_alias="Documentation"
    )

    interface: PluginConfigInterface = Field(
        validation_alias="Interface", serialization_alias="Interface"
    )
    """The interface between Docker and the plugin"""

    entrypoint: Annotated[list[str], NullAsEmptyList] = Field(
        validation_alias="Entrypoint", serialization_alias="Entrypoint"
    )

    work_dir: str = Field(validation_alias="WorkDir", serialization_alias="WorkDir")

    user: PluginConfigUser | None = Field(
        default=None, validation_alias="User", serialization_alias="User"
    )

    network: PluginConfigNetwork = Field(
        validation_alias="Network", serialization_alias="Network"
    )

    linux: PluginConfigLinux = Field(
        validation_alias="Linux", serialization_alias="Linux"
    )

    propagated_mount: str = Field(
        validation_alias="PropagatedMount", serialization_alias="PropagatedMount"
    )

    ipc_host: bool = Field(validation_alias="IpcHost", serialization_alias="IpcHost")

    pid_host: bool = Field(validation_alias="PidHost", serialization_alias="PidHost")

    mounts: Annotated[list[PluginMount], NullAsEmptyList] = Field(
        validation_alias="Mounts", serialization_alias="Mounts"
    )

    env: Annotated[list[PluginEnv], NullAsEmptyList] = Field(
        validation_alias="Env", serialization_alias="Env"
    )

    args: PluginConfigArgs = Field(validation_alias="Args", serialization_alias="Args")

    rootfs: PluginConfigRootfs | None = None
