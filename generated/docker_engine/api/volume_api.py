"""Create and manage persistent storage that can be attached to containers."""

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
from ..models.volume import Volume
from ..models.volume_create_options import VolumeCreateOptions
from ..models.volume_list_response import VolumeListResponse
from ..models.volume_prune_response import VolumePruneResponse
from ..models.volume_update_body import VolumeUpdateBody

__all__ = ["VolumeApi", "AsyncVolumeApi"]


class VolumeApi(SyncApi):
    """Create and manage persistent storage that can be attached to containers."""

    def volume_list(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> VolumeListResponse:
        """List volumes

        Args:
            filters: JSON encoded value of the filters (a `map[string][]string`) to
                process on the volumes list. Available filters:

                - `dangling=<boolean>` When set to `true` (or `1`), returns all
                   volumes that are not in use by a container. When set to `false`
                   (or `0`), only volumes that are in use by one or more
                   containers are returned.
                - `driver=<volume-driver-name>` Matches volumes based on their driver.
                - `label=<key>` or `label=<key>:<value>` Matches volumes based on
                   the presence of a `label` alone or a `label` and a value.
                - `name=<volume-name>` Matches all or part of a volume name.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="VolumeList",
                method="GET",
                path="/volumes",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(VolumeListResponse),
        )

    def volume_create(
        self,
        volume_config: VolumeCreateOptions,
        *,
        timeout: float | None = None,
    ) -> Volume:
        """Create a volume

        Args:
            volume_config: Volume configuration
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="VolumeCreate",
                method="POST",
                path="/volumes/create",
                body=JsonBody(volume_config),
                timeout=timeout,
            ),
            ExpectJson(Volume),
        )

    def volume_inspect(
        self,
        name: str,
        *,
        timeout: float | None = None,
    ) -> Volume:
        """Inspect a volume

        Args:
            name: Volume name or ID
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="VolumeInspect",
                method="GET",
                path=wire.path("/volumes/{name}", name=name),
                timeout=timeout,
            ),
            ExpectJson(Volume),
        )

    def volume_update(
        self,
        name: str,
        version: int,
        *,
        body: VolumeUpdateBody | None = None,
        timeout: float | None = None,
    ) -> None:
        """ "Update a volume. Valid only for Swarm cluster volumes"

        Since API 1.42.

        Args:
            name: The name or ID of the volume
            version: The version number of the volume being updated. This is required to
                avoid conflicting writes. Found in the volume's `ClusterVolume`
                field.
            body: The spec of the volume to update. Currently, only Availability may
                change. All other fields must remain unchanged.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="VolumeUpdate",
                method="PUT",
                path=wire.path("/volumes/{name}", name=name),
                query=wire.query(
                    wire.q_value("version", version),
                ),
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def volume_delete(
        self,
        name: str,
        *,
        force: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Remove a volume

        Instruct the driver to remove the volume.

        Args:
            name: Volume name or ID
            force: Force the removal of the volume
                The daemon's default: False.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="VolumeDelete",
                method="DELETE",
                path=wire.path("/volumes/{name}", name=name),
                query=wire.query(
                    wire.q_bool("force", force),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def volume_prune(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> VolumePruneResponse:
        """Delete unused volumes

        Args:
            filters: Filters to process on the prune list, encoded as JSON (a `map[string][]string`).

                Available filters:
                - `label` (`label=<key>`, `label=<key>=<value>`, `label!=<key>`, or `label!=<key>=<value>`) Prune volumes with (or without, in case `label!=...` is used) the specified labels.
                - `all` (`all=true`) - Consider all (local) volumes for pruning and not just anonymous volumes.
                Since API 1.28.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="VolumePrune",
                method="POST",
                path="/volumes/prune",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(VolumePruneResponse),
        )


class AsyncVolumeApi(AsyncApi):
    """Create and manage persistent storage that can be attached to containers."""

    async def volume_list(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> VolumeListResponse:
        """List volumes

        Args:
            filters: JSON encoded value of the filters (a `map[string][]string`) to
                process on the volumes list. Available filters:

                - `dangling=<boolean>` When set to `true` (or `1`), returns all
                   volumes that are not in use by a container. When set to `false`
                   (or `0`), only volumes that are in use by one or more
                   containers are returned.
                - `driver=<volume-driver-name>` Matches volumes based on their driver.
                - `label=<key>` or `label=<key>:<value>` Matches volumes based on
                   the presence of a `label` alone or a `label` and a value.
                - `name=<volume-name>` Matches all or part of a volume name.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="VolumeList",
                method="GET",
                path="/volumes",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(VolumeListResponse),
        )

    async def volume_create(
        self,
        volume_config: VolumeCreateOptions,
        *,
        timeout: float | None = None,
    ) -> Volume:
        """Create a volume

        Args:
            volume_config: Volume configuration
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="VolumeCreate",
                method="POST",
                path="/volumes/create",
                body=JsonBody(volume_config),
                timeout=timeout,
            ),
            ExpectJson(Volume),
        )

    async def volume_inspect(
        self,
        name: str,
        *,
        timeout: float | None = None,
    ) -> Volume:
        """Inspect a volume

        Args:
            name: Volume name or ID
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="VolumeInspect",
                method="GET",
                path=wire.path("/volumes/{name}", name=name),
                timeout=timeout,
            ),
            ExpectJson(Volume),
        )

    async def volume_update(
        self,
        name: str,
        version: int,
        *,
        body: VolumeUpdateBody | None = None,
        timeout: float | None = None,
    ) -> None:
        """ "Update a volume. Valid only for Swarm cluster volumes"

        Since API 1.42.

        Args:
            name: The name or ID of the volume
            version: The version number of the volume being updated. This is required to
                avoid conflicting writes. Found in the volume's `ClusterVolume`
                field.
            body: The spec of the volume to update. Currently, only Availability may
                change. All other fields must remain unchanged.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="VolumeUpdate",
                method="PUT",
                path=wire.path("/volumes/{name}", name=name),
                query=wire.query(
                    wire.q_value("version", version),
                ),
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def volume_delete(
        self,
        name: str,
        *,
        force: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Remove a volume

        Instruct the driver to remove the volume.

        Args:
            name: Volume name or ID
            force: Force the removal of the volume
                The daemon's default: False.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="VolumeDelete",
                method="DELETE",
                path=wire.path("/volumes/{name}", name=name),
                query=wire.query(
                    wire.q_bool("force", force),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def volume_prune(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> VolumePruneResponse:
        """Delete unused volumes

        Args:
            filters: Filters to process on the prune list, encoded as JSON (a `map[string][]string`).

                Available filters:
                - `label` (`label=<key>`, `label=<key>=<value>`, `label!=<key>`, or `label!=<key>=<value>`) Prune volumes with (or without, in case `label!=...` is used) the specified labels.
                - `all` (`all=true`) - Consider all (local) volumes for pruning and not just anonymous volumes.
                Since API 1.28.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="VolumePrune",
                method="POST",
                path="/volumes/prune",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(VolumePruneResponse),
        )
