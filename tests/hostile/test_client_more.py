"""Issue 10, further cases found as the next attacker: deep JSON nesting, half-written
downloads, and what reaches the wire through path parameters."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from docker_engine import BadRequest, DockerClient, DockerError
from docker_engine._runtime.auth import DockerConfig, DockerConfigError

from ._raw_daemon import RawDaemon, http_head

DEEP = b"[" * 200_000  # json.loads raises RecursionError on it


def _answer(status: str, body: bytes, ctype: str = "application/json"):  # type: ignore[no-untyped-def]
    def handler(sock: socket.socket, head: bytes) -> None:
        sock.sendall(
            http_head(status, Content_Type=ctype, Content_Length=str(len(body))) + body
        )

    return handler


def _client(daemon: RawDaemon) -> DockerClient:
    return DockerClient(daemon.url, api_version="1.41", docker_config=False)


def test_deeply_nested_error_body_gives_a_typed_error() -> None:
    with RawDaemon(_answer("400 Bad Request", b'{"message":' + DEEP)) as daemon:
        with _client(daemon) as c, pytest.raises(BadRequest):
            c.image.image_inspect("busybox")


@pytest.mark.parametrize("line", [b'{"error":' + DEEP, b'{"\\u0065":' + DEEP])
def test_deeply_nested_stream_line_gives_a_typed_error(line: bytes) -> None:
    with RawDaemon(_answer("200 OK", line + b"\n")) as daemon:
        with _client(daemon) as c, pytest.raises(DockerError):
            c.image.image_create(from_image="busybox").wait()


def test_deeply_nested_docker_config_gives_a_typed_error(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_bytes(b'{"auths":' + DEEP)
    with pytest.raises(DockerConfigError):
        DockerConfig.load(path)


def test_write_to_a_directory_leaves_no_part_file(tmp_path: Path) -> None:
    dest = tmp_path / "out"
    dest.mkdir()
    with RawDaemon(_answer("200 OK", b"\0" * 1024, "application/x-tar")) as daemon:
        with _client(daemon) as c, pytest.raises(OSError):
            c.container.container_export("c1").write_to(dest)
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    assert list(dest.iterdir()) == []


@pytest.mark.parametrize(
    "name", ["a\r\nX-Evil: 1", "x?force=true", "x#frag", "ns/img", "a b", "%2e%2e"]
)
def test_path_parameters_reach_the_wire_encoded(name: str) -> None:
    with RawDaemon(_answer("200 OK", b"{}")) as daemon:
        with _client(daemon) as c:
            c.image.image_inspect(name)
    request_line = bytes(daemon.received).split(b"\r\n", 1)[0]
    method, target, version = request_line.split(b" ")
    assert target.startswith(b"/v1.41/images/") and target.endswith(b"/json")
    segment = target[len(b"/v1.41/images/") : -len(b"/json")]
    assert all(ch not in segment for ch in b"/?# \r\n")


@pytest.mark.parametrize("name", ["..", "a/../b", "/abs", "a//b"])
def test_dot_segments_are_refused_before_sending(name: str) -> None:
    with RawDaemon(_answer("200 OK", b"{}")) as daemon:
        with _client(daemon) as c, pytest.raises(ValueError):
            c.image.image_inspect(name)
    assert daemon.received == b""
