"""Nodes are instances of the Engine participating in a swarm. Swarm mode
must be enabled for these endpoints to work.
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
from ..models.node import Node
from ..models.node_spec import NodeSpec

__all__ = ["NodeApi", "AsyncNodeApi"]


class NodeApi(SyncApi):
    """Nodes are instances of the Engine participating in a swarm. Swarm mode
    must be enabled for these endpoints to work.
    """

    def node_list(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> list[Node]:
        """List nodes

        Args:
            filters: Filters to process on the nodes list, encoded as JSON (a `map[string][]string`).

                Available filters:
                - `id=<node id>`
                - `label=<engine label>`
                - `membership=`(`accepted`|`pending`)`
                - `name=<node name>`
                - `node.label=<node label>`
                - `role=`(`manager`|`worker`)`
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="NodeList",
                method="GET",
                path="/nodes",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[Node]),
        )

    def node_inspect(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> Node:
        """Inspect a node

        Args:
            id: The ID or name of the node
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="NodeInspect",
                method="GET",
                path=wire.path("/nodes/{id}", id=id),
                timeout=timeout,
            ),
            ExpectJson(Node),
        )

    def node_delete(
        self,
        id: str,
        *,
        force: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete a node

        Args:
            id: The ID or name of the node
            force: Force remove a node from the swarm
                The daemon's default: False.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="NodeDelete",
                method="DELETE",
                path=wire.path("/nodes/{id}", id=id),
                query=wire.query(
                    wire.q_bool("force", force),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def node_update(
        self,
        id: str,
        version: int,
        *,
        body: NodeSpec | None = None,
        timeout: float | None = None,
    ) -> None:
        """Update a node

        Args:
            id: The ID of the node
            version: The version number of the node object being updated. This is required
                to avoid conflicting writes.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="NodeUpdate",
                method="POST",
                path=wire.path("/nodes/{id}/update", id=id),
                query=wire.query(
                    wire.q_value("version", version),
                ),
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )


class AsyncNodeApi(AsyncApi):
    """Nodes are instances of the Engine participating in a swarm. Swarm mode
    must be enabled for these endpoints to work.
    """

    async def node_list(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> list[Node]:
        """List nodes

        Args:
            filters: Filters to process on the nodes list, encoded as JSON (a `map[string][]string`).

                Available filters:
                - `id=<node id>`
                - `label=<engine label>`
                - `membership=`(`accepted`|`pending`)`
                - `name=<node name>`
                - `node.label=<node label>`
                - `role=`(`manager`|`worker`)`
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="NodeList",
                method="GET",
                path="/nodes",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[Node]),
        )

    async def node_inspect(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> Node:
        """Inspect a node

        Args:
            id: The ID or name of the node
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="NodeInspect",
                method="GET",
                path=wire.path("/nodes/{id}", id=id),
                timeout=timeout,
            ),
            ExpectJson(Node),
        )

    async def node_delete(
        self,
        id: str,
        *,
        force: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete a node

        Args:
            id: The ID or name of the node
            force: Force remove a node from the swarm
                The daemon's default: False.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="NodeDelete",
                method="DELETE",
                path=wire.path("/nodes/{id}", id=id),
                query=wire.query(
                    wire.q_bool("force", force),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def node_update(
        self,
        id: str,
        version: int,
        *,
        body: NodeSpec | None = None,
        timeout: float | None = None,
    ) -> None:
        """Update a node

        Args:
            id: The ID of the node
            version: The version number of the node object being updated. This is required
                to avoid conflicting writes.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="NodeUpdate",
                method="POST",
                path=wire.path("/nodes/{id}/update", id=id),
                query=wire.query(
                    wire.q_value("version", version),
                ),
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )
