"""The System operations."""

from __future__ import annotations

from typing import Sequence

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
from ..models.auth_config import AuthConfig
from ..models.event_message import EventMessage
from ..models.system_auth_response import SystemAuthResponse
from ..models.system_data_usage_response import SystemDataUsageResponse
from ..models.system_info import SystemInfo
from ..models.system_version import SystemVersion

__all__ = ["SystemApi", "AsyncSystemApi"]


class SystemApi(SyncApi):
    """The System operations."""

    def system_auth(
        self,
        *,
        auth_config: AuthConfig | None = None,
        timeout: float | None = None,
    ) -> SystemAuthResponse:
        """Check auth configuration

        Validate credentials for a registry and, if available, get an identity
        token for accessing the registry without password.

        Args:
            auth_config: Authentication to check
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="SystemAuth",
                method="POST",
                path="/auth",
                body=JsonBody(auth_config),
                timeout=timeout,
            ),
            ExpectJson(SystemAuthResponse),
        )

    def system_info(
        self,
        *,
        timeout: float | None = None,
    ) -> SystemInfo:
        """Get system information

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="SystemInfo",
                method="GET",
                path="/info",
                timeout=timeout,
            ),
            ExpectJson(SystemInfo),
        )

    def system_version(
        self,
        *,
        timeout: float | None = None,
    ) -> SystemVersion:
        """Get version

        Returns the version of Docker that is running and various information about the system that Docker is running on.

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="SystemVersion",
                method="GET",
                path="/version",
                timeout=timeout,
            ),
            ExpectJson(SystemVersion),
        )

    def system_ping(
        self,
        *,
        timeout: float | None = None,
    ) -> str:
        """Ping

        This is a dummy endpoint you can use to test if the server is accessible.

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="SystemPing",
                method="GET",
                path="/_ping",
                timeout=timeout,
            ),
            ExpectText(),
        )

    def system_ping_head(
        self,
        *,
        timeout: float | None = None,
    ) -> ResponseHeaders:
        """Ping

        This is a dummy endpoint you can use to test if the server is accessible.

        Since API 1.40.

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="SystemPingHead",
                method="HEAD",
                path="/_ping",
                timeout=timeout,
            ),
            ExpectHeaders(),
        )

    def system_events(
        self,
        *,
        since: wire.Timestamp | None = None,
        until: wire.Timestamp | None = None,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> JsonStream[EventMessage]:
        """Monitor events

        Stream real-time events from the server.

        Various objects within Docker report events when something happens to them.

        Containers report these events: `attach`, `commit`, `copy`, `create`, `destroy`, `detach`, `die`, `exec_create`, `exec_detach`, `exec_start`, `exec_die`, `export`, `health_status`, `kill`, `oom`, `pause`, `rename`, `resize`, `restart`, `start`, `stop`, `top`, `unpause`, `update`, and `prune`

        Images report these events: `delete`, `import`, `load`, `pull`, `push`, `save`, `tag`, `untag`, and `prune`

        Volumes report these events: `create`, `mount`, `unmount`, `destroy`, and `prune`

        Networks report these events: `create`, `connect`, `disconnect`, `destroy`, `update`, `remove`, and `prune`

        The Docker daemon reports these events: `reload`

        Services report these events: `create`, `update`, and `remove`

        Nodes report these events: `create`, `update`, and `remove`

        Secrets report these events: `create`, `update`, and `remove`

        Configs report these events: `create`, `update`, and `remove`

        The Builder reports `prune` events

        Args:
            since: Show events created since this timestamp then stream new events.
            until: Show events created until this timestamp then stop streaming.
            filters: A JSON encoded value of filters (a `map[string][]string`) to process on the event list. Available filters:

                - `config=<string>` config name or ID
                - `container=<string>` container name or ID
                - `daemon=<string>` daemon name or ID
                - `event=<string>` event type
                - `image=<string>` image name or ID
                - `label=<string>` image or container label
                - `network=<string>` network name or ID
                - `node=<string>` node ID
                - `plugin`=<string> plugin name or ID
                - `scope`=<string> local or swarm
                - `secret=<string>` secret name or ID
                - `service=<string>` service name or ID
                - `type=<string>` object to filter by, one of `container`, `image`, `volume`, `network`, `daemon`, `plugin`, `node`, `service`, `secret` or `config`
                - `volume=<string>` volume name
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="SystemEvents",
                method="GET",
                path="/events",
                query=wire.query(
                    wire.q_timestamp("since", since),
                    wire.q_timestamp("until", until),
                    wire.q_filters("filters", filters),
                ),
                streaming=True,
                timeout=timeout,
            ),
            ExpectJsonLines(EventMessage),
        )

    def system_data_usage(
        self,
        *,
        type: Sequence[str] | None = None,
        timeout: float | None = None,
    ) -> SystemDataUsageResponse:
        """Get data usage information

        Args:
            type: Object types, for which to compute and return data.
                Since API 1.42.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="SystemDataUsage",
                method="GET",
                path="/system/df",
                query=wire.query(
                    wire.q_multi("type", type),
                ),
                timeout=timeout,
            ),
            ExpectJson(SystemDataUsageResponse),
        )


class AsyncSystemApi(AsyncApi):
    """The System operations."""

    async def system_auth(
        self,
        *,
        auth_config: AuthConfig | None = None,
        timeout: float | None = None,
    ) -> SystemAuthResponse:
        """Check auth configuration

        Validate credentials for a registry and, if available, get an identity
        token for accessing the registry without password.

        Args:
            auth_config: Authentication to check
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="SystemAuth",
                method="POST",
                path="/auth",
                body=JsonBody(auth_config),
                timeout=timeout,
            ),
            ExpectJson(SystemAuthResponse),
        )

    async def system_info(
        self,
        *,
        timeout: float | None = None,
    ) -> SystemInfo:
        """Get system information

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="SystemInfo",
                method="GET",
                path="/info",
                timeout=timeout,
            ),
            ExpectJson(SystemInfo),
        )

    async def system_version(
        self,
        *,
        timeout: float | None = None,
    ) -> SystemVersion:
        """Get version

        Returns the version of Docker that is running and various information about the system that Docker is running on.

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="SystemVersion",
                method="GET",
                path="/version",
                timeout=timeout,
            ),
            ExpectJson(SystemVersion),
        )

    async def system_ping(
        self,
        *,
        timeout: float | None = None,
    ) -> str:
        """Ping

        This is a dummy endpoint you can use to test if the server is accessible.

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="SystemPing",
                method="GET",
                path="/_ping",
                timeout=timeout,
            ),
            ExpectText(),
        )

    async def system_ping_head(
        self,
        *,
        timeout: float | None = None,
    ) -> ResponseHeaders:
        """Ping

        This is a dummy endpoint you can use to test if the server is accessible.

        Since API 1.40.

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="SystemPingHead",
                method="HEAD",
                path="/_ping",
                timeout=timeout,
            ),
            ExpectHeaders(),
        )

    async def system_events(
        self,
        *,
        since: wire.Timestamp | None = None,
        until: wire.Timestamp | None = None,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> AsyncJsonStream[EventMessage]:
        """Monitor events

        Stream real-time events from the server.

        Various objects within Docker report events when something happens to them.

        Containers report these events: `attach`, `commit`, `copy`, `create`, `destroy`, `detach`, `die`, `exec_create`, `exec_detach`, `exec_start`, `exec_die`, `export`, `health_status`, `kill`, `oom`, `pause`, `rename`, `resize`, `restart`, `start`, `stop`, `top`, `unpause`, `update`, and `prune`

        Images report these events: `delete`, `import`, `load`, `pull`, `push`, `save`, `tag`, `untag`, and `prune`

        Volumes report these events: `create`, `mount`, `unmount`, `destroy`, and `prune`

        Networks report these events: `create`, `connect`, `disconnect`, `destroy`, `update`, `remove`, and `prune`

        The Docker daemon reports these events: `reload`

        Services report these events: `create`, `update`, and `remove`

        Nodes report these events: `create`, `update`, and `remove`

        Secrets report these events: `create`, `update`, and `remove`

        Configs report these events: `create`, `update`, and `remove`

        The Builder reports `prune` events

        Args:
            since: Show events created since this timestamp then stream new events.
            until: Show events created until this timestamp then stop streaming.
            filters: A JSON encoded value of filters (a `map[string][]string`) to process on the event list. Available filters:

                - `config=<string>` config name or ID
                - `container=<string>` container name or ID
                - `daemon=<string>` daemon name or ID
                - `event=<string>` event type
                - `image=<string>` image name or ID
                - `label=<string>` image or container label
                - `network=<string>` network name or ID
                - `node=<string>` node ID
                - `plugin`=<string> plugin name or ID
                - `scope`=<string> local or swarm
                - `secret=<string>` secret name or ID
                - `service=<string>` service name or ID
                - `type=<string>` object to filter by, one of `container`, `image`, `volume`, `network`, `daemon`, `plugin`, `node`, `service`, `secret` or `config`
                - `volume=<string>` volume name
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="SystemEvents",
                method="GET",
                path="/events",
                query=wire.query(
                    wire.q_timestamp("since", since),
                    wire.q_timestamp("until", until),
                    wire.q_filters("filters", filters),
                ),
                streaming=True,
                timeout=timeout,
            ),
            ExpectJsonLines(EventMessage),
        )

    async def system_data_usage(
        self,
        *,
        type: Sequence[str] | None = None,
        timeout: float | None = None,
    ) -> SystemDataUsageResponse:
        """Get data usage information

        Args:
            type: Object types, for which to compute and return data.
                Since API 1.42.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="SystemDataUsage",
                method="GET",
                path="/system/df",
                query=wire.query(
                    wire.q_multi("type", type),
                ),
                timeout=timeout,
            ),
            ExpectJson(SystemDataUsageResponse),
        )
