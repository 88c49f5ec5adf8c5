"""What an operation expects back: ``Expect[S, A]`` turns an HTTP response into
the sync result ``S`` or the async result ``A`` (the same type for buffered
results; a sync/async stream class for streaming ones)."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, overload
from urllib.parse import unquote

from .decoders import DEFAULT_MAX_BUFFER, FrameMode
from .decoding import decode_json
from .encoding import Pairs
from .errors import ProtocolError
from .hijack import AsyncHijackedSession, HijackedSession
from .received import Response
from .request import JsonBody, Request
from .streams import (
    AsyncBinaryStream,
    AsyncJsonStream,
    AsyncLogStream,
    BinaryStream,
    JsonStream,
    LogStream,
    aread_body,
    read_body,
    transport_errors,
)

__all__ = [
    "Expect",
    "ExpectBinary",
    "ExpectEmpty",
    "ExpectFrames",
    "ExpectHeaders",
    "ExpectHijack",
    "ExpectJson",
    "ExpectJsonLines",
    "ExpectText",
    "ResponseContext",
    "ResponseHeaders",
    "frame_mode",
]

T = TypeVar("T")
S = TypeVar("S", covariant=True)
A = TypeVar("A", covariant=True)

MULTIPLEXED = "application/vnd.docker.multiplexed-stream"
RAW_STREAM = "application/vnd.docker.raw-stream"


@dataclass(frozen=True)
class ResponseContext:
    """What an ``Expect`` may need besides the response."""

    request: Request
    api_version: str
    client: Any = None
    #: The most bytes held in memory for a body, an NDJSON line or a frame.
    max_buffer: int = DEFAULT_MAX_BUFFER

    @property
    def operation(self) -> str:
        return self.request.operation


def _version_tuple(version: str) -> tuple[int, ...]:
    try:
        return tuple(int(p) for p in version.split("."))
    except ValueError:
        return (0,)


def frame_mode(
    content_type: str | None, api_version: str, tty: bool | None = None
) -> FrameMode:
    """Framing of a log/attach/exec stream.

    An explicit ``tty`` wins. ``multiplexed-stream`` is decisive. ``raw-stream``
    is decisive (TTY) only from API 1.42, where the daemon started to label
    non-TTY streams ``multiplexed-stream``; before that (and for the ``200``
    no-upgrade variant) the first bytes decide (``auto``).
    """
    if tty is not None:
        return "raw" if tty else "multiplexed"
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype == MULTIPLEXED:
        return "multiplexed"
    if ctype == RAW_STREAM and _version_tuple(api_version) >= (1, 42):
        return "raw"
    return "auto"


class Expect(Generic[S, A]):
    """Base class. Subclasses implement ``sync_result`` / ``async_result``."""

    #: Extra request headers this expectation needs (hijack upgrade headers).
    request_headers: Pairs = ()

    def accepts(self, status: int) -> bool:
        """Statuses handed to ``*_result``; others become errors."""
        return 200 <= status < 300

    def sync_result(self, response: Response, ctx: ResponseContext) -> S:
        raise NotImplementedError

    async def async_result(self, response: Response, ctx: ResponseContext) -> A:
        raise NotImplementedError


class _Buffered(Expect[T, T]):
    """Reads the whole body, then ``decode``s it (shared by sync and async)."""

    def decode(self, response: Response, body: bytes, ctx: ResponseContext) -> T:
        raise NotImplementedError

    def sync_result(self, response: Response, ctx: ResponseContext) -> T:
        try:
            with transport_errors(ctx.operation):
                body = read_body(response, ctx.max_buffer)
        finally:
            response.close()
        return self.decode(response, body, ctx)

    async def async_result(self, response: Response, ctx: ResponseContext) -> T:
        try:
            with transport_errors(ctx.operation):
                body = await aread_body(response, ctx.max_buffer)
        finally:
            await response.aclose()
        return self.decode(response, body, ctx)


class ExpectJson(_Buffered[T]):
    """A JSON body validated as ``type_`` (cached ``TypeAdapter``, lenient).

    For a class or ``list[X]``/``dict[K, V]`` the result type is inferred; for
    unions and other special forms write it out: ``ExpectJson[X | None](X | None)``.
    """

    @overload
    def __init__(self: ExpectJson[T], type_: type[T]) -> None: ...
    @overload
    def __init__(self, type_: Any) -> None: ...
    def __init__(self, type_: Any) -> None:
        self.type_ = type_

    def decode(self, response: Response, body: bytes, ctx: ResponseContext) -> T:
        if not body or body.isspace():  # like `not body.strip()`, without a copy
            raise ProtocolError(
                f"expected a JSON body, got an empty {response.status_code} response",
                status=response.status_code,
                operation=ctx.operation,
            )
        try:
            result: T = decode_json(self.type_, body, what=f"{ctx.operation} response")
        except ProtocolError as exc:
            exc.operation = ctx.operation
            exc.status = response.status_code
            raise
        return result


class ExpectEmpty(_Buffered[None]):
    """No useful body; returns None. ``304 Not Modified`` (container already
    started/stopped) counts as success unless ``not_modified_ok=False``."""

    def __init__(self, *, not_modified_ok: bool = True) -> None:
        self.not_modified_ok = not_modified_ok

    def accepts(self, status: int) -> bool:
        return 200 <= status < 300 or (status == 304 and self.not_modified_ok)

    def decode(self, response: Response, body: bytes, ctx: ResponseContext) -> None:
        return None


class ExpectText(_Buffered[str]):
    """A text body (UTF-8, errors replaced)."""

    def decode(self, response: Response, body: bytes, ctx: ResponseContext) -> str:
        try:
            return body.decode(response.encoding or "utf-8", errors="replace")
        except (LookupError, UnicodeError):  # a charset that is no text encoding
            return body.decode("utf-8", errors="replace")


class ResponseHeaders(Mapping[str, str]):
    """The headers of a HEAD answer (``HEAD /_ping``, ``HEAD .../archive``): a
    case-insensitive mapping, with the daemon's own headers as typed attributes."""

    def __init__(self, headers: Mapping[str, str]) -> None:
        self._headers = {key.lower(): value for key, value in headers.items()}

    def __getitem__(self, key: str) -> str:
        return self._headers[key.lower()]

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def __len__(self) -> int:
        return len(self._headers)

    def __repr__(self) -> str:
        return f"ResponseHeaders({self._headers!r})"

    @property
    def api_version(self) -> str | None:
        """``Api-Version``: the newest API version the daemon speaks."""
        return self._headers.get("api-version")

    @property
    def os_type(self) -> str | None:
        """``Ostype``: ``linux`` or ``windows``."""
        return self._headers.get("ostype")

    @property
    def experimental(self) -> bool:
        """``Docker-Experimental``: the daemon runs with experimental features."""
        return self._headers.get("docker-experimental", "").lower() == "true"

    @property
    def builder_version(self) -> str | None:
        """``Builder-Version``: the daemon's default builder (``1`` classic, ``2`` BuildKit)."""
        return self._headers.get("builder-version")

    @property
    def swarm(self) -> str | None:
        """``Swarm``: the node's swarm state, e.g. ``inactive`` or ``active/manager``."""
        return self._headers.get("swarm")

    @property
    def path_stat(self) -> dict[str, Any] | None:
        """``X-Docker-Container-Path-Stat`` (archive info): name, size, mode, mtime and
        link target of the path, decoded from base64 JSON."""
        encoded = self._headers.get("x-docker-container-path-stat")
        if encoded is None:
            return None
        try:
            value = json.loads(base64.b64decode(encoded))
        except (ValueError, TypeError) as error:
            raise ProtocolError(
                f"undecodable X-Docker-Container-Path-Stat header: {error}"
            ) from None
        return value if isinstance(value, dict) else None


class ExpectHeaders(_Buffered[ResponseHeaders]):
    """The response headers, e.g. ``HEAD /_ping``."""

    def decode(
        self, response: Response, body: bytes, ctx: ResponseContext
    ) -> ResponseHeaders:
        return ResponseHeaders(response.headers)


class ExpectBinary(Expect[BinaryStream, AsyncBinaryStream]):
    """A binary download. ``tar=None`` follows the tar structure when the
    Content-Type is ``application/x-tar`` or the body starts with a tar header."""

    def __init__(self, *, tar: bool | None = None) -> None:
        self.tar = tar

    def sync_result(self, response: Response, ctx: ResponseContext) -> BinaryStream:
        return BinaryStream(response, ctx.operation, self.tar, ctx.max_buffer)

    async def async_result(
        self, response: Response, ctx: ResponseContext
    ) -> AsyncBinaryStream:
        return AsyncBinaryStream(response, ctx.operation, self.tar, ctx.max_buffer)


class ExpectJsonLines(Expect[JsonStream[T], AsyncJsonStream[T]]):
    """An NDJSON stream of ``item_type`` items."""

    @overload
    def __init__(self: ExpectJsonLines[T], item_type: type[T]) -> None: ...
    @overload
    def __init__(self, item_type: Any) -> None: ...
    def __init__(self, item_type: Any) -> None:
        self.item_type = item_type

    def sync_result(self, response: Response, ctx: ResponseContext) -> JsonStream[T]:
        return JsonStream(response, self.item_type, ctx.operation, ctx.max_buffer)

    async def async_result(
        self, response: Response, ctx: ResponseContext
    ) -> AsyncJsonStream[T]:
        return AsyncJsonStream(response, self.item_type, ctx.operation, ctx.max_buffer)


class ExpectFrames(Expect[LogStream, AsyncLogStream]):
    """Container/service/task logs: multiplexed frames, or raw bytes for TTY
    containers. ``tty_unknown=True``: decide from the Content-Type when it is
    decisive, else from the first bytes; ``False``: always multiplexed."""

    def __init__(self, tty_unknown: bool = True, *, tty: bool | None = None) -> None:
        self.tty_unknown = tty_unknown
        self.tty = tty

    def _mode(self, response: Response, ctx: ResponseContext) -> FrameMode:
        if not self.tty_unknown and self.tty is None:
            return "multiplexed"
        return frame_mode(
            response.headers.get("content-type"), ctx.api_version, self.tty
        )

    def sync_result(self, response: Response, ctx: ResponseContext) -> LogStream:
        return LogStream(
            response, self._mode(response, ctx), ctx.operation, ctx.max_buffer
        )

    async def async_result(
        self, response: Response, ctx: ResponseContext
    ) -> AsyncLogStream:
        return AsyncLogStream(
            response, self._mode(response, ctx), ctx.operation, ctx.max_buffer
        )


def _tty_from_body(request: Request) -> bool | None:
    body = request.body
    if isinstance(body, JsonBody):
        value = body.value
        tty = (
            value.get("Tty")
            if isinstance(value, dict)
            else getattr(value, "Tty", getattr(value, "tty", None))
        )
        if isinstance(tty, bool):
            return tty
    return None


def _exec_id_of(request: Request) -> str | None:
    if request.operation != "ExecStart":
        return None
    parts = request.path.split("/")
    # /exec/{id}/start
    if len(parts) == 4 and parts[1] == "exec" and parts[3] == "start":
        return unquote(parts[2])
    return None


class ExpectHijack(Expect[HijackedSession, AsyncHijackedSession]):
    """Attach / exec start: upgrade the connection and return a bidirectional
    session. ``tty`` forces the framing; otherwise it comes from an ExecStart
    body's ``Tty``, the Content-Type, or the first bytes (see
    :func:`frame_mode`). ``exec_id`` enables ``exit_code()``; for ExecStart it is
    taken from the path. ``upgrade``: the protocol asked for (Session: ``h2c``)."""

    def __init__(
        self,
        *,
        tty: bool | None = None,
        exec_id: str | None = None,
        upgrade: str = "tcp",
    ) -> None:
        self.tty = tty
        self.exec_id = exec_id
        self.request_headers: Pairs = (("Connection", "Upgrade"), ("Upgrade", upgrade))

    def accepts(self, status: int) -> bool:
        return status in (101, 200)

    def _mode(self, response: Response, ctx: ResponseContext) -> FrameMode:
        tty = self.tty if self.tty is not None else _tty_from_body(ctx.request)
        ctype = response.headers.get("content-type")
        if response.status_code == 200 and tty is None:
            # Without an upgrade the daemon labels every stream raw-stream.
            ctype = None
        return frame_mode(ctype, ctx.api_version, tty)

    def sync_result(self, response: Response, ctx: ResponseContext) -> HijackedSession:
        return HijackedSession(
            response,
            self._mode(response, ctx),
            ctx.operation,
            client=ctx.client,
            exec_id=self.exec_id or _exec_id_of(ctx.request),
            max_frame=ctx.max_buffer,
        )

    async def async_result(
        self, response: Response, ctx: ResponseContext
    ) -> AsyncHijackedSession:
        return AsyncHijackedSession(
            response,
            self._mode(response, ctx),
            ctx.operation,
            client=ctx.client,
            exec_id=self.exec_id or _exec_id_of(ctx.request),
            max_frame=ctx.max_buffer,
        )
