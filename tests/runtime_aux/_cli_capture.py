"""Capture the build context the docker CLI sends, with a fake daemon on a socket.

``DOCKER_HOST=unix://<tmp>/fake.sock DOCKER_BUILDKIT=0 docker build <ctx>`` talks to
this server; the body of ``POST /v*/build`` is the context tar the CLI made.
"""

from __future__ import annotations

import os
import shutil
import socketserver
import subprocess
import threading
from http.server import BaseHTTPRequestHandler
from pathlib import Path


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def address_string(self) -> str:
        return "fake"

    def _send(self, status: int, body: bytes, ctype: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("API-Version", "1.41")
        self.send_header("OSType", "linux")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                if size == 0:
                    self.rfile.readline()
                    break
                parts.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(parts)
        return self.rfile.read(int(self.headers.get("Content-Length", "0")))

    def do_HEAD(self) -> None:
        self._send(200, b"OK", "text/plain")

    def do_GET(self) -> None:
        if self.path.endswith("/_ping"):
            self._send(200, b"OK", "text/plain")
        else:
            self._send(404, b'{"message":"not here"}')

    def do_POST(self) -> None:
        body = self._body()
        if "/build" in self.path:
            self.server.captured.append((self.path, body))
            self._send(
                200,
                b'{"stream":"Step 1/1 : FROM scratch\\n"}\r\n'
                b'{"aux":{"ID":"sha256:'
                + b"0" * 64
                + b'"}}\r\n{"stream":"Successfully built 000000000000\\n"}\r\n',
            )
        else:
            self._send(404, b'{"message":"not here"}')


class _Server(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True
    captured: list[tuple[str, bytes]]


def docker_cli() -> str | None:
    return shutil.which("docker")


def capture_cli_context(
    context: Path, sock_dir: Path, extra_args: list[str] | None = None
) -> tuple[str, bytes]:
    """Run ``docker build`` (classic builder) against a fake daemon; return
    (request path with query, context bytes)."""
    cli = docker_cli()
    assert cli is not None
    sock_path = sock_dir / "fake.sock"
    server = _Server(str(sock_path), _Handler)
    server.captured = []
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        env = dict(os.environ)
        env.update(
            DOCKER_HOST=f"unix://{sock_path}",
            DOCKER_BUILDKIT="0",
            DOCKER_CONFIG=str(sock_dir / "cfg"),
            DOCKER_CLI_HINTS="false",
        )
        env.pop("DOCKER_CONTEXT", None)
        subprocess.run(
            [cli, "build", *(extra_args or []), str(context)],
            env=env,
            capture_output=True,
            timeout=60,
            check=False,
            cwd=str(context),
        )
    finally:
        server.shutdown()
        server.server_close()
    assert server.captured, "docker CLI sent no build request"
    return server.captured[0]
