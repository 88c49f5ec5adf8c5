"""Engines can be clustered together in a swarm. Refer to the
[swarm mode documentation](https://docs.docker.com/engine/swarm/)
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
from ..models.swarm import Swarm
from ..models.swarm_init_request import SwarmInitRequest
from ..models.swarm_join_request import SwarmJoinRequest
from ..models.swarm_spec import SwarmSpec
from ..models.swarm_unlock_request import SwarmUnlockRequest
from ..models.unlock_key_response import UnlockKeyResponse

__all__ = ["SwarmApi", "AsyncSwarmApi"]


class SwarmApi(SyncApi):
    """Engines can be clustered together in a swarm. Refer to the
    [swarm mode documentation](https://docs.docker.com/engine/swarm/)
    for more information.
    """

    def swarm_inspect(
        self,
        *,
        timeout: float | None = None,
    ) -> Swarm:
        """Inspect swarm

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="SwarmInspect",
                method="GET",
                path="/swarm",
                timeout=timeout,
            ),
            ExpectJson(Swarm),
        )

    def swarm_init(
        self,
        body: SwarmInitRequest,
        *,
        timeout: float | None = None,
    ) -> str:
        """Initialize a new swarm

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="SwarmInit",
                method="POST",
                path="/swarm/init",
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectJson(str),
        )

    def swarm_join(
        self,
        body: SwarmJoinRequest,
        *,
        timeout: float | None = None,
    ) -> None:
        """Join an existing swarm

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="SwarmJoin",
                method="POST",
                path="/swarm/join",
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def swarm_leave(
        self,
        *,
        force: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Leave a swarm

        Args:
            force: Force leave swarm, even if this is the last manager or that it will
                break the cluster.
                The daemon's default: False.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="SwarmLeave",
                method="POST",
                path="/swarm/leave",
                query=wire.query(
                    wire.q_bool("force", force),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def swarm_update(
        self,
        version: int,
        body: SwarmSpec,
        *,
        rotate_worker_token: bool | None = None,
        rotate_manager_token: bool | None = None,
        rotate_manager_unlock_key: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Update a swarm

        Args:
            version: The version number of the swarm object being updated. This is
                required to avoid conflicting writes.
            rotate_worker_token: Rotate the worker join token.
                The daemon's default: False.
            rotate_manager_token: Rotate the manager join token.
                The daemon's default: False.
            rotate_manager_unlock_key: Rotate the manager unlock key.
                The daemon's default: False.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="SwarmUpdate",
                method="POST",
                path="/swarm/update",
                query=wire.query(
                    wire.q_value("version", version),
                    wire.q_bool("rotateWorkerToken", rotate_worker_token),
                    wire.q_bool("rotateManagerToken", rotate_manager_token),
                    wire.q_bool("rotateManagerUnlockKey", rotate_manager_unlock_key),
                ),
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def swarm_unlockkey(
        self,
        *,
        timeout: float | None = None,
    ) -> UnlockKeyResponse:
        """Get the unlock key

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="SwarmUnlockkey",
                method="GET",
                path="/swarm/unlockkey",
                timeout=timeout,
            ),
            ExpectJson(UnlockKeyResponse),
        )

    def swarm_unlock(
        self,
        body: SwarmUnlockRequest,
        *,
        timeout: float | None = None,
    ) -> None:
        """Unlock a locked manager

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="SwarmUnlock",
                method="POST",
                path="/swarm/unlock",
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )


class AsyncSwarmApi(AsyncApi):
    """Engines can be clustered together in a swarm. Refer to the
    [swarm mode documentation](https://docs.docker.com/engine/swarm/)
    for more information.
    """

    async def swarm_inspect(
        self,
        *,
        timeout: float | None = None,
    ) -> Swarm:
        """Inspect swarm

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="SwarmInspect",
                method="GET",
                path="/swarm",
                timeout=timeout,
            ),
            ExpectJson(Swarm),
        )

    async def swarm_init(
        self,
        body: SwarmInitRequest,
        *,
        timeout: float | None = None,
    ) -> str:
        """Initialize a new swarm

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="SwarmInit",
                method="POST",
                path="/swarm/init",
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectJson(str),
        )

    async def swarm_join(
        self,
        body: SwarmJoinRequest,
        *,
        timeout: float | None = None,
    ) -> None:
        """Join an existing swarm

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="SwarmJoin",
                method="POST",
                path="/swarm/join",
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def swarm_leave(
        self,
        *,
        force: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Leave a swarm

        Args:
            force: Force leave swarm, even if this is the last manager or that it will
                break the cluster.
                The daemon's default: False.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="SwarmLeave",
                method="POST",
                path="/swarm/leave",
                query=wire.query(
                    wire.q_bool("force", force),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def swarm_update(
        self,
        version: int,
        body: SwarmSpec,
        *,
        rotate_worker_token: bool | None = None,
        rotate_manager_token: bool | None = None,
        rotate_manager_unlock_key: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Update a swarm

        Args:
            version: The version number of the swarm object being updated. This is
                required to avoid conflicting writes.
            rotate_worker_token: Rotate the worker join token.
                The daemon's default: False.
            rotate_manager_token: Rotate the manager join token.
                The daemon's default: False.
            rotate_manager_unlock_key: Rotate the manager unlock key.
                The daemon's default: False.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="SwarmUpdate",
                method="POST",
                path="/swarm/update",
                query=wire.query(
                    wire.q_value("version", version),
                    wire.q_bool("rotateWorkerToken", rotate_worker_token),
                    wire.q_bool("rotateManagerToken", rotate_manager_token),
                    wire.q_bool("rotateManagerUnlockKey", rotate_manager_unlock_key),
                ),
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def swarm_unlockkey(
        self,
        *,
        timeout: float | None = None,
    ) -> UnlockKeyResponse:
        """Get the unlock key

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="SwarmUnlockkey",
                method="GET",
                path="/swarm/unlockkey",
                timeout=timeout,
            ),
            ExpectJson(UnlockKeyResponse),
        )

    async def swarm_unlock(
        self,
        body: SwarmUnlockRequest,
        *,
        timeout: float | None = None,
    ) -> None:
        """Unlock a locked manager

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="SwarmUnlock",
                method="POST",
                path="/swarm/unlock",
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )
