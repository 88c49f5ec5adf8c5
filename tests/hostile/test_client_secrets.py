"""Issue 10, item 9: a password in DOCKER_HOST never shows in an error message or a
repr."""

from __future__ import annotations

import pytest

from docker_engine import DaemonNotReachable, DockerClient
from docker_engine._runtime.transport import parse_docker_host

PASSWORD = "s3cretpw"


@pytest.mark.parametrize(
    "host",
    [
        f"tcp://user:{PASSWORD}@127.0.0.1:notaport",
        f"tcp://user:{PASSWORD}@127.0.0.1:99999",
        f"ssh://user:{PASSWORD}@host:bad",
        f"ssh://user:{PASSWORD}@host/some/path",
        f"ssh://user:{PASSWORD}@",
        f"foo://user:{PASSWORD}@host",
        f"user:{PASSWORD}@host:2375",
        f"tcp://user:pa/{PASSWORD}@host:x",
        f"tcp://user:p@{PASSWORD}@host:x",
    ],
)
def test_invalid_host_errors_redact_the_password(
    host: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ValueError) as exc:
        parse_docker_host(host)
    assert PASSWORD not in str(exc.value)
    assert "***" in str(exc.value)
    monkeypatch.setenv("DOCKER_HOST", host)
    with pytest.raises(ValueError) as exc:
        DockerClient()
    assert PASSWORD not in str(exc.value)


def test_valid_host_with_password_never_shows_it() -> None:
    host = f"tcp://user:{PASSWORD}@127.0.0.1:1"
    address = parse_docker_host(host)
    assert PASSWORD not in repr(address)
    with DockerClient(host, api_version="1.41", timeout=2) as client:
        assert PASSWORD not in repr(client)
        with pytest.raises(DaemonNotReachable) as exc:
            client.image.image_inspect("busybox")
    assert PASSWORD not in str(exc.value) and PASSWORD not in repr(exc.value)
