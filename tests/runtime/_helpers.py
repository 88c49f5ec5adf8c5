"""Fakes for the runtime tests: a scripted daemon on httpx2.MockTransport."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import Any

import httpx2

from docker_engine._runtime.client import AsyncBaseDockerClient, BaseDockerClient

Handler = Callable[[httpx2.Request], httpx2.Response]


class SyncChunks(httpx2.SyncByteStream):
    """A response body delivered in exactly these chunks; optionally ends with an
    exception (a connection cut mid-chunked-body)."""

    def __init__(self, chunks: Iterable[bytes], error: Exception | None = None):
        self.chunks = list(chunks)
        self.error = error
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks
        if self.error is not None:
            raise self.error

    def close(self) -> None:
        self.closed = True


class AsyncChunks(httpx2.AsyncByteStream):
    def __init__(self, chunks: Iterable[bytes], error: Exception | None = None):
        self.chunks = list(chunks)
        self.error = error
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            await asyncio.sleep(0)
            yield chunk
        if self.error is not None:
            raise self.error

    async def aclose(self) -> None:
        self.closed = True


def chunked(
    status: int,
    chunks: Iterable[bytes],
    *,
    headers: dict[str, str] | None = None,
    error: Exception | None = None,
    is_async: bool = False,
) -> httpx2.Response:
    stream: Any = AsyncChunks(chunks, error) if is_async else SyncChunks(chunks, error)
    return httpx2.Response(status, headers=headers or {}, stream=stream)


class Daemon:
    """A scripted daemon: answers ``/_ping`` with ``API-Version`` and routes other
    requests to ``handler``; records every request."""

    def __init__(
        self,
        handler: Handler | None = None,
        *,
        api_version: str | None = "1.41",
        head_ping: bool = True,
    ) -> None:
        self.handler = handler
        self.api_version = api_version
        self.head_ping = head_ping
        self.requests: list[httpx2.Request] = []
        self.pings = 0

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        if request.url.path == "/_ping":
            self.pings += 1
            if request.method == "HEAD" and not self.head_ping:
                return httpx2.Response(405)
            headers = {"OSType": "linux", "Docker-Experimental": "false"}
            if self.api_version is not None:
                headers["API-Version"] = self.api_version
            return httpx2.Response(200, headers=headers, text="OK")
        assert self.handler is not None, f"unexpected request {request.url}"
        return self.handler(request)

    @property
    def api_requests(self) -> list[httpx2.Request]:
        return [r for r in self.requests if r.url.path != "/_ping"]


class PassThroughTransport(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """Like httpx2.MockTransport, but does not read the request body before
    calling the handler (MockTransport does), so uploads stay streamed."""

    def __init__(self, handler: Callable[[httpx2.Request], Any]) -> None:
        self.handler = handler

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        response: httpx2.Response = self.handler(request)
        return response

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        response = self.handler(request)
        if hasattr(response, "__await__"):
            response = await response
        assert isinstance(response, httpx2.Response)
        return response


def sync_client(
    daemon: Daemon, *, stream_uploads: bool = False, **kwargs: Any
) -> BaseDockerClient:
    kwargs.setdefault("base_url", "unix:///fake.sock")
    transport: Any = (
        PassThroughTransport(daemon) if stream_uploads else httpx2.MockTransport(daemon)
    )
    return BaseDockerClient(transport=transport, **kwargs)


def async_client(
    daemon: Daemon, *, stream_uploads: bool = False, **kwargs: Any
) -> AsyncBaseDockerClient:
    kwargs.setdefault("base_url", "unix:///fake.sock")
    transport: Any = (
        PassThroughTransport(daemon) if stream_uploads else httpx2.MockTransport(daemon)
    )
    return AsyncBaseDockerClient(transport=transport, **kwargs)


def run(coro: Any) -> Any:
    return asyncio.run(coro)


class FakeNetworkStream:
    """A scripted hijacked socket (sync): ``read`` returns the scripted chunks,
    then b"" (EOF); writes and half-close are recorded."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self.chunks = deque(chunks)
        self.written = bytearray()
        self.write_closed = False
        self.closed = False

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        assert timeout is None, "hijacked reads must not time out"
        if not self.chunks:
            return b""
        chunk = self.chunks.popleft()
        if len(chunk) > max_bytes:
            self.chunks.appendleft(chunk[max_bytes:])
            chunk = chunk[:max_bytes]
        return chunk

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        assert not self.write_closed
        self.written += buffer

    def close_write(self) -> None:
        self.write_closed = True

    def close(self) -> None:
        self.closed = True

    def get_extra_info(self, info: str) -> Any:
        return None


class AsyncFakeNetworkStream:
    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._sync = FakeNetworkStream(chunks)

    @property
    def written(self) -> bytearray:
        return self._sync.written

    @property
    def write_closed(self) -> bool:
        return self._sync.write_closed

    @property
    def closed(self) -> bool:
        return self._sync.closed

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        await asyncio.sleep(0)
        return self._sync.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._sync.write(buffer, timeout)

    async def close_write(self) -> None:
        self._sync.close_write()

    async def aclose(self) -> None:
        self._sync.close()

    def get_extra_info(self, info: str) -> Any:
        return None


def frame(stream: int, data: bytes) -> bytes:
    """One multiplexed frame."""
    return bytes([stream, 0, 0, 0]) + len(data).to_bytes(4, "big") + data
