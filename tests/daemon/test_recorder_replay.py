"""Recorder + replay daemon against a scripted fake h11 server (no Docker needed)."""

from __future__ import annotations

import base64
import hashlib
import json
import random
import socket
import tracemalloc

import pytest

from tests.daemon import cassette as cf
from tests.daemon._fake import Client, FakeDaemon, FakeIO, FakeRequest, frame
from tests.daemon.recorder import Recorder
from tests.daemon.replay import ANY, ReplayDaemon, ReplayError

PULL_CHUNKS = [
    b'{"status":"Pulling from library/busybox","id":"latest"}\r\n{"status":"Pulling fs',  # object split across chunks
    b' layer","progressDetail":{},"id":"a1"}\r\n',
    b'{"status":"Downloading","progressDetail":{"current":1,"total":2},"id":"a1"}\r\n'
    b'{"status":"Download complete","progressDetail":{},"id":"a1"}\r\n',  # two objects in one chunk
    b'{"errorDetail":{"message":"boom"},"error":"boom"}\r\n',
]


def record(tmp_path, handler, drive, name="t"):
    """Run ``drive(socket_path)`` through a Recorder in front of a FakeDaemon(handler); return (result, cassette)."""
    path = tmp_path / f"{name}.jsonl"
    with FakeDaemon(handler) as fake:
        rec = Recorder(path, upstream=fake.socket_path, name=name, query_versions=False)
        sock = rec.start()
        try:
            result = drive(sock)
        finally:
            c = rec.stop()
    return result, c


def replay(path, drive, **kw):
    d = ReplayDaemon(path, **kw)
    with d as sock:
        result = drive(sock)
    return result, d


# -- chunked JSON streams ------------------------------------------------------------------------------
def pull_handler(req: FakeRequest, io: FakeIO) -> None:
    if req.target.startswith("/v1.41/images/create"):
        io.respond(200, PULL_CHUNKS, chunked=True)
    else:
        io.respond(200, b'{"ApiVersion":"1.41"}\n')


def test_chunk_boundaries_split_json_and_keepalive(tmp_path):
    def drive(sock):
        with Client(sock) as c:
            a = c.request("GET", "/version")
            b = c.request("POST", "/v1.41/images/create?fromImage=busybox&tag=latest")
            h = c.request("HEAD", "/version")  # same connection: keep-alive + body-less HEAD
        return a, b, h

    (a, b, h), c = record(tmp_path, pull_handler, drive)
    assert b.chunks == PULL_CHUNKS
    assert [e.target for e in c.exchanges] == [
        "/version",
        "/v1.41/images/create?fromImage=busybox&tag=latest",
        "/version",
    ]
    assert c.exchanges[1].chunks == PULL_CHUNKS and c.exchanges[1].response["framing"] == "chunked"
    assert c.exchanges[2].response["framing"] == "none"
    text = c.path.read_text()
    assert (
        '"chunk": "{\\"status\\":\\"Pulling from library/busybox\\",\\"id\\":\\"latest\\"}\\r\\n{\\"status\\":\\"Pulling fs"'
        in text
    )
    assert not (tmp_path / "blobs").exists()  # text bodies stay inline

    (a2, b2, h2), d = replay(c.path, drive)
    assert b2.chunks == PULL_CHUNKS and a2.body == a.body
    assert (b2.status, b2.headers["content-type"], b2.headers["api-version"]) == (200, "application/json", "1.41")
    assert h2.status == 200 and h2.body == b"" and h2.headers["content-length"] == a.headers["content-length"]
    assert d.mismatches == [] and d.unconsumed() == []


# -- binary / large bodies -----------------------------------------------------------------------------
BLOB_SIZE = 8 << 20
PIECE = 64 << 10


def _pieces(seed: int, total: int, piece: int = PIECE):
    rnd = random.Random(seed)
    for _ in range(total // piece):
        yield rnd.randbytes(piece)


def test_binary_blob_round_trip_in_constant_memory(tmp_path):
    sizes = [1, 7, 32768, 100, 4096, 3]  # a chunked binary body keeps its chunk boundaries too
    chunked = [random.Random(i).randbytes(n) for i, n in enumerate(sizes)]

    def handler(req, io):
        if req.target == "/images/get":
            io.respond_stream(200, _pieces(1, BLOB_SIZE), BLOB_SIZE)
        else:
            io.respond(200, chunked, chunked=True, content_type="application/x-tar")

    def drive(sock):
        h, n = hashlib.sha256(), 0
        with Client(sock) as c:
            c.send_request("GET", "/images/get")
            assert c.read_head()[0] == 200
            for data, _ in c.iter_data():
                h.update(data)
                n += len(data)
            small = c.request("GET", "/containers/x/export")
        return h.hexdigest(), n, small.chunks

    expected = hashlib.sha256(b"".join(_pieces(1, BLOB_SIZE))).hexdigest()
    tracemalloc.start()
    try:
        (digest, n, small), c = record(tmp_path, handler, drive)
        _, rec_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        (digest2, n2, small2), d = replay(c.path, drive)
        _, rep_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (digest, n) == (digest2, n2) == (expected, BLOB_SIZE)
    assert small == small2 == chunked
    body = c.exchanges[0].response["body"]
    assert body["blob"] == "sha256:" + expected and body["chunk_sizes"] == [BLOB_SIZE]
    assert c.exchanges[1].response["body"]["chunk_sizes"] == sizes
    assert (tmp_path / "blobs" / f"{expected}.gz").exists()
    assert c.path.stat().st_size < 4096
    # The 8 MiB body never sits in memory: record and replay peaks stay far below its size.
    assert rec_peak < 2 << 20, rec_peak
    assert rep_peak < 2 << 20, rep_peak


# -- hijacked streams ----------------------------------------------------------------------------------
def hijack_handler(req: FakeRequest, io: FakeIO) -> bool:
    if "upgrade" in req.headers:
        io.upgrade()
    else:  # the unframed 200 raw-stream variant
        io.raw_head(b"HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\n")
    stdin = io.read_exact(5)
    io.sock.sendall(frame(1, b"got " + stdin))
    io.sock.sendall(frame(2, b"\xffwarn\n"))  # not UTF-8: base64 in the transcript
    rest = io.read_until_eof()  # client half-closes stdin
    io.sock.sendall(frame(1, b"bye after %d\n" % len(rest)))
    io.sock.close()
    return False


@pytest.mark.parametrize("upgrade", [True, False], ids=["101-upgraded", "200-raw-stream"])
def test_hijack_transcript(tmp_path, upgrade):
    def drive(sock_path):
        with Client(sock_path) as c:
            headers = [("Content-Type", "application/json")]
            if upgrade:
                headers += [("Connection", "Upgrade"), ("Upgrade", "tcp")]
            c.send_request("POST", "/v1.41/exec/abc/start", b'{"Detach":false,"Tty":false}', headers)
            c.sock.sendall(b"hel")  # stdin written before the response head arrives
            status, hdrs = c.read_head()
            c.sock.sendall(b"lo")
            out = bytearray(c.conn.trailing_data[0])
            while len(out) < len(frame(1, b"got hello")) + len(frame(2, b"\xffwarn\n")):
                out += c.sock.recv(65536)
            c.sock.sendall(b"tail")
            c.sock.shutdown(socket.SHUT_WR)
            while data := c.sock.recv(65536):
                out += data
            return status, hdrs.get("content-type"), bytes(out)

    live, c = record(tmp_path, hijack_handler, drive)
    expected_out = frame(1, b"got hello") + frame(2, b"\xffwarn\n") + frame(1, b"bye after 4\n")
    assert live == (101 if upgrade else 200, live[1], expected_out)
    ex = c.exchanges[0]
    assert ex.response["framing"] == "hijack" and ex.response["status"] == (101 if upgrade else 200)
    dirs = [(i["dir"], "eof" if i.get("eof") else cf.decode_bytes(i)) for i in ex.transcript]
    ins = b"".join(d for k, d in dirs if k == "in" and d != "eof")
    assert ins == b"hellotail"
    assert ("in", "eof") in dirs and dirs[-1] == ("out", "eof")
    assert any("b64" in i for i in ex.transcript)  # binary frame header/payload kept as base64

    again, d = replay(c.path, drive)
    assert again == live
    assert d.mismatches == []


def test_hijack_replay_checks_client_bytes(tmp_path):
    def drive_with(stdin: bytes):
        def drive(sock_path):
            with Client(sock_path) as c:
                c.send_request("POST", "/exec/abc/start", b"{}", [("Connection", "Upgrade"), ("Upgrade", "tcp")])
                c.read_head()
                c.sock.sendall(stdin)
                c.sock.shutdown(socket.SHUT_WR)
                out = bytearray(c.conn.trailing_data[0])
                while data := c.sock.recv(65536):
                    out += data
                return bytes(out)

        return drive

    _, c = record(tmp_path, hijack_handler, drive_with(b"hello"))
    _, d = replay(c.path, drive_with(b"HELLO"), strict=False)
    assert len(d.mismatches) == 1
    text = str(d.mismatches[0])
    assert "client bytes differ" in text and "b'hello'" in text and "b'HELLO'" in text


# -- matching and mismatch reports ---------------------------------------------------------------------
def echo_handler(req: FakeRequest, io: FakeIO) -> None:
    io.respond(200, json.dumps({"target": req.target, "size": len(req.body)}).encode())


def test_mismatch_answers_599_and_reports_unified_diff(tmp_path):
    body = json.dumps({"Image": "busybox", "Cmd": ["true"]}).encode()

    def drive_with(query: str, payload: bytes):
        def drive(sock):
            with Client(sock) as c:
                r1 = c.request("GET", f"/v1.41/images/json?{query}")
                r2 = c.request("POST", "/v1.41/containers/create", payload, [("Content-Type", "application/json")])
            return r1, r2

        return drive

    _, c = record(tmp_path, echo_handler, drive_with("all=1&filters=%7B%7D", body))
    assert c.exchanges[1].request["body"]["text"] == body.decode()  # JSON request bodies kept as text

    other = json.dumps({"Image": "busybox", "Cmd": ["false"]}).encode()
    d = ReplayDaemon(c.path)
    with pytest.raises(ReplayError) as err:
        with d as sock:
            r1, r2 = drive_with("all=0&filters=%7B%7D", other)(sock)
    assert r1.status == 599 and "query differs" in json.loads(r1.body)["message"]
    assert r2.status == 599  # exchange 0 is still the expected one
    report = str(err.value)
    assert "--- recorded #0 (line 2) GET /v1.41/images/json?all=1&filters=%7B%7D -> 200" in report
    assert "+++ actual request" in report
    assert "-  ?all=1" in report and "+  ?all=0" in report
    assert "2 recorded exchange(s) not requested" in report

    # First request right, second with another body: the diff shows the pretty-printed JSON bodies.
    d = ReplayDaemon(c.path, strict=False)
    with d as sock:
        r1, r2 = drive_with("filters=%7B%7D&all=1", other)(sock)  # query order does not matter
    assert r1.status == 200 and r2.status == 599
    diff = d.mismatches[0].diff()
    assert d.mismatches[0].reason == "body differs"
    assert '-  |     "true"' in diff and '+  |     "false"' in diff


def test_query_multiset_repeated_keys_and_matchers(tmp_path):
    def drive_with(target):
        def drive(sock):
            with Client(sock) as c:
                return c.request("GET", target).status

        return drive

    _, c = record(tmp_path, echo_handler, drive_with("/build?t=a&t=b&since=100&q=1"))
    assert c.exchanges[0].target == "/build?t=a&t=b&since=100&q=1"  # raw target, order and repeats kept
    assert replay(c.path, drive_with("/build?q=1&since=100&t=b&t=a"))[0] == 200
    _, d = replay(c.path, drive_with("/build?t=a&since=100&q=1"), strict=False)  # one "t" missing
    assert d.mismatches and d.mismatches[0].reason == "query differs"
    status, d = replay(c.path, drive_with("/build?t=a&t=b&since=999&q=1"), query_matchers={"since": ANY})
    assert status == 200
    later = {"since": lambda rec, act: int(act) >= int(rec)}
    assert replay(c.path, drive_with("/build?t=a&t=b&since=150&q=1"), query_matchers=later)[0] == 200


def test_exhausted_cassette_and_unconsumed_exchanges(tmp_path):
    def drive_n(n):
        def drive(sock):
            with Client(sock) as c:
                return [c.request("GET", f"/x/{i}").status for i in range(n)]

        return drive

    _, c = record(tmp_path, echo_handler, drive_n(2))
    statuses, d = replay(c.path, drive_n(3), strict=False)
    assert statuses == [200, 200, 599]
    assert "request after the cassette was exhausted" in d.report()
    assert "(cassette exhausted: no more exchanges)" in d.report()
    statuses, d = replay(c.path, drive_n(1), strict=False)
    assert d.unconsumed()[0].target == "/x/1"
    assert "#1 (line 4) GET /x/1 -> 200" in d.report()


def test_request_body_hash_and_large_uploads(tmp_path):
    tar = random.Random(5).randbytes(300_000)

    def drive_with(payload):
        def drive(sock):
            with Client(sock) as c:  # chunked upload, like the Go client's build context
                return c.request("POST", "/build?t=x", (payload[i : i + 10000] for i in range(0, len(payload), 10000)))

        return drive

    _, c = record(tmp_path, echo_handler, drive_with(tar))
    req = c.exchanges[0].request
    assert req["body"] == {"size": len(tar), "sha256": hashlib.sha256(tar).hexdigest()}  # hash only
    assert req["headers"] == {"Transfer-Encoding": "chunked"}
    assert replay(c.path, drive_with(tar))[0].status == 200
    resp, d = replay(c.path, drive_with(tar[:-1] + b"!"), strict=False)
    assert resp.status == 599 and d.mismatches[0].reason == "body differs"


def test_secrets_are_redacted(tmp_path):
    auth = base64.urlsafe_b64encode(b'{"username":"u","password":"hunter2"}').decode()

    def handler(req, io):
        if req.target.endswith("/auth"):
            io.respond(200, b'{"Status":"Login Succeeded","IdentityToken":"tok-secret"}\n')
        else:
            io.respond(200, b"{}")

    def drive(sock):
        with Client(sock) as c:
            c.request("POST", "/v1.41/images/x/push", None, [("X-Registry-Auth", auth)])
            c.request("POST", "/build", None, [("X-Registry-Config", auth)])
            return c.request("POST", "/v1.41/auth", b'{"username":"u","password":"hunter2"}').body

    _, c = record(tmp_path, handler, drive)
    text = c.path.read_text()
    assert "hunter2" not in text and auth not in text and "tok-secret" not in text
    assert c.exchanges[0].request["headers"]["X-Registry-Auth"] == f"<redacted:len={len(auth)}>"
    assert c.exchanges[1].request["headers"]["X-Registry-Config"] == f"<redacted:len={len(auth)}>"
    assert c.exchanges[2].request["body"] == {"size": 37, "redacted": True}
    body, d = replay(c.path, drive)  # /auth bodies are not compared (nothing to compare against)
    assert json.loads(body)["IdentityToken"] == "<redacted>"


def test_swarm_tokens_and_unlock_keys_are_redacted_and_compared_redacted(tmp_path):
    """Join tokens and unlock keys never reach the cassette; a replayed join or unlock still has the
    rest of its body compared (with the secret values redacted alike)."""
    token, key = "SWMTKN-1-rec0secret0token", "SWMKEY-1-rec0secret0key"

    def handler(req, io):
        answers = {
            "/v1.44/swarm": b'{"ID":"x","JoinTokens":{"Worker":"%s","Manager":"%s-m"}}\n' % (token.encode(), token.encode()),
            "/v1.44/swarm/unlockkey": b'{"UnlockKey":"%s"}\n' % key.encode(),
        }
        io.respond(200, answers.get(req.target, b""))

    def drive_with(join_token, listen):
        def drive(sock):
            with Client(sock) as c:
                swarm = c.request("GET", "/v1.44/swarm").body
                unlock_key = json.loads(c.request("GET", "/v1.44/swarm/unlockkey").body)["UnlockKey"]
                join = json.dumps({"ListenAddr": listen, "JoinToken": join_token}).encode()
                joined = c.request("POST", "/v1.44/swarm/join", join, [("Content-Type", "application/json")]).status
                c.request("POST", "/v1.44/swarm/unlock", json.dumps({"UnlockKey": unlock_key}).encode(), [("Content-Type", "application/json")])
                return swarm, unlock_key, joined

        return drive

    _, c = record(tmp_path, handler, drive_with(token, "127.0.0.1:4377"))
    text = c.path.read_text()
    assert "rec0secret" not in text
    join_body = c.exchanges[2].request["body"]
    assert join_body["redacted"] and json.loads(join_body["text"]) == {"ListenAddr": "127.0.0.1:4377", "JoinToken": "<redacted>"}
    # a replay hands out the redacted values, and the body sends them back: the same requests
    (swarm, unlock_key, joined), d = replay(c.path, drive_with(cf.REDACTED, "127.0.0.1:4377"))
    assert json.loads(swarm)["JoinTokens"] == {"Worker": "<redacted>", "Manager": "<redacted>"} and unlock_key == "<redacted>"
    assert joined == 200
    (_, _, joined), d = replay(c.path, drive_with(cf.REDACTED, "127.0.0.1:9999"), strict=False)
    assert joined == 599 and d.mismatches[0].reason == "body differs"


def test_endless_stream_cut_by_client(tmp_path):
    def handler(req, io):
        io.respond(200, [b'{"Type":"container","Action":"start"}\n', b'{"Type":"image","Action":"tag"}\n'],
                   chunked=True, end=False)  # fmt: skip
        io.read_until_eof()  # an /events stream that only stops when the client goes away
        return False

    def drive(sock):
        with Client(sock) as c:
            c.send_request("GET", "/events?since=1")
            c.read_head()
            it = c.iter_chunks()
            got = [next(it), next(it)]
        return got

    live, c = record(tmp_path, handler, drive)
    assert c.exchanges[0].response["complete"] is False
    again, d = replay(c.path, drive, query_matchers={"since": ANY})
    assert again == live


def test_ordering_per_connection(tmp_path):
    def drive_with(order):
        def drive(sock):
            clients = {name: Client(sock) for name in ("a", "b")}
            try:
                return [clients[t[1]].request("GET", t).status for t in order]
            finally:
                for c in clients.values():
                    c.close()

        return drive

    _, c = record(tmp_path, echo_handler, drive_with(["/a1", "/b1", "/a2"]))
    assert [(e.conn, e.target) for e in c.exchanges] == [(0, "/a1"), (1, "/b1"), (0, "/a2")]
    statuses, d = replay(c.path, drive_with(["/b1", "/a1", "/a2"]), strict=False)
    assert statuses == [599, 200, 599] and d.mismatches[0].reason == "path differs"
    statuses, d = replay(c.path, drive_with(["/b1", "/a1", "/a2"]), ordering="connection")
    assert statuses == [200, 200, 200]
    statuses, d = replay(c.path, drive_with(["/a2", "/a1", "/b1"]), ordering="connection", strict=False)
    assert statuses[0] == 599 and "other recorded connections" in str(d.mismatches[0])


def test_recorder_stop_does_not_wait_for_idle_keepalive_connections(tmp_path):
    import time

    def drive(sock):
        c = Client(sock)  # left open on purpose, like a pooled client
        c.request("GET", "/version")
        return c

    t0 = time.monotonic()
    client, c = record(tmp_path, echo_handler, drive)
    client.close()
    assert time.monotonic() - t0 < 2
    assert [e.target for e in c.exchanges] == ["/version"]


def test_websocket_client_frames_compare_unmasked() -> None:
    """A websocket client masks each frame with a fresh key: the replay compares the payloads."""
    from wsproto import ConnectionType
    from wsproto.connection import Connection
    from wsproto.events import BytesMessage, CloseConnection

    from tests.daemon.replay import unmasked_frames

    def client_frames(*events: object) -> bytes:
        client = Connection(ConnectionType.CLIENT)
        return b"".join(client.send(event) for event in events)  # type: ignore[arg-type]

    big = b"x" * 70_000  # a 64-bit length
    once = client_frames(BytesMessage(b"hello\n"), BytesMessage(big), CloseConnection(1000))
    again = client_frames(BytesMessage(b"hello\n"), BytesMessage(big), CloseConnection(1000))
    assert once != again and unmasked_frames(once) == unmasked_frames(again)
    assert unmasked_frames(once).startswith(bytes([0x82, 6]) + b"hello\n")
    other = client_frames(BytesMessage(b"hellO\n"), BytesMessage(big), CloseConnection(1000))
    assert unmasked_frames(other) != unmasked_frames(once)
    assert unmasked_frames(once[:-3]) == unmasked_frames(once)[:-4] + once[-8:-3]  # a cut close frame stays as sent
