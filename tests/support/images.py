"""The local test image ``codegen-test/busybox:latest`` (the daemon has no images and no internet).

* ``ensure_busybox(client_socket="/var/run/docker.sock") -> str`` – imports the image via
  ``POST /images/create?fromSrc=-`` when missing and returns its image ID. Idempotent and fast (one
  ``GET /images/…/json``) when it exists; a file lock serialises concurrent callers.
* ``make_rootfs_tar(path) -> pathlib.Path`` – the rootfs tar: ``/bin/busybox`` (Debian ``busybox-static``, a
  static ELF, ~2 MB) plus applet symlinks in ``/bin`` (sh, ls, echo, cat, sleep, true, false, env, wc, …),
  ``/usr/bin/env``, a minimal ``/etc/passwd`` + ``/etc/group`` and ``/tmp``. Byte-for-byte deterministic (fixed
  mtimes/owners, sorted), so its layer digest is stable across machines with the same busybox build.

``/bin/busybox`` must be the static build. When it is missing (or dynamic) ``apt-get install -y busybox-static`` is
run (root only, otherwise ``RuntimeError``); CI installs the package up front.
"""

from __future__ import annotations

import fcntl
import io
import os
import pathlib
import struct
import tarfile
import tempfile
import urllib.parse

from ._apt import apt_install
from .engine import quote, request

BUSYBOX_IMAGE = "codegen-test/busybox:latest"
BUSYBOX_BINARY = "/bin/busybox"
APPLETS = (
    "[", "basename", "cat", "chmod", "cp", "cut", "date", "dd", "dirname", "echo", "env", "expr", "false",
    "find", "grep", "head", "hostname", "id", "kill", "ln", "ls", "mkdir", "mv", "printf", "ps", "pwd", "rm",
    "sed", "seq", "sh", "sleep", "sort", "stat", "tail", "tar", "tee", "test", "touch", "tr", "true", "uname",
    "wc", "xargs", "yes",
)  # fmt: skip
_MTIME = 1577836800  # 2020-01-01T00:00:00Z
_CHANGES = ("ENV PATH=/bin:/usr/bin", 'CMD ["sh"]', "LABEL org.codegen-test=busybox")


def _is_static_elf(path: str) -> bool:
    """True for an ELF executable without a PT_INTERP program header (i.e. statically linked)."""
    try:
        with open(path, "rb") as f:
            head = f.read(64)
            if head[:4] != b"\x7fELF":
                return False
            is64, little = head[4] == 2, head[5] == 1
            end = "<" if little else ">"
            if is64:
                (phoff,) = struct.unpack_from(end + "Q", head, 32)
                phentsize, phnum = struct.unpack_from(end + "HH", head, 54)
            else:
                (phoff,) = struct.unpack_from(end + "I", head, 28)
                phentsize, phnum = struct.unpack_from(end + "HH", head, 42)
            f.seek(phoff)
            table = f.read(phentsize * phnum)
    except OSError:
        return False
    return all(struct.unpack_from(end + "I", table, i * phentsize)[0] != 3 for i in range(phnum))  # 3 = PT_INTERP


def _busybox_binary() -> str:
    # A dynamic /bin/busybox (Debian's "busybox" package) is replaced by busybox-static.
    apt_install("busybox-static", present=lambda: _is_static_elf(BUSYBOX_BINARY), what="static " + BUSYBOX_BINARY)
    return BUSYBOX_BINARY


def _add(tar: tarfile.TarFile, name: str, *, type: bytes, mode: int, data: bytes = b"", link: str = "") -> None:
    info = tarfile.TarInfo(name)
    info.type, info.mode, info.mtime = type, mode, _MTIME
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    info.linkname = link
    info.size = len(data) if type == tarfile.REGTYPE else 0
    tar.addfile(info, io.BytesIO(data) if type == tarfile.REGTYPE else None)


def make_rootfs_tar(path: str | os.PathLike[str]) -> pathlib.Path:
    """Write the busybox rootfs tar to ``path`` and return it as a ``Path``."""
    binary = pathlib.Path(_busybox_binary()).read_bytes()
    path = pathlib.Path(path)
    dirs = {"bin": 0o755, "etc": 0o755, "root": 0o700, "tmp": 0o1777, "usr": 0o755, "usr/bin": 0o755}
    with tarfile.open(path, "w", format=tarfile.USTAR_FORMAT) as tar:
        for d, mode in sorted(dirs.items()):
            _add(tar, d + "/", type=tarfile.DIRTYPE, mode=mode)
        _add(tar, "bin/busybox", type=tarfile.REGTYPE, mode=0o755, data=binary)
        for applet in sorted(APPLETS):
            _add(tar, f"bin/{applet}", type=tarfile.SYMTYPE, mode=0o777, link="busybox")
        _add(tar, "etc/group", type=tarfile.REGTYPE, mode=0o644, data=b"root:x:0:\nnogroup:x:65534:\n")
        _add(
            tar, "etc/passwd", type=tarfile.REGTYPE, mode=0o644,
            data=b"root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n",
        )  # fmt: skip
        _add(tar, "usr/bin/env", type=tarfile.SYMTYPE, mode=0o777, link="/bin/busybox")
    return path


def _inspect_id(ref: str, socket_path: str) -> str | None:
    resp = request("GET", f"/images/{quote(ref)}/json", socket_path=socket_path)
    if resp.status == 200:
        return str(resp.json()["Id"])
    if resp.status == 404:
        return None
    raise RuntimeError(f"GET /images/{ref}/json -> {resp.status} {resp.body[:300]!r}")


def ensure_busybox(client_socket: str = "/var/run/docker.sock") -> str:
    """Make sure ``codegen-test/busybox:latest`` exists on the daemon at ``client_socket``; return its image ID."""
    image_id = _inspect_id(BUSYBOX_IMAGE, client_socket)
    if image_id:
        return image_id
    lock_path = os.path.join(tempfile.gettempdir(), "codegen-test-busybox.lock")
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        image_id = _inspect_id(BUSYBOX_IMAGE, client_socket)
        if image_id:
            return image_id
        with tempfile.TemporaryDirectory() as tmp:
            tar = make_rootfs_tar(os.path.join(tmp, "rootfs.tar")).read_bytes()
        repo, tag = BUSYBOX_IMAGE.rsplit(":", 1)
        query = [("fromSrc", "-"), ("repo", repo), ("tag", tag), ("message", "codegen-test busybox rootfs")]
        query += [("changes", c) for c in _CHANGES]
        resp = request(
            "POST",
            "/images/create?" + urllib.parse.urlencode(query),
            body=tar,
            headers=[("Content-Type", "application/x-tar")],
            socket_path=client_socket,
            timeout=120,
        )
        errors = [m for m in resp.json_lines() if "errorDetail" in m or "error" in m] if resp.status == 200 else []
        if resp.status != 200 or errors:
            raise RuntimeError(f"importing {BUSYBOX_IMAGE} failed: {resp.status} {resp.body[:500]!r}")
        image_id = _inspect_id(BUSYBOX_IMAGE, client_socket)
        if not image_id:
            raise RuntimeError(f"{BUSYBOX_IMAGE} missing right after import: {resp.body[:500]!r}")
        return image_id
