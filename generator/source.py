"""Where the spec text comes from: a path, a URL, or the pinned upstream file (cached)."""

from __future__ import annotations

import hashlib
import os
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import GeneratorError, Problem

PINNED = Path(__file__).resolve().parent.parent / "spec" / "upstream.yaml"
DOWNLOAD_TIMEOUT_SECONDS = 60


@dataclass(frozen=True)
class SpecText:
    name: str  # how messages refer to it: the path or URL given
    text: str
    sha256: str


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "docker-engine-codegen"


def read_spec(spec: str | None) -> SpecText:
    """The spec named on the command line, or the pinned upstream file."""
    if spec is None:
        return _read_pinned()
    if "://" in spec:
        data = _download(spec)
    else:
        try:
            data = Path(spec).read_bytes()
        except OSError as error:
            raise GeneratorError(spec, [Problem(f"cannot read the spec: {error.strerror}")])
    return _decode(spec, data)


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
    return _decode(pin["url"], _pinned_bytes(pin["url"], pin["sha256"]))


def pinned_history() -> Path:
    """A folder of the pinned commit's older API versions (spec/upstream.yaml's `history`),
    each downloaded once and checked against its sha256."""
    pin = yaml.safe_load(PINNED.read_text(encoding="utf-8"))
    history = pin["history"]
    folder = cache_dir() / "pinned-history" / pin["sha256"]
    for version, digest in history["sha256"].items():
        target = folder / f"engine-api-v{version}.yaml"
        if not target.is_file():
            _store(target, _pinned_bytes(history["url"].format(version=version), digest))
    return folder


def _pinned_bytes(url: str, digest: str) -> bytes:
    cached = cache_dir() / f"{digest}.yaml"
    if cached.is_file():
        data = cached.read_bytes()
        if hashlib.sha256(data).hexdigest() == digest:
            return data
    data = _download(url)
    actual = hashlib.sha256(data).hexdigest()
    if actual != digest:
        raise GeneratorError(url, [Problem(f"sha256 {actual} does not match the pinned {digest} (spec/upstream.yaml)")])
    _store(cached, data)
    return data


def _store(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    # Write beside the entry and rename, so an interrupted download never leaves a bad one.
    with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as partial:
        partial.write(data)
    os.replace(partial.name, target)
