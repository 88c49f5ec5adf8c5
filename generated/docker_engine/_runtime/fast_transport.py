"""A lean HTTP/1.1 transport over a unix socket: the default for ``unix://`` daemons.

httpx2's own transport (httpcore + h11) spends more time per request than the
daemon needs to answer a small one. This one implements ``httpx2.BaseTransport``
directly on the socket: keep-alive pooling (at most 20 idle connections, dropped
after 5 s idle or when the daemon closed them, at most 100 open: httpx2's defaults),
``Content-Length``, chunked and close-delimited bodies, chunked uploads, timeouts,
and the same ``httpx2`` exceptions httpcore raises. Response bodies are read as
they arrive; already received chunks of a chunked body are handed over together
(up to 1 MiB), never waiting for more.

Requests that ask for a connection upgrade (attach, exec start) go to httpx2's own
transport, whose responses carry the ``network_stream`` a hijacked session needs.
"""

from __future__ import annotations

import re
import select
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from typing import Any

import httpx2

from .deadline import read_timeout

__all__ = ["UnixSocketTransport"]

#: Bytes asked of the socket per read.
_RECV_SIZE = 256 * 1024
#: At most this many bytes of already received body are handed over as one piece.
_MAX_PIECE = 1024 * 1024
#: Longest response head accepted (h11 allows 16 KiB by default; be lenient).
_MAX_HEAD = 64 * 1024
_MAX_LINE = 64 * 1024
_HEAD_END = re.compile(rb"\n\r?\n")
_NO_BODY_STATUS = frozenset({204, 304})
#: ``100 Continue`` and the like accepted before the answer (the Engine sends none).
_MAX_INFORMATIONAL = 8
_KEEPALIVE_EXPIRY = 5.0


class _Connection:
    """One socket and the bytes received on it but not consumed yet."""

    __slots__ = ("sock", "buf", "pos", "timeout", "per_read", "idle_since")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buf = b""
        self.pos = 0
        self.timeout: float | None = -1.0  # unknown: set on first use
        self.per_read: float | None = None  # the request's read timeout
        self.idle_since = 0.0

    def set_timeout(self, timeout: float | None) -> None:
        if timeout != self.timeout:
            self.sock.settimeout(timeout)
            self.timeout = timeout

    def recv(self, size: int) -> bytes:
        """One read, within the read timeout and what is left of the call's
        deadline (see :mod:`.deadline`)."""
        self.set_timeout(read_timeout(self.per_read))
        return self.sock.recv(size)

    def fill(self) -> bool:
        """Receive more bytes; False at end of stream. Keeps unconsumed bytes."""
        data = self.recv(_RECV_SIZE)
        if not data:
            return False
        if self.pos < len(self.buf):
            self.buf = self.buf[self.pos :] + data
        else:
            self.buf = data
        self.pos = 0
        return True

    def dead(self) -> bool:
        """Whether an idle connection was closed by the daemon (or has stray bytes)."""
        if self.pos < len(self.buf):
            return True
        try:
            poller = select.poll()
            poller.register(self.sock, select.POLLIN)
            return bool(poller.poll(0))
        except (OSError, ValueError):
            return True

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass


class _Timeouts:
    __slots__ = ("connect", "read", "write", "pool")

    def __init__(self, request: httpx2.Request) -> None:
        t = request.extensions.get("timeout") or {}
        self.connect: float | None = t.get("connect")
        self.read: float | None = t.get("read")
        self.write: float | None = t.get("write")
        self.pool: float | None = t.get("pool")


class UnixSocketTransport(httpx2.BaseTransport):
    """HTTP/1.1 over the unix socket at ``path``, with keep-alive pooling."""

    def __init__(
        self,
        path: str,
        *,
        max_connections: int = 100,
        max_keepalive_connections: int = 20,
        keepalive_expiry: float = _KEEPALIVE_EXPIRY,
    ) -> None:
        self.path = path
        self._idle: list[_Connection] = []
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(max_connections)
        self._max_idle = max_keepalive_connections
        self._expiry = keepalive_expiry
        self._fallback: httpx2.HTTPTransport | None = None
        self._closed = False

    # -- the pool ------------------------------------------------------------

    def _acquire(self, timeouts: _Timeouts) -> _Connection:
        """An idle connection that is still good, or a new one."""
        pool_timeout = timeouts.pool
        if not self._slots.acquire(timeout=pool_timeout):
            raise httpx2.PoolTimeout("timed out waiting for a connection from the pool")
        try:
            now = time.monotonic()
            while True:
                with self._lock:
                    conn = self._idle.pop() if self._idle else None
                if conn is None:
                    break
                if now - conn.idle_since > self._expiry or conn.dead():
                    conn.close()
                    continue
                return conn
            return self._connect(timeouts.connect)
        except BaseException:
            self._slots.release()
            raise

    def _connect(self, timeout: float | None) -> _Connection:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.settimeout(timeout)
            sock.connect(self.path)
        except socket.timeout as exc:
            sock.close()
            raise httpx2.ConnectTimeout(str(exc) or "timed out") from exc
        except OSError as exc:
            sock.close()
            raise httpx2.ConnectError(str(exc)) from exc
        conn = _Connection(sock)
        conn.timeout = timeout
        return conn

    def _release(self, conn: _Connection, reusable: bool) -> None:
        """Give a connection back after its response (keep it if it may be reused)."""
        if reusable and not self._closed:
            conn.idle_since = time.monotonic()
            with self._lock:
                if len(self._idle) < self._max_idle and not self._closed:
                    self._idle.append(conn)
                    conn = None  # type: ignore[assignment]
        if conn is not None:
            conn.close()
        self._slots.release()

    # -- a request -----------------------------------------------------------

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        if "upgrade" in request.headers:
            # Hijack: httpx2's transport provides the network_stream.
            return self._upgrade_transport().handle_request(request)
        timeouts = _Timeouts(request)
        conn = self._acquire(timeouts)
        try:
            keep = self._send(conn, request, timeouts)
            status, headers, extensions, length, chunked, keep = self._receive(
                conn, request, timeouts, keep
            )
        except BaseException:
            self._release(conn, False)
            raise
        stream = _ResponseStream(self, conn, length, chunked, keep)
        try:
            response = httpx2.Response(
                status, headers=headers, stream=stream, extensions=extensions
            )
        except BaseException:
            stream.close()
            raise
        if length == 0 and not chunked:
            stream.finish()  # nothing to read: the connection is free again
        return response

    def _send(
        self, conn: _Connection, request: httpx2.Request, timeouts: _Timeouts
    ) -> bool:
        """Write the request; False when the connection cannot be reused after it
        (the request asked to close it, or writing failed)."""
        url = request.url
        target = url.raw_path
        lines = [request.method.encode("ascii"), b" ", target, b" HTTP/1.1\r\n"]
        keep = True
        chunked = False
        for name, value in request.headers.raw:
            lines += (name, b": ", value, b"\r\n")
            lower = name.lower()
            if lower == b"transfer-encoding":
                chunked = b"chunked" in value.lower()
            elif lower == b"connection" and b"close" in value.lower():
                keep = False
        lines.append(b"\r\n")
        head = b"".join(lines)
        try:
            content: bytes | None = request.content
        except httpx2.RequestNotRead:
            content = None
        sock = conn.sock
        try:
            conn.set_timeout(timeouts.write)
            if content is not None:
                if chunked and content:
                    body = b"%x\r\n" % len(content) + content + b"\r\n0\r\n\r\n"
                elif chunked:
                    body = b"0\r\n\r\n"
                else:
                    body = content
                if len(body) < 65536:
                    sock.sendall(head + body)  # one write for the usual small request
                else:
                    sock.sendall(head)
                    sock.sendall(body)
            else:
                sock.sendall(head)
                stream = request.stream
                if not isinstance(stream, Iterable):
                    raise RuntimeError("an async request body needs the async client")
                for piece in stream:
                    if not piece:
                        continue
                    if chunked:
                        sock.sendall(b"%x\r\n" % len(piece) + piece + b"\r\n")
                    else:
                        sock.sendall(piece)
                if chunked:
                    sock.sendall(b"0\r\n\r\n")
        except socket.timeout as exc:
            raise httpx2.WriteTimeout(str(exc) or "timed out") from exc
        except OSError:
            # Like httpcore: the daemon may have answered early and closed (an
            # error for a refused upload); read that answer.
            return False
        return keep

    def _receive(
        self,
        conn: _Connection,
        request: httpx2.Request,
        timeouts: _Timeouts,
        keep: bool,
    ) -> tuple[int, list[tuple[bytes, bytes]], dict[str, Any], int | None, bool, bool]:
        """Read the response head: status, headers, extensions, the body's length
        (None: chunked or until close), whether it is chunked, and whether the
        connection may be reused afterwards."""
        conn.per_read = timeouts.read
        try:
            for _ in range(_MAX_INFORMATIONAL + 1):
                version, status, reason, headers = self._read_head(conn)
                if not (100 <= status < 200 and status != 101):
                    break  # 100 Continue and the like: the answer follows
            else:
                raise httpx2.RemoteProtocolError(
                    f"more than {_MAX_INFORMATIONAL} informational (1xx) responses"
                )
        except socket.timeout as exc:
            raise httpx2.ReadTimeout(str(exc) or "timed out") from exc
        except httpx2.TransportError:
            raise
        except OSError as exc:
            raise httpx2.ReadError(str(exc)) from exc
        if status == 101:
            raise httpx2.RemoteProtocolError(
                "the daemon switched protocols for a request that asked for no upgrade"
            )

        length: int | None = None
        chunked = False
        te = b""
        connection = b""
        for name, value in headers:
            lower = name.lower()
            if lower == b"content-length":
                length = _content_length(value, length)
            elif lower == b"transfer-encoding":
                te = value.lower()
            elif lower == b"connection":
                connection = value.lower()
        if version != b"HTTP/1.1" or b"close" in connection:
            keep = False
        if request.method == "HEAD" or status in _NO_BODY_STATUS:
            length, chunked = 0, False
        elif te:
            if te.rsplit(b",", 1)[-1].strip() != b"chunked":
                raise httpx2.RemoteProtocolError(
                    f"unsupported Transfer-Encoding {te.decode('latin-1')!r}"
                )
            length, chunked = None, True
        elif length is None:
            keep = False  # the body ends when the daemon closes the connection

        extensions = {"http_version": version, "reason_phrase": reason}
        return status, headers, extensions, length, chunked, keep

    @staticmethod
    def _read_head(
        conn: _Connection,
    ) -> tuple[bytes, int, bytes, list[tuple[bytes, bytes]]]:
        while True:
            match = _HEAD_END.search(conn.buf, conn.pos)
            if match is not None:
                break
            if len(conn.buf) - conn.pos > _MAX_HEAD:
                raise httpx2.RemoteProtocolError("response head too large")
            received = len(conn.buf) - conn.pos
            if not conn.fill():
                if received:
                    raise httpx2.RemoteProtocolError(
                        "Server disconnected in the middle of the response head."
                    )
                raise httpx2.RemoteProtocolError(
                    "Server disconnected without sending a response."
                )
        start = conn.pos
        head = conn.buf[start : match.start()]
        conn.pos = match.end()
        lines = head.split(b"\n")
        status_line = lines[0].rstrip(b"\r")
        parts = status_line.split(b" ", 2)
        if (
            len(parts) < 2
            or not parts[0].startswith(b"HTTP/1.")
            or len(parts[1]) != 3
            or not parts[1].isdigit()
        ):
            raise httpx2.RemoteProtocolError(
                f"malformed status line {status_line[:100]!r}"
            )
        version = parts[0]
        status = int(parts[1])
        reason = parts[2] if len(parts) > 2 else b""
        headers: list[tuple[bytes, bytes]] = []
        for raw in lines[1:]:
            line = raw.rstrip(b"\r")
            if line[:1] in (b" ", b"\t"):
                if not headers:
                    raise httpx2.RemoteProtocolError("malformed response header")
                name, value = headers[-1]
                headers[-1] = (name, value + b" " + line.strip(b" \t"))
                continue
            name, sep, value = line.partition(b":")
            if not sep or not name or name != name.strip() or b" " in name:
                raise httpx2.RemoteProtocolError(
                    f"malformed response header {line[:100]!r}"
                )
            headers.append((name, value.strip(b" \t")))
        return version, status, reason, headers

    def _upgrade_transport(self) -> httpx2.HTTPTransport:
        with self._lock:
            if self._fallback is None:
                self._fallback = httpx2.HTTPTransport(
                    uds=self.path,
                    limits=httpx2.Limits(
                        max_connections=100, max_keepalive_connections=20
                    ),
                    trust_env=False,
                )
            return self._fallback

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
            fallback = self._fallback
        for conn in idle:
            conn.close()
        if fallback is not None:
            fallback.close()


def _content_length(value: bytes, previous: int | None) -> int:
    values = {v.strip() for v in value.split(b",")}
    if len(values) != 1:
        raise httpx2.RemoteProtocolError("conflicting Content-Length values")
    (text,) = values
    if not text.isdigit():
        raise httpx2.RemoteProtocolError(f"invalid Content-Length {text[:50]!r}")
    length = int(text)
    if previous is not None and previous != length:
        raise httpx2.RemoteProtocolError("conflicting Content-Length headers")
    return length


class _ResponseStream(httpx2.SyncByteStream):
    """The body of one response; gives the connection back when it has been read
    to the end (or closes it when the response is closed before)."""

    def __init__(
        self,
        transport: UnixSocketTransport,
        conn: _Connection,
        length: int | None,
        chunked: bool,
        keep: bool,
    ) -> None:
        self._transport = transport
        self._conn: _Connection | None = conn
        self._length = length
        self._chunked = chunked
        self._keep = keep
        self._started = False

    def finish(self) -> None:
        """The body has been read completely."""
        conn, self._conn = self._conn, None
        if conn is not None:
            self._transport._release(conn, self._keep)

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            self._transport._release(conn, False)

    def __iter__(self) -> Iterator[bytes]:
        conn = self._conn
        if conn is None:
            return
        if self._started:
            raise httpx2.StreamConsumed()
        self._started = True
        try:
            if self._chunked:
                yield from self._iter_chunked(conn)
            elif self._length is not None:
                yield from self._iter_length(conn, self._length)
            else:
                yield from self._iter_until_close(conn)
        except socket.timeout as exc:
            self.close()
            raise httpx2.ReadTimeout(str(exc) or "timed out") from exc
        except httpx2.TransportError:
            self.close()
            raise
        except OSError as exc:
            self.close()
            raise httpx2.ReadError(str(exc)) from exc
        self.finish()

    @staticmethod
    def _take(conn: _Connection, n: int) -> bytes:
        """``n`` buffered bytes (``n`` <= what is buffered)."""
        pos = conn.pos
        buf = conn.buf
        conn.pos = pos + n
        if pos == 0 and n == len(buf):
            return buf
        return buf[pos : pos + n]

    def _iter_length(self, conn: _Connection, remaining: int) -> Iterator[bytes]:
        while remaining:
            avail = len(conn.buf) - conn.pos
            if avail:
                n = min(avail, remaining)
                remaining -= n
                yield self._take(conn, n)
                continue
            data = conn.recv(min(remaining, _RECV_SIZE))
            if not data:
                raise httpx2.RemoteProtocolError(
                    "peer closed connection without sending complete message body"
                    f" ({remaining} bytes missing)"
                )
            if len(data) > remaining:  # cannot happen: recv is bounded
                raise httpx2.RemoteProtocolError("response body longer than announced")
            remaining -= len(data)
            yield data

    def _iter_until_close(self, conn: _Connection) -> Iterator[bytes]:
        avail = len(conn.buf) - conn.pos
        if avail:
            yield self._take(conn, avail)
        while True:
            data = conn.recv(_RECV_SIZE)
            if not data:
                return
            yield data

    def _iter_chunked(self, conn: _Connection) -> Iterator[bytes]:
        pending: list[bytes | memoryview] = []
        pending_size = 0
        while True:
            # -- the chunk-size line
            nl = conn.buf.find(b"\n", conn.pos)
            while nl < 0:
                if len(conn.buf) - conn.pos > _MAX_LINE:
                    raise httpx2.RemoteProtocolError("chunk size line too long")
                if pending:
                    yield _join(pending)
                    pending, pending_size = [], 0
                if not conn.fill():
                    raise _truncated()
                nl = conn.buf.find(b"\n", conn.pos)
            line = conn.buf[conn.pos : nl]
            conn.pos = nl + 1
            size = _chunk_size(line)
            if size == 0:
                break
            # -- the chunk's data
            while size:
                buf = conn.buf
                pos = conn.pos
                avail = len(buf) - pos
                if not avail:
                    if pending:
                        yield _join(pending)
                        pending, pending_size = [], 0
                    if not conn.fill():
                        raise _truncated()
                    continue
                n = avail if avail < size else size
                if pos == 0 and n == len(buf):
                    pending.append(buf)
                else:
                    pending.append(memoryview(buf)[pos : pos + n])
                conn.pos = pos + n
                size -= n
                pending_size += n
                if pending_size >= _MAX_PIECE:
                    yield _join(pending)
                    pending, pending_size = [], 0
            # -- CRLF after the data
            while len(conn.buf) - conn.pos < 2:
                if pending:
                    yield _join(pending)
                    pending, pending_size = [], 0
                if not conn.fill():
                    raise _truncated()
            if conn.buf[conn.pos : conn.pos + 2] != b"\r\n":
                raise httpx2.RemoteProtocolError("malformed chunked encoding")
            conn.pos += 2
        if pending:
            yield _join(pending)
        # -- trailers, up to the empty line
        while True:
            nl = conn.buf.find(b"\n", conn.pos)
            if nl < 0:
                if len(conn.buf) - conn.pos > _MAX_HEAD:
                    raise httpx2.RemoteProtocolError("trailers too large")
                if not conn.fill():
                    raise _truncated()
                continue
            line = conn.buf[conn.pos : nl]
            conn.pos = nl + 1
            if not line.strip(b"\r"):
                return


def _join(pieces: list[bytes | memoryview]) -> bytes:
    if len(pieces) == 1 and isinstance(pieces[0], bytes):
        return pieces[0]
    return b"".join(pieces)


def _chunk_size(line: bytes) -> int:
    text = line.split(b";", 1)[0].strip()
    try:
        if not text or text.startswith((b"-", b"+", b"0x", b"0X")) or b"_" in text:
            raise ValueError
        return int(text, 16)
    except ValueError:
        raise httpx2.RemoteProtocolError(
            f"malformed chunk size line {line[:50]!r}"
        ) from None


def _truncated() -> httpx2.RemoteProtocolError:
    return httpx2.RemoteProtocolError(
        "peer closed connection without sending complete message body"
        " (incomplete chunked read)"
    )
