"""Create and manage containers."""

from __future__ import annotations

from typing import Literal, overload

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
from ..models.container_create_body import ContainerCreateBody
from ..models.container_create_response import ContainerCreateResponse
from ..models.container_inspect_response import ContainerInspectResponse
from ..models.container_prune_response import ContainerPruneResponse
from ..models.container_summary import ContainerSummary
from ..models.container_top_response import ContainerTopResponse
from ..models.container_update_body import ContainerUpdateBody
from ..models.container_update_response import ContainerUpdateResponse
from ..models.container_wait_response import ContainerWaitResponse
from ..models.filesystem_change import FilesystemChange

__all__ = ["ContainerApi", "AsyncContainerApi"]


class ContainerApi(SyncApi):
    """Create and manage containers."""

    def container_list(
        self,
        *,
        all: bool | None = None,
        limit: int | None = None,
        size: bool | None = None,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> list[ContainerSummary]:
        """List containers

        Returns a list of containers. For details on the format, see the
        [inspect endpoint](#operation/ContainerInspect).

        Note that it uses a different, smaller representation of a container
        than inspecting a single container. For example, the list of linked
        containers is not propagated .

        Args:
            all: Return all containers. By default, only running containers are shown.
                The daemon's default: False.
            limit: Return this number of most recently created containers, including
                non-running ones.
            size: Return the size of container as fields `SizeRw` and `SizeRootFs`.
                The daemon's default: False.
            filters: Filters to process on the container list, encoded as JSON (a
                `map[string][]string`). For example, `{"status": ["paused"]}` will
                only return paused containers.

                Available filters:

                - `ancestor`=(`<image-name>[:<tag>]`, `<image id>`, or `<image@digest>`)
                - `before`=(`<container id>` or `<container name>`)
                - `expose`=(`<port>[/<proto>]`|`<startport-endport>/[<proto>]`)
                - `exited=<int>` containers with exit code of `<int>`
                - `health`=(`starting`|`healthy`|`unhealthy`|`none`)
                - `id=<ID>` a container's ID
                - `isolation=`(`default`|`process`|`hyperv`) (Windows daemon only)
                - `is-task=`(`true`|`false`)
                - `label=key` or `label="key=value"` of a container label
                - `name=<name>` a container's name
                - `network`=(`<network id>` or `<network name>`)
                - `publish`=(`<port>[/<proto>]`|`<startport-endport>/[<proto>]`)
                - `since`=(`<container id>` or `<container name>`)
                - `status=`(`created`|`restarting`|`running`|`removing`|`paused`|`exited`|`dead`)
                - `volume`=(`<volume name>` or `<mount point destination>`)
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerList",
                method="GET",
                path="/containers/json",
                query=wire.query(
                    wire.q_bool("all", all),
                    wire.q_value("limit", limit),
                    wire.q_bool("size", size),
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[ContainerSummary]),
        )

    def container_create(
        self,
        body: ContainerCreateBody,
        *,
        name: str | None = None,
        platform: str | None = None,
        timeout: float | None = None,
    ) -> ContainerCreateResponse:
        """Create a container

        Args:
            body: Container to create
            name: Assign the specified name to the container. Must match
                `/?[a-zA-Z0-9][a-zA-Z0-9_.-]+`.
            platform: Platform in the format `os[/arch[/variant]]` used for image lookup.

                When specified, the daemon checks if the requested image is present
                in the local image cache with the given OS and Architecture, and
                otherwise returns a `404` status.

                If the option is not set, the host's native OS and Architecture are
                used to look up the image in the image cache. However, if no platform
                is passed and the given image does exist in the local image cache,
                but its OS or architecture does not match, the container is created
                with the available image, and a warning is added to the `Warnings`
                field in the response, for example;

                    WARNING: The requested image's platform (linux/arm64/v8) does not
                             match the detected host platform (linux/amd64) and no
                             specific platform was requested
                The daemon's default: ''.
                Since API 1.41.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerCreate",
                method="POST",
                path="/containers/create",
                query=wire.query(
                    wire.q_value("name", name),
                    wire.q_value("platform", platform),
                ),
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectJson(ContainerCreateResponse),
        )

    def container_inspect(
        self,
        id: str,
        *,
        size: bool | None = None,
        timeout: float | None = None,
    ) -> ContainerInspectResponse:
        """Inspect a container

        Return low-level information about a container.

        Args:
            id: ID or name of the container
            size: Return the size of container as fields `SizeRw` and `SizeRootFs`
                The daemon's default: False.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerInspect",
                method="GET",
                path=wire.path("/containers/{id}/json", id=id),
                query=wire.query(
                    wire.q_bool("size", size),
                ),
                timeout=timeout,
            ),
            ExpectJson(ContainerInspectResponse),
        )

    def container_top(
        self,
        id: str,
        *,
        ps_args: str | None = None,
        timeout: float | None = None,
    ) -> ContainerTopResponse:
        """List processes running inside a container

        On Unix systems, this is done by running the `ps` command. This endpoint
        is not supported on Windows.

        Args:
            id: ID or name of the container
            ps_args: The arguments to pass to `ps`. For example, `aux`
                The daemon's default: '-ef'.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerTop",
                method="GET",
                path=wire.path("/containers/{id}/top", id=id),
                query=wire.query(
                    wire.q_value("ps_args", ps_args),
                ),
                timeout=timeout,
            ),
            ExpectJson(ContainerTopResponse),
        )

    def container_logs(
        self,
        id: str,
        *,
        follow: bool | None = None,
        stdout: bool | None = None,
        stderr: bool | None = None,
        since: wire.Timestamp | None = None,
        until: wire.Timestamp | None = None,
        timestamps: bool | None = None,
        tail: str | None = None,
        timeout: float | None = None,
    ) -> LogStream:
        """Get container logs

        Get `stdout` and `stderr` logs from a container.

        Note: This endpoint works only for containers with the `json-file` or
        `journald` logging driver.

        Args:
            id: ID or name of the container
            follow: Keep connection after returning logs.
                The daemon's default: False.
            stdout: Return logs from `stdout`
                The daemon's default: False.
            stderr: Return logs from `stderr`
                The daemon's default: False.
            since: Only return logs since this time, as a UNIX timestamp
                The daemon's default: 0.
            until: Only return logs before this time, as a UNIX timestamp
                The daemon's default: 0.
                Since API 1.35.
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
                operation="ContainerLogs",
                method="GET",
                path=wire.path("/containers/{id}/logs", id=id),
                query=wire.query(
                    wire.q_bool("follow", follow),
                    wire.q_bool("stdout", stdout),
                    wire.q_bool("stderr", stderr),
                    wire.q_timestamp("since", since),
                    wire.q_timestamp("until", until),
                    wire.q_bool("timestamps", timestamps),
                    wire.q_value("tail", tail),
                ),
                streaming=True,
                timeout=timeout,
            ),
            ExpectFrames(),
        )

    def container_changes(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> list[FilesystemChange]:
        """Get changes on a container’s filesystem

        Returns which files in a container's filesystem have been added, deleted,
        or modified. The `Kind` of modification can be one of:

        - `0`: Modified ("C")
        - `1`: Added ("A")
        - `2`: Deleted ("D")

        Args:
            id: ID or name of the container
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerChanges",
                method="GET",
                path=wire.path("/containers/{id}/changes", id=id),
                timeout=timeout,
            ),
            ExpectJson(list[FilesystemChange]),
        )

    def container_export(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> BinaryStream:
        """Export a container

        Export the contents of a container as a tarball.

        Args:
            id: ID or name of the container
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerExport",
                method="GET",
                path=wire.path("/containers/{id}/export", id=id),
                streaming=True,
                timeout=timeout,
            ),
            ExpectBinary(),
        )

    @overload
    def container_stats(
        self,
        id: str,
        *,
        stream: Literal[False],
        one_shot: bool | None = None,
        timeout: float | None = None,
    ) -> ContainerStats: ...

    @overload
    def container_stats(
        self,
        id: str,
        *,
        stream: Literal[True] | None = None,
        one_shot: bool | None = None,
        timeout: float | None = None,
    ) -> JsonStream[ContainerStats]: ...

    def container_stats(
        self,
        id: str,
        *,
        stream: bool | None = None,
        one_shot: bool | None = None,
        timeout: float | None = None,
    ) -> JsonStream[ContainerStats] | ContainerStats:
        """Get container stats based on resource usage

        This endpoint returns a live stream of a container’s resource usage
        statistics.

        The `precpu_stats` is the CPU statistic of the *previous* read, and is
        used to calculate the CPU usage percentage. It is not an exact copy
        of the `cpu_stats` field.

        If either `precpu_stats.online_cpus` or `cpu_stats.online_cpus` is
        nil then for compatibility with older daemons the length of the
        corresponding `cpu_usage.percpu_usage` array should be used.

        On a cgroup v2 host, the following fields are not set
        * `blkio_stats`: all fields other than `io_service_bytes_recursive`
        * `cpu_stats`: `cpu_usage.percpu_usage`
        * `memory_stats`: `max_usage` and `failcnt`
        Also, `memory_stats.stats` fields are incompatible with cgroup v1.

        To calculate the values shown by the `stats` command of the docker cli tool
        the following formulas can be used:
        * used_memory = `memory_stats.usage - memory_stats.stats.cache` (cgroups v1)
        * used_memory = `memory_stats.usage - memory_stats.stats.inactive_file` (cgroups v2)
        * available_memory = `memory_stats.limit`
        * Memory usage % = `(used_memory / available_memory) * 100.0`
        * cpu_delta = `cpu_stats.cpu_usage.total_usage - precpu_stats.cpu_usage.total_usage`
        * system_cpu_delta = `cpu_stats.system_cpu_usage - precpu_stats.system_cpu_usage`
        * number_cpus = `length(cpu_stats.cpu_usage.percpu_usage)` or `cpu_stats.online_cpus`
        * CPU usage % = `(cpu_delta / system_cpu_delta) * number_cpus * 100.0`

        Args:
            id: ID or name of the container
            stream: Stream the output. If false, the stats will be output once and then
                it will disconnect.
                The daemon's default: True.
            one_shot: Only get a single stat instead of waiting for 2 cycles. Must be used
                with `stream=false`.
                The daemon's default: False.
                Since API 1.41.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        request = Request(
            operation="ContainerStats",
            method="GET",
            path=wire.path("/containers/{id}/stats", id=id),
            query=wire.query(
                wire.q_bool("stream", stream),
                wire.q_bool("one-shot", one_shot),
            ),
            streaming=True,
            timeout=timeout,
        )
        if stream is False:
            return self._client.send(request, ExpectJson(ContainerStats))
        return self._client.send(request, ExpectJsonLines(ContainerStats))

    def container_resize(
        self,
        id: str,
        h: int,
        w: int,
        *,
        timeout: float | None = None,
    ) -> None:
        """Resize a container TTY

        Resize the TTY for a container.

        Args:
            id: ID or name of the container
            h: Height of the TTY session in characters
            w: Width of the TTY session in characters
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerResize",
                method="POST",
                path=wire.path("/containers/{id}/resize", id=id),
                query=wire.query(
                    wire.q_value("h", h),
                    wire.q_value("w", w),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def container_start(
        self,
        id: str,
        *,
        detach_keys: str | None = None,
        timeout: float | None = None,
    ) -> None:
        """Start a container

        Args:
            id: ID or name of the container
            detach_keys: Override the key sequence for detaching a container. Format is a
                single character `[a-Z]` or `ctrl-<value>` where `<value>` is one
                of: `a-z`, `@`, `^`, `[`, `,` or `_`.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerStart",
                method="POST",
                path=wire.path("/containers/{id}/start", id=id),
                query=wire.query(
                    wire.q_value("detachKeys", detach_keys),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def container_stop(
        self,
        id: str,
        *,
        signal: str | None = None,
        t: int | None = None,
        timeout: float | None = None,
    ) -> None:
        """Stop a container

        Args:
            id: ID or name of the container
            signal: Signal to send to the container as an integer or string (e.g. `SIGINT`).
                Since API 1.42.
            t: Number of seconds to wait before killing the container
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerStop",
                method="POST",
                path=wire.path("/containers/{id}/stop", id=id),
                query=wire.query(
                    wire.q_value("signal", signal),
                    wire.q_value("t", t),
                ),
                timeout=timeout,
                duration=t,
            ),
            ExpectEmpty(),
        )

    def container_restart(
        self,
        id: str,
        *,
        signal: str | None = None,
        t: int | None = None,
        timeout: float | None = None,
    ) -> None:
        """Restart a container

        Args:
            id: ID or name of the container
            signal: Signal to send to the container as an integer or string (e.g. `SIGINT`).
                Since API 1.42.
            t: Number of seconds to wait before killing the container
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerRestart",
                method="POST",
                path=wire.path("/containers/{id}/restart", id=id),
                query=wire.query(
                    wire.q_value("signal", signal),
                    wire.q_value("t", t),
                ),
                timeout=timeout,
                duration=t,
            ),
            ExpectEmpty(),
        )

    def container_kill(
        self,
        id: str,
        *,
        signal: str | None = None,
        timeout: float | None = None,
    ) -> None:
        """Kill a container

        Send a POSIX signal to a container, defaulting to killing to the
        container.

        Args:
            id: ID or name of the container
            signal: Signal to send to the container as an integer or string (e.g. `SIGINT`).
                The daemon's default: 'SIGKILL'.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerKill",
                method="POST",
                path=wire.path("/containers/{id}/kill", id=id),
                query=wire.query(
                    wire.q_value("signal", signal),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def container_update(
        self,
        id: str,
        update: ContainerUpdateBody,
        *,
        timeout: float | None = None,
    ) -> ContainerUpdateResponse:
        """Update a container

        Change various configuration options of a container without having to
        recreate it.

        Args:
            id: ID or name of the container
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerUpdate",
                method="POST",
                path=wire.path("/containers/{id}/update", id=id),
                body=JsonBody(update),
                timeout=timeout,
            ),
            ExpectJson(ContainerUpdateResponse),
        )

    def container_rename(
        self,
        id: str,
        name: str,
        *,
        timeout: float | None = None,
    ) -> None:
        """Rename a container

        Args:
            id: ID or name of the container
            name: New name for the container
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerRename",
                method="POST",
                path=wire.path("/containers/{id}/rename", id=id),
                query=wire.query(
                    wire.q_value("name", name),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def container_pause(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> None:
        """Pause a container

        Use the freezer cgroup to suspend all processes in a container.

        Traditionally, when suspending a process the `SIGSTOP` signal is used,
        which is observable by the process being suspended. With the freezer
        cgroup the process is unaware, and unable to capture, that it is being
        suspended, and subsequently resumed.

        Args:
            id: ID or name of the container
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerPause",
                method="POST",
                path=wire.path("/containers/{id}/pause", id=id),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def container_unpause(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> None:
        """Unpause a container

        Resume a container which has been paused.

        Args:
            id: ID or name of the container
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerUnpause",
                method="POST",
                path=wire.path("/containers/{id}/unpause", id=id),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def container_attach(
        self,
        id: str,
        *,
        detach_keys: str | None = None,
        logs: bool | None = None,
        stream: bool | None = None,
        stdin: bool | None = None,
        stdout: bool | None = None,
        stderr: bool | None = None,
        timeout: float | None = None,
    ) -> HijackedSession:
        """Attach to a container

        Attach to a container to read its output or send it input. You can attach
        to the same container multiple times and you can reattach to containers
        that have been detached.

        Either the `stream` or `logs` parameter must be `true` for this endpoint
        to do anything.

        See the [documentation for the `docker attach` command](https://docs.docker.com/engine/reference/commandline/attach/)
        for more details.

        ### Hijacking

        This endpoint hijacks the HTTP connection to transport `stdin`, `stdout`,
        and `stderr` on the same socket.

        This is the response from the daemon for an attach request:

        ```
        HTTP/1.1 200 OK
        Content-Type: application/vnd.docker.raw-stream

        [STREAM]
        ```

        After the headers and two new lines, the TCP connection can now be used
        for raw, bidirectional communication between the client and server.

        To hint potential proxies about connection hijacking, the Docker client
        can also optionally send connection upgrade headers.

        For example, the client sends this request to upgrade the connection:

        ```
        POST /containers/16253994b7c4/attach?stream=1&stdout=1 HTTP/1.1
        Upgrade: tcp
        Connection: Upgrade
        ```

        The Docker daemon will respond with a `101 UPGRADED` response, and will
        similarly follow with the raw stream:

        ```
        HTTP/1.1 101 UPGRADED
        Content-Type: application/vnd.docker.raw-stream
        Connection: Upgrade
        Upgrade: tcp

        [STREAM]
        ```

        ### Stream format

        When the TTY setting is disabled in [`POST /containers/create`](#operation/ContainerCreate),
        the HTTP Content-Type header is set to application/vnd.docker.multiplexed-stream
        and the stream over the hijacked connected is multiplexed to separate out
        `stdout` and `stderr`. The stream consists of a series of frames, each
        containing a header and a payload.

        The header contains the information which the stream writes (`stdout` or
        `stderr`). It also contains the size of the associated frame encoded in
        the last four bytes (`uint32`).

        It is encoded on the first eight bytes like this:

        ```go
        header := [8]byte{STREAM_TYPE, 0, 0, 0, SIZE1, SIZE2, SIZE3, SIZE4}
        ```

        `STREAM_TYPE` can be:

        - 0: `stdin` (is written on `stdout`)
        - 1: `stdout`
        - 2: `stderr`

        `SIZE1, SIZE2, SIZE3, SIZE4` are the four bytes of the `uint32` size
        encoded as big endian.

        Following the header is the payload, which is the specified number of
        bytes of `STREAM_TYPE`.

        The simplest way to implement this protocol is the following:

        1. Read 8 bytes.
        2. Choose `stdout` or `stderr` depending on the first byte.
        3. Extract the frame size from the last four bytes.
        4. Read the extracted size and output it on the correct output.
        5. Goto 1.

        ### Stream format when using a TTY

        When the TTY setting is enabled in [`POST /containers/create`](#operation/ContainerCreate),
        the stream is not multiplexed. The data exchanged over the hijacked
        connection is simply the raw data from the process PTY and client's
        `stdin`.

        Args:
            id: ID or name of the container
            detach_keys: Override the key sequence for detaching a container.Format is a single
                character `[a-Z]` or `ctrl-<value>` where `<value>` is one of: `a-z`,
                `@`, `^`, `[`, `,` or `_`.
            logs: Replay previous logs from the container.

                This is useful for attaching to a container that has started and you
                want to output everything since the container started.

                If `stream` is also enabled, once all the previous output has been
                returned, it will seamlessly transition into streaming current
                output.
                The daemon's default: False.
            stream: Stream attached streams from the time the request was made onwards.
                The daemon's default: False.
            stdin: Attach to `stdin`
                The daemon's default: False.
            stdout: Attach to `stdout`
                The daemon's default: False.
            stderr: Attach to `stderr`
                The daemon's default: False.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerAttach",
                method="POST",
                path=wire.path("/containers/{id}/attach", id=id),
                query=wire.query(
                    wire.q_value("detachKeys", detach_keys),
                    wire.q_bool("logs", logs),
                    wire.q_bool("stream", stream),
                    wire.q_bool("stdin", stdin),
                    wire.q_bool("stdout", stdout),
                    wire.q_bool("stderr", stderr),
                ),
                streaming=True,
                timeout=timeout,
            ),
            ExpectHijack(),
        )

    def container_attach_websocket(
        self,
        id: str,
        *,
        detach_keys: str | None = None,
        logs: bool | None = None,
        stream: bool | None = None,
        stdin: bool | None = None,
        stdout: bool | None = None,
        stderr: bool | None = None,
        timeout: float | None = None,
    ) -> WebSocketSession:
        """Attach to a container via a websocket

        Args:
            id: ID or name of the container
            detach_keys: Override the key sequence for detaching a container.Format is a single
                character `[a-Z]` or `ctrl-<value>` where `<value>` is one of: `a-z`,
                `@`, `^`, `[`, `,`, or `_`.
            logs: Return logs
                The daemon's default: False.
            stream: Return stream
                The daemon's default: False.
            stdin: Attach to `stdin`
                The daemon's default: False.
                Since API 1.42.
            stdout: Attach to `stdout`
                The daemon's default: False.
                Since API 1.42.
            stderr: Attach to `stderr`
                The daemon's default: False.
                Since API 1.42.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerAttachWebsocket",
                method="GET",
                path=wire.path("/containers/{id}/attach/ws", id=id),
                query=wire.query(
                    wire.q_value("detachKeys", detach_keys),
                    wire.q_bool("logs", logs),
                    wire.q_bool("stream", stream),
                    wire.q_bool("stdin", stdin),
                    wire.q_bool("stdout", stdout),
                    wire.q_bool("stderr", stderr),
                ),
                streaming=True,
                timeout=timeout,
            ),
            ExpectWebSocket(),
        )

    def container_wait(
        self,
        id: str,
        *,
        condition: Literal["not-running", "next-exit", "removed"] | None = None,
        timeout: float | None = None,
    ) -> ContainerWaitResponse:
        """Wait for a container

        Block until a container stops, then returns the exit code.

        Args:
            id: ID or name of the container
            condition: Wait until a container state reaches the given condition.

                Defaults to `not-running` if omitted or empty.
                One of: 'not-running', 'next-exit', 'removed'.
                The daemon's default: 'not-running'.
                Since API 1.30.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerWait",
                method="POST",
                path=wire.path("/containers/{id}/wait", id=id),
                query=wire.query(
                    wire.q_value("condition", condition),
                ),
                streaming=True,
                timeout=timeout,
            ),
            ExpectJson(ContainerWaitResponse),
        )

    def container_delete(
        self,
        id: str,
        *,
        v: bool | None = None,
        force: bool | None = None,
        link: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Remove a container

        Args:
            id: ID or name of the container
            v: Remove anonymous volumes associated with the container.
                The daemon's default: False.
            force: If the container is running, kill it before removing it.
                The daemon's default: False.
            link: Remove the specified link associated with the container.
                The daemon's default: False.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerDelete",
                method="DELETE",
                path=wire.path("/containers/{id}", id=id),
                query=wire.query(
                    wire.q_bool("v", v),
                    wire.q_bool("force", force),
                    wire.q_bool("link", link),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def container_archive(
        self,
        id: str,
        path: str,
        *,
        timeout: float | None = None,
    ) -> BinaryStream:
        """Get an archive of a filesystem resource in a container

        Get a tar archive of a resource in the filesystem of container id.

        Args:
            id: ID or name of the container
            path: Resource in the container’s filesystem to archive.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerArchive",
                method="GET",
                path=wire.path("/containers/{id}/archive", id=id),
                query=wire.query(
                    wire.q_value("path", path),
                ),
                streaming=True,
                timeout=timeout,
            ),
            ExpectBinary(),
        )

    def put_container_archive(
        self,
        id: str,
        path: str,
        input_stream: UploadSource,
        *,
        no_overwrite_dir_non_dir: bool | None = None,
        copy_uidgid: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Extract an archive of files or folders to a directory in a container

        Upload a tar archive to be extracted to a path in the filesystem of container id.
        `path` parameter is asserted to be a directory. If it exists as a file, 400 error
        will be returned with message "not a directory".

        Args:
            id: ID or name of the container
            path: Path to a directory in the container to extract the archive’s contents into.
            input_stream: The input stream must be a tar archive compressed with one of the
                following algorithms: `identity` (no compression), `gzip`, `bzip2`,
                or `xz`.
            no_overwrite_dir_non_dir: If `1`, `true`, or `True` then it will be an error if unpacking the
                given content would cause an existing directory to be replaced with
                a non-directory and vice versa.
            copy_uidgid: If `1`, `true`, then it will copy UID/GID maps to the dest file or
                dir
                Since API 1.39.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="PutContainerArchive",
                method="PUT",
                path=wire.path("/containers/{id}/archive", id=id),
                query=wire.query(
                    wire.q_value("path", path),
                    wire.q_bool("noOverwriteDirNonDir", no_overwrite_dir_non_dir),
                    wire.q_bool("copyUIDGID", copy_uidgid),
                ),
                body=UploadBody(input_stream, "application/x-tar"),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def container_archive_info(
        self,
        id: str,
        path: str,
        *,
        timeout: float | None = None,
    ) -> ResponseHeaders:
        """Get information about files in a container

        A response header `X-Docker-Container-Path-Stat` is returned, containing
        a base64 - encoded JSON object with some filesystem header information
        about the path.

        Args:
            id: ID or name of the container
            path: Resource in the container’s filesystem to archive.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerArchiveInfo",
                method="HEAD",
                path=wire.path("/containers/{id}/archive", id=id),
                query=wire.query(
                    wire.q_value("path", path),
                ),
                timeout=timeout,
            ),
            ExpectHeaders(),
        )

    def container_prune(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> ContainerPruneResponse:
        """Delete stopped containers

        Args:
            filters: Filters to process on the prune list, encoded as JSON (a `map[string][]string`).

                Available filters:
                - `until=<timestamp>` Prune containers created before this timestamp. The `<timestamp>` can be Unix timestamps, date formatted timestamps, or Go duration strings (e.g. `10m`, `1h30m`) computed relative to the daemon machine’s time.
                - `label` (`label=<key>`, `label=<key>=<value>`, `label!=<key>`, or `label!=<key>=<value>`) Prune containers with (or without, in case `label!=...` is used) the specified labels.
                Since API 1.28.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ContainerPrune",
                method="POST",
                path="/containers/prune",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(ContainerPruneResponse),
        )


class AsyncContainerApi(AsyncApi):
    """Create and manage containers."""

    async def container_list(
        self,
        *,
        all: bool | None = None,
        limit: int | None = None,
        size: bool | None = None,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> list[ContainerSummary]:
        """List containers

        Returns a list of containers. For details on the format, see the
        [inspect endpoint](#operation/ContainerInspect).

        Note that it uses a different, smaller representation of a container
        than inspecting a single container. For example, the list of linked
        containers is not propagated .

        Args:
            all: Return all containers. By default, only running containers are shown.
                The daemon's default: False.
            limit: Return this number of most recently created containers, including
                non-running ones.
            size: Return the size of container as fields `SizeRw` and `SizeRootFs`.
                The daemon's default: False.
            filters: Filters to process on the container list, encoded as JSON (a
                `map[string][]string`). For example, `{"status": ["paused"]}` will
                only return paused containers.

                Available filters:

                - `ancestor`=(`<image-name>[:<tag>]`, `<image id>`, or `<image@digest>`)
                - `before`=(`<container id>` or `<container name>`)
                - `expose`=(`<port>[/<proto>]`|`<startport-endport>/[<proto>]`)
                - `exited=<int>` containers with exit code of `<int>`
                - `health`=(`starting`|`healthy`|`unhealthy`|`none`)
                - `id=<ID>` a container's ID
                - `isolation=`(`default`|`process`|`hyperv`) (Windows daemon only)
                - `is-task=`(`true`|`false`)
                - `label=key` or `label="key=value"` of a container label
                - `name=<name>` a container's name
                - `network`=(`<network id>` or `<network name>`)
                - `publish`=(`<port>[/<proto>]`|`<startport-endport>/[<proto>]`)
                - `since`=(`<container id>` or `<container name>`)
                - `status=`(`created`|`restarting`|`running`|`removing`|`paused`|`exited`|`dead`)
                - `volume`=(`<volume name>` or `<mount point destination>`)
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerList",
                method="GET",
                path="/containers/json",
                query=wire.query(
                    wire.q_bool("all", all),
                    wire.q_value("limit", limit),
                    wire.q_bool("size", size),
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[ContainerSummary]),
        )

    async def container_create(
        self,
        body: ContainerCreateBody,
        *,
        name: str | None = None,
        platform: str | None = None,
        timeout: float | None = None,
    ) -> ContainerCreateResponse:
        """Create a container

        Args:
            body: Container to create
            name: Assign the specified name to the container. Must match
                `/?[a-zA-Z0-9][a-zA-Z0-9_.-]+`.
            platform: Platform in the format `os[/arch[/variant]]` used for image lookup.

                When specified, the daemon checks if the requested image is present
                in the local image cache with the given OS and Architecture, and
                otherwise returns a `404` status.

                If the option is not set, the host's native OS and Architecture are
                used to look up the image in the image cache. However, if no platform
                is passed and the given image does exist in the local image cache,
                but its OS or architecture does not match, the container is created
                with the available image, and a warning is added to the `Warnings`
                field in the response, for example;

                    WARNING: The requested image's platform (linux/arm64/v8) does not
                             match the detected host platform (linux/amd64) and no
                             specific platform was requested
                The daemon's default: ''.
                Since API 1.41.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerCreate",
                method="POST",
                path="/containers/create",
                query=wire.query(
                    wire.q_value("name", name),
                    wire.q_value("platform", platform),
                ),
                body=JsonBody(body),
                timeout=timeout,
            ),
            ExpectJson(ContainerCreateResponse),
        )

    async def container_inspect(
        self,
        id: str,
        *,
        size: bool | None = None,
        timeout: float | None = None,
    ) -> ContainerInspectResponse:
        """Inspect a container

        Return low-level information about a container.

        Args:
            id: ID or name of the container
            size: Return the size of container as fields `SizeRw` and `SizeRootFs`
                The daemon's default: False.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerInspect",
                method="GET",
                path=wire.path("/containers/{id}/json", id=id),
                query=wire.query(
                    wire.q_bool("size", size),
                ),
                timeout=timeout,
            ),
            ExpectJson(ContainerInspectResponse),
        )

    async def container_top(
        self,
        id: str,
        *,
        ps_args: str | None = None,
        timeout: float | None = None,
    ) -> ContainerTopResponse:
        """List processes running inside a container

        On Unix systems, this is done by running the `ps` command. This endpoint
        is not supported on Windows.

        Args:
            id: ID or name of the container
            ps_args: The arguments to pass to `ps`. For example, `aux`
                The daemon's default: '-ef'.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerTop",
                method="GET",
                path=wire.path("/containers/{id}/top", id=id),
                query=wire.query(
                    wire.q_value("ps_args", ps_args),
                ),
                timeout=timeout,
            ),
            ExpectJson(ContainerTopResponse),
        )

    async def container_logs(
        self,
        id: str,
        *,
        follow: bool | None = None,
        stdout: bool | None = None,
        stderr: bool | None = None,
        since: wire.Timestamp | None = None,
        until: wire.Timestamp | None = None,
        timestamps: bool | None = None,
        tail: str | None = None,
        timeout: float | None = None,
    ) -> AsyncLogStream:
        """Get container logs

        Get `stdout` and `stderr` logs from a container.

        Note: This endpoint works only for containers with the `json-file` or
        `journald` logging driver.

        Args:
            id: ID or name of the container
            follow: Keep connection after returning logs.
                The daemon's default: False.
            stdout: Return logs from `stdout`
                The daemon's default: False.
            stderr: Return logs from `stderr`
                The daemon's default: False.
            since: Only return logs since this time, as a UNIX timestamp
                The daemon's default: 0.
            until: Only return logs before this time, as a UNIX timestamp
                The daemon's default: 0.
                Since API 1.35.
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
                operation="ContainerLogs",
                method="GET",
                path=wire.path("/containers/{id}/logs", id=id),
                query=wire.query(
                    wire.q_bool("follow", follow),
                    wire.q_bool("stdout", stdout),
                    wire.q_bool("stderr", stderr),
                    wire.q_timestamp("since", since),
                    wire.q_timestamp("until", until),
                    wire.q_bool("timestamps", timestamps),
                    wire.q_value("tail", tail),
                ),
                streaming=True,
                timeout=timeout,
            ),
            ExpectFrames(),
        )

    async def container_changes(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> list[FilesystemChange]:
        """Get changes on a container’s filesystem

        Returns which files in a container's filesystem have been added, deleted,
        or modified. The `Kind` of modification can be one of:

        - `0`: Modified ("C")
        - `1`: Added ("A")
        - `2`: Deleted ("D")

        Args:
            id: ID or name of the container
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerChanges",
                method="GET",
                path=wire.path("/containers/{id}/changes", id=id),
                timeout=timeout,
            ),
            ExpectJson(list[FilesystemChange]),
        )

    async def container_export(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> AsyncBinaryStream:
        """Export a container

        Export the contents of a container as a tarball.

        Args:
            id: ID or name of the container
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerExport",
                method="GET",
                path=wire.path("/containers/{id}/export", id=id),
                streaming=True,
                timeout=timeout,
            ),
            ExpectBinary(),
        )

    @overload
    async def container_stats(
        self,
        id: str,
        *,
        stream: Literal[False],
        one_shot: bool | None = None,
        timeout: float | None = None,
    ) -> ContainerStats: ...

    @overload
    async def container_stats(
        self,
        id: str,
        *,
        stream: Literal[True] | None = None,
        one_shot: bool | None = None,
        timeout: float | None = None,
    ) -> AsyncJsonStream[ContainerStats]: ...

    async def container_stats(
        self,
        id: str,
        *,
        stream: bool | None = None,
        one_shot: bool | None = None,
        timeout: float | None = None,
    ) -> AsyncJsonStream[ContainerStats] | ContainerStats:
        """Get container stats based on resource usage

        This endpoint returns a live stream of a container’s resource usage
        statistics.

        The `precpu_stats` is the CPU statistic of the *previous* read, and is
        used to calculate the CPU usage percentage. It is not an exact copy
        of the `cpu_stats` field.

        If either `precpu_stats.online_cpus` or `cpu_stats.online_cpus` is
        nil then for compatibility with older daemons the length of the
        corresponding `cpu_usage.percpu_usage` array should be used.

        On a cgroup v2 host, the following fields are not set
        * `blkio_stats`: all fields other than `io_service_bytes_recursive`
        * `cpu_stats`: `cpu_usage.percpu_usage`
        * `memory_stats`: `max_usage` and `failcnt`
        Also, `memory_stats.stats` fields are incompatible with cgroup v1.

        To calculate the values shown by the `stats` command of the docker cli tool
        the following formulas can be used:
        * used_memory = `memory_stats.usage - memory_stats.stats.cache` (cgroups v1)
        * used_memory = `memory_stats.usage - memory_stats.stats.inactive_file` (cgroups v2)
        * available_memory = `memory_stats.limit`
        * Memory usage % = `(used_memory / available_memory) * 100.0`
        * cpu_delta = `cpu_stats.cpu_usage.total_usage - precpu_stats.cpu_usage.total_usage`
        * system_cpu_delta = `cpu_stats.system_cpu_usage - precpu_stats.system_cpu_usage`
        * number_cpus = `length(cpu_stats.cpu_usage.percpu_usage)` or `cpu_stats.online_cpus`
        * CPU usage % = `(cpu_delta / system_cpu_delta) * number_cpus * 100.0`

        Args:
            id: ID or name of the container
            stream: Stream the output. If false, the stats will be output once and then
                it will disconnect.
                The daemon's default: True.
            one_shot: Only get a single stat instead of waiting for 2 cycles. Must be used
                with `stream=false`.
                The daemon's default: False.
                Since API 1.41.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        request = Request(
            operation="ContainerStats",
            method="GET",
            path=wire.path("/containers/{id}/stats", id=id),
            query=wire.query(
                wire.q_bool("stream", stream),
                wire.q_bool("one-shot", one_shot),
            ),
            streaming=True,
            timeout=timeout,
        )
        if stream is False:
            return await self._client.send(request, ExpectJson(ContainerStats))
        return await self._client.send(request, ExpectJsonLines(ContainerStats))

    async def container_resize(
        self,
        id: str,
        h: int,
        w: int,
        *,
        timeout: float | None = None,
    ) -> None:
        """Resize a container TTY

        Resize the TTY for a container.

        Args:
            id: ID or name of the container
            h: Height of the TTY session in characters
            w: Width of the TTY session in characters
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerResize",
                method="POST",
                path=wire.path("/containers/{id}/resize", id=id),
                query=wire.query(
                    wire.q_value("h", h),
                    wire.q_value("w", w),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def container_start(
        self,
        id: str,
        *,
        detach_keys: str | None = None,
        timeout: float | None = None,
    ) -> None:
        """Start a container

        Args:
            id: ID or name of the container
            detach_keys: Override the key sequence for detaching a container. Format is a
                single character `[a-Z]` or `ctrl-<value>` where `<value>` is one
                of: `a-z`, `@`, `^`, `[`, `,` or `_`.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerStart",
                method="POST",
                path=wire.path("/containers/{id}/start", id=id),
                query=wire.query(
                    wire.q_value("detachKeys", detach_keys),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def container_stop(
        self,
        id: str,
        *,
        signal: str | None = None,
        t: int | None = None,
        timeout: float | None = None,
    ) -> None:
        """Stop a container

        Args:
            id: ID or name of the container
            signal: Signal to send to the container as an integer or string (e.g. `SIGINT`).
                Since API 1.42.
            t: Number of seconds to wait before killing the container
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerStop",
                method="POST",
                path=wire.path("/containers/{id}/stop", id=id),
                query=wire.query(
                    wire.q_value("signal", signal),
                    wire.q_value("t", t),
                ),
                timeout=timeout,
                duration=t,
            ),
            ExpectEmpty(),
        )

    async def container_restart(
        self,
        id: str,
        *,
        signal: str | None = None,
        t: int | None = None,
        timeout: float | None = None,
    ) -> None:
        """Restart a container

        Args:
            id: ID or name of the container
            signal: Signal to send to the container as an integer or string (e.g. `SIGINT`).
                Since API 1.42.
            t: Number of seconds to wait before killing the container
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerRestart",
                method="POST",
                path=wire.path("/containers/{id}/restart", id=id),
                query=wire.query(
                    wire.q_value("signal", signal),
                    wire.q_value("t", t),
                ),
                timeout=timeout,
                duration=t,
            ),
            ExpectEmpty(),
        )

    async def container_kill(
        self,
        id: str,
        *,
        signal: str | None = None,
        timeout: float | None = None,
    ) -> None:
        """Kill a container

        Send a POSIX signal to a container, defaulting to killing to the
        container.

        Args:
            id: ID or name of the container
            signal: Signal to send to the container as an integer or string (e.g. `SIGINT`).
                The daemon's default: 'SIGKILL'.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerKill",
                method="POST",
                path=wire.path("/containers/{id}/kill", id=id),
                query=wire.query(
                    wire.q_value("signal", signal),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def container_update(
        self,
        id: str,
        update: ContainerUpdateBody,
        *,
        timeout: float | None = None,
    ) -> ContainerUpdateResponse:
        """Update a container

        Change various configuration options of a container without having to
        recreate it.

        Args:
            id: ID or name of the container
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerUpdate",
                method="POST",
                path=wire.path("/containers/{id}/update", id=id),
                body=JsonBody(update),
                timeout=timeout,
            ),
            ExpectJson(ContainerUpdateResponse),
        )

    async def container_rename(
        self,
        id: str,
        name: str,
        *,
        timeout: float | None = None,
    ) -> None:
        """Rename a container

        Args:
            id: ID or name of the container
            name: New name for the container
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerRename",
                method="POST",
                path=wire.path("/containers/{id}/rename", id=id),
                query=wire.query(
                    wire.q_value("name", name),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def container_pause(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> None:
        """Pause a container

        Use the freezer cgroup to suspend all processes in a container.

        Traditionally, when suspending a process the `SIGSTOP` signal is used,
        which is observable by the process being suspended. With the freezer
        cgroup the process is unaware, and unable to capture, that it is being
        suspended, and subsequently resumed.

        Args:
            id: ID or name of the container
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerPause",
                method="POST",
                path=wire.path("/containers/{id}/pause", id=id),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def container_unpause(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> None:
        """Unpause a container

        Resume a container which has been paused.

        Args:
            id: ID or name of the container
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerUnpause",
                method="POST",
                path=wire.path("/containers/{id}/unpause", id=id),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def container_attach(
        self,
        id: str,
        *,
        detach_keys: str | None = None,
        logs: bool | None = None,
        stream: bool | None = None,
        stdin: bool | None = None,
        stdout: bool | None = None,
        stderr: bool | None = None,
        timeout: float | None = None,
    ) -> AsyncHijackedSession:
        """Attach to a container

        Attach to a container to read its output or send it input. You can attach
        to the same container multiple times and you can reattach to containers
        that have been detached.

        Either the `stream` or `logs` parameter must be `true` for this endpoint
        to do anything.

        See the [documentation for the `docker attach` command](https://docs.docker.com/engine/reference/commandline/attach/)
        for more details.

        ### Hijacking

        This endpoint hijacks the HTTP connection to transport `stdin`, `stdout`,
        and `stderr` on the same socket.

        This is the response from the daemon for an attach request:

        ```
        HTTP/1.1 200 OK
        Content-Type: application/vnd.docker.raw-stream

        [STREAM]
        ```

        After the headers and two new lines, the TCP connection can now be used
        for raw, bidirectional communication between the client and server.

        To hint potential proxies about connection hijacking, the Docker client
        can also optionally send connection upgrade headers.

        For example, the client sends this request to upgrade the connection:

        ```
        POST /containers/16253994b7c4/attach?stream=1&stdout=1 HTTP/1.1
        Upgrade: tcp
        Connection: Upgrade
        ```

        The Docker daemon will respond with a `101 UPGRADED` response, and will
        similarly follow with the raw stream:

        ```
        HTTP/1.1 101 UPGRADED
        Content-Type: application/vnd.docker.raw-stream
        Connection: Upgrade
        Upgrade: tcp

        [STREAM]
        ```

        ### Stream format

        When the TTY setting is disabled in [`POST /containers/create`](#operation/ContainerCreate),
        the HTTP Content-Type header is set to application/vnd.docker.multiplexed-stream
        and the stream over the hijacked connected is multiplexed to separate out
        `stdout` and `stderr`. The stream consists of a series of frames, each
        containing a header and a payload.

        The header contains the information which the stream writes (`stdout` or
        `stderr`). It also contains the size of the associated frame encoded in
        the last four bytes (`uint32`).

        It is encoded on the first eight bytes like this:

        ```go
        header := [8]byte{STREAM_TYPE, 0, 0, 0, SIZE1, SIZE2, SIZE3, SIZE4}
        ```

        `STREAM_TYPE` can be:

        - 0: `stdin` (is written on `stdout`)
        - 1: `stdout`
        - 2: `stderr`

        `SIZE1, SIZE2, SIZE3, SIZE4` are the four bytes of the `uint32` size
        encoded as big endian.

        Following the header is the payload, which is the specified number of
        bytes of `STREAM_TYPE`.

        The simplest way to implement this protocol is the following:

        1. Read 8 bytes.
        2. Choose `stdout` or `stderr` depending on the first byte.
        3. Extract the frame size from the last four bytes.
        4. Read the extracted size and output it on the correct output.
        5. Goto 1.

        ### Stream format when using a TTY

        When the TTY setting is enabled in [`POST /containers/create`](#operation/ContainerCreate),
        the stream is not multiplexed. The data exchanged over the hijacked
        connection is simply the raw data from the process PTY and client's
        `stdin`.

        Args:
            id: ID or name of the container
            detach_keys: Override the key sequence for detaching a container.Format is a single
                character `[a-Z]` or `ctrl-<value>` where `<value>` is one of: `a-z`,
                `@`, `^`, `[`, `,` or `_`.
            logs: Replay previous logs from the container.

                This is useful for attaching to a container that has started and you
                want to output everything since the container started.

                If `stream` is also enabled, once all the previous output has been
                returned, it will seamlessly transition into streaming current
                output.
                The daemon's default: False.
            stream: Stream attached streams from the time the request was made onwards.
                The daemon's default: False.
            stdin: Attach to `stdin`
                The daemon's default: False.
            stdout: Attach to `stdout`
                The daemon's default: False.
            stderr: Attach to `stderr`
                The daemon's default: False.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerAttach",
                method="POST",
                path=wire.path("/containers/{id}/attach", id=id),
                query=wire.query(
                    wire.q_value("detachKeys", detach_keys),
                    wire.q_bool("logs", logs),
                    wire.q_bool("stream", stream),
                    wire.q_bool("stdin", stdin),
                    wire.q_bool("stdout", stdout),
                    wire.q_bool("stderr", stderr),
                ),
                streaming=True,
                timeout=timeout,
            ),
            ExpectHijack(),
        )

    async def container_attach_websocket(
        self,
        id: str,
        *,
        detach_keys: str | None = None,
        logs: bool | None = None,
        stream: bool | None = None,
        stdin: bool | None = None,
        stdout: bool | None = None,
        stderr: bool | None = None,
        timeout: float | None = None,
    ) -> AsyncWebSocketSession:
        """Attach to a container via a websocket

        Args:
            id: ID or name of the container
            detach_keys: Override the key sequence for detaching a container.Format is a single
                character `[a-Z]` or `ctrl-<value>` where `<value>` is one of: `a-z`,
                `@`, `^`, `[`, `,`, or `_`.
            logs: Return logs
                The daemon's default: False.
            stream: Return stream
                The daemon's default: False.
            stdin: Attach to `stdin`
                The daemon's default: False.
                Since API 1.42.
            stdout: Attach to `stdout`
                The daemon's default: False.
                Since API 1.42.
            stderr: Attach to `stderr`
                The daemon's default: False.
                Since API 1.42.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerAttachWebsocket",
                method="GET",
                path=wire.path("/containers/{id}/attach/ws", id=id),
                query=wire.query(
                    wire.q_value("detachKeys", detach_keys),
                    wire.q_bool("logs", logs),
                    wire.q_bool("stream", stream),
                    wire.q_bool("stdin", stdin),
                    wire.q_bool("stdout", stdout),
                    wire.q_bool("stderr", stderr),
                ),
                streaming=True,
                timeout=timeout,
            ),
            ExpectWebSocket(),
        )

    async def container_wait(
        self,
        id: str,
        *,
        condition: Literal["not-running", "next-exit", "removed"] | None = None,
        timeout: float | None = None,
    ) -> ContainerWaitResponse:
        """Wait for a container

        Block until a container stops, then returns the exit code.

        Args:
            id: ID or name of the container
            condition: Wait until a container state reaches the given condition.

                Defaults to `not-running` if omitted or empty.
                One of: 'not-running', 'next-exit', 'removed'.
                The daemon's default: 'not-running'.
                Since API 1.30.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerWait",
                method="POST",
                path=wire.path("/containers/{id}/wait", id=id),
                query=wire.query(
                    wire.q_value("condition", condition),
                ),
                streaming=True,
                timeout=timeout,
            ),
            ExpectJson(ContainerWaitResponse),
        )

    async def container_delete(
        self,
        id: str,
        *,
        v: bool | None = None,
        force: bool | None = None,
        link: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Remove a container

        Args:
            id: ID or name of the container
            v: Remove anonymous volumes associated with the container.
                The daemon's default: False.
            force: If the container is running, kill it before removing it.
                The daemon's default: False.
            link: Remove the specified link associated with the container.
                The daemon's default: False.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerDelete",
                method="DELETE",
                path=wire.path("/containers/{id}", id=id),
                query=wire.query(
                    wire.q_bool("v", v),
                    wire.q_bool("force", force),
                    wire.q_bool("link", link),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def container_archive(
        self,
        id: str,
        path: str,
        *,
        timeout: float | None = None,
    ) -> AsyncBinaryStream:
        """Get an archive of a filesystem resource in a container

        Get a tar archive of a resource in the filesystem of container id.

        Args:
            id: ID or name of the container
            path: Resource in the container’s filesystem to archive.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerArchive",
                method="GET",
                path=wire.path("/containers/{id}/archive", id=id),
                query=wire.query(
                    wire.q_value("path", path),
                ),
                streaming=True,
                timeout=timeout,
            ),
            ExpectBinary(),
        )

    async def put_container_archive(
        self,
        id: str,
        path: str,
        input_stream: UploadSource,
        *,
        no_overwrite_dir_non_dir: bool | None = None,
        copy_uidgid: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Extract an archive of files or folders to a directory in a container

        Upload a tar archive to be extracted to a path in the filesystem of container id.
        `path` parameter is asserted to be a directory. If it exists as a file, 400 error
        will be returned with message "not a directory".

        Args:
            id: ID or name of the container
            path: Path to a directory in the container to extract the archive’s contents into.
            input_stream: The input stream must be a tar archive compressed with one of the
                following algorithms: `identity` (no compression), `gzip`, `bzip2`,
                or `xz`.
            no_overwrite_dir_non_dir: If `1`, `true`, or `True` then it will be an error if unpacking the
                given content would cause an existing directory to be replaced with
                a non-directory and vice versa.
            copy_uidgid: If `1`, `true`, then it will copy UID/GID maps to the dest file or
                dir
                Since API 1.39.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="PutContainerArchive",
                method="PUT",
                path=wire.path("/containers/{id}/archive", id=id),
                query=wire.query(
                    wire.q_value("path", path),
                    wire.q_bool("noOverwriteDirNonDir", no_overwrite_dir_non_dir),
                    wire.q_bool("copyUIDGID", copy_uidgid),
                ),
                body=UploadBody(input_stream, "application/x-tar"),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def container_archive_info(
        self,
        id: str,
        path: str,
        *,
        timeout: float | None = None,
    ) -> ResponseHeaders:
        """Get information about files in a container

        A response header `X-Docker-Container-Path-Stat` is returned, containing
        a base64 - encoded JSON object with some filesystem header information
        about the path.

        Args:
            id: ID or name of the container
            path: Resource in the container’s filesystem to archive.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerArchiveInfo",
                method="HEAD",
                path=wire.path("/containers/{id}/archive", id=id),
                query=wire.query(
                    wire.q_value("path", path),
                ),
                timeout=timeout,
            ),
            ExpectHeaders(),
        )

    async def container_prune(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> ContainerPruneResponse:
        """Delete stopped containers

        Args:
            filters: Filters to process on the prune list, encoded as JSON (a `map[string][]string`).

                Available filters:
                - `until=<timestamp>` Prune containers created before this timestamp. The `<timestamp>` can be Unix timestamps, date formatted timestamps, or Go duration strings (e.g. `10m`, `1h30m`) computed relative to the daemon machine’s time.
                - `label` (`label=<key>`, `label=<key>=<value>`, `label!=<key>`, or `label!=<key>=<value>`) Prune containers with (or without, in case `label!=...` is used) the specified labels.
                Since API 1.28.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ContainerPrune",
                method="POST",
                path="/containers/prune",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(ContainerPruneResponse),
        )
