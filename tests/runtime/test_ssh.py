"""ssh.py: the ssh:// transport, with a fake ``ssh`` on PATH that serves HTTP on
its stdio like ``docker system dial-stdio`` does."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from docker_engine._runtime.client import AsyncBaseDockerClient, BaseDockerClient
from docker_engine._runtime.errors import DaemonNotReachable
from docker_engine._runtime.request import Request
from docker_engine._runtime.responses import ExpectJson
from docker_engine._runtime.ssh import ssh_command
from docker_engine._runtime.transport import parse_docker_host
from tests.runtime._helpers import run

FAKE_SSH = r"""
import json, os, sys
import h11

with open(os.environ["FAKE_SSH_LOG"], "a") as log:
    log.write(json.dumps(sys.argv[1:]) + "\n")
if os.environ.get("FAKE_SSH_FAIL"):
    sys.stderr.write("me@host: Permission denied (publickey).\n")
    sys.exit(255)
conn = h11.Connection(h11.SERVER)
target = None
while True:
    event = conn.next_event()
    if event is h11.NEED_DATA:
        data = os.read(0, 65536)
        conn.receive_data(data)
        continue
    if isinstance(event, h11.ConnectionClosed):
        break
    if isinstance(event, h11.Request):
        target = event.target.decode()
        method = event.method
    elif isinstance(event, h11.EndOfMessage):
        body = json.dumps({"path": target, "pid": os.getpid()}).encode()
        headers = [("API-Version", "1.41"), ("Content-Type", "application/json"),
                   ("Content-Length", str(len(body)))]
        out = conn.send(h11.Response(status_code=200, headers=headers))
        if method != b"HEAD":
            out += conn.send(h11.Data(data=body))
        out += conn.send(h11.EndOfMessage())
        os.write(1, out)
        if conn.our_state is h11.MUST_CLOSE:
            break
        conn.start_next_cycle()
"""


@pytest.fixture
def fake_ssh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    script = tmp_path / "ssh"
    script.write_text(f"#!{sys.executable}\n{FAKE_SSH}")
    script.chmod(0o755)
    log = tmp_path / "ssh.log"
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setenv("FAKE_SSH_LOG", str(log))
    return log


VERSION = Request("SystemVersion", "GET", "/version")


def test_ssh_command_line() -> None:
    address = parse_docker_host("ssh://me@host.example:2222", {})
    assert ssh_command(address) == [
        "ssh", "-l", "me", "-p", "2222", "-o", "ConnectTimeout=30", "-T", "--",
        "host.example", "docker", "system", "dial-stdio",
    ]  # fmt: skip
    assert ssh_command(parse_docker_host("ssh://host", {}))[-5:] == [
        "--", "host", "docker", "system", "dial-stdio",
    ]  # fmt: skip


def test_sync_requests_over_ssh_reuse_one_process(fake_ssh: Path) -> None:
    with BaseDockerClient("ssh://me@host.example:2222") as client:
        assert client.api_version == "1.41"
        first = client.send(VERSION, ExpectJson(dict[str, Any]))
        second = client.send(VERSION, ExpectJson(dict[str, Any]))
    assert first["path"] == "/v1.41/version"
    assert first["pid"] == second["pid"]  # pooled connection = one ssh process
    calls = [json.loads(line) for line in fake_ssh.read_text().splitlines()]
    assert calls[0][-5:] == ["--", "host.example", "docker", "system", "dial-stdio"]
    assert len(calls) == 1


def test_async_requests_over_ssh(fake_ssh: Path) -> None:
    async def main() -> Any:
        async with AsyncBaseDockerClient("ssh://host.example") as client:
            return await client.send(VERSION, ExpectJson(dict[str, Any]))

    assert run(main())["path"] == "/v1.41/version"


def test_ssh_failure_is_daemon_not_reachable_with_stderr(
    fake_ssh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_SSH_FAIL", "1")
    with pytest.raises(DaemonNotReachable, match="Permission denied") as info:
        BaseDockerClient("ssh://me@host.example").ping()
    assert "ssh://me@host.example" in str(info.value)

    async def main() -> None:
        async with AsyncBaseDockerClient("ssh://me@host.example") as client:
            await client.ping()

    with pytest.raises(DaemonNotReachable, match="Permission denied"):
        run(main())


def test_missing_ssh_binary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(DaemonNotReachable, match="cannot run ssh"):
        BaseDockerClient("ssh://host").ping()
