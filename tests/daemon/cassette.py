"""Cassette format (JSON lines) shared by the recorder and the replay daemon. See README.md.

Line kinds, in file order:

* header (line 1): ``{"cassette", "format", "engine_version", "api_version", "recorded_at", "meta"}``
* exchange: ``{"exchange": i, "conn": c, "request": {...}, "response": {...}}``
* inline body chunk of exchange i, in order: ``{"exchange": i, "chunk": "<text>"}``
* hijack transcript item of exchange i, in order: ``{"exchange": i, "dir": "in"|"out", "data": "<text>"}``
  (or ``"b64"``, or ``"blob"`` + ``"size"``), or ``{"exchange": i, "dir": ..., "eof": true}``.

Binary or large (> 64 KiB) bodies live in ``blobs/<sha256>.gz`` next to the cassette (deterministic gzip,
content-addressed, shared between cassettes of one directory).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import os
import pathlib
import re
import tempfile
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Iterator

FORMAT = 1
INLINE_BODY_LIMIT = 64 * 1024  # response bodies / transcript items larger than this go to a blob
INLINE_REQUEST_LIMIT = 4 * 1024  # request bodies kept inline up to this size (JSON: up to INLINE_BODY_LIMIT)
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()

# Text = valid UTF-8 without control characters other than \t \n \r and ESC (ANSI colours in TTY output).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f]")


# Swarm secrets in JSON bodies, by API path: join tokens and unlock keys (of throw-away swarms, but
# a cassette is no place for a key). Their values become REDACTED in the requests the recorder writes
# (the replay redacts what the client sends the same way before comparing) and in the responses.
REDACTED = "<redacted>"
_SECRET_FIELDS = {
    "/swarm": ("Worker", "Manager"),  # response: JoinTokens
    "/swarm/join": ("JoinToken",),
    "/swarm/unlock": ("UnlockKey",),
    "/swarm/unlockkey": ("UnlockKey",),
}
_VERSIONED = re.compile(r"^/v[0-9.]+(?=/)")


def redact_secrets(path: str, data: bytes) -> bytes | None:
    """``data`` with the non-empty secret string values of ``path``'s body replaced; None when the path
    has no secrets."""
    names = _SECRET_FIELDS.get(_VERSIONED.sub("", path))
    if names is None:
        return None
    pattern = rb'("(?:' + b"|".join(re.escape(name.encode()) for name in names) + rb')"\s*:\s*")[^"\\]+"'
    return re.sub(pattern, rb'\1' + REDACTED.encode() + b'"', data)


def is_text(data: bytes) -> bool:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return _CONTROL.search(text) is None


def blob_path(directory: pathlib.Path, digest: str) -> pathlib.Path:
    return directory / "blobs" / (digest.removeprefix("sha256:") + ".gz")


class BodySink:
    """Collects a body chunk by chunk; keeps small text bodies in memory, spills others to a blob
    (``blob_dir/<sha256>.gz``).

    ``write()`` appends to the current chunk, ``end_chunk()`` closes it. Memory stays below
    ``INLINE_BODY_LIMIT`` plus one read, whatever the body size.
    """

    def __init__(self, blob_dir: pathlib.Path, *, limit: int = INLINE_BODY_LIMIT, text_only: bool = True) -> None:
        self.blob_dir = blob_dir
        self.limit = limit
        self.text_only = text_only  # False: small binary data stays inline (the caller base64-encodes it)
        self.hasher = hashlib.sha256()
        self.size = 0
        self.sizes: list[int] = []
        self.chunks: list[bytes] | None = []
        self._pending: list[bytes] = []
        self._cur = 0
        self._tmp: str | None = None
        self._gz: gzip.GzipFile | None = None
        self._raw: BinaryIO | None = None

    def write(self, data: bytes) -> None:
        if not data:
            return
        self.hasher.update(data)
        self.size += len(data)
        self._cur += len(data)
        if self._gz is not None:
            self._gz.write(data)
            return
        self._pending.append(data)
        if self.size > self.limit:
            self._spill()

    def end_chunk(self) -> None:
        if self._cur == 0 and not self._pending:
            return
        self.sizes.append(self._cur)
        self._cur = 0
        if self._gz is None:
            chunk = b"".join(self._pending)
            self._pending = []
            assert self.chunks is not None
            self.chunks.append(chunk)
            if self.text_only and not is_text(chunk):
                self._spill()

    def _spill(self) -> None:
        self.blob_dir.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(dir=self.blob_dir, prefix=".tmp-", suffix=".gz")
        self._raw = os.fdopen(fd, "wb")
        self._gz = gzip.GzipFile(filename="", mode="wb", fileobj=self._raw, mtime=0, compresslevel=6)
        for chunk in self.chunks or ():
            self._gz.write(chunk)
        for piece in self._pending:
            self._gz.write(piece)
        self.chunks = None
        self._pending = []

    @property
    def digest(self) -> str:
        return "sha256:" + self.hasher.hexdigest()

    def finish(self) -> dict[str, Any]:
        """Close the body. Returns the ``body`` dict (``size``, ``sha256`` and, for a blob, ``blob`` and
        ``chunk_sizes``); inline chunks stay in ``self.chunks``."""
        self.end_chunk()
        body: dict[str, Any] = {"size": self.size, "sha256": self.hasher.hexdigest()}
        if self._gz is not None:
            assert self._raw is not None and self._tmp is not None
            self._gz.close()
            self._raw.close()
            os.chmod(self._tmp, 0o644)
            os.replace(self._tmp, self.blob_dir / (self.hasher.hexdigest() + ".gz"))
            body["blob"] = self.digest
            body["chunk_sizes"] = self.sizes
        return body

    def abort(self) -> None:
        if self._gz is not None:
            self._gz.close()
            self._raw.close()  # type: ignore[union-attr]
            os.unlink(self._tmp)  # type: ignore[arg-type]
            self._gz = None


def encode_bytes(data: bytes) -> dict[str, str]:
    return {"data": data.decode("utf-8")} if is_text(data) else {"b64": base64.b64encode(data).decode("ascii")}


def decode_bytes(obj: dict[str, Any]) -> bytes:
    if "data" in obj:
        return str(obj["data"]).encode("utf-8")
    return base64.b64decode(obj["b64"])


@dataclass
class Exchange:
    """One recorded HTTP exchange (request + response + optional hijack transcript)."""

    index: int
    conn: int
    request: dict[str, Any]
    response: dict[str, Any] | None
    chunks: list[bytes] = field(default_factory=list)  # inline response body chunks
    transcript: list[dict[str, Any]] = field(default_factory=list)  # {"dir", "data"/"b64"/"blob"/"eof"}
    line: int = 0  # 1-based line number in the cassette

    @property
    def method(self) -> str:
        return str(self.request["method"])

    @property
    def target(self) -> str:
        return str(self.request["target"])

    def describe(self) -> str:
        status = self.response["status"] if self.response else "no response"
        return f"#{self.index} (line {self.line}) {self.method} {self.target} -> {status}"


@dataclass
class Cassette:
    path: pathlib.Path
    header: dict[str, Any]
    exchanges: list[Exchange]

    @property
    def directory(self) -> pathlib.Path:
        return self.path.parent

    def blob(self, digest: str) -> pathlib.Path:
        return blob_path(self.directory, digest)

    def iter_blob(
        self, digest: str, sizes: list[int], piece: int = 64 * 1024
    ) -> Iterator[tuple[int, bytes, bool, bool]]:
        """Yield ``(chunk_size, data, first_piece, last_piece)`` following the recorded chunk sizes, in constant
        memory: a piece is at most ``piece`` bytes (``piece <= 0``: one piece per chunk)."""
        with gzip.open(self.blob(digest), "rb") as f:
            for size in sizes:
                left, first = size, True
                while left:
                    data = f.read(left if piece <= 0 else min(left, piece))
                    if not data:
                        raise ValueError(f"blob {digest} is shorter than its recorded chunk sizes")
                    left -= len(data)
                    yield size, data, first, left == 0
                    first = False

    def read_blob(self, digest: str) -> bytes:
        with gzip.open(self.blob(digest), "rb") as f:
            return f.read()


def load(path: str | os.PathLike[str]) -> Cassette:
    path = pathlib.Path(path)
    exchanges: dict[int, Exchange] = {}
    header: dict[str, Any] | None = None
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            obj = json.loads(line)
            if header is None:
                if "cassette" not in obj:
                    raise ValueError(f"{path}:1: not a cassette header")
                header = obj
                continue
            idx = obj["exchange"]
            if "request" in obj:
                exchanges[idx] = Exchange(idx, obj.get("conn", 0), obj["request"], obj.get("response"), line=lineno)
            elif "chunk" in obj:
                exchanges[idx].chunks.append(obj["chunk"].encode("utf-8"))
            elif "dir" in obj:
                item = {k: v for k, v in obj.items() if k != "exchange"}
                exchanges[idx].transcript.append(item)
            else:
                raise ValueError(f"{path}:{lineno}: unknown line {line[:80]!r}")
    if header is None:
        raise ValueError(f"{path}: empty cassette")
    return Cassette(path, header, [exchanges[i] for i in sorted(exchanges)])


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def write(path: str | os.PathLike[str], header: dict[str, Any], exchanges: list[Exchange]) -> None:
    """Write a cassette atomically (temp file + rename)."""
    path = pathlib.Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [_dump(header)]
    for ex in exchanges:
        lines.append(_dump({"exchange": ex.index, "conn": ex.conn, "request": ex.request, "response": ex.response}))
        for chunk in ex.chunks:
            lines.append(_dump({"exchange": ex.index, "chunk": chunk.decode("utf-8")}))
        for item in ex.transcript:
            lines.append(_dump({"exchange": ex.index, **item}))
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".jsonl")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def referenced_blobs(cassette_path: pathlib.Path) -> set[str]:
    found: set[str] = set()
    c = load(cassette_path)
    for ex in c.exchanges:
        body = (ex.response or {}).get("body") or {}
        if "blob" in body:
            found.add(body["blob"].removeprefix("sha256:"))
        for item in ex.transcript:
            if "blob" in item:
                found.add(item["blob"].removeprefix("sha256:"))
    return found


def gc_blobs(directory: pathlib.Path) -> list[pathlib.Path]:
    """Delete blobs in ``directory/blobs`` that no ``*.jsonl`` cassette of ``directory`` references."""
    blobs = directory / "blobs"
    if not blobs.is_dir():
        return []
    used: set[str] = set()
    for cassette in directory.glob("*.jsonl"):
        used |= referenced_blobs(cassette)
    removed = []
    for blob in blobs.glob("*.gz"):
        if blob.name.removesuffix(".gz") not in used:
            blob.unlink()
            removed.append(blob)
    return removed
