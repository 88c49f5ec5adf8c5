"""decoders.py: the sans-IO JSON-lines, frame and tar decoders."""

from __future__ import annotations

import io
import json
import tarfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docker_engine._runtime.decoders import (
    Frame,
    FrameDecoder,
    JsonLinesDecoder,
    TarWalker,
    find_error_object,
    split_json_values,
)
from docker_engine._runtime.errors import ProtocolError, StreamError, StreamTruncated
from tests.runtime._helpers import frame

# ------------------------------------------------------------------ JSON lines


def feed_all(decoder: JsonLinesDecoder, chunks: list[bytes]) -> list[bytes]:
    out: list[bytes] = []
    for chunk in chunks:
        out.extend(decoder.feed(chunk))
    out.extend(decoder.eof())
    return out


def test_json_lines_crlf_blank_lines_and_several_per_chunk() -> None:
    data = b'{"a":1}\r\n\r\n{"b":2}\r\n  \n{"c":3}\n'
    assert feed_all(JsonLinesDecoder(), [data]) == [b'{"a":1}', b'{"b":2}', b'{"c":3}']


def test_json_lines_object_split_across_chunks() -> None:
    chunks = [b'{"sta', b'tus":"x"', b"}\r", b'\n{"b"', b":2}\r\n"]
    assert feed_all(JsonLinesDecoder(), chunks) == [b'{"status":"x"}', b'{"b":2}']


def test_json_lines_last_object_without_newline_is_kept() -> None:
    assert feed_all(JsonLinesDecoder(), [b'{"a":1}\n{"b":2}']) == [
        b'{"a":1}',
        b'{"b":2}',
    ]


def test_json_lines_truncation() -> None:
    decoder = JsonLinesDecoder()
    assert decoder.feed(b'{"a":1}\r\n{"status":"Downl') == [b'{"a":1}']
    with pytest.raises(StreamTruncated):
        decoder.eof()


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_json_lines_any_chunking_gives_the_same_items(data: st.DataObject) -> None:
    objects = data.draw(
        st.lists(
            st.dictionaries(
                st.sampled_from(["status", "id", "stream", "aux"]),
                st.one_of(st.text(max_size=20), st.integers()),
                max_size=3,
            ),
            min_size=1,
            max_size=6,
        )
    )
    sep = data.draw(st.sampled_from([b"\n", b"\r\n", b"\r\n\r\n"]))
    blob = b"".join(json.dumps(o).encode() + sep for o in objects)
    cuts = sorted(data.draw(st.sets(st.integers(0, len(blob)), max_size=8)))
    chunks = [blob[a:b] for a, b in zip([0, *cuts], [*cuts, len(blob)])]
    lines = feed_all(JsonLinesDecoder(), chunks)
    assert [json.loads(line) for line in lines] == objects


def test_split_json_values() -> None:
    assert split_json_values(b'{"a":1}{"b":[1,2]} {"c":"}"}') == [
        b'{"a":1}',
        b'{"b":[1,2]}',
        b'{"c":"}"}',
    ]
    with pytest.raises(ProtocolError):
        split_json_values(b'{"a":')


# ---------------------------------------------------------------------- frames


def decode(decoder: FrameDecoder, chunks: list[bytes]) -> list[Frame]:
    out: list[Frame] = []
    for chunk in chunks:
        out.extend(decoder.feed(chunk))
    out.extend(decoder.eof())
    return out


def test_frames_multiplexed_split_everywhere() -> None:
    blob = frame(1, b"hello\n") + frame(2, b"oops\n") + frame(1, b"") + frame(1, b"x")
    for size in (1, 3, 7, 8, 9, 100):
        chunks = [blob[i : i + size] for i in range(0, len(blob), size)]
        frames = [f for f in decode(FrameDecoder("multiplexed"), chunks) if f.data]
        assert frames == [Frame(1, b"hello\n"), Frame(2, b"oops\n"), Frame(1, b"x")]


def test_frames_large_payload_and_all_ids() -> None:
    big = bytes(range(256)) * 1000
    blob = frame(0, b"in") + frame(1, big) + frame(2, b"e") + frame(3, b"sys")
    frames = decode(
        FrameDecoder("multiplexed"), [blob[:5], blob[5:70000], blob[70000:]]
    )
    assert [f.stream for f in frames] == [0, 1, 2, 3]
    assert frames[1].data == big


def test_frames_truncated_and_invalid() -> None:
    decoder = FrameDecoder("multiplexed")
    decoder.feed(frame(1, b"hello")[:-2])
    with pytest.raises(StreamTruncated):
        decoder.eof()
    with pytest.raises(ProtocolError):
        FrameDecoder("multiplexed").feed(b"\x07\x00\x00\x00\x00\x00\x00\x01x")


def test_frames_raw_mode_passes_bytes_through() -> None:
    assert decode(FrameDecoder("raw"), [b"\x01\x00\x00\x00abc", b"de"]) == [
        Frame(1, b"\x01\x00\x00\x00abc"),
        Frame(1, b"de"),
    ]


def test_frames_auto_detects_multiplexed() -> None:
    decoder = FrameDecoder("auto")
    blob = frame(1, b"out") + frame(2, b"err")
    assert decoder.feed(blob[:3]) == []
    assert decoder.mode == "auto"
    frames = decoder.feed(blob[3:]) + decoder.eof()
    assert decoder.mode == "multiplexed"
    assert frames == [Frame(1, b"out"), Frame(2, b"err")]


def test_frames_auto_detects_tty_immediately() -> None:
    decoder = FrameDecoder("auto")
    # A single interactive character is delivered at once, not held back.
    assert decoder.feed(b"$") == [Frame(1, b"$")]
    assert decoder.mode == "raw"
    decoder = FrameDecoder("auto")
    assert decoder.feed(b"\x01") == []
    assert decoder.feed(b"A") == [Frame(1, b"\x01A")]
    decoder = FrameDecoder("auto")
    decoder.feed(b"\x02\x00")
    assert decoder.eof() == [Frame(1, b"\x02\x00")]


# ------------------------------------------------------------------------- tar


def make_tar(files: dict[str, bytes], *, pax: bool = False) -> bytes:
    buf = io.BytesIO()
    fmt = tarfile.PAX_FORMAT if pax else tarfile.USTAR_FORMAT
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            if pax:
                info.pax_headers = {"comment": "x" * 600}
            tar.addfile(info, io.BytesIO(data))
        dirinfo = tarfile.TarInfo("dir")
        dirinfo.type = tarfile.DIRTYPE
        tar.addfile(dirinfo)
    return buf.getvalue()


def walk(blob: bytes, size: int = 4096) -> TarWalker:
    walker = TarWalker()
    for i in range(0, len(blob), size):
        walker.feed(blob[i : i + size])
    walker.finish()
    return walker


ERROR = b'{"errorDetail":{"message":"write /x: no space left on device"},"error":"write /x: no space left on device"}\r\n'


@pytest.mark.parametrize("pax", [False, True])
@pytest.mark.parametrize("size", [1, 511, 512, 4096, 1 << 20])
def test_tar_walker_accepts_complete_archives(pax: bool, size: int) -> None:
    blob = make_tar(
        {"manifest.json": b"[]", "layer.tar": b"\x00" * 5000, "big": b"a" * 70000},
        pax=pax,
    )
    walker = walk(blob, size)
    assert walker.complete and walker.entries >= 4


def test_tar_walker_allows_zero_padding_after_the_end() -> None:
    walk(make_tar({"a": b"1"}) + b"\0" * 20000)


def test_tar_walker_error_after_the_end() -> None:
    with pytest.raises(StreamError) as info:
        walk(make_tar({"a": b"1"}) + ERROR)
    assert "no space left" in info.value.message


def test_tar_walker_error_mid_entry() -> None:
    blob = make_tar({"layer.tar": b"z" * 100000})
    with pytest.raises(StreamError) as info:
        walk(blob[:30000] + ERROR, 1000)
    assert "no space left" in info.value.message


def test_tar_walker_error_where_a_header_is_expected() -> None:
    blob = make_tar({"a": b"1" * 512, "b": b"2"})
    # cut exactly after the first entry's data: the JSON lands on a header block
    with pytest.raises(StreamError):
        walk(blob[:1024] + ERROR * 6)


def test_tar_walker_error_instead_of_an_archive() -> None:
    with pytest.raises(StreamError):
        walk(ERROR)


def test_tar_walker_truncation_and_garbage() -> None:
    blob = make_tar({"a": b"1" * 3000})
    with pytest.raises(StreamTruncated):
        walk(blob[:2000])
    with pytest.raises(StreamTruncated):
        walk(b"")
    with pytest.raises(ProtocolError):
        walk(make_tar({"a": b"1"}) + b"trailing garbage")
    with pytest.raises(ProtocolError):
        walk(b"x" * 2048)


def test_find_error_object() -> None:
    assert find_error_object(b"junk" + ERROR) == (
        "write /x: no space left on device",
        None,
    )
    assert find_error_object(b'{"errorDetail":{"code":5,"message":"m"}}') == ("m", 5)
    assert find_error_object(b'{"error":"only"}') == ("only", None)
    assert find_error_object(b'{"status":"fine"}') is None
