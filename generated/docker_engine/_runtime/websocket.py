"""Attach over a websocket: ``GET /containers/{id}/attach/ws``.

The daemon serves this endpoint with golang.org/x/net/websocket (moby
api/server/router/container/container_routes.go, wsContainersAttach): it
answers only an RFC 6455 handshake (``Upgrade: tcp`` gets 400 "not websocket
protocol"), sends the container's output unmultiplexed (stdout and stderr
interleaved, as the process wrote them) in binary messages (text messages
before API 1.28), reads the client's messages as stdin and a close frame as
the end of stdin, and sends a close frame when the attach ends.

Framing is wsproto's (sans-IO). The sessions only read and write the bytes of
the already-upgraded connection (the response's ``network_stream``), so they do
not depend on how the HTTP transport made the upgrade.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import AsyncIterator, Iterator
from types import TracebackType
from typing import Any

import httpx2

from .decoders import Output
from .errors import DockerTimeout, ProtocolError, StreamTruncated
from .received import Response, public_headers
from .responses import Expect, ResponseContext

__all__ = ["AsyncWebSocketSession", "ExpectWebSocket", "WebSocketSession"]

_READ_SIZE = 64 * 1024
# RFC 6455 section 1.3: the server proves it read the key by hashing it with this GUID.
_ACCEPT_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
_NORMAL_CLOSURE = 1000


def accept_token(key: str) -> str:
    """The ``Sec-WebSocket-Accept`` a server must answer to ``Sec-WebSocket-Key: key``."""
    digest = hashlib.sha1(key.encode("ascii") + _ACCEPT_GUID).digest()
    return base64.b64encode(digest).decode("ascii")


def _check_handshake(response: Response, key: str, operation: str) -> None:
    headers = response.headers
    if response.extensions.get("network_stream") is None:
        raise ProtocolError(
            "the websocket response has no network stream", operation=operation
        )
    if headers.get("upgrade", "").lower() != "websocket":
        raise ProtocolError(
            f"the daemon switched to {headers.get('upgrade')!r}, not to a websocket",
            operation=operation,
        )
    if headers.get("sec-websocket-accept") != accept_token(key):
        raise ProtocolError(
            "the daemon's Sec-WebSocket-Accept does not answer the key sent",
            operation=operation,
        )


# httpcore2 and wsproto are imported when a websocket session starts: a client that
# never attaches over a websocket does not pay for importing them.
def _stream_errors() -> tuple[type[BaseException], ...]:
    import httpcore2

    return (httpcore2.ReadError, httpcore2.WriteError, httpx2.ReadError, OSError)


def _timeout_errors() -> tuple[type[BaseException], ...]:
    import httpcore2

    return (httpcore2.TimeoutException, httpx2.TimeoutException)


class WebSocketCore:
    """Sans-IO: the daemon's bytes in, output pieces out; stdin and the close
    handshake as bytes to send. Shared by the sync and async sessions."""

    def __init__(self, operation: str) -> None:
        from wsproto import ConnectionType
        from wsproto.connection import Connection

        self._connection = Connection(ConnectionType.CLIENT)
        self.operation = operation
        self.closed = False  # the daemon's close frame arrived: no more output
        self.outgoing = bytearray()  # answers to the daemon's control frames, to send

    def feed(self, data: bytes) -> list[bytes]:
        """Output pieces carried by ``data``; ``b""`` is the end of the connection."""
        from wsproto.connection import ConnectionState
        from wsproto.events import CloseConnection, Message, Ping

        if not data:
            if not self.closed:
                raise StreamTruncated(
                    "the connection ended without the websocket close handshake",
                    operation=self.operation,
                )
            return []
        pieces: list[bytes] = []
        self._connection.receive_data(data)
        for event in self._connection.events():
            if isinstance(event, Message):
                payload = event.data
                pieces.append(
                    payload.encode() if isinstance(payload, str) else bytes(payload)
                )
            elif isinstance(event, Ping):
                self.outgoing += self._connection.send(event.response())
            elif isinstance(event, CloseConnection):
                if self._connection.state is ConnectionState.OPEN:
                    # wsproto reports frames it cannot parse as a close it made up
                    raise ProtocolError(
                        f"invalid websocket data from the daemon: {event.reason}",
                        operation=self.operation,
                    )
                if self._connection.state is ConnectionState.REMOTE_CLOSING:
                    self.outgoing += self._connection.send(event.response())
                self.closed = True
        return [piece for piece in pieces if piece]

    def message(self, data: bytes) -> bytes:
        """Bytes of one binary message carrying ``data`` (stdin)."""
        from wsproto.events import BytesMessage

        return self._sendable(BytesMessage(data=data), "write to stdin")

    def close_frame(self) -> bytes:
        """Bytes of our close frame (the daemon reads it as the end of stdin), or
        nothing when it was sent already."""
        from wsproto.connection import ConnectionState
        from wsproto.events import CloseConnection

        if self._connection.state not in (
            ConnectionState.OPEN,
            ConnectionState.REMOTE_CLOSING,
        ):
            return b""
        return self._connection.send(CloseConnection(code=_NORMAL_CLOSURE))

    def take_outgoing(self) -> bytes:
        data, self.outgoing = bytes(self.outgoing), bytearray()
        return data

    def _sendable(self, event: Any, what: str) -> bytes:
        from wsproto.utilities import LocalProtocolError

        try:
            return self._connection.send(event)
        except LocalProtocolError as exc:
            raise StreamTruncated(
                f"cannot {what}: the websocket is closing", operation=self.operation
            ) from exc


class _SessionBase:
    _response: Response
    _core: WebSocketCore

    def _start(self, response: Response, operation: str, max_buffer: int) -> Any:
        self._response = response
        self._core = WebSocketCore(operation)
        self._pending: list[bytes] = []
        self._ended = False
        # No frame is held whole: wsproto hands out a frame's payload as it arrives,
        # so a read of at most max_buffer bytes bounds every output piece.
        self._read_size = max(1, min(_READ_SIZE, max_buffer))
        return response.extensions["network_stream"]

    @property
    def headers(self) -> httpx2.Headers:
        return public_headers(self._response)

    @property
    def status_code(self) -> int:
        return self._response.status_code


class WebSocketSession(_SessionBase):
    """A websocket attach. Iterate for output bytes (stdout and stderr as the
    daemon interleaved them) until the attach ends; :meth:`write` sends stdin,
    :meth:`close_write` ends stdin (the close handshake's first half; output
    continues until the daemon closes), :meth:`collect` reads everything."""

    def __init__(self, response: Response, operation: str, max_buffer: int) -> None:
        self._stream = self._start(response, operation, max_buffer)

    def _receive(self) -> None:
        try:
            data: bytes = self._stream.read(self._read_size, timeout=None)
        except _timeout_errors() as exc:
            raise DockerTimeout(str(exc), operation=self._core.operation) from exc
        except _stream_errors():
            data = b""
        self._pending = self._core.feed(data)
        self._ended = self._core.closed or not data
        try:
            self._send(self._core.take_outgoing())
        except StreamTruncated:
            if not self._core.closed:
                raise  # the answer to a ping; an answer to the daemon's close may find it gone

    def read(self) -> bytes | None:
        """The next piece of output, or None once the daemon closed the websocket."""
        while not self._pending:
            if self._ended:
                return None
            self._receive()
        return self._pending.pop(0)

    def __iter__(self) -> Iterator[bytes]:
        while (piece := self.read()) is not None:
            yield piece

    def collect(self) -> Output:
        """Read until the end; the daemon does not separate stderr here, so all is in ``stdout``."""
        return Output(stdout=b"".join(self))

    def write(self, data: bytes) -> None:
        """Send ``data`` to the container's stdin (attached with ``stdin=True``)."""
        self._send(self._core.message(data))

    def close_write(self) -> None:
        """End stdin: send our close frame; read on for the rest of the output."""
        self._send(self._core.close_frame())

    def _send(self, data: bytes) -> None:
        if not data:
            return
        try:
            self._stream.write(data, timeout=None)
        except _stream_errors() as exc:
            raise StreamTruncated(
                f"cannot write to the websocket: {exc}", operation=self._core.operation
            ) from exc

    def close(self) -> None:
        try:
            if not self._core.closed:
                self._stream.write(self._core.close_frame(), timeout=None)
        except _stream_errors():
            pass  # the daemon went first: nothing to say goodbye to
        finally:
            self._response.close()
            try:
                self._stream.close()
            except _stream_errors():
                pass

    def __enter__(self) -> WebSocketSession:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncWebSocketSession(_SessionBase):
    """Async twin of :class:`WebSocketSession`."""

    def __init__(self, response: Response, operation: str, max_buffer: int) -> None:
        self._stream = self._start(response, operation, max_buffer)

    async def _receive(self) -> None:
        try:
            data: bytes = await self._stream.read(self._read_size, timeout=None)
        except _timeout_errors() as exc:
            raise DockerTimeout(str(exc), operation=self._core.operation) from exc
        except _stream_errors():
            data = b""
        self._pending = self._core.feed(data)
        self._ended = self._core.closed or not data
        try:
            await self._send(self._core.take_outgoing())
        except StreamTruncated:
            if not self._core.closed:
                raise

    async def read(self) -> bytes | None:
        while not self._pending:
            if self._ended:
                return None
            await self._receive()
        return self._pending.pop(0)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while (piece := await self.read()) is not None:
            yield piece

    async def collect(self) -> Output:
        return Output(stdout=b"".join([piece async for piece in self]))

    async def write(self, data: bytes) -> None:
        await self._send(self._core.message(data))

    async def close_write(self) -> None:
        await self._send(self._core.close_frame())

    async def _send(self, data: bytes) -> None:
        if not data:
            return
        try:
            await self._stream.write(data, timeout=None)
        except _stream_errors() as exc:
            raise StreamTruncated(
                f"cannot write to the websocket: {exc}", operation=self._core.operation
            ) from exc

    async def aclose(self) -> None:
        try:
            if not self._core.closed:
                await self._stream.write(self._core.close_frame(), timeout=None)
        except _stream_errors():
            pass
        finally:
            await self._response.aclose()
            try:
                await self._stream.aclose()
            except _stream_errors():
                pass

    close = aclose

    async def __aenter__(self) -> AsyncWebSocketSession:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


class ExpectWebSocket(Expect[WebSocketSession, AsyncWebSocketSession]):
    """The websocket attach: an RFC 6455 handshake with a fresh key per call."""

    def __init__(self) -> None:
        self.key = base64.b64encode(os.urandom(16)).decode("ascii")
        self.request_headers = (
            ("Connection", "Upgrade"),
            ("Upgrade", "websocket"),
            ("Sec-WebSocket-Version", "13"),
            ("Sec-WebSocket-Key", self.key),
        )

    def accepts(self, status: int) -> bool:
        return status == 101

    def sync_result(self, response: Response, ctx: ResponseContext) -> WebSocketSession:
        try:
            _check_handshake(response, self.key, ctx.operation)
        except ProtocolError:
            response.close()
            stream = response.extensions.get("network_stream")
            if stream is not None:
                stream.close()
            raise
        return WebSocketSession(response, ctx.operation, ctx.max_buffer)

    async def async_result(
        self, response: Response, ctx: ResponseContext
    ) -> AsyncWebSocketSession:
        try:
            _check_handshake(response, self.key, ctx.operation)
        except ProtocolError:
            await response.aclose()
            stream = response.extensions.get("network_stream")
            if stream is not None:
                await stream.aclose()
            raise
        return AsyncWebSocketSession(response, ctx.operation, ctx.max_buffer)
