"""Run new commands inside running containers. Refer to the
[command-line reference](https://docs.docker.com/engine/reference/commandline/exec/)
for more information.

To exec a command in a container, you first need to create an exec instance,
then start it. These two API endpoints are wrapped up in a single command-line
command, `docker exec`.
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
from ..models.exec_config import ExecConfig
from ..models.exec_inspect_response import ExecInspectResponse
from ..models.exec_start_config import ExecStartConfig
from ..models.id_response import IdResponse

__all__ = ["ExecApi", "AsyncExecApi"]


class ExecApi(SyncApi):
    """Run new commands inside running containers. Refer to the
    [command-line reference](https://docs.docker.com/engine/reference/commandline/exec/)
    for more information.

    To exec a command in a container, you first need to create an exec instance,
    then start it. These two API endpoints are wrapped up in a single command-line
    command, `docker exec`.
    """

    def container_exec(
        self,
        id: str,
        exec_config: ExecConfig,
        *,
        timeout: float | None = None,
    ) -> IdResponse:
        """Create an exec instance

        Run a command inside a running container.

        Args:
            id: ID or name of container
            exec_config: Exec configuration
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerExec",
                method="POST",
                path=wire.path("/containers/{id}/exec", id=id),
                body=JsonBody(exec_config),
                timeout=timeout,
            ),
            ExpectJson(IdResponse),
        )

    def exec_start(
        self,
        id: str,
        *,
        exec_start_config: ExecStartConfig | None = None,
        timeout: float | None = None,
    ) -> HijackedSession:
        """Start an exec instance

        Starts a previously set up exec instance. If detach is true, this endpoint
        returns immediately after starting the command. Otherwise, it sets up an
        interactive session with the command.

        Args:
            id: Exec instance ID
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ExecStart",
                method="POST",
                path=wire.path("/exec/{id}/start", id=id),
                body=JsonBody({} if exec_start_config is None else exec_start_config),
                streaming=True,
                timeout=timeout,
            ),
            ExpectHijack(),
        )

    def exec_resize(
        self,
        id: str,
        h: int,
        w: int,
        *,
        timeout: float | None = None,
    ) -> None:
        """Resize an exec instance

        Resize the TTY session used by an exec instance. This endpoint only works
        if `tty` was specified as part of creating and starting the exec instance.

        Args:
            id: Exec instance ID
            h: Height of the TTY session in characters
            w: Width of the TTY session in characters
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ExecResize",
                method="POST",
                path=wire.path("/exec/{id}/resize", id=id),
                query=wire.query(
                    wire.q_value("h", h),
                    wire.q_value("w", w),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def exec_inspect(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> ExecInspectResponse:
        """Inspect an exec instance

        Return low-level information about an exec instance.

        Args:
            id: Exec instance ID
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ExecInspect",
                method="GET",
                path=wire.path("/exec/{id}/json", id=id),
                timeout=timeout,
            ),
            ExpectJson(ExecInspectResponse),
        )


class AsyncExecApi(AsyncApi):
    """Run new commands inside running containers. Refer to the
    [command-line reference](https://docs.docker.com/engine/reference/commandline/exec/)
    for more information.

    To exec a command in a container, you first need to create an exec instance,
    then start it. These two API endpoints are wrapped up in a single command-line
    command, `docker exec`.
    """

    async def container_exec(
        self,
        id: str,
        exec_config: ExecConfig,
        *,
        timeout: float | None = None,
    ) -> IdResponse:
        """Create an exec instance

        Run a command inside a running container.

        Args:
            id: ID or name of container
            exec_config: Exec configuration
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerExec",
                method="POST",
                path=wire.path("/containers/{id}/exec", id=id),
                body=JsonBody(exec_config),
                timeout=timeout,
            ),
            ExpectJson(IdResponse),
        )

    async def exec_start(
        self,
        id: str,
        *,
        exec_start_config: ExecStartConfig | None = None,
        timeout: float | None = None,
    ) -> AsyncHijackedSession:
        """Start an exec instance

        Starts a previously set up exec instance. If detach is true, this endpoint
        returns immediately after starting the command. Otherwise, it sets up an
        interactive session with the command.

        Args:
            id: Exec instance ID
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ExecStart",
                method="POST",
                path=wire.path("/exec/{id}/start", id=id),
                body=JsonBody({} if exec_start_config is None else exec_start_config),
                streaming=True,
                timeout=timeout,
            ),
            ExpectHijack(),
        )

    async def exec_resize(
        self,
        id: str,
        h: int,
        w: int,
        *,
        timeout: float | None = None,
    ) -> None:
        """Resize an exec instance

        Resize the TTY session used by an exec instance. This endpoint only works
        if `tty` was specified as part of creating and starting the exec instance.

        Args:
            id: Exec instance ID
            h: Height of the TTY session in characters
            w: Width of the TTY session in characters
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ExecResize",
                method="POST",
                path=wire.path("/exec/{id}/resize", id=id),
                query=wire.query(
                    wire.q_value("h", h),
                    wire.q_value("w", w),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def exec_inspect(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> ExecInspectResponse:
        """Inspect an exec instance

        Return low-level information about an exec instance.

        Args:
            id: Exec instance ID
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ExecInspect",
                method="GET",
                path=wire.path("/exec/{id}/json", id=id),
                timeout=timeout,
            ),
            ExpectJson(ExecInspectResponse),
        )
