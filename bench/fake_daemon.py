"""A small, fast fake Docker daemon on a unix socket, for the benchmarks.

    python bench/fake_daemon.py SOCKET [--images N] [--export-bytes N] [--chunk N]

Prints ``ready`` once it listens; runs until killed. One thread per connection,
HTTP/1.1 keep-alive, pre-rendered responses (headers shaped like Engine 20.10's):

* ``HEAD|GET /_ping``, ``GET /version``
* ``GET /images/json`` (``--images``, default 1,000), ``GET /images/{name}/json`` (~20 KB),
  ``GET /images/{name}/history``
* ``GET /images/{name}/get`` and ``GET /images/get``: a chunked tar of
  ``--export-bytes`` (default 1 GiB) in ``--chunk``-byte chunks (default 32 KiB,
  what the daemon's 32 KiB copy buffer produces), the last bytes being the tar's
  end-of-archive blocks
* ``POST /images/load``: reads the (chunked or sized) body, answers one
  ``{"stream": "Loaded image: ..."}`` line and the byte count in a header

The ``/vX.Y`` prefix is ignored. Anything else gets a ``404`` JSON error.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
import tarfile
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _payloads  # noqa: E402

_COMMON = (
    b"Api-Version: 1.41\r\n"
    b"Docker-Experimental: false\r\n"
    b"Ostype: linux\r\n"
    b"Server: Docker/20.10.24+dfsg1 (linux)\r\n"
    b"Date: Fri, 01 Mar 2024 12:00:00 GMT\r\n"
)


def _json_response(body: bytes, status: bytes = b"200 OK") -> bytes:
    return (
        b"HTTP/1.1 "
        + status
        + b"\r\n"
        + _COMMON
        + b"Content-Type: application/json\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )


PING_HEAD = (
    b"HTTP/1.1 200 OK\r\n"
    + _COMMON
    + b"Builder-Version: 2\r\nCache-Control: no-cache, no-store, must-revalidate\r\n"
    b"Pragma: no-cache\r\nContent-Length: 0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
)
PING_GET = PING_HEAD.replace(b"Content-Length: 0", b"Content-Length: 2") + b"OK"
VERSION = _json_response(
    json.dumps(
        {
            "Version": "20.10.24+dfsg1",
            "ApiVersion": "1.41",
            "MinAPIVersion": "1.12",
            "Os": "linux",
            "Arch": "amd64",
            "KernelVersion": "6.1.0",
            "GoVersion": "go1.19.8",
            "GitCommit": "5d6db84",
            "BuildTime": "2023-05-04T00:00:00.000000000+00:00",
        }
    ).encode()
)
INSPECT = _json_response(_payloads.image_inspect())
HISTORY = _json_response(
    json.dumps(
        [
            {
                "Comment": "",
                "Created": 1700000000 - i,
                "CreatedBy": f"/bin/sh -c #(nop) step {i}",
                "Id": "<missing>" if i else "sha256:" + "ab" * 32,
                "Size": 1000 * i,
                "Tags": None if i else ["registry.example.com/team/app:latest"],
            }
            for i in range(12)
        ]
    ).encode()
)
NOT_FOUND = _json_response(b'{"message":"page not found"}', b"404 Not Found")


def _export_frames(total: int, chunk: int) -> tuple[bytes, bytes, bytes, int]:
    """(first frame, repeated frame, last frames, number of repeated frames) of a
    chunked tar whose decoded size is ``total`` (a multiple of 512, >= 2048)."""
    info = tarfile.TarInfo("blob.bin")
    size = total - 512 - 1024
    info.size = size
    info.mtime = 1700000000
    header = info.tobuf(format=tarfile.USTAR_FORMAT)
    body = header + bytes(range(256)) * (chunk // 256 + 1)
    first_data = body[:chunk]
    data = (bytes(range(256)) * (chunk // 256 + 1))[:chunk]
    remaining = total - chunk
    n_full = (remaining - 1024) // chunk
    tail_data = remaining - n_full * chunk  # includes the 1024 end-of-archive zeros
    # the bytes before the end-of-archive blocks are file data (any content)
    tail = data[: tail_data - 1024] + bytes(1024)

    def frame(payload: bytes) -> bytes:
        return b"%x\r\n" % len(payload) + payload + b"\r\n"

    return frame(first_data), frame(data), frame(tail) + b"0\r\n\r\n", n_full


class Server:
    def __init__(self, path: str, images: int, export_bytes: int, chunk: int) -> None:
        self.path = path
        self.listing = _json_response(_payloads.image_list(images))
        self.export_bytes = export_bytes
        self.chunk = chunk

    def serve(self) -> None:
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(self.path)
        listener.listen(64)
        print("ready", flush=True)
        while True:
            conn, _ = listener.accept()
            threading.Thread(target=self._connection, args=(conn,), daemon=True).start()

    def _connection(self, conn: socket.socket) -> None:
        rfile = conn.makefile("rb", buffering=256 * 1024)
        try:
            while self._one(conn, rfile):
                pass
        except (ConnectionError, OSError):
            pass
        finally:
            rfile.close()
            conn.close()

    def _one(self, conn: socket.socket, rfile: "socket.SocketIO") -> bool:  # type: ignore[name-defined]
        line = rfile.readline(65537)
        if not line:
            return False
        method, target, _ = line.decode("latin-1").split(" ", 2)
        headers: dict[str, str] = {}
        while True:
            h = rfile.readline(65537)
            if h in (b"\r\n", b"\n", b""):
                break
            name, _, value = h.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        received = self._drain_body(rfile, headers)
        path = target.split("?", 1)[0]
        if path.startswith("/v") and "/" in path[1:]:
            head, rest = path[1:].split("/", 1)
            if head[1:].replace(".", "").isdigit():
                path = "/" + rest
        keep = headers.get("connection", "").lower() != "close"
        if path == "/_ping":
            conn.sendall(PING_HEAD if method == "HEAD" else PING_GET)
        elif path == "/version":
            conn.sendall(VERSION)
        elif path == "/images/json":
            conn.sendall(self.listing)
        elif path.startswith("/images/") and path.endswith("/json"):
            conn.sendall(INSPECT)
        elif path.startswith("/images/") and path.endswith("/history"):
            conn.sendall(HISTORY)
        elif path == "/images/get" or (
            path.startswith("/images/") and path.endswith("/get")
        ):
            self._export(conn)
        elif path == "/images/load" and method == "POST":
            body = (
                json.dumps({"stream": "Loaded image: bench/load:latest\n"}).encode()
                + b"\n"
            )
            conn.sendall(
                b"HTTP/1.1 200 OK\r\n" + _COMMON + b"Content-Type: application/json\r\n"
                b"X-Bench-Received: " + str(received).encode() + b"\r\n"
                b"Transfer-Encoding: chunked\r\n\r\n"
                + b"%x\r\n" % len(body)
                + body
                + b"\r\n0\r\n\r\n"
            )
        else:
            conn.sendall(NOT_FOUND)
        return keep

    @staticmethod
    def _drain_body(rfile: "socket.SocketIO", headers: dict[str, str]) -> int:  # type: ignore[name-defined]
        sink = bytearray(1024 * 1024)
        view = memoryview(sink)
        total = 0
        if headers.get("transfer-encoding", "").lower() == "chunked":
            while True:
                size = int(rfile.readline(1024).split(b";")[0], 16)
                left = size
                while left:
                    n = rfile.readinto(view[: min(left, len(view))])
                    if not n:
                        raise ConnectionError("body cut short")
                    left -= n
                rfile.readline(1024)  # CRLF after the data (or after the trailers)
                total += size
                if size == 0:
                    return total
        length = int(headers.get("content-length", "0") or 0)
        left = length
        while left:
            n = rfile.readinto(view[: min(left, len(view))])
            if not n:
                raise ConnectionError("body cut short")
            left -= n
        return length

    def _export(self, conn: socket.socket) -> None:
        first, frame, last, n_full = _export_frames(self.export_bytes, self.chunk)
        conn.sendall(
            b"HTTP/1.1 200 OK\r\n" + _COMMON + b"Content-Type: application/x-tar\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n" + first
        )
        batch = max(
            1, (512 * 1024) // len(frame)
        )  # several frames per send: the server is not the bottleneck
        block = frame * batch
        sent = 0
        while sent + batch <= n_full:
            conn.sendall(block)
            sent += batch
        if n_full - sent:
            conn.sendall(frame * (n_full - sent))
        conn.sendall(last)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("socket")
    parser.add_argument("--images", type=int, default=1000)
    parser.add_argument("--export-bytes", type=int, default=1 << 30)
    parser.add_argument("--chunk", type=int, default=32 * 1024)
    args = parser.parse_args()
    if args.export_bytes % 512 or args.export_bytes < 2048 + args.chunk:
        parser.error(
            "--export-bytes must be a multiple of 512 and larger than 2 KiB + one chunk"
        )
    Server(args.socket, args.images, args.export_bytes, args.chunk).serve()


if __name__ == "__main__":
    main()
