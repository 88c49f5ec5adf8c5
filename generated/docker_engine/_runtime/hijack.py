"""Hijacked connections: container attach and exec start.

The request carries ``Connection: Upgrade`` / ``Upgrade: tcp``; the daemon
answers ``101 UPGRADED`` (or, without the upgrade headers or through some
proxies, ``200`` with the raw stream as an unterminated body) and the socket then
carries stdin one way and output the other: multiplexed frames for non-TTY
processes, raw bytes for TTYs. Frame parsing is the sans-IO ``FrameCore`` shared
with the log streams.
"""

from __future__ import annotations

import socket
import time
from collections.abc import AsyncIterator, Callable, Iterator
from types import TracebackType
from typing import Any, Protocol

import httpx2

from .bodies import abody_chunks, body_chunks
from .decoders import (
    DEFAULT_MAX_BUFFER,
    Frame,
    FrameCore,
    FrameMode,
    Output,
    collect_frames,
)
from .encoding import path
from .errors import DockerError, DockerTimeout, ProtocolError, StreamTruncated
from .received import Response, public_headers
from .request import Request

__all__ = ["AsyncHijackedSession", "HijackedSession"]

_READ_SIZE = 64 * 1024


# The client's transports raise httpx2's errors; over ssh the session's stream comes
# from httpx2's own transport, which raises httpcore2's. httpcore2 is imported when a
# stream fails: a client that never uses ssh does not pay for importing it.
def _read_errors() -> tuple[type[BaseException], ...]:
    import httpcore2

    return (httpcore2.ReadError, httpx2.ReadError, httpx2.RemoteProtocolError)


def _timeout_errors() -> tuple[type[BaseException], ...]:
    import httpcore2

    return (httpcore2.TimeoutException, httpx2.TimeoutException)


def _write_errors() -> tuple[type[BaseException], ...]:
    import httpcore2

    return (httpcore2.WriteError, OSError)


def _close_errors() -> tuple[type[BaseException], ...]:
    import httpcore2

    return (OSError, httpcore2.NetworkError)


class _SyncSender(Protocol):
    def send(self, request: Any, expect: Any) -> Any: ...


class _AsyncSender(Protocol):
    async def send(self, request: Any, expect: Any) -> Any: ...


def _close_write_sync(stream: Any) -> None:
    """Half-close the connection (EOF on the process' stdin)."""
    hook = getattr(stream, "close_write", None) or stream.get_extra_info("close_write")
    if callable(hook):
        hook()
        return
    sock = stream.get_extra_info("socket")
    if sock is None:
        raise ProtocolError("close_write: the connection has no socket")
    if stream.get_extra_info("ssl_object") is not None:
        # ssl.SSLSocket.shutdown() drops the TLS layer, which would break reading.
        raise ProtocolError("close_write is not supported over TLS; close instead")
    sock.shutdown(socket.SHUT_WR)


def _exec_inspect_request(exec_id: str) -> Request:
    return Request(
        operation="ExecInspect",
        method="GET",
        path=path("/exec/{id}/json", id=exec_id),
    )


def _exit_code_of(info: Any) -> tuple[bool, int | None]:
    running = bool(info.get("Running")) if isinstance(info, dict) else False
    code = info.get("ExitCode") if isinstance(info, dict) else None
    return running, code if isinstance(code, int) else None


def _end_of_output(
    response: Response, exc: BaseException, operation: str | None
) -> None:
    """A read error ends an upgraded session's output (the daemon closes the
    socket when the process ends); a ``200`` body (no upgrade) that breaks off
    before its end, e.g. without its last chunk, was cut: raise."""
    if response.status_code != 101:
        raise StreamTruncated(f"stream cut short: {exc}", operation=operation) from exc


class _SessionBase:
    _response: Response
    _core: FrameCore
    exec_id: str | None

    @property
    def mode(self) -> FrameMode:
        """``multiplexed``, ``raw`` (TTY) or ``auto`` (not decided yet)."""
        return self._core.decoder.mode

    @property
    def headers(self) -> httpx2.Headers:
        return public_headers(self._response)

    @property
    def status_code(self) -> int:
        return self._response.status_code


class HijackedSession(_SessionBase):
    """A bidirectional attach/exec session.

    Iterate for :class:`Frame` output until the process (or the attach) ends;
    :meth:`write` sends stdin, :meth:`close_write` sends EOF, :meth:`collect`
    reads everything, :meth:`exit_code` (exec only) asks ``ExecInspect``. Reading
    and writing may happen in different threads.
    """

    def __init__(
        self,
        response: Response,
        mode: FrameMode,
        operation: str | None,
        *,
        client: _SyncSender | None = None,
        exec_id: str | None = None,
        max_frame: int = DEFAULT_MAX_BUFFER,
    ) -> None:
        self._response = response
        self._core = FrameCore(mode, operation, max_frame)
        self._client = client
        self.exec_id = exec_id
        self._pending: Iterator[Frame] = iter(())
        self._eof = False
        stream = response.extensions.get("network_stream")
        if stream is None:
            raise ProtocolError(
                "hijacked response has no network stream", operation=operation
            )
        self._stream = stream
        self._read: Callable[[], bytes]
        if response.status_code == 101:
            self._read = lambda: stream.read(_READ_SIZE, timeout=None)
        else:
            body = body_chunks(response)
            self._read = lambda: next(body, b"")

    def _next_chunk(self) -> bytes:
        try:
            return self._read()
        except _read_errors() as exc:
            _end_of_output(self._response, exc, self._core.operation)
            return b""
        except _timeout_errors() as exc:
            raise DockerTimeout(str(exc), operation=self._core.operation) from exc

    def read_frame(self) -> Frame | None:
        """The next frame, or None at end of stream."""
        while True:
            frame = next(self._pending, None)
            if frame is not None:
                return frame
            if self._eof:
                return None
            chunk = self._next_chunk()
            if chunk:
                self._pending = self._core.process(chunk)
            else:
                self._eof = True
                self._pending = self._core.finish()

    def __iter__(self) -> Iterator[Frame]:
        while (frame := self.read_frame()) is not None:
            yield frame

    def collect(self) -> Output:
        """Read until the end of output; stdout and stderr separately."""
        output = Output()
        collect_frames(iter(self), output)
        return output

    def write(self, data: bytes) -> None:
        """Send bytes to the process' stdin (needs ``stdin=True`` on attach/exec)."""
        try:
            self._stream.write(data, timeout=None)
        except _write_errors() as exc:
            raise StreamTruncated(f"cannot write to stdin: {exc}") from exc

    def close_write(self) -> None:
        """Close stdin (half-close): the process sees EOF, output continues."""
        _close_write_sync(self._stream)

    def exit_code(self, timeout: float = 10.0, interval: float = 0.05) -> int | None:
        """Exec only: drain the output, then poll ``ExecInspect`` until the process
        has stopped; returns its exit code (None if unknown)."""
        if self._client is None or self.exec_id is None:
            raise DockerError("exit_code() is only available for exec sessions")
        for _ in self:
            pass
        from .responses import ExpectJson

        deadline = time.monotonic() + timeout
        while True:
            info = self._client.send(
                _exec_inspect_request(self.exec_id), ExpectJson(dict[str, Any])
            )
            running, code = _exit_code_of(info)
            if not running or time.monotonic() > deadline:
                return code
            time.sleep(interval)

    def close(self) -> None:
        self._response.close()
        try:
            self._stream.close()
        except _close_errors():
            pass

    def __enter__(self) -> HijackedSession:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncHijackedSession(_SessionBase):
    """Async twin of :class:`HijackedSession`."""

    def __init__(
        self,
        response: Response,
        mode: FrameMode,
        operation: str | None,
        *,
        client: _AsyncSender | None = None,
        exec_id: str | None = None,
        max_frame: int = DEFAULT_MAX_BUFFER,
    ) -> None:
        self._response = response
        self._core = FrameCore(mode, operation, max_frame)
        self._client = client
        self.exec_id = exec_id
        self._pending: Iterator[Frame] = iter(())
        self._eof = False
        stream = response.extensions.get("network_stream")
        if stream is None:
            raise ProtocolError(
                "hijacked response has no network stream", operation=operation
            )
        self._stream = stream
        self._body: AsyncIterator[bytes] | None = (
            None if response.status_code == 101 else abody_chunks(response)
        )

    async def _next_chunk(self) -> bytes:
        try:
            if self._body is None:
                data: bytes = await self._stream.read(_READ_SIZE, timeout=None)
                return data
            return await self._body.__anext__()
        except StopAsyncIteration:
            return b""
        except _read_errors() as exc:
            _end_of_output(self._response, exc, self._core.operation)
            return b""
        except _timeout_errors() as exc:
            raise DockerTimeout(str(exc), operation=self._core.operation) from exc

    async def read_frame(self) -> Frame | None:
        """The next frame, or None at end of stream."""
        while True:
            frame = next(self._pending, None)
            if frame is not None:
                return frame
            if self._eof:
                return None
            chunk = await self._next_chunk()
            if chunk:
                self._pending = self._core.process(chunk)
            else:
                self._eof = True
                self._pending = self._core.finish()

    async def __aiter__(self) -> AsyncIterator[Frame]:
        while (frame := await self.read_frame()) is not None:
            yield frame

    async def collect(self) -> Output:
        output = Output()
        collect_frames([frame async for frame in self], output)
        return output

    async def write(self, data: bytes) -> None:
        try:
            await self._stream.write(data, timeout=None)
        except _write_errors() as exc:
            raise StreamTruncated(f"cannot write to stdin: {exc}") from exc

    async def close_write(self) -> None:
        hook = getattr(
            self._stream, "close_write", None
        ) or self._stream.get_extra_info("close_write")
        if callable(hook):
            result = hook()
            if hasattr(result, "__await__"):
                await result
            return
        _close_write_sync(self._stream)

    async def exit_code(
        self, timeout: float = 10.0, interval: float = 0.05
    ) -> int | None:
        if self._client is None or self.exec_id is None:
            raise DockerError("exit_code() is only available for exec sessions")
        async for _ in self:
            pass
        import asyncio

        from .responses import ExpectJson

        deadline = time.monotonic() + timeout
        while True:
            info = await self._client.send(
                _exec_inspect_request(self.exec_id), ExpectJson(dict[str, Any])
            )
            running, code = _exit_code_of(info)
            if not running or time.monotonic() > deadline:
                return code
            await asyncio.sleep(interval)

    async def aclose(self) -> None:
        await self._response.aclose()
        try:
            await self._stream.aclose()
        except _close_errors():
            pass

    close = aclose

    async def __aenter__(self) -> AsyncHijackedSession:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
