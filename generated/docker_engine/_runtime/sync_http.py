"""HTTP/1.1 over a blocking socket (unix, TCP, TLS): the sync client's transport.

Implements ``httpx2.BaseTransport`` on :mod:`.http11`: keep-alive pooling (at
most 20 idle connections, dropped after 5 s idle or when the daemon closed them,
at most 100 open: httpx2's defaults), timeouts and the per-call deadline
(:mod:`.deadline`), and the exceptions httpx2's own transport raises. Response
bodies are handed over as they arrive, never waiting for more. A request asking
for an upgrade (attach, exec start) gets a response whose ``network_stream``
extension is the connection (:class:`UpgradedStream`).
"""

from __future__ import annotations

import contextlib
import select
import socket
import ssl
import threading
from collections.abc import Generator, Iterable, Iterator
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

__all__ = ["SyncTransport", "UpgradedStream"]

#: Bytes asked of the socket per read.
_RECV_SIZE = 256 * 1024
#: A request whose head and body together are smaller is sent in one write.
_ONE_WRITE = 64 * 1024
#: The longest wait one poll() takes, in milliseconds (a C int).
_LONGEST_POLL = 2**31 - 1


class _Connection:
    """One socket, its timeout, its read buffer, and when it became idle.

    A plain socket is non-blocking and waits in ``poll`` itself: a write is tried
    first and waits only when the socket's buffer is full (Python's timeout mode
    polls before every write: 16,384 polls in a 1 GiB upload), a read waits first
    (an answer has rarely arrived yet). A wait that a signal interrupts goes on for
    what is left of its timeout (PEP 475); the kernel's ``SO_RCVTIMEO`` and
    ``SO_SNDTIMEO`` would start over instead, and never end in a process that gets
    signals more often. TLS sockets keep Python's timeouts.
    """

    __slots__ = (
        "sock",
        "timeout",
        "per_read",
        "idle_since",
        "_poller",
        "_buffer",
    )

    idle_since: float

    def __init__(self, sock: socket.socket, timeout: float | None) -> None:
        self.sock = sock
        self.timeout = timeout
        self.per_read: float | None = None  # the request's read timeout
        self.idle_since = 0.0
        self._poller: select.poll | None = None
        # TLS sockets read ahead and have no scatter/gather write: Python's timeouts
        if not isinstance(sock, ssl.SSLSocket) and hasattr(select, "poll"):
            sock.setblocking(False)
            self._poller = select.poll()
            self._poller.register(sock, select.POLLIN)
        # reads land here: a fresh 256 KiB bytes per read costs an mmap and munmap
        # (the parser copies what it keeps)
        self._buffer = memoryview(bytearray(_RECV_SIZE))

    def set_timeout(self, timeout: float | None) -> None:
        if timeout != self.timeout:
            if self._poller is None:
                self.sock.settimeout(timeout)
            elif timeout is not None and not timeout >= 0:  # poll would wait for ever
                raise ValueError(f"invalid timeout {timeout!r}")
            self.timeout = timeout

    def _wait(self, events: int) -> None:
        """Until the socket is ready for ``events`` (or failed), within the timeout."""
        poller = self._poller
        assert poller is not None
        poller.modify(self.sock, events)
        if self.timeout is None:
            poller.poll()
            return
        left = self.timeout * 1000  # ms; poll takes at most about 24 days at once
        while not poller.poll(min(left, _LONGEST_POLL)):
            left -= _LONGEST_POLL
            if left <= 0:
                raise socket.timeout("timed out")

    def recv(self) -> memoryview:
        """One read, within the read timeout and what is left of the call's
        deadline; valid until the next read."""
        self.set_timeout(read_timeout(self.per_read))
        return self.recv_some(_RECV_SIZE)

    def recv_some(self, max_bytes: int) -> memoryview:
        """One read of at most ``max_bytes`` within the timeout in force; valid
        until the next read."""
        into = self._buffer[:max_bytes]
        if self._poller is None:
            return self._buffer[: self.sock.recv_into(into)]
        while True:
            self._wait(select.POLLIN)
            try:
                return self._buffer[: self.sock.recv_into(into)]
            except BlockingIOError:  # woken with nothing to read after all
                continue

    def send(self, *parts: bytes) -> None:
        """Write ``parts`` in order, in one system call when the socket allows."""
        sock = self.sock
        if self._poller is None:
            for part in parts:
                sock.sendall(part)
            return
        left: list[bytes | memoryview] = list(parts)
        while left:
            try:
                sent = sock.sendmsg(left)
            except BlockingIOError:  # the socket's buffer is full
                self._wait(select.POLLOUT)
                continue
            # what the buffer did not take goes next, without joining (copying) it
            while left and sent >= len(left[0]):
                sent -= len(left.pop(0))
            if sent:
                left[0] = memoryview(left[0])[sent:]

    def dead(self) -> bool:
        """Whether an idle connection was closed by the daemon (or has stray bytes)."""
        try:
            poller = self._poller
            if poller is None:
                poller = select.poll()
                poller.register(self.sock, select.POLLIN)
            else:
                poller.modify(self.sock, select.POLLIN)
            return bool(poller.poll(0))
        except (OSError, ValueError):
            return True

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass


def _connect(endpoint: Endpoint, timeout: float | None) -> _Connection:
    try:
        if endpoint.path is not None:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                sock.settimeout(timeout)
                sock.connect(endpoint.path)
            except BaseException:
                sock.close()
                raise
        else:
            assert endpoint.host is not None and endpoint.port is not None
            sock = socket.create_connection((endpoint.host, endpoint.port), timeout)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if endpoint.ssl_context is not None:
                try:
                    sock = endpoint.ssl_context.wrap_socket(
                        sock, server_hostname=endpoint.host
                    )
                except BaseException:
                    sock.close()
                    raise
    except socket.timeout as exc:
        raise httpx2.ConnectTimeout(str(exc) or "timed out") from exc
    except OSError as exc:
        raise httpx2.ConnectError(str(exc)) from exc
    return _Connection(sock, timeout)


class SyncTransport(httpx2.BaseTransport):
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
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(max_connections)

    # -- the pool ------------------------------------------------------------

    def _acquire(self, timeouts: dict[str, float | None]) -> _Connection:
        """An idle connection that is still good, or a new one."""
        if not self._slots.acquire(timeout=timeouts.get("pool")):
            raise httpx2.PoolTimeout("timed out waiting for a connection from the pool")
        try:
            with self._lock:
                conn = self._idle.take()
            return conn or _connect(self.endpoint, timeouts.get("connect"))
        except BaseException:
            self._slots.release()
            raise

    def _release(self, conn: _Connection, reusable: bool) -> None:
        """Give a connection back after its response (keep it if it may be reused)."""
        with self._lock:
            kept = reusable and self._idle.give(conn)
        if not kept:
            conn.close()
        self._slots.release()

    # -- a request -----------------------------------------------------------

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        return self.exchange(
            request.method,
            request.url.raw_path,
            request.headers.raw,
            timeouts_of(request),
            body=request_body(request),
        ).respond()

    def exchange(
        self,
        method: str,
        target: bytes,
        headers: list[tuple[bytes, bytes]],
        timeouts: dict[str, float | None],
        *,
        body: bytes | Iterable[bytes] | None,
    ) -> BodySource:
        """Send one request and read the response's head, not its body. What
        ``handle_request`` does without an ``httpx2.Request`` (the client's own
        calls build none); the body's source makes the response: ``received()``
        for the client, ``respond()`` for httpx2."""
        head = request_head(method, target, headers)
        conn = self._acquire(timeouts)
        try:
            keep = _send(conn, head, body, timeouts.get("write"))
            parser = ResponseParser(method, keep=keep, upgrade=head.upgrade)
            conn.per_read = timeouts.get("read")
            _read_head(conn, parser)
        except BaseException:
            self._release(conn, False)
            raise
        stream = _ResponseStream(self._release, conn, parser)
        if head.upgrade:
            stream.network_stream = UpgradedStream(stream, conn, parser.upgraded or b"")
        return stream

    def close(self) -> None:
        with self._lock:
            self._idle.close()


def _send(
    conn: _Connection,
    head: RequestHead,
    body: bytes | Iterable[bytes] | None,
    timeout: float | None,
) -> bool:
    """Write the request; False when the connection cannot be reused after it
    (the request asked to close it, or writing failed)."""
    try:
        conn.set_timeout(timeout)
        if body is None or isinstance(body, bytes):
            parts = whole_request(head, body or b"")
            if sum(map(len, parts)) < _ONE_WRITE:
                conn.send(b"".join(parts))  # the usual small request
            else:
                conn.send(*parts)
            return head.keep
        if not isinstance(body, Iterable):
            raise RuntimeError("an async request body needs the async client")
        conn.send(head.data)
        for piece in body:
            if not piece:
                continue
            if head.chunked:
                conn.send(frame_chunk(piece), piece, b"\r\n")
            else:
                conn.send(piece)
        if head.chunked:
            conn.send(LAST_CHUNK)
    except socket.timeout as exc:
        raise httpx2.WriteTimeout(str(exc) or "timed out") from exc
    except OSError:
        # Like httpcore: the daemon may have answered early and closed (an
        # error for a refused upload); read that answer.
        return False
    return head.keep


def _read_head(conn: _Connection, parser: ResponseParser) -> None:
    try:
        while parser.head is None:
            data = conn.recv()
            if data:
                parser.feed(data)
            else:
                parser.eof()
    except socket.timeout as exc:
        raise httpx2.ReadTimeout(str(exc) or "timed out") from exc
    except OSError as exc:
        raise httpx2.ReadError(str(exc)) from exc


class _ResponseStream(BodySource, httpx2.SyncByteStream):
    """The body of one response, read from the connection as it arrives."""

    def __iter__(self) -> Iterator[bytes]:
        with contextlib.closing(self.iter_pieces()) as reads:
            for pieces in reads:
                yield pieces[0] if len(pieces) == 1 else b"".join(pieces)

    def iter_pieces(self) -> Generator[list[bytes], None, None]:
        """The body as it arrives: per read, the pieces llhttp made of it (one per
        chunk of a chunked body), not joined: joining copies every byte once more
        into a fresh buffer, whose pages a 1 GiB download keeps faulting in."""
        conn: _Connection | None = self._start()
        parser = self._parser
        try:
            while True:
                pieces = parser.take_pieces()
                if pieces:
                    yield pieces
                if parser.complete or conn is None:
                    break
                data = conn.recv()
                if data:
                    parser.feed(data)
                else:
                    parser.eof()
        except socket.timeout as exc:
            self.close()
            raise httpx2.ReadTimeout(str(exc) or "timed out") from exc
        except OSError as exc:
            self.close()
            raise httpx2.ReadError(str(exc)) from exc
        except BaseException:
            self.close()
            raise
        self.finish_if_read()


class UpgradedStream:
    """The connection after an upgrade (``101``), or the writing side of a
    hijacked ``200`` whose body is the output: ``read``, ``write``,
    ``close_write``, ``close``, as httpcore's network streams."""

    def __init__(
        self, response: _ResponseStream, conn: _Connection, received: bytes
    ) -> None:
        self._response = response
        self._conn = conn
        self._sock = conn.sock
        self._received = received

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self._received:
            data = self._received[:max_bytes]
            self._received = self._received[max_bytes:]
            return data
        try:
            self._conn.set_timeout(timeout)
            return bytes(self._conn.recv_some(max_bytes))
        except socket.timeout as exc:
            raise httpx2.ReadTimeout(str(exc) or "timed out") from exc
        except OSError as exc:
            raise httpx2.ReadError(str(exc)) from exc

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._conn.set_timeout(timeout)
        self._conn.send(buffer)

    def close_write(self) -> None:
        if isinstance(self._sock, ssl.SSLSocket):
            # ssl.SSLSocket.shutdown() drops the TLS layer, which would break reading.
            raise OSError("close_write is not supported over TLS; close instead")
        self._sock.shutdown(socket.SHUT_WR)

    def close(self) -> None:
        self._response.close()

    def get_extra_info(self, info: str) -> Any:
        if info == "socket":
            return self._sock
        if info == "ssl_object":
            return self._sock if isinstance(self._sock, ssl.SSLSocket) else None
        return None
