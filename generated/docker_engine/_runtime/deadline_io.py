"""httpcore2 network streams whose reads keep the current call's deadline (see
:mod:`.deadline`): plugged under httpx2's sync transport for TCP daemons and under
the ssh transport. Imported only by those (httpcore2 is imported with them)."""

from __future__ import annotations

import ssl
import typing
from typing import Any

import httpcore2
import httpx2

from .deadline import read_timeout

__all__ = ["DeadlineBackend", "DeadlineHTTPTransport", "DeadlineStream"]


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


class DeadlineBackend(httpcore2.NetworkBackend):
    """A network backend whose streams are :class:`DeadlineStream`\\ s."""

    def __init__(self, backend: httpcore2.NetworkBackend | None = None) -> None:
        self._backend = backend if backend is not None else httpcore2.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore2.SOCKET_OPTION] | None = None,
    ) -> httpcore2.NetworkStream:
        return DeadlineStream(
            self._backend.connect_tcp(
                host, port, timeout, local_address, socket_options
            )
        )

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore2.SOCKET_OPTION] | None = None,
    ) -> httpcore2.NetworkStream:
        return DeadlineStream(
            self._backend.connect_unix_socket(path, timeout, socket_options)
        )

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class DeadlineHTTPTransport(httpx2.HTTPTransport):
    """httpx2's sync transport (TCP daemons) over :class:`DeadlineBackend`."""

    def __init__(
        self, ssl_context: ssl.SSLContext | None, limits: httpx2.Limits
    ) -> None:
        context = (
            ssl_context if ssl_context is not None else httpx2.create_ssl_context()
        )
        super().__init__(verify=context, limits=limits, trust_env=False)
        # httpx2 takes no network backend: its pool is replaced by one that has ours.
        self._pool = httpcore2.ConnectionPool(
            ssl_context=context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=DeadlineBackend(),
        )
