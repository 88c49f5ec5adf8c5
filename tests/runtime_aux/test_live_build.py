"""Live check against a real daemon: our context vs the docker CLI's.

Both build ``FROM scratch`` + ``COPY . /`` (classic builder, no pull needed) from the
same directory: the CLI with ``docker build``, ours by POSTing ``build_context()``
to ``/build`` over the socket. Each image's filesystem is listed with
``docker create`` + ``docker export`` and the two listings must be identical.
Everything created is removed. Skipped (with the reason printed) without
``/var/run/docker.sock`` or the docker CLI.
"""

from __future__ import annotations

import hashlib
import http.client
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import tarfile
import textwrap
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from docker_engine._runtime.build_context import build_context

from tests.support.engine import daemon_socket, docker_available

DOCKER = shutil.which("docker")
_REASON = docker_available() or ("docker CLI not installed" if DOCKER is None else "")
SOCKET = "" if _REASON else daemon_socket()
if _REASON:
    print(f"test_live_build skipped: {_REASON}", file=sys.stderr)
pytestmark = pytest.mark.skipif(bool(_REASON), reason=_REASON)


class _UnixConnection(http.client.HTTPConnection):
    def __init__(self, path: str) -> None:
        super().__init__("localhost", timeout=300)
        self._path = path

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(300)
        sock.connect(self._path)
        self.sock = sock


def _docker(*args: str, data: bool = False) -> bytes:
    assert DOCKER is not None
    env = dict(os.environ, DOCKER_BUILDKIT="0", DOCKER_HOST=f"unix://{SOCKET}")
    proc = subprocess.run(
        [DOCKER, *args], capture_output=True, env=env, timeout=300, check=False
    )
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    return proc.stdout if data else proc.stdout.strip()


class _Session:
    """Tracks every image and container made, to remove them all."""

    def __init__(self) -> None:
        self.images: list[str] = []
        self.containers: list[str] = []

    def cli_build(self, ctx: Path, dockerfile: Path | None = None) -> str:
        args = ["build", "-q", "--no-cache", "--rm", "--force-rm"]
        if dockerfile is not None:
            args += ["-f", str(dockerfile)]
        image = _docker(*args, str(ctx)).decode().split()[-1]
        self.images.append(image)
        return image

    def api_build(self, ctx: Path, dockerfile: Path | None = None) -> str:
        bc = build_context(ctx, dockerfile=dockerfile)
        query = urlencode(
            [("dockerfile", bc.dockerfile), ("nocache", "1"), ("rm", "1")]
            + [("forcerm", "1"), ("q", "1")]
        )
        conn = _UnixConnection(SOCKET)
        try:
            conn.request(
                "POST",
                f"/build?{query}",
                body=iter(bc),
                headers={"Content-Type": bc.content_type},
                encode_chunked=True,
            )
            resp = conn.getresponse()
            raw = resp.read()
        finally:
            conn.close()
        assert resp.status == 200, raw
        image = None
        for line in raw.splitlines():
            if not line.strip():
                continue
            msg = json.loads(line)
            assert "errorDetail" not in msg, msg
            stream = str(msg.get("stream", "")).strip()
            if stream.startswith("sha256:"):
                image = stream
            if isinstance(msg.get("aux"), dict) and "ID" in msg["aux"]:
                image = msg["aux"]["ID"]
        assert image, raw
        self.images.append(image)
        return image

    def listing(self, image: str) -> list[tuple[object, ...]]:
        cid = _docker("create", image, "/nonexistent").decode()
        self.containers.append(cid)
        exported = _docker("export", cid, data=True)
        out = []
        with tarfile.open(fileobj=io.BytesIO(exported)) as tar:
            for m in tar:
                digest = ""
                if m.isfile():
                    f = tar.extractfile(m)
                    assert f is not None
                    digest = hashlib.sha256(f.read()).hexdigest()
                out.append((m.name, m.type, m.mode, m.linkname, m.size, digest))
        return sorted(out)

    def cleanup(self) -> None:
        for cid in self.containers:
            subprocess.run([str(DOCKER), "rm", "-f", cid], capture_output=True)
        for image in self.images:
            subprocess.run([str(DOCKER), "rmi", "-f", image], capture_output=True)
        left = _docker("images", "-q", "--no-trunc").decode().split()
        assert not set(self.images) & set(left), "images left behind"


@pytest.fixture
def session() -> Iterator[_Session]:
    s = _Session()
    try:
        yield s
    finally:
        s.cleanup()


def _context(root: Path) -> Path:
    ctx = root / "ctx"
    files = {
        "app/main.py": "print('hi')\n",
        "app/run.sh": "#!/bin/sh\n",
        "app/deep/a/b/c.txt": "c",
        "app/deep/a/b/c.log": "log",
        "keep.log": "keep",
        "x.log": "x",
        "node_modules/pkg/index.js": "js",
        "build/out.o": "o",
        "build/keep/a.txt": "kept",
        "docs/index.md": "doc",
        "secret.env": "TOKEN=1",
    }
    for rel, text in files.items():
        path = ctx / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    (ctx / "app/run.sh").chmod(0o755)
    os.symlink("../../etc/passwd", ctx / "app/escape")
    os.symlink("main.py", ctx / "app/alias.py")
    (ctx / ".dockerignore").write_text(textwrap.dedent("""\
            node_modules
            **/*.log
            !keep.log
            build
            !build/keep/**
            docs/**
            *.env
            Dockerfile
            """))
    (ctx / "Dockerfile").write_text("FROM scratch\nCOPY . /\n")
    return ctx


def test_context_matches_docker_cli_build(session: _Session, tmp_path: Path) -> None:
    ctx = _context(tmp_path)
    theirs = session.listing(session.cli_build(ctx))
    ours = session.listing(session.api_build(ctx))
    assert ours == theirs
    names = {str(entry[0]).rstrip("/") for entry in ours}
    assert {
        "app/main.py",
        "keep.log",
        "build/keep/a.txt",
        "docs",
        "app/escape",
    } <= names
    assert not names & {"x.log", "node_modules", "build/out.o", "secret.env"}
    assert not names & {"docs/index.md", "app/deep/a/b/c.log", "Dockerfile"}
    escape = next(e for e in ours if e[0] == "app/escape")
    assert escape[1] == tarfile.SYMTYPE and escape[3] == "../../etc/passwd"


def test_external_dockerfile_matches_docker_cli(
    session: _Session, tmp_path: Path
) -> None:
    ctx = _context(tmp_path)
    (ctx / "Dockerfile").unlink()
    outside = tmp_path / "elsewhere" / "Dockerfile.build"
    outside.parent.mkdir()
    outside.write_text("FROM scratch\nCOPY . /\n")
    theirs = session.listing(session.cli_build(ctx, outside))
    ours = session.listing(session.api_build(ctx, outside))

    def same(listing: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
        # .dockerignore is kept (it does not exclude itself) and ends with the added
        # Dockerfile's name: 20 hex digits from the CLI, 40 from us.
        return [e[:3] if e[0] == ".dockerignore" else e for e in listing]

    assert same(ours) == same(theirs)
    names = {str(entry[0]) for entry in ours}
    assert ".dockerignore" in names
    assert not any(n.startswith(".dockerfile.") for n in names)
    # without a .dockerignore, the generated one lists itself: both are dropped
    (ctx / ".dockerignore").unlink()
    theirs = session.listing(session.cli_build(ctx, outside))
    ours = session.listing(session.api_build(ctx, outside))
    assert ours == theirs
    names = {str(entry[0]) for entry in ours}
    assert "node_modules/pkg/index.js" in names
    assert ".dockerignore" not in names
    assert not any(n.startswith(".dockerfile.") for n in names)
