"""streams.py through the clients: NDJSON, binary and log streams, sync and async."""

from __future__ import annotations

import io
import os
import stat
import tarfile
import tempfile
import threading
import warnings
from pathlib import Path
from typing import Any

import httpx2
import pytest

from docker_engine._runtime.decoding import LenientDecodeWarning
from docker_engine._runtime.errors import (
    DockerTimeout,
    StreamError,
    StreamTruncated,
)
from docker_engine._runtime.messages import JsonMessage
from docker_engine._runtime.model import Model
from docker_engine._runtime.request import Request
from docker_engine._runtime.responses import (
    ExpectBinary,
    ExpectFrames,
    ExpectJson,
    ExpectJsonLines,
)
from docker_engine._runtime.streams import Frame, JsonStream
from tests.runtime._helpers import (
    SyncChunks,
    Daemon,
    async_client,
    chunked,
    frame,
    run,
    sync_client,
)

PULL = Request("ImageCreate", "POST", "/images/create", streaming=True)
PULL_CHUNKS = [
    b'{"status":"Pulling from library/busybox","id":"latest"}\r\n{"status":"Pulling fs',
    b' layer","progressDetail":{},"id":"a1"}\r\n',
    b'{"status":"Downloading","progressDetail":{"current":10,"total":100},'
    b'"progress":"[=>  ]","id":"a1"}\r\n\r\n',
    b'{"status":"Digest: sha256:' + b"d" * 64 + b'"}\r\n{"status":"Status: Downloaded'
    b' newer image for busybox:latest"}\r\n',
]


def both(chunks: list[bytes], **kw: Any) -> tuple[Daemon, Daemon]:
    """Two daemons serving the same chunks, for the sync and the async client."""
    headers = kw.pop("headers", {"Content-Type": "application/json"})
    return (
        Daemon(lambda r: chunked(200, chunks, headers=headers, **kw)),
        Daemon(lambda r: chunked(200, chunks, headers=headers, is_async=True, **kw)),
    )


# ------------------------------------------------------------------ JSON lines


def test_json_stream_items_and_outcome_sync() -> None:
    sd, _ = both(PULL_CHUNKS)
    with sync_client(sd).send(PULL, ExpectJsonLines(JsonMessage)) as stream:
        items = list(stream)
    assert [m.status for m in items][:2] == [
        "Pulling from library/busybox",
        "Pulling fs layer",
    ]
    assert items[2].progress_detail is not None
    assert items[2].progress_detail.total == 100
    assert stream.outcome.digest == "sha256:" + "d" * 64
    assert stream.outcome.count == 5


def test_json_stream_async() -> None:
    _, ad = both(PULL_CHUNKS)

    async def main() -> Any:
        async with async_client(ad) as client:
            stream = await client.send(PULL, ExpectJsonLines(JsonMessage))
            first = await stream.__anext__()
            outcome = await stream.wait()
            return first, outcome

    first, outcome = run(main())
    assert first.id == "latest"
    assert outcome.digest == "sha256:" + "d" * 64
    assert outcome.count == 5


BUILD_FAIL = [
    b'{"stream":"Step 1/2 : FROM busybox"}\r\n',
    b'{"stream":"\\n"}\r\n{"stream":" ---\\u003e Running in 1\\n"}\r\n{"errorDetail":{"code":1,'
    b'"message":"The command \'/bin/sh -c false\' returned a non-zero code: 1"},'
    b'"error":"The command \'/bin/sh -c false\' returned a non-zero code: 1"}\r\n',
]


def test_in_stream_error_raises_when_reached_sync() -> None:
    sd, _ = both(BUILD_FAIL)
    stream = sync_client(sd).send(PULL, ExpectJsonLines(JsonMessage))
    seen = []
    with pytest.raises(StreamError) as info:
        for item in stream:
            seen.append(item.stream)
    assert seen == ["Step 1/2 : FROM busybox", "\n", " ---> Running in 1\n"]
    assert info.value.code == 1
    assert "non-zero code" in info.value.message
    assert info.value.operation == "ImageCreate"


def test_in_stream_error_async_wait() -> None:
    _, ad = both(BUILD_FAIL)

    async def main() -> None:
        stream = await async_client(ad).send(PULL, ExpectJsonLines(JsonMessage))
        await stream.wait()

    with pytest.raises(StreamError, match="non-zero code"):
        run(main())


def test_error_without_detail_and_load_outcome() -> None:
    sd, _ = both(
        [
            b'{"stream":"Loaded image: busybox:latest\\n"}\n'
            b'{"stream":"Loaded image ID: sha256:' + b"a" * 64 + b'\\n"}\n'
        ]
    )
    outcome = sync_client(sd).send(PULL, ExpectJsonLines(JsonMessage)).wait()
    assert outcome.loaded == ["busybox:latest", "sha256:" + "a" * 64]
    sd, _ = both([b'{"error":"unexpected EOF"}\n'])
    with pytest.raises(StreamError, match="unexpected EOF") as info:
        sync_client(sd).send(PULL, ExpectJsonLines(JsonMessage)).wait()
    assert info.value.code is None


def test_build_outcome_from_aux() -> None:
    image = "sha256:" + "b" * 64
    sd, _ = both(
        [
            b'{"id":"moby.buildkit.trace","aux":"CiQKR3NoYTI1Ng=="}\n',
            b'{"id":"moby.image.id","aux":{"ID":"' + image.encode() + b'"}}\n',
            b'{"progressDetail":{},"aux":{"Tag":"latest","Digest":"sha256:'
            + b"c" * 64
            + b'","Size":528}}\n',
        ]
    )
    outcome = sync_client(sd).send(PULL, ExpectJsonLines(JsonMessage)).wait()
    assert outcome.image_id == image
    assert outcome.digest == "sha256:" + "c" * 64


def test_truncated_mid_object_sync_and_async() -> None:
    chunks = [b'{"status":"a"}\r\n{"status":"Downlo']
    sd, ad = both(chunks)
    with pytest.raises(StreamTruncated):
        sync_client(sd).send(PULL, ExpectJsonLines(JsonMessage)).wait()

    async def main() -> None:
        await (await async_client(ad).send(PULL, ExpectJsonLines(JsonMessage))).wait()

    with pytest.raises(StreamTruncated):
        run(main())


def test_chunked_body_cut_short_is_truncation() -> None:
    cut = httpx2.RemoteProtocolError("peer closed connection (incomplete chunked read)")
    sd, ad = both([b'{"status":"a"}\r\n'], error=cut)
    with pytest.raises(StreamTruncated, match="incomplete chunked read"):
        sync_client(sd).send(PULL, ExpectJsonLines(JsonMessage)).wait()

    async def main() -> None:
        await (await async_client(ad).send(PULL, ExpectJsonLines(JsonMessage))).wait()

    with pytest.raises(StreamTruncated):
        run(main())
    sd, _ = both([b"{}\n"], error=httpx2.ReadTimeout("slow"))
    with pytest.raises(DockerTimeout):
        sync_client(sd).send(PULL, ExpectJsonLines(JsonMessage)).wait()


class Event(Model):
    Type: str | None = None
    time: int | None = None


def test_lenient_items_never_crash() -> None:
    sd, _ = both(
        [
            b'{"Type":"container","time":1,"newField":{"x":1}}\n',
            b'{"Type":"container","time":"not-an-int"}\n',
            b'{"Type":"a"}{"Type":"b"}\n',
        ]
    )
    stream = sync_client(sd).send(PULL, ExpectJsonLines(Event))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        items = list(stream)
    assert [i.Type for i in items] == ["container", "container", "a", "b"]
    assert items[0].model_extra == {"newField": {"x": 1}}
    assert items[1].time == "not-an-int"  # kept, not validated
    assert any(issubclass(w.category, LenientDecodeWarning) for w in caught)


def test_closing_the_stream_closes_the_response() -> None:
    bodies: list[SyncChunks] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        bodies.append(SyncChunks(PULL_CHUNKS))
        return httpx2.Response(200, stream=bodies[-1])

    stream = sync_client(Daemon(handler)).send(PULL, ExpectJsonLines(JsonMessage))
    assert isinstance(stream, JsonStream)
    next(stream)
    assert not bodies[0].closed
    stream.close()
    assert bodies[0].closed


def test_json_response_lenient_model() -> None:
    class Summary(Model):
        Id: str | None = None
        Labels: dict[str, str] | None = None
        Containers: int | None = None

    body = (
        b'[{"Id":"sha256:1","Labels":null,"Containers":-1,"VirtualSize":5},'
        b'{"Id":"sha256:2","Labels":{"a":"b"},"Containers":"oops"}]'
    )
    daemon = Daemon(lambda r: httpx2.Response(200, content=body))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        items = sync_client(daemon).send(
            Request("ImageList", "GET", "/images/json"), ExpectJson(list[Summary])
        )
    assert [i.Id for i in items] == ["sha256:1", "sha256:2"]
    assert items[0].model_extra == {"VirtualSize": 5}
    assert items[1].Labels == {"a": "b"} and items[1].Containers == "oops"
    assert [w.category for w in caught] == [LenientDecodeWarning]


# ----------------------------------------------------------------------- binary


def tar_bytes(size: int = 200_000) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in {
            "manifest.json": b"[]",
            "layer.tar": os.urandom(size),
        }.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


ERROR = b'{"errorDetail":{"message":"layer does not exist"},"error":"layer does not exist"}\r\n'
GET = Request("ImageGet", "GET", "/images/busybox/get", streaming=True)
TAR = {"Content-Type": "application/x-tar"}


def split(blob: bytes, size: int = 65536) -> list[bytes]:
    return [blob[i : i + size] for i in range(0, len(blob), size)]


def test_binary_write_to_path_sync(tmp_path: Path) -> None:
    blob = tar_bytes()
    sd, _ = both(split(blob), headers=TAR)
    dest = tmp_path / "out.tar"
    n = sync_client(sd).send(GET, ExpectBinary()).write_to(dest)
    assert n == len(blob) and dest.read_bytes() == blob
    assert os.listdir(tmp_path) == ["out.tar"]


def test_binary_write_to_a_link_replaces_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    blob = tar_bytes()
    target = tmp_path / "data" / "image.tar"
    target.parent.mkdir()
    target.write_bytes(b"old")
    link = tmp_path / "latest.tar"
    link.symlink_to(target)
    sd, ad = both(split(blob), headers=TAR)
    assert sync_client(sd).send(GET, ExpectBinary()).write_to(link) == len(blob)
    assert link.is_symlink() and target.read_bytes() == blob
    assert sorted(os.listdir(target.parent)) == ["image.tar"]

    async def main() -> int:
        stream = await async_client(ad).send(GET, ExpectBinary())
        return await stream.write_to(link)

    target.write_bytes(b"old")
    assert run(main()) == len(blob)
    assert link.is_symlink() and target.read_bytes() == blob


def test_binary_write_to_a_fifo_streams_into_it_and_keeps_it(tmp_path: Path) -> None:
    """A rename would put a regular file where the FIFO (or a device: /dev/null) was."""
    blob = tar_bytes()
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    # The read end is open before write_to opens the FIFO (a FIFO nobody reads is
    # refused), and a writer of the test's own keeps the reader from an end of file
    # before write_to's data arrive.
    read_end = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    held_open = os.open(fifo, os.O_WRONLY)
    os.set_blocking(read_end, True)
    received: list[bytes] = []

    def read_all() -> None:
        with open(read_end, "rb") as reading:
            received.append(reading.read())

    reader = threading.Thread(target=read_all)
    reader.start()
    sd, _ = both(split(blob), headers=TAR)
    try:
        assert sync_client(sd).send(GET, ExpectBinary()).write_to(str(fifo)) == len(blob)
    finally:
        os.close(held_open)
        reader.join(10)
    assert received == [blob]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and os.listdir(tmp_path) == ["pipe"]


@pytest.mark.parametrize(
    ("name", "error"),
    [("", FileNotFoundError), ("folder", IsADirectoryError), ("out.tar/", IsADirectoryError), ("gone/out.tar", FileNotFoundError)],
)
def test_binary_write_to_a_path_it_cannot_write_fails_before_reading_and_frees_the_response(
    tmp_path: Path, name: str, error: type[OSError]
) -> None:
    (tmp_path / "folder").mkdir()
    sd, ad = both(split(tar_bytes()), headers=TAR)
    dest = f"{tmp_path}/{name}" if name else ""  # not a Path: it would drop the trailing /
    stream = sync_client(sd).send(GET, ExpectBinary())
    with pytest.raises(error):
        stream.write_to(dest)
    assert stream._response.is_closed  # its connection is free again

    async def main() -> Any:
        stream = await async_client(ad).send(GET, ExpectBinary())
        with pytest.raises(error):
            await stream.write_to(dest)
        return stream

    assert run(main())._response.is_closed
    assert sorted(os.listdir(tmp_path)) == ["folder"] and os.listdir(tmp_path / "folder") == []


def test_binary_write_to_a_fifo_nobody_reads_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    sd, _ = both(split(tar_bytes()), headers=TAR)
    with pytest.raises(OSError, match="no process reads from this FIFO"):
        sync_client(sd).send(GET, ExpectBinary()).write_to(fifo)


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc/self/fd")
def test_binary_write_to_proc_fd_paths_writes_into_what_they_open(tmp_path: Path) -> None:
    """/dev/stdout, /dev/fd/N, /proc/self/fd/N: an open file (even unlinked), a pipe.
    Their link text is no path to write next to."""
    blob = tar_bytes()
    with tempfile.TemporaryFile(dir=tmp_path) as unlinked:
        sd, _ = both(split(blob), headers=TAR)
        path = f"/proc/self/fd/{unlinked.fileno()}"
        assert sync_client(sd).send(GET, ExpectBinary()).write_to(path) == len(blob)
        unlinked.seek(0)
        assert unlinked.read() == blob
    read_end, write_end = os.pipe()
    received: list[bytes] = []

    def drain() -> None:
        with os.fdopen(read_end, "rb") as pipe:
            received.append(pipe.read())

    reader = threading.Thread(target=drain)
    reader.start()
    sd, _ = both(split(blob), headers=TAR)
    assert sync_client(sd).send(GET, ExpectBinary()).write_to(f"/proc/self/fd/{write_end}") == len(blob)
    os.close(write_end)
    reader.join(10)
    assert received == [blob] and os.listdir(tmp_path) == []


def test_binary_write_to_a_long_file_name(tmp_path: Path) -> None:
    blob = tar_bytes()
    dest = tmp_path / ("x" * 250)
    sd, _ = both(split(blob), headers=TAR)
    assert sync_client(sd).send(GET, ExpectBinary()).write_to(dest) == len(blob)
    assert dest.read_bytes() == blob and os.listdir(tmp_path) == [dest.name]


def test_binary_error_after_tar_never_leaves_a_file(tmp_path: Path) -> None:
    blob = tar_bytes()
    sd, ad = both(split(blob[:100_000]) + [ERROR], headers=TAR)
    dest = tmp_path / "out.tar"
    with pytest.raises(StreamError, match="layer does not exist") as info:
        sync_client(sd).send(GET, ExpectBinary()).write_to(dest)
    assert info.value.operation == "ImageGet"
    assert os.listdir(tmp_path) == []

    async def main() -> None:
        stream = await async_client(ad).send(GET, ExpectBinary())
        await stream.write_to(str(dest))

    with pytest.raises(StreamError):
        run(main())
    assert os.listdir(tmp_path) == []


def test_binary_iter_and_async_read() -> None:
    blob = tar_bytes()
    sd, ad = both(split(blob, 10_000), headers=TAR)
    chunks = list(sync_client(sd).send(GET, ExpectBinary()).iter_bytes())
    assert b"".join(chunks) == blob and max(map(len, chunks)) <= 10_000

    async def main() -> bytes:
        stream = await async_client(ad).send(GET, ExpectBinary())
        data: bytes = await stream.read()
        return data

    assert run(main()) == blob


def test_binary_truncated_tar() -> None:
    sd, _ = both(split(tar_bytes()[:150_000]), headers=TAR)
    with pytest.raises(StreamTruncated):
        sync_client(sd).send(GET, ExpectBinary()).read()


def test_binary_non_tar_is_not_checked(tmp_path: Path) -> None:
    sd, _ = both([b"not a tar"], headers={"Content-Type": "application/octet-stream"})
    assert sync_client(sd).send(GET, ExpectBinary()).read() == b"not a tar"
    buf = io.BytesIO()
    sd, _ = both([b"abc", b"def"], headers={"Content-Type": "text/plain"})
    assert sync_client(sd).send(GET, ExpectBinary()).write_to(buf) == 6
    assert buf.getvalue() == b"abcdef"


# ------------------------------------------------------------------------- logs

LOGS = Request("ContainerLogs", "GET", "/containers/x/logs", streaming=True)


def test_logs_multiplexed_detected_without_content_type() -> None:
    # Engine 20.10 at API 1.41 sends no Content-Type on logs.
    blob = frame(1, b"out\n") + frame(2, b"err\n") + frame(1, b"more\n")
    sd, ad = both(split(blob, 5), headers={})
    out = sync_client(sd).send(LOGS, ExpectFrames()).collect()
    assert (out.stdout, out.stderr) == (b"out\nmore\n", b"err\n")

    async def main() -> list[Frame]:
        stream = await async_client(ad).send(LOGS, ExpectFrames())
        return [f async for f in stream]

    assert run(main()) == [Frame(1, b"out\n"), Frame(2, b"err\n"), Frame(1, b"more\n")]


def test_logs_tty_raw() -> None:
    sd, _ = both([b"hello\r\n", b"world\r\n"], headers={})
    stream = sync_client(sd).send(LOGS, ExpectFrames())
    assert list(stream) == [Frame(1, b"hello\r\n"), Frame(1, b"world\r\n")]
    assert stream.mode == "raw"


def test_logs_content_type_is_decisive_from_1_42() -> None:
    # A raw-stream label at >= 1.42 means TTY, even if the bytes look like a frame.
    data = frame(1, b"looks like a frame")
    sd, _ = both([data], headers={"Content-Type": "application/vnd.docker.raw-stream"})
    stream = sync_client(sd, api_version="1.44").send(LOGS, ExpectFrames())
    assert list(stream) == [Frame(1, data)]
    sd, _ = both(
        [data], headers={"Content-Type": "application/vnd.docker.multiplexed-stream"}
    )
    stream = sync_client(sd, api_version="1.44").send(LOGS, ExpectFrames())
    assert list(stream) == [Frame(1, b"looks like a frame")]


def test_logs_systemerr_frame_raises() -> None:
    blob = frame(1, b"ok\n") + frame(3, b"error from daemon in stream: x\n")
    sd, _ = both([blob], headers={})
    stream = sync_client(sd).send(LOGS, ExpectFrames(tty_unknown=False))
    assert next(stream) == Frame(1, b"ok\n")
    with pytest.raises(StreamError, match="error from daemon"):
        next(stream)
