"""Issue 10, item 5: a hostile daemon cannot make the client buffer without bound:
no gzip is asked for and a compressed answer is refused, and bodies, NDJSON lines
and multiplexed frames are limited by ``max_buffer``."""

from __future__ import annotations

import asyncio
import gzip
import socket
import tracemalloc
import zlib

import pytest

from docker_engine import (
    AsyncDockerClient,
    DockerClient,
    ProtocolError,
    ResponseTooLarge,
    StreamTruncated,
)

from ._raw_daemon import RawDaemon, http_head

MiB = 1024 * 1024


def _gzip_bomb(inflated: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip framing
    zeros = b"\0" * MiB
    parts = [compressor.compress(zeros) for _ in range(inflated // MiB)]
    parts.append(compressor.flush())
    return b"".join(parts)


BOMB = _gzip_bomb(400 * MiB)  # about 398 KiB


def _bomb(sock: socket.socket, head: bytes) -> None:
    sock.sendall(
        http_head(
            Content_Type="application/json",
            Content_Encoding="gzip",
            Content_Length=str(len(BOMB)),
        )
        + BOMB
    )


def _endless(first: bytes, piece: bytes, **headers: str):  # type: ignore[no-untyped-def]
    """A chunked answer that never ends (until the client hangs up)."""

    def handler(sock: socket.socket, head: bytes) -> None:
        sock.sendall(http_head(Transfer_Encoding="chunked", **headers))
        sock.sendall(b"%x\r\n%s\r\n" % (len(first), first))
        chunk = b"%x\r\n%s\r\n" % (len(piece), piece)
        while True:
            sock.sendall(chunk)

    return handler


def test_gzip_is_not_asked_for_and_a_bomb_is_inflated_only_up_to_the_limit() -> None:
    assert 300 * 1024 < len(BOMB) < 500 * 1024
    with RawDaemon(_bomb) as daemon:
        with DockerClient(daemon.url, api_version="1.41", docker_config=False) as c:
            tracemalloc.start()
            try:
                with pytest.raises(ResponseTooLarge):
                    c.image.image_inspect("busybox")
                peak = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
    assert peak < 3 * 64 * MiB  # the limit, not the 400 MiB the bomb holds
    head = bytes(daemon.received).lower()
    assert b"gzip" not in head and b"accept-encoding: identity" in head


def test_gzip_bomb_bounded_async_and_on_tcp() -> None:
    async def main(url: str) -> None:
        async with AsyncDockerClient(url, api_version="1.41", docker_config=False) as c:
            await c.image.image_inspect("busybox")

    for tcp in (False, True):
        with RawDaemon(_bomb, tcp=tcp) as daemon:
            with pytest.raises(ResponseTooLarge):
                asyncio.run(main(daemon.url))


def _encoded(encoding: str, body: bytes):  # type: ignore[no-untyped-def]
    def handler(sock: socket.socket, head: bytes) -> None:
        sock.sendall(
            http_head(
                Content_Type="application/json",
                Content_Encoding=encoding,
                Content_Length=str(len(body)),
            )
            + body
        )

    return handler


def test_compressed_answers_still_decode_and_a_cut_one_raises() -> None:
    data = gzip.compress(b'{"Id": "sha256:abc"}')
    with RawDaemon(_encoded("gzip", data)) as daemon:
        with DockerClient(daemon.url, api_version="1.41", docker_config=False) as c:
            assert c.image.image_inspect("busybox").id == "sha256:abc"
    with RawDaemon(_encoded("gzip", data[:-12])) as daemon:
        with DockerClient(daemon.url, api_version="1.41", docker_config=False) as c:
            with pytest.raises(StreamTruncated):
                c.image.image_inspect("busybox")
    with RawDaemon(_encoded("br", b"\x8b\x02\x80{}\x03")) as daemon:
        with DockerClient(daemon.url, api_version="1.41", docker_config=False) as c:
            with pytest.raises(ProtocolError, match="Content-Encoding"):
                c.image.image_inspect("busybox")


def test_announced_600_mb_body_is_refused_before_reading() -> None:
    def huge(sock: socket.socket, head: bytes) -> None:
        sock.sendall(http_head(Content_Type="application/json", Content_Length=str(600 * 10**6)))
        sock.sendall(b"[" + b" " * MiB)  # and then nothing: the client must not wait

    with RawDaemon(huge) as daemon:
        with DockerClient(daemon.url, api_version="1.41", docker_config=False) as c:
            with pytest.raises(ResponseTooLarge, match="max_buffer"):
                c.image.image_list()


@pytest.mark.parametrize("status", ["200 OK", "500 Internal Server Error"])
def test_unannounced_endless_body_is_cut_at_max_buffer(status: str) -> None:
    handler = _endless(b"[", b" " * 65536, Content_Type="application/json")
    with RawDaemon(lambda s, h: _with_status(handler, s, h, status)) as daemon:
        with DockerClient(
            daemon.url, api_version="1.41", docker_config=False, max_buffer=4 * MiB
        ) as c:
            with pytest.raises(ResponseTooLarge):
                c.image.image_list()


def _with_status(handler, sock, head, status):  # type: ignore[no-untyped-def]
    class Rewriting:
        def sendall(self, data: bytes) -> None:
            sock.sendall(data.replace(b"200 OK", status.encode(), 1))

    handler(Rewriting(), head)


def test_endless_ndjson_line_is_cut_at_max_buffer() -> None:
    handler = _endless(b'{"status":"', b"a" * 65536, Content_Type="application/json")
    with RawDaemon(handler) as daemon:
        with DockerClient(
            daemon.url, api_version="1.41", docker_config=False, max_buffer=4 * MiB
        ) as c:
            with pytest.raises(ResponseTooLarge, match="stream line"):
                c.image.image_create(from_image="busybox").wait()


def test_endless_ndjson_line_async() -> None:
    handler = _endless(b'{"status":"', b"a" * 65536, Content_Type="application/json")

    async def main(url: str) -> None:
        async with AsyncDockerClient(
            url, api_version="1.41", docker_config=False, max_buffer=4 * MiB
        ) as c:
            stream = await c.image.image_create(from_image="busybox")
            await stream.wait()

    with RawDaemon(handler) as daemon:
        with pytest.raises(ResponseTooLarge):
            asyncio.run(main(daemon.url))


def test_4_gib_frame_header_is_refused_at_its_header() -> None:
    header = b"\x01\0\0\0\xff\xff\xff\xff"
    handler = _endless(
        header, b"x" * 65536, Content_Type="application/vnd.docker.multiplexed-stream"
    )
    with RawDaemon(handler) as daemon:
        with DockerClient(daemon.url, api_version="1.41", docker_config=False) as c:
            logs = c.container.container_logs("c1", stdout=True, follow=True)
            with pytest.raises(ResponseTooLarge, match="frame of 4294967295 bytes"):
                next(iter(logs))


def test_binary_read_is_bounded_but_write_to_is_not(tmp_path) -> None:  # type: ignore[no-untyped-def]
    body = b"\0" * (3 * MiB)

    def export(sock: socket.socket, head: bytes) -> None:
        sock.sendall(
            http_head(Content_Type="application/octet-stream", Content_Length=str(len(body)))
            + body
        )

    with RawDaemon(export) as daemon:
        with DockerClient(
            daemon.url, api_version="1.41", docker_config=False, max_buffer=MiB
        ) as c:
            with pytest.raises(ResponseTooLarge):
                c.container.container_archive("c1", path="/x").read()
            assert c.container.container_archive("c1", path="/x").write_to(
                tmp_path / "out"
            ) == len(body)


def test_max_buffer_must_be_positive() -> None:
    with pytest.raises(ValueError):
        DockerClient("unix:///nonexistent.sock", max_buffer=0)
