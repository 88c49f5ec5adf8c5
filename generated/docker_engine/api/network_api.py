"""Networks are user-defined networks that containers can be attached to.
See the [networking documentation](https://docs.docker.com/network/)
for more information.
"""

from __future__ import annotations


from .._runtime import encoding as wire
from .._runtime.api import AsyncApi, SyncApi
from .._runtime.request import JsonBody, Request, TextBody, UploadBody, UploadSource
from .._runtime.responses import (
    ExpectBinary,
    ExpectEmpty,
    ExpectFrames,
    ExpectHeaders,
    ExpectHijack,
    ExpectJson,
    ExpectJsonLines,
    ExpectText,
    ResponseHeaders,
)
from .._runtime.messages import JsonMessage
from .._runtime.stats import ContainerStats
from .._runtime.streams import (
    AsyncBinaryStream,
    AsyncHijackedSession,
    AsyncJsonStream,
    AsyncLogStream,
    BinaryStream,
    HijackedSession,
    JsonStream,
    LogStream,
)
from .._runtime.websocket import (
    AsyncWebSocketSession,
    ExpectWebSocket,
    WebSocketSession,
)
from ..models.network import Network
from ..models.network_connect_request import NetworkConnectRequest
from ..models.network_create_request import NetworkCreateRequest
from ..models.network_create_response import NetworkCreateResponse
from ..models.network_disconnect_request import NetworkDisconnectRequest
from ..models.network_prune_response import NetworkPruneResponse

__all__ = ["NetworkApi", "AsyncNetworkApi"]


class NetworkApi(SyncApi):
    """Networks are user-defined networks that containers can be attached to.
    See the [networking documentation](https://docs.docker.com/network/)
    for more information.
    """

    def network_list(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> list[Network]:
        """List networks

        Returns a list of networks. For details on the format, see the
        [network inspect endpoint](#operation/NetworkInspect).

        Note that it uses a different, smaller representation of a network than
        inspecting a single network. For example, the list of containers attached
        to the network is not propagated in API versions 1.28 and up.

        Args:
            filters: JSON encoded value of the filters (a `map[string][]string`) to process
                on the networks list.

                Available filters:

                - `dangling=<boolean>` When set to `true` (or `1`), returns all
                   networks that are not in use by a container. When set to `false`
                   (or `0`), only networks that are in use by one or more
                   containers are returned.
                - `driver=<driver-name>` Matches a network's driver.
                - `id=<network-id>` Matches all or part of a network ID.
                - `label=<key>` or `label=<key>=<value>` of a network label.
                - `name=<network-name>` Matches all or part of a network name.
                - `scope=["swarm"|"global"|"local"]` Filters networks by scope (`swarm`, `global`, or `local`).
                - `type=["custom"|"builtin"]` Filters networks by type. The `custom` keyword returns all user-defined networks.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="NetworkList",
                method="GET",
                path="/networks",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[Network]),
        )

    def network_inspect(
        self,
        id: str,
        *,
        verbose: bool | None = None,
        scope: str | None = None,
        timeout: float | None = None,
    ) -> Network:
        """Inspect a network

        Args:
            id: Network ID or name
            verbose: Detailed inspect output for troubleshooting
                The daemon's default: False.
                Since API 1.28.
            scope: Filter the network by scope (swarm, global, or local)
                Since API 1.31.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="NetworkInspect",
                method="GET",
                path=wire.path("/networks/{id}", id=id),
                query=wire.query(
                    wire.q_bool("verbose", verbose),
                    wire.q_value("scope", scope),
                ),
                timeout=timeout,
            ),
            ExpectJson(Network),
        )

    def network_delete(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> None:
        """Remove a network

        Args:
            id: Network ID or name
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="NetworkDelete",
                method="DELETE",
                path=wire.path("/networks/{id}", id=id),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def network_create(
        self,
        network_config: NetworkCreateRequest,
        *,
        timeout: float | None = None,
    ) -> NetworkCreateResponse:
        """Create a network

        Args:
            network_config: Network configuration
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="NetworkCreate",
                method="POST",
                path="/networks/create",
                body=JsonBody(network_config),
                timeout=timeout,
            ),
            ExpectJson(NetworkCreateResponse),
        )

    def network_connect(
        self,
        id: str,
        container: NetworkConnectRequest,
        *,
        timeout: float | None = None,
    ) -> None:
        """Connect a container to a network

        The network must be either a local-scoped network or a swarm-scoped network with the `attachable` option set. A network cannot be re-attached to a running container

        Args:
            id: Network ID or name
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="NetworkConnect",
                method="POST",
                path=wire.path("/networks/{id}/connect", id=id),
                body=JsonBody(container),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def network_disconnect(
        self,
        id: str,
        container: NetworkDisconnectRequest,
        *,
        timeout: float | None = None,
    ) -> None:
        """Disconnect a container from a network

        Args:
            id: Network ID or name
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="NetworkDisconnect",
                method="POST",
                path=wire.path("/networks/{id}/disconnect", id=id),
                body=JsonBody(container),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def network_prune(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> NetworkPruneResponse:
        """Delete unused networks

        Args:
            filters: Filters to process on the prune list, encoded as JSON (a `map[string][]string`).

                Available filters:
                - `until=<timestamp>` Prune networks created before this timestamp. The `<timestamp>` can be Unix timestamps, date formatted timestamps, or Go duration strings (e.g. `10m`, `1h30m`) computed relative to the daemon machine’s time.
                - `label` (`label=<key>`, `label=<key>=<value>`, `label!=<key>`, or `label!=<key>=<value>`) Prune networks with (or without, in case `label!=...` is used) the specified labels.
                Since API 1.28.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="NetworkPrune",
                method="POST",
                path="/networks/prune",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(NetworkPruneResponse),
        )


class AsyncNetworkApi(AsyncApi):
    """Networks are user-defined networks that containers can be attached to.
    See the [networking documentation](https://docs.docker.com/network/)
    for more information.
    """

    async def network_list(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> list[Network]:
        """List networks

        Returns a list of networks. For details on the format, see the
        [network inspect endpoint](#operation/NetworkInspect).

        Note that it uses a different, smaller representation of a network than
        inspecting a single network. For example, the list of containers attached
        to the network is not propagated in API versions 1.28 and up.

        Args:
            filters: JSON encoded value of the filters (a `map[string][]string`) to process
                on the networks list.

                Available filters:

                - `dangling=<boolean>` When set to `true` (or `1`), returns all
                   networks that are not in use by a container. When set to `false`
                   (or `0`), only networks that are in use by one or more
                   containers are returned.
                - `driver=<driver-name>` Matches a network's driver.
                - `id=<network-id>` Matches all or part of a network ID.
                - `label=<key>` or `label=<key>=<value>` of a network label.
                - `name=<network-name>` Matches all or part of a network name.
                - `scope=["swarm"|"global"|"local"]` Filters networks by scope (`swarm`, `global`, or `local`).
                - `type=["custom"|"builtin"]` Filters networks by type. The `custom` keyword returns all user-defined networks.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="NetworkList",
                method="GET",
                path="/networks",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[Network]),
        )

    async def network_inspect(
        self,
        id: str,
        *,
        verbose: bool | None = None,
        scope: str | None = None,
        timeout: float | None = None,
    ) -> Network:
        """Inspect a network

        Args:
            id: Network ID or name
            verbose: Detailed inspect output for troubleshooting
                The daemon's default: False.
                Since API 1.28.
            scope: Filter the network by scope (swarm, global, or local)
                Since API 1.31.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="NetworkInspect",
                method="GET",
                path=wire.path("/networks/{id}", id=id),
                query=wire.query(
                    wire.q_bool("verbose", verbose),
                    wire.q_value("scope", scope),
                ),
                timeout=timeout,
            ),
            ExpectJson(Network),
        )

    async def network_delete(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> None:
        """Remove a network

        Args:
            id: Network ID or name
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="NetworkDelete",
                method="DELETE",
                path=wire.path("/networks/{id}", id=id),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def network_create(
        self,
        network_config: NetworkCreateRequest,
        *,
        timeout: float | None = None,
    ) -> NetworkCreateResponse:
        """Create a network

        Args:
            network_config: Network configuration
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="NetworkCreate",
                method="POST",
                path="/networks/create",
                body=JsonBody(network_config),
                timeout=timeout,
            ),
            ExpectJson(NetworkCreateResponse),
        )

    async def network_connect(
        self,
        id: str,
        container: NetworkConnectRequest,
        *,
        timeout: float | None = None,
    ) -> None:
        """Connect a container to a network

        The network must be either a local-scoped network or a swarm-scoped network with the `attachable` option set. A network cannot be re-attached to a running container

        Args:
            id: Network ID or name
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="NetworkConnect",
                method="POST",
                path=wire.path("/networks/{id}/connect", id=id),
                body=JsonBody(container),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def network_disconnect(
        self,
        id: str,
        container: NetworkDisconnectRequest,
        *,
        timeout: float | None = None,
    ) -> None:
        """Disconnect a container from a network

        Args:
            id: Network ID or name
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="NetworkDisconnect",
                method="POST",
                path=wire.path("/networks/{id}/disconnect", id=id),
                body=JsonBody(container),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def network_prune(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> NetworkPruneResponse:
        """Delete unused networks

        Args:
            filters: Filters to process on the prune list, encoded as JSON (a `map[string][]string`).

                Available filters:
                - `until=<timestamp>` Prune networks created before this timestamp. The `<timestamp>` can be Unix timestamps, date formatted timestamps, or Go duration strings (e.g. `10m`, `1h30m`) computed relative to the daemon machine’s time.
                - `label` (`label=<key>`, `label=<key>=<value>`, `label!=<key>`, or `label!=<key>=<value>`) Prune networks with (or without, in case `label!=...` is used) the specified labels.
                Since API 1.28.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="NetworkPrune",
                method="POST",
                path="/networks/prune",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(NetworkPruneResponse),
        )
