"""Tests of the shared test environment in ``tests/support`` (live parts skip without a daemon)."""

from __future__ import annotations

import hashlib
import json
import os
import pathlib
import tarfile
import urllib.parse

import pytest

from tests.support import engine, engines
from tests.support.engine import Cleanup, docker_available, request
from tests.support.images import APPLETS, BUSYBOX_IMAGE, ensure_busybox, make_rootfs_tar
from tests.support.registry import LocalRegistry


@pytest.fixture
def live() -> str:
    reason = docker_available()
    if reason:
        pytest.skip(reason)
    return engine.daemon_socket()


def test_docker_available_honours_docker_host(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("DOCKER_HOST", f"unix://{tmp_path}/missing.sock")
    assert docker_available() == f"no Docker daemon socket at {tmp_path}/missing.sock (DOCKER_HOST)"
    monkeypatch.setenv("DOCKER_HOST", "tcp://127.0.0.1:2375")
    assert "only unix://" in (docker_available() or "")


def test_rootfs_tar_is_deterministic(tmp_path) -> None:
    a = make_rootfs_tar(tmp_path / "a.tar").read_bytes()
    b = make_rootfs_tar(tmp_path / "b.tar").read_bytes()
    assert hashlib.sha256(a).digest() == hashlib.sha256(b).digest()
    with tarfile.open(tmp_path / "a.tar") as tar:
        names = tar.getnames()
        assert tar.getmember("bin/sh").linkname == "busybox"
    assert {"bin/busybox", "bin/sh", "bin/ls", "bin/echo", "bin/cat", "bin/sleep", "bin/env", "bin/wc"} <= set(names)
    assert len(a) < 3 << 20


def test_ensure_busybox_runs_a_container(live: str) -> None:
    image_id = ensure_busybox(live)
    assert image_id.startswith("sha256:") and ensure_busybox(live) == image_id  # idempotent
    with Cleanup(live) as cleanup:
        config = {"Image": BUSYBOX_IMAGE, "Cmd": ["sh", "-c", "echo hi; ls /bin | wc -l; cat /etc/passwd | wc -l"]}
        resp = request("POST", "/containers/create", body=json.dumps(config).encode(),
                       headers=[("Content-Type", "application/json")], socket_path=live)  # fmt: skip
        assert resp.status == 201, resp.body
        cid = cleanup.container(resp.json()["Id"])
        assert request("POST", f"/containers/{cid}/start", socket_path=live).status == 204
        assert request("POST", f"/containers/{cid}/wait", socket_path=live).json()["StatusCode"] == 0
        logs = request("GET", f"/containers/{cid}/logs?stdout=1", socket_path=live).body
        # multiplexed frames: 8-byte header + payload
        out, pos = b"", 0
        while pos < len(logs):
            size = int.from_bytes(logs[pos + 4 : pos + 8], "big")
            out += logs[pos + 8 : pos + 8 + size]
            pos += 8 + size
        assert out.split() == [b"hi", str(len(APPLETS) + 1).encode(), b"2"]
    assert request("GET", f"/containers/{cid}/json", socket_path=live).status == 404  # removed by Cleanup


def test_cleanup_ignores_missing_things(live: str) -> None:
    with Cleanup(live) as cleanup:
        cleanup.container("codegen-test-no-such-container")
        cleanup.image("codegen-test/no-such-image:x")


def test_local_registry_push_and_pull(live: str) -> None:
    ensure_busybox(live)
    with LocalRegistry() as reg:
        host, port = reg.address.split(":")
        assert host == "127.0.0.1" and int(port) > 0
        storage = reg._tmp
        ref_repo = f"{reg.address}/codegen-test/busybox"
        with Cleanup(live) as cleanup:
            q = urllib.parse.urlencode({"repo": ref_repo, "tag": "pushed"})
            assert request("POST", f"/images/{BUSYBOX_IMAGE}/tag?{q}", socket_path=live).status == 201
            cleanup.image(f"{ref_repo}:pushed")
            auth = [("X-Registry-Auth", "e30=")]  # "{}": no credentials
            push = request("POST", f"/images/{ref_repo}/push?tag=pushed", headers=auth, socket_path=live)
            assert push.status == 200 and not [m for m in push.json_lines() if "errorDetail" in m], push.body
            assert any("Digest" in (m.get("aux") or {}) for m in push.json_lines())
            tags = request_http(reg, "/v2/codegen-test/busybox/tags/list")
            assert json.loads(tags)["tags"] == ["pushed"]
    assert storage is not None and not os.path.exists(storage)


def request_http(reg: LocalRegistry, path: str) -> bytes:
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", reg.port, timeout=5)
    try:
        conn.request("GET", path)
        return conn.getresponse().read()
    finally:
        conn.close()


def test_extra_engines_start_says_why_not_and_stop_stops_only_what_it_started(monkeypatch, tmp_path, capsys) -> None:
    monkeypatch.setattr(engines.tempfile, "gettempdir", lambda: str(tmp_path))  # no Engine runs in this folder
    monkeypatch.setattr(engines, "START_ENGINE", tmp_path / "no-start-engine")
    started_list = tmp_path / "state" / "started"
    assert engines.main(["start", "28.5", "--started-list", str(started_list)]) == 0
    assert f"Engine 28.5: NOT STARTED, its live tests skip: {tmp_path}/no-start-engine is not here" in capsys.readouterr().out
    assert started_list.read_text() == ""
    assert engines.socket_if_running("28.5") is None
    with pytest.raises(RuntimeError, match="no-start-engine is not here"):
        with engines.running_engine("28.5"):
            pass
    assert engines.main(["stop", "--started-list", str(started_list)]) == 0
    assert capsys.readouterr().out == "" and not started_list.exists()


def test_no_second_engine_of_a_suite_is_started_from_another_folder(tmp_path) -> None:
    """start-engine names the bridge after the suite: a dockerd of that suite running from another
    $TMPDIR is reported (and `_start` refuses), one from the same folder is not."""
    from tests.support import engines

    def process(pid: int, *argv: str) -> None:
        (tmp_path / "proc" / str(pid)).mkdir(parents=True)
        (tmp_path / "proc" / str(pid) / "cmdline").write_bytes("\0".join(argv).encode() + b"\0")

    process(10, "/usr/bin/python3", "--bridge", "eng-trixie")
    process(11, "/x/pkg/root/usr/sbin/dockerd", "--host", "unix:///tmp/a/codegen-engine-trixie/docker.sock", "--bridge", "eng-trixie")
    process(12, "/x/pkg/root/usr/sbin/dockerd", "--host", "unix:///tmp/a/codegen-engine-sid/docker.sock", "--bridge", "eng-sid")
    proc = tmp_path / "proc"
    assert engines.running_elsewhere("trixie", pathlib.Path("/tmp/b/codegen-engine-trixie"), proc) == "unix:///tmp/a/codegen-engine-trixie/docker.sock"
    assert engines.running_elsewhere("trixie", pathlib.Path("/tmp/a/codegen-engine-trixie"), proc) is None
    assert engines.running_elsewhere("bookworm", pathlib.Path("/tmp/b/codegen-engine-bookworm"), proc) is None
