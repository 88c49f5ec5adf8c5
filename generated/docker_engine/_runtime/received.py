"""The response of the client's own transports, as the runtime reads it.

:class:`Received` has the parts of ``httpx2.Response`` the runtime uses (status,
headers, extensions, the body as raw chunks, closing), built without httpx2's
header normalisation and response object: those were about a twentieth of a
small async call. Responses that come through an ``httpx2`` transport (``transport=``,
the test seam) stay ``httpx2.Response``; the runtime takes either
(:data:`Response`).
"""

from __future__ import annotations

import codecs
import email.message
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, Union

import httpx2

__all__ = ["HeaderMap", "Received", "Response", "public_headers"]


class HeaderMap(Mapping[str, str]):
    """Response headers as ``httpx2.Headers`` reads them: names case-insensitive
    (iterated lower-case), repeated headers joined with ", ", decoded as ASCII,
    else UTF-8, else ISO-8859-1."""

    __slots__ = ("_map",)

    def __init__(self, raw: list[tuple[bytes, bytes]]) -> None:
        for encoding in ("ascii", "utf-8", "iso-8859-1"):
            try:
                pairs = [
                    (name.decode(encoding).lower(), value.decode(encoding))
                    for name, value in raw
                ]
                break
            except UnicodeDecodeError:
                continue
        found: dict[str, str] = {}
        repeated: dict[str, list[str]] = (
            {}
        )  # joined once: a head may repeat a name often
        for name, value in pairs:
            if name in found:
                repeated.setdefault(name, [found[name]]).append(value)
            else:
                found[name] = value
        for name, values in repeated.items():
            found[name] = ", ".join(values)
        self._map = found

    def __getitem__(self, name: str) -> str:
        return self._map[name.lower()]

    def get(self, name: str, default: Any = None) -> Any:
        return self._map.get(name.lower(), default)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._map

    def __iter__(self) -> Iterator[str]:
        return iter(self._map)

    def __len__(self) -> int:
        return len(self._map)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._map!r})"


class Received:
    """One response: the head as the parser read it, ``stream`` its body (a sync
    or an async byte stream of the transport that received it)."""

    __slots__ = (
        "status_code",
        "extensions",
        "stream",
        "is_closed",
        "is_stream_consumed",
        "raw_headers",
        "_headers",
        "_public_headers",
    )

    def __init__(
        self,
        status_code: int,
        raw_headers: list[tuple[bytes, bytes]],
        stream: httpx2.SyncByteStream | httpx2.AsyncByteStream,
        extensions: dict[str, Any],
    ) -> None:
        self.status_code = status_code
        self.extensions = extensions
        self.stream = stream
        self.is_closed = False
        self.is_stream_consumed = False
        self.raw_headers = raw_headers
        self._headers: HeaderMap | None = None
        self._public_headers: httpx2.Headers | None = None

    @property
    def headers(self) -> HeaderMap:
        headers = self._headers
        if headers is None:  # made when first asked for: many calls never look
            headers = self._headers = HeaderMap(self.raw_headers)
        return headers

    @property
    def httpx2_headers(self) -> httpx2.Headers:
        """The headers as an ``httpx2.Headers`` (what streams and sessions show
        users: repeated headers apart, ``raw``, ``get_list``), made when asked for."""
        headers = self._public_headers
        if headers is None:
            headers = self._public_headers = httpx2.Headers(self.raw_headers)
        return headers

    @property
    def reason_phrase(self) -> str:
        reason = self.extensions.get("reason_phrase", b"")
        return reason.decode("ascii", errors="ignore")  # type: ignore[no-any-return]

    @property
    def encoding(self) -> str | None:
        """The charset Content-Type names, if Python knows it (read as httpx2
        reads it)."""
        content_type = self.headers.get("content-type")
        if content_type is None:
            return None
        message = email.message.Message()
        message["content-type"] = content_type
        charset = message.get_content_charset(failobj=None)
        if charset is None:
            return None
        try:
            codecs.lookup(charset)
        except LookupError:
            return None
        return charset

    def _consume(self) -> None:
        if self.is_stream_consumed:
            raise httpx2.StreamConsumed()
        if self.is_closed:
            raise httpx2.StreamClosed()
        self.is_stream_consumed = True

    def iter_raw(self) -> Iterator[bytes]:
        """The body as received; the response is closed at its end."""
        stream = self.stream
        if not isinstance(stream, httpx2.SyncByteStream):
            raise RuntimeError("Attempted to call a sync iterator on an async stream.")
        self._consume()
        yield from stream
        self.close()

    #: The same chunks: content encodings are undone by ``bodies``, which calls
    #: this only when there is none.
    iter_bytes = iter_raw

    async def aiter_raw(self) -> AsyncIterator[bytes]:
        """Async twin of :meth:`iter_raw`."""
        stream = self.stream
        if not isinstance(stream, httpx2.AsyncByteStream):
            raise RuntimeError("Attempted to call an async iterator on a sync stream.")
        self._consume()
        async for chunk in stream:
            yield chunk
        await self.aclose()

    aiter_bytes = aiter_raw

    def close(self) -> None:
        stream = self.stream
        if not isinstance(stream, httpx2.SyncByteStream):
            raise RuntimeError("Attempted to call a sync close on an async stream.")
        if not self.is_closed:
            self.is_closed = True
            stream.close()

    async def aclose(self) -> None:
        stream = self.stream
        if not isinstance(stream, httpx2.AsyncByteStream):
            raise RuntimeError("Attempted to call an async close on a sync stream.")
        if not self.is_closed:
            self.is_closed = True
            await stream.aclose()


#: What the runtime reads a response as.
Response = Union[httpx2.Response, Received]


def public_headers(response: Response) -> httpx2.Headers:
    """A response's headers as users of streams and sessions get them, whichever
    transport received it."""
    if isinstance(response, Received):
        return response.httpx2_headers
    return response.headers
