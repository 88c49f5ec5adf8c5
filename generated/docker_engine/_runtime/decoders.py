"""Sans-IO decoders: fed bytes by the sync and async streams alike.

* :class:`JsonLinesDecoder` splits NDJSON (``\\r\\n`` or ``\\n``, blank lines,
  objects split across chunks, several per chunk) and detects truncation.
* :class:`FrameDecoder` demultiplexes the 8-byte-header framing of attach, exec and
  logs (stream ids 0-3), passes TTY raw streams through, or sniffs which one it is.
* :class:`TarWalker` follows tar headers and sizes to find where the archive ends
  and recognises the JSON error the daemon appends to a failed export.
"""

from __future__ import annotations

import collections
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, NamedTuple

from .errors import ProtocolError, ResponseTooLarge, StreamError, StreamTruncated

__all__ = [
    "DEFAULT_MAX_BUFFER",
    "FrameCore",
    "FrameDecoder",
    "Output",
    "collect_frames",
    "FrameMode",
    "Frame",
    "JsonLinesDecoder",
    "STDERR",
    "STDIN",
    "STDOUT",
    "SYSTEMERR",
    "TarWalker",
    "starts_tar",
    "find_error_object",
    "split_json_values",
]

#: The most the client holds in memory for one response body, NDJSON line or stream
#: frame (64 MiB): far above anything the Engine sends, far below what a hostile
#: peer would need to exhaust memory. ``DockerClient(max_buffer=...)`` changes it.
DEFAULT_MAX_BUFFER = 64 * 1024 * 1024


def too_large(what: str, limit: int) -> ResponseTooLarge:
    return ResponseTooLarge(
        f"{what} is larger than max_buffer ({limit} bytes); pass a larger"
        " max_buffer to the client if the daemon really sends that much"
    )


# ---------------------------------------------------------------------- JSON lines


class JsonLinesDecoder:
    """Split a byte stream into non-blank, stripped JSON text lines."""

    def __init__(self, max_line: int = DEFAULT_MAX_BUFFER) -> None:
        self._buffer = bytearray()
        self._max_line = max_line

    def feed(self, data: bytes) -> list[bytes]:
        if not data:
            return []
        self._buffer += data
        if b"\n" not in data:
            if len(self._buffer) > self._max_line:
                raise too_large("a stream line", self._max_line)
            return []
        end = self._buffer.rfind(b"\n")
        complete = bytes(self._buffer[:end])
        del self._buffer[: end + 1]
        if len(self._buffer) > self._max_line:
            raise too_large("a stream line", self._max_line)
        return [line for line in (s.strip() for s in complete.split(b"\n")) if line]

    def eof(self) -> list[bytes]:
        """Flush at end of stream; a partial object raises :class:`StreamTruncated`."""
        rest = bytes(self._buffer).strip()
        self._buffer.clear()
        if not rest:
            return []
        try:
            split_json_values(rest)
        except ProtocolError:
            raise StreamTruncated(
                f"stream ended in the middle of a JSON object ({len(rest)} bytes"
                " pending)"
            ) from None
        return [rest]


def split_json_values(text: bytes) -> list[bytes]:
    """Split concatenated JSON values (``{..}{..}``) of one line."""
    decoder = json.JSONDecoder()
    try:
        s = text.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(f"stream line is not UTF-8: {exc}") from None
    out: list[bytes] = []
    pos = 0
    while pos < len(s):
        while pos < len(s) and s[pos].isspace():
            pos += 1
        if pos >= len(s):
            break
        try:
            _, end = decoder.raw_decode(s, pos)
        except (ValueError, RecursionError) as exc:  # deep nesting too
            raise ProtocolError(
                f"invalid JSON in stream: {exc}: {s[pos:pos + 200]!r}"
            ) from None
        out.append(s[pos:end].encode("utf-8"))
        pos = end
    return out


def find_error_object(data: bytes) -> tuple[str, int | None] | None:
    """Return ``(message, code)`` if ``data`` contains a daemon JSON error object.

    Looks for the last ``{"errorDetail"`` / ``{"error"`` and parses from there.
    """
    for marker in (b'{"errorDetail"', b'{"error"', b'{"message"'):
        idx = data.rfind(marker)
        if idx < 0:
            continue
        try:
            obj = json.loads(data[idx:].strip())
        except (ValueError, RecursionError):
            try:
                values = split_json_values(data[idx:])
                obj = json.loads(values[0]) if values else None
            except ProtocolError:
                continue
        found = error_of(obj)
        if found is not None:
            return found
        if marker == b'{"message"' and isinstance(obj, dict):
            msg = obj.get("message")
            if isinstance(msg, str) and msg:
                return msg, None
    return None


def error_of(obj: object) -> tuple[str, int | None] | None:
    """``(message, code)`` of a stream error object, else None."""
    if not isinstance(obj, dict):
        return None
    detail = obj.get("errorDetail")
    error = obj.get("error")
    if not detail and not error:
        return None
    message: str | None = None
    code: int | None = None
    if isinstance(detail, dict):
        m = detail.get("message")
        if isinstance(m, str) and m:
            message = m
        c = detail.get("code")
        if isinstance(c, int) and not isinstance(c, bool):
            code = c
    if message is None:
        message = error if isinstance(error, str) and error else json.dumps(obj)
    return message, code


# -------------------------------------------------------------------------- frames

STDIN = 0
STDOUT = 1
STDERR = 2
SYSTEMERR = 3

FrameMode = Literal["multiplexed", "raw", "auto"]


class Frame(NamedTuple):
    """One piece of output: ``stream`` is 0 stdin, 1 stdout, 2 stderr, 3 systemerr."""

    stream: int
    data: bytes


class FrameDecoder:
    """Demultiplex ``[id, 0, 0, 0, len(4, big-endian)] + payload`` frames.

    ``mode="raw"`` (TTY) yields every chunk as stdout. ``mode="auto"`` decides
    from the first bytes: a multiplexed stream starts with a byte in 0-3 followed
    by three zero bytes, which TTY output practically never does; the decision is
    made as soon as the bytes seen are inconsistent with a header, so interactive
    TTY output is not delayed.
    """

    HEADER = 8

    def __init__(
        self, mode: FrameMode = "auto", max_frame: int = DEFAULT_MAX_BUFFER
    ) -> None:
        self.mode: FrameMode = mode
        self._buffer = bytearray()
        self._max_frame = max_frame

    def _decide(self) -> None:
        buf = self._buffer
        if not buf:
            return
        if buf[0] > SYSTEMERR or any(b != 0 for b in buf[1:4]):
            self.mode = "raw"
        elif len(buf) >= self.HEADER:
            self.mode = "multiplexed"

    def feed(self, data: bytes) -> list[Frame]:
        if self.mode == "raw":
            if self._buffer:
                data = bytes(self._buffer) + data
                self._buffer.clear()
            return [Frame(STDOUT, data)] if data else []
        self._buffer += data
        if self.mode == "auto":
            self._decide()
            if self.mode == "auto":
                return []
            if self.mode == "raw":
                return self.feed(b"")
        return self._frames()

    def _frames(self) -> list[Frame]:
        out: list[Frame] = []
        buf = self._buffer
        pos = 0
        while len(buf) - pos >= self.HEADER:
            stream = buf[pos]
            if stream > SYSTEMERR or buf[pos + 1 : pos + 4] != b"\0\0\0":
                raise ProtocolError(
                    f"invalid stream frame header {bytes(buf[pos:pos + 8])!r}"
                )
            size = int.from_bytes(buf[pos + 4 : pos + 8], "big")
            if size > self._max_frame:  # refused at its header, before buffering
                raise too_large(f"a stream frame of {size} bytes", self._max_frame)
            if len(buf) - pos - self.HEADER < size:
                break
            start = pos + self.HEADER
            out.append(Frame(stream, bytes(buf[start : start + size])))
            pos = start + size
        del buf[:pos]
        return out

    def eof(self) -> list[Frame]:
        """Flush at end of stream; a partial frame raises :class:`StreamTruncated`."""
        if self.mode == "auto":
            # Too short to be a frame header: it was raw output.
            self.mode = "raw"
        if self.mode == "raw":
            return self.feed(b"")
        if self._buffer:
            pending = len(self._buffer)
            self._buffer.clear()
            raise StreamTruncated(
                f"stream ended in the middle of a frame ({pending} bytes pending)"
            )
        return []


@dataclass
class Output:
    """Collected output of a log stream or hijacked session."""

    stdout: bytes = b""
    stderr: bytes = b""

    def text(self, encoding: str = "utf-8") -> str:
        """stdout decoded (errors replaced)."""
        return self.stdout.decode(encoding, errors="replace")


class FrameCore:
    """Sans-IO: bytes in, frames out; a systemerr frame (id 3) raises."""

    def __init__(
        self,
        mode: FrameMode,
        operation: str | None,
        max_frame: int = DEFAULT_MAX_BUFFER,
    ) -> None:
        self.decoder = FrameDecoder(mode, max_frame)
        self.operation = operation

    def process(self, chunk: bytes) -> Iterator[Frame]:
        return self._deliver(self.decoder.feed(chunk))

    def finish(self) -> Iterator[Frame]:
        return self._deliver(self.decoder.eof())

    def _deliver(self, frames: list[Frame]) -> Iterator[Frame]:
        for frame in frames:
            if frame.stream == SYSTEMERR:
                message = frame.data.decode("utf-8", errors="replace").strip()
                raise StreamError(message or "daemon error", operation=self.operation)
            yield frame


def collect_frames(frames: Iterator[Frame] | list[Frame], into: Output) -> None:
    """Append frames to an :class:`Output` (stdout and stderr; stdin dropped)."""
    out, err = bytearray(into.stdout), bytearray(into.stderr)
    for frame in frames:
        if frame.stream == STDOUT:
            out += frame.data
        elif frame.stream == STDERR:
            err += frame.data
    into.stdout, into.stderr = bytes(out), bytes(err)


# ----------------------------------------------------------------------------- tar

_BLOCK = 512
_TAIL = 64 * 1024


def _octal(field: bytes) -> int:
    if field and field[0] & 0x80:
        # GNU base-256: big-endian, first byte's high bit is the marker.
        value = field[0] & 0x7F
        for b in field[1:]:
            value = (value << 8) | b
        return value
    text = field.split(b"\0", 1)[0].strip()
    return int(text, 8) if text else 0


def _valid_header(block: bytes) -> bool:
    try:
        stored = _octal(block[148:156])
    except ValueError:
        return False
    computed = sum(block[:148]) + 8 * 32 + sum(block[156:])
    return stored == computed


def starts_tar(block: bytes) -> bool:
    """Whether a body's first 512 bytes are a tar header (or the zero blocks of
    an empty archive)."""
    return len(block) == _BLOCK and (not any(block) or _valid_header(block))


class TarWalker:
    """Follow a tar stream without buffering it (only the last 64 KiB are kept).

    ``feed`` every chunk, then ``finish()``: it returns when the archive is
    complete (end-of-archive marker, then only zero padding) and raises
    :class:`StreamError` when the daemon appended (or wrote instead) its JSON
    error object, :class:`StreamTruncated` when the archive stops early, and
    :class:`ProtocolError` for other garbage.
    """

    def __init__(self) -> None:
        self._state: Literal["header", "data", "end", "invalid"] = "header"
        self._header = bytearray()
        self._skip = 0
        self._zero_blocks = 0
        # the last pieces fed, at least _TAIL bytes together: kept, not copied
        self._tail: collections.deque[bytes] = collections.deque()
        self._tail_size = 0
        self._extra = bytearray()  # non-zero bytes after the end / invalid header
        self.entries = 0
        self.total = 0

    @property
    def complete(self) -> bool:
        return self._state == "end"

    def feed(self, data: bytes) -> None:
        n = len(data)
        self.total += n
        tail = self._tail
        tail.append(data)
        self._tail_size += n
        while self._tail_size - len(tail[0]) >= _TAIL:
            self._tail_size -= len(tail.popleft())
        if self._state == "data" and self._skip > n:
            self._skip -= n  # inside a member's content: nothing to look at
            return
        view = memoryview(data)
        pos = 0
        while pos < n:
            if self._state == "data":
                step = min(self._skip, n - pos)
                self._skip -= step
                pos += step
                if self._skip == 0:
                    self._state = "header"
            elif self._state == "header":
                need = _BLOCK - len(self._header)
                self._header += view[pos : pos + need]
                pos += min(need, n - pos)
                if len(self._header) == _BLOCK:
                    self._on_block(bytes(self._header))
                    self._header.clear()
            else:  # end / invalid: keep what follows for finish()
                rest = view[pos:]
                if self._state == "end" and not any(rest):
                    return
                room = _TAIL - len(self._extra)
                if room > 0:
                    self._extra += rest[:room]
                return

    def _on_block(self, block: bytes) -> None:
        if not any(block):
            self._zero_blocks += 1
            if self._zero_blocks == 2:
                self._state = "end"
            return
        if self._zero_blocks or not _valid_header(block):
            self._state = "invalid"
            self._extra += block
            return
        try:
            size = _octal(block[124:136])
        except ValueError:
            self._state = "invalid"
            self._extra += block
            return
        self.entries += 1
        self._skip = (size + _BLOCK - 1) // _BLOCK * _BLOCK
        self._state = "data" if self._skip else "header"

    def finish(self) -> None:
        if self._state == "end":
            if any(self._extra):
                found = find_error_object(bytes(self._extra))
                if found is not None:
                    raise StreamError(*found)
                raise ProtocolError("unexpected data after the end of the tar archive")
            return
        if self._state == "invalid":
            found = find_error_object(bytes(self._extra))
            if found is not None:
                raise StreamError(*found)
            raise ProtocolError(
                f"invalid tar header after {self.entries} entries"
                f" ({self.total} bytes)"
            )
        found = find_error_object(b"".join(self._tail)[-_TAIL:])
        if found is not None:
            raise StreamError(*found)
        raise StreamTruncated(
            f"tar archive ended early after {self.entries} entries"
            f" ({self.total} bytes), before the end-of-archive marker"
        )
