"""received.Received, the own transports' response: read as an httpx2.Response
of the same head would be (headers, charset, reason), consumed and closed as one."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import httpx2
import pytest

from docker_engine._runtime.received import HeaderMap, Received, public_headers

Raw = list[tuple[bytes, bytes]]

HEADS: dict[str, Raw] = {
    "engine": [
        (b"Api-Version", b"1.41"),
        (b"Content-Type", b"application/json"),
        (b"Docker-Experimental", b"false"),
        (b"Content-Length", b"2"),
    ],
    "repeated": [
        (b"Warning", b"one"),
        (b"X-Thing", b"a"),
        (b"warning", b"two"),
        (b"WARNING", b"three"),
    ],
    "utf-8": [(b"X-Name", "caf\u00e9".encode()), (b"Content-Type", b"text/plain")],
    "latin-1": [(b"X-Name", b"caf\xe9"), (b"Other", b"x")],
    "empty value": [(b"X-Empty", b""), (b"Content-Type", b"text/plain; charset=")],
    "none": [],
    "a name repeated 5,000 times": [(b"X-Many", b"%d" % i) for i in range(5000)],
}

CONTENT_TYPES = [
    "application/json",
    "text/plain; charset=utf-8",
    "text/plain; charset=ISO-8859-1",
    'text/plain; charset="latin1"',
    "text/plain;charset=ascii; format=flowed",
    "text/plain; format=flowed; CHARSET=utf-16",
    "text/plain; charset=no-such-codec",
    "text/plain; charset=",
]


class _Body(httpx2.SyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.closed = 0

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks

    def close(self) -> None:
        self.closed += 1


class _AsyncBody(httpx2.AsyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.closed = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk

    async def aclose(self) -> None:
        self.closed += 1


@pytest.mark.parametrize("raw", HEADS.values(), ids=HEADS.keys())
def test_headers_read_as_httpx2_reads_them(raw: Raw) -> None:
    ours, theirs = HeaderMap(raw), httpx2.Headers(raw)
    assert dict(ours) == dict(theirs)
    assert list(ours) == list(theirs)
    assert len(ours) == len(dict(theirs))  # httpx2's len counts repeats
    for name in dict.fromkeys([name for name, _ in raw] + [b"Missing"]):
        for spelled in (name.decode("ascii"), name.decode("ascii").swapcase()):
            assert ours.get(spelled) == theirs.get(spelled)
            assert (spelled in ours) == (spelled in theirs)
            if spelled in theirs:
                assert ours[spelled] == theirs[spelled]
    not_a_name: object = 1
    assert not_a_name not in ours
    with pytest.raises(KeyError):
        ours["missing"]


@pytest.mark.parametrize("content_type", CONTENT_TYPES)
def test_charset_as_httpx2_finds_it(content_type: str) -> None:
    raw = [(b"Content-Type", content_type.encode())]
    ours = Received(200, raw, _Body([]), {})
    theirs = httpx2.Response(200, headers=raw, stream=_Body([]))
    # httpx2 falls back to its default (utf-8); the runtime says `or "utf-8"`
    assert (ours.encoding or "utf-8") == theirs.encoding


def test_reason_phrase_and_status() -> None:
    ours = Received(404, [], _Body([]), {"reason_phrase": b"Not Found"})
    assert (ours.status_code, ours.reason_phrase) == (404, "Not Found")
    assert Received(200, [], _Body([]), {}).reason_phrase == ""


def test_headers_are_read_once_and_only_when_asked() -> None:
    response = Received(200, [(b"A", b"1")], _Body([]), {})
    assert response._headers is None
    assert response.headers is response.headers


@pytest.mark.parametrize("raw", HEADS.values(), ids=HEADS.keys())
def test_streams_and_sessions_show_httpx2_headers_whatever_the_transport(
    raw: Raw,
) -> None:
    ours = public_headers(Received(200, raw, _Body([]), {}))
    theirs = public_headers(httpx2.Response(200, headers=raw, stream=_Body([])))
    assert isinstance(ours, httpx2.Headers)
    assert ours.multi_items() == theirs.multi_items() and ours.raw == theirs.raw


def test_sync_body_is_read_once_then_closed() -> None:
    body = _Body([b"ab", b"c"])
    response = Received(200, [], body, {})
    assert list(response.iter_bytes()) == [b"ab", b"c"]
    assert response.is_closed and body.closed == 1
    with pytest.raises(httpx2.StreamConsumed):
        list(response.iter_raw())
    response.close()
    assert body.closed == 1  # closing twice closes the stream once


def test_a_closed_response_is_not_read() -> None:
    response = Received(200, [], _Body([b"x"]), {})
    response.close()
    with pytest.raises(httpx2.StreamClosed):
        list(response.iter_raw())


def test_async_body_is_read_once_then_closed() -> None:
    async def run() -> None:
        body = _AsyncBody([b"ab", b"c"])
        response = Received(200, [], body, {})
        assert [chunk async for chunk in response.aiter_bytes()] == [b"ab", b"c"]
        assert response.is_closed and body.closed == 1
        with pytest.raises(httpx2.StreamConsumed):
            [chunk async for chunk in response.aiter_raw()]
        await response.aclose()
        assert body.closed == 1

    asyncio.run(run())


def test_sync_and_async_are_not_mixed() -> None:
    with pytest.raises(RuntimeError):
        list(Received(200, [], _AsyncBody([]), {}).iter_raw())
    with pytest.raises(RuntimeError):
        Received(200, [], _AsyncBody([]), {}).close()

    async def run() -> None:
        with pytest.raises(RuntimeError):
            [c async for c in Received(200, [], _Body([]), {}).aiter_raw()]
        with pytest.raises(RuntimeError):
            await Received(200, [], _Body([]), {}).aclose()

    asyncio.run(run())
