"""Issue 10, item 4: no header name or value with CR, LF, NUL (or another control
character) reaches the wire, whatever its source and whatever the transport."""

from __future__ import annotations

import asyncio
import socket

import pytest

from docker_engine import AsyncDockerClient, DockerClient, InvalidRequest
from docker_engine._runtime.auth import DockerConfig

from ._raw_daemon import RawDaemon, http_head

SMUGGLED = "x\r\n\r\nPOST /containers/victim/kill HTTP/1.1\r\nHost: s3cret"


def _ok(sock: socket.socket, head: bytes) -> None:
    sock.sendall(http_head(Content_Type="application/json", Content_Length="2") + b"{}")


def _config(headers: dict[str, str]) -> DockerConfig:
    return DockerConfig({"HttpHeaders": headers})


def _refused(daemon: RawDaemon, exc: pytest.ExceptionInfo[InvalidRequest]) -> None:
    assert daemon.received == b"", "nothing may be written before the check"
    assert "s3cret" not in str(exc.value)  # values may be secrets: never echoed
    assert isinstance(exc.value, ValueError)


@pytest.mark.parametrize("tcp", [False, True], ids=["unix", "tcp"])
@pytest.mark.parametrize(
    "headers",
    [
        {"X-Meta": SMUGGLED},
        {"X-Meta": "a\nX-Registry-Auth: s3cret"},
        {"X-Meta": "nul\x00s3cret"},
        {"X Bad": "v"},
        {"X-A:b": "v"},
    ],
    ids=["crlf", "lf", "nul", "space-in-name", "colon-in-name"],
)
def test_config_http_headers_are_checked_sync(
    tcp: bool, headers: dict[str, str]
) -> None:
    with RawDaemon(_ok, tcp=tcp) as daemon:
        with DockerClient(
            daemon.url, api_version="1.41", docker_config=_config(headers)
        ) as client:
            with pytest.raises(InvalidRequest) as exc:
                client.image.image_inspect("busybox")
    _refused(daemon, exc)


def test_config_http_headers_are_checked_async() -> None:
    async def main(daemon: RawDaemon) -> None:
        async with AsyncDockerClient(
            daemon.url, api_version="1.41", docker_config=_config({"X-Meta": SMUGGLED})
        ) as client:
            await client.image.image_inspect("busybox")

    with RawDaemon(_ok) as daemon:
        with pytest.raises(InvalidRequest) as exc:
            asyncio.run(main(daemon))
    _refused(daemon, exc)


def test_user_agent_is_checked_when_made_and_when_changed() -> None:
    with pytest.raises(InvalidRequest):
        DockerClient("unix:///nonexistent.sock", user_agent=SMUGGLED)
    with RawDaemon(_ok) as daemon:
        with DockerClient(daemon.url, docker_config=False) as client:
            client.user_agent = SMUGGLED
            with pytest.raises(InvalidRequest) as exc:
                client.ping()
            with pytest.raises(InvalidRequest):
                client.image.image_inspect("busybox")
    _refused(daemon, exc)


def test_registry_auth_argument_is_checked() -> None:
    with RawDaemon(_ok) as daemon:
        with DockerClient(daemon.url, api_version="1.41", docker_config=False) as client:
            with pytest.raises(InvalidRequest) as exc:
                client.image.image_create(
                    from_image="busybox", x_registry_auth="e30=\r\nX-Evil: s3cret"
                )
    _refused(daemon, exc)


def test_hijack_headers_are_checked() -> None:
    with RawDaemon(_ok) as daemon:
        with DockerClient(
            daemon.url, api_version="1.41", docker_config=_config({"X-Meta": SMUGGLED})
        ) as client:
            with pytest.raises(InvalidRequest) as exc:
                client.container.container_attach("c1", stream=True, stdout=True)
    _refused(daemon, exc)


def test_ordinary_headers_still_pass() -> None:
    with RawDaemon(_ok) as daemon:
        with DockerClient(
            daemon.url,
            api_version="1.41",
            docker_config=_config({"X-Meta": "a b\tc;d=e/f"}),
            user_agent="my-tool/1.0 (linux)",
        ) as client:
            client.image.image_inspect("busybox")
    assert b"X-Meta: a b\tc;d=e/f\r\n" in daemon.received
    assert b"my-tool/1.0 (linux)" in daemon.received


@pytest.mark.parametrize(
    "name", ["Content-Length", "transfer-encoding", "Host", "Connection", "Expect"]
)
def test_config_http_headers_may_not_frame_the_request(name: str) -> None:
    """A config Content-Length of 0 would make a JSON body the daemon's next request."""
    with RawDaemon(_ok) as daemon:
        with DockerClient(
            daemon.url, api_version="1.41", docker_config=_config({name: "0"})
        ) as client:
            with pytest.raises(InvalidRequest, match=name):
                client.container.container_create({"Image": "busybox"})  # type: ignore[arg-type]
    assert daemon.received == b""
