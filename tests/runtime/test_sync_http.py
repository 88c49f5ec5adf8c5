"""sync_http.SyncTransport (the sync client's transport) and the client's
direct request building: same bytes on the wire as httpx2's transport, every body
framing however the bytes are split, keep-alive and its limits, errors, timeouts,
uploads, early closes, and the hijack fallback."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import os
import shutil
import signal
import socket
import tarfile
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docker_engine._runtime.client import AsyncBaseDockerClient, BaseDockerClient
from docker_engine._runtime.errors import (
    BadRequest,
    DaemonNotReachable,
    DockerTimeout,
    ProtocolError,
    StreamError,
    StreamTruncated,
)
from docker_engine._runtime.http11 import Endpoint
from docker_engine._runtime.sync_http import SyncTransport
from docker_engine._runtime.request import JsonBody, Request, UploadBody
from docker_engine._runtime.responses import (
    ExpectBinary,
    ExpectEmpty,
    ExpectHeaders,
    ExpectHijack,
    ExpectJson,
    ExpectJsonLines,
    ExpectText,
)
from docker_engine._runtime.transport import make_sync_transport, parse_docker_host

# ------------------------------------------------------------------ a raw server


class Conn:
    """The server side of one connection: read requests, write raw bytes."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buf = b""

    def _fill(self) -> bool:
        data = self.sock.recv(65536)
        self.buf += data
        return bool(data)

    def read_request(self) -> tuple[bytes, bytes] | None:
        """(head, body) of the next request, None at EOF. The body is kept as sent
        (chunk framing included)."""
        while b"\r\n\r\n" not in self.buf:
            if not self._fill():
                return None
        head, self.buf = self.buf.split(b"\r\n\r\n", 1)
        lower = head.lower()
        body = b""
        if b"transfer-encoding: chunked" in lower:
            while True:
                while b"\r\n" not in self.buf:
                    self._fill()
                line, _ = self.buf.split(b"\r\n", 1)
                size = int(line, 16)
                need = len(line) + 2 + size + 2
                while len(self.buf) < need:
                    if not self._fill():
                        raise ConnectionError("upload cut short")
                body += self.buf[:need]
                self.buf = self.buf[need:]
                if size == 0:
                    break
        else:
            for line in lower.split(b"\r\n"):
                if line.startswith(b"content-length:"):
                    n = int(line.split(b":")[1])
                    while len(self.buf) < n:
                        self._fill()
                    body, self.buf = self.buf[:n], self.buf[n:]
        return head + b"\r\n\r\n", body

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)


Handler = Callable[[Conn, int], None]


class Server:
    """A unix-socket server running ``handler(conn, index)`` per connection."""

    def __init__(self, handler: Handler) -> None:
        self.folder = tempfile.mkdtemp(prefix="ft-")  # short: AF_UNIX paths are limited
        self.path = os.path.join(self.folder, "d.sock")
        self.handler = handler
        self.connections = 0
        self.requests: list[tuple[bytes, bytes]] = []
        self.errors: list[BaseException] = []
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.listener.bind(self.path)
        self.listener.listen(16)
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while True:
            try:
                sock, _ = self.listener.accept()
            except OSError:
                return
            index = self.connections
            self.connections += 1
            threading.Thread(target=self._run, args=(sock, index), daemon=True).start()

    def _run(self, sock: socket.socket, index: int) -> None:
        try:
            self.handler(Conn(sock), index)
        except (ConnectionError, OSError):
            pass
        except BaseException as exc:  # reported by the test
            self.errors.append(exc)
        finally:
            sock.close()

    def close(self) -> None:
        self.listener.close()
        shutil.rmtree(self.folder, ignore_errors=True)
        assert not self.errors, self.errors


@contextlib.contextmanager
def serve(handler: Handler) -> Iterator[Server]:
    server = Server(handler)
    try:
        yield server
    finally:
        server.close()


def response(body: bytes = b"{}", status: str = "200 OK", headers: str = "") -> bytes:
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nApi-Version: 1.41\r\n"
        f"{headers}Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body


def chunked(pieces: list[bytes], headers: str = "", trailer: bytes = b"") -> bytes:
    out = (
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        f"{headers}Transfer-Encoding: chunked\r\n\r\n"
    ).encode()
    for piece in pieces:
        out += b"%x\r\n" % len(piece) + piece + b"\r\n"
    return out + b"0\r\n" + trailer + b"\r\n"


def answer_all(make: Callable[[bytes], bytes]) -> Handler:
    """Answer every request of every connection with ``make(request head)``."""

    def handler(conn: Conn, index: int) -> None:
        while (request := conn.read_request()) is not None:
            conn.send(make(request[0]))

    return handler


def client(server: Server, **kwargs: Any) -> BaseDockerClient:
    kwargs.setdefault("api_version", "1.41")
    kwargs.setdefault("docker_config", False)
    return BaseDockerClient(f"unix://{server.path}", **kwargs)


GET = Request("ImageList", "GET", "/images/json")

# ------------------------------------------------------------------------- tests


def test_unix_addresses_get_the_sync_transport() -> None:
    transport = make_sync_transport(parse_docker_host("unix:///x.sock"), None)
    assert isinstance(transport, SyncTransport)
    assert transport.endpoint == Endpoint(path="/x.sock")


def test_wire_bytes_are_those_of_httpx2s_transport() -> None:
    """Request heads and bodies are byte for byte what httpx2's own transport sends."""
    captured: list[list[tuple[bytes, bytes]]] = []

    def handler(conn: Conn, index: int) -> None:
        while (request := conn.read_request()) is not None:
            captured[-1].append(request)
            if request[0].startswith(b"HEAD"):
                conn.send(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: 1\r\n\r\n")
            else:
                conn.send(response(b'{"a": 1}'))

    def calls() -> list[tuple[Request, Any]]:  # fresh: the upload iterator is consumed
        return [
            (
                Request(
                    "X",
                    "GET",
                    "/images/a%2Fb/json",
                    query=(
                        ("filters", '{"a":["b c"]}'),
                        ("all", "1"),
                        ("x", "ä/é?&=+"),
                    ),
                    headers=(("X-Meta", "1"),),
                ),
                ExpectJson(dict[str, Any]),
            ),
            (
                Request("X", "POST", "/c", body=JsonBody({"Image": "i"})),
                ExpectJson(dict),
            ),
            (Request("X", "POST", "/c"), ExpectJson(dict)),
            (
                Request(
                    "X", "POST", "/b", body=UploadBody(iter([b"ab", b"", b"c" * 70000]))
                ),
                ExpectJson(dict),
            ),
            (Request("X", "POST", "/b", body=UploadBody(b"x" * 100)), ExpectJson(dict)),
            (Request("X", "HEAD", "/containers/x/archive"), ExpectHeaders()),
        ]

    with serve(handler) as server:
        for make in (
            lambda: None,
            lambda: httpx2.HTTPTransport(uds=server.path),
        ):
            captured.append([])
            with client(server, transport=make()) as c:
                for request, expect in calls():
                    c.send(request, expect)
    fast, reference = captured
    assert len(fast) == len(calls())
    assert fast == reference


def test_keep_alive_one_connection_for_many_calls() -> None:
    with serve(answer_all(lambda head: response(b'[{"Id": "x"}]'))) as server:
        with client(server) as c:
            for _ in range(20):
                assert c.send(GET, ExpectJson(list[dict[str, Any]])) == [{"Id": "x"}]
            c.send(Request("X", "POST", "/x", body=JsonBody({"a": 1})), ExpectEmpty())
        assert server.connections == 1


FRAMINGS = ["length", "chunked", "close", "head", "204", "304"]


def wire_response(kind: str, body: bytes, pieces: int) -> tuple[bytes, bytes, bool]:
    """(response bytes, body the client must see, whether the connection stays usable)."""
    if kind == "length":
        return response(body), body, True
    if kind == "chunked":
        step = max(1, len(body) // max(pieces, 1))
        parts = [body[i : i + step] for i in range(0, len(body), step)]
        return chunked(parts, trailer=b"X-Trailer: t\r\n"), body, True
    if kind == "close":
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n\r\n"
        return head + body, body, False
    if kind == "head":
        return b"HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n", b"", True
    status = {"204": "204 No Content", "304": "304 Not Modified"}[kind]
    return f"HTTP/1.1 {status}\r\nContent-Length: 0\r\n\r\n".encode(), b"", True


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(FRAMINGS),
    body=st.binary(min_size=0, max_size=3000),
    pieces=st.integers(min_value=1, max_value=40),
    cuts=st.lists(st.integers(min_value=0, max_value=4000), max_size=12),
)
def test_every_framing_survives_any_split_of_the_bytes(
    kind: str, body: bytes, pieces: int, cuts: list[int]
) -> None:
    wire, expected, reusable = wire_response(kind, body, pieces)
    if kind == "chunked" and not body:
        wire, expected = chunked([]), b""

    def handler(conn: Conn, index: int) -> None:
        while conn.read_request() is not None:
            edges = sorted({0, len(wire), *(c for c in cuts if c < len(wire))})
            for a, b in zip(edges, edges[1:]):
                conn.send(wire[a:b])
                time.sleep(0.0005)
            if not reusable:
                return

    method = "HEAD" if kind == "head" else "GET"
    with serve(handler) as server:
        transport = SyncTransport(Endpoint(path=server.path))
        with httpx2.Client(transport=transport, base_url="http://d") as http:
            for _ in range(2):
                r = http.request(method, "/x")
                assert r.content == expected
        assert server.connections == (1 if reusable else 2)


def test_chunk_extensions_trailers_and_100_continue() -> None:
    wire = (
        b"HTTP/1.1 100 Continue\r\n\r\n"
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"3;name=value\r\nabc\r\n"
        b"2\r\nde\r\n0\r\nExpires: never\r\nX-B: 2\r\n\r\n"
    )
    with serve(answer_all(lambda head: wire)) as server:
        with client(server) as c:
            for _ in range(2):
                assert c.send(GET, ExpectText()) == "abcde"
        assert server.connections == 1


def test_each_chunk_arrives_without_waiting_for_the_next() -> None:
    got_first = threading.Event()

    def handler(conn: Conn, index: int) -> None:
        conn.read_request()
        conn.send(
            chunked([])[: -len(b"0\r\n\r\n")] + b"%x\r\n" % 12 + b'{"status":1}\r\n'
        )
        assert got_first.wait(10), "the client waited for more than the first chunk"
        conn.send(b"%x\r\n" % 13 + b'\n{"status":2}\r\n' + b"0\r\n\r\n")

    with serve(handler) as server:
        with client(server) as c:
            stream = c.send(
                Request("X", "GET", "/events", streaming=True),
                ExpectJsonLines(dict[str, Any]),
            )
            # the first line has no newline yet: the decoder waits for the next
            # chunk, which the server sends only once we saw the first one arrive
            raw = stream._response.iter_raw()
            assert next(raw) == b'{"status":1}'
            got_first.set()
            assert [json.loads(x) for x in raw] == [{"status": 2}]


def test_chunks_already_received_are_handed_over_together() -> None:
    parts = [bytes([i]) * 1000 for i in range(64)]
    with serve(answer_all(lambda head: chunked(parts))) as server:
        transport = SyncTransport(Endpoint(path=server.path))
        with httpx2.Client(transport=transport, base_url="http://d") as http:
            time.sleep(0.05)
            with http.stream("GET", "/x") as r:
                time.sleep(0.1)  # everything has arrived
                pieces = list(r.iter_raw())
        assert b"".join(pieces) == b"".join(parts)
        assert len(pieces) < 8


def test_large_export_streams_in_constant_memory() -> None:
    total = 8 * 1024 * 1024
    block = b"\x00" * 32768

    def handler(conn: Conn, index: int) -> None:
        conn.read_request()
        conn.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        for _ in range(total // len(block)):
            conn.send(b"8000\r\n" + block + b"\r\n")
        conn.send(b"0\r\n\r\n")

    with serve(handler) as server:
        with client(server) as c:
            with c.send(
                Request("X", "GET", "/x", streaming=True), ExpectBinary(tar=False)
            ) as s:
                sizes = [len(chunk) for chunk in s.iter_bytes()]
    assert sum(sizes) == total
    assert max(sizes) <= 1024 * 1024


def _tar(sizes: list[int]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for index, size in enumerate(sizes):
            info = tarfile.TarInfo(f"member-{index}")
            info.size = size
            tar.addfile(info, io.BytesIO(bytes([index % 251]) * size))
    return buf.getvalue()


_TAR_ERROR = b'{"errorDetail":{"message":"layer does not exist"},"error":"layer does not exist"}'


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sizes=st.lists(st.integers(min_value=0, max_value=70_000), max_size=4),
    chunk=st.integers(min_value=1, max_value=40_000),
    cuts=st.lists(st.integers(min_value=0, max_value=200_000), max_size=8),
    ending=st.sampled_from(["whole", "error", "cut"]),
)
def test_write_to_gets_every_byte_of_an_export_however_it_is_framed_and_split(
    sizes: list[int], chunk: int, cuts: list[int], ending: str
) -> None:
    """write_to(path) writes what each read brought as it came (no joining): the
    file is the archive, byte for byte; a failed export leaves no file. The sync
    client, then the async one."""
    blob = _tar(sizes)
    body = blob + _TAR_ERROR if ending == "error" else blob
    wire = chunked([body[i : i + chunk] for i in range(0, len(body), chunk)])
    if ending == "cut":
        wire = wire[: len(wire) // 2]

    def handler(conn: Conn, index: int) -> None:
        while conn.read_request() is not None:
            edges = sorted({0, len(wire), *(c for c in cuts if c < len(wire))})
            for a, b in zip(edges, edges[1:]):
                conn.send(wire[a:b])
            if ending == "cut":
                return

    folder = tempfile.mkdtemp(prefix="wt-")
    dest = os.path.join(folder, "out.tar")
    request = Request("ImageGet", "GET", "/images/x/get", streaming=True)

    def check(export: Callable[[], int]) -> None:
        if ending == "whole":
            assert export() == len(blob)
            with open(dest, "rb") as written:
                assert written.read() == blob
        else:
            with pytest.raises((StreamError, StreamTruncated)):
                export()
        assert os.listdir(folder) == (["out.tar"] if ending == "whole" else [])

    async def async_exports(server: Server) -> None:
        async with AsyncBaseDockerClient(
            f"unix://{server.path}", api_version="1.41", docker_config=False
        ) as c:
            for _ in range(2):
                stream = await c.send(request, ExpectBinary(tar=True))
                try:
                    await stream.write_to(dest)
                except (StreamError, StreamTruncated):
                    if ending == "whole":
                        raise
                else:
                    assert ending == "whole"
                assert os.listdir(folder) == (["out.tar"] if ending == "whole" else [])
                if ending == "whole":
                    with open(dest, "rb") as written:
                        assert written.read() == blob

    try:
        with serve(handler) as server:
            with client(server) as c:
                for _ in range(2):
                    check(lambda: c.send(request, ExpectBinary(tar=True)).write_to(dest))
            if ending != "cut":
                assert server.connections == 1
            asyncio.run(asyncio.wait_for(async_exports(server), 30))
            if ending != "cut":
                assert server.connections == 2
    finally:
        shutil.rmtree(folder)


@pytest.mark.parametrize(
    "wire",
    [
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc",
    ],
    ids=["mid-chunk", "before-last-chunk", "short-content-length"],
)
def test_cut_bodies_are_stream_truncated(wire: bytes) -> None:
    def handler(conn: Conn, index: int) -> None:
        conn.read_request()
        conn.send(wire)

    with serve(handler) as server:
        with client(server) as c:
            with pytest.raises(StreamTruncated):
                c.send(GET, ExpectJson(dict[str, Any]))
            with pytest.raises(StreamTruncated):
                c.send(GET, ExpectBinary(tar=False)).read()


@pytest.mark.parametrize(
    "wire",
    [
        b"",
        b"HTTP/1.1 200 OK\r\nContent-Le",
        b"garbage\r\n\r\n",
        b"HTTP/1.1 2000 OK\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nBad Header: x\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nNoColon\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 1x\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\naXY0\r\n\r\n",
    ],
)
def test_broken_responses_are_protocol_errors(wire: bytes) -> None:
    def handler(conn: Conn, index: int) -> None:
        conn.read_request()
        conn.send(wire)

    with serve(handler) as server:
        with client(server) as c:
            # a broken head fails the call; a broken body fails reading it
            with pytest.raises((ProtocolError, StreamTruncated)):
                c.send(GET, ExpectJson(dict[str, Any]))


def test_a_connection_the_daemon_closed_while_idle_is_not_reused() -> None:
    def handler(conn: Conn, index: int) -> None:
        conn.read_request()
        conn.send(response(b'{"n": %d}' % index))
        # keep-alive was promised, but the daemon goes away

    with serve(handler) as server:
        with client(server) as c:
            assert c.send(GET, ExpectJson(dict[str, Any])) == {"n": 0}
            time.sleep(0.05)
            assert c.send(GET, ExpectJson(dict[str, Any])) == {"n": 1}
        assert server.connections == 2


def test_idle_connections_expire(monkeypatch: pytest.MonkeyPatch) -> None:
    with serve(answer_all(lambda head: response())) as server:
        transport = SyncTransport(Endpoint(path=server.path), keepalive_expiry=0.05)
        with client(server, transport=transport) as c:
            c.send(GET, ExpectJson(dict[str, Any]))
            c.send(GET, ExpectJson(dict[str, Any]))
            time.sleep(0.1)
            c.send(GET, ExpectJson(dict[str, Any]))
        assert server.connections == 2


@pytest.mark.parametrize(
    "wire",
    [
        response(headers="Connection: close\r\n"),
        response().replace(b"HTTP/1.1", b"HTTP/1.0"),
        response() + b"stray",
    ],
    ids=["connection-close", "http-1.0", "stray-bytes"],
)
def test_connections_that_cannot_be_reused_are_not(wire: bytes) -> None:
    with serve(answer_all(lambda head: wire)) as server:
        with client(server) as c:
            for _ in range(3):
                assert c.send(GET, ExpectJson(dict[str, Any])) == {}
        assert server.connections == 3


def test_closing_a_stream_early_closes_its_connection() -> None:
    closed = threading.Event()

    def handler(conn: Conn, index: int) -> None:
        request = conn.read_request()
        assert request is not None
        if b"/big" in request[0]:
            conn.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
            try:
                while True:
                    conn.send(b"4000\r\n" + b"x" * 0x4000 + b"\r\n")
            except OSError:
                closed.set()
            return
        conn.send(response())
        while (request := conn.read_request()) is not None:
            conn.send(response())

    with serve(handler) as server:
        with client(server) as c:
            stream = c.send(
                Request("X", "GET", "/big", streaming=True), ExpectBinary(tar=False)
            )
            assert next(iter(stream.iter_bytes()))
            stream.close()
            assert closed.wait(10)
            assert c.send(GET, ExpectJson(dict[str, Any])) == {}
            assert c.send(GET, ExpectJson(dict[str, Any])) == {}
        assert server.connections == 2


def test_unread_error_bodies_and_closed_responses_free_the_pool() -> None:
    with serve(answer_all(lambda head: response(b"{}", "404 Not Found"))) as server:
        transport = SyncTransport(Endpoint(path=server.path), max_connections=1)
        with client(server, transport=transport, timeout=2) as c:
            for _ in range(5):
                with pytest.raises(Exception):
                    c.send(GET, ExpectJson(dict[str, Any]))
        assert server.connections == 1


def test_pool_limit_waits_then_times_out() -> None:
    def handler(conn: Conn, index: int) -> None:
        conn.read_request()
        conn.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n")
        time.sleep(5)

    with serve(handler) as server:
        transport = SyncTransport(Endpoint(path=server.path), max_connections=1)
        timeout = httpx2.Timeout(5, pool=0.2)
        with httpx2.Client(
            transport=transport, base_url="http://d", timeout=timeout
        ) as http:
            with http.stream("GET", "/a"):
                with pytest.raises(httpx2.PoolTimeout):
                    http.get("/b")


def test_threads_share_the_pool() -> None:
    with serve(answer_all(lambda head: response(b'{"ok": true}'))) as server:
        errors: list[BaseException] = []
        with client(server) as c:

            def work() -> None:
                try:
                    for _ in range(100):
                        assert c.send(GET, ExpectJson(dict[str, Any])) == {"ok": True}
                except BaseException as exc:
                    errors.append(exc)

            threads = [threading.Thread(target=work) for _ in range(6)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(60)
            transport = c._http._transport
            assert isinstance(transport, SyncTransport)
            assert len(transport._idle) <= 6
        assert not errors
        assert server.connections <= 6
        assert len(transport._idle) == 0


def test_missing_socket_is_daemon_not_reachable(tmp_path: Any) -> None:
    with BaseDockerClient(f"unix://{tmp_path}/none.sock", api_version="1.41") as c:
        with pytest.raises(DaemonNotReachable):
            c.send(GET, ExpectJson(dict[str, Any]))


def test_read_timeout_is_docker_timeout() -> None:
    def handler(conn: Conn, index: int) -> None:
        conn.read_request()
        time.sleep(2)

    with serve(handler) as server:
        with client(server, timeout=0.2) as c:
            started = time.monotonic()
            with pytest.raises(DockerTimeout):
                c.send(GET, ExpectJson(dict[str, Any]))
            assert time.monotonic() - started < 1.5


@contextlib.contextmanager
def _signals_every(seconds: float) -> Iterator[None]:
    """A no-op signal handler run every ``seconds``: each signal interrupts a
    blocking read or write, which Python then resumes."""
    previous = signal.signal(signal.SIGALRM, lambda number, frame: None)
    signal.setitimer(signal.ITIMER_REAL, seconds, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("signals", [False, True], ids=["quiet", "signals every 0.1 s"])
def test_read_timeouts_hold_even_when_signals_interrupt_the_wait(signals: bool) -> None:
    """A kernel timeout (SO_RCVTIMEO) would start over after each signal: never fire."""

    def handler(conn: Conn, index: int) -> None:
        conn.read_request()
        time.sleep(3)

    with serve(handler) as server, client(server, timeout=0.4) as c:
        with _signals_every(0.1) if signals else contextlib.nullcontext():
            started = time.monotonic()
            with pytest.raises(DockerTimeout):
                c.send(GET, ExpectJson(dict[str, Any]))
            assert time.monotonic() - started < 2


@pytest.mark.parametrize("signals", [False, True], ids=["quiet", "signals every 0.1 s"])
def test_an_upload_the_daemon_does_not_read_is_a_write_timeout(signals: bool) -> None:
    stop = threading.Event()

    def handler(conn: Conn, index: int) -> None:
        stop.wait(10)  # reads nothing: the socket buffers fill up

    upload = Request(
        "ImageLoad", "POST", "/images/load", body=UploadBody(iter([b"x" * 65536] * 4096))
    )
    with serve(handler) as server:
        with client(server, timeout=0.3) as c:
            with _signals_every(0.1) if signals else contextlib.nullcontext():
                started = time.monotonic()
                with pytest.raises(DockerTimeout):
                    c.send(upload, ExpectEmpty())
                assert time.monotonic() - started < 3
        stop.set()


def test_streaming_requests_have_no_read_timeout() -> None:
    def handler(conn: Conn, index: int) -> None:
        conn.read_request()
        conn.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        time.sleep(0.5)
        conn.send(b'5\r\n{"a":\r\n2\r\n1}\r\n0\r\n\r\n')

    with serve(handler) as server:
        with client(server, timeout=0.2) as c:
            stream = c.send(
                Request("X", "GET", "/events", streaming=True),
                ExpectJsonLines(dict[str, Any]),
            )
            assert list(stream) == [{"a": 1}]


def test_upload_refused_early_reports_the_daemons_answer() -> None:
    def handler(conn: Conn, index: int) -> None:
        while b"\r\n\r\n" not in conn.buf:
            conn._fill()
        conn.send(
            response(
                b'{"message": "not a tar"}', "400 Bad Request", "Connection: close\r\n"
            )
        )
        conn.sock.shutdown(socket.SHUT_WR)
        time.sleep(0.2)

    def body() -> Iterator[bytes]:
        for _ in range(256):
            yield b"x" * 65536

    with serve(handler) as server:
        with client(server) as c:
            with pytest.raises(BadRequest, match="not a tar"):
                c.send(
                    Request(
                        "ImageLoad", "POST", "/images/load", body=UploadBody(body())
                    ),
                    ExpectJsonLines(dict[str, Any]),
                )


def test_uploads_from_files_and_iterables_arrive_whole(tmp_path: Any) -> None:
    data = os.urandom(300_000)
    path = tmp_path / "ctx.tar"
    path.write_bytes(data)
    received: list[bytes] = []

    def handler(conn: Conn, index: int) -> None:
        while (request := conn.read_request()) is not None:
            framed = request[1]
            body = b""
            while framed:
                line, framed = framed.split(b"\r\n", 1)
                size = int(line, 16)
                body, framed = body + framed[:size], framed[size + 2 :]
            received.append(body)
            conn.send(response())

    with serve(handler) as server:
        with client(server) as c:
            for source in (str(path), data, iter([data[:7], data[7:]])):
                c.send(
                    Request("X", "POST", "/b", body=UploadBody(source)),
                    ExpectJson(dict),
                )
    assert received == [data, data, data]


def test_a_plain_socket_writes_without_waiting_and_waits_when_its_buffer_is_full() -> None:
    """Non-blocking: a write is tried first and polls only when the socket takes
    nothing (Python's timeout mode would poll before every write). An upload to a
    daemon that reads late fills the buffer, waits, and arrives whole."""
    data = os.urandom(4 * 1024 * 1024)
    received: list[int] = []

    def handler(conn: Conn, index: int) -> None:
        time.sleep(0.3)  # the client's writes fill the socket's buffer meanwhile
        while (request := conn.read_request()) is not None:
            received.append(len(request[1]))
            conn.send(response())

    with serve(handler) as server:
        transport = SyncTransport(Endpoint(path=server.path))
        with httpx2.Client(transport=transport, base_url="http://d", timeout=5) as http:
            started = time.monotonic()
            assert http.post("/b", content=iter([data])).status_code == 200
            assert time.monotonic() - started >= 0.3
            (conn,) = transport._idle._idle
            assert conn.sock.getblocking() is False and conn.sock.gettimeout() == 0.0
    framing = len(b"%x\r\n" % len(data)) + 2 + len(b"0\r\n\r\n")
    assert received == [len(data) + framing]


def test_hijack_reads_and_writes_the_upgraded_connection() -> None:
    """Attach/exec upgrade the connection: the response's network_stream is the
    connection the session reads (the bytes that came with the head first) and
    writes."""

    def handler(conn: Conn, index: int) -> None:
        request = conn.read_request()
        assert request is not None and b"Upgrade: tcp" in request[0]
        conn.send(
            b"HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\n"
            b"Connection: Upgrade\r\nUpgrade: tcp\r\n\r\n"
            b"\x01\x00\x00\x00\x00\x00\x00\x03hi\n"
        )
        while b"ping" not in conn.buf:
            conn._fill()
        conn.send(b"\x02\x00\x00\x00\x00\x00\x00\x05pong\n")

    with serve(handler) as server:
        with client(server) as c:
            session = c.send(
                Request("ContainerAttach", "POST", "/containers/x/attach"),
                ExpectHijack(),
            )
            with session:
                assert session.status_code == 101
                first = session.read_frame()
                assert first is not None and first.data == b"hi\n"
                session.write(b"ping")
                second = session.read_frame()
                assert second is not None and (second.stream, second.data) == (
                    2,
                    b"pong\n",
                )


def test_switching_protocols_without_connection_upgrade_is_a_protocol_error() -> None:
    """llhttp cannot tell where the new protocol starts then: refused, not guessed."""
    wire = b"HTTP/1.1 101 UPGRADED\r\nContent-Type: x\r\n\r\n\x01\x00\x00\x00"
    with serve(answer_all(lambda head: wire)) as server:
        with client(server) as c:
            with pytest.raises(ProtocolError, match="without Connection: Upgrade"):
                c.send(
                    Request("ContainerAttach", "POST", "/containers/x/attach"),
                    ExpectHijack(),
                )


def test_unexpected_switching_protocols_is_a_protocol_error() -> None:
    wire = b"HTTP/1.1 101 UPGRADED\r\nUpgrade: tcp\r\n\r\n"
    with serve(answer_all(lambda head: wire)) as server:
        with client(server) as c:
            with pytest.raises(ProtocolError):
                c.send(GET, ExpectJson(dict[str, Any]))


def test_reason_phrase_headers_and_http_version_reach_the_response() -> None:
    wire = (
        b"HTTP/1.1 200 Fine\r\nX-Multi: a\r\nX-Multi: b\r\nX-Spaced:  one two \t\r\n"
        b"Content-Length: 2\r\n\r\nok"
    )
    with serve(answer_all(lambda head: wire)) as server:
        transport = SyncTransport(Endpoint(path=server.path))
        with httpx2.Client(transport=transport, base_url="http://d") as http:
            r = http.get("/x")
    assert (r.status_code, r.reason_phrase, r.http_version) == (200, "Fine", "HTTP/1.1")
    assert r.headers.get_list("x-multi") == ["a", "b"]
    assert r.headers["x-spaced"] == "one two"
    assert r.text == "ok"


def test_folded_headers_are_refused() -> None:
    """llhttp refuses obs-fold (continuation lines), which no Engine sends."""
    wire = b"HTTP/1.1 200 OK\r\nX-Folded: one\r\n two\r\nContent-Length: 0\r\n\r\n"
    with serve(answer_all(lambda head: wire)) as server:
        with client(server) as c:
            with pytest.raises(ProtocolError, match="malformed response"):
                c.send(GET, ExpectJson(dict[str, Any]))


# ---------------------------------------------------- direct request building

_SEGMENT = st.text(
    alphabet="abcXYZ019-._~%!$&'()*+,;=:@", min_size=1, max_size=8
).filter(lambda s: s not in (".", ".."))


@settings(max_examples=300, deadline=None)
@given(
    segments=st.lists(_SEGMENT, min_size=1, max_size=4),
    query=st.lists(st.tuples(st.text(max_size=6), st.text(max_size=10)), max_size=4),
    headers=st.lists(
        st.tuples(
            st.sampled_from(
                ["X-A", "accept", "User-Agent", "Content-Type", "X-Registry-Auth"]
            ),
            st.text(alphabet="abc xyz/=", max_size=6),
        ),
        max_size=3,
    ),
    method=st.sampled_from(["GET", "POST", "DELETE", "HEAD"]),
    content=st.one_of(st.none(), st.binary(max_size=20)),
    streaming=st.booleans(),
    base=st.sampled_from(["unix:///d.sock", "tcp://[::1]:2375", "http://h:80/prefix/"]),
)
def test_requests_are_built_as_build_request_builds_them(
    segments: list[str],
    query: list[tuple[str, str]],
    headers: list[tuple[str, str]],
    method: str,
    content: bytes | None,
    streaming: bool,
    base: str,
) -> None:
    path = "/" + "/".join(segments)
    request = Request(
        "X",
        method,
        path,
        query=tuple(query),
        headers=tuple(headers),
        streaming=streaming,
    )
    with BaseDockerClient(
        base,
        api_version="1.41",
        docker_config=False,
        transport=httpx2.MockTransport(lambda r: httpx2.Response(200)),
    ) as c:
        http = c._http
        expect = ExpectJson(dict)
        built = c._build(http, request, expect, "1.41", content)
        reference = http.build_request(
            method,
            f"/v1.41{path}",
            params=list(query) if query else None,
            headers=c._headers_for(request, expect),
            content=content,
            timeout=c._timeout_for(request),
        )
    assert str(built.url) == str(reference.url)
    assert built.url.raw_path == reference.url.raw_path
    assert built.headers.raw == reference.headers.raw
    assert built.method == reference.method
    assert built.read() == reference.read()
    assert built.extensions == reference.extensions


def test_unusual_paths_fall_back_to_build_request() -> None:
    with BaseDockerClient(
        "unix:///d.sock",
        api_version="1.41",
        docker_config=False,
        transport=httpx2.MockTransport(lambda r: httpx2.Response(200)),
    ) as c:
        for path in ("/a/../b", "/a/./b", "/a b", "/ä", "/a?b=1"):
            request = Request("X", "GET", path)
            built = c._build(c._http, request, ExpectJson(dict), "1.41", None)
            reference = c._http.build_request("GET", f"/v1.41{path}")
            assert built.url == reference.url, path


def test_a_write_the_socket_buffer_takes_only_in_part_sends_every_byte_in_order() -> None:
    """sendmsg of several parts into a small, slowly read socket buffer writes part of them; the
    rest follows without the parts being joined, in order."""
    from docker_engine._runtime.sync_http import _Connection

    ours, theirs = socket.socketpair()
    ours.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 8192)
    parts = (b"a" * 70_000, b"\r\n", bytes(range(256)) * 700, b"z")
    received = bytearray()

    def read_slowly() -> None:
        while len(received) < sum(map(len, parts)):
            time.sleep(0.001)
            received.extend(theirs.recv(4096))

    reader = threading.Thread(target=read_slowly)
    reader.start()
    with ours, theirs:
        _Connection(ours, 10.0).send(*parts)
        reader.join(10)
    assert bytes(received) == b"".join(parts)
