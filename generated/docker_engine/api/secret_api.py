"""Secrets are sensitive data that can be used by services. Swarm mode must
be enabled for these endpoints to work.
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
from ..models.secret import Secret
from ..models.secret_create_body import SecretCreateBody
from ..models.secret_create_response import SecretCreateResponse
from ..models.secret_spec import SecretSpec

__all__ = ["SecretApi", "AsyncSecretApi"]


class SecretApi(SyncApi):
    """Secrets are sensitive data that can be used by services. Swarm mode must
    be enabled for these endpoints to work.
    """

    def secret_list(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> list[Secret]:
        """List secrets

        Args:
            filters: A JSON encoded value of the filters (a `map[string][]string`) to
                process on the secrets list.

                Available filters:

                - `id=<secret id>`
                - `label=<key> or label=<key>=value`
                - `name=<secret name>`
                - `names=<secret name>`
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="SecretList",
                method="GET",
                path="/secrets",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[Secret]),
        )

    def secret_create(
        self,
        *,
        body: SecretCreateBody | None = None,
        timeout: float | None = None,
    ) -> SecretCreateResponse:
        """Create a secret

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="SecretCreate",
                method="POST",
                path="/secrets/create",
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectJson(SecretCreateResponse),
        )

    def secret_inspect(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> Secret:
        """Inspect a secret

        Args:
            id: ID of the secret
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="SecretInspect",
                method="GET",
                path=wire.path("/secrets/{id}", id=id),
                timeout=timeout,
            ),
            ExpectJson(Secret),
        )

    def secret_delete(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete a secret

        Args:
            id: ID of the secret
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="SecretDelete",
                method="DELETE",
                path=wire.path("/secrets/{id}", id=id),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def secret_update(
        self,
        id: str,
        version: int,
        *,
        body: SecretSpec | None = None,
        timeout: float | None = None,
    ) -> None:
        """Update a Secret

        Since API 1.26.

        Args:
            id: The ID or name of the secret
            version: The version number of the secret object being updated. This is
                required to avoid conflicting writes.
            body: The spec of the secret to update. Currently, only the Labels field
                can be updated. All other fields must remain unchanged from the
                [SecretInspect endpoint](#operation/SecretInspect) response values.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="SecretUpdate",
                method="POST",
                path=wire.path("/secrets/{id}/update", id=id),
                query=wire.query(
                    wire.q_value("version", version),
                ),
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )


class AsyncSecretApi(AsyncApi):
    """Secrets are sensitive data that can be used by services. Swarm mode must
    be enabled for these endpoints to work.
    """

    async def secret_list(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> list[Secret]:
        """List secrets

        Args:
            filters: A JSON encoded value of the filters (a `map[string][]string`) to
                process on the secrets list.

                Available filters:

                - `id=<secret id>`
                - `label=<key> or label=<key>=value`
                - `name=<secret name>`
                - `names=<secret name>`
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="SecretList",
                method="GET",
                path="/secrets",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[Secret]),
        )

    async def secret_create(
        self,
        *,
        body: SecretCreateBody | None = None,
        timeout: float | None = None,
    ) -> SecretCreateResponse:
        """Create a secret

        Args:
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="SecretCreate",
                method="POST",
                path="/secrets/create",
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectJson(SecretCreateResponse),
        )

    async def secret_inspect(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> Secret:
        """Inspect a secret

        Args:
            id: ID of the secret
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="SecretInspect",
                method="GET",
                path=wire.path("/secrets/{id}", id=id),
                timeout=timeout,
            ),
            ExpectJson(Secret),
        )

    async def secret_delete(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> None:
        """Delete a secret

        Args:
            id: ID of the secret
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="SecretDelete",
                method="DELETE",
                path=wire.path("/secrets/{id}", id=id),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def secret_update(
        self,
        id: str,
        version: int,
        *,
        body: SecretSpec | None = None,
        timeout: float | None = None,
    ) -> None:
        """Update a Secret

        Since API 1.26.

        Args:
            id: The ID or name of the secret
            version: The version number of the secret object being updated. This is
                required to avoid conflicting writes.
            body: The spec of the secret to update. Currently, only the Labels field
                can be updated. All other fields must remain unchanged from the
                [SecretInspect endpoint](#operation/SecretInspect) response values.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="SecretUpdate",
                method="POST",
                path=wire.path("/secrets/{id}/update", id=id),
                query=wire.query(
                    wire.q_value("version", version),
                ),
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )
