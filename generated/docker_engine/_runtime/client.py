"""The sync and async clients: address, TLS, version negotiation, timeouts,
request building, status handling. Everything not doing I/O lives in
``_ClientCore`` and is shared by both."""

from __future__ import annotations

import re
import ssl
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, ClassVar, Literal, TypeVar
from urllib.parse import urlencode

import httpx2

from .async_http import AsyncTransport
from .auth import DockerConfig, resolve_auth_header
from .deadline import end_deadline, start_deadline
from .decoders import DEFAULT_MAX_BUFFER
from .encoding import Pairs, check_headers
from .errors import (
    ApiVersionError,
    DaemonNotReachable,
    DockerError,
    DockerTimeout,
    InvalidRequest,
    ProtocolError,
    error_from_response,
)
from .received import Response
from .request import JsonBody, Request, TextBody, UploadBody
from .responses import Expect, ResponseContext
from .streams import aread_body, read_body, transport_errors
from .sync_http import SyncTransport
from .transport import (
    DockerAddress,
    TLSConfig,
    make_async_transport,
    make_sync_transport,
    parse_docker_host,
    resolve_tls,
)
from .versions import VersionHistory

__all__ = [
    "AsyncBaseDockerClient",
    "BaseDockerClient",
    "DEFAULT_MAX_BUFFER",
    "DEFAULT_TIMEOUT",
    "MIN_API_VERSION",
    "PingInfo",
    "TimeoutTypes",
]

S = TypeVar("S")
A = TypeVar("A")
_Self = TypeVar("_Self", bound="BaseDockerClient")
_ASelf = TypeVar("_ASelf", bound="AsyncBaseDockerClient")

#: Oldest API version the client accepts from the daemon.
MIN_API_VERSION = "1.24"
#: connect 5 s; read, write and pool 60 s. Streaming requests get no read timeout.
DEFAULT_TIMEOUT = httpx2.Timeout(60.0, connect=5.0)

#: Added to the read timeout beyond the seconds a call asks the daemon to wait (stop `t`):
#: the daemon answers after the wait, then kills and reports.
_DURATION_MARGIN = 10.0

TimeoutTypes = float | httpx2.Timeout | None

_VERSION = re.compile(r"^v?(\d+)\.(\d+)$")
# A path httpx2's URL parser keeps as it is: percent-encoded, no dot segments.
_PLAIN_PATH = re.compile(r"^(?:/(?!\.\.?(?:/|$))[A-Za-z0-9\-._~%!$&'()*+,;=:@]*)+$")
_DEFAULT: Any = object()


def version_tuple(version: str) -> tuple[int, int]:
    match = _VERSION.match(version.strip())
    if match is None:
        raise ValueError(f"invalid API version {version!r}: expected e.g. '1.44'")
    return int(match.group(1)), int(match.group(2))


def _normalize_version(version: str) -> str:
    major, minor = version_tuple(version)
    return f"{major}.{minor}"


@dataclass(frozen=True)
class PingInfo:
    """What ``/_ping`` tells about the daemon."""

    api_version: str | None
    os_type: str | None
    experimental: bool
    builder_version: str | None
    swarm: str | None
    server: str | None
    headers: Mapping[str, str] = field(repr=False, default_factory=dict)

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> PingInfo:
        return cls(
            api_version=headers.get("api-version"),
            os_type=headers.get("ostype"),
            experimental=headers.get("docker-experimental", "").lower() == "true",
            builder_version=headers.get("builder-version"),
            swarm=headers.get("swarm"),
            server=headers.get("server"),
            headers=dict(headers),
        )


def _timeout(value: TimeoutTypes) -> httpx2.Timeout:
    if value is _DEFAULT:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx2.Timeout):
        return value
    if value is None:
        return httpx2.Timeout(None)
    seconds = float(value)
    return httpx2.Timeout(seconds, connect=min(seconds, 5.0))


def _grouped(query: Pairs) -> Pairs:
    """The pairs in httpx2.QueryParams' order: repeated keys together, at the place
    of their first occurrence (values keep their order)."""
    keys = [key for key, _ in query]
    if len(set(keys)) == len(keys):
        return query
    grouped: dict[str, list[str]] = {}
    for key, value in query:
        grouped.setdefault(key, []).append(value)
    return tuple((key, value) for key, values in grouped.items() for value in values)


class _Fixed:
    """What every request through one httpx2 client shares, worked out once: the
    base URL's parts, and its default headers with their lower-case names."""

    def __init__(self, http: httpx2.Client | httpx2.AsyncClient) -> None:
        self.http = http
        base = http.base_url
        self.scheme = base.scheme
        self.netloc = base.netloc
        self.base_path = base.raw_path.decode("ascii")  # ends with "/"
        self.defaults = [
            (name.decode("latin-1").lower(), (name, value))
            for name, value in http.headers.raw
        ]

    def defaults_besides(
        self, headers: list[tuple[str, str]]
    ) -> list[tuple[bytes, bytes]]:
        """The default headers that ``headers`` do not replace."""
        names = {name.lower() for name, _ in headers}
        return [pair for lower, pair in self.defaults if lower not in names]


def _tls_flag(tls: bool | ssl.SSLContext | TLSConfig | None) -> bool | None:
    if tls is None or isinstance(tls, bool):
        return tls
    return True


# Compressed answers cost memory to inflate (a few KiB can become GiB): the
# Engine compresses only when asked; what arrives compressed anyway is inflated
# in bounded steps (see bodies.py).
_CLIENT_HEADERS = {"Accept-Encoding": "identity"}

# Headers that frame the request: the config's HttpHeaders may not set them (a
# wrong Content-Length would make the rest of the body a second request).
_FRAMING_HEADERS = frozenset(
    {
        "host",
        "content-length",
        "transfer-encoding",
        "trailer",
        "te",
        "connection",
        "upgrade",
        "expect",
    }
)

REGISTRY_AUTH_HEADER = "X-Registry-Auth"
EMPTY_REGISTRY_AUTH = "e30="  # base64url of {}


class _ClientCore:
    """Configuration and the I/O-free half of request handling."""

    #: The API version the client was generated from (the generated
    #: ``DockerClient`` sets it); negotiation never goes above it.
    SPEC_API_VERSION: ClassVar[str] = "1.44"
    #: What each operation needs of the API version (the generated ``DockerClient``
    #: sets it from the API's history); checked before every call is sent.
    VERSION_HISTORY: ClassVar[VersionHistory | None] = None

    address: DockerAddress
    timeout: httpx2.Timeout

    def __init__(
        self,
        base_url: str | None,
        *,
        api_version: str,
        timeout: TimeoutTypes,
        tls: bool | ssl.SSLContext | TLSConfig | None,
        docker_config: DockerConfig | Literal[False] | None,
        user_agent: str | None,
        max_buffer: int,
    ) -> None:
        self.address = parse_docker_host(base_url, tls=_tls_flag(tls))
        if max_buffer <= 0:
            raise ValueError("max_buffer must be positive")
        self.max_buffer = max_buffer
        self._tls = tls
        if api_version == "auto":
            self._pinned: str | None = None
        else:
            self._pinned = _normalize_version(api_version)
        self._version: str | None = self._pinned
        self.timeout = _timeout(timeout)
        # the last timeouts a direct call sent, as the transports take them
        self._timeouts = (self.timeout, self.timeout.as_dict())
        self._fixed_parts: _Fixed | None = None
        self._docker_config = docker_config
        self.user_agent = user_agent or (
            f"docker-engine-python (Engine API {self.SPEC_API_VERSION})"
        )
        check_headers((("User-Agent", self.user_agent),))

    def _ssl_context(self) -> ssl.SSLContext | None:
        return resolve_tls(self.address, self._tls)

    # -- hooks -------------------------------------------------------------

    @property
    def docker_config(self) -> DockerConfig | None:
        """The docker CLI config the client takes credentials and headers from.

        Read on first need (``$DOCKER_CONFIG``, ``~/.docker/config.json``), never when
        the client was made with ``docker_config=False``.
        """
        if self._docker_config is None:
            self._docker_config = DockerConfig.load()
        return self._docker_config or None

    def _extra_headers(self, request: Request) -> Pairs:
        """Headers to add when ``request`` does not carry them already: the
        config's ``HttpHeaders``, and registry credentials for calls that talk to
        a registry (an empty credential when none is configured: the daemon then
        pulls anonymously, and a push gets the header Engines up to 28 require)."""
        config = self.docker_config
        extra = tuple(config.http_headers.items()) if config is not None else ()
        for name, _ in extra:
            if name.lower() in _FRAMING_HEADERS:
                raise InvalidRequest(
                    f"HttpHeaders in the docker config may not set {name!r}: it"
                    " decides where the request ends"
                )
        if request.auth_image is None:
            return extra
        found = resolve_auth_header(request.auth_image, None, config)
        return ((REGISTRY_AUTH_HEADER, found or EMPTY_REGISTRY_AUTH), *extra)

    # -- version -----------------------------------------------------------

    def _choose_version(self, ping: PingInfo) -> str:
        """min(spec, daemon), like the docker CLI; no header means 1.24."""
        daemon = ping.api_version or MIN_API_VERSION
        try:
            daemon_t = version_tuple(daemon)
        except ValueError:
            raise ProtocolError(
                f"daemon at {self.address.display} sent an invalid API-Version"
                f" {daemon!r}"
            ) from None
        spec_t = version_tuple(self.SPEC_API_VERSION)
        if daemon_t < version_tuple(MIN_API_VERSION):
            raise ApiVersionError(
                f"the daemon at {self.address.display} speaks Engine API {daemon},"
                f" older than {MIN_API_VERSION}, the oldest this client supports;"
                " upgrade the Docker Engine",
                client_version=MIN_API_VERSION,
                daemon_version=daemon,
            )
        chosen = min(daemon_t, spec_t)
        return f"{chosen[0]}.{chosen[1]}"

    # -- requests ----------------------------------------------------------

    def _refuse_unsupported(self, request: Request, version: str) -> None:
        history = self.VERSION_HISTORY
        if history is not None:
            history.check(
                request, version, self._pinned is not None, self.address.display
            )

    def _deadline_for(self, request: Request) -> float | None:
        """Seconds the whole call may take: the read timeout bounds every call
        whose answer is read at once, from sending to its last byte (a peer
        dripping bytes cannot stretch it). Streaming calls (logs, events, pulls,
        builds, attach, exports) only have per-read timeouts, if any. A call's own
        ``timeout=`` and the seconds it waits on purpose (``t`` of a stop) count."""
        return None if request.streaming else self._timeout_for(request).read

    def _timeout_for(self, request: Request) -> httpx2.Timeout:
        given, duration = request.timeout, request.duration
        if not request.streaming and given is None and not duration:
            return self.timeout
        t = self.timeout
        read = None if request.streaming else t.read
        write, pool = t.write, t.pool
        if given is not None:  # the caller's own timeout for this call
            read = write = pool = given
        if read is not None and duration:
            read += max(duration, 0) + _DURATION_MARGIN
        return httpx2.Timeout(connect=t.connect, read=read, write=write, pool=pool)

    def _headers_for(
        self, request: Request, expect: Expect[Any, Any]
    ) -> list[tuple[str, str]]:
        headers: list[tuple[str, str]] = [*request.headers, *expect.request_headers]
        present = {name.lower() for name, _ in headers}
        for name, value in self._extra_headers(request):
            if name.lower() not in present:
                headers.append((name, value))
        if "user-agent" not in present:
            headers.append(("User-Agent", self.user_agent))
        body = request.body
        if body is not None and not body.empty and "content-type" not in present:
            headers.append(("Content-Type", body.content_type))
        check_headers(headers)
        return headers

    def _fixed(self, http: httpx2.Client | httpx2.AsyncClient) -> _Fixed:
        fixed = self._fixed_parts
        if fixed is None or fixed.http is not http:
            fixed = self._fixed_parts = _Fixed(http)
        return fixed

    def _target(self, base_path: str, request: Request, version: str) -> str | None:
        """The request target (``base_path`` ends with "/"): the path, already
        percent-encoded, and the query urlencoded the way httpx2.QueryParams does;
        None when they need httpx2's URL handling (dot segments, unusual
        characters, non-str query values)."""
        path = request.path
        if not path.startswith("/"):
            raise ValueError(f"request path must start with '/': {path!r}")
        query = request.query
        if not _PLAIN_PATH.match(path) or not all(
            type(k) is str and type(v) is str for k, v in query
        ):
            return None
        target = f"{base_path}v{version}{path}"
        if query:
            target = f"{target}?{urlencode(_grouped(query))}"
        return target

    def _build(
        self,
        http: httpx2.Client | httpx2.AsyncClient,
        request: Request,
        expect: Expect[Any, Any],
        version: str,
        content: Any,
    ) -> httpx2.Request:
        fixed = self._fixed(http)
        target = self._target(fixed.base_path, request, version)
        if target is None:
            return http.build_request(
                request.method,
                f"/v{version}{request.path}",
                params=list(request.query) if request.query else None,
                headers=self._headers_for(request, expect),
                content=content,
                timeout=self._timeout_for(request),
            )
        # What build_request makes, without its URL merging and query-parameter
        # objects (a third of a small call's time): the URL parsed once; the
        # client's default headers merged as Headers.update does.
        url = f"{fixed.scheme}://{fixed.netloc.decode('ascii')}{target}"
        headers = self._headers_for(request, expect)
        # the defaults as bytes, ours as str: Headers takes both, as in update()
        merged: list[Any] = fixed.defaults_besides(headers)
        merged += headers
        cookies = http.cookies
        return httpx2.Request(
            request.method,
            url,
            headers=merged,
            content=content,
            cookies=cookies if cookies else None,
            extensions={"timeout": self._timeout_for(request).as_dict()},
        )

    def _direct(
        self,
        http: httpx2.Client | httpx2.AsyncClient,
        request: Request,
        expect: Expect[Any, Any],
        version: str,
        content: Any,
    ) -> tuple[bytes, list[tuple[bytes, bytes]], dict[str, float | None]] | None:
        """The target, headers and timeouts :meth:`_build` would give the
        transport (byte for byte what httpx2 sends), without building an
        ``httpx2.Request``: for the client's own transports. None when only httpx2
        can build them."""
        fixed = self._fixed(http)
        target = self._target(fixed.base_path, request, version)
        if target is None:
            return None
        headers = self._headers_for(request, expect)
        wire = [(b"Host", fixed.netloc)]
        if not content and request.method in ("POST", "PUT", "PATCH", "QUERY"):
            wire.append((b"Content-Length", b"0"))
        wire += fixed.defaults_besides(headers)
        wire += [
            (name.encode("ascii"), value.encode("ascii")) for name, value in headers
        ]
        if isinstance(content, bytes):
            if content:
                wire.append((b"Content-Length", b"%d" % len(content)))
        elif content is not None:
            wire.append((b"Transfer-Encoding", b"chunked"))
        timeout = self._timeout_for(request)
        cached = self._timeouts
        if cached[0] is not timeout:
            cached = self._timeouts = (timeout, timeout.as_dict())
        return target.encode("ascii"), wire, cached[1]

    @staticmethod
    def _fixed_content(request: Request) -> bytes | None:
        body = request.body
        if isinstance(body, JsonBody):
            return body.encode()
        if isinstance(body, TextBody):
            return body.encode()
        return None

    def _transport_error(
        self, exc: httpx2.TransportError, operation: str | None
    ) -> DockerError:
        where = self.address.display
        if isinstance(exc, (httpx2.ConnectError, httpx2.ConnectTimeout)):
            return DaemonNotReachable(
                f"cannot connect to the Docker daemon at {where}; is it running?"
                f" ({exc})",
                operation=operation,
            )
        if isinstance(exc, httpx2.TimeoutException):
            return DockerTimeout(
                f"{type(exc).__name__} talking to {where}: {exc}", operation=operation
            )
        return ProtocolError(
            f"{type(exc).__name__} talking to {where}: {exc}", operation=operation
        )

    @staticmethod
    def _status_error(request: Request, response: Response, body: bytes) -> DockerError:
        status = response.status_code
        headers = dict(response.headers)
        if 300 <= status < 400 and status != 304:
            return ProtocolError(
                f"daemon redirected ({status}) to {response.headers.get('location')!r};"
                " a path parameter probably contains '/' segments",
                status=status,
                operation=request.operation,
                response_headers=headers,
            )
        if status < 200:
            return ProtocolError(
                f"unexpected {status} response",
                status=status,
                operation=request.operation,
                response_headers=headers,
            )
        return error_from_response(
            status, headers, body, request.operation, response.reason_phrase
        )


class BaseDockerClient(_ClientCore):
    """Synchronous client. Thread-safe; one connection pool.

    ``base_url``: ``unix:///path``, ``tcp://host:port``, ``http(s)://...``,
    ``ssh://user@host`` (default: ``DOCKER_HOST``, else the local socket).
    ``api_version``: ``"auto"`` (negotiate on first use: min(spec, daemon)) or a
    pinned ``"1.41"``; a call using what that version lacks raises
    :class:`UnsupportedByApiVersion` before anything is sent. ``timeout``:
    seconds (read/write/pool; connect at most 5 s), an ``httpx2.Timeout``, or
    None for none; the read timeout also bounds each whole non-streaming call
    (streams keep per-read timeouts). ``transport``: replaces the real transport
    (tests). ``tls``: True/False, an ``ssl.SSLContext`` or a
    :class:`TLSConfig` (default from ``DOCKER_TLS_VERIFY``/``DOCKER_CERT_PATH``).
    ``max_buffer``: the most bytes held in memory for one response body, NDJSON
    line or stream frame (default 64 MiB); more raises :class:`ResponseTooLarge`.
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        api_version: str = "auto",
        timeout: TimeoutTypes = _DEFAULT,
        tls: bool | ssl.SSLContext | TLSConfig | None = None,
        transport: httpx2.BaseTransport | None = None,
        docker_config: DockerConfig | Literal[False] | None = None,
        user_agent: str | None = None,
        max_buffer: int = DEFAULT_MAX_BUFFER,
    ) -> None:
        super().__init__(
            base_url,
            api_version=api_version,
            timeout=timeout,
            tls=tls,
            docker_config=docker_config,
            user_agent=user_agent,
            max_buffer=max_buffer,
        )
        if transport is None:
            transport = make_sync_transport(self.address, self._ssl_context())
        # the client's own transport is called without an httpx2.Request
        self._own = transport if isinstance(transport, SyncTransport) else None
        self._http = httpx2.Client(
            transport=transport,
            base_url=self.address.base_url,
            timeout=self.timeout,
            headers=_CLIENT_HEADERS,
            follow_redirects=False,
            trust_env=False,
        )
        self._version_lock = threading.Lock()

    # -- version -----------------------------------------------------------

    @property
    def api_version(self) -> str:
        """The API version in use (negotiated on first access when "auto")."""
        version = self._version
        if version is None:
            with self._version_lock:
                if self._version is None:
                    self._version = self._choose_version(self.ping())
                version = self._version
        return version

    def ping(self) -> PingInfo:
        """``HEAD /_ping`` (``GET`` if HEAD is refused); raises on errors."""
        response = self._raw("HEAD", "/_ping", "SystemPing")
        if response.status_code != 200:
            response.close()
            response = self._raw("GET", "/_ping", "SystemPing")
        try:
            with transport_errors("SystemPing"):
                body = read_body(response, self.max_buffer)
        finally:
            response.close()
        if response.status_code >= 400:
            raise self._status_error(
                Request("SystemPing", "GET", "/_ping"), response, body
            )
        return PingInfo.from_headers(response.headers)

    def _raw(self, method: str, path: str, operation: str) -> httpx2.Response:
        headers = [("User-Agent", self.user_agent)]
        check_headers(headers)
        request = self._http.build_request(method, path, headers=headers)
        return self._exchange(request, operation)

    def _exchange(
        self, http_request: httpx2.Request, operation: str | None
    ) -> httpx2.Response:
        """Send; the response's head is read, its body not yet."""
        try:
            response = self._http.send(http_request, stream=True)
        except httpx2.TransportError as exc:
            raise self._transport_error(exc, operation) from exc
        return response

    def _exchange_call(
        self, request: Request, expect: Expect[Any, Any], version: str, content: Any
    ) -> Response:
        own = self._own
        direct = (
            None
            if own is None
            else self._direct(self._http, request, expect, version, content)
        )
        if own is None or direct is None:
            http_request = self._build(self._http, request, expect, version, content)
            return self._exchange(http_request, request.operation)
        try:
            return own.exchange(request.method, *direct, body=content).received()
        except httpx2.TransportError as exc:
            raise self._transport_error(exc, request.operation) from exc

    # -- requests ----------------------------------------------------------

    def send(self, request: Request, expect: Expect[S, Any]) -> S:
        """Send one API call and decode its response as ``expect`` says."""
        seconds = self._deadline_for(request)
        if seconds is None:
            return self._send(request, expect)
        token = start_deadline(seconds)  # the sync transports' reads keep it
        try:
            return self._send(request, expect)
        finally:
            end_deadline(token)

    def _send(self, request: Request, expect: Expect[S, Any]) -> S:
        version = self.api_version
        self._refuse_unsupported(request, version)
        body = request.body
        content: Any = (
            body.iter_sync()
            if isinstance(body, UploadBody) and not body.empty
            else self._fixed_content(request)
        )
        response = self._exchange_call(request, expect, version, content)
        if expect.accepts(response.status_code):
            return expect.sync_result(
                response, ResponseContext(request, version, self, self.max_buffer)
            )
        try:
            with transport_errors(request.operation):
                error_body = read_body(response, self.max_buffer)
        finally:
            response.close()
        raise self._status_error(request, response, error_body)

    # -- lifecycle ---------------------------------------------------------

    def close(self) -> None:
        """Close the connection pool (and ssh subprocesses)."""
        self._http.close()

    def __enter__(self: _Self) -> _Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.address.display!r})"


class AsyncBaseDockerClient(_ClientCore):
    """Asynchronous client (asyncio or trio through httpx2); see
    :class:`BaseDockerClient` for the arguments. ``transport`` takes an
    ``httpx2.AsyncBaseTransport``."""

    def __init__(
        self,
        base_url: str | None = None,
        *,
        api_version: str = "auto",
        timeout: TimeoutTypes = _DEFAULT,
        tls: bool | ssl.SSLContext | TLSConfig | None = None,
        transport: httpx2.AsyncBaseTransport | None = None,
        docker_config: DockerConfig | Literal[False] | None = None,
        user_agent: str | None = None,
        max_buffer: int = DEFAULT_MAX_BUFFER,
    ) -> None:
        super().__init__(
            base_url,
            api_version=api_version,
            timeout=timeout,
            tls=tls,
            docker_config=docker_config,
            user_agent=user_agent,
            max_buffer=max_buffer,
        )
        if transport is None:
            transport = make_async_transport(self.address, self._ssl_context())
        # the client's own transport is called without an httpx2.Request
        self._own = transport if isinstance(transport, AsyncTransport) else None
        self._http = httpx2.AsyncClient(
            transport=transport,
            base_url=self.address.base_url,
            timeout=self.timeout,
            headers=_CLIENT_HEADERS,
            follow_redirects=False,
            trust_env=False,
        )

    @property
    def api_version(self) -> str | None:
        """The API version in use; None until negotiated (first request, or
        :meth:`negotiate_version`)."""
        return self._version

    async def negotiate_version(self) -> str:
        """Negotiate now (if not pinned) and return the version."""
        version = self._version
        if version is None:
            # Concurrent first calls may each ping; the result is the same.
            version = self._choose_version(await self.ping())
            self._version = version
        return version

    async def ping(self) -> PingInfo:
        response = await self._raw("HEAD", "/_ping", "SystemPing")
        if response.status_code != 200:
            await response.aclose()
            response = await self._raw("GET", "/_ping", "SystemPing")
        try:
            with transport_errors("SystemPing"):
                body = await aread_body(response, self.max_buffer)
        finally:
            await response.aclose()
        if response.status_code >= 400:
            raise self._status_error(
                Request("SystemPing", "GET", "/_ping"), response, body
            )
        return PingInfo.from_headers(response.headers)

    async def _raw(self, method: str, path: str, operation: str) -> httpx2.Response:
        headers = [("User-Agent", self.user_agent)]
        check_headers(headers)
        request = self._http.build_request(method, path, headers=headers)
        return await self._exchange(request, operation)

    async def _exchange(
        self, http_request: httpx2.Request, operation: str | None
    ) -> httpx2.Response:
        try:
            response = await self._http.send(http_request, stream=True)
        except httpx2.TransportError as exc:
            raise self._transport_error(exc, operation) from exc
        return response

    async def _exchange_call(
        self, request: Request, expect: Expect[Any, Any], version: str, content: Any
    ) -> Response:
        own = self._own
        direct = (
            None
            if own is None
            else self._direct(self._http, request, expect, version, content)
        )
        if own is None or direct is None:
            http_request = self._build(self._http, request, expect, version, content)
            return await self._exchange(http_request, request.operation)
        try:
            stream = await own.exchange(request.method, *direct, body=content)
            return stream.received()
        except httpx2.TransportError as exc:
            raise self._transport_error(exc, request.operation) from exc

    async def send(self, request: Request, expect: Expect[Any, A]) -> A:
        """Send one API call and decode its response as ``expect`` says."""
        seconds = self._deadline_for(request)
        if seconds is None:
            return await self._send(request, expect)
        if self._own is not None:
            token = start_deadline(seconds)  # the transport's reads keep it
            try:
                return await self._send(request, expect)
            finally:
                end_deadline(token)
        import anyio  # what httpx2's async transports run on

        try:
            with anyio.fail_after(seconds):
                return await self._send(request, expect)
        except TimeoutError as exc:
            raise DockerTimeout(
                f"no complete answer from {self.address.display} within"
                f" {seconds} s",
                operation=request.operation,
            ) from exc

    async def _send(self, request: Request, expect: Expect[Any, A]) -> A:
        version = await self.negotiate_version()
        self._refuse_unsupported(request, version)
        body = request.body
        content: Any = (
            body.iter_async()
            if isinstance(body, UploadBody) and not body.empty
            else self._fixed_content(request)
        )
        response = await self._exchange_call(request, expect, version, content)
        if expect.accepts(response.status_code):
            return await expect.async_result(
                response, ResponseContext(request, version, self, self.max_buffer)
            )
        try:
            with transport_errors(request.operation):
                error_body = await aread_body(response, self.max_buffer)
        finally:
            await response.aclose()
        raise self._status_error(request, response, error_body)

    async def close(self) -> None:
        await self._http.aclose()

    aclose = close

    async def __aenter__(self: _ASelf) -> _ASelf:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.address.display!r})"
