"""A tiny scripted h11 server on a unix socket plus a chunk-aware h11 client, for the recorder/replay unit tests."""

from __future__ import annotations

import os
import socket
import tempfile
import threading
from dataclasses import dataclass, field
from typing import Callable, Iterable

import h11


@dataclass
class FakeRequest:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes


class FakeIO:
    """What a handler uses to answer. After ``upgrade()`` / ``raw_head()`` use ``sock`` and ``leftover``."""

    def __init__(self, conn: h11.Connection, sock: socket.socket) -> None:
        self.conn, self.sock = conn, sock
        self.leftover = b""

    def respond(
        self,
        status: int,
        body: bytes | Iterable[bytes] = b"",
        *,
        chunked: bool = False,
        content_type: str = "application/json",
        end: bool = True,
    ) -> None:
        headers = [("Content-Type", content_type), ("Api-Version", "1.41"), ("Server", "fake")]
        if chunked:
            headers.append(("Transfer-Encoding", "chunked"))
            pieces: Iterable[bytes] = body if not isinstance(body, bytes) else [body]
        else:
            if not isinstance(body, bytes):
                raise TypeError("content-length bodies must be bytes; use length= via respond_stream")
            headers.append(("Content-Length", str(len(body))))
            pieces = [body]
        self.sock.sendall(self.conn.send(h11.Response(status_code=status, headers=headers)))
        for piece in pieces:
            if piece:
                self.sock.sendall(self.conn.send(h11.Data(data=piece)))
        if end:
            self.sock.sendall(self.conn.send(h11.EndOfMessage()))

    def respond_stream(self, status: int, pieces: Iterable[bytes], length: int) -> None:
        headers = [("Content-Type", "application/x-tar"), ("Content-Length", str(length))]
        self.sock.sendall(self.conn.send(h11.Response(status_code=status, headers=headers)))
        for piece in pieces:
            self.sock.sendall(self.conn.send(h11.Data(data=piece)))
        self.sock.sendall(self.conn.send(h11.EndOfMessage()))

    def upgrade(self, content_type: str = "application/vnd.docker.multiplexed-stream") -> None:
        headers = [("Content-Type", content_type), ("Connection", "Upgrade"), ("Upgrade", "tcp")]
        self.sock.sendall(
            self.conn.send(h11.InformationalResponse(status_code=101, headers=headers, reason=b"UPGRADED"))
        )
        self.leftover = self.conn.trailing_data[0]

    def raw_head(self, head: bytes) -> None:
        """Write a response head by hand (the unframed ``200`` raw-stream variant h11 will not produce)."""
        self.sock.sendall(head)
        self.leftover = self.conn.trailing_data[0]

    def read_exact(self, n: int) -> bytes:
        buf = bytearray(self.leftover)
        while len(buf) < n:
            data = self.sock.recv(65536)
            if not data:
                break
            buf += data
        self.leftover = bytes(buf[n:])
        return bytes(buf[:n])

    def read_until_eof(self) -> bytes:
        buf = bytearray(self.leftover)
        while data := self.sock.recv(65536):
            buf += data
        self.leftover = b""
        return bytes(buf)


Handler = Callable[[FakeRequest, FakeIO], bool | None]  # return False to close the connection


class FakeDaemon:
    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.tmp = tempfile.mkdtemp(prefix="fake-")
        self.socket_path = os.path.join(self.tmp, "fake.sock")
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.errors: list[BaseException] = []
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> "FakeDaemon":
        self.listener.bind(self.socket_path)
        self.listener.listen(16)
        self.listener.settimeout(0.05)
        t = threading.Thread(target=self._accept, daemon=True)
        t.start()
        self._threads.append(t)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._threads[0].join()
        self.listener.close()
        for t in self._threads[1:]:
            t.join(5)
        os.unlink(self.socket_path)
        os.rmdir(self.tmp)
        if self.errors and not exc[0]:
            raise self.errors[0]

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                sock, _ = self.listener.accept()
            except socket.timeout:
                continue
            sock.settimeout(10)
            t = threading.Thread(target=self._serve, args=(sock,), daemon=True)
            self._threads.append(t)
            t.start()

    def _serve(self, sock: socket.socket) -> None:
        conn = h11.Connection(h11.SERVER)
        try:
            while True:
                req: FakeRequest | None = None
                body = bytearray()
                while True:
                    ev = conn.next_event()
                    if ev is h11.NEED_DATA:
                        conn.receive_data(sock.recv(65536))
                        continue
                    if isinstance(ev, h11.Request):
                        req = FakeRequest(
                            ev.method.decode(),
                            ev.target.decode(),
                            {k.decode().lower(): v.decode() for k, v in ev.headers},
                            b"",
                        )
                    elif isinstance(ev, h11.Data):
                        body += ev.data
                    elif isinstance(ev, h11.EndOfMessage):
                        break
                    else:
                        return
                assert req is not None
                req.body = bytes(body)
                io = FakeIO(conn, sock)
                if self.handler(req, io) is False or conn.our_state is not h11.DONE:
                    return
                if conn.our_state is h11.MUST_CLOSE or conn.their_state is h11.MUST_CLOSE:
                    return
                conn.start_next_cycle()
        except (OSError, h11.ProtocolError):
            return
        except BaseException as exc:  # noqa: BLE001 - surfaced on __exit__
            self.errors.append(exc)
        finally:
            sock.close()


@dataclass
class ClientResponse:
    status: int
    headers: dict[str, str]
    chunks: list[bytes] = field(default_factory=list)

    @property
    def body(self) -> bytes:
        return b"".join(self.chunks)


class Client:
    """Keep-alive h11 client on a unix socket that reports chunk boundaries."""

    def __init__(self, socket_path: str) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(10)
        self.sock.connect(socket_path)
        self.conn = h11.Connection(h11.CLIENT)

    def close(self) -> None:
        self.sock.close()

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def send_request(
        self, method: str, target: str, body: bytes | Iterable[bytes] | None = None, headers: Iterable = ()
    ) -> None:
        if self.conn.our_state is h11.DONE:
            self.conn.start_next_cycle()
        hdrs = [("Host", "docker"), *headers]
        if isinstance(body, bytes):
            hdrs.append(("Content-Length", str(len(body))))
        elif body is not None:
            hdrs.append(("Transfer-Encoding", "chunked"))
        self.sock.sendall(self.conn.send(h11.Request(method=method, target=target, headers=hdrs)))
        for piece in [body] if isinstance(body, bytes) else (body or ()):
            if piece:
                self.sock.sendall(self.conn.send(h11.Data(data=piece)))
        self.sock.sendall(self.conn.send(h11.EndOfMessage()))

    def _event(self) -> object:
        while True:
            ev = self.conn.next_event()
            if ev is h11.NEED_DATA:
                self.conn.receive_data(self.sock.recv(65536))
                continue
            return ev

    def read_head(self) -> tuple[int, dict[str, str]]:
        ev = self._event()
        assert isinstance(ev, (h11.Response, h11.InformationalResponse)), ev
        return ev.status_code, {k.decode().lower(): v.decode() for k, v in ev.headers}

    def iter_data(self) -> Iterable[tuple[bytes, bool]]:
        """``(data, chunk_end)`` as h11 hands the body out, until the end of the message."""
        while True:
            ev = self._event()
            if not isinstance(ev, h11.Data):
                return
            yield ev.data, ev.chunk_end

    def iter_chunks(self) -> Iterable[bytes]:
        """HTTP chunks exactly as framed by the server (a Content-Length body is one chunk)."""
        cur = bytearray()
        for data, end in self.iter_data():
            cur += data
            if end:
                yield bytes(cur)
                cur.clear()
        if cur:
            yield bytes(cur)

    def request(self, method: str, target: str, body: bytes | Iterable[bytes] | None = None, headers: Iterable = ()):
        self.send_request(method, target, body, headers)
        status, hdrs = self.read_head()
        return ClientResponse(status, hdrs, list(self.iter_chunks()))


def frame(stream: int, payload: bytes) -> bytes:
    """A multiplexed-stream frame (stdcopy): stream id, 3 zero bytes, big-endian uint32 length."""
    return bytes([stream, 0, 0, 0]) + len(payload).to_bytes(4, "big") + payload
