"""Issue 10, item 8: the build context never reads (or sends) a file outside itself
through a symlinked .dockerignore or Dockerfile, and pattern errors do not echo a
file's contents."""

from __future__ import annotations

import io
import os
import tarfile
from pathlib import Path

import pytest

from docker_engine._runtime.build_context import (
    BuildContextError,
    DockerIgnoreError,
    build_context,
)

SECRET = '{"auths": {"registry.example": {"auth": "dXNlcjpTM0NSRVQ="}}}'


def _secret_file(tmp_path: Path) -> Path:
    secret = tmp_path / "home" / ".docker" / "config.json"
    secret.parent.mkdir(parents=True)
    secret.write_text("[" + SECRET + "\n")  # "[" also makes it a bad pattern
    return secret


def _names_and_data(tar: bytes) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(tar)) as archive:
        for member in archive:
            f = archive.extractfile(member)
            out[member.name] = f.read() if f is not None else b""
    return out


def test_symlinked_dockerignore_outside_is_never_read(tmp_path: Path) -> None:
    secret = _secret_file(tmp_path)
    ctx = tmp_path / "ctx"
    ctx.mkdir()
    (ctx / "app.py").write_text("print()\n")
    os.symlink(secret, ctx / ".dockerignore")
    dockerfile = tmp_path / "Dockerfile"
    dockerfile.write_text("FROM scratch\n")
    for kwargs in ({"dockerfile": dockerfile}, {}):
        (ctx / "Dockerfile").write_text("FROM scratch\n")
        with pytest.raises(BuildContextError) as exc:
            b"".join(build_context(ctx, **kwargs))  # type: ignore[arg-type]
        assert "S3CRET" not in str(exc.value) and "dXNlcjpTM0NSRVQ" not in str(
            exc.value
        )


def test_symlinked_dockerignore_inside_is_followed(tmp_path: Path) -> None:
    ctx = tmp_path / "ctx"
    ctx.mkdir()
    (ctx / "ignore.txt").write_text("*.tmp\n")
    (ctx / "a.tmp").write_text("x")
    (ctx / "Dockerfile").write_text("FROM scratch\n")
    os.symlink("ignore.txt", ctx / ".dockerignore")
    files = _names_and_data(b"".join(build_context(ctx)))
    assert "a.tmp" not in files and "Dockerfile" in files


@pytest.mark.parametrize("link", ["Dockerfile", "sub"])
def test_dockerfile_link_leading_out_is_refused(tmp_path: Path, link: str) -> None:
    secret = _secret_file(tmp_path)
    ctx = tmp_path / "ctx"
    ctx.mkdir()
    if link == "Dockerfile":
        os.symlink(secret, ctx / "Dockerfile")
        kwargs: dict[str, str] = {}
    else:  # a directory on the way leads out
        os.symlink(secret.parent, ctx / "sub")
        kwargs = {"dockerfile": "sub/config.json"}
    with pytest.raises(BuildContextError) as exc:
        build_context(ctx, **kwargs)  # type: ignore[arg-type]
    assert "S3CRET" not in str(exc.value)


def test_pattern_errors_do_not_echo_more_than_a_short_pattern(tmp_path: Path) -> None:
    ctx = tmp_path / "ctx"
    ctx.mkdir()
    (ctx / "Dockerfile").write_text("FROM scratch\n")
    (ctx / ".dockerignore").write_text("[" + "A" * 5000 + "\nsecond-line-S3CRET\n")
    with pytest.raises(DockerIgnoreError) as exc:
        build_context(ctx)
    assert len(str(exc.value)) < 200
    assert "S3CRET" not in str(exc.value)
