"""Where the spec text comes from: a path, a URL, or the pinned upstream file (cached)."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import yaml

from .cache import cache_dir, read_regular_file
from .errors import GeneratorError, Problem
from .pointers import SAFE_LOADER
from .resources import SPEC

PINNED = SPEC / "upstream.yaml"
DOWNLOAD_TIMEOUT_SECONDS = 60  # for the whole download, however slowly it trickles
# The Engine API is 0.4 MB; a spec past this is refused before it is read whole.
MAX_SPEC_BYTES = 64 * 1024 * 1024
_SCHEMES = ("https", "http", "file")
_MAX_REDIRECTS = 5
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class SpecText:
    name: str  # how messages refer to it: the path or URL given
    text: str
    sha256: str


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
        with open(spec, "rb") as stream:
            return _bounded_read(spec, stream, deadline=None)
    except OSError as error:
        raise GeneratorError(spec, [Problem(f"cannot read the spec: {error.strerror}")])


def _bounded_read(name: str, stream: IO[bytes], deadline: float | None) -> bytes:
    """At most MAX_SPEC_BYTES, in chunks; GeneratorError past it or past `deadline` (checked
    after each read, whatever it returned; a silent peer is stopped by the socket timeout)."""
    chunks: list[bytes] = []
    size = 0
    read = getattr(stream, "read1", stream.read)  # what has arrived, not a full chunk
    while chunk := read(1024 * 1024):
        size += len(chunk)
        if size > MAX_SPEC_BYTES:
            raise GeneratorError(name, [Problem(f"the spec is larger than {MAX_SPEC_BYTES // 1024**2} MiB: refused")])
        if deadline is not None and time.monotonic() > deadline:
            raise GeneratorError(name, [Problem(f"the download takes longer than {DOWNLOAD_TIMEOUT_SECONDS} s: stopped")])
        chunks.append(chunk)
    return b"".join(chunks)


def _decode(name: str, data: bytes) -> SpecText:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise GeneratorError(name, [Problem(f"the spec is not UTF-8 text ({error.reason} at byte {error.start})")])
    return SpecText(name, text, hashlib.sha256(data).hexdigest())


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows a few redirects, to http(s) only, and never from https down to http."""

    max_redirections = _MAX_REDIRECTS

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: object, newurl: str) -> urllib.request.Request | None:
        scheme = urllib.parse.urlsplit(newurl).scheme.lower()
        if scheme not in ("http", "https") or (req.type == "https" and scheme != "https"):
            raise urllib.error.URLError(f"refused a redirect from {req.type} to {scheme or 'a relative'} URL {newurl}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)  # type: ignore[arg-type]


def _download(url: str) -> bytes:
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in _SCHEMES:
        raise GeneratorError(url, [Problem(f"cannot download the spec: {scheme}:// is not supported (use {', '.join(_SCHEMES)})")])
    deadline = time.monotonic() + DOWNLOAD_TIMEOUT_SECONDS
    opener = urllib.request.build_opener(_Redirects)
    try:
        with opener.open(url, timeout=DOWNLOAD_TIMEOUT_SECONDS) as response:
            return _bounded_read(url, response, deadline)
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", None) or error
        raise GeneratorError(url, [Problem(f"cannot download the spec: {reason}")])


def _read_pinned() -> SpecText:
    pin = yaml.load(PINNED.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    return _read_checked(pin["url"], pin["sha256"], "spec/upstream.yaml")


def validated_pin(spec: SpecText, overlay_text: str) -> bool:
    """Whether `spec` is the pinned upstream file (its sha256) and `overlay_text` the overlay
    it passed the validator with (spec/upstream.yaml's `validated_with_overlay_sha256`,
    which tests/generator/test_loader.py checks by validating that pair)."""
    pin = yaml.load(PINNED.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    overlay_digest = hashlib.sha256(overlay_text.encode("utf-8")).hexdigest()
    return spec.sha256 == str(pin["sha256"]) and overlay_digest == str(pin.get("validated_with_overlay_sha256"))


def pinned_history() -> Path:
    """A folder of the pinned commit's older API versions (spec/upstream.yaml's `history`),
    each downloaded once and checked against its sha256 (also when already there)."""
    pin = yaml.load(PINNED.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    history = pin["history"]
    folder = cache_dir() / "pinned-history" / pin["sha256"]
    for version, digest in history["sha256"].items():
        target = folder / f"engine-api-v{version}.yaml"
        data = read_regular_file(target, MAX_SPEC_BYTES)
        if data is None or hashlib.sha256(data).hexdigest() != digest:
            _store(target, _checked_bytes(history["url"].format(version=version), digest, "spec/upstream.yaml"))
    return folder


def _read_checked(spec: str, digest: str, pinned_by: str) -> SpecText:
    """The spec if its bytes have the pinned sha256; a download is cached under its digest."""
    return _decode(spec, _checked_bytes(spec, digest, pinned_by))


def _checked_bytes(spec: str, digest: str, pinned_by: str) -> bytes:
    digest = digest.lower()
    if not _SHA256.fullmatch(digest):
        raise GeneratorError(spec, [Problem(f"the pinned sha256 ({pinned_by}) is not 64 hexadecimal digits: {digest!r}")])
    remote = "://" in spec
    cached = cache_dir() / f"{digest}.yaml"
    if remote:
        data = read_regular_file(cached, MAX_SPEC_BYTES)  # never through a link, never a FIFO
        if data is not None and hashlib.sha256(data).hexdigest() == digest:
            return data
    data = _read(spec)
    actual = hashlib.sha256(data).hexdigest()
    if actual != digest:
        raise GeneratorError(spec, [Problem(f"sha256 {actual} does not match the pinned {digest} ({pinned_by})")])
    if remote:
        _store(cached, data)
    return data


def _store(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    # Write beside the entry and rename, so an interrupted download never leaves a bad one.
    with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as partial:
        partial.write(data)
    os.replace(partial.name, target)
