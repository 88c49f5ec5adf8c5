"""websocket.py: the websocket attach over a scripted daemon (wsproto plays the daemon's side)."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import socket
import threading
from typing import Any

import httpx2
import pytest
from wsproto import ConnectionType
from wsproto.connection import Connection
from wsproto.events import BytesMessage, CloseConnection, Ping, Pong, TextMessage

from docker_engine._runtime import encoding as wire
from docker_engine._runtime.errors import ProtocolError, StreamTruncated
from docker_engine._runtime.request import Request
from docker_engine._runtime.websocket import AsyncWebSocketSession, ExpectWebSocket, WebSocketSession
from tests.runtime._helpers import AsyncFakeNetworkStream, Daemon, FakeNetworkStream, async_client, run, sync_client
from tests.runtime.test_async_http import aclient
from tests.runtime.test_sync_http import Conn, client, serve

ATTACH_WS = Request(
    "ContainerAttachWebsocket",
    "GET",
    "/containers/c1/attach/ws",
    query=wire.query(wire.q_bool("stream", True)),
    streaming=True,
)


def rfc6455_accept(key: str) -> str:
    """Written out from RFC 6455 section 4.2.2, independently of the runtime's helper."""
    return base64.b64encode(hashlib.sha1((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode()).digest()).decode()


def server_frames(*events: Any) -> bytes:
    daemon_side = Connection(ConnectionType.SERVER)
    return b"".join(daemon_side.send(event) for event in events)


def frame_header(opcode: int, length: int) -> bytes:
    """An unmasked server frame header announcing `length` payload bytes."""
    return bytes([0x80 | opcode, 127]) + length.to_bytes(8, "big")


class WebSocketDaemon:
    """Answers the handshake (with a wrong Accept or another Upgrade when told to) and hands
    the client a scripted connection."""

    def __init__(self, chunks: list[bytes], *, is_async: bool = False, accept: str | None = None, upgrade: str = "websocket") -> None:
        self.stream: Any = AsyncFakeNetworkStream(chunks) if is_async else FakeNetworkStream(chunks)
        self.accept = accept
        self.upgrade = upgrade
        self.requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        accept = self.accept if self.accept is not None else rfc6455_accept(request.headers["Sec-WebSocket-Key"])
        headers = {"Upgrade": self.upgrade, "Connection": "Upgrade", "Sec-WebSocket-Accept": accept}
        return httpx2.Response(101, headers=headers, extensions={"network_stream": self.stream})

    def received(self) -> list[Any]:
        """What the client sent, as the daemon's websocket side reads it."""
        daemon_side = Connection(ConnectionType.SERVER)
        daemon_side.receive_data(bytes(self.stream.written))
        return list(daemon_side.events())


def attach(daemon: WebSocketDaemon, is_async: bool, **client_options: Any) -> Any:
    if is_async:
        return run(async_client(Daemon(daemon), **client_options).send(ATTACH_WS, ExpectWebSocket()))
    return sync_client(Daemon(daemon), **client_options).send(ATTACH_WS, ExpectWebSocket())


def drain(session: Any) -> list[bytes]:
    if isinstance(session, AsyncWebSocketSession):

        async def pieces() -> list[bytes]:
            return [piece async for piece in session]

        return list(run(pieces()))
    return list(session)


BOTH = pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])


@BOTH
def test_handshake_output_and_the_close_answered(is_async: bool) -> None:
    output = server_frames(BytesMessage(b"out "), TextMessage("and text\n"), CloseConnection(1000))
    daemon = WebSocketDaemon([output[:3], output[3:]], is_async=is_async)
    session = attach(daemon, is_async)
    assert isinstance(session, AsyncWebSocketSession if is_async else WebSocketSession)
    (request,) = daemon.requests
    assert request.method == "GET" and request.url.raw_path == b"/v1.41/containers/c1/attach/ws?stream=1"
    assert (request.headers["Upgrade"], request.headers["Connection"], request.headers["Sec-WebSocket-Version"]) == ("websocket", "Upgrade", "13")
    assert len(base64.b64decode(request.headers["Sec-WebSocket-Key"])) == 16
    assert b"".join(drain(session)) == b"out and text\n"
    assert [(type(e), getattr(e, "code", None)) for e in daemon.received()] == [(CloseConnection, 1000)]


def test_each_handshake_draws_a_fresh_key() -> None:
    assert ExpectWebSocket().key != ExpectWebSocket().key


@BOTH
def test_stdin_goes_as_masked_binary_messages_and_close_write_ends_it(is_async: bool) -> None:
    daemon = WebSocketDaemon([server_frames(BytesMessage(b"got hi\n"), CloseConnection(1000))], is_async=is_async)
    session = attach(daemon, is_async)
    if is_async:

        async def talk() -> bytes:
            await session.write(b"hi\n")
            await session.close_write()
            output = await session.collect()
            await session.aclose()
            return bytes(output.stdout)

        stdout = run(talk())
    else:
        with session:
            session.write(b"hi\n")
            session.close_write()
            stdout = session.collect().stdout
    assert stdout == b"got hi\n"
    assert daemon.stream.written[1] & 0x80, "client frames must be masked (RFC 6455 5.3)"
    received = daemon.received()
    assert isinstance(received[0], BytesMessage) and received[0].data == b"hi\n"
    assert [type(event) for event in received] == [BytesMessage, CloseConnection]  # one close frame, not two
    assert daemon.stream.closed


@BOTH
@pytest.mark.parametrize(("accept", "upgrade", "complaint"), [("bm90IHRoZSBhbnN3ZXI=", "websocket", "Sec-WebSocket-Accept"), (None, "tcp", "not to a websocket")])
def test_a_handshake_answer_that_does_not_fit_is_refused(is_async: bool, accept: str | None, upgrade: str, complaint: str) -> None:
    daemon = WebSocketDaemon([server_frames(BytesMessage(b"x"))], is_async=is_async, accept=accept, upgrade=upgrade)
    with pytest.raises(ProtocolError, match=complaint):
        attach(daemon, is_async)
    assert daemon.stream.closed


@BOTH
def test_a_frame_larger_than_max_buffer_arrives_in_pieces_no_larger(is_async: bool) -> None:
    payload = bytes(range(256)) * 1024  # 256 KiB in one frame
    daemon = WebSocketDaemon([frame_header(0x2, len(payload)) + payload + server_frames(CloseConnection(1000))], is_async=is_async)
    pieces = drain(attach(daemon, is_async, max_buffer=16 * 1024))
    assert b"".join(pieces) == payload
    assert len(pieces) > 1 and max(len(piece) for piece in pieces) <= 16 * 1024


@BOTH
@pytest.mark.parametrize(
    "cut",
    [frame_header(0x2, 1 << 40) + b"only this", server_frames(BytesMessage(b"complete")), b""],
    ids=["mid-frame", "no-close-frame", "nothing"],
)
def test_a_connection_cut_before_the_close_handshake_is_truncated(is_async: bool, cut: bytes) -> None:
    daemon = WebSocketDaemon([cut] if cut else [], is_async=is_async)
    session = attach(daemon, is_async)
    with pytest.raises(StreamTruncated, match="close handshake"):
        drain(session)


@BOTH
@pytest.mark.parametrize(
    "hostile",
    [bytes([0x82, 0x81, 1, 2, 3, 4, 0x61]), bytes([0x83, 0x00]), bytes([0x89, 126, 0, 200]) + b"p" * 200],
    ids=["masked-by-server", "reserved-opcode", "control-frame-too-long"],
)
def test_frames_that_break_rfc6455_are_a_protocol_error(is_async: bool, hostile: bytes) -> None:
    daemon = WebSocketDaemon([hostile], is_async=is_async)
    with pytest.raises(ProtocolError, match="invalid websocket data"):
        drain(attach(daemon, is_async))


def test_a_ping_is_answered_with_its_pong() -> None:
    daemon = WebSocketDaemon([server_frames(Ping(b"alive?"), BytesMessage(b"x"), CloseConnection(1000))])
    assert drain(attach(daemon, False)) == [b"x"]
    pong, close = daemon.received()
    assert isinstance(pong, Pong) and pong.payload == b"alive?" and isinstance(close, CloseConnection)


def test_stdin_after_the_daemon_closed_is_refused() -> None:
    daemon = WebSocketDaemon([server_frames(CloseConnection(1000))])
    session = attach(daemon, False)
    assert drain(session) == []
    with pytest.raises(StreamTruncated, match="closing"):
        session.write(b"too late")



@BOTH
def test_the_close_is_answered_over_the_real_transport_after_the_daemon_half_closes(is_async: bool) -> None:
    """As the daemon does: output, its close frame, the end of its sending side; then it
    reads the client's close frame. The async transport used to close the connection when
    the daemon's end of output arrived before the answer was sent, so it was never sent."""
    sent = threading.Event()
    received = bytearray()
    done = threading.Event()

    def handler(conn: Conn, index: int) -> None:
        try:
            request = conn.read_request()
            assert request is not None
            key = next(line.split(b":", 1)[1].strip() for line in request[0].split(b"\r\n") if line.lower().startswith(b"sec-websocket-key:"))
            head = f"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {rfc6455_accept(key.decode())}\r\n\r\n"
            conn.send(head.encode() + server_frames(BytesMessage(b"bye\n"), CloseConnection(1000)))
            conn.sock.shutdown(socket.SHUT_WR)
            sent.set()
            received.extend(conn.buf)
            while data := conn.sock.recv(65536):
                received.extend(data)
        finally:
            done.set()

    async def attach_async(server: Any) -> list[bytes]:
        async with aclient(server) as docker:
            async with await docker.send(ATTACH_WS, ExpectWebSocket()) as session:
                await asyncio.to_thread(sent.wait, 30)
                await asyncio.sleep(0.1)  # the loop takes in all the daemon sent, its end of output included
                return [piece async for piece in session]

    def attach_sync(server: Any) -> list[bytes]:
        with client(server) as docker, docker.send(ATTACH_WS, ExpectWebSocket()) as session:
            sent.wait(30)
            return list(session)

    with serve(handler) as server:
        output = run(attach_async(server)) if is_async else attach_sync(server)
        assert done.wait(30), "the daemon side never saw the connection end"
    assert output == [b"bye\n"]
    daemon_side = Connection(ConnectionType.SERVER)
    daemon_side.receive_data(bytes(received))
    assert [(type(event), getattr(event, "code", None)) for event in daemon_side.events()] == [(CloseConnection, 1000)]
