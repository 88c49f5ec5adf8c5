"""A task is a container running on a swarm. It is the atomic scheduling unit
of swarm. Swarm mode must be enabled for these endpoints to work.
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
from ..models.task import Task

__all__ = ["TaskApi", "AsyncTaskApi"]


class TaskApi(SyncApi):
    """A task is a container running on a swarm. It is the atomic scheduling unit
    of swarm. Swarm mode must be enabled for these endpoints to work.
    """

    def task_list(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> list[Task]:
        """List tasks

        Args:
            filters: A JSON encoded value of the filters (a `map[string][]string`) to
                process on the tasks list.

                Available filters:

                - `desired-state=(running | shutdown | accepted)`
                - `id=<task id>`
                - `label=key` or `label="key=value"`
                - `name=<task name>`
                - `node=<node id or name>`
                - `service=<service name>`
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="TaskList",
                method="GET",
                path="/tasks",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[Task]),
        )

    def task_inspect(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> Task:
        """Inspect a task

        Args:
            id: ID of the task
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="TaskInspect",
                method="GET",
                path=wire.path("/tasks/{id}", id=id),
                timeout=timeout,
            ),
            ExpectJson(Task),
        )

    def task_logs(
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
        """Get task logs

        Get `stdout` and `stderr` logs from a task.
        See also [`/containers/{id}/logs`](#operation/ContainerLogs).

        **Note**: This endpoint works only for services with the `local`,
        `json-file` or `journald` logging drivers.

        Since API 1.29.

        Args:
            id: ID of the task
            details: Show task context and extra details provided to logs.
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
                operation="TaskLogs",
                method="GET",
                path=wire.path("/tasks/{id}/logs", id=id),
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


class AsyncTaskApi(AsyncApi):
    """A task is a container running on a swarm. It is the atomic scheduling unit
    of swarm. Swarm mode must be enabled for these endpoints to work.
    """

    async def task_list(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> list[Task]:
        """List tasks

        Args:
            filters: A JSON encoded value of the filters (a `map[string][]string`) to
                process on the tasks list.

                Available filters:

                - `desired-state=(running | shutdown | accepted)`
                - `id=<task id>`
                - `label=key` or `label="key=value"`
                - `name=<task name>`
                - `node=<node id or name>`
                - `service=<service name>`
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="TaskList",
                method="GET",
                path="/tasks",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[Task]),
        )

    async def task_inspect(
        self,
        id: str,
        *,
        timeout: float | None = None,
    ) -> Task:
        """Inspect a task

        Args:
            id: ID of the task
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="TaskInspect",
                method="GET",
                path=wire.path("/tasks/{id}", id=id),
                timeout=timeout,
            ),
            ExpectJson(Task),
        )

    async def task_logs(
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
        """Get task logs

        Get `stdout` and `stderr` logs from a task.
        See also [`/containers/{id}/logs`](#operation/ContainerLogs).

        **Note**: This endpoint works only for services with the `local`,
        `json-file` or `journald` logging drivers.

        Since API 1.29.

        Args:
            id: ID of the task
            details: Show task context and extra details provided to logs.
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
                operation="TaskLogs",
                method="GET",
                path=wire.path("/tasks/{id}/logs", id=id),
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
