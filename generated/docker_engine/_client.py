"""DockerClient and AsyncDockerClient: one attribute per API of the Engine API 1.44."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._runtime.client import AsyncBaseDockerClient, BaseDockerClient
from ._versions import HISTORY

if TYPE_CHECKING:
    from .api.config_api import ConfigApi, AsyncConfigApi
    from .api.container_api import ContainerApi, AsyncContainerApi
    from .api.distribution_api import DistributionApi, AsyncDistributionApi
    from .api.exec_api import ExecApi, AsyncExecApi
    from .api.image_api import ImageApi, AsyncImageApi
    from .api.network_api import NetworkApi, AsyncNetworkApi
    from .api.node_api import NodeApi, AsyncNodeApi
    from .api.plugin_api import PluginApi, AsyncPluginApi
    from .api.secret_api import SecretApi, AsyncSecretApi
    from .api.service_api import ServiceApi, AsyncServiceApi
    from .api.session_api import SessionApi, AsyncSessionApi
    from .api.swarm_api import SwarmApi, AsyncSwarmApi
    from .api.system_api import SystemApi, AsyncSystemApi
    from .api.task_api import TaskApi, AsyncTaskApi
    from .api.volume_api import VolumeApi, AsyncVolumeApi

__all__ = ["DockerClient", "AsyncDockerClient"]

SPEC_API_VERSION = "1.44"


class DockerClient(BaseDockerClient):
    """A client of the Docker Engine API 1.44; each attribute groups one API's operations."""

    SPEC_API_VERSION = SPEC_API_VERSION
    VERSION_HISTORY = HISTORY

    @cached_property
    def config(self) -> ConfigApi:
        """The Config operations: ConfigApi."""
        from .api.config_api import ConfigApi

        return ConfigApi(self)

    @cached_property
    def container(self) -> ContainerApi:
        """The Container operations: ContainerApi."""
        from .api.container_api import ContainerApi

        return ContainerApi(self)

    @cached_property
    def distribution(self) -> DistributionApi:
        """The Distribution operations: DistributionApi."""
        from .api.distribution_api import DistributionApi

        return DistributionApi(self)

    @cached_property
    def exec(self) -> ExecApi:
        """The Exec operations: ExecApi."""
        from .api.exec_api import ExecApi

        return ExecApi(self)

    @cached_property
    def image(self) -> ImageApi:
        """The Image operations: ImageApi."""
        from .api.image_api import ImageApi

        return ImageApi(self)

    @cached_property
    def network(self) -> NetworkApi:
        """The Network operations: NetworkApi."""
        from .api.network_api import NetworkApi

        return NetworkApi(self)

    @cached_property
    def node(self) -> NodeApi:
        """The Node operations: NodeApi."""
        from .api.node_api import NodeApi

        return NodeApi(self)

    @cached_property
    def plugin(self) -> PluginApi:
        """The Plugin operations: PluginApi."""
        from .api.plugin_api import PluginApi

        return PluginApi(self)

    @cached_property
    def secret(self) -> SecretApi:
        """The Secret operations: SecretApi."""
        from .api.secret_api import SecretApi

        return SecretApi(self)

    @cached_property
    def service(self) -> ServiceApi:
        """The Service operations: ServiceApi."""
        from .api.service_api import ServiceApi

        return ServiceApi(self)

    @cached_property
    def session(self) -> SessionApi:
        """The Session operations: SessionApi."""
        from .api.session_api import SessionApi

        return SessionApi(self)

    @cached_property
    def swarm(self) -> SwarmApi:
        """The Swarm operations: SwarmApi."""
        from .api.swarm_api import SwarmApi

        return SwarmApi(self)

    @cached_property
    def system(self) -> SystemApi:
        """The System operations: SystemApi."""
        from .api.system_api import SystemApi

        return SystemApi(self)

    @cached_property
    def task(self) -> TaskApi:
        """The Task operations: TaskApi."""
        from .api.task_api import TaskApi

        return TaskApi(self)

    @cached_property
    def volume(self) -> VolumeApi:
        """The Volume operations: VolumeApi."""
        from .api.volume_api import VolumeApi

        return VolumeApi(self)


class AsyncDockerClient(AsyncBaseDockerClient):
    """The asyncio twin of DockerClient: the same attributes and methods, awaited."""

    SPEC_API_VERSION = SPEC_API_VERSION
    VERSION_HISTORY = HISTORY

    @cached_property
    def config(self) -> AsyncConfigApi:
        """The Config operations: ConfigApi."""
        from .api.config_api import AsyncConfigApi

        return AsyncConfigApi(self)

    @cached_property
    def container(self) -> AsyncContainerApi:
        """The Container operations: ContainerApi."""
        from .api.container_api import AsyncContainerApi

        return AsyncContainerApi(self)

    @cached_property
    def distribution(self) -> AsyncDistributionApi:
        """The Distribution operations: DistributionApi."""
        from .api.distribution_api import AsyncDistributionApi

        return AsyncDistributionApi(self)

    @cached_property
    def exec(self) -> AsyncExecApi:
        """The Exec operations: ExecApi."""
        from .api.exec_api import AsyncExecApi

        return AsyncExecApi(self)

    @cached_property
    def image(self) -> AsyncImageApi:
        """The Image operations: ImageApi."""
        from .api.image_api import AsyncImageApi

        return AsyncImageApi(self)

    @cached_property
    def network(self) -> AsyncNetworkApi:
        """The Network operations: NetworkApi."""
        from .api.network_api import AsyncNetworkApi

        return AsyncNetworkApi(self)

    @cached_property
    def node(self) -> AsyncNodeApi:
        """The Node operations: NodeApi."""
        from .api.node_api import AsyncNodeApi

        return AsyncNodeApi(self)

    @cached_property
    def plugin(self) -> AsyncPluginApi:
        """The Plugin operations: PluginApi."""
        from .api.plugin_api import AsyncPluginApi

        return AsyncPluginApi(self)

    @cached_property
    def secret(self) -> AsyncSecretApi:
        """The Secret operations: SecretApi."""
        from .api.secret_api import AsyncSecretApi

        return AsyncSecretApi(self)

    @cached_property
    def service(self) -> AsyncServiceApi:
        """The Service operations: ServiceApi."""
        from .api.service_api import AsyncServiceApi

        return AsyncServiceApi(self)

    @cached_property
    def session(self) -> AsyncSessionApi:
        """The Session operations: SessionApi."""
        from .api.session_api import AsyncSessionApi

        return AsyncSessionApi(self)

    @cached_property
    def swarm(self) -> AsyncSwarmApi:
        """The Swarm operations: SwarmApi."""
        from .api.swarm_api import AsyncSwarmApi

        return AsyncSwarmApi(self)

    @cached_property
    def system(self) -> AsyncSystemApi:
        """The System operations: SystemApi."""
        from .api.system_api import AsyncSystemApi

        return AsyncSystemApi(self)

    @cached_property
    def task(self) -> AsyncTaskApi:
        """The Task operations: TaskApi."""
        from .api.task_api import AsyncTaskApi

        return AsyncTaskApi(self)

    @cached_property
    def volume(self) -> AsyncVolumeApi:
        """The Volume operations: VolumeApi."""
        from .api.volume_api import AsyncVolumeApi

        return AsyncVolumeApi(self)
