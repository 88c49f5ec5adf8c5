"""Reaching the Docker daemon from tests: availability check, a tiny h11 client, cleanup of test objects.

* ``daemon_socket() -> str`` – unix socket path from ``DOCKER_HOST`` (``unix://…``) or ``/var/run/docker.sock``.
* ``docker_available() -> str | None`` – ``None`` if ``GET /_ping`` answers ``OK``; otherwise why not.
* ``request(method, target, …) -> Response`` – one HTTP/1.1 exchange on a fresh unix-socket connection.
* ``Cleanup`` – registers containers/images and force-removes them on ``close()`` / context exit.
"""

from __future__ import annotations

import json
import os
import socket
import urllib.parse
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

import h11

DEFAULT_SOCKET = "/var/run/docker.sock"


def daemon_socket() -> str:
    """The daemon's unix socket path, honouring ``DOCKER_HOST``.

    Raises ``RuntimeError`` if ``DOCKER_HOST`` uses a scheme other than ``unix://``.
    """
    host = os.environ.get("DOCKER_HOST", "").strip()
    if not host:
        return DEFAULT_SOCKET
    if host.startswith("unix://"):
        return host[len("unix://") :]
    raise RuntimeError(f"DOCKER_HOST={host!r}: only unix:// sockets are supported by the test helpers")


def docker_available() -> str | None:
    """``None`` when the daemon answers ``GET /_ping`` with ``OK``; otherwise a human-readable reason.

    A ``DOCKER_HOST`` pointing at a missing socket means "unavailable" (it never falls back to the default).
    """
    try:
        path = daemon_socket()
    except RuntimeError as exc:
        return str(exc)
    origin = "DOCKER_HOST" if os.environ.get("DOCKER_HOST") else "default socket"
    if not os.path.exists(path):
        return f"no Docker daemon socket at {path} ({origin})"
    try:
        resp = request("GET", "/_ping", socket_path=path, timeout=5)
    except OSError as exc:
        return f"Docker daemon at {path} unreachable: {exc}"
    except h11.ProtocolError as exc:
        return f"Docker daemon at {path} spoke bad HTTP: {exc}"
    if resp.status != 200 or resp.body.strip() != b"OK":
        return f"Docker daemon at {path}: GET /_ping -> {resp.status} {resp.body[:200]!r}"
    return None


@dataclass
class Response:
    status: int
    reason: str
    headers: list[tuple[str, str]]
    chunks: list[bytes] = field(default_factory=list)

    @property
    def body(self) -> bytes:
        return b"".join(self.chunks)

    def header(self, name: str, default: str | None = None) -> str | None:
        name = name.lower()
        for k, v in self.headers:
            if k.lower() == name:
                return v
        return default

    def json(self) -> Any:
        return json.loads(self.body)

    def json_lines(self) -> list[Any]:
        return [json.loads(line) for line in self.body.splitlines() if line.strip()]


def request(
    method: str,
    target: str,
    *,
    body: bytes | Iterable[bytes] | None = None,
    headers: Sequence[tuple[str, str]] = (),
    socket_path: str | None = None,
    timeout: float | None = 60,
) -> Response:
    """Send one request on a new connection and read the whole response.

    ``body`` as ``bytes`` is sent with ``Content-Length``; an iterable of bytes is sent chunked.
    ``Response.chunks`` keeps the HTTP chunk boundaries of a chunked response.
    """
    path = socket_path or daemon_socket()
    hdrs = [("Host", "docker")]
    names = {k.lower() for k, _ in headers}
    hdrs += list(headers)
    if body is None:
        if method.upper() in ("POST", "PUT") and "content-length" not in names:
            hdrs.append(("Content-Length", "0"))
    elif isinstance(body, (bytes, bytearray)):
        hdrs.append(("Content-Length", str(len(body))))
    else:
        hdrs.append(("Transfer-Encoding", "chunked"))
    conn = h11.Connection(h11.CLIENT, max_incomplete_event_size=1 << 20)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        sock.connect(path)
        sock.sendall(conn.send(h11.Request(method=method, target=target, headers=hdrs)))
        if body is not None:
            pieces = [bytes(body)] if isinstance(body, (bytes, bytearray)) else body
            for piece in pieces:
                if piece:
                    sock.sendall(conn.send(h11.Data(data=piece)))
        sock.sendall(conn.send(h11.EndOfMessage()))
        resp: Response | None = None
        current = bytearray()
        while True:
            ev = conn.next_event()
            if ev is h11.NEED_DATA:
                conn.receive_data(sock.recv(65536))
                continue
            if isinstance(ev, h11.InformationalResponse):
                continue
            if isinstance(ev, h11.Response):
                resp = Response(
                    ev.status_code,
                    ev.reason.decode("latin-1"),
                    [(k.decode("latin-1"), v.decode("latin-1")) for k, v in ev.headers.raw_items()],
                )
            elif isinstance(ev, h11.Data):
                current += ev.data
                if ev.chunk_end:
                    resp.chunks.append(bytes(current))  # type: ignore[union-attr]
                    current.clear()
            elif isinstance(ev, (h11.EndOfMessage, h11.ConnectionClosed)):
                if current:
                    resp.chunks.append(bytes(current))  # type: ignore[union-attr]
                assert resp is not None
                return resp


def quote(value: str) -> str:
    """Percent-encode a path segment (image references keep ``/`` and ``:``)."""
    return urllib.parse.quote(value, safe="/:@")


class Cleanup:
    """Remove what a test created, containers first (they hold networks, volumes and images), ignoring 404s.

    >>> with Cleanup() as cleanup:
    ...     cid = cleanup.container(create_container(...))
    ...     cleanup.image("codegen-test/built:1")

    ``close()`` returns the list of failures (also raised as ``RuntimeError`` from ``__exit__`` when the test
    itself passed).
    """

    def __init__(self, socket_path: str | None = None) -> None:
        self.socket_path = socket_path
        self.containers: list[str] = []
        self.networks: list[str] = []
        self.volumes: list[str] = []
        self.images: list[str] = []
        self.plugins: list[str] = []

    def container(self, ident: str) -> str:
        self.containers.append(ident)
        return ident

    def network(self, ident: str) -> str:
        self.networks.append(ident)
        return ident

    def volume(self, name: str) -> str:
        self.volumes.append(name)
        return name

    def image(self, ref: str) -> str:
        self.images.append(ref)
        return ref

    def plugin(self, name: str) -> str:
        self.plugins.append(name)
        return name

    def close(self) -> list[str]:
        errors: list[str] = []
        jobs = [("/containers/%s?force=1&v=1", c) for c in reversed(self.containers)]
        jobs += [("/networks/%s", n) for n in reversed(self.networks)]
        jobs += [("/volumes/%s?force=1", v) for v in reversed(self.volumes)]
        jobs += [("/images/%s?force=1", i) for i in reversed(self.images)]
        jobs += [("/plugins/%s?force=1", p) for p in reversed(self.plugins)]
        for registered in (self.containers, self.networks, self.volumes, self.images, self.plugins):
            registered.clear()
        for template, ident in jobs:
            target = template % quote(ident)
            try:
                resp = request("DELETE", target, socket_path=self.socket_path, timeout=60)
            except (OSError, h11.ProtocolError) as exc:
                errors.append(f"DELETE {target}: {exc}")
                continue
            if resp.status not in (200, 204, 404):
                errors.append(f"DELETE {target}: {resp.status} {resp.body[:300]!r}")
        return errors

    def __enter__(self) -> "Cleanup":
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        errors = self.close()
        if errors and exc_type is None:
            raise RuntimeError("cleanup failed:\n" + "\n".join(errors))
