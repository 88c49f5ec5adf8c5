"""One streaming transfer in a fresh process (used by run.py).

    python _stream_worker.py CLIENT OP SOCKET FILE

CLIENT: docker_engine | raw. OP: export (``GET /images/{name}/get`` into FILE) or
load (``POST /images/load`` of FILE). Prints bytes moved, seconds, and this
process' peak RSS (``ru_maxrss``, MiB).
"""

from __future__ import annotations

import json
import os
import resource
import socket
import sys
import time
from typing import Any

CHUNK = 64 * 1024


def _client(sock: str) -> Any:
    from docker_engine import DockerClient

    return DockerClient("unix://" + sock, api_version="1.41")


def docker_engine_export(sock: str, path: str) -> tuple[int, float]:
    with _client(sock) as client:
        api = client.image
        start = time.perf_counter()
        with api.image_get("bench/app:latest") as stream:
            n = stream.write_to(path)
        return n, time.perf_counter() - start


def docker_engine_load(sock: str, path: str) -> tuple[int, float]:
    with _client(sock) as client:
        api = client.image
        start = time.perf_counter()
        with api.image_load(images_tarball=path) as stream:
            outcome = stream.wait()
        assert outcome.loaded == ["bench/load:latest"], outcome
        return os.path.getsize(path), time.perf_counter() - start


def _connect(sock_path: str) -> socket.socket:
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(sock_path)
    return s


def _read_head(f: object) -> dict[str, str]:
    status = f.readline()  # type: ignore[attr-defined]
    if not status.startswith(b"HTTP/1.1 200"):
        raise RuntimeError(f"unexpected status {status!r}")
    headers = {}
    while True:
        line = f.readline()  # type: ignore[attr-defined]
        if line in (b"\r\n", b""):
            return headers
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()


def raw_export(sock_path: str, path: str) -> tuple[int, float]:
    """Raw socket: request, then de-chunk the body into the file (buffered reads)."""
    start = time.perf_counter()
    s = _connect(sock_path)
    s.sendall(
        b"GET /v1.41/images/bench%2Fapp%3Alatest/get HTTP/1.1\r\nHost: docker\r\n\r\n"
    )
    f = s.makefile("rb", buffering=1024 * 1024)
    headers = _read_head(f)
    assert headers.get("transfer-encoding") == "chunked"
    total = 0
    buf = bytearray(1024 * 1024)
    view = memoryview(buf)
    with open(path, "wb") as out:
        while True:
            size = int(f.readline().split(b";")[0], 16)
            if size == 0:
                f.readline()
                break
            left = size
            while left:
                n = f.readinto(view[: min(left, len(view))])
                if not n:
                    raise RuntimeError("cut short")
                out.write(view[:n])
                left -= n
            total += size
            f.readline()
    s.close()
    return total, time.perf_counter() - start


def raw_load(sock_path: str, path: str) -> tuple[int, float]:
    """Raw socket: chunked upload of the file in 64 KiB pieces (as docker_engine reads
    it), each frame's header and data written separately (no copy of the data), then
    read the answer."""
    start = time.perf_counter()
    s = _connect(sock_path)
    s.sendall(
        b"POST /v1.41/images/load HTTP/1.1\r\nHost: docker\r\nContent-Type: application/x-tar\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n"
    )
    total = 0
    frame_end = b""  # the CRLF after a chunk's data goes out with the next header
    with open(path, "rb") as src:
        while True:
            piece = src.read(CHUNK)
            if not piece:
                break
            s.sendall(frame_end + b"%x\r\n" % len(piece))
            s.sendall(piece)
            frame_end = b"\r\n"
            total += len(piece)
    s.sendall(frame_end + b"0\r\n\r\n")
    f = s.makefile("rb")
    headers = _read_head(f)
    assert int(headers["x-bench-received"]) == total
    s.close()
    return total, time.perf_counter() - start


CASES = {
    ("docker_engine", "export"): docker_engine_export,
    ("docker_engine", "load"): docker_engine_load,
    ("raw", "export"): raw_export,
    ("raw", "load"): raw_load,
}


def main() -> None:
    client, op, sock, path = sys.argv[1:5]
    fn = CASES[(client, op)]
    moved, seconds = fn(sock, path)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "bytes": moved,
                "seconds": seconds,
                "rss_mb": peak,
            }
        )
    )


if __name__ == "__main__":
    main()
