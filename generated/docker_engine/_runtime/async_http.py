"""HTTP/1.1 over asyncio (unix, TCP, TLS): the async client's transport.

The async twin of :mod:`.sync_http` on the same :mod:`.http11` core: an
``asyncio.Protocol`` per connection hands received bytes to the parser (reading
pauses while more than 1 MiB waits unread), writes wait while the socket's
buffer is full; keep-alive pooling with httpx2's limits; httpx2's exceptions.
Reads keep the per-call deadline (:mod:`.deadline`) as the sync ones do.
"""

from __future__ import annotations

import asyncio
import collections
import socket
from collections.abc import AsyncGenerator, AsyncIterable, AsyncIterator, Callable
from typing import Any

import httpx2

from .deadline import read_timeout
from .http11 import (
    LAST_CHUNK,
    BodySource,
    Endpoint,
    RequestHead,
    ResponseParser,
    frame_chunk,
    request_body,
    request_head,
    timeouts_of,
    whole_request,
)
from .pool import KEEPALIVE_EXPIRY, IdleConnections

__all__ = ["AsyncTransport", "AsyncUpgradedStream"]

#: Bytes asked of the socket per read.
_READ_SIZE = 256 * 1024
#: Reading pauses while this many received bytes wait unread.
_HIGH_WATER = 1024 * 1024


def _time_out(
    waiter: asyncio.Future[None], error: type[httpx2.TimeoutException]
) -> None:
    if not waiter.done():
        waiter.set_exception(error("timed out"))


#: Read buffers a connection keeps for reuse (more are queued only while reading is
#: paused).
_SPARE_BUFFERS = 2


class _Connection(asyncio.BufferedProtocol):
    """One connection: received bytes queue up until read; writes wait for room.

    Each read lands in a buffer of the connection's own and is queued as a view of
    it; a buffer whose bytes were taken goes back for the next reads. asyncio's own
    reads allocate 256 KiB each, and a copy per read into fresh bytes would too: a
    1 GiB download faulted in 80,000 pages for them.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.transport: asyncio.Transport | None = None
        self.idle_since = 0.0
        self._received: collections.deque[memoryview] = collections.deque()
        self._size = 0
        self._eof = False
        self._error: BaseException | None = None
        self._read_waiter: asyncio.Future[None] | None = None
        self._write_waiter: asyncio.Future[None] | None = None
        self._paused = False
        self._write_paused = False
        self._filling: bytearray | None = None  # the buffer of the read under way
        self._spare: list[bytearray] = []

    # -- asyncio.BufferedProtocol --------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def get_buffer(self, sizehint: int) -> memoryview:
        if self._filling is None:
            self._filling = self._spare.pop() if self._spare else bytearray(_READ_SIZE)
        return memoryview(self._filling)

    def buffer_updated(self, nbytes: int) -> None:
        buffer, self._filling = self._filling, None
        assert buffer is not None
        self._received.append(memoryview(buffer)[:nbytes])
        self._size += nbytes
        if self._size > _HIGH_WATER and not self._paused and self.transport is not None:
            self.transport.pause_reading()
            self._paused = True
        _wake(self._read_waiter)

    def eof_received(self) -> bool | None:
        self._eof = True
        _wake(self._read_waiter)
        # Keep the writing half open, as a socket does: the daemon's end of output
        # may still want an answer (a websocket's close frame, stdin after a hijacked
        # attach). asyncio would otherwise close the transport, failing every write.
        # Over TLS asyncio closes it anyway (and warns when asked not to).
        transport = self.transport
        return transport is not None and transport.get_extra_info("ssl_object") is None

    def connection_lost(self, exc: Exception | None) -> None:
        self._eof = True
        self._error = exc
        _wake(self._read_waiter)
        _wake(self._write_waiter)

    def pause_writing(self) -> None:
        self._write_paused = True

    def resume_writing(self) -> None:
        self._write_paused = False
        _wake(self._write_waiter)

    # -- used by the transport -------------------------------------------

    async def read(self, timeout: float | None) -> bytes:
        """The next received bytes, within ``timeout`` and what is left of the
        call's deadline (see :mod:`.deadline`); ``b""`` at end of stream."""
        view = await self.read_view(timeout)
        data = bytes(view)
        self.recycle(view)
        return data

    def recycle(self, view: memoryview) -> None:
        """Give back a view :meth:`read_view` returned, once its bytes were used."""
        buffer = view.obj
        try:
            view.release()
        except BufferError:  # something still looks at it: not for reuse
            return
        if isinstance(buffer, bytearray) and len(self._spare) < _SPARE_BUFFERS:
            self._spare.append(buffer)

    async def read_view(self, timeout: float | None) -> memoryview:
        """What :meth:`read` returns, as a view of the connection's buffer: valid
        until given back with :meth:`recycle` (then the buffer is read into again)."""
        while not self._received:
            if self._eof:
                if self._error is not None:
                    raise httpx2.ReadError(str(self._error))
                return memoryview(b"")
            try:
                timeout = read_timeout(timeout)
            except TimeoutError as exc:
                raise httpx2.ReadTimeout(str(exc)) from exc
            self._read_waiter = waiter = self.loop.create_future()
            try:
                await _wait(waiter, timeout, httpx2.ReadTimeout)
            finally:
                self._read_waiter = None
        data = self._received.popleft()
        self._size -= len(data)
        if (
            self._paused
            and self._size <= _HIGH_WATER // 4
            and self.transport is not None
        ):
            self._paused = False
            self.transport.resume_reading()
        return data

    async def write(self, data: bytes, timeout: float | None) -> None:
        transport = self.transport
        if transport is not None and not transport.is_closing():
            transport.write(data)
            while self._write_paused and not transport.is_closing():
                self._write_waiter = waiter = self.loop.create_future()
                try:
                    await _wait(waiter, timeout, httpx2.WriteTimeout)
                finally:
                    self._write_waiter = None
        # asyncio does not raise when a write fails (the daemon closed the
        # connection): it closes the transport. An OSError, as a socket's write
        # raises it (what hijacked sessions catch).
        if transport is None or transport.is_closing():
            raise ConnectionResetError("the connection is closed")

    def dead(self) -> bool:
        """Whether an idle connection was closed by the daemon (or has stray bytes)."""
        transport = self.transport
        return (
            self._eof
            or bool(self._received)
            or transport is None
            or transport.is_closing()
            or self.loop is not asyncio.get_running_loop()
        )

    def close(self) -> None:
        transport, self.transport = self.transport, None
        if transport is not None:
            try:
                transport.close()
            except RuntimeError:  # its event loop is closed
                pass


def _wake(waiter: asyncio.Future[None] | None) -> None:
    if waiter is not None and not waiter.done():
        waiter.set_result(None)


async def _wait(
    waiter: asyncio.Future[None],
    timeout: float | None,
    error: type[httpx2.TimeoutException],
) -> None:
    """Wait until ``waiter`` is woken up; ``error`` after ``timeout`` seconds."""
    if timeout is None:
        await waiter
        return
    timer = waiter.get_loop().call_later(timeout, _time_out, waiter, error)
    try:
        await waiter
    finally:
        timer.cancel()


async def _unix(path: str) -> socket.socket:
    """A socket connected to ``path``. asyncio's own connect takes a full
    listening queue (EAGAIN) for a connection in progress, and then reads fail."""
    loop = asyncio.get_running_loop()
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.setblocking(False)
        while True:
            try:
                sock.connect(path)
                return sock
            except BlockingIOError:  # the queue is full: try again when it may not be
                writable = loop.create_future()
                loop.add_writer(sock, _wake, writable)
                try:
                    await writable
                finally:
                    loop.remove_writer(sock)
    except BaseException:
        sock.close()
        raise


async def _connect(endpoint: Endpoint, timeout: float | None) -> _Connection:
    loop = asyncio.get_running_loop()
    conn = _Connection(loop)
    try:
        if endpoint.path is not None:
            sock = await asyncio.wait_for(_unix(endpoint.path), timeout)
            await loop.create_unix_connection(lambda: conn, sock=sock)
        else:  # asyncio sets TCP_NODELAY
            assert endpoint.host is not None and endpoint.port is not None
            await asyncio.wait_for(
                loop.create_connection(
                    lambda: conn,
                    endpoint.host,
                    endpoint.port,
                    ssl=endpoint.ssl_context,
                    server_hostname=endpoint.host if endpoint.ssl_context else None,
                ),
                timeout,
            )
    except asyncio.TimeoutError as exc:
        raise httpx2.ConnectTimeout("timed out") from exc
    except OSError as exc:
        raise httpx2.ConnectError(str(exc)) from exc
    return conn


class AsyncTransport(httpx2.AsyncBaseTransport):
    """HTTP/1.1 to the daemon at ``endpoint``, with keep-alive pooling."""

    def __init__(
        self,
        endpoint: Endpoint,
        *,
        max_connections: int = 100,
        max_keepalive_connections: int = 20,
        keepalive_expiry: float = KEEPALIVE_EXPIRY,
    ) -> None:
        self.endpoint = endpoint
        self._idle: IdleConnections[_Connection] = IdleConnections(
            max_keepalive_connections, keepalive_expiry
        )
        self._open = 0
        self._max_open = max_connections
        self._slot_waiters: collections.deque[asyncio.Future[None]] = (
            collections.deque()
        )

    # -- the pool ------------------------------------------------------------

    async def _acquire(self, timeouts: dict[str, float | None]) -> _Connection:
        """An idle connection that is still good, or a new one."""
        while self._open >= self._max_open:
            waiter = asyncio.get_running_loop().create_future()
            self._slot_waiters.append(waiter)
            try:
                await _wait(waiter, timeouts.get("pool"), httpx2.PoolTimeout)
            finally:
                if waiter in self._slot_waiters:
                    self._slot_waiters.remove(waiter)
        self._open += 1
        try:
            conn = self._idle.take()
            return conn or await _connect(self.endpoint, timeouts.get("connect"))
        except BaseException:
            self._free_slot()
            raise

    def _free_slot(self) -> None:
        self._open -= 1
        while self._slot_waiters:
            waiter = self._slot_waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    def _release(self, conn: _Connection, reusable: bool) -> None:
        """Give a connection back after its response (keep it if it may be reused)."""
        if not (reusable and self._idle.give(conn)):
            conn.close()
        self._free_slot()

    # -- a request -----------------------------------------------------------

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        stream = await self.exchange(
            request.method,
            request.url.raw_path,
            request.headers.raw,
            timeouts_of(request),
            body=request_body(request),
        )
        return stream.respond()

    async def exchange(
        self,
        method: str,
        target: bytes,
        headers: list[tuple[bytes, bytes]],
        timeouts: dict[str, float | None],
        *,
        body: bytes | AsyncIterable[bytes] | None,
    ) -> BodySource:
        """Async twin of :meth:`.sync_http.SyncTransport.exchange`."""
        head = request_head(method, target, headers)
        conn = await self._acquire(timeouts)
        read = timeouts.get("read")
        try:
            keep = await _send(conn, head, body, timeouts.get("write"))
            parser = ResponseParser(method, keep=keep, upgrade=head.upgrade)
            while parser.head is None:
                await _feed(conn, parser, read)
        except BaseException:
            self._release(conn, False)
            raise
        stream = _ResponseStream(self._release, conn, parser, read)
        if head.upgrade:
            stream.network_stream = AsyncUpgradedStream(
                stream, conn, parser.upgraded or b""
            )
        return stream

    async def aclose(self) -> None:
        self._idle.close()


async def _feed(
    conn: _Connection, parser: ResponseParser, timeout: float | None
) -> None:
    """Hand the parser the next bytes received (it copies what it keeps), or the end."""
    view = await conn.read_view(timeout)
    if view:
        parser.feed(view)
        conn.recycle(view)
    else:
        parser.eof()


async def _send(
    conn: _Connection,
    head: RequestHead,
    body: bytes | AsyncIterable[bytes] | None,
    timeout: float | None,
) -> bool:
    """Write the request; False when the connection cannot be reused after it
    (the request asked to close it, or writing failed)."""
    try:
        if body is None or isinstance(body, bytes):
            await conn.write(b"".join(whole_request(head, body or b"")), timeout)
            return head.keep
        if not isinstance(body, AsyncIterable):
            raise RuntimeError("a sync request body needs the sync client")
        await conn.write(head.data, timeout)
        async for piece in body:
            if not piece:
                continue
            if head.chunked:
                await conn.write(frame_chunk(piece) + piece + b"\r\n", timeout)
            else:
                await conn.write(piece, timeout)
        if head.chunked:
            await conn.write(LAST_CHUNK, timeout)
    except OSError:
        # Like httpcore: the daemon may have answered early and closed (an error
        # for a refused upload); read that answer.
        return False
    return head.keep


class _ResponseStream(BodySource, httpx2.AsyncByteStream):
    """The body of one response, read from the connection as it arrives."""

    def __init__(
        self,
        release: Callable[[_Connection, bool], None],
        conn: _Connection,
        parser: ResponseParser,
        read_timeout: float | None,
    ) -> None:
        super().__init__(release, conn, parser)
        self._read_timeout = read_timeout

    async def aclose(self) -> None:
        self.close()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        reads = self.aiter_pieces()
        try:
            async for pieces in reads:
                yield pieces[0] if len(pieces) == 1 else b"".join(pieces)
        finally:
            await reads.aclose()

    async def aiter_pieces(self) -> AsyncGenerator[list[bytes], None]:
        """Async twin of :meth:`.sync_http._ResponseStream.iter_pieces`."""
        conn: _Connection | None = self._start()
        parser = self._parser
        try:
            while True:
                pieces = parser.take_pieces()
                if pieces:
                    yield pieces
                if parser.complete or conn is None:
                    break
                await _feed(conn, parser, self._read_timeout)
        except BaseException:
            self.close()
            raise
        self.finish_if_read()


class AsyncUpgradedStream:
    """Async twin of :class:`.sync_http.UpgradedStream`: ``read``, ``write``,
    ``close_write``, ``aclose``, as httpcore's async network streams."""

    def __init__(
        self, response: _ResponseStream, conn: _Connection, received: bytes
    ) -> None:
        self._response = response
        self._conn = conn
        self._received = received

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if not self._received:
            self._received = await self._conn.read(timeout)
        data = self._received[:max_bytes]
        self._received = self._received[max_bytes:]
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._conn.write(buffer, timeout)

    async def close_write(self) -> None:
        transport = self._conn.transport
        if transport is None:
            raise ConnectionResetError("the connection is closed")
        if transport.get_extra_info("ssl_object") is not None:
            raise OSError("close_write is not supported over TLS; close instead")
        transport.write_eof()

    async def aclose(self) -> None:
        self._response.close()

    def get_extra_info(self, info: str) -> Any:
        transport = self._conn.transport
        return transport.get_extra_info(info) if transport is not None else None
