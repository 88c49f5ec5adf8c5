"""HTTP/1.1 without I/O: the request head and body framing we write, and the
response we read, parsed by ``httptools`` (llhttp, the parser of Node.js).

The sync transport (:mod:`.sync_http`) and the async one (:mod:`.async_http`)
feed received bytes to a :class:`ResponseParser` and write what
:func:`request_head` and :func:`frame_chunk` make; they differ only in how bytes
are read and written. Errors are httpx2's, as its own transports raise them.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple, cast

import httptools
import httpx2

from .received import Received

__all__ = [
    "LAST_CHUNK",
    "BodySource",
    "Endpoint",
    "Head",
    "RequestHead",
    "ResponseParser",
    "frame_chunk",
    "request_body",
    "request_head",
    "timeouts_of",
    "whole_request",
]

#: The end of a chunked request body.
LAST_CHUNK = b"0\r\n\r\n"
#: Longest response head accepted (h11 allows 16 KiB by default; be lenient).
_MAX_HEAD = 64 * 1024
#: ``100 Continue`` and the like accepted before the answer (the Engine sends none).
_MAX_INFORMATIONAL = 8


class RequestHead(NamedTuple):
    """A request's head as sent, and what it says of the exchange."""

    data: bytes
    #: whether the body is sent in chunks
    chunked: bool
    #: whether the connection may carry another request afterwards
    keep: bool
    #: whether the request asks for a connection upgrade (attach, exec start)
    upgrade: bool


@dataclass(frozen=True)
class Endpoint:
    """Where the daemon listens: a unix socket ``path``, or ``host`` and ``port``
    (with TLS when ``ssl_context`` is set)."""

    path: str | None = None
    host: str | None = None
    port: int | None = None
    ssl_context: ssl.SSLContext | None = None


def request_head(
    method: str, target: bytes, headers: Iterable[tuple[bytes, bytes]]
) -> RequestHead:
    """The request line and headers as sent, and what they say of the exchange.
    The headers were checked when the request was built
    (``encoding.check_headers``)."""
    lines = [method.encode("ascii"), b" ", target, b" HTTP/1.1\r\n"]
    chunked = upgrade = False
    keep = True
    for name, value in headers:
        lines += (name, b": ", value, b"\r\n")
        lower = name.lower()
        if lower == b"transfer-encoding":
            chunked = b"chunked" in value.lower()
        elif lower == b"connection" and b"close" in value.lower():
            keep = False
        elif lower == b"upgrade":
            upgrade = True
    lines.append(b"\r\n")
    return RequestHead(b"".join(lines), chunked, keep, upgrade)


def request_body(request: httpx2.Request) -> bytes | Any:
    """The body of an httpx2 request: its bytes, or its stream when it has not been
    read (an upload)."""
    try:
        return request.content
    except httpx2.RequestNotRead:
        return request.stream


def frame_chunk(piece: bytes) -> bytes:
    """The chunk header of ``piece`` (the caller writes the data and ``\\r\\n``)."""
    return b"%x\r\n" % len(piece)


def whole_request(head: RequestHead, content: bytes) -> tuple[bytes, ...]:
    """The pieces of a request whose body is known whole: its head, then the body,
    framed as one chunk and the last one when the head says chunked."""
    if not head.chunked:
        return (head.data, content)
    if content:
        return (head.data, frame_chunk(content), content, b"\r\n" + LAST_CHUNK)
    return (head.data, LAST_CHUNK)


def timeouts_of(request: httpx2.Request) -> dict[str, float | None]:
    """connect / read / write / pool seconds as httpx2 put them in the request."""
    timeouts: dict[str, float | None] = request.extensions.get("timeout") or {}
    return timeouts


def _protocol_error(exc: httptools.HttpParserError) -> httpx2.TransportError:
    """What a parser error means: a transport error one of our callbacks raised,
    or a malformed response."""
    cause = exc.__context__
    if isinstance(exc, httptools.HttpParserCallbackError) and isinstance(
        cause, httpx2.TransportError
    ):
        return cause
    return httpx2.RemoteProtocolError(f"malformed response: {exc}")


class Head:
    """The status line and headers of the final response."""

    __slots__ = ("status", "reason", "version", "headers")

    def __init__(
        self,
        status: int,
        reason: bytes,
        version: bytes,
        headers: list[tuple[bytes, bytes]],
    ) -> None:
        self.status = status
        self.reason = reason
        self.version = version
        self.headers = headers

    def extensions(self) -> dict[str, Any]:
        return {"http_version": self.version, "reason_phrase": self.reason}


class ResponseParser:
    """One response, fed as its bytes arrive.

    After :meth:`feed`, ``head`` is set once the final head (after any ``1xx``)
    is complete; :meth:`take` hands over the body bytes received so far;
    ``complete`` tells the body has ended. A ``101`` to an upgrade request ends
    the exchange: ``upgraded`` holds the bytes received after the head, the first
    bytes of the new protocol.
    """

    __slots__ = (
        "head",
        "complete",
        "keep",
        "upgraded",
        "_parser",
        "_head_only",
        "_upgrade",
        "_reason",
        "_headers",
        "_head_bytes",
        "_informational",
        "_pieces",
        "_until_close",
        "_stray",
    )

    def __init__(self, method: str, *, keep: bool, upgrade: bool = False) -> None:
        self.head: Head | None = None
        self.complete = False
        #: Whether the connection may carry another request afterwards.
        self.keep = keep
        self.upgraded: bytes | None = None
        self._parser = httptools.HttpResponseParser(self)
        self._head_only = method == "HEAD"
        self._upgrade = upgrade
        self._reason = b""
        self._headers: list[tuple[bytes, bytes]] = []
        self._head_bytes = 0
        self._informational = 0
        self._pieces: list[bytes] = []
        self._until_close = False
        self._stray = False

    # -- fed by the transports -------------------------------------------

    def feed(self, data: bytes | memoryview) -> None:
        """The next bytes received (not kept: the parser copies what it keeps)."""
        if self.head is None:
            self._head_bytes += len(data)
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserUpgrade as exc:
            if self.head is None or self.head.status != 101 or not self._upgrade:
                raise httpx2.RemoteProtocolError(
                    "the daemon switched protocols for a request that asked for no"
                    " upgrade"
                ) from None
            self.upgraded = bytes(data[exc.args[0] :])
            self.complete = True
            self.keep = False
            return
        except httptools.HttpParserError as exc:
            if self.complete:  # bytes after the response, whatever they are
                self._stray = True
                return
            raise _protocol_error(exc) from None
        if self.head is None and self._head_bytes > _MAX_HEAD:
            raise httpx2.RemoteProtocolError("response head too large")

    def eof(self) -> None:
        """The peer closed the connection: fine after the whole response or for a
        body that ends with the connection; a ``RemoteProtocolError`` otherwise."""
        self.keep = False
        if self.complete:
            return
        if self.head is None:
            if self._head_bytes:
                raise httpx2.RemoteProtocolError(
                    "Server disconnected in the middle of the response head."
                )
            raise httpx2.RemoteProtocolError(
                "Server disconnected without sending a response."
            )
        if self._until_close:
            self.complete = True
            return
        raise httpx2.RemoteProtocolError(
            "peer closed connection without sending complete message body"
        )

    def take(self) -> bytes:
        """The body bytes received and not taken yet, as one piece (at most what
        one read brought: llhttp hands over each chunk of a chunked body
        separately, and the layers above cost more per piece than joining)."""
        pieces = self._pieces
        if not pieces:
            return b""
        self._pieces = []
        return pieces[0] if len(pieces) == 1 else b"".join(pieces)

    def take_pieces(self) -> list[bytes]:
        """The body bytes received and not taken yet, as llhttp handed them over
        (for a writer that takes them all in one call, without joining them)."""
        pieces, self._pieces = self._pieces, []
        return pieces

    @property
    def reusable(self) -> bool:
        """Whether the connection may be given back to the pool now."""
        return self.complete and self.keep and not self._stray

    # -- httptools callbacks ---------------------------------------------

    def on_message_begin(self) -> None:
        if self.complete:
            self._stray = True  # bytes after the response: never reuse the connection

    def on_status(self, reason: bytes) -> None:
        self._reason += reason

    def on_header(self, name: bytes, value: bytes) -> None:
        # llhttp drops the whitespace before a value, not the one after it
        self._headers.append((name, value.rstrip(b" \t")))

    def on_headers_complete(self) -> None:
        if self.complete:
            return
        parser = self._parser
        status = parser.get_status_code()
        headers, self._headers = self._headers, []
        reason, self._reason = self._reason, b""
        if 100 <= status < 200 and status != 101:
            self._informational += 1
            if self._informational > _MAX_INFORMATIONAL:
                raise httpx2.RemoteProtocolError(
                    f"more than {_MAX_INFORMATIONAL} informational (1xx) responses"
                )
            return  # 100 Continue and the like: the answer follows
        version = b"HTTP/" + parser.get_http_version().encode("ascii")
        self.head = Head(status, reason, version, headers)
        if status == 101 and not self._upgrade:
            raise httpx2.RemoteProtocolError(
                "the daemon switched protocols for a request that asked for no upgrade"
            )
        if status == 101 and not parser.should_upgrade():
            # llhttp then stops without saying where the new protocol's bytes start
            raise httpx2.RemoteProtocolError(
                "the daemon switched protocols without Connection: Upgrade"
            )
        if not parser.should_keep_alive():
            self.keep = False
        if self._head_only:
            self.complete = True  # llhttp would wait for the announced body
            return
        self._check_framing(status, headers)

    def _check_framing(self, status: int, headers: list[tuple[bytes, bytes]]) -> None:
        """What llhttp accepts but we refuse, and bodies that end with the connection."""
        length: bytes | None = None
        transfer = b""
        for name, value in headers:
            lower = name.lower()
            if lower == b"content-length":
                if length is not None and length != value:
                    raise httpx2.RemoteProtocolError(
                        "conflicting Content-Length headers"
                    )
                length = value
            elif lower == b"transfer-encoding":
                transfer = value.lower()
        if transfer and transfer.rsplit(b",", 1)[-1].strip() != b"chunked":
            raise httpx2.RemoteProtocolError(
                f"unsupported Transfer-Encoding {transfer.decode('latin-1')!r}"
            )
        if (
            not transfer
            and length is None
            and status >= 200
            and status not in (204, 304)
        ):
            self._until_close = True
            self.keep = False

    def on_body(self, body: bytes) -> None:
        if self.complete:
            self._stray = True
            return
        self._pieces.append(body)

    def on_message_complete(self) -> None:
        if self.head is not None:
            self.complete = True


class BodySource:
    """What the transports' response streams share: the parser of their response,
    the connection until the body has been read (then it goes back to the pool) or
    the response closed (then it is closed), and the body at no cost when it
    arrived whole with the head."""

    def __init__(
        self, release: Callable[[Any, bool], None], conn: Any, parser: ResponseParser
    ) -> None:
        self._release = release
        self._conn = conn
        self._parser = parser
        self._started = False
        #: The connection, for a request that asked for an upgrade (the
        #: transport sets it before the response is made).
        self.network_stream: object | None = None

    def finish_if_read(self) -> None:
        """Give the connection back once the body has been read completely."""
        conn, self._conn = self._conn, None
        if conn is not None:
            self._release(conn, self._parser.reusable)

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            self._release(conn, False)

    def _start(self) -> Any:
        """The connection to read the rest of the body from (None: all of it is
        in the parser); once per stream."""
        if self._started:
            raise httpx2.StreamConsumed()
        self._started = True
        return self._conn

    def whole_body(self) -> bytes | None:
        """The whole body, when it has been received and not read yet (the
        stream is then consumed); None otherwise."""
        if self._started or self._conn is not None or not self._parser.complete:
            return None
        self._started = True
        return self._parser.take()

    def respond(self) -> httpx2.Response:
        """:meth:`received` as an ``httpx2.Response``: what the transports
        answer through httpx2's transport interface."""
        head, extensions = self._head()
        try:
            response = httpx2.Response(
                head.status,
                headers=head.headers,
                stream=self._as_stream(),
                extensions=extensions,
            )
        except BaseException:
            self.close()
            raise
        self._free_if_whole()
        return response

    def received(self) -> Received:
        """The response whose head the parser has read, this stream its body."""
        head, extensions = self._head()
        response = Received(head.status, head.headers, self._as_stream(), extensions)
        self._free_if_whole()
        return response

    def _head(self) -> tuple[Head, dict[str, Any]]:
        head = self._parser.head
        assert head is not None
        extensions = head.extensions()
        if self.network_stream is not None:
            extensions["network_stream"] = self.network_stream
        return head, extensions

    def _as_stream(self) -> httpx2.SyncByteStream | httpx2.AsyncByteStream:
        # the subclasses are httpx2 byte streams
        return cast("httpx2.SyncByteStream | httpx2.AsyncByteStream", self)

    def _free_if_whole(self) -> None:
        if self._parser.complete and self.network_stream is None:
            self.finish_if_read()  # nothing to read: the connection is free again
