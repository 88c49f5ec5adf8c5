"""Where the spec text comes from: a path, a URL, or the pinned upstream file (cached)."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import GeneratorError, Problem
from .resources import SPEC

PINNED = SPEC / "upstream.yaml"
DOWNLOAD_TIMEOUT_SECONDS = 60
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class SpecText:
    name: str  # how messages refer to it: the path or URL given
    text: str
    sha256: str


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "docker-engine-codegen"


def read_spec(spec: str | None, sha256: str | None = None) -> SpecText:
    """The spec named on the command line (refused unless its bytes have `sha256`, when
    given), or the pinned upstream file."""
    if spec is None:
        return _read_pinned()
    if sha256 is not None:
        return _read_checked(spec, sha256, "--spec-sha256")
    return _decode(spec, _read(spec))


def _read(spec: str) -> bytes:
    if "://" in spec:
        return _download(spec)
    try:
        return Path(spec).read_bytes()
    except OSError as error:
        raise GeneratorError(spec, [Problem(f"cannot read the spec: {error.strerror}")])


def _decode(name: str, data: bytes) -> SpecText:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise GeneratorError(name, [Problem(f"the spec is not UTF-8 text ({error.reason} at byte {error.start})")])
    return SpecText(name, text, hashlib.sha256(data).hexdigest())


def _download(url: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=DOWNLOAD_TIMEOUT_SECONDS) as response:
            return bytes(response.read())
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", None) or error
        raise GeneratorError(url, [Problem(f"cannot download the spec: {reason}")])


def _read_pinned() -> SpecText:
    pin = yaml.safe_load(PINNED.read_text(encoding="utf-8"))
    return _read_checked(pin["url"], pin["sha256"], "spec/upstream.yaml")


def _read_checked(spec: str, digest: str, pinned_by: str) -> SpecText:
    """The spec if its bytes have the pinned sha256; a download is cached under its digest."""
    digest = digest.lower()
    if not _SHA256.fullmatch(digest):
        raise GeneratorError(spec, [Problem(f"the pinned sha256 ({pinned_by}) is not 64 hexadecimal digits: {digest!r}")])
    remote = "://" in spec
    cached = cache_dir() / f"{digest}.yaml"
    if remote and cached.is_file():
        data = cached.read_bytes()
        if hashlib.sha256(data).hexdigest() == digest:
            return _decode(spec, data)
    data = _read(spec)
    actual = hashlib.sha256(data).hexdigest()
    if actual != digest:
        raise GeneratorError(spec, [Problem(f"sha256 {actual} does not match the pinned {digest} ({pinned_by})")])
    if remote:
        _store(cached, data)
    return _decode(spec, data)


def _store(cached: Path, data: bytes) -> None:
    cached.parent.mkdir(parents=True, exist_ok=True)
    # Write beside the cache entry and rename, so an interrupted download never leaves a bad entry.
    with tempfile.NamedTemporaryFile(dir=cached.parent, delete=False) as partial:
        partial.write(data)
    os.replace(partial.name, cached)
