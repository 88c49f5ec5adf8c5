"""Response bodies as chunks, with Content-Encoding undone in bounded steps.

The client asks for ``identity``, but the Engine compresses some answers when asked
(archives) and a recorded or hostile peer may do it anyway. httpx2 inflates each
received piece whole, so a few KiB can become GiB at once; here gzip and deflate
are inflated at most :data:`_PIECE` bytes at a time (what a size limit then sees),
a cut compressed stream raises, and other encodings are refused.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Iterable, Iterator, Sequence

from .errors import ProtocolError, StreamTruncated
from .http11 import BodySource
from .received import Response

__all__ = [
    "abody_chunks",
    "abody_pieces",
    "body_chunks",
    "body_pieces",
    "received_body",
]

_PIECE = 256 * 1024
_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": 0}


class _Inflater:
    """Sans-IO: compressed chunks in, inflated pieces of at most ``_PIECE`` out."""

    def __init__(self, encoding: str) -> None:
        wbits = _WBITS[encoding]
        # deflate: zlib-wrapped as the RFC says, or raw as some servers send it
        self._deflate_guess = wbits == 0
        self._inflate = zlib.decompressobj(wbits or zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        while data:
            try:
                out = self._inflate.decompress(data, _PIECE)
            except zlib.error:
                if not self._deflate_guess:
                    raise ProtocolError("the compressed body is corrupt") from None
                self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
                self._deflate_guess = False
                continue
            self._deflate_guess = False
            data = self._inflate.unconsumed_tail
            if out:
                yield out

    def finish(self) -> None:
        if not self._inflate.eof:
            raise StreamTruncated("the compressed body ended before its end")


def _inflater(response: Response) -> _Inflater | None:
    encoding = response.headers.get("content-encoding")
    if encoding is None:
        return None
    name = encoding.strip().lower()
    if name in ("", "identity"):
        return None
    if name not in _WBITS:
        raise ProtocolError(
            f"the daemon sent a body with Content-Encoding {encoding!r}, which the"
            " client did not ask for and does not decode",
            status=response.status_code,
        )
    return _Inflater(name)


def _inflated(inflater: _Inflater, chunks: Iterable[bytes]) -> Iterator[bytes]:
    for chunk in chunks:
        yield from inflater.feed(chunk)
    inflater.finish()


async def _ainflated(
    inflater: _Inflater, chunks: AsyncIterator[bytes]
) -> AsyncIterator[bytes]:
    async for chunk in chunks:
        for piece in inflater.feed(chunk):
            yield piece
    inflater.finish()


def received_body(response: Response) -> bytes | None:
    """The whole body when the client's own transport received it with the head
    and it is not encoded: what reading it would give, without reading."""
    stream = response.stream
    if not isinstance(stream, BodySource) or _inflater(response) is not None:
        return None
    return stream.whole_body()


def body_chunks(response: Response) -> Iterator[bytes]:
    """The body's chunks, decoded in bounded steps."""
    inflater = _inflater(response)
    if inflater is None:
        return response.iter_bytes()
    return _inflated(inflater, response.iter_raw())


def body_pieces(response: Response) -> Iterator[Sequence[bytes]]:
    """The body's chunks in groups, for a writer that takes a group in one call: what
    one read of the client's own transport brought, unjoined (see
    ``sync_http._ResponseStream.iter_pieces``); else each chunk alone. The response
    is the caller's to close."""
    iter_pieces = getattr(response.stream, "iter_pieces", None)
    if iter_pieces is None or _inflater(response) is not None:
        return ([chunk] for chunk in body_chunks(response))
    return iter_pieces()  # type: ignore[no-any-return]


async def _alone(chunks: AsyncIterator[bytes]) -> AsyncIterator[Sequence[bytes]]:
    async for chunk in chunks:
        yield (chunk,)


def abody_pieces(response: Response) -> AsyncIterator[Sequence[bytes]]:
    """Async twin of :func:`body_pieces`."""
    aiter_pieces = getattr(response.stream, "aiter_pieces", None)
    if aiter_pieces is None or _inflater(response) is not None:
        return _alone(abody_chunks(response))
    return aiter_pieces()  # type: ignore[no-any-return]


def abody_chunks(response: Response) -> AsyncIterator[bytes]:
    """Async twin of :func:`body_chunks`."""
    inflater = _inflater(response)
    if inflater is None:
        return response.aiter_bytes()
    return _ainflated(inflater, response.aiter_raw())
