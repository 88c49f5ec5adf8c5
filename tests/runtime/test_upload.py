"""request.py uploads: every source kind, ≤ 64 KiB chunks, lazy (constant memory)."""

from __future__ import annotations

import io
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

from docker_engine._runtime.request import Request, UploadBody
from docker_engine._runtime.responses import ExpectEmpty
from tests.runtime._helpers import Daemon, async_client, run, sync_client

MiB = 1024 * 1024
CHUNK_SIZE = 64 * 1024  # the contract: uploads go out in chunks of at most 64 KiB


class Sink:
    """A daemon that consumes the request body chunk by chunk without keeping it,
    and checks that the producer is never far ahead of the consumer."""

    def __init__(self, produced: list[int] | None = None) -> None:
        self.sizes: list[int] = []
        self.total = 0
        self.produced = produced
        self.max_ahead = 0

    def consume(self, chunk: bytes) -> None:
        self.sizes.append(len(chunk))
        self.total += len(chunk)
        if self.produced is not None:
            self.max_ahead = max(self.max_ahead, self.produced[0] - self.total)

    def sync_handler(self, request: httpx2.Request) -> httpx2.Response:
        for chunk in request.stream:  # type: ignore[union-attr]
            self.consume(chunk)
        return httpx2.Response(200)

    async def async_handler(self, request: httpx2.Request) -> httpx2.Response:
        async for chunk in request.stream:  # type: ignore[union-attr]
            self.consume(chunk)
        return httpx2.Response(200)


def lazy_source(total: int, piece: int, produced: list[int]) -> Iterator[bytes]:
    block = b"\xab" * piece
    sent = 0
    while sent < total:
        produced[0] += piece
        sent += piece
        yield block


def upload(body: UploadBody) -> Request:
    return Request("ImageLoad", "POST", "/images/load", body=body, streaming=True)


def test_lazy_iterator_is_streamed_in_small_chunks_without_materialising() -> None:
    """Stands in for the 1 GiB case: 256 MiB from a generator of 1 MiB blocks."""
    produced = [0]
    sink = Sink(produced)
    client = sync_client(Daemon(sink.sync_handler), stream_uploads=True)
    tracemalloc.start()
    try:
        client.send(
            upload(
                UploadBody(lazy_source(256 * MiB, MiB, produced), "application/x-tar")
            ),
            ExpectEmpty(),
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sink.total == 256 * MiB
    assert max(sink.sizes) <= CHUNK_SIZE
    assert sink.max_ahead <= MiB  # pulled lazily: one source block at a time
    assert peak < 16 * MiB


def test_file_object_and_path_sources(tmp_path: Path) -> None:
    data = bytes(range(256)) * 4000  # ~1 MiB

    class CountingFile(io.BytesIO):
        reads: list[int] = []

        def read(self, size: int | None = -1) -> bytes:
            self.reads.append(-1 if size is None else size)
            return super().read(size)

    f = CountingFile(data)
    sink = Sink()
    client = sync_client(Daemon(sink.sync_handler), stream_uploads=True)
    client.send(upload(UploadBody(f, "application/x-tar")), ExpectEmpty())
    assert sink.total == len(data) and max(f.reads) == CHUNK_SIZE
    assert not f.closed  # the caller's file stays open

    path = tmp_path / "ctx.tar"
    path.write_bytes(data)
    for source in (str(path), path):
        sink = Sink()
        sync_client(Daemon(sink.sync_handler), stream_uploads=True).send(
            upload(UploadBody(source, "application/x-tar")), ExpectEmpty()
        )
        assert sink.total == len(data) and max(sink.sizes) <= CHUNK_SIZE


def test_bytes_source_is_split() -> None:
    sink = Sink()
    data = b"x" * (3 * CHUNK_SIZE + 5)
    sync_client(Daemon(sink.sync_handler), stream_uploads=True).send(
        upload(UploadBody(bytearray(data))), ExpectEmpty()
    )
    assert sink.sizes == [CHUNK_SIZE] * 3 + [5]


def test_iterables_must_yield_bytes_and_async_needs_async_client() -> None:
    client = sync_client(Daemon(Sink().sync_handler), stream_uploads=True)
    with pytest.raises(TypeError):
        client.send(upload(UploadBody(["text"])), ExpectEmpty())  # type: ignore[list-item]

    async def agen() -> AsyncIterator[bytes]:
        yield b"x"

    with pytest.raises(TypeError, match="async"):
        client.send(upload(UploadBody(agen())), ExpectEmpty())


def test_async_client_streams_async_and_sync_sources(tmp_path: Path) -> None:
    produced = [0]

    async def agen() -> AsyncIterator[bytes]:
        for _ in range(64):
            produced[0] += MiB
            yield b"\x01" * MiB

    path = tmp_path / "f.tar"
    path.write_bytes(b"y" * (CHUNK_SIZE * 2 + 1))

    async def main() -> list[Sink]:
        sinks = [Sink(produced), Sink(), Sink()]
        sources: list[Any] = [agen(), path, iter([b"a" * (CHUNK_SIZE + 1)])]
        for sink, source in zip(sinks, sources):
            async with async_client(
                Daemon(sink.async_handler), stream_uploads=True
            ) as client:
                await client.send(upload(UploadBody(source)), ExpectEmpty())
        return sinks

    lazy, from_path, from_iter = run(main())
    assert lazy.total == 64 * MiB and max(lazy.sizes) <= CHUNK_SIZE
    assert lazy.max_ahead <= MiB
    assert from_path.sizes == [CHUNK_SIZE, CHUNK_SIZE, 1]
    assert from_iter.sizes == [CHUNK_SIZE, 1]


def test_upload_is_sent_chunked_with_content_type() -> None:
    seen: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        request.read()
        return httpx2.Response(200)

    sync_client(Daemon(handler)).send(
        upload(UploadBody(iter([b"a", b"b"]), "application/x-tar")), ExpectEmpty()
    )
    assert seen[0].headers["Transfer-Encoding"] == "chunked"
    assert seen[0].headers["Content-Type"] == "application/x-tar"
    assert seen[0].content == b"ab"
