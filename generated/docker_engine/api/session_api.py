"""The Session operations."""

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

__all__ = ["SessionApi", "AsyncSessionApi"]


class SessionApi(SyncApi):
    """The Session operations."""

    def session(
        self,
        *,
        timeout: float | None = None,
    ) -> HijackedSession:
        """Initialize interactive session

        Start a new interactive session with a server. Session allows server to
        call back to the client for advanced capabilities.

        ### Hijacking

        This endpoint hijacks the HTTP connection to HTTP2 transport that allows
        the client to expose gPRC services on that connection.

        For example, the client sends this request to upgrade the connection:

        ```
        POST /session HTTP/1.1
        Upgrade: h2c
        Connection: Upgrade
        ```

        The Docker daemon responds with a `101 UPGRADED` response follow with
        the raw stream:

        ```
        HTTP/1.1 101 UPGRADED
        Connection: Upgrade
        Upgrade: h2c
        ```

        Since API 1.31.

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="Session",
                method="POST",
                path="/session",
                streaming=True,
                timeout=timeout,
            ),
            ExpectHijack(tty=True, upgrade="h2c"),
        )


class AsyncSessionApi(AsyncApi):
    """The Session operations."""

    async def session(
        self,
        *,
        timeout: float | None = None,
    ) -> AsyncHijackedSession:
        """Initialize interactive session

        Start a new interactive session with a server. Session allows server to
        call back to the client for advanced capabilities.

        ### Hijacking

        This endpoint hijacks the HTTP connection to HTTP2 transport that allows
        the client to expose gPRC services on that connection.

        For example, the client sends this request to upgrade the connection:

        ```
        POST /session HTTP/1.1
        Upgrade: h2c
        Connection: Upgrade
        ```

        The Docker daemon responds with a `101 UPGRADED` response follow with
        the raw stream:

        ```
        HTTP/1.1 101 UPGRADED
        Connection: Upgrade
        Upgrade: h2c
        ```

        Since API 1.31.

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="Session",
                method="POST",
                path="/session",
                streaming=True,
                timeout=timeout,
            ),
            ExpectHijack(tty=True, upgrade="h2c"),
        )
