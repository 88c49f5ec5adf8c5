"""Exceptions raised by the client.

Every exception derives from :class:`DockerError`. HTTP errors carry the status,
the daemon's ``message`` and the operation; none of them ever contains request
headers, so credentials (``X-Registry-Auth`` / ``X-Registry-Config``) cannot leak
into messages, reprs or logs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

__all__ = [
    "ApiVersionError",
    "BadRequest",
    "Conflict",
    "DaemonNotReachable",
    "DockerError",
    "DockerTimeout",
    "Forbidden",
    "NotFound",
    "NotModified",
    "ProtocolError",
    "ServerError",
    "ServiceUnavailable",
    "StreamError",
    "StreamTruncated",
    "Unauthorized",
    "UnsupportedByApiVersion",
    "error_class_for_status",
    "error_from_response",
]


class DockerError(Exception):
    """Base class of every error raised by the client."""

    status: int | None
    message: str
    operation: str | None
    response_headers: Mapping[str, str]

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        operation: str | None = None,
        response_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.operation = operation
        self.response_headers = dict(response_headers or {})

    def __str__(self) -> str:
        parts = []
        if self.status is not None:
            parts.append(str(self.status))
        if self.operation:
            parts.append(f"({self.operation})")
        prefix = " ".join(parts)
        return f"{prefix}: {self.message}" if prefix else self.message

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message={self.message!r}, status={self.status!r},"
            f" operation={self.operation!r})"
        )


class NotModified(DockerError):
    """304: the container was already started/stopped.

    Only raised for operations that expect a body; operations returning nothing
    (``ExpectEmpty``) treat 304 as success, like the docker CLI and docker-py.
    """


class BadRequest(DockerError):
    """400."""


class Unauthorized(DockerError):
    """401."""


class Forbidden(DockerError):
    """403."""


class NotFound(DockerError):
    """404 (also "page not found" for routes the daemon does not know)."""


class Conflict(DockerError):
    """409."""


class ServerError(DockerError):
    """5xx."""


class ServiceUnavailable(ServerError):
    """503 (for example: the node is not a swarm manager)."""


class DaemonNotReachable(DockerError):
    """No daemon answers at the configured address."""


class DockerTimeout(DockerError):
    """A connect, read or write timeout expired."""


class ProtocolError(DockerError):
    """The daemon answered something this client cannot interpret."""


class StreamTruncated(DockerError):
    """A stream ended early: connection closed mid-object or mid-chunk."""


class StreamError(DockerError):
    """An error reported inside a 200 stream (``errorDetail`` / ``error``)."""

    code: int | None

    def __init__(
        self,
        message: str,
        code: int | None = None,
        *,
        operation: str | None = None,
        response_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            message,
            status=None,
            operation=operation,
            response_headers=response_headers,
        )
        self.code = code


class ApiVersionError(DockerError):
    """The daemon does not support the requested API version."""

    client_version: str | None
    daemon_version: str | None

    def __init__(
        self,
        message: str,
        *,
        client_version: str | None = None,
        daemon_version: str | None = None,
        status: int | None = None,
        operation: str | None = None,
        response_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            message,
            status=status,
            operation=operation,
            response_headers=response_headers,
        )
        self.client_version = client_version
        self.daemon_version = daemon_version


class UnsupportedByApiVersion(DockerError):
    """A call uses an operation, parameter, body field or value newer than the API
    version in use; raised before anything is sent (the daemon would ignore it)."""

    item: str  # "parameter 'signal'", "field body.host_config.annotations", ...
    needed_version: str
    api_version: str

    def __init__(
        self,
        message: str,
        *,
        operation: str | None,
        item: str,
        needed_version: str,
        api_version: str,
    ) -> None:
        super().__init__(message, operation=operation)
        self.item = item
        self.needed_version = needed_version
        self.api_version = api_version


_BY_STATUS: dict[int, type[DockerError]] = {
    304: NotModified,
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    503: ServiceUnavailable,
}


def error_class_for_status(status: int) -> type[DockerError]:
    """Map an HTTP status to its exception class."""
    cls = _BY_STATUS.get(status)
    if cls is not None:
        return cls
    if 500 <= status <= 599:
        return ServerError
    return DockerError


# "client version 1.44 is too new. Maximum supported API version is 1.41"
# "client version 1.11 is too old. Minimum supported API version is 1.12, ..."
_VERSION_MESSAGE = re.compile(
    r"client version (?P<client>[0-9.]+) is too (?P<kind>new|old)\."
    r" (?:Maximum|Minimum) supported API version is (?P<daemon>[0-9.]+)"
)


def _message_from_body(body: bytes, reason: str) -> str:
    text = body.decode("utf-8", errors="replace").strip()
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if isinstance(data, dict):
            msg = data.get("message")
            if isinstance(msg, str):
                return msg
    return text or reason or "no message"


def error_from_response(
    status: int,
    headers: Mapping[str, str],
    body: bytes,
    operation: str | None,
    reason: str = "",
) -> DockerError:
    """Build the exception for an error response (status >= 400, or 304)."""
    message = _message_from_body(body, reason)
    match = _VERSION_MESSAGE.search(message)
    if match is not None:
        client, daemon = match.group("client"), match.group("daemon")
        if match.group("kind") == "new":
            hint = (
                f"the daemon supports API versions up to {daemon}; use"
                f' api_version="auto" or api_version="{daemon}"'
            )
        else:
            hint = (
                f"the daemon requires API version {daemon} or newer; use"
                f' api_version="auto" or a version >= {daemon}'
            )
        return ApiVersionError(
            f"{message} (client requested {client}; {hint})",
            client_version=client,
            daemon_version=daemon,
            status=status,
            operation=operation,
            response_headers=headers,
        )
    cls = error_class_for_status(status)
    return cls(message, status=status, operation=operation, response_headers=headers)
