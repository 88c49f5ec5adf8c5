"""The generator's caches: data only, each entry authenticated before it is used.

An entry is a file `<cache dir>/<kind>/<key>` holding an HMAC-SHA256 tag and the payload.
The tag covers the kind, the key and the payload, under a secret made on first use and kept
outside the cache folder (`$XDG_STATE_HOME/docker-engine-codegen/keys/cache.key`): an entry that
was planted (a cache folder restored from elsewhere, another user), corrupted, truncated or
copied under another key fails the check and is ignored, then recomputed. No entry or
folder is followed through a symbolic link; the key's folder is private (0700, the key 0600)
or the caches are not used at all.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import os
import secrets
import stat
import tempfile
from pathlib import Path

_SECRET_BYTES = 32
_TAG = hashlib.sha256().digest_size * 2  # hex digits
_LAYOUT = "v2"
MAX_ENTRY_BYTES = 256 * 1024 * 1024  # far above any real entry (the v1.44 document is 0.3 MB)


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "docker-engine-codegen"


def state_dir() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "docker-engine-codegen"


def folder(kind: str) -> Path:
    """Where entries of `kind` live. The name carries the entry layout: a generator from before
    it trusted entries as they were and would read the tag line as content, so it must never
    meet one."""
    return cache_dir() / f"{kind}.{_LAYOUT}"


def read(kind: str, key: str) -> bytes | None:
    """The payload stored under `key`, or None: absent, unreadable or failing its check."""
    entries = _own_folder(folder(kind), create=False)
    secret = _secret()
    if entries is None or secret is None:
        return None
    data = read_regular_file(entries / key, MAX_ENTRY_BYTES + _TAG + 1)
    if data is None or len(data) <= _TAG or data[_TAG : _TAG + 1] != b"\n":
        return None
    tag, payload = data[:_TAG], data[_TAG + 1 :]
    if not hmac.compare_digest(tag, _tag(secret, kind, key, payload)):
        return None
    return payload


def write(kind: str, key: str, payload: bytes) -> None:
    """Store `payload` under `key` (atomically; a cache that cannot be written only costs time)."""
    secret = _secret()
    entries = _own_folder(folder(kind), create=True)
    if entries is None or secret is None or len(payload) > MAX_ENTRY_BYTES:
        return
    with contextlib.suppress(OSError):
        descriptor, partial = tempfile.mkstemp(dir=entries, prefix=".partial-")  # O_EXCL, mode 0600
        try:
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(_tag(secret, kind, key, payload) + b"\n" + payload)
            os.replace(partial, entries / key)  # replaces a planted link itself, never its target
        except OSError:
            os.unlink(partial)


def read_regular_file(path: Path, limit: int) -> bytes | None:
    """The bytes of a regular file not reached through a final symbolic link, at most `limit`
    of them; None for anything else (a link, a FIFO, a device, a bigger file, an error)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    with os.fdopen(descriptor, "rb") as stream:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        data = stream.read(limit + 1)
    return data if len(data) <= limit else None


def _tag(secret: bytes, kind: str, key: str, payload: bytes) -> bytes:
    mac = hmac.new(secret, f"{kind}\0{key}\0".encode(), hashlib.sha256)
    mac.update(payload)
    return mac.hexdigest().encode()


def _own_folder(folder: Path, create: bool, private: bool = False) -> Path | None:
    """`folder` (and its parent, the tool's own folder) when each is a real directory (not a
    link) of this user, and with `private` one that no one else may enter; created with
    mode 0700 when asked. None otherwise."""
    if create:
        with contextlib.suppress(OSError):
            folder.parent.parent.mkdir(parents=True, exist_ok=True)
    for path in (folder.parent, folder):
        if create:
            with contextlib.suppress(OSError):
                path.mkdir(mode=0o700)
        try:
            info = os.lstat(path)
        except OSError:
            return None
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or (private and info.st_mode & 0o077):
            return None
    return folder


def _secret() -> bytes | None:
    return _secret_in(state_dir() / "keys")


@functools.lru_cache(maxsize=None)
def _secret_in(keys: Path) -> bytes | None:
    """This machine's cache key, made on first use; None when it cannot be kept safely."""
    folder = _own_folder(keys, create=True, private=True)
    if folder is None:
        return None
    path = folder / "cache.key"
    existing = read_regular_file(path, _SECRET_BYTES)
    if existing is None:
        try:  # written whole beside it, then linked in: a racing run sees all of it or nothing
            descriptor, partial = tempfile.mkstemp(dir=folder, prefix=".cache.key-")
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(secrets.token_bytes(_SECRET_BYTES))
            with contextlib.suppress(FileExistsError):
                os.link(partial, path)
            os.unlink(partial)
        except OSError:
            return None
        existing = read_regular_file(path, _SECRET_BYTES)
    try:
        info = os.lstat(path)
    except OSError:
        return None
    if existing is None or len(existing) != _SECRET_BYTES or info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None
    return existing

