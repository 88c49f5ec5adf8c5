"""The transport-independent description of one API call, and request bodies."""

from __future__ import annotations

import os
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, TypeAlias

from .encoding import Pairs, json_compact

__all__ = [
    "CHUNK_SIZE",
    "Body",
    "JsonBody",
    "Request",
    "SECRET_HEADERS",
    "TextBody",
    "UploadBody",
    "UploadSource",
    "redact_headers",
]

#: Upload chunk size: large chunks are slow in httpcore (encode/httpcore#1029).
CHUNK_SIZE = 64 * 1024

#: Header values never shown in reprs, errors or logs.
SECRET_HEADERS = frozenset({"x-registry-auth", "x-registry-config"})


def redact_headers(headers: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Replace credential header values with ``"<redacted>"``."""
    return tuple(
        (k, "<redacted>" if k.lower() in SECRET_HEADERS else v) for k, v in headers
    )


# -------------------------------------------------------------------------- bodies


def _jsonable(value: Any) -> Any:
    # pydantic is imported here, not with the module: a client that sends no JSON
    # body (and so does not import it) starts faster.
    from pydantic import BaseModel

    return _to_jsonable(value, BaseModel)


def _to_jsonable(value: Any, base_model: type[Any]) -> Any:
    if isinstance(value, base_model):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, dict):
        return {str(k): _to_jsonable(v, base_model) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_to_jsonable(v, base_model) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    import pydantic_core

    return pydantic_core.to_jsonable_python(value)  # datetime, Enum, bytes, ...


@dataclass(frozen=True, slots=True)
class JsonBody:
    """A JSON request body.

    A pydantic model is dumped with ``mode="json", by_alias=True,
    exclude_unset=True`` (fields never set are absent, explicit ``None`` is sent as
    ``null``); dicts and lists are sent as they are (models nested in them are
    dumped the same way). ``JsonBody(None)`` sends no body at all.
    """

    value: Any
    content_type: str = "application/json"

    @property
    def empty(self) -> bool:
        return self.value is None

    def encode(self) -> bytes | None:
        if self.value is None:
            return None
        return json_compact(_jsonable(self.value)).encode("utf-8")


@dataclass(frozen=True, slots=True)
class TextBody:
    """A text body, UTF-8 encoded."""

    text: str | None
    content_type: str = "text/plain"

    @property
    def empty(self) -> bool:
        return self.text is None

    def encode(self) -> bytes | None:
        return None if self.text is None else self.text.encode("utf-8")


UploadSource: TypeAlias = (
    bytes
    | bytearray
    | memoryview
    | str
    | os.PathLike[str]
    | IO[bytes]
    | Iterable[bytes]
    | AsyncIterable[bytes]
)


def _split(chunk: bytes | bytearray | memoryview) -> Iterator[bytes]:
    view = memoryview(chunk)
    for start in range(0, len(view), CHUNK_SIZE):
        yield bytes(view[start : start + CHUNK_SIZE])


def _read_file(f: IO[bytes]) -> Iterator[bytes]:
    while True:
        data = f.read(CHUNK_SIZE)
        if not data:
            return
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("upload file objects must be opened in binary mode")
        yield bytes(data)


def _iter_path(path: str | os.PathLike[str]) -> Iterator[bytes]:
    with open(path, "rb") as f:
        yield from _read_file(f)


@dataclass(frozen=True, slots=True)
class UploadBody:
    """A streamed upload (tar contexts, image tarballs, archives).

    ``source`` is bytes, a ``str`` path or ``os.PathLike``, a binary file object,
    an iterable of bytes, or (async client only) an async iterable of bytes. It is
    read lazily in chunks of at most 64 KiB and sent with chunked transfer
    encoding; it is never read whole. ``None`` sends no body. A file given by path is opened when the
    request is sent and closed afterwards; a file object is left open.
    """

    source: UploadSource | None
    content_type: str = "application/octet-stream"

    @property
    def empty(self) -> bool:
        """``UploadBody(None)`` sends no body (optional uploads)."""
        return self.source is None

    def iter_sync(self) -> Iterator[bytes]:
        src = self.source
        if src is None:
            return iter(())
        if isinstance(src, (bytes, bytearray, memoryview)):
            return _split(src)
        if isinstance(src, (str, os.PathLike)):
            return _iter_path(src)
        if hasattr(src, "read"):
            return _read_file(src)  # type: ignore[arg-type]
        if isinstance(src, AsyncIterable):
            raise TypeError(
                "an async iterable upload needs the async client (AsyncDockerClient)"
            )
        if isinstance(src, Iterable):
            return (piece for chunk in src for piece in _split(_check_chunk(chunk)))
        raise TypeError(f"unsupported upload source {type(src).__name__}")

    async def iter_async(self) -> AsyncIterator[bytes]:
        src = self.source
        if src is None:
            return
        if isinstance(src, AsyncIterable):
            async for chunk in src:
                for piece in _split(_check_chunk(chunk)):
                    yield piece
            return
        # Sync sources: file reads block the event loop for one 64 KiB read at a
        # time, which is what every asyncio HTTP client does for file bodies.
        for piece in self.iter_sync():
            yield piece


def _check_chunk(chunk: object) -> bytes | bytearray | memoryview:
    if not isinstance(chunk, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"upload iterables must yield bytes, got {type(chunk).__name__}"
        )
    return chunk


Body: TypeAlias = JsonBody | UploadBody | TextBody


# ------------------------------------------------------------------------- request


@dataclass(frozen=True, slots=True, repr=False)
class Request:
    """One API call, as emitted by the generated code.

    ``path`` is the unversioned path (``/images/json``); the client adds
    ``/v{version}``. ``streaming=True`` marks long-running responses (pull logs,
    attach, wait, events): no read timeout.
    """

    operation: str
    method: str
    path: str
    query: Pairs = ()
    headers: Pairs = ()
    body: Body | None = None
    streaming: bool = False
    auth_image: str | None = None
    """The image (or plugin) reference whose registry the call talks to: the client
    adds X-Registry-Auth from the docker config when the call does not carry one."""
    timeout: float | None = None
    """The caller's timeout for this call (seconds), instead of the client's."""
    duration: float | None = None
    """Seconds the daemon takes on purpose before answering (the ``t`` of a stop):
    added to the read timeout."""

    def __repr__(self) -> str:
        return (
            f"Request(operation={self.operation!r}, method={self.method!r},"
            f" path={self.path!r}, query={self.query!r},"
            f" headers={redact_headers(self.headers)!r},"
            f" body={type(self.body).__name__ if self.body else None},"
            f" streaming={self.streaming!r}, auth_image={self.auth_image!r},"
            f" timeout={self.timeout!r}, duration={self.duration!r})"
        )
