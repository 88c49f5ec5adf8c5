"""A raw-bytes daemon for hostile-answer tests: a unix socket in a temp dir (or TCP on
127.0.0.1) whose handler writes whatever bytes it likes, and that records every
byte the client sent."""

from __future__ import annotations

import os
import socket
import tempfile
import threading
from collections.abc import Callable
from typing import Any

Handler = Callable[[socket.socket, bytes], None]


def read_head(sock: socket.socket) -> bytes:
    """The request head (up to the blank line), or b"" when the client closed."""
    data = b""
    while b"\r\n\r\n" not in data:
        piece = sock.recv(65536)
        if not piece:
            return data
        data += piece
    return data


class RawDaemon:
    """``handler(sock, head)`` answers each connection's first request head; every
    byte received (heads and anything read later) is kept in ``received``."""

    def __init__(self, handler: Handler, *, tcp: bool = False) -> None:
        self.handler = handler
        self.received = bytearray()
        self._lock = threading.Lock()
        self._dir = tempfile.mkdtemp(prefix="hostile-rt-")
        if tcp:
            self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            self._server.bind(("127.0.0.1", 0))
            self.url = f"tcp://127.0.0.1:{self._server.getsockname()[1]}"
        else:
            self.path = os.path.join(self._dir, "docker.sock")
            self._server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            self._server.bind(self.path)
            self.url = f"unix://{self.path}"
        self._server.listen(16)
        self._conns: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> RawDaemon:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._server.close()
        for conn in self._conns:
            try:
                conn.close()
            except OSError:
                pass

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            self._conns.append(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            head = read_head(conn)
            with self._lock:
                self.received += head
            if head:
                self.handler(conn, head)
        except OSError:
            pass
        finally:
            try:
                conn.close()
            except OSError:
                pass


def http_head(status: str = "200 OK", **headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status}"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
