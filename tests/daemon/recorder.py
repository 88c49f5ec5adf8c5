"""Recording proxy: a unix socket between any client and the daemon that writes every exchange to a cassette.

>>> with Recorder("tests/daemon/cassettes/x.jsonl", name="x") as proxy_socket:
...     subprocess.run(["docker", "-H", f"unix://{proxy_socket}", "image", "ls"])

Bytes are forwarded unchanged in both directions (two threads per connection); h11 parses a copy of each
direction. The cassette is written on ``stop()`` / clean context exit (not when the block raised).
"""

from __future__ import annotations

import datetime
import hashlib
import itertools
import json
import os
import pathlib
import re
import shutil
import socket
import tempfile
import threading
from typing import Any

import h11

from . import cassette as cf
from .cassette import BodySink, Exchange

_REQUEST_HEADERS = {"content-type", "content-length", "transfer-encoding", "connection", "upgrade"}
_REDACTED_HEADERS = {"x-registry-auth", "x-registry-config"}
_DROP_RESPONSE_HEADERS = {"date"}
_AUTH_PATH = re.compile(r"^(/v[0-9.]+)?/auth$")
_MAX_HEAD = 1 << 20


def _path(target: str) -> str:
    return target.split("?", 1)[0]


def _header_dict(raw: list[tuple[bytes, bytes]], keep: set[str] | None, drop: set[str] = set()) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in raw:
        name, value, low = k.decode("latin-1"), v.decode("latin-1"), k.decode("latin-1").lower()
        if low in drop:
            continue
        if low in _REDACTED_HEADERS:
            value = f"<redacted:len={len(value)}>"
        elif keep is not None and low not in keep:
            continue
        if name in out:  # repeated header: keep all values in order
            prev = out[name]
            out[name] = (prev if isinstance(prev, list) else [prev]) + [value]
        else:
            out[name] = value
    return out


class _RequestBody:
    def __init__(self, content_type: str, path: str) -> None:
        self.hasher = hashlib.sha256()
        self.size = 0
        self.keep = bytearray()
        self.json = content_type.split(";")[0].strip().lower() in ("application/json", "text/json")
        self.redact = bool(_AUTH_PATH.match(path))
        self.path = path

    def write(self, data: bytes) -> None:
        self.hasher.update(data)
        self.size += len(data)
        if len(self.keep) <= cf.INLINE_BODY_LIMIT:
            self.keep += data[: cf.INLINE_BODY_LIMIT + 1 - len(self.keep)]

    def finish(self) -> dict[str, Any] | None:
        if self.size == 0:
            return None
        if self.redact:  # /auth: credentials; neither content nor hash is stored
            return {"size": self.size, "redacted": True}
        redacted = cf.redact_secrets(self.path, bytes(self.keep)) if self.size <= cf.INLINE_BODY_LIMIT else None
        if redacted is not None:  # swarm secrets: content and hash of the body with their values redacted
            return {"size": len(redacted), "sha256": hashlib.sha256(redacted).hexdigest(), "text": redacted.decode(), "redacted": True}
        body: dict[str, Any] = {"size": self.size, "sha256": self.hasher.hexdigest()}
        if self.size <= cf.INLINE_REQUEST_LIMIT or (self.json and self.size <= cf.INLINE_BODY_LIMIT):
            body.update(cf.encode_bytes(bytes(self.keep)))
            if "data" in body:
                body["text"] = body.pop("data")
        return body


class _Transcript:
    """Hijacked-stream transcript: consecutive bytes in one direction are merged into one item."""

    def __init__(self, blob_dir: pathlib.Path) -> None:
        self.blob_dir = blob_dir
        self.items: list[tuple[str, BodySink | None]] = []

    def add(self, direction: str, data: bytes) -> None:
        if not data:
            return
        if not self.items or self.items[-1][0] != direction or self.items[-1][1] is None:
            self.items.append((direction, BodySink(self.blob_dir, text_only=False)))
        self.items[-1][1].write(data)  # type: ignore[union-attr]

    def eof(self, direction: str) -> None:
        self.items.append((direction, None))

    def finish(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for direction, sink in self.items:
            if sink is None:
                out.append({"dir": direction, "eof": True})
                continue
            body = sink.finish()
            if "blob" in body:
                out.append({"dir": direction, "blob": body["blob"], "size": body["size"]})
            else:
                out.append({"dir": direction, **cf.encode_bytes(b"".join(sink.chunks or ()))})
        return out


class _RecExchange:
    def __init__(self, index: int, conn: int, req: h11.Request, blob_dir: pathlib.Path) -> None:
        self.index, self.conn, self.blob_dir = index, conn, blob_dir
        self.method = req.method.decode("ascii")
        self.target = req.target.decode("latin-1")
        raw = list(req.headers.raw_items())
        self.req_headers = _header_dict(raw, _REQUEST_HEADERS)
        ctype = next((v.decode("latin-1") for k, v in raw if k.lower() == b"content-type"), "")
        self.req_body = _RequestBody(ctype, _path(self.target))
        self.request_done = False
        self.head: dict[str, Any] | None = None
        self.informational: list[dict[str, Any]] = []
        self.framing: str | None = None
        self.sink: BodySink | None = None
        self.transcript: _Transcript | None = None
        self.complete = False
        self.response_done = False
        self.notes: list[str] = []

    def set_head(self, ev: h11.Response | h11.InformationalResponse, framing: str) -> None:
        self.head = {
            "status": ev.status_code,
            "reason": ev.reason.decode("latin-1"),
            "headers": _header_dict(list(ev.headers.raw_items()), None, _DROP_RESPONSE_HEADERS),
        }
        self.framing = framing
        if framing in ("content-length", "chunked"):
            self.sink = BodySink(self.blob_dir)
        elif framing == "hijack":
            self.transcript = _Transcript(self.blob_dir)

    def to_exchange(self) -> Exchange:
        request: dict[str, Any] = {"method": self.method, "target": self.target, "headers": self.req_headers}
        request["body"] = self.req_body.finish()
        if not self.request_done:
            request["incomplete"] = True
        response: dict[str, Any] | None = None
        chunks: list[bytes] = []
        transcript: list[dict[str, Any]] = []
        if self.head is not None:
            response = dict(self.head, framing=self.framing)
            if self.informational:
                response["informational"] = self.informational
            if self.sink is not None:
                body = self.sink.finish()
                chunks = list(self.sink.chunks or ())
                if chunks:
                    chunks, body = _redact_response(_path(self.target), chunks, body)
                response["body"] = body
            if self.transcript is not None:
                transcript = self.transcript.finish()
            if self.framing != "hijack":
                response["complete"] = self.complete
        if self.notes:
            request["notes"] = self.notes
        return Exchange(self.index, self.conn, request, response, chunks, transcript)


def _redact_response(path: str, chunks: list[bytes], body: dict[str, Any]) -> tuple[list[bytes], dict[str, Any]]:
    """The secrets of /auth (IdentityToken) and of the swarm (tokens, unlock keys) replaced."""
    redacted = cf.redact_secrets(path, b"".join(chunks)) if "blob" not in body else None
    if redacted is not None:
        if redacted == b"".join(chunks):
            return chunks, body
        return [redacted], {"size": len(redacted), "sha256": hashlib.sha256(redacted).hexdigest(), "redacted": True}
    if not _AUTH_PATH.match(path):
        return chunks, body
    try:
        obj = json.loads(b"".join(chunks))
    except ValueError:
        return chunks, body
    if isinstance(obj, dict) and obj.get("IdentityToken"):
        obj["IdentityToken"] = "<redacted>"
        data = (json.dumps(obj) + "\n").encode()
        return [data], {"size": len(data), "sha256": hashlib.sha256(data).hexdigest(), "redacted": True}
    return chunks, body


class _ProxyConn:
    """State of one proxied connection. All ``on_*`` methods are called with ``self.lock`` held."""

    def __init__(self, rec: "Recorder", cid: int, client: socket.socket, upstream: socket.socket) -> None:
        self.rec, self.cid, self.client, self.upstream = rec, cid, client, upstream
        self.lock = threading.Lock()
        self.mode = "http"  # "http" | "raw" (hijacked) | "broken" (unparseable: forwarded, not recorded)
        self.srv = h11.Connection(h11.SERVER, max_incomplete_event_size=_MAX_HEAD)
        self.cli: h11.Connection | None = None
        self.ex: _RecExchange | None = None
        self.blocked = False  # request complete, waiting for its response before parsing more client bytes
        self.in_buf = bytearray()

    # -- client -> daemon ---------------------------------------------------------------------------
    def on_in(self, data: bytes) -> None:
        if self.mode == "raw":
            self.ex.transcript.add("in", data)  # type: ignore[union-attr]
        elif self.mode == "http":
            if self.blocked:
                self.in_buf += data
            else:
                self.srv.receive_data(data)
                self._drain_in()

    def _drain_in(self) -> None:
        try:
            while True:
                ev = self.srv.next_event()
                if ev is h11.NEED_DATA or ev is h11.PAUSED:
                    return
                if isinstance(ev, h11.Request):
                    self.ex = self.rec._new_exchange(self.cid, ev)
                    self.cli = h11.Connection(h11.CLIENT, max_incomplete_event_size=_MAX_HEAD)
                    # Mirror the request head (body-less) so h11 knows how to frame the response.
                    headers = [
                        (k, v)
                        for k, v in ev.headers.raw_items()
                        if k.lower() not in (b"content-length", b"transfer-encoding", b"expect")
                    ]
                    self.cli.send(h11.Request(method=ev.method, target=ev.target, headers=headers))
                    self.cli.send(h11.EndOfMessage())
                elif isinstance(ev, h11.Data):
                    self.ex.req_body.write(ev.data)  # type: ignore[union-attr]
                elif isinstance(ev, h11.EndOfMessage):
                    self.ex.request_done = True  # type: ignore[union-attr]
                    self.blocked = True
                    if self.ex.response_done:  # type: ignore[union-attr]
                        self._cycle_done()
                    return
                elif isinstance(ev, h11.ConnectionClosed):
                    return
        except h11.ProtocolError as exc:
            self._break(f"client: {exc}")

    def on_in_eof(self) -> None:
        if self.mode == "raw":
            self.ex.transcript.eof("in")  # type: ignore[union-attr]
        elif self.mode == "http" and self.ex is not None and not self.ex.request_done:
            self.ex.notes.append("client closed before the request was complete")

    # -- daemon -> client ---------------------------------------------------------------------------
    def on_out(self, data: bytes) -> None:
        if self.mode == "raw":
            self.ex.transcript.add("out", data)  # type: ignore[union-attr]
        elif self.mode == "http":
            if self.cli is None:
                self._break(f"daemon sent {len(data)} bytes without a request")
                return
            self.cli.receive_data(data)
            self._drain_out()

    def _drain_out(self) -> None:
        ex, cli = self.ex, self.cli
        assert ex is not None and cli is not None
        try:
            while True:
                ev = cli.next_event()
                if ev is h11.NEED_DATA or ev is h11.PAUSED:
                    return
                if isinstance(ev, h11.InformationalResponse):
                    if ev.status_code == 101:
                        ex.set_head(ev, "hijack")
                        self._hijack(cli.trailing_data[0])
                        return
                    ex.informational.append({"status": ev.status_code, "reason": ev.reason.decode("latin-1")})
                elif isinstance(ev, h11.Response):
                    names = {k.lower() for k, _ in ev.headers.raw_items()}
                    if ex.method == "HEAD" or ev.status_code in (204, 304):
                        framing = "none"
                    elif b"transfer-encoding" in names:
                        framing = "chunked"
                    elif b"content-length" in names:
                        framing = "content-length"
                    else:  # unframed: the hijacked 200 raw-stream variant of attach / exec start
                        ex.set_head(ev, "hijack")
                        self._hijack(cli.trailing_data[0])
                        return
                    ex.set_head(ev, framing)
                elif isinstance(ev, h11.Data):
                    ex.sink.write(ev.data)  # type: ignore[union-attr]
                    if ex.framing == "chunked" and ev.chunk_end:
                        ex.sink.end_chunk()  # type: ignore[union-attr]
                elif isinstance(ev, h11.EndOfMessage):
                    ex.complete = True
                    ex.response_done = True
                    if ex.request_done:
                        self._cycle_done()
                    return
                elif isinstance(ev, h11.ConnectionClosed):
                    return
        except h11.ProtocolError as exc:
            if not ex.response_done:
                ex.response_done = True
                ex.notes.append(f"response ended abnormally: {exc}")
            self.mode = "broken"

    def on_out_eof(self) -> None:
        if self.mode == "raw":
            self.ex.transcript.eof("out")  # type: ignore[union-attr]
        elif self.mode == "http" and self.cli is not None and self.ex is not None and not self.ex.response_done:
            self.cli.receive_data(b"")
            self._drain_out()

    # -- transitions --------------------------------------------------------------------------------
    def _hijack(self, out_leftover: bytes) -> None:
        ex = self.ex
        assert ex is not None and ex.transcript is not None
        self.mode = "raw"
        ex.response_done = True
        in_leftover = self.srv.trailing_data[0] + bytes(self.in_buf) if ex.request_done else bytes(self.in_buf)
        self.in_buf.clear()
        ex.transcript.add("in", in_leftover)
        ex.transcript.add("out", out_leftover)

    def _cycle_done(self) -> None:
        leftover = self.srv.trailing_data[0] + bytes(self.in_buf)
        self.in_buf.clear()
        self.ex, self.cli, self.blocked = None, None, False
        self.srv = h11.Connection(h11.SERVER, max_incomplete_event_size=_MAX_HEAD)
        if leftover:
            self.srv.receive_data(leftover)
            self._drain_in()

    def _break(self, why: str) -> None:
        if self.ex is not None:
            self.ex.notes.append(f"stopped parsing: {why}")
        self.mode = "broken"

    # -- pumps --------------------------------------------------------------------------------------
    def pump(self, src: socket.socket, dst: socket.socket, on_data: Any, on_eof: Any) -> None:
        dst_ok = True
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                data = b""
            if not data:
                with self.lock:
                    self._guard(on_eof)
                try:
                    dst.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
                return
            with self.lock:
                self._guard(on_data, data)
            if dst_ok:
                try:
                    dst.sendall(data)
                except OSError:
                    dst_ok = False  # the peer went away; keep reading so the recording is complete

    def _guard(self, func: Any, *args: Any) -> None:
        try:
            func(*args)
        except Exception as exc:  # noqa: BLE001 - never let a parsing problem stop the forwarding
            self._break(f"recorder error: {exc!r}")

    def idle(self) -> bool:
        with self.lock:
            return self.mode == "http" and self.ex is None and not self.srv.trailing_data[0]

    def run(self) -> None:
        t_in = threading.Thread(target=self.pump, args=(self.client, self.upstream, self.on_in, self.on_in_eof))
        t_in.daemon = True
        t_in.start()
        self.pump(self.upstream, self.client, self.on_out, self.on_out_eof)
        t_in.join()
        for s in (self.client, self.upstream):
            s.close()

    def force_close(self) -> None:
        for s in (self.client, self.upstream):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class Recorder:
    """Record everything a client does on ``socket_path`` into ``cassette_path``.

    ``upstream`` defaults to the daemon socket (``DOCKER_HOST`` / ``/var/run/docker.sock``). ``meta`` ends up
    in the header and may be updated until ``stop()``. Versions come from ``GET /version`` on the upstream
    socket directly (not recorded; ``query_versions=False`` skips it, e.g. for a fake upstream).
    """

    def __init__(
        self,
        cassette_path: str | os.PathLike[str],
        *,
        upstream: str | None = None,
        name: str | None = None,
        meta: dict[str, Any] | None = None,
        socket_path: str | None = None,
        query_versions: bool = True,
    ) -> None:
        from tests.support.engine import daemon_socket

        self.query_versions = query_versions
        self.cassette_path = pathlib.Path(cassette_path)
        self.upstream = upstream or daemon_socket()
        self.name = name or self.cassette_path.stem
        self.meta: dict[str, Any] = dict(meta or {})
        self._tmpdir: str | None = None
        self.socket_path = socket_path
        self.blob_dir = self.cassette_path.parent / "blobs"
        self._listener: socket.socket | None = None
        self._lock = threading.Lock()
        self._counter = itertools.count()
        self._conn_counter = itertools.count()
        self._exchanges: list[_RecExchange] = []
        self._conns: list[tuple[_ProxyConn, threading.Thread]] = []
        self._stopping = threading.Event()
        self._accept_thread: threading.Thread | None = None
        self.header: dict[str, Any] = {}

    def _new_exchange(self, cid: int, req: h11.Request) -> _RecExchange:
        with self._lock:
            ex = _RecExchange(next(self._counter), cid, req, self.blob_dir)
            self._exchanges.append(ex)
            return ex

    def _versions(self) -> tuple[str | None, str | None]:
        from tests.support.engine import request

        try:
            v = request("GET", "/version", socket_path=self.upstream, timeout=5).json()
            return v.get("Version"), v.get("ApiVersion")
        except Exception:  # noqa: BLE001 - versions are informative only
            return None, None

    def start(self) -> str:
        engine, api = self._versions() if self.query_versions else (None, None)
        self.header = {
            "cassette": self.name,
            "format": cf.FORMAT,
            "engine_version": engine,
            "api_version": api,
            "recorded_at": datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat(),
        }
        if self.socket_path is None:
            self._tmpdir = tempfile.mkdtemp(prefix="rec-")
            self.socket_path = os.path.join(self._tmpdir, "docker.sock")
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(self.socket_path)
        self._listener.listen(64)
        self._listener.settimeout(0.05)
        self._accept_thread = threading.Thread(target=self._accept_loop, name="recorder-accept", daemon=True)
        self._accept_thread.start()
        return self.socket_path

    def _accept_loop(self) -> None:
        assert self._listener is not None
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            client.settimeout(None)
            upstream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                upstream.connect(self.upstream)
            except OSError:
                client.close()
                upstream.close()
                continue
            conn = _ProxyConn(self, next(self._conn_counter), client, upstream)
            t = threading.Thread(target=conn.run, name=f"recorder-conn-{conn.cid}", daemon=True)
            with self._lock:
                self._conns.append((conn, t))
            t.start()

    def stop(self, *, write: bool = True, grace: float = 5.0) -> cf.Cassette | None:
        """Stop accepting, let open connections finish for ``grace`` seconds, then cut them; write the cassette."""
        self._stopping.set()
        if self._accept_thread is not None:
            self._accept_thread.join()
        if self._listener is not None:
            self._listener.close()
            if self.socket_path and os.path.exists(self.socket_path):
                os.unlink(self.socket_path)
        with self._lock:
            conns = list(self._conns)
        for conn, t in conns:
            if conn.idle():  # e.g. a pooled keep-alive connection the client never closed
                conn.force_close()
            t.join(grace)
            if t.is_alive():
                conn.force_close()
                t.join(5)
        if self._tmpdir is not None:
            shutil.rmtree(self._tmpdir, ignore_errors=True)
        exchanges = [ex.to_exchange() for ex in self._exchanges]
        if not write:
            return None
        header = dict(self.header)
        if self.meta:
            header["meta"] = self.meta
        cf.write(self.cassette_path, header, exchanges)
        return cf.load(self.cassette_path)

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.stop(write=exc_type is None)
