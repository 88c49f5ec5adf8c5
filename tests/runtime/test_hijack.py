"""hijack.py: attach / exec sessions over scripted network streams."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest

from docker_engine._runtime import encoding as wire
from docker_engine._runtime.errors import DockerError, StreamError, StreamTruncated
from docker_engine._runtime.request import JsonBody, Request
from docker_engine._runtime.responses import ExpectHijack
from docker_engine._runtime.streams import Frame, HijackedSession
from tests.runtime._helpers import (
    AsyncFakeNetworkStream,
    Daemon,
    FakeNetworkStream,
    async_client,
    frame,
    run,
    sync_client,
)

MUX = "application/vnd.docker.multiplexed-stream"
RAW = "application/vnd.docker.raw-stream"
ATTACH = Request(
    "ContainerAttach",
    "POST",
    "/containers/c1/attach",
    query=wire.query(wire.q_bool("stream", True), wire.q_bool("stdin", True)),
    streaming=True,
)


class Scripted:
    """A daemon that upgrades the connection to a scripted stream."""

    def __init__(
        self,
        chunks: list[bytes],
        *,
        status: int = 101,
        content_type: str = RAW,
        is_async: bool = False,
        exec_running: list[bool] | None = None,
    ) -> None:
        self.stream: Any = (
            AsyncFakeNetworkStream(chunks) if is_async else FakeNetworkStream(chunks)
        )
        self.status = status
        self.content_type = content_type
        self.hijack_requests: list[httpx2.Request] = []
        self.exec_running = list(exec_running or [False])

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        if request.url.path.endswith("/json"):
            running = self.exec_running.pop(0) if self.exec_running else False
            return httpx2.Response(
                200, json={"Running": running, "ExitCode": None if running else 3}
            )
        self.hijack_requests.append(request)
        headers = {"Content-Type": self.content_type}
        if self.status == 101:
            headers.update({"Connection": "Upgrade", "Upgrade": "tcp"})
        return httpx2.Response(
            self.status,
            headers=headers,
            extensions={"network_stream": self.stream},
        )


def test_attach_sends_upgrade_headers_and_demultiplexes() -> None:
    script = Scripted([frame(1, b"out\n")[:5], frame(1, b"out\n")[5:] + frame(2, b"e")])
    session = sync_client(Daemon(script)).send(ATTACH, ExpectHijack())
    assert isinstance(session, HijackedSession)
    (request,) = script.hijack_requests
    assert request.headers["Connection"] == "Upgrade"
    assert request.headers["Upgrade"] == "tcp"
    assert request.url.raw_path == b"/v1.41/containers/c1/attach?stream=1&stdin=1"
    # API 1.41 labels everything raw-stream: the bytes decide
    assert list(session) == [Frame(1, b"out\n"), Frame(2, b"e")]
    assert session.mode == "multiplexed"
    session.close()
    assert script.stream.closed


def test_another_protocol_is_asked_for_and_its_bytes_come_raw() -> None:
    """Session upgrades to h2c: HTTP/2 bytes, which must not be read as Docker frames."""
    preface = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
    script = Scripted([preface])
    session = sync_client(Daemon(script)).send(ATTACH, ExpectHijack(tty=True, upgrade="h2c"))
    (request,) = script.hijack_requests
    assert (request.headers["Connection"], request.headers["Upgrade"]) == ("Upgrade", "h2c")
    assert list(session) == [Frame(1, preface)]


def test_stdin_write_and_half_close() -> None:
    script = Scripted([frame(1, b"echo: hi\n")])
    with sync_client(Daemon(script)).send(ATTACH, ExpectHijack()) as session:
        session.write(b"hi\n")
        session.close_write()
        out = session.collect()
    assert script.stream.written == b"hi\n"
    assert script.stream.write_closed
    assert (out.stdout, out.stderr) == (b"echo: hi\n", b"")


def test_tty_raw_mode_from_content_type_and_explicit() -> None:
    data = frame(1, b"looks framed")
    script = Scripted([data], content_type=RAW)
    client = sync_client(Daemon(script), api_version="1.44")
    session = client.send(ATTACH, ExpectHijack())
    assert list(session) == [Frame(1, data)] and session.mode == "raw"
    script = Scripted([data], content_type=MUX)
    session = sync_client(Daemon(script), api_version="1.44").send(
        ATTACH, ExpectHijack()
    )
    assert list(session) == [Frame(1, b"looks framed")]
    script = Scripted([b"$ "])
    session = sync_client(Daemon(script)).send(ATTACH, ExpectHijack(tty=True))
    assert session.read_frame() == Frame(1, b"$ ")


def test_exec_tty_from_body_exit_code_and_exec_id() -> None:
    script = Scripted([frame(1, b"x")], exec_running=[True, False])
    client = sync_client(Daemon(script))
    start = Request(
        "ExecStart",
        "POST",
        wire.path("/exec/{id}/start", id="e1"),
        body=JsonBody({"Detach": False, "Tty": False}),
        streaming=True,
    )
    session = client.send(start, ExpectHijack())
    assert session.mode == "multiplexed" and session.exec_id == "e1"
    assert session.exit_code(interval=0.001) == 3
    tty_start = Request(
        "ExecStart",
        "POST",
        "/exec/e2/start",
        body=JsonBody({"Tty": True}),
        streaming=True,
    )
    session = client.send(tty_start, ExpectHijack())
    assert session.mode == "raw"
    with pytest.raises(DockerError):
        client.send(ATTACH, ExpectHijack()).exit_code()


def test_200_raw_stream_variant_reads_the_body() -> None:
    # Without an upgrade the daemon answers 200 and streams in the body (still
    # multiplexed for non-TTY, whatever the Content-Type says).
    stream = FakeNetworkStream([])

    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(
            200,
            headers={"Content-Type": RAW},
            content=frame(1, b"a") + frame(2, b"b"),
            extensions={"network_stream": stream},
        )

    session = sync_client(Daemon(handler), api_version="1.44").send(
        ATTACH, ExpectHijack()
    )
    session.write(b"in")
    assert session.collect().stderr == b"b"
    assert stream.written == b"in"


def test_systemerr_and_truncation() -> None:
    script = Scripted([frame(1, b"ok") + frame(3, b"boom")])
    session = sync_client(Daemon(script)).send(ATTACH, ExpectHijack(tty=False))
    assert session.read_frame() == Frame(1, b"ok")
    with pytest.raises(StreamError, match="boom"):
        session.read_frame()
    script = Scripted([frame(1, b"partial")[:-3]])
    session = sync_client(Daemon(script)).send(ATTACH, ExpectHijack(tty=False))
    with pytest.raises(StreamTruncated):
        session.collect()


def test_non_upgrade_error_status_is_raised() -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(409, json={"message": "container c1 is not running"})

    from docker_engine._runtime.errors import Conflict

    with pytest.raises(Conflict, match="not running"):
        sync_client(Daemon(handler)).send(ATTACH, ExpectHijack())


def test_async_session() -> None:
    script = Scripted(
        [frame(1, b"hello "), frame(1, b"world"), frame(2, b"!")],
        is_async=True,
        exec_running=[False],
    )

    async def main() -> tuple[Any, ...]:
        async with async_client(Daemon(script)) as client:
            session = await client.send(
                Request("ExecStart", "POST", "/exec/e9/start", streaming=True),
                ExpectHijack(),
            )
            await session.write(b"stdin")
            await session.close_write()
            first = await session.read_frame()
            rest = await session.collect()
            code = await session.exit_code()
            await session.aclose()
            return first, rest, code

    first, rest, code = run(main())
    assert first == Frame(1, b"hello ")
    assert (rest.stdout, rest.stderr) == (b"world", b"!")
    assert code == 3
    assert script.stream.written == b"stdin"
    assert script.stream.write_closed and script.stream.closed
