"""Issue 10, item 7: a cut stream never looks complete, and an in-stream error is
noticed however its key is written."""

from __future__ import annotations

import asyncio
import io
import socket
import tarfile
from pathlib import Path

import pytest

from docker_engine import (
    AsyncDockerClient,
    DockerClient,
    StreamError,
    StreamTruncated,
)

from ._raw_daemon import RawDaemon, http_head

FRAME = b"\x01\0\0\0\0\0\0\x06hello\n"


def _hijack_200(complete: bool):  # type: ignore[no-untyped-def]
    def handler(sock: socket.socket, head: bytes) -> None:
        sock.sendall(
            http_head(
                Content_Type="application/vnd.docker.multiplexed-stream",
                Transfer_Encoding="chunked",
            )
            + b"%x\r\n%s\r\n" % (len(FRAME), FRAME)
            + (b"0\r\n\r\n" if complete else b"")
        )

    return handler


def test_hijacked_200_cut_before_its_last_chunk_raises() -> None:
    with RawDaemon(_hijack_200(complete=False)) as daemon:
        with DockerClient(daemon.url, api_version="1.41", docker_config=False) as c:
            session = c.container.container_attach("c1", stream=True, stdout=True)
            with pytest.raises(StreamTruncated):
                session.collect()
    with RawDaemon(_hijack_200(complete=True)) as daemon:
        with DockerClient(daemon.url, api_version="1.41", docker_config=False) as c:
            session = c.container.container_attach("c1", stream=True, stdout=True)
            assert session.collect().stdout == b"hello\n"


def test_hijacked_200_cut_raises_async() -> None:
    async def main(url: str) -> None:
        async with AsyncDockerClient(url, api_version="1.41", docker_config=False) as c:
            session = await c.container.container_attach("c1", stream=True, stdout=True)
            await session.collect()

    with RawDaemon(_hijack_200(complete=False)) as daemon:
        with pytest.raises(StreamTruncated):
            asyncio.run(main(daemon.url))


@pytest.mark.parametrize(
    "line",
    [
        rb'{"\u0065rrorDetail":{"message":"boom"},"\u0065rror":"boom"}',
        rb'{"\u0065rrorDetail":{"message":"boom"}}',
        rb'{"err\u006fr":"boom"}',
    ],
)
def test_escaped_error_key_in_a_200_stream_raises(line: bytes) -> None:
    body = b'{"status":"Pulling"}\n' + line + b"\n"

    def handler(sock: socket.socket, head: bytes) -> None:
        sock.sendall(
            http_head(Content_Type="application/json", Content_Length=str(len(body)))
            + body
        )

    with RawDaemon(handler) as daemon:
        with DockerClient(daemon.url, api_version="1.41", docker_config=False) as c:
            with pytest.raises(StreamError, match="boom"):
                c.image.image_create(from_image="busybox").wait()


def _archive() -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tar:
        data = b"x" * 100_000
        info = tarfile.TarInfo("big.bin")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


@pytest.mark.parametrize("ctype", ["application/octet-stream", None])
def test_cut_export_served_as_octet_stream_raises(
    tmp_path: Path, ctype: str | None
) -> None:
    archive = _archive()

    def handler(sock: socket.socket, head: bytes) -> None:
        headers = {"Connection": "close"}
        if ctype:
            headers["Content_Type"] = ctype
        sock.sendall(http_head(**headers) + archive[: len(archive) // 2])

    dest = tmp_path / "export.tar"
    with RawDaemon(handler) as daemon:
        with DockerClient(daemon.url, api_version="1.41", docker_config=False) as c:
            with pytest.raises(StreamTruncated):
                c.container.container_export("c1").write_to(dest)
    assert list(tmp_path.iterdir()) == []  # nothing half-written left behind


def test_complete_export_served_as_octet_stream_passes(tmp_path: Path) -> None:
    archive = _archive()

    def handler(sock: socket.socket, head: bytes) -> None:
        sock.sendall(
            http_head(Connection="close", Content_Type="application/octet-stream")
            + archive
        )

    with RawDaemon(handler) as daemon:
        with DockerClient(daemon.url, api_version="1.41", docker_config=False) as c:
            assert c.container.container_export("c1").write_to(
                tmp_path / "ok.tar"
            ) == len(archive)
