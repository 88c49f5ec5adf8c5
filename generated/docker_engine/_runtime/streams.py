"""Streaming results: NDJSON messages, binary (tar) downloads, log frames.

Each stream owns its HTTP response; closing the stream (or leaving its ``with``
block) closes the connection, which makes the daemon cancel a pull, push or
build. The parsing lives in the sans-IO cores below and in :mod:`.decoders`; the
sync and async classes only differ in how they read chunks.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import stat
import tempfile
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Generator,
    Iterator,
    Sequence,
)
from dataclasses import dataclass, field
from types import TracebackType
from typing import IO, Any, Generic, Protocol, TypeVar

import httpx2

from .bodies import (
    abody_chunks,
    abody_pieces,
    body_chunks,
    body_pieces,
    received_body,
)
from .decoders import (
    DEFAULT_MAX_BUFFER,
    Frame,
    FrameCore,
    FrameMode,
    JsonLinesDecoder,
    Output,
    TarWalker,
    collect_frames,
    error_of,
    split_json_values,
    starts_tar,
    too_large,
)
from .decoding import decode_json
from .errors import (
    DockerError,
    DockerTimeout,
    ProtocolError,
    StreamError,
    StreamTruncated,
)
from .received import Response, public_headers

__all__ = [
    "AsyncBinaryStream",
    "AsyncHijackedSession",
    "AsyncJsonStream",
    "AsyncLogStream",
    "BinaryStream",
    "Frame",
    "HijackedSession",
    "JsonStream",
    "LogStream",
    "Output",
    "StreamOutcome",
    "aread_body",
    "read_body",
    "transport_errors",
]

T = TypeVar("T")
I = TypeVar("I")  # what a stream yields
I_co = TypeVar("I_co", covariant=True)


# ---------------------------------------------------------------- error mapping


@contextlib.contextmanager
def transport_errors(operation: str | None) -> Iterator[None]:
    """Map httpx2 errors raised while reading a body to :class:`DockerError`s and
    stamp the operation on errors raised by the decoders."""
    try:
        yield
    except DockerError as exc:
        if exc.operation is None:
            exc.operation = operation
        raise
    except httpx2.TimeoutException as exc:
        raise DockerTimeout(
            f"timed out reading the response: {exc}", operation=operation
        ) from exc
    except (httpx2.RemoteProtocolError, httpx2.ReadError) as exc:
        raise StreamTruncated(f"stream cut short: {exc}", operation=operation) from exc
    except httpx2.TransportError as exc:
        raise ProtocolError(f"transport error: {exc}", operation=operation) from exc


# ----------------------------------------------------------------- whole bodies


def _announced(response: Response, limit: int) -> None:
    length = response.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > limit:
        raise too_large(f"a response body of {length} bytes", limit)


def _within(body: bytes, limit: int) -> bytes:
    if len(body) > limit:
        raise too_large("the response body", limit)
    return body


class _Collector:
    """Chunks joined into one body, refused beyond ``limit`` bytes."""

    __slots__ = ("chunks", "size", "limit")

    def __init__(self, limit: int) -> None:
        self.chunks: list[bytes] = []
        self.size = 0
        self.limit = limit

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise too_large("the response body", self.limit)
        self.chunks.append(chunk)

    def body(self) -> bytes:
        return b"".join(self.chunks)


def read_body(response: Response, limit: int) -> bytes:
    """The whole body, refused with :class:`ResponseTooLarge` beyond ``limit``
    bytes (before reading, when Content-Length announces it)."""
    _announced(response, limit)
    body = received_body(response)
    if body is not None:
        return _within(body, limit)
    collector = _Collector(limit)
    for chunk in body_chunks(response):
        collector.add(chunk)
    return collector.body()


async def aread_body(response: Response, limit: int) -> bytes:
    """Async twin of :func:`read_body`."""
    _announced(response, limit)
    body = received_body(response)
    if body is not None:
        return _within(body, limit)
    collector = _Collector(limit)
    async for chunk in abody_chunks(response):
        collector.add(chunk)
    return collector.body()


# ------------------------------------------------------------------- JSON lines


@dataclass
class StreamOutcome:
    """What :meth:`JsonStream.wait` learned from the messages.

    * ``image_id``: ``aux.ID`` (build), or a bare ``sha256:`` status/stream
      (import, quiet build);
    * ``digest``: ``Digest: sha256:...`` status (pull) or ``aux.Digest`` (push);
    * ``loaded``: names from ``Loaded image: x`` / ``Loaded image ID: y`` (load);
    * ``last``: the last item; ``count``: how many items were seen.
    """

    image_id: str | None = None
    digest: str | None = None
    loaded: list[str] = field(default_factory=list)
    last: Any = None
    count: int = 0


_SHA = re.compile(r"^sha256:[0-9a-f]{64}$")
_DIGEST = re.compile(r"Digest: (sha256:[0-9a-f]{64})")
_LOADED = re.compile(r"^Loaded image(?: ID)?: (.+)$")


def _get(item: Any, key: str) -> Any:
    if isinstance(item, dict):
        return item.get(key)
    import pydantic  # imported on use: see decoding.py

    if isinstance(item, pydantic.BaseModel):
        for name, info in type(item).model_fields.items():
            if info.validation_alias == key or name == key:
                return getattr(item, name)
        extra = item.model_extra or {}
        return extra.get(key)
    return None


def _update_outcome(outcome: StreamOutcome, item: Any) -> None:
    outcome.count += 1
    outcome.last = item
    aux = _get(item, "aux")
    if isinstance(aux, dict):
        if isinstance(aux.get("ID"), str):
            outcome.image_id = aux["ID"]
        if isinstance(aux.get("Digest"), str):
            outcome.digest = aux["Digest"]
    status = _get(item, "status")
    if isinstance(status, str):
        match = _DIGEST.search(status)
        if match:
            outcome.digest = match.group(1)
        elif _SHA.match(status.strip()):
            outcome.image_id = status.strip()
    stream = _get(item, "stream")
    if isinstance(stream, str):
        text = stream.strip()
        match = _LOADED.match(text)
        if match:
            outcome.loaded.append(match.group(1))
        elif _SHA.match(text) and outcome.image_id is None:
            outcome.image_id = text


class _JsonLinesCore(Generic[T]):
    """Sans-IO: bytes in, typed items out (in order); raises on in-stream errors."""

    def __init__(self, item_type: Any, operation: str | None, max_line: int) -> None:
        self.item_type = item_type
        self.operation = operation
        self.decoder = JsonLinesDecoder(max_line)
        self.outcome = StreamOutcome()

    def process(self, chunk: bytes) -> Iterator[T]:
        for line in self.decoder.feed(chunk):
            yield from self._items(line)

    def finish(self) -> Iterator[T]:
        for line in self.decoder.eof():
            yield from self._items(line)

    def _items(self, line: bytes) -> Iterator[T]:
        # A key can only hide "error" behind a \u escape: only lines with one (or
        # with the plain key) are decoded once more to look for it.
        if b'"error' in line or b"\\u" in line:
            self._check_error(line)
        try:
            item = decode_json(self.item_type, line, what="stream message")
        except ProtocolError:
            # Several JSON values on one line: split them.
            values = split_json_values(line)
            if len(values) < 2:
                raise
            for value in values:
                yield from self._items(value)
            return
        _update_outcome(self.outcome, item)
        yield item

    def _check_error(self, line: bytes) -> None:
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError):
            return
        found = error_of(obj)
        if found is not None:
            raise StreamError(found[0], found[1], operation=self.operation)


class _StreamBase:
    _response: Response

    @property
    def headers(self) -> httpx2.Headers:
        """Response headers."""
        return public_headers(self._response)

    @property
    def status_code(self) -> int:
        return self._response.status_code


class _Core(Protocol[I_co]):
    """A sans-IO decoder: bytes in, items out."""

    operation: str | None

    def process(self, chunk: bytes) -> Iterator[I_co]: ...

    def finish(self) -> Iterator[I_co]: ...


_S = TypeVar("_S", bound="_DecodedStream[Any]")
_AS = TypeVar("_AS", bound="_AsyncDecodedStream[Any]")


class _DecodedStream(_StreamBase, Generic[I]):
    """Feeds the response's bytes to a sans-IO core and yields what it decodes.
    Closing it closes the connection."""

    def __init__(self, response: Response, core: _Core[I]) -> None:
        self._response = response
        self._decoder = core
        self._iter: Generator[I, None, None] | None = None

    def _generate(self) -> Generator[I, None, None]:
        core = self._decoder
        try:
            with transport_errors(core.operation):
                for chunk in body_chunks(self._response):
                    yield from core.process(chunk)
                yield from core.finish()
        finally:
            self._response.close()

    def __iter__(self) -> Iterator[I]:
        return self

    def __next__(self) -> I:
        if self._iter is None:
            self._iter = self._generate()
        return next(self._iter)

    def close(self) -> None:
        """Close the connection (cancels the daemon's pull/push/build)."""
        if self._iter is not None:
            self._iter.close()
        self._response.close()

    def __enter__(self: _S) -> _S:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class _AsyncDecodedStream(_StreamBase, Generic[I]):
    """Async twin of :class:`_DecodedStream`."""

    def __init__(self, response: Response, core: _Core[I]) -> None:
        self._response = response
        self._decoder = core
        self._iter: AsyncGenerator[I, None] | None = None

    async def _generate(self) -> AsyncGenerator[I, None]:
        core = self._decoder
        try:
            with transport_errors(core.operation):
                async for chunk in abody_chunks(self._response):
                    for item in core.process(chunk):
                        yield item
                for item in core.finish():
                    yield item
        finally:
            await self._response.aclose()

    def __aiter__(self) -> AsyncIterator[I]:
        return self

    async def __anext__(self) -> I:
        if self._iter is None:
            self._iter = self._generate()
        return await self._iter.__anext__()

    async def aclose(self) -> None:
        if self._iter is not None:
            await self._iter.aclose()
        await self._response.aclose()

    close = aclose

    async def __aenter__(self: _AS) -> _AS:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


class JsonStream(_DecodedStream[T]):
    """Iterator of typed NDJSON items (pull/push/build/load progress, events,
    stats). Raises :class:`StreamError` on the daemon's in-stream ``errorDetail``
    and :class:`StreamTruncated` when the stream stops mid-object."""

    def __init__(
        self,
        response: Response,
        item_type: Any,
        operation: str | None,
        max_line: int = DEFAULT_MAX_BUFFER,
    ) -> None:
        self._core: _JsonLinesCore[T] = _JsonLinesCore(item_type, operation, max_line)
        super().__init__(response, self._core)

    def wait(self) -> StreamOutcome:
        """Consume the rest of the stream; raise on an in-stream error."""
        for _ in self:
            pass
        return self._core.outcome

    @property
    def outcome(self) -> StreamOutcome:
        """What has been learned so far."""
        return self._core.outcome


class AsyncJsonStream(_AsyncDecodedStream[T]):
    """Async twin of :class:`JsonStream`."""

    def __init__(
        self,
        response: Response,
        item_type: Any,
        operation: str | None,
        max_line: int = DEFAULT_MAX_BUFFER,
    ) -> None:
        self._core: _JsonLinesCore[T] = _JsonLinesCore(item_type, operation, max_line)
        super().__init__(response, self._core)

    async def wait(self) -> StreamOutcome:
        async for _ in self:
            pass
        return self._core.outcome

    @property
    def outcome(self) -> StreamOutcome:
        return self._core.outcome


# ----------------------------------------------------------------------- binary


def _iov_max() -> int:
    try:
        return max(16, os.sysconf("SC_IOV_MAX"))  # 1,024 on Linux and macOS
    except (AttributeError, ValueError, OSError):
        return 16  # what POSIX guarantees


#: Buffers one ``writev`` takes at most.
_IOV_MAX = _iov_max()


def _writev(fd: int, buffers: list[bytes | memoryview]) -> int:
    if hasattr(os, "writev"):
        return os.writev(fd, buffers)
    return os.write(fd, buffers[0])  # Windows: one at a time


def _open_as_it_is(path: str, mode: int) -> int:
    """A descriptor writing into what ``path`` opens: a device, a FIFO, a pipe or a
    file named through ``/dev/stdout`` or ``/proc/self/fd/N``. A FIFO nobody reads
    is refused instead of waited for forever."""
    flags = os.O_WRONLY | getattr(os, "O_CLOEXEC", 0)
    if stat.S_ISFIFO(mode):
        try:
            fd = os.open(path, flags | os.O_NONBLOCK)
        except OSError as exc:
            if exc.errno == errno.ENXIO:
                raise OSError(
                    errno.ENXIO,
                    "no process reads from this FIFO (the export would wait for one"
                    " forever)",
                    path,
                ) from None
            raise
        os.set_blocking(fd, True)
        return fd
    return os.open(path, flags | (os.O_TRUNC if stat.S_ISREG(mode) else 0))


class _FileWriter:
    """Writes a download into a path, as ``open(path, "wb")`` would find it.

    A new file, or a regular file reached by its name or through links, is written
    next to itself as ``.<name>.<random>.part`` and renamed over it on success,
    deleted on error: a failed export never leaves a half-written file, nor spoils
    the one it was to replace, and a link stays a link. Anything else the path opens
    (a device such as ``/dev/null``, a FIFO, a pipe or an open file named through
    ``/dev/stdout`` or ``/proc/self/fd/N``) is written into as it is: a rename would
    replace the node itself, or miss what it leads to. A directory is refused before
    anything is read.
    """

    def __init__(self, dest: str | os.PathLike[str]) -> None:
        path = os.fspath(dest)
        self.tmp: str | None = None
        self.written = 0
        if not path:  # as open() refuses it (realpath would take the working folder)
            raise FileNotFoundError(errno.ENOENT, "no file named", path)
        if path.endswith(("/", os.sep)):  # as open() refuses it
            raise IsADirectoryError(
                errno.EISDIR, "a file's path cannot end with /", path
            )
        try:
            found: os.stat_result | None = os.stat(path)  # through every link
        except FileNotFoundError:
            found = None
        if found is not None and stat.S_ISDIR(found.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory", path)
        self.dest = os.path.realpath(path)
        if found is None or (stat.S_ISREG(found.st_mode) and _names(self.dest, found)):
            self.fd, self.tmp = tempfile.mkstemp(
                dir=os.path.dirname(self.dest),
                # a name near the file system's limit leaves room for the rest
                prefix=f".{os.path.basename(self.dest)[:100]}.",
                suffix=".part",
            )
        else:
            self.fd = _open_as_it_is(path, found.st_mode)

    def write(self, pieces: Sequence[bytes]) -> None:
        """Write ``pieces`` in order, in one system call as a rule (unbuffered:
        they come in reads of up to 256 KiB)."""
        batch: list[bytes | memoryview] = list(pieces)
        start = 0
        while start < len(batch):
            done = _writev(self.fd, batch[start : start + _IOV_MAX])
            self.written += done
            while start < len(batch) and done >= len(batch[start]):
                done -= len(batch[start])
                start += 1
            if done:  # a short write: the rest of that piece goes next
                batch[start] = memoryview(batch[start])[done:]

    def commit(self) -> int:
        try:
            os.close(self.fd)
            self.fd = -1
            if self.tmp is not None:
                os.replace(self.tmp, self.dest)
        except BaseException:  # e.g. the folder went away: leave no .part behind
            self.abort()
            raise
        return self.written

    def abort(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
        if self.tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.tmp)


def _names(path: str, found: os.stat_result) -> bool:
    """Whether ``path`` names the file ``found`` (a path through /proc's fd links
    resolves to a name that may not, such as ``/tmp/#123 (deleted)``)."""
    try:
        here = os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (found.st_dev, found.st_ino)


class _BinaryCore:
    """Follows a tar body (``tar=None``: when its first block is a tar header, so
    an archive served with another Content-Type is still checked for a cut)."""

    def __init__(self, operation: str | None, tar: bool | None) -> None:
        self.operation = operation
        self.walker = TarWalker() if tar else None
        self._sniffed: bytearray | None = bytearray() if tar is None else None
        self.total = 0

    def feed(self, chunk: bytes) -> None:
        self.total += len(chunk)
        if self._sniffed is not None:
            self._sniffed += chunk
            if len(self._sniffed) < _TAR_BLOCK:
                return
            chunk, self._sniffed = bytes(self._sniffed), None
            if starts_tar(chunk[:_TAR_BLOCK]):
                self.walker = TarWalker()
        if self.walker is not None:
            self.walker.feed(chunk)

    def finish(self) -> None:
        if self.walker is not None:
            self.walker.finish()


_TAR_BLOCK = 512


def _is_tar(response: Response, tar: bool | None) -> bool | None:
    """True/False when known (argument, Content-Type), None: sniff the body."""
    if tar is not None:
        return tar
    ctype = response.headers.get("content-type", "")
    if ctype.split(";")[0].strip() in ("application/x-tar", "application/tar"):
        return True
    return None


class BinaryStream(_StreamBase):
    """A binary download (image/container export, archive) read in chunks.

    For tar content the archive structure is followed, so the JSON error the
    daemon appends when an export fails mid-way raises :class:`StreamError`
    (and a short archive :class:`StreamTruncated`) at the end of iteration.
    """

    def __init__(
        self,
        response: Response,
        operation: str | None,
        tar: bool | None,
        max_buffer: int = DEFAULT_MAX_BUFFER,
    ) -> None:
        self._response = response
        self._core = _BinaryCore(operation, _is_tar(response, tar))
        self._max_buffer = max_buffer

    def iter_bytes(self) -> Iterator[bytes]:
        core = self._core
        try:
            with transport_errors(core.operation):
                for chunk in body_chunks(self._response):
                    core.feed(chunk)
                    yield chunk
                core.finish()
        finally:
            self._response.close()

    __iter__ = iter_bytes

    def _groups(self) -> Generator[Sequence[bytes], None, None]:
        """The body in groups of chunks, as :func:`body_pieces` makes them."""
        core = self._core
        try:
            with transport_errors(core.operation):
                for group in body_pieces(self._response):
                    for chunk in group:
                        core.feed(chunk)
                    yield group
                core.finish()
        finally:
            self._response.close()

    def read(self) -> bytes:
        """The whole body (for small downloads: beyond the client's ``max_buffer``
        it raises :class:`ResponseTooLarge`; use :meth:`write_to` instead)."""
        collector = _Collector(self._max_buffer)
        for chunk in self.iter_bytes():
            collector.add(chunk)
        return collector.body()

    def write_to(self, dest: str | os.PathLike[str] | IO[bytes]) -> int:
        """Stream into a path (a file atomically: temp file + rename; a device,
        FIFO or pipe as it is) or a binary file object (written as it arrives).
        Returns the number of bytes."""
        if not isinstance(dest, (str, os.PathLike)):
            total = 0
            with contextlib.closing(self._groups()) as groups:
                for group in groups:
                    for chunk in group:
                        dest.write(chunk)
                        total += len(chunk)
            return total
        try:
            writer = _FileWriter(dest)
        except BaseException:
            self.close()  # the response too: its connection goes back
            raise
        try:
            # closed at once when a write fails: the response with it
            with contextlib.closing(self._groups()) as groups:
                for group in groups:
                    writer.write(group)
        except BaseException:
            writer.abort()
            raise
        return writer.commit()

    def close(self) -> None:
        self._response.close()

    def __enter__(self) -> BinaryStream:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncBinaryStream(_StreamBase):
    """Async twin of :class:`BinaryStream` (file writes are synchronous)."""

    def __init__(
        self,
        response: Response,
        operation: str | None,
        tar: bool | None,
        max_buffer: int = DEFAULT_MAX_BUFFER,
    ) -> None:
        self._response = response
        self._core = _BinaryCore(operation, _is_tar(response, tar))
        self._max_buffer = max_buffer

    async def aiter_bytes(self) -> AsyncIterator[bytes]:
        core = self._core
        try:
            with transport_errors(core.operation):
                async for chunk in abody_chunks(self._response):
                    core.feed(chunk)
                    yield chunk
                core.finish()
        finally:
            await self._response.aclose()

    __aiter__ = aiter_bytes

    async def _agroups(self) -> AsyncGenerator[Sequence[bytes], None]:
        """The body in groups of chunks, as :func:`abody_pieces` makes them."""
        core = self._core
        try:
            with transport_errors(core.operation):
                async for group in abody_pieces(self._response):
                    for chunk in group:
                        core.feed(chunk)
                    yield group
                core.finish()
        finally:
            await self._response.aclose()

    async def read(self) -> bytes:
        collector = _Collector(self._max_buffer)
        async for chunk in self.aiter_bytes():
            collector.add(chunk)
        return collector.body()

    async def write_to(self, dest: str | os.PathLike[str] | IO[bytes]) -> int:
        if not isinstance(dest, (str, os.PathLike)):
            total = 0
            async with contextlib.aclosing(self._agroups()) as groups:
                async for group in groups:
                    for chunk in group:
                        dest.write(chunk)
                        total += len(chunk)
            return total
        try:
            writer = _FileWriter(dest)
        except BaseException:
            await self.aclose()  # the response too: its connection goes back
            raise
        try:
            # closed at once when a write fails: the response with it
            async with contextlib.aclosing(self._agroups()) as groups:
                async for group in groups:
                    writer.write(group)
        except BaseException:
            writer.abort()
            raise
        return writer.commit()

    async def aclose(self) -> None:
        await self._response.aclose()

    close = aclose

    async def __aenter__(self) -> AsyncBinaryStream:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


# ------------------------------------------------------------------------- logs


class LogStream(_DecodedStream[Frame]):
    """Iterator of :class:`Frame` (``stream``: 1 stdout, 2 stderr) from container,
    service or task logs. A TTY container's raw output comes as stdout frames; a
    daemon error frame (id 3) raises :class:`StreamError`."""

    def __init__(
        self,
        response: Response,
        mode: FrameMode,
        operation: str | None,
        max_frame: int = DEFAULT_MAX_BUFFER,
    ) -> None:
        self._core = FrameCore(mode, operation, max_frame)
        super().__init__(response, self._core)

    @property
    def mode(self) -> FrameMode:
        """``multiplexed``, ``raw`` or (before the first bytes) ``auto``."""
        return self._core.decoder.mode

    def collect(self) -> Output:
        """Read to the end; stdout and stderr separately."""
        output = Output()
        collect_frames(iter(self), output)
        return output


class AsyncLogStream(_AsyncDecodedStream[Frame]):
    """Async twin of :class:`LogStream`."""

    def __init__(
        self,
        response: Response,
        mode: FrameMode,
        operation: str | None,
        max_frame: int = DEFAULT_MAX_BUFFER,
    ) -> None:
        self._core = FrameCore(mode, operation, max_frame)
        super().__init__(response, self._core)

    @property
    def mode(self) -> FrameMode:
        return self._core.decoder.mode

    async def collect(self) -> Output:
        output = Output()
        collect_frames([frame async for frame in self], output)
        return output


# Re-exported: the hijacked sessions live in .hijack (which does not import this
# module, so there is no import cycle).
from .hijack import AsyncHijackedSession, HijackedSession  # noqa: E402
