"""PluginConfig: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
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

    docker_version: str | None = Field(default=None, alias="DockerVersion")
    """Docker Version used to create the plugin

    Since API 1.29.
    """

    description: str | None = Field(default=None, alias="Description")

    documentation: str | None = Field(default=None, alias="Documentation")

    interface: PluginConfigInterface | None = Field(default=None, alias="Interface")
    """The interface between Docker and the plugin"""

    entrypoint: list[str] | None = Field(default=None, alias="Entrypoint")

    work_dir: str | None = Field(default=None, alias="WorkDir")

    user: PluginConfigUser | None = Field(default=None, alias="User")

    network: PluginConfigNetwork | None = Field(default=None, alias="Network")

    linux: PluginConfigLinux | None = Field(default=None, alias="Linux")

    propagated_mount: str | None = Field(default=None, alias="PropagatedMount")

    ipc_host: bool | None = Field(default=None, alias="IpcHost")
    """Since API 1.29."""

    pid_host: bool | None = Field(default=None, alias="PidHost")
    """Since API 1.29."""

    mounts: list[PluginMount] | None = Field(default=None, alias="Mounts")

    env: list[PluginEnv] | None = Field(default=None, alias="Env")

    args: PluginConfigArgs | None = Field(default=None, alias="Args")

    rootfs: PluginConfigRootfs | None = None
