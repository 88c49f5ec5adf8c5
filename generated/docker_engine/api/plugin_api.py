"""The Plugin operations."""

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
from ..models.plugin import Plugin
from ..models.plugin_privilege import PluginPrivilege

__all__ = ["PluginApi", "AsyncPluginApi"]


class PluginApi(SyncApi):
    """The Plugin operations."""

    def plugin_list(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> list[Plugin]:
        """List plugins

        Returns information about installed plugins.

        Args:
            filters: A JSON encoded value of the filters (a `map[string][]string`) to
                process on the plugin list.

                Available filters:

                - `capability=<capability name>`
                - `enable=<true>|<false>`
                Since API 1.28.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="PluginList",
                method="GET",
                path="/plugins",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[Plugin]),
        )

    def get_plugin_privileges(
        self,
        remote: str,
        *,
        timeout: float | None = None,
    ) -> list[PluginPrivilege]:
        """Get plugin privileges

        Args:
            remote: The name of the plugin. The `:latest` tag is optional, and is the
                default if omitted.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="GetPluginPrivileges",
                method="GET",
                path="/plugins/privileges",
                query=wire.query(
                    wire.q_value("remote", remote),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[PluginPrivilege]),
        )

    def plugin_pull(
        self,
        remote: str,
        *,
        name: str | None = None,
        x_registry_auth: wire.RegistryAuth | None = None,
        body: Sequence[PluginPrivilege] | None = None,
        timeout: float | None = None,
    ) -> JsonStream[JsonMessage]:
        """Install a plugin

        Pulls and installs a plugin. After the plugin is installed, it can be
        enabled using the [`POST /plugins/{name}/enable` endpoint](#operation/PostPluginsEnable).

        Args:
            remote: Remote reference for plugin to install.

                The `:latest` tag is optional, and is used as the default if omitted.
            name: Local name for the pulled plugin.

                The `:latest` tag is optional, and is used as the default if omitted.
            x_registry_auth: A base64url-encoded auth configuration to use when pulling a plugin
                from a registry.

                Refer to the [authentication section](#section/Authentication) for
                details.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="PluginPull",
                method="POST",
                path="/plugins/pull",
                query=wire.query(
                    wire.q_value("remote", remote),
                    wire.q_value("name", name),
                ),
                headers=wire.headers(
                    wire.h_registry_auth("X-Registry-Auth", x_registry_auth),
                ),
                body=JsonBody(body),
                streaming=True,
                auth_image=remote,
                timeout=timeout,
            ),
            ExpectJsonLines(JsonMessage),
        )

    def plugin_inspect(
        self,
        name: str,
        *,
        timeout: float | None = None,
    ) -> Plugin:
        """Inspect a plugin

        Args:
            name: The name of the plugin. The `:latest` tag is optional, and is the
                default if omitted.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="PluginInspect",
                method="GET",
                path=wire.path("/plugins/{name}/json", name=name),
                timeout=timeout,
            ),
            ExpectJson(Plugin),
        )

    def plugin_delete(
        self,
        name: str,
        *,
        force: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Remove a plugin

        Args:
            name: The name of the plugin. The `:latest` tag is optional, and is the
                default if omitted.
            force: Disable the plugin before removing. This may result in issues if the
                plugin is in use by a container.
                The daemon's default: False.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="PluginDelete",
                method="DELETE",
                path=wire.path("/plugins/{name}", name=name),
                query=wire.query(
                    wire.q_bool("force", force),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def plugin_enable(
        self,
        name: str,
        *,
        timeout: int = 0,
        call_timeout: float | None = None,
    ) -> None:
        """Enable a plugin

        Args:
            name: The name of the plugin. The `:latest` tag is optional, and is the
                default if omitted.
            timeout: Set the HTTP client timeout (in seconds)
            call_timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="PluginEnable",
                method="POST",
                path=wire.path("/plugins/{name}/enable", name=name),
                query=wire.query(
                    wire.q_value("timeout", timeout),
                ),
                timeout=call_timeout,
                duration=timeout,
            ),
            ExpectEmpty(),
        )

    def plugin_disable(
        self,
        name: str,
        *,
        force: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Disable a plugin

        Args:
            name: The name of the plugin. The `:latest` tag is optional, and is the
                default if omitted.
            force: Force disable a plugin even if still in use.
                Since API 1.28.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="PluginDisable",
                method="POST",
                path=wire.path("/plugins/{name}/disable", name=name),
                query=wire.query(
                    wire.q_bool("force", force),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def plugin_upgrade(
        self,
        name: str,
        remote: str,
        *,
        x_registry_auth: wire.RegistryAuth | None = None,
        body: Sequence[PluginPrivilege] | None = None,
        timeout: float | None = None,
    ) -> JsonStream[JsonMessage]:
        """Upgrade a plugin

        Since API 1.26.

        Args:
            name: The name of the plugin. The `:latest` tag is optional, and is the
                default if omitted.
            remote: Remote reference to upgrade to.

                The `:latest` tag is optional, and is used as the default if omitted.
            x_registry_auth: A base64url-encoded auth configuration to use when pulling a plugin
                from a registry.

                Refer to the [authentication section](#section/Authentication) for
                details.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="PluginUpgrade",
                method="POST",
                path=wire.path("/plugins/{name}/upgrade", name=name),
                query=wire.query(
                    wire.q_value("remote", remote),
                ),
                headers=wire.headers(
                    wire.h_registry_auth("X-Registry-Auth", x_registry_auth),
                ),
                body=JsonBody(body),
                streaming=True,
                auth_image=remote,
                timeout=timeout,
            ),
            ExpectJsonLines(JsonMessage),
        )

    def plugin_create(
        self,
        name: str,
        *,
        tar_context: UploadSource | None = None,
        timeout: float | None = None,
    ) -> None:
        """Create a plugin

        Args:
            name: The name of the plugin. The `:latest` tag is optional, and is the
                default if omitted.
            tar_context: Path to tar containing plugin rootfs and manifest
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="PluginCreate",
                method="POST",
                path="/plugins/create",
                query=wire.query(
                    wire.q_value("name", name),
                ),
                body=UploadBody(tar_context, "application/x-tar"),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def plugin_push(
        self,
        name: str,
        *,
        timeout: float | None = None,
    ) -> JsonStream[JsonMessage]:
        """Push a plugin

        Push a plugin to the registry.

        Args:
            name: The name of the plugin. The `:latest` tag is optional, and is the
                default if omitted.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="PluginPush",
                method="POST",
                path=wire.path("/plugins/{name}/push", name=name),
                streaming=True,
                auth_image=name,
                timeout=timeout,
            ),
            ExpectJsonLines(JsonMessage),
        )

    def plugin_set(
        self,
        name: str,
        *,
        body: Sequence[str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Configure a plugin

        Args:
            name: The name of the plugin. The `:latest` tag is optional, and is the
                default if omitted.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="PluginSet",
                method="POST",
                path=wire.path("/plugins/{name}/set", name=name),
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )


class AsyncPluginApi(AsyncApi):
    """The Plugin operations."""

    async def plugin_list(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> list[Plugin]:
        """List plugins

        Returns information about installed plugins.

        Args:
            filters: A JSON encoded value of the filters (a `map[string][]string`) to
                process on the plugin list.

                Available filters:

                - `capability=<capability name>`
                - `enable=<true>|<false>`
                Since API 1.28.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="PluginList",
                method="GET",
                path="/plugins",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[Plugin]),
        )

    async def get_plugin_privileges(
        self,
        remote: str,
        *,
        timeout: float | None = None,
    ) -> list[PluginPrivilege]:
        """Get plugin privileges

        Args:
            remote: The name of the plugin. The `:latest` tag is optional, and is the
                default if omitted.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="GetPluginPrivileges",
                method="GET",
                path="/plugins/privileges",
                query=wire.query(
                    wire.q_value("remote", remote),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[PluginPrivilege]),
        )

    async def plugin_pull(
        self,
        remote: str,
        *,
        name: str | None = None,
        x_registry_auth: wire.RegistryAuth | None = None,
        body: Sequence[PluginPrivilege] | None = None,
        timeout: float | None = None,
    ) -> AsyncJsonStream[JsonMessage]:
        """Install a plugin

        Pulls and installs a plugin. After the plugin is installed, it can be
        enabled using the [`POST /plugins/{name}/enable` endpoint](#operation/PostPluginsEnable).

        Args:
            remote: Remote reference for plugin to install.

                The `:latest` tag is optional, and is used as the default if omitted.
            name: Local name for the pulled plugin.

                The `:latest` tag is optional, and is used as the default if omitted.
            x_registry_auth: A base64url-encoded auth configuration to use when pulling a plugin
                from a registry.

                Refer to the [authentication section](#section/Authentication) for
                details.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="PluginPull",
                method="POST",
                path="/plugins/pull",
                query=wire.query(
                    wire.q_value("remote", remote),
                    wire.q_value("name", name),
                ),
                headers=wire.headers(
                    wire.h_registry_auth("X-Registry-Auth", x_registry_auth),
                ),
                body=JsonBody(body),
                streaming=True,
                auth_image=remote,
                timeout=timeout,
            ),
            ExpectJsonLines(JsonMessage),
        )

    async def plugin_inspect(
        self,
        name: str,
        *,
        timeout: float | None = None,
    ) -> Plugin:
        """Inspect a plugin

        Args:
            name: The name of the plugin. The `:latest` tag is optional, and is the
                default if omitted.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="PluginInspect",
                method="GET",
                path=wire.path("/plugins/{name}/json", name=name),
                timeout=timeout,
            ),
            ExpectJson(Plugin),
        )

    async def plugin_delete(
        self,
        name: str,
        *,
        force: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Remove a plugin

        Args:
            name: The name of the plugin. The `:latest` tag is optional, and is the
                default if omitted.
            force: Disable the plugin before removing. This may result in issues if the
                plugin is in use by a container.
                The daemon's default: False.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="PluginDelete",
                method="DELETE",
                path=wire.path("/plugins/{name}", name=name),
                query=wire.query(
                    wire.q_bool("force", force),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def plugin_enable(
        self,
        name: str,
        *,
        timeout: int = 0,
        call_timeout: float | None = None,
    ) -> None:
        """Enable a plugin

        Args:
            name: The name of the plugin. The `:latest` tag is optional, and is the
                default if omitted.
            timeout: Set the HTTP client timeout (in seconds)
            call_timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="PluginEnable",
                method="POST",
                path=wire.path("/plugins/{name}/enable", name=name),
                query=wire.query(
                    wire.q_value("timeout", timeout),
                ),
                timeout=call_timeout,
                duration=timeout,
            ),
            ExpectEmpty(),
        )

    async def plugin_disable(
        self,
        name: str,
        *,
        force: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Disable a plugin

        Args:
            name: The name of the plugin. The `:latest` tag is optional, and is the
                default if omitted.
            force: Force disable a plugin even if still in use.
                Since API 1.28.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="PluginDisable",
                method="POST",
                path=wire.path("/plugins/{name}/disable", name=name),
                query=wire.query(
                    wire.q_bool("force", force),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def plugin_upgrade(
        self,
        name: str,
        remote: str,
        *,
        x_registry_auth: wire.RegistryAuth | None = None,
        body: Sequence[PluginPrivilege] | None = None,
        timeout: float | None = None,
    ) -> AsyncJsonStream[JsonMessage]:
        """Upgrade a plugin

        Since API 1.26.

        Args:
            name: The name of the plugin. The `:latest` tag is optional, and is the
                default if omitted.
            remote: Remote reference to upgrade to.

                The `:latest` tag is optional, and is used as the default if omitted.
            x_registry_auth: A base64url-encoded auth configuration to use when pulling a plugin
                from a registry.

                Refer to the [authentication section](#section/Authentication) for
                details.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="PluginUpgrade",
                method="POST",
                path=wire.path("/plugins/{name}/upgrade", name=name),
                query=wire.query(
                    wire.q_value("remote", remote),
                ),
                headers=wire.headers(
                    wire.h_registry_auth("X-Registry-Auth", x_registry_auth),
                ),
                body=JsonBody(body),
                streaming=True,
                auth_image=remote,
                timeout=timeout,
            ),
            ExpectJsonLines(JsonMessage),
        )

    async def plugin_create(
        self,
        name: str,
        *,
        tar_context: UploadSource | None = None,
        timeout: float | None = None,
    ) -> None:
        """Create a plugin

        Args:
            name: The name of the plugin. The `:latest` tag is optional, and is the
                default if omitted.
            tar_context: Path to tar containing plugin rootfs and manifest
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="PluginCreate",
                method="POST",
                path="/plugins/create",
                query=wire.query(
                    wire.q_value("name", name),
                ),
                body=UploadBody(tar_context, "application/x-tar"),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def plugin_push(
        self,
        name: str,
        *,
        timeout: float | None = None,
    ) -> AsyncJsonStream[JsonMessage]:
        """Push a plugin

        Push a plugin to the registry.

        Args:
            name: The name of the plugin. The `:latest` tag is optional, and is the
                default if omitted.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="PluginPush",
                method="POST",
                path=wire.path("/plugins/{name}/push", name=name),
                streaming=True,
                auth_image=name,
                timeout=timeout,
            ),
            ExpectJsonLines(JsonMessage),
        )

    async def plugin_set(
        self,
        name: str,
        *,
        body: Sequence[str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Configure a plugin

        Args:
            name: The name of the plugin. The `:latest` tag is optional, and is the
                default if omitted.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="PluginSet",
                method="POST",
                path=wire.path("/plugins/{name}/set", name=name),
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )
