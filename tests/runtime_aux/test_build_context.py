"""build_context(): walking, symlinks, external Dockerfile, gzip, memory, determinism.

Where the docker CLI is installed, contexts are also compared with the tar the CLI
sends to a fake daemon (classic builder), entry by entry.
"""

from __future__ import annotations

import gzip as gzip_mod
import hashlib
import io
import os
import stat
import subprocess
import sys
import tarfile
import textwrap
from pathlib import Path

import pytest
from _cli_capture import capture_cli_context, docker_cli

from docker_engine._runtime.build_context import (
    CHUNK_SIZE,
    BuildContext,
    BuildContextError,
    DockerIgnoreError,
    _Dir,
    build_context,
    dockerfile_base_images,
)

needs_cli = pytest.mark.skipif(docker_cli() is None, reason="docker CLI not installed")


def write(
    root: Path, rel: str, data: str | bytes = "x", mode: int | None = None
) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data)
    else:
        path.write_bytes(data)
    if mode is not None:
        path.chmod(mode)
    return path


def lenient(data: bytes) -> bytes:
    """The CLI's tar for an external Dockerfile ends in an unpadded last block and no
    end-of-archive marker (the daemon accepts it); pad it so tarfile can read it."""
    return data + b"\0" * (-len(data) % 512 + 1024)


def members(data: bytes, gz: bool = False) -> dict[str, tarfile.TarInfo]:
    if gz:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
            return {m.name: m for m in tar}
    with tarfile.open(fileobj=io.BytesIO(lenient(data))) as tar:
        return {m.name: m for m in tar}


def contents(data: bytes) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(lenient(data))) as tar:
        for m in tar:
            if m.isfile():
                f = tar.extractfile(m)
                assert f is not None
                out[m.name] = f.read()
    return out


def describe(data: bytes) -> list[tuple[object, ...]]:
    """Entries as the daemon sees them (everything but header encoding)."""
    out: list[tuple[object, ...]] = []
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for m in tar:
            body = b""
            if m.isfile():
                f = tar.extractfile(m)
                assert f is not None
                body = f.read()
            out.append(
                (
                    m.name,
                    m.type,
                    m.mode,
                    m.uid,
                    m.gid,
                    m.uname,
                    m.gname,
                    m.mtime,
                    m.linkname,
                    m.size,
                    hashlib.sha256(body).hexdigest(),
                )
            )
    return out


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A context exercising exceptions, ** and pruning."""
    ctx = tmp_path / "ctx"
    write(ctx, "Dockerfile", "FROM scratch\nCOPY . /\n")
    write(
        ctx,
        ".dockerignore",
        textwrap.dedent("""\
            # build output and dependencies
            node_modules
            build
            !build/keep/**
            **/*.log
            !important.log
            docs/**
            *.tmp
            vendor
            !**/LICENSE
            """),
    )
    write(ctx, "src/main.py", "print('hi')\n", 0o644)
    write(ctx, "src/run.sh", "#!/bin/sh\n", 0o755)
    write(ctx, "src/deep/a/b/c.log")
    write(ctx, "src/deep/a/b/c.txt")
    write(ctx, "node_modules/left-pad/index.js")
    write(ctx, "build/out.o")
    write(ctx, "build/keep/a.txt")
    write(ctx, "build/keep/sub/b.txt")
    write(ctx, "important.log")
    write(ctx, "debug.log")
    write(ctx, "docs/index.md")
    write(ctx, "x.tmp")
    write(ctx, "vendor/LICENSE")
    write(ctx, "LICENSE")
    (ctx / "emptydir").mkdir()
    return ctx


def test_walk_with_exceptions_and_doublestar(tree: Path) -> None:
    data = b"".join(build_context(tree))
    names = list(members(data))
    assert names == [
        ".dockerignore",
        "Dockerfile",
        "LICENSE",
        "build/keep/a.txt",
        "build/keep/sub",
        "build/keep/sub/b.txt",
        "docs",
        "emptydir",
        "important.log",
        "src",
        "src/deep",
        "src/deep/a",
        "src/deep/a/b",
        "src/deep/a/b/c.txt",
        "src/main.py",
        "src/run.sh",
    ]
    # "vendor" is pruned: "!**/LICENSE" does not literally start with "vendor/"
    # (the CLI's rule), so vendor/LICENSE is not sent.
    assert "vendor/LICENSE" not in names
    info = members(data)
    assert info["src/run.sh"].mode == 0o755
    assert info["src/main.py"].mode == 0o644
    assert info["src"].isdir()
    assert all(m.uid == 0 and m.gid == 0 for m in info.values())
    assert all(m.uname == "" and m.gname == "" for m in info.values())


@needs_cli
def test_walk_matches_docker_cli(tree: Path, tmp_path: Path) -> None:
    os.link(tree / "src/main.py", tree / "src/hardlink.py")
    os.symlink("../../outside", tree / "src/escape")
    os.mkfifo(tree / "fifo")
    _, sent = capture_cli_context(tree, tmp_path)
    assert describe(b"".join(build_context(tree))) == describe(sent)


def test_dockerfile_and_dockerignore_always_sent(tmp_path: Path) -> None:
    ctx = tmp_path / "ctx"
    write(ctx, ".dockerignore", "*\n")
    write(ctx, "sub/Dockerfile.prod", "FROM scratch\n")
    write(ctx, "sub/other")
    write(ctx, "top")
    bc = build_context(ctx, dockerfile="sub/Dockerfile.prod")
    assert bc.dockerfile == "sub/Dockerfile.prod"
    assert list(members(b"".join(bc))) == [".dockerignore", "sub/Dockerfile.prod"]


def test_lowercase_dockerfile_fallback(tmp_path: Path) -> None:
    write(tmp_path, "dockerfile", "FROM scratch\n")
    assert build_context(tmp_path).dockerfile == "dockerfile"


def test_missing_dockerfile_or_context(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="Cannot locate Dockerfile"):
        build_context(tmp_path)
    with pytest.raises(FileNotFoundError):
        build_context(tmp_path, dockerfile="nope")
    with pytest.raises(NotADirectoryError):
        build_context(tmp_path / "missing")


def test_bad_dockerignore_raises_before_streaming(tmp_path: Path) -> None:
    write(tmp_path, "Dockerfile")
    write(tmp_path, ".dockerignore", "[\n")
    with pytest.raises(DockerIgnoreError):
        build_context(tmp_path)


# -- symlinks --------------------------------------------------------------------------


@pytest.fixture
def escaping(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    write(outside, "secret.txt", "TOP-SECRET")
    ctx = tmp_path / "ctx"
    write(ctx, "Dockerfile", "FROM scratch\n")
    os.symlink(outside / "secret.txt", ctx / "abs_file_link")
    os.symlink("../outside/secret.txt", ctx / "rel_file_link")
    os.symlink("../outside", ctx / "dir_link")
    os.symlink("/", ctx / "root_link")
    write(ctx, "sub/inner.txt", "inner")
    os.symlink("../../outside", ctx / "sub/up_link")
    os.symlink("inner.txt", ctx / "sub/ok_link")
    write(ctx, "..dots", "dots")
    write(ctx, "a..b/..c..", "x")
    os.symlink("..", ctx / "sub/dotdot")
    return ctx


def test_symlinks_are_stored_not_followed(escaping: Path) -> None:
    data = b"".join(build_context(escaping))
    info = members(data)
    assert info["abs_file_link"].issym()
    assert info["abs_file_link"].linkname == str(escaping.parent / "outside/secret.txt")
    assert info["rel_file_link"].linkname == "../outside/secret.txt"
    assert info["dir_link"].issym() and info["dir_link"].linkname == "../outside"
    assert info["root_link"].issym()
    assert info["sub/up_link"].linkname == "../../outside"
    assert info["sub/dotdot"].linkname == ".."
    assert info["sub/ok_link"].linkname == "inner.txt"
    assert info["..dots"].isfile() and info["a..b/..c.."].isfile()
    assert not any(name.startswith(("dir_link/", "root_link/")) for name in info)
    assert b"TOP-SECRET" not in data
    assert all(m.size == 0 for m in info.values() if m.issym())


@needs_cli
def test_symlinks_match_docker_cli(escaping: Path, tmp_path: Path) -> None:
    _, sent = capture_cli_context(escaping, tmp_path)
    assert describe(b"".join(build_context(escaping))) == describe(sent)


def test_context_path_through_symlink(escaping: Path, tmp_path: Path) -> None:
    os.symlink(escaping, tmp_path / "ctx_alias")
    direct = b"".join(build_context(escaping))
    assert b"".join(build_context(tmp_path / "ctx_alias")) == direct


def test_file_swapped_for_symlink_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "outside", "SECRET")
    ctx = tmp_path / "ctx"
    write(ctx, "f", "data")
    directory = _Dir.open_root(str(ctx))
    try:
        st = directory.lstat("f")
        (ctx / "f").unlink()
        os.symlink(tmp_path / "outside", ctx / "f")
        with pytest.raises(BuildContextError):
            directory.open_file("f", st)
        write(ctx, "g", "other file, same name")
        os.replace(ctx / "g", ctx / "f")  # new inode while the old one is alive
        with pytest.raises(BuildContextError):
            directory.open_file("f", st)
    finally:
        directory.close()


def test_file_shrinking_while_streamed_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, "Dockerfile")
    big = write(tmp_path, "big", b"a" * (3 * CHUNK_SIZE))
    stream = iter(build_context(tmp_path))
    next(stream)
    os.truncate(big, 10)
    with pytest.raises(BuildContextError, match="shrank"):
        list(stream)


# -- Dockerfile outside the context ----------------------------------------------------


def test_dockerfile_outside_context(tmp_path: Path) -> None:
    ctx = tmp_path / "ctx"
    write(ctx, "app.py")
    outside = write(tmp_path, "elsewhere/Dockerfile", "FROM scratch\nCOPY . /\n")
    bc = build_context(ctx, dockerfile=outside)
    assert bc.dockerfile.startswith(".dockerfile.")
    suffix = bc.dockerfile.removeprefix(".dockerfile.")
    assert len(suffix) == 40 and int(suffix, 16) >= 0
    files = contents(b"".join(bc))
    assert files[bc.dockerfile] == b"FROM scratch\nCOPY . /\n"
    # listed in .dockerignore so the daemon removes both after reading them
    assert files[".dockerignore"] == f".dockerignore\n{bc.dockerfile}\n".encode()
    info = members(b"".join(bc))
    assert info[bc.dockerfile].mode == 0o600
    assert list(info)[-2:] == [".dockerignore", bc.dockerfile]
    # relative paths are relative to the context; ".." leaves it
    again = build_context(ctx, dockerfile="../elsewhere/Dockerfile")
    assert again.dockerfile == bc.dockerfile


def test_dockerfile_outside_keeps_existing_dockerignore(tmp_path: Path) -> None:
    ctx = tmp_path / "ctx"
    write(ctx, ".dockerignore", "*.tmp\n", 0o640)
    write(ctx, "a.tmp")
    write(ctx, "b")
    outside = write(tmp_path, "Dockerfile.other", "FROM scratch\n")
    bc = build_context(ctx, dockerfile=str(outside))
    data = b"".join(bc)
    files = contents(data)
    assert files[".dockerignore"] == f"*.tmp\n\n{bc.dockerfile}\n".encode()
    assert members(data)[".dockerignore"].mode == 0o640
    assert sorted(files) == sorted([".dockerignore", "b", bc.dockerfile])


def test_dockerfile_symlink_to_outside_is_refused(tmp_path: Path) -> None:
    # The docker CLI follows it and sends the target; a checked-out tree must not
    # be able to make the client read and send a file of the user's (issue 10).
    ctx = tmp_path / "ctx"
    outside = write(tmp_path, "real/Dockerfile", "FROM scratch\n")
    ctx.mkdir()
    os.symlink(outside, ctx / "Dockerfile")
    with pytest.raises(BuildContextError, match="outside the build context"):
        build_context(ctx)
    # naming the file outside the context explicitly still works
    assert build_context(ctx, dockerfile=outside).dockerfile.startswith(".dockerfile.")


def test_dockerfile_symlink_inside_context_resolves(tmp_path: Path) -> None:
    write(tmp_path, "docker/Dockerfile.prod", "FROM scratch\n")
    os.symlink("docker/Dockerfile.prod", tmp_path / "Dockerfile")
    assert build_context(tmp_path).dockerfile == "docker/Dockerfile.prod"


@needs_cli
def test_dockerfile_outside_matches_docker_cli(tmp_path: Path) -> None:
    ctx = tmp_path / "ctx"
    write(ctx, ".dockerignore", "*.tmp\n")
    write(ctx, "a.tmp")
    write(ctx, "b/c")
    outside = write(tmp_path, "df/Dockerfile", "FROM scratch\nCOPY . /\n")
    path, sent = capture_cli_context(ctx, tmp_path, ["-f", str(outside)])
    theirs = contents(sent)
    cli_name = next(n for n in theirs if n.startswith(".dockerfile."))
    assert f"dockerfile={cli_name}" in path
    bc = build_context(ctx, dockerfile=outside)
    ours = contents(b"".join(bc))
    assert ours[bc.dockerfile] == theirs[cli_name]
    assert ours[".dockerignore"].replace(bc.dockerfile.encode(), b"N") == theirs[
        ".dockerignore"
    ].replace(cli_name.encode(), b"N")
    rename = {bc.dockerfile: "N"}
    assert sorted(rename.get(n, n) for n in ours) == sorted(
        {cli_name: "N"}.get(n, n) for n in theirs
    )


# -- gzip, chunks, determinism, memory -------------------------------------------------


def test_gzip_round_trip(tree: Path) -> None:
    raw = b"".join(build_context(tree))
    gz = b"".join(build_context(tree, gzip=True))
    assert gz[:2] == b"\x1f\x8b"
    assert gzip_mod.decompress(gz) == raw
    assert list(members(gz, gz=True)) == list(members(raw))


def test_chunks_are_bounded(tmp_path: Path) -> None:
    write(tmp_path, "Dockerfile")
    write(tmp_path, "big", os.urandom(5 * CHUNK_SIZE + 123))
    for i in range(40):
        write(tmp_path, f"small/{i:02d}", os.urandom(i * 97))
    for gz in (False, True):
        bc = build_context(tmp_path, gzip=gz)
        chunks = list(bc.chunks)
        assert all(0 < len(c) <= CHUNK_SIZE for c in chunks)
        assert all(len(c) == CHUNK_SIZE for c in chunks[:-1])
    small = list(build_context(tmp_path, chunk_size=1000))
    assert max(map(len, small)) == 1000
    with pytest.raises(ValueError):
        build_context(tmp_path, chunk_size=0)


def test_deterministic_and_reiterable(tree: Path) -> None:
    bc = build_context(tree)
    assert isinstance(bc, BuildContext)
    first = b"".join(bc)
    assert b"".join(bc) == first  # a fresh stream each time
    assert b"".join(build_context(tree)) == first
    assert b"".join(build_context(tree, gzip=True)) == b"".join(
        build_context(tree, gzip=True)
    )
    assert len(first) % 512 == 0 and first.endswith(b"\0" * 1024)


def test_hardlinks_and_special_files(tmp_path: Path) -> None:
    write(tmp_path, "Dockerfile")
    write(tmp_path, "a", "same")
    os.link(tmp_path / "a", tmp_path / "b")
    os.mkfifo(tmp_path / "pipe")
    import socket

    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "sock"))
    try:
        info = members(b"".join(build_context(tmp_path)))
    finally:
        sock.close()
    assert info["a"].isfile() and info["b"].islnk() and info["b"].linkname == "a"
    assert info["pipe"].isfifo()
    assert "sock" not in info


def test_setuid_and_mtime_kept(tmp_path: Path) -> None:
    write(tmp_path, "Dockerfile")
    path = write(tmp_path, "tool", "x", 0o4755)
    os.utime(path, ns=(1_600_000_000_700_000_000, 1_600_000_000_700_000_000))
    info = members(b"".join(build_context(tmp_path)))["tool"]
    assert info.mode == 0o4755
    assert info.mtime == 1_600_000_000


def test_constant_memory_with_large_sparse_file(tmp_path: Path) -> None:
    """Stream a context holding a 200 MB sparse file in a child process; its peak
    RSS must grow by only a few MB over the baseline."""
    write(tmp_path, "Dockerfile", "FROM scratch\n")
    with open(tmp_path / "sparse.bin", "wb") as fh:
        fh.truncate(200 * 1024 * 1024)
    script = textwrap.dedent(f"""
        import resource, sys
        from docker_engine._runtime.build_context import build_context
        bc = build_context({str(tmp_path)!r})
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        total = biggest = 0
        for chunk in bc:
            total += len(chunk)
            biggest = max(biggest, len(chunk))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(total, biggest, peak - base)
        """)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=300,
    ).stdout.split()
    total, biggest, delta_kib = map(int, out)
    assert total > 200 * 1024 * 1024
    assert biggest <= CHUNK_SIZE
    assert delta_kib < 16 * 1024, f"peak RSS grew by {delta_kib} KiB"


def test_file_modes_of_directories(tmp_path: Path) -> None:
    write(tmp_path, "Dockerfile")
    (tmp_path / "d").mkdir(mode=0o700)
    (tmp_path / "d").chmod(0o2750)
    info = members(b"".join(build_context(tmp_path)))
    assert info["d"].isdir() and stat.S_IMODE(info["d"].mode) == 0o2750


# -- Dockerfile base images ------------------------------------------------------------


def test_dockerfile_base_images() -> None:
    text = textwrap.dedent("""\
        # syntax=docker/dockerfile:1
        ARG BASE=alpine:3.19
        ARG REG
        ARG TAG="1.2"
        FROM --platform=$BUILDPLATFORM ${BASE} AS build
        RUN echo \\
            FROM not-an-image
        FROM $REG/unknown AS other
        from ghcr.io/org/tool:${TAG} as Tool
        FROM build
        FROM tool
        COPY --from=build /a /b
        COPY --from=0 /a /b
        COPY --from=quay.io/x/y:latest /a /b
        FROM scratch
        FROM ${MISSING:-busybox}
        """)
    assert dockerfile_base_images(text) == [
        "alpine:3.19",
        "ghcr.io/org/tool:1.2",
        "quay.io/x/y:latest",
        "busybox",
    ]
    assert dockerfile_base_images(text, {"REG": "localhost:5000", "BASE": "debian"})[
        :2
    ] == ["debian", "localhost:5000/unknown"]


def test_dockerfile_escape_directive() -> None:
    text = "# escape=`\nFROM `\n  mcr.microsoft.com/windows:ltsc2022\n"
    assert dockerfile_base_images(text) == ["mcr.microsoft.com/windows:ltsc2022"]
