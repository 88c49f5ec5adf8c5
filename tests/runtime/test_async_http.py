"""async_http.AsyncTransport (the async client's transport): the same bytes on the
wire as the sync transport, every body framing however the bytes are split,
keep-alive, cut and broken responses, timeouts, uploads, the pool limit and the
upgraded connection of attach/exec, against the raw server of test_sync_http."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

import httpx2
import pytest

from docker_engine._runtime import async_http
from docker_engine._runtime.async_http import AsyncTransport
from docker_engine._runtime.client import AsyncBaseDockerClient, BaseDockerClient
from docker_engine._runtime.errors import (
    DaemonNotReachable,
    DockerTimeout,
    ProtocolError,
    StreamTruncated,
)
from docker_engine._runtime.http11 import Endpoint
from docker_engine._runtime.request import JsonBody, Request, UploadBody
from docker_engine._runtime.responses import (
    ExpectBinary,
    ExpectEmpty,
    ExpectHijack,
    ExpectJson,
    ExpectJsonLines,
)
from docker_engine._runtime.transport import make_async_transport, parse_docker_host
from tests.runtime.test_sync_http import (
    FRAMINGS,
    GET,
    Conn,
    Server,
    answer_all,
    response,
    serve,
    wire_response,
)

T = TypeVar("T")


def run(make: Callable[[], Awaitable[T]]) -> T:
    return asyncio.run(asyncio.wait_for(make(), 30))


def aclient(server: Server, **kwargs: Any) -> AsyncBaseDockerClient:
    kwargs.setdefault("api_version", "1.41")
    kwargs.setdefault("docker_config", False)
    return AsyncBaseDockerClient(f"unix://{server.path}", **kwargs)


def test_unix_and_tcp_addresses_get_the_async_transport() -> None:
    for host, endpoint in [
        ("unix:///x.sock", Endpoint(path="/x.sock")),
        ("tcp://h:2375", Endpoint(host="h", port=2375)),
    ]:
        transport = make_async_transport(parse_docker_host(host), None)
        assert isinstance(transport, AsyncTransport)
        assert transport.endpoint == endpoint


def test_wire_bytes_are_those_of_the_sync_transport() -> None:
    captured: list[list[tuple[bytes, bytes]]] = [[], []]

    def handler(conn: Conn, index: int) -> None:
        while (request := conn.read_request()) is not None:
            captured[index].append(request)
            conn.send(response(b'{"a": 1}'))

    def calls() -> list[Request]:
        return [
            Request("X", "GET", "/images/a%2Fb/json", query=(("all", "1"),)),
            Request("X", "POST", "/c", body=JsonBody({"Image": "i"})),
            Request("X", "POST", "/c"),
            Request("X", "POST", "/b", body=UploadBody(b"x" * 100)),
        ]

    with serve(handler) as server:
        with BaseDockerClient(
            f"unix://{server.path}", api_version="1.41", docker_config=False
        ) as c:
            for request in calls():
                c.send(request, ExpectJson(dict[str, Any]))

        async def main() -> None:
            async with aclient(server) as c:
                for request in calls():
                    await c.send(request, ExpectJson(dict[str, Any]))

        run(main)
    sync_wire, async_wire = captured
    assert len(async_wire) == len(calls())
    assert async_wire == sync_wire


@pytest.mark.parametrize("kind", FRAMINGS)
@pytest.mark.parametrize("step", [1, 7, 4096])
def test_every_framing_survives_splits(kind: str, step: int) -> None:
    body = bytes(range(256)) * 12
    wire, expected, reusable = wire_response(kind, body, 9)

    def handler(conn: Conn, index: int) -> None:
        while conn.read_request() is not None:
            for start in range(0, len(wire), step):
                conn.send(wire[start : start + step])
            if not reusable:
                return

    method = "HEAD" if kind == "head" else "GET"

    async def main() -> list[bytes]:
        transport = AsyncTransport(Endpoint(path=server.path))
        async with httpx2.AsyncClient(transport=transport, base_url="http://d") as h:
            return [(await h.request(method, "/x")).content for _ in range(2)]

    with serve(handler) as server:
        assert run(main) == [expected, expected]
        assert server.connections == (1 if reusable else 2)


def test_keep_alive_one_connection_for_many_calls() -> None:
    async def main() -> None:
        async with aclient(server) as c:
            for _ in range(20):
                assert await c.send(GET, ExpectJson(list[dict[str, Any]])) == [
                    {"Id": "x"}
                ]
            await c.send(Request("X", "POST", "/x", body=JsonBody({})), ExpectEmpty())

    with serve(answer_all(lambda head: response(b'[{"Id": "x"}]'))) as server:
        run(main)
        assert server.connections == 1


@pytest.mark.parametrize(
    "wire",
    [
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc",
        b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc",
    ],
    ids=["mid-chunk", "short-content-length"],
)
def test_cut_bodies_are_stream_truncated(wire: bytes) -> None:
    def handler(conn: Conn, index: int) -> None:
        conn.read_request()
        conn.send(wire)

    async def main() -> None:
        async with aclient(server) as c:
            with pytest.raises(StreamTruncated):
                await c.send(GET, ExpectJson(dict[str, Any]))

    with serve(handler) as server:
        run(main)


@pytest.mark.parametrize(
    "wire",
    [
        b"",
        b"garbage\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n",
        b"HTTP/1.1 101 UPGRADED\r\nUpgrade: tcp\r\n\r\n",
        b"HTTP/1.1 100 Continue\r\n\r\n" * 9,
    ],
)
def test_broken_responses_are_protocol_errors(wire: bytes) -> None:
    def handler(conn: Conn, index: int) -> None:
        conn.read_request()
        conn.send(wire)

    async def main() -> None:
        async with aclient(server) as c:
            with pytest.raises(ProtocolError):
                await c.send(GET, ExpectJson(dict[str, Any]))

    with serve(handler) as server:
        run(main)


def test_missing_socket_is_daemon_not_reachable(tmp_path: Any) -> None:
    async def main() -> None:
        async with AsyncBaseDockerClient(
            f"unix://{tmp_path}/none.sock", api_version="1.41", docker_config=False
        ) as c:
            with pytest.raises(DaemonNotReachable):
                await c.send(GET, ExpectJson(dict[str, Any]))

    run(main)


def test_read_timeout_is_docker_timeout() -> None:
    def handler(conn: Conn, index: int) -> None:
        conn.read_request()
        time.sleep(2)

    async def main() -> None:
        async with aclient(server, timeout=0.2) as c:
            with pytest.raises(DockerTimeout):
                await c.send(GET, ExpectJson(dict[str, Any]))

    with serve(handler) as server:
        started = time.monotonic()
        run(main)
        assert time.monotonic() - started < 1.5


def test_large_bodies_stream_in_bounded_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """...and the reads land in a few buffers of the connection's, reused: not one
    fresh 256 KiB buffer per read."""
    made: list[int] = []
    copied: list[int] = []

    class Buffer(bytearray):
        def __init__(self, size: int) -> None:
            super().__init__(size)
            made.append(size)

    class Copy(bytes):
        def __new__(cls, source: Any = b"") -> Copy:
            copy = super().__new__(cls, source)
            copied.append(len(copy))
            return copy

    monkeypatch.setattr(async_http, "bytearray", Buffer, raising=False)
    monkeypatch.setattr(async_http, "bytes", Copy, raising=False)
    total = 8 * 1024 * 1024
    block = bytes(range(256)) * 128

    def handler(conn: Conn, index: int) -> None:
        conn.read_request()
        conn.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        for _ in range(total // len(block)):
            conn.send(b"8000\r\n" + block + b"\r\n")
        conn.send(b"0\r\n\r\n")

    async def main() -> list[int]:
        async with aclient(server) as c:
            stream = await c.send(
                Request("X", "GET", "/x", streaming=True), ExpectBinary(tar=False)
            )
            async with stream:
                chunks = [chunk async for chunk in stream.aiter_bytes()]
                assert b"".join(chunks) == block * (total // len(block))
                return [len(chunk) for chunk in chunks]

    with serve(handler) as server:
        sizes = run(main)
    assert sum(sizes) == total
    assert max(sizes) <= 1024 * 1024
    assert 1 <= len(made) <= 8, len(made)  # at least 32 reads of 256 KiB
    assert not copied, f"{len(copied)} reads copied"


def test_uploads_arrive_whole_and_the_pool_limit_holds() -> None:
    data = bytes(range(256)) * 1000
    received: list[bytes] = []

    def handler(conn: Conn, index: int) -> None:
        while (request := conn.read_request()) is not None:
            received.append(request[1])
            conn.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
            time.sleep(0.05)
            conn.send(b"2\r\n{}\r\n0\r\n\r\n")

    async def pieces() -> AsyncIterator[bytes]:
        yield data[:10]
        yield data[10:]

    async def main() -> None:
        transport = AsyncTransport(Endpoint(path=server.path), max_connections=2)
        async with aclient(server, transport=transport) as c:
            await c.send(
                Request("X", "POST", "/b", body=UploadBody(pieces())),
                ExpectJsonLines(dict[str, Any]),
            )
            await asyncio.gather(
                *(c.send(GET, ExpectJson(dict[str, Any])) for _ in range(6))
            )

    with serve(handler) as server:
        run(main)
        assert server.connections <= 2
    framed = received[0]
    assert framed.endswith(b"0\r\n\r\n")
    body, rest = b"", framed
    while rest != b"0\r\n\r\n":
        line, rest = rest.split(b"\r\n", 1)
        size = int(line, 16)
        body, rest = body + rest[:size], rest[size + 2 :]
    assert body == data


def test_hijack_reads_and_writes_the_upgraded_connection() -> None:
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

    async def main() -> None:
        async with aclient(server) as c:
            session = await c.send(
                Request("ContainerAttach", "POST", "/containers/x/attach"),
                ExpectHijack(),
            )
            async with session:
                assert session.status_code == 101
                first = await session.read_frame()
                assert first is not None and first.data == b"hi\n"
                await session.write(b"ping")
                second = await session.read_frame()
                assert second is not None and (second.stream, second.data) == (
                    2,
                    b"pong\n",
                )

    with serve(handler) as server:
        run(main)


def test_writing_to_a_session_the_daemon_ended_is_stream_truncated() -> None:
    def handler(conn: Conn, index: int) -> None:
        conn.read_request()
        conn.send(
            b"HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\n"
            b"Connection: Upgrade\r\nUpgrade: tcp\r\n\r\nbye"
        )

    async def main() -> None:
        async with aclient(server) as c:
            session = await c.send(
                Request("ContainerAttach", "POST", "/containers/x/attach"),
                ExpectHijack(tty=True),
            )
            async with session:
                assert (await session.collect()).stdout == b"bye"
                with pytest.raises(StreamTruncated, match="cannot write to stdin"):
                    await session.write(b"more")

    with serve(handler) as server:
        run(main)



def test_stdin_still_reaches_a_daemon_that_ended_only_its_output() -> None:
    """A half-closed connection stays writable, as a socket does: stdin sent after
    the output's end arrives, then the half-close, while the session is open
    (asyncio alone would close the connection at the output's end)."""
    stdin = bytearray()
    stdin_ended = threading.Event()

    def handler(conn: Conn, index: int) -> None:
        conn.read_request()
        conn.send(
            b"HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\n"
            b"Connection: Upgrade\r\nUpgrade: tcp\r\n\r\nout"
        )
        conn.sock.shutdown(socket.SHUT_WR)
        stdin.extend(conn.buf)
        while data := conn.sock.recv(65536):
            stdin.extend(data)
        stdin_ended.set()

    async def main() -> bool:
        async with aclient(server) as c:
            session = await c.send(
                Request("ContainerAttach", "POST", "/containers/x/attach"),
                ExpectHijack(tty=True),
            )
            async with session:
                assert (await session.collect()).stdout == b"out"
                await session.write(b"late stdin")
                await session.close_write()
                return await asyncio.to_thread(stdin_ended.wait, 30)

    with serve(handler) as server:
        assert run(main), "the daemon never saw the end of stdin"
    assert stdin == b"late stdin"
