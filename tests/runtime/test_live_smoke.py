"""Live smoke test against the local Docker Engine (skips when there is none).

Read-only: no image, container or volume is created.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from docker_engine._runtime import encoding as wire
from docker_engine._runtime.client import (
    AsyncBaseDockerClient,
    BaseDockerClient,
    PingInfo,
    version_tuple,
)
from docker_engine._runtime.errors import (
    ApiVersionError,
    DockerError,
    NotFound,
    ProtocolError,
)
from docker_engine._runtime.request import Request
from docker_engine._runtime.responses import ExpectHeaders, ExpectJson
from docker_engine._runtime.transport import parse_docker_host
from tests.runtime._helpers import run


def _live_ping() -> PingInfo:
    address = parse_docker_host()
    if address.kind == "unix" and not os.path.exists(address.socket_path or ""):
        reason = f"no Docker socket at {address.display}"
        print(f"test_live_smoke: skipped: {reason}", file=sys.stderr)
        pytest.skip(reason)
    try:
        with BaseDockerClient(timeout=5.0) as client:
            return client.ping()
    except DockerError as exc:
        reason = f"Docker Engine not reachable at {address.display}: {exc}"
        print(f"test_live_smoke: skipped: {reason}", file=sys.stderr)
        pytest.skip(reason)


@pytest.fixture(scope="module")
def ping() -> PingInfo:
    return _live_ping()


def _expected(ping: PingInfo) -> str:
    daemon = version_tuple(ping.api_version or "1.24")
    chosen = min(daemon, version_tuple(BaseDockerClient.SPEC_API_VERSION))
    return f"{chosen[0]}.{chosen[1]}"


def test_negotiates_and_pings(ping: PingInfo) -> None:
    expected = _expected(ping)
    print(f"daemon API {ping.api_version}, negotiated {expected}")  # 1.41 on 20.10
    with BaseDockerClient() as client:
        assert client.api_version == expected
        version = client.send(
            Request("SystemVersion", "GET", "/version"), ExpectJson(dict[str, Any])
        )
        assert version["ApiVersion"] == ping.api_version
        headers = client.send(
            Request("SystemPingHead", "HEAD", "/_ping"), ExpectHeaders()
        )
        assert headers["API-Version"] == ping.api_version


def test_async_negotiation(ping: PingInfo) -> None:
    async def main() -> str:
        async with AsyncBaseDockerClient() as client:
            await client.send(
                Request("SystemInfo", "GET", "/info"), ExpectJson(dict[str, Any])
            )
            assert client.api_version is not None
            return client.api_version

    assert run(main()) == _expected(ping)


def test_pinned_version_above_the_daemon_is_refused(ping: PingInfo) -> None:
    if version_tuple(ping.api_version or "0.0") >= (1, 44):
        pytest.skip("the daemon supports 1.44")
    with BaseDockerClient(api_version="1.44") as client:
        with pytest.raises(ApiVersionError) as info:
            client.send(
                Request("SystemVersion", "GET", "/version"), ExpectJson(dict[str, Any])
            )
    assert info.value.daemon_version == ping.api_version


def test_percent_encoded_slash_and_colon_reach_the_image_route(ping: PingInfo) -> None:
    name = "localhost:5000/runtime-smoke/a:tag"
    with BaseDockerClient() as client:
        with pytest.raises(NotFound) as info:
            client.send(
                Request(
                    "ImageInspect", "GET", wire.path("/images/{name}/json", name=name)
                ),
                ExpectJson(dict[str, Any]),
            )
        # the daemon decoded %2F and %3A back into the name
        assert name in info.value.message
        # a crafted traversal is redirected by the daemon, never executed, and the
        # client does not follow it
        with pytest.raises(ProtocolError) as redirect:
            client.send(
                Request(
                    "ImageInspect", "GET", "/images/..%2Fcontainers%2Fx%2Fkill/json"
                ),
                ExpectJson(dict[str, Any]),
            )
        assert redirect.value.status == 301


def test_ssh_transport_through_docker_dial_stdio(
    ping: PingInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ssh:// with an ``ssh`` that runs ``docker system dial-stdio`` locally."""
    docker = shutil.which("docker")
    if docker is None:
        pytest.skip("the docker CLI is not installed")
    fake = tmp_path / "ssh"
    fake.write_text(
        '#!/bin/sh\n# drop the ssh options, "--", the host and "docker"\n'
        'while [ "$1" != "--" ]; do shift; done; shift 3\n'
        f'exec "{docker}" "$@"\n'
    )
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    with BaseDockerClient("ssh://nobody@example.invalid") as client:
        assert client.api_version == _expected(ping)
        info = client.send(
            Request("SystemInfo", "GET", "/info"), ExpectJson(dict[str, Any])
        )
        assert "ServerVersion" in info
