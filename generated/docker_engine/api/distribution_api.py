"""The Distribution operations."""

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
from ..models.distribution_inspect import DistributionInspect

__all__ = ["DistributionApi", "AsyncDistributionApi"]


class DistributionApi(SyncApi):
    """The Distribution operations."""

    def distribution_inspect(
        self,
        name: str,
        *,
        timeout: float | None = None,
    ) -> DistributionInspect:
        """Get image information from the registry

        Return image digest and platform information by contacting the registry.

        Since API 1.30.

        Args:
            name: Image name or id
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="DistributionInspect",
                method="GET",
                path=wire.path("/distribution/{name}/json", name=name),
                auth_image=name,
                timeout=timeout,
            ),
            ExpectJson(DistributionInspect),
        )


class AsyncDistributionApi(AsyncApi):
    """The Distribution operations."""

    async def distribution_inspect(
        self,
        name: str,
        *,
        timeout: float | None = None,
    ) -> DistributionInspect:
        """Get image information from the registry

        Return image digest and platform information by contacting the registry.

        Since API 1.30.

        Args:
            name: Image name or id
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="DistributionInspect",
                method="GET",
                path=wire.path("/distribution/{name}/json", name=name),
                auth_image=name,
                timeout=timeout,
            ),
            ExpectJson(DistributionInspect),
        )
