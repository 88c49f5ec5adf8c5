"""Replay daemon: serves a cassette on a unix socket, checking each request against the next recorded one.

>>> daemon = ReplayDaemon("tests/daemon/cassettes/cli/image_ls.jsonl")
>>> with daemon as socket_path:          # raises ReplayError on exit if anything mismatched / was left over
...     run_client(f"unix://{socket_path}")

Checks, in order: method, path (percent-decoded), query as a multiset of (key, value) pairs (``query_matchers``
relax volatile keys, e.g. ``{"since": ANY}``), request body sha256 + size. A mismatch answers ``599`` with a JSON
``{"message": …}`` and is recorded in ``.mismatches`` (the recorded exchange is *not* consumed). Responses are
served verbatim: same status, headers (minus ``Date``), chunk boundaries (one HTTP chunk per recorded chunk,
flushed), blobs streamed from their ``.gz`` in constant memory, hijacked transcripts played back (client bytes
are awaited and compared, daemon bytes sent).
"""

from __future__ import annotations

import base64
import difflib
import hashlib
import json
import os
import shutil
import socket
import tempfile
import threading
import urllib.parse
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Mapping

import h11

from . import cassette as cf
from .cassette import Cassette, Exchange


class _Any:
    def __repr__(self) -> str:
        return "ANY"


ANY: Any = _Any()
"""Query matcher that accepts any value (the key must still be present as often as recorded)."""

VOLATILE_TIME_QUERY: Mapping[str, Any] = {"since": ANY, "until": ANY}
"""Ready-made ``query_matchers`` for time-dependent filters of /events, /logs, prune…"""

QueryMatcher = Callable[[str, str], bool]  # (recorded value, actual value) -> equal?
_CAPTURE = cf.INLINE_BODY_LIMIT
_CHUNK_IN_ONE_PIECE = 1 << 20


def _websocket_accept_for(actual: ActualRequest, headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The recorded websocket handshake answer, its Sec-WebSocket-Accept computed for this
    request's Sec-WebSocket-Key (a client draws a fresh key per handshake)."""
    key = next((v for k, v in actual.headers if k.lower() == "sec-websocket-key"), "")
    digest = hashlib.sha1(key.encode() + b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11").digest()
    accept = base64.b64encode(digest).decode()
    return [(k, accept if k.lower() == "sec-websocket-accept" else v) for k, v in headers]


def unmasked_frames(data: bytes) -> bytes:
    """Client websocket frames (RFC 6455 5.2) with their payloads unmasked and masking keys
    dropped, so that frames sent with different keys compare equal; bytes after the last
    whole frame are kept as they are."""
    out, pos = bytearray(), 0
    while pos + 2 <= len(data):
        first, second = data[pos], data[pos + 1]
        length, head = second & 0x7F, pos + 2
        if length >= 126:
            width = 2 if length == 126 else 8
            if head + width > len(data):
                break
            length, head = int.from_bytes(data[head : head + width], "big"), head + width
        mask = b""
        if second & 0x80:
            mask, head = data[head : head + 4], head + 4
        if head + length > len(data) or len(mask) not in (0, 4):
            break
        payload = data[head : head + length]
        if mask:
            payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        out += bytes([first, second & 0x7F]) + data[pos + 2 : head - len(mask)] + payload
        pos = head + length
    return bytes(out + data[pos:])


class ReplayError(AssertionError):
    """Raised on context exit when requests mismatched or recorded exchanges were not consumed."""


@dataclass
class ActualRequest:
    method: str
    target: str
    headers: list[tuple[str, str]]
    size: int = 0
    hasher: Any = field(default_factory=hashlib.sha256)
    head: bytearray = field(default_factory=bytearray)  # first 64 KiB of the body, for diffs

    def add(self, data: bytes) -> None:
        self.size += len(data)
        self.hasher.update(data)
        if len(self.head) < _CAPTURE:
            self.head += data[: _CAPTURE - len(self.head)]

    @property
    def sha256(self) -> str:
        return str(self.hasher.hexdigest())


def _split(target: str) -> tuple[str, list[tuple[str, str]]]:
    path, _, query = target.partition("?")
    return urllib.parse.unquote(path), urllib.parse.parse_qsl(query, keep_blank_values=True)


def _body_lines(text: str | None, size: int, sha: str | None, redacted: bool = False) -> list[str]:
    if size == 0:
        return ["body: (empty)"]
    if redacted:
        return [f"body: {size} bytes <redacted>"]
    lines = [f"body: {size} bytes sha256={sha}"]
    if text is not None:
        try:
            text = json.dumps(json.loads(text), indent=2, sort_keys=True)
        except ValueError:
            pass
        lines += ["  | " + line for line in text.splitlines()]
    return lines


def render_expected(ex: Exchange) -> list[str]:
    path, query = _split(ex.target)
    lines = [f"{ex.method} {path}"] + [f"  ?{k}={v}" for k, v in sorted(query)]
    body = ex.request.get("body") or {}
    text = body.get("text")
    if text is None and "b64" in body:
        text = "<binary>"
    return lines + _body_lines(text, body.get("size", 0), body.get("sha256"), bool(body.get("redacted")))


def render_actual(ar: ActualRequest, redact: bool = False) -> list[str]:
    path, query = _split(ar.target)
    lines = [f"{ar.method} {path}"] + [f"  ?{k}={v}" for k, v in sorted(query)]
    text = None
    if ar.size <= _CAPTURE:
        raw = bytes(ar.head)
        text = raw.decode("utf-8") if cf.is_text(raw) else "<binary>"
    return lines + _body_lines(text, ar.size, ar.sha256, redact)


@dataclass
class Mismatch:
    """A request that did not match (``expected`` is None once the cassette is exhausted)."""

    reason: str
    expected: Exchange | None
    actual: ActualRequest | None
    detail: str = ""

    def diff(self) -> str:
        redact = bool(self.expected and (self.expected.request.get("body") or {}).get("redacted"))
        exp = render_expected(self.expected) if self.expected else ["(cassette exhausted: no more exchanges)"]
        act = render_actual(self.actual, redact) if self.actual else ["(nothing)"]
        where = self.expected.describe() if self.expected else "end of cassette"
        return "\n".join(
            difflib.unified_diff(exp, act, fromfile=f"recorded {where}", tofile="actual request", lineterm="", n=99)
        )

    def __str__(self) -> str:
        text = f"replay mismatch: {self.reason}"
        if self.detail:
            text += f"\n{self.detail}"
        if self.actual is not None:
            text += "\n" + self.diff()
        return text


def _query_equal(rec: list[tuple[str, str]], act: list[tuple[str, str]], matchers: Mapping[str, Any]) -> bool:
    plain_rec = sorted((k, v) for k, v in rec if k not in matchers)
    plain_act = sorted((k, v) for k, v in act if k not in matchers)
    if plain_rec != plain_act:
        return False
    for key, matcher in matchers.items():
        r = sorted(v for k, v in rec if k == key)
        a = sorted(v for k, v in act if k == key)
        if len(r) != len(a):
            return False
        if matcher is not ANY and not all(matcher(x, y) for x, y in zip(r, a)):
            return False
    return True


def _header_list(headers: Mapping[str, Any]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for k, v in headers.items():
        for value in v if isinstance(v, list) else [v]:
            out.append((k, value))
    return out


def _serialize_head(status: int, reason: str, headers: list[tuple[str, str]]) -> bytes:
    """Response head for hijacked replies (h11 would add framing headers the daemon does not send)."""
    lines = [f"HTTP/1.1 {status} {reason}"] + [f"{k}: {v}" for k, v in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


class ReplayDaemon:
    """Serve ``cassette_path`` on a unix socket from a background thread.

    ``query_matchers``: ``{key: ANY | (recorded, actual) -> bool}`` for volatile query values.
    ``match_body``: compare request body sha256/size (default True).
    ``strict``: on clean context exit raise ``ReplayError`` with ``report()`` if there were mismatches or
    unconsumed exchanges. ``io_timeout``: how long a hijacked transcript waits for client bytes.
    ``ordering``: ``"strict"`` (default) matches each request against the next unconsumed exchange;
    ``"connection"`` keeps the order within each recorded connection but lets a request match the next exchange
    of any recorded connection (lowest index first) – for clients that use several connections concurrently
    (``docker run``: attach, wait and start race each other). ``"reuse"`` lets any request match any
    exchange, as often as it comes: the cassette is a fixture for load tests, and nothing is left unconsumed.
    """

    def __init__(
        self,
        cassette_path: str | os.PathLike[str],
        *,
        socket_path: str | None = None,
        query_matchers: Mapping[str, Any] | None = None,
        match_body: bool = True,
        strict: bool = True,
        io_timeout: float = 10.0,
        ordering: str = "strict",
    ) -> None:
        if ordering not in ("strict", "connection", "reuse"):
            raise ValueError(f"ordering must be 'strict', 'connection' or 'reuse', not {ordering!r}")
        self.ordering = ordering
        self.cassette: Cassette = cf.load(cassette_path)
        self.socket_path = socket_path
        self.query_matchers = dict(query_matchers or {})
        self.match_body = match_body
        self.strict = strict
        self.io_timeout = io_timeout
        self.mismatches: list[Mismatch] = []
        self.served: list[Exchange] = []
        self._consumed = [False] * len(self.cassette.exchanges)
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._tmpdir: str | None = None
        self._listener: socket.socket | None = None
        self._threads: list[threading.Thread] = []
        self._socks: set[socket.socket] = set()

    # -- lifecycle ----------------------------------------------------------------------------------
    def start(self) -> str:
        if self.socket_path is None:
            self._tmpdir = tempfile.mkdtemp(prefix="replay-")
            self.socket_path = os.path.join(self._tmpdir, "docker.sock")
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(self.socket_path)
        self._listener.listen(64)
        self._listener.settimeout(0.05)
        t = threading.Thread(target=self._accept_loop, name="replay-accept", daemon=True)
        t.start()
        self._threads.append(t)
        return self.socket_path

    def stop(self) -> None:
        self._stopping.set()
        for t in list(self._threads[:1]):
            t.join()
        if self._listener is not None:
            self._listener.close()
            if self.socket_path and os.path.exists(self.socket_path):
                os.unlink(self.socket_path)
        with self._lock:
            socks = list(self._socks)
        for s in socks:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for t in self._threads[1:]:
            t.join(5)
        if self._tmpdir is not None:
            shutil.rmtree(self._tmpdir, ignore_errors=True)

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.stop()
        if self.strict and exc_type is None:
            self.assert_complete()

    # -- results ------------------------------------------------------------------------------------
    def unconsumed(self) -> list[Exchange]:
        return [e for e, done in zip(self.cassette.exchanges, self._consumed) if not done]

    def report(self) -> str:
        parts = [str(m) for m in self.mismatches]
        left = self.unconsumed()
        if left:
            parts.append(
                f"{len(left)} recorded exchange(s) not requested:\n" + "\n".join("  " + e.describe() for e in left)
            )
        return f"{self.cassette.path}:\n" + "\n\n".join(parts) if parts else ""

    def assert_complete(self) -> None:
        report = self.report()
        if report:
            raise ReplayError(report)

    # -- serving ------------------------------------------------------------------------------------
    def _accept_loop(self) -> None:
        assert self._listener is not None
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            sock.settimeout(None)
            with self._lock:
                self._socks.add(sock)
            t = threading.Thread(target=self._handle, args=(sock,), name="replay-conn", daemon=True)
            self._threads.append(t)
            t.start()

    def _match(self, actual: ActualRequest) -> tuple[Exchange | None, Mismatch | None]:
        with self._lock:
            if self.ordering == "reuse":
                self._consumed = [True] * len(self._consumed)
                pending = list(range(len(self._consumed)))
            else:
                pending = [i for i, done in enumerate(self._consumed) if not done]
            if not pending:
                m = Mismatch("request after the cassette was exhausted", None, actual)
                self.mismatches.append(m)
                return None, m
            candidates = pending if self.ordering == "reuse" else pending[:1]
            if self.ordering == "connection":
                conns: set[int] = set()
                candidates = []
                for i in pending:
                    conn = self.cassette.exchanges[i].conn
                    if conn not in conns:
                        conns.add(conn)
                        candidates.append(i)
            for i in candidates:
                ex = self.cassette.exchanges[i]
                if self._compare(ex, actual) is None:
                    self._consumed[i] = True
                    self.served.append(ex)
                    return ex, None
            ex = self.cassette.exchanges[pending[0]]
            m = Mismatch(self._compare(ex, actual) or "no match", ex, actual)
            if len(candidates) > 1:
                m.detail = f"(also compared with {len(candidates) - 1} exchange(s) of other recorded connections)"
            self.mismatches.append(m)
            return None, m

    def _compare(self, ex: Exchange, actual: ActualRequest) -> str | None:
        if ex.method != actual.method:
            return "method differs"
        rpath, rquery = _split(ex.target)
        apath, aquery = _split(actual.target)
        if rpath != apath:
            return "path differs"
        if not _query_equal(rquery, aquery, self.query_matchers):
            return "query differs"
        if self.match_body:
            body = ex.request.get("body")
            if body is None:
                if actual.size:
                    return "body differs"
            elif body.get("redacted") and "sha256" not in body:  # /auth: nothing of the body was kept
                pass
            elif body.get("redacted"):  # swarm secrets: compared with the same values redacted
                sent = cf.redact_secrets(apath, bytes(actual.head)) or b""
                if actual.size > len(actual.head) or (body["size"], body["sha256"]) != (len(sent), hashlib.sha256(sent).hexdigest()):
                    return "body differs"
            elif body["size"] != actual.size or body["sha256"] != actual.sha256:
                return "body differs"
        return None

    def _handle(self, sock: socket.socket) -> None:
        conn = h11.Connection(h11.SERVER, max_incomplete_event_size=1 << 20)
        try:
            while not self._stopping.is_set():
                ev = self._next_event(conn, sock)
                if not isinstance(ev, h11.Request):
                    return
                actual = ActualRequest(
                    ev.method.decode("ascii"),
                    ev.target.decode("latin-1"),
                    [(k.decode("latin-1"), v.decode("latin-1")) for k, v in ev.headers.raw_items()],
                )
                while True:
                    ev = self._next_event(conn, sock)
                    if isinstance(ev, h11.Data):
                        actual.add(ev.data)
                    elif isinstance(ev, h11.EndOfMessage):
                        break
                    else:
                        return
                ex, mismatch = self._match(actual)
                if mismatch is not None:
                    self._send_mismatch(conn, sock, mismatch)
                elif not self._serve(conn, sock, ex, actual):  # type: ignore[arg-type]
                    return
                if conn.our_state is h11.MUST_CLOSE or conn.their_state is h11.MUST_CLOSE:
                    return
                conn.start_next_cycle()
        except h11.ProtocolError as exc:
            with self._lock:
                self.mismatches.append(Mismatch(f"client sent invalid HTTP: {exc}", None, None))
        except OSError:
            pass
        finally:
            with self._lock:
                self._socks.discard(sock)
            sock.close()

    def _next_event(self, conn: h11.Connection, sock: socket.socket) -> Any:
        while True:
            ev = conn.next_event()
            if ev is h11.NEED_DATA:
                try:
                    data = sock.recv(65536)
                except OSError:
                    data = b""
                conn.receive_data(data)
                continue
            return ev

    def _send_mismatch(self, conn: h11.Connection, sock: socket.socket, m: Mismatch) -> None:
        body = (json.dumps({"message": str(m)}) + "\n").encode()
        headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
        sock.sendall(conn.send(h11.Response(status_code=599, headers=headers, reason=b"Replay Mismatch")))
        sock.sendall(conn.send(h11.Data(data=body)))
        sock.sendall(conn.send(h11.EndOfMessage()))

    def _body(self, ex: Exchange) -> Iterator[tuple[int, bytes, bool, bool]]:
        """``(chunk_size, data, first_piece, last_piece)`` pieces of the recorded response body."""
        body = (ex.response or {}).get("body") or {}
        if "blob" in body:
            chunked = ex.response["framing"] == "chunked"  # type: ignore[index]
            sizes = body["chunk_sizes"]
            piece = 0 if chunked and max(sizes, default=0) <= _CHUNK_IN_ONE_PIECE else 64 * 1024
            yield from self.cassette.iter_blob(body["blob"], sizes, piece)
        else:
            for chunk in ex.chunks:
                yield len(chunk), chunk, True, True

    def _serve(self, conn: h11.Connection, sock: socket.socket, ex: Exchange, actual: ActualRequest) -> bool:
        """Send the recorded response; return whether the connection stays usable."""
        resp = ex.response
        if resp is None:  # the daemon never answered
            return False
        framing = resp["framing"]
        headers = _header_list(resp["headers"])
        if framing == "hijack":
            leftover = conn.trailing_data[0]
            websocket = any(k.lower() == "upgrade" and v.lower() == "websocket" for k, v in headers)
            if websocket:
                headers = _websocket_accept_for(actual, headers)
            sock.sendall(_serialize_head(resp["status"], resp["reason"], headers))
            self._play_transcript(sock, ex, leftover, websocket)
            return False
        if framing == "content-length":
            size = ((resp.get("body") or {}).get("size")) or 0
            headers = [(k, str(size) if k.lower() == "content-length" else v) for k, v in headers]
        sock.sendall(conn.send(h11.Response(status_code=resp["status"], headers=headers, reason=resp["reason"])))
        if framing == "content-length":
            for _, data, _, _ in self._body(ex):
                sock.sendall(conn.send(h11.Data(data=data)))
        elif framing == "chunked":
            for size, data, first, last in self._body(ex):
                if first and last:
                    sock.sendall(conn.send(h11.Data(data=data)))  # one recorded chunk = one HTTP chunk
                    continue
                # A chunk larger than 1 MiB is framed here so that it is streamed in constant memory.
                if first:
                    sock.sendall(f"{size:x}\r\n".encode())
                sock.sendall(data)
                if last:
                    sock.sendall(b"\r\n")
        if resp.get("complete", True):
            sock.sendall(conn.send(h11.EndOfMessage()))
            return True
        # The recorded stream never ended (e.g. /events cut by the client): hold it open until the client leaves.
        while not self._stopping.is_set():
            try:
                if not sock.recv(65536):
                    break
            except OSError:
                break
        return False

    def _play_transcript(self, sock: socket.socket, ex: Exchange, leftover: bytes, websocket: bool = False) -> None:
        buf = bytearray(leftover)
        sock.settimeout(self.io_timeout)

        def fail(reason: str, detail: str = "") -> None:
            with self._lock:
                self.mismatches.append(Mismatch(f"hijacked stream of {ex.describe()}: {reason}", ex, None, detail))

        def recv() -> bytes:
            try:
                return sock.recv(65536)
            except socket.timeout:
                raise TimeoutError from None
            except OSError:
                return b""

        try:
            for n, item in enumerate(ex.transcript):
                if item["dir"] == "out":
                    if item.get("eof"):
                        sock.shutdown(socket.SHUT_WR)
                        continue
                    for piece in self._item_pieces(item):
                        sock.sendall(piece)
                    continue
                if item.get("eof"):
                    while True:
                        data = recv()
                        if not data:
                            break
                        buf += data
                    if buf:
                        fail(
                            f"item {n}: client sent {len(buf)} unexpected bytes before closing", repr(bytes(buf[:200]))
                        )
                        return
                    continue
                for expected in self._item_pieces(item):
                    while len(buf) < len(expected):
                        data = recv()
                        if not data:
                            fail(
                                f"item {n}: client closed, {len(expected) - len(buf)} more bytes were expected",
                                f"expected: {expected[:200]!r}\nactual:   {bytes(buf[:200])!r}",
                            )
                            return
                        buf += data
                    got = bytes(buf[: len(expected)])
                    del buf[: len(expected)]
                    if websocket:  # the client masks each frame with a fresh random key
                        got, expected = unmasked_frames(got), unmasked_frames(expected)
                    if got != expected:
                        fail(f"item {n}: client bytes differ", f"expected: {expected[:200]!r}\nactual:   {got[:200]!r}")
                        return
        except TimeoutError:
            fail(f"timed out after {self.io_timeout}s waiting for client bytes")
        except OSError:
            return  # client went away while we were sending: allowed

    def _item_pieces(self, item: dict[str, Any]) -> Iterator[bytes]:
        if "blob" in item:
            for _, data, _, _ in self.cassette.iter_blob(item["blob"], [item["size"]]):
                yield data
        else:
            yield cf.decode_bytes(item)
