"""httpcore2 network streams whose reads keep the current call's deadline (see
:mod:`.deadline`): plugged under the ssh transport, and imported only by it
(httpcore2 is imported with it)."""

from __future__ import annotations

import ssl
from typing import Any

import httpcore2

from .deadline import read_timeout

__all__ = ["DeadlineStream"]


class DeadlineStream(httpcore2.NetworkStream):
    """Wraps a network stream; each read waits at most what is left of the call."""

    def __init__(self, stream: httpcore2.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            timeout = read_timeout(timeout)
        except TimeoutError as exc:
            raise httpcore2.ReadTimeout(str(exc)) from exc
        return self._stream.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, timeout)

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore2.NetworkStream:
        return DeadlineStream(
            self._stream.start_tls(ssl_context, server_hostname, timeout)
        )

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)

    def __getattr__(self, name: str) -> Any:
        # What the wrapped stream offers besides the interface (ssh's close_write).
        return getattr(self._stream, name)
