"""Configs are application configurations that can be used by services. Swarm
mode must be enabled for these endpoints to work.
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
from ..models.config import Config
from ..models.config_create_body import ConfigCreateBody
from ..models.config_create_response import ConfigCreateResponse
from ..models.config_spec import ConfigSpec

__all__ = ["ConfigApi", "AsyncConfigApi"]


class ConfigApi(SyncApi):
    """Configs are application configurations that can be used by services. Swarm
    mode must be enabled for these endpoints to work.
    """

    def config_list(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> list[Config]:
        """List configs

        Since API 1.30.

        Args:
            filters: A JSON encoded value of the filters (a `map[string][]string`) to
                process on the configs list.

                Available filters:

                - `id=<config id>`
                - `label=<key> or label=<key>=value`
                - `name=<config name>`
                - `names=<config name>`
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ConfigList",
                method="GET",
                path="/configs",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[Config]),
        )

    def config_create(
        self,
        *,
        body: ConfigCreateBody | None = None,
        timeout: float | None = None,
    ) -> ConfigCreateResponse:
        """Create a config

        Since API 1.30.

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ConfigCreate",
                method="POST",
                path="/configs/create",
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectJson(ConfigCreateResponse),
        )

    def config_inspect(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> Config:
        """Inspect a config

        Since API 1.30.

        Args:
            id: ID of the config
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ConfigInspect",
                method="GET",
                path=wire.path("/configs/{id}", id=id),
                timeout=timeout,
            ),
            ExpectJson(Config),
        )

    def config_delete(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete a config

        Since API 1.30.

        Args:
            id: ID of the config
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ConfigDelete",
                method="DELETE",
                path=wire.path("/configs/{id}", id=id),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def config_update(
        self,
        id: str,
        version: int,
        *,
        body: ConfigSpec | None = None,
        timeout: float | None = None,
    ) -> None:
        """Update a Config

        Since API 1.30.

        Args:
            id: The ID or name of the config
            version: The version number of the config object being updated. This is
                required to avoid conflicting writes.
            body: The spec of the config to update. Currently, only the Labels field
                can be updated. All other fields must remain unchanged from the
                [ConfigInspect endpoint](#operation/ConfigInspect) response values.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ConfigUpdate",
                method="POST",
                path=wire.path("/configs/{id}/update", id=id),
                query=wire.query(
                    wire.q_value("version", version),
                ),
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )


class AsyncConfigApi(AsyncApi):
    """Configs are application configurations that can be used by services. Swarm
    mode must be enabled for these endpoints to work.
    """

    async def config_list(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> list[Config]:
        """List configs

        Since API 1.30.

        Args:
            filters: A JSON encoded value of the filters (a `map[string][]string`) to
                process on the configs list.

                Available filters:

                - `id=<config id>`
                - `label=<key> or label=<key>=value`
                - `name=<config name>`
                - `names=<config name>`
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ConfigList",
                method="GET",
                path="/configs",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[Config]),
        )

    async def config_create(
        self,
        *,
        body: ConfigCreateBody | None = None,
        timeout: float | None = None,
    ) -> ConfigCreateResponse:
        """Create a config

        Since API 1.30.

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ConfigCreate",
                method="POST",
                path="/configs/create",
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectJson(ConfigCreateResponse),
        )

    async def config_inspect(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> Config:
        """Inspect a config

        Since API 1.30.

        Args:
            id: ID of the config
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ConfigInspect",
                method="GET",
                path=wire.path("/configs/{id}", id=id),
                timeout=timeout,
            ),
            ExpectJson(Config),
        )

    async def config_delete(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete a config

        Since API 1.30.

        Args:
            id: ID of the config
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ConfigDelete",
                method="DELETE",
                path=wire.path("/configs/{id}", id=id),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def config_update(
        self,
        id: str,
        version: int,
        *,
        body: ConfigSpec | None = None,
        timeout: float | None = None,
    ) -> None:
        """Update a Config

        Since API 1.30.

        Args:
            id: The ID or name of the config
            version: The version number of the config object being updated. This is
                required to avoid conflicting writes.
            body: The spec of the config to update. Currently, only the Labels field
                can be updated. All other fields must remain unchanged from the
                [ConfigInspect endpoint](#operation/ConfigInspect) response values.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ConfigUpdate",
                method="POST",
                path=wire.path("/configs/{id}/update", id=id),
                query=wire.query(
                    wire.q_value("version", version),
                ),
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )
