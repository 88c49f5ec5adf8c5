"""Issue 10, item 6: ``timeout`` bounds a whole non-streaming call, not each read: a
peer dripping one byte every 0.8 s (or flooding ``100 Continue``) cannot keep a
call with ``timeout=1`` alive. Streams keep per-read timeouts."""

from __future__ import annotations

import asyncio
import socket
import time

import pytest

from docker_engine import AsyncDockerClient, DockerClient, DockerError, DockerTimeout

from ._raw_daemon import RawDaemon, http_head

LIMIT = 2.5  # timeout=1 plus a margin for a loaded machine


def _drip_head(sock: socket.socket, head: bytes) -> None:
    sock.sendall(b"HTTP/1.1 200 OK\r\n")
    for _ in range(30):
        sock.sendall(b"X")
        time.sleep(0.8)


def _drip_body(sock: socket.socket, head: bytes) -> None:
    sock.sendall(http_head(Content_Type="application/json", Content_Length="100"))
    sock.sendall(b"[")
    for _ in range(30):
        time.sleep(0.8)
        sock.sendall(b" ")


def _continue_flood(sock: socket.socket, head: bytes) -> None:
    while True:
        sock.sendall(b"HTTP/1.1 100 Continue\r\n\r\n" * 100)
        time.sleep(0.01)


def _sync_call(url: str) -> None:
    with DockerClient(url, api_version="1.41", docker_config=False, timeout=1) as c:
        c.image.image_list()


def _async_call(url: str) -> None:
    async def main() -> None:
        async with AsyncDockerClient(
            url, api_version="1.41", docker_config=False, timeout=1
        ) as c:
            await c.image.image_list()

    asyncio.run(main())


@pytest.mark.parametrize("call", [_sync_call, _async_call], ids=["sync", "async"])
@pytest.mark.parametrize("tcp", [False, True], ids=["unix", "tcp"])
@pytest.mark.parametrize("handler", [_drip_head, _drip_body], ids=["head", "body"])
def test_dripping_peer_cannot_stretch_a_call(call, tcp, handler) -> None:  # type: ignore[no-untyped-def]
    with RawDaemon(handler, tcp=tcp) as daemon:
        started = time.monotonic()
        with pytest.raises(DockerTimeout):
            call(daemon.url)
        assert time.monotonic() - started < LIMIT


@pytest.mark.parametrize("call", [_sync_call, _async_call], ids=["sync", "async"])
@pytest.mark.parametrize("tcp", [False, True], ids=["unix", "tcp"])
def test_100_continue_flood_is_bounded(call, tcp) -> None:  # type: ignore[no-untyped-def]
    with RawDaemon(_continue_flood, tcp=tcp) as daemon:
        started = time.monotonic()
        with pytest.raises(DockerError):
            call(daemon.url)
        assert time.monotonic() - started < LIMIT


def test_streams_keep_per_read_timeouts() -> None:
    """A followed log that sends a frame every 0.8 s for 4 s is not cut by
    timeout=1: streams are exempt from the call deadline."""

    def logs(sock: socket.socket, head: bytes) -> None:
        sock.sendall(
            http_head(
                Content_Type="application/vnd.docker.multiplexed-stream",
                Transfer_Encoding="chunked",
            )
        )
        for i in range(5):
            time.sleep(0.8)
            frame = b"\x01\0\0\0\0\0\0\x02" + b"%d\n" % i
            sock.sendall(b"%x\r\n%s\r\n" % (len(frame), frame))
        sock.sendall(b"0\r\n\r\n")

    with RawDaemon(logs) as daemon:
        with DockerClient(
            daemon.url, api_version="1.41", docker_config=False, timeout=1
        ) as c:
            out = c.container.container_logs("c1", stdout=True, follow=True).collect()
    assert out.stdout == b"0\n1\n2\n3\n4\n"
