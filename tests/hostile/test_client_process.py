"""Issue 10, further cases: DOCKER_HOST cannot smuggle options into the ssh command
line, and control characters (which urlsplit drops silently, changing the host)
are refused."""

from __future__ import annotations

import pytest

from docker_engine._runtime.ssh import ssh_command
from docker_engine._runtime.transport import parse_docker_host


@pytest.mark.parametrize(
    "host",
    [
        "ssh://-oProxyCommand=touch%20pwned",
        "ssh://-oProxyCommand=x@host",
        "ssh://-lroot@host",
        "ssh://us%0Aer@host",
        "ssh://host%20-p%2022",
        "ssh://u@host\r\nevil",
        "tcp://evil\r\n.example.com:2375",
        "unix:///var/run/docker.sock\x00.evil",
    ],
)
def test_hostile_docker_hosts_are_refused(host: str) -> None:
    with pytest.raises(ValueError):
        parse_docker_host(host)


def test_ordinary_ssh_hosts_still_work() -> None:
    address = parse_docker_host("ssh://deploy@build-1.example.com:2222")
    command = ssh_command(address)
    assert command[:5] == ["ssh", "-l", "deploy", "-p", "2222"]
    assert command[command.index("--") + 1] == "build-1.example.com"
    assert parse_docker_host("ssh://[::1]").host == "::1"
