"""Services are the definitions of tasks to run on a swarm. Swarm mode must
be enabled for these endpoints to work.
"""

from __future__ import annotations

from typing import Literal

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
from ..models.service import Service
from ..models.service_create_body import ServiceCreateBody
from ..models.service_create_response import ServiceCreateResponse
from ..models.service_update_body import ServiceUpdateBody
from ..models.service_update_response import ServiceUpdateResponse

__all__ = ["ServiceApi", "AsyncServiceApi"]


class ServiceApi(SyncApi):
    """Services are the definitions of tasks to run on a swarm. Swarm mode must
    be enabled for these endpoints to work.
    """

    def service_list(
        self,
        *,
        filters: wire.Filters | None = None,
        status: bool | None = None,
        timeout: float | None = None,
    ) -> list[Service]:
        """List services

        Args:
            filters: A JSON encoded value of the filters (a `map[string][]string`) to
                process on the services list.

                Available filters:

                - `id=<service id>`
                - `label=<service label>`
                - `mode=["replicated"|"global"]`
                - `name=<service name>`
            status: Include service status, with count of running and desired tasks.
                Since API 1.41.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ServiceList",
                method="GET",
                path="/services",
                query=wire.query(
                    wire.q_filters("filters", filters),
                    wire.q_bool("status", status),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[Service]),
        )

    def service_create(
        self,
        body: ServiceCreateBody,
        *,
        x_registry_auth: wire.RegistryAuth | None = None,
        timeout: float | None = None,
    ) -> ServiceCreateResponse:
        """Create a service

        Args:
            x_registry_auth: A base64url-encoded auth configuration for pulling from private
                registries.

                Refer to the [authentication section](#section/Authentication) for
                details.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ServiceCreate",
                method="POST",
                path="/services/create",
                headers=wire.headers(
                    wire.h_registry_auth("X-Registry-Auth", x_registry_auth),
                ),
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectJson(ServiceCreateResponse),
        )

    def service_inspect(
        self,
        id: str,
        *,
        insert_defaults: bool | None = None,
        timeout: float | None = None,
    ) -> Service:
        """Inspect a service

        Args:
            id: ID or name of service.
            insert_defaults: Fill empty fields with default values.
                The daemon's default: False.
                Since API 1.29.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ServiceInspect",
                method="GET",
                path=wire.path("/services/{id}", id=id),
                query=wire.query(
                    wire.q_bool("insertDefaults", insert_defaults),
                ),
                timeout=timeout,
            ),
            ExpectJson(Service),
        )

    def service_delete(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete a service

        Args:
            id: ID or name of service.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ServiceDelete",
                method="DELETE",
                path=wire.path("/services/{id}", id=id),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def service_update(
        self,
        id: str,
        version: int,
        body: ServiceUpdateBody,
        *,
        registry_auth_from: Literal["spec", "previous-spec"] | None = None,
        rollback: str | None = None,
        x_registry_auth: wire.RegistryAuth | None = None,
        timeout: float | None = None,
    ) -> ServiceUpdateResponse:
        """Update a service

        Args:
            id: ID or name of service.
            version: The version number of the service object being updated. This is
                required to avoid conflicting writes.
                This version number should be the value as currently set on the
                service *before* the update. You can find the current version by
                calling `GET /services/{id}`
            registry_auth_from: If the `X-Registry-Auth` header is not specified, this parameter
                indicates where to find registry authorization credentials.
                One of: 'spec', 'previous-spec'.
                The daemon's default: 'spec'.
                'previous-spec' since API 1.39. 'spec' since API 1.39.
            rollback: Set to this parameter to `previous` to cause a server-side rollback
                to the previous service spec. The supplied spec will be ignored in
                this case.
                Since API 1.28.
            x_registry_auth: A base64url-encoded auth configuration for pulling from private
                registries.

                Refer to the [authentication section](#section/Authentication) for
                details.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ServiceUpdate",
                method="POST",
                path=wire.path("/services/{id}/update", id=id),
                query=wire.query(
                    wire.q_value("version", version),
                    wire.q_value("registryAuthFrom", registry_auth_from),
                    wire.q_value("rollback", rollback),
                ),
                headers=wire.headers(
                    wire.h_registry_auth("X-Registry-Auth", x_registry_auth),
                ),
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectJson(ServiceUpdateResponse),
        )

    def service_logs(
        self,
        id: str,
        *,
        details: bool | None = None,
        follow: bool | None = None,
        stdout: bool | None = None,
        stderr: bool | None = None,
        since: wire.Timestamp | None = None,
        timestamps: bool | None = None,
        tail: str | None = None,
        timeout: float | None = None,
    ) -> LogStream:
        """Get service logs

        Get `stdout` and `stderr` logs from a service. See also
        [`/containers/{id}/logs`](#operation/ContainerLogs).

        **Note**: This endpoint works only for services with the `local`,
        `json-file` or `journald` logging drivers.

        Args:
            id: ID or name of the service
            details: Show service context and extra details provided to logs.
                The daemon's default: False.
            follow: Keep connection after returning logs.
                The daemon's default: False.
            stdout: Return logs from `stdout`
                The daemon's default: False.
            stderr: Return logs from `stderr`
                The daemon's default: False.
            since: Only return logs since this time, as a UNIX timestamp
                The daemon's default: 0.
            timestamps: Add timestamps to every log line
                The daemon's default: False.
            tail: Only return this number of log lines from the end of the logs.
                Specify as an integer or `all` to output all log lines.
                The daemon's default: 'all'.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ServiceLogs",
                method="GET",
                path=wire.path("/services/{id}/logs", id=id),
                query=wire.query(
                    wire.q_bool("details", details),
                    wire.q_bool("follow", follow),
                    wire.q_bool("stdout", stdout),
                    wire.q_bool("stderr", stderr),
                    wire.q_timestamp("since", since),
                    wire.q_bool("timestamps", timestamps),
                    wire.q_value("tail", tail),
                ),
                streaming=True,
                timeout=timeout,
            ),
            ExpectFrames(),
        )


class AsyncServiceApi(AsyncApi):
    """Services are the definitions of tasks to run on a swarm. Swarm mode must
    be enabled for these endpoints to work.
    """

    async def service_list(
        self,
        *,
        filters: wire.Filters | None = None,
        status: bool | None = None,
        timeout: float | None = None,
    ) -> list[Service]:
        """List services

        Args:
            filters: A JSON encoded value of the filters (a `map[string][]string`) to
                process on the services list.

                Available filters:

                - `id=<service id>`
                - `label=<service label>`
                - `mode=["replicated"|"global"]`
                - `name=<service name>`
            status: Include service status, with count of running and desired tasks.
                Since API 1.41.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ServiceList",
                method="GET",
                path="/services",
                query=wire.query(
                    wire.q_filters("filters", filters),
                    wire.q_bool("status", status),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[Service]),
        )

    async def service_create(
        self,
        body: ServiceCreateBody,
        *,
        x_registry_auth: wire.RegistryAuth | None = None,
        timeout: float | None = None,
    ) -> ServiceCreateResponse:
        """Create a service

        Args:
            x_registry_auth: A base64url-encoded auth configuration for pulling from private
                registries.

                Refer to the [authentication section](#section/Authentication) for
                details.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ServiceCreate",
                method="POST",
                path="/services/create",
                headers=wire.headers(
                    wire.h_registry_auth("X-Registry-Auth", x_registry_auth),
                ),
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectJson(ServiceCreateResponse),
        )

    async def service_inspect(
        self,
        id: str,
        *,
        insert_defaults: bool | None = None,
        timeout: float | None = None,
    ) -> Service:
        """Inspect a service

        Args:
            id: ID or name of service.
            insert_defaults: Fill empty fields with default values.
                The daemon's default: False.
                Since API 1.29.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ServiceInspect",
                method="GET",
                path=wire.path("/services/{id}", id=id),
                query=wire.query(
                    wire.q_bool("insertDefaults", insert_defaults),
                ),
                timeout=timeout,
            ),
            ExpectJson(Service),
        )

    async def service_delete(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete a service

        Args:
            id: ID or name of service.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ServiceDelete",
                method="DELETE",
                path=wire.path("/services/{id}", id=id),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def service_update(
        self,
        id: str,
        version: int,
        body: ServiceUpdateBody,
        *,
        registry_auth_from: Literal["spec", "previous-spec"] | None = None,
        rollback: str | None = None,
        x_registry_auth: wire.RegistryAuth | None = None,
        timeout: float | None = None,
    ) -> ServiceUpdateResponse:
        """Update a service

        Args:
            id: ID or name of service.
            version: The version number of the service object being updated. This is
                required to avoid conflicting writes.
                This version number should be the value as currently set on the
                service *before* the update. You can find the current version by
                calling `GET /services/{id}`
            registry_auth_from: If the `X-Registry-Auth` header is not specified, this parameter
                indicates where to find registry authorization credentials.
                One of: 'spec', 'previous-spec'.
                The daemon's default: 'spec'.
                'previous-spec' since API 1.39. 'spec' since API 1.39.
            rollback: Set to this parameter to `previous` to cause a server-side rollback
                to the previous service spec. The supplied spec will be ignored in
                this case.
                Since API 1.28.
            x_registry_auth: A base64url-encoded auth configuration for pulling from private
                registries.

                Refer to the [authentication section](#section/Authentication) for
                details.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ServiceUpdate",
                method="POST",
                path=wire.path("/services/{id}/update", id=id),
                query=wire.query(
                    wire.q_value("version", version),
                    wire.q_value("registryAuthFrom", registry_auth_from),
                    wire.q_value("rollback", rollback),
                ),
                headers=wire.headers(
                    wire.h_registry_auth("X-Registry-Auth", x_registry_auth),
                ),
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectJson(ServiceUpdateResponse),
        )

    async def service_logs(
        self,
        id: str,
        *,
        details: bool | None = None,
        follow: bool | None = None,
        stdout: bool | None = None,
        stderr: bool | None = None,
        since: wire.Timestamp | None = None,
        timestamps: bool | None = None,
        tail: str | None = None,
        timeout: float | None = None,
    ) -> AsyncLogStream:
        """Get service logs

        Get `stdout` and `stderr` logs from a service. See also
        [`/containers/{id}/logs`](#operation/ContainerLogs).

        **Note**: This endpoint works only for services with the `local`,
        `json-file` or `journald` logging drivers.

        Args:
            id: ID or name of the service
            details: Show service context and extra details provided to logs.
                The daemon's default: False.
            follow: Keep connection after returning logs.
                The daemon's default: False.
            stdout: Return logs from `stdout`
                The daemon's default: False.
            stderr: Return logs from `stderr`
                The daemon's default: False.
            since: Only return logs since this time, as a UNIX timestamp
                The daemon's default: 0.
            timestamps: Add timestamps to every log line
                The daemon's default: False.
            tail: Only return this number of log lines from the end of the logs.
                Specify as an integer or `all` to output all log lines.
                The daemon's default: 'all'.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ServiceLogs",
                method="GET",
                path=wire.path("/services/{id}/logs", id=id),
                query=wire.query(
                    wire.q_bool("details", details),
                    wire.q_bool("follow", follow),
                    wire.q_bool("stdout", stdout),
                    wire.q_bool("stderr", stderr),
                    wire.q_timestamp("since", since),
                    wire.q_bool("timestamps", timestamps),
                    wire.q_value("tail", tail),
                ),
                streaming=True,
                timeout=timeout,
            ),
            ExpectFrames(),
        )
