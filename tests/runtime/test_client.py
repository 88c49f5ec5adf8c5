"""client.py and transport.py: negotiation, addresses, timeouts, request building."""

from __future__ import annotations

import asyncio
import base64

import json
import socket
import ssl
import threading
from pathlib import Path
from typing import Any

import httpx2
import pytest

from docker_engine._runtime import encoding as wire
from docker_engine._runtime.auth import DockerConfig
from docker_engine._runtime.client import (
    DEFAULT_TIMEOUT,
    AsyncBaseDockerClient,
    BaseDockerClient,
)
from docker_engine._runtime.errors import (
    ApiVersionError,
    DaemonNotReachable,
    DockerTimeout,
    NotFound,
)
from docker_engine._runtime.model import Model
from docker_engine._runtime.request import JsonBody, Request, TextBody, UploadBody
from docker_engine._runtime.responses import (
    ExpectEmpty,
    ExpectHeaders,
    ExpectJson,
    ExpectText,
)
from docker_engine._runtime.transport import (
    TLSConfig,
    parse_docker_host,
    resolve_tls,
)
from tests.runtime._helpers import Daemon, async_client, run, sync_client

VERSION = Request("SystemVersion", "GET", "/version")


def ok_json(body: Any = None) -> Any:
    return lambda request: httpx2.Response(200, json=body if body is not None else {})


# ----------------------------------------------------------------- negotiation


@pytest.mark.parametrize(
    ("daemon_version", "expected"),
    [("1.41", "1.41"), ("1.44", "1.44"), ("1.53", "1.44"), (None, "1.24")],
)
def test_negotiates_min_of_spec_and_daemon(
    daemon_version: str | None, expected: str
) -> None:
    daemon = Daemon(ok_json(), api_version=daemon_version)
    client = sync_client(daemon)
    assert daemon.pings == 0  # lazy
    client.send(VERSION, ExpectJson(dict[str, Any]))
    client.send(VERSION, ExpectJson(dict[str, Any]))
    assert client.api_version == expected
    assert daemon.pings == 1
    assert [r.url.path for r in daemon.api_requests] == [f"/v{expected}/version"] * 2
    ping = daemon.requests[0]
    assert (ping.method, ping.url.path) == ("HEAD", "/_ping")


def test_negotiation_falls_back_to_get_ping() -> None:
    daemon = Daemon(ok_json(), head_ping=False)
    client = sync_client(daemon)
    assert client.api_version == "1.41"
    assert [r.method for r in daemon.requests] == ["HEAD", "GET"]


def test_negotiation_uses_the_generated_spec_version() -> None:
    class Newer(BaseDockerClient):
        SPEC_API_VERSION = "1.50"

    daemon = Daemon(ok_json(), api_version="1.53")
    client = Newer(transport=httpx2.MockTransport(daemon))
    assert client.api_version == "1.50"


def test_daemon_too_old_is_a_clear_error() -> None:
    client = sync_client(Daemon(ok_json(), api_version="1.19"))
    with pytest.raises(ApiVersionError, match="1.19.*1.24.*upgrade"):
        client.send(VERSION, ExpectJson(dict[str, Any]))


def test_pinned_version_skips_ping_and_refusal_names_both_versions() -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(
            400,
            json={
                "message": "client version 1.44 is too new. Maximum supported API"
                " version is 1.41"
            },
        )

    daemon = Daemon(handler)
    client = sync_client(daemon, api_version="1.44")
    with pytest.raises(ApiVersionError) as info:
        client.send(VERSION, ExpectJson(dict[str, Any]))
    assert daemon.pings == 0
    assert (info.value.client_version, info.value.daemon_version) == ("1.44", "1.41")
    assert 'api_version="auto"' in str(info.value)
    with pytest.raises(ValueError):
        sync_client(daemon, api_version="latest")
    assert sync_client(daemon, api_version="v1.41").api_version == "1.41"


def test_async_negotiation() -> None:
    daemon = Daemon(ok_json({"ApiVersion": "1.41"}))

    async def main() -> tuple[str | None, str | None, Any]:
        async with async_client(daemon) as client:
            before = client.api_version
            result = await client.send(VERSION, ExpectJson(dict[str, Any]))
            return before, client.api_version, result

    assert run(main()) == (None, "1.41", {"ApiVersion": "1.41"})
    assert daemon.pings == 1


def test_ping_info() -> None:
    info = sync_client(Daemon()).ping()
    assert (info.api_version, info.os_type, info.experimental) == (
        "1.41",
        "linux",
        False,
    )


# -------------------------------------------------------------- reachability


def test_missing_socket_is_daemon_not_reachable(tmp_path: Path) -> None:
    address = f"unix://{tmp_path}/nothing.sock"
    client = BaseDockerClient(address)
    with pytest.raises(DaemonNotReachable) as info:
        client.send(VERSION, ExpectJson(dict[str, Any]))
    assert address in str(info.value)

    async def main() -> None:
        async with AsyncBaseDockerClient(address) as aclient:
            await aclient.send(VERSION, ExpectJson(dict[str, Any]))

    with pytest.raises(DaemonNotReachable, match="nothing.sock"):
        run(main())


def test_refused_tcp_port_is_daemon_not_reachable() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    with pytest.raises(DaemonNotReachable, match=f"tcp://127.0.0.1:{port}"):
        BaseDockerClient(f"tcp://127.0.0.1:{port}", tls=False).ping()


# --------------------------------------------------------------- DOCKER_HOST


def test_parse_docker_host_defaults_and_env() -> None:
    a = parse_docker_host(None, {})
    assert (a.kind, a.socket_path, a.display) == (
        "unix",
        "/var/run/docker.sock",
        "unix:///var/run/docker.sock",
    )
    a = parse_docker_host(None, {"DOCKER_HOST": "unix:///run/user/1000/docker.sock"})
    assert a.socket_path == "/run/user/1000/docker.sock"
    assert parse_docker_host("/tmp/d.sock", {}).socket_path == "/tmp/d.sock"
    # an explicit base_url wins over the environment
    assert (
        parse_docker_host("unix:///x.sock", {"DOCKER_HOST": "tcp://h"}).kind == "unix"
    )


def test_parse_tcp_http_https() -> None:
    a = parse_docker_host("tcp://10.0.0.1", {})
    assert (a.kind, a.port, a.tls, a.base_url) == (
        "tcp",
        2375,
        False,
        "http://10.0.0.1:2375",
    )
    a = parse_docker_host("tcp://10.0.0.1", {"DOCKER_TLS_VERIFY": "1"})
    assert (a.port, a.tls, a.base_url) == (2376, True, "https://10.0.0.1:2376")
    a = parse_docker_host("tcp://h:1234/prefix/", {})
    assert a.base_url == "http://h:1234/prefix"
    assert parse_docker_host("https://h", {}).base_url == "https://h:443"
    assert parse_docker_host("http://h:80", {}).tls is False
    assert (
        parse_docker_host("tcp://h", {"DOCKER_TLS_VERIFY": "1"}, tls=False).tls is False
    )
    assert parse_docker_host("tcp://[::1]:2375", {}).base_url == "http://[::1]:2375"


def test_parse_ssh_and_refusals() -> None:
    a = parse_docker_host("ssh://me@host.example:2222", {})
    assert (a.kind, a.ssh_user, a.host, a.port, a.display) == (
        "ssh",
        "me",
        "host.example",
        2222,
        "ssh://me@host.example:2222",
    )
    assert parse_docker_host("ssh://host", {}).ssh_user is None
    for bad in ["npipe:////./pipe/docker_engine", "fd://", "ftp://x", "host:2375"]:
        with pytest.raises(ValueError):
            parse_docker_host(bad, {})


def test_docker_host_env_is_used_by_the_client(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_HOST", "tcp://example.invalid:2375")
    monkeypatch.delenv("DOCKER_TLS_VERIFY", raising=False)
    monkeypatch.delenv("DOCKER_TLS", raising=False)
    daemon = Daemon(ok_json())
    client = BaseDockerClient(transport=httpx2.MockTransport(daemon))
    client.send(VERSION, ExpectJson(dict[str, Any]))
    assert (
        str(daemon.api_requests[0].url) == "http://example.invalid:2375/v1.41/version"
    )


def _make_certs(directory: Path) -> None:
    import shutil
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    run_ = lambda *a: subprocess.run(
        a, cwd=directory, check=True, capture_output=True
    )  # noqa: E731
    ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1")
    run_("openssl", "req", "-x509", *ec, "-nodes", "-days", "2",
         "-subj", "/CN=test-ca", "-keyout", "ca-key.pem", "-out", "ca.pem")  # fmt: skip
    for name, cn in (("server", "localhost"), ("cert", "client")):
        key = "key.pem" if name == "cert" else f"{name}-key.pem"
        run_("openssl", "req", *ec, "-nodes", "-subj", f"/CN={cn}",
             "-keyout", key, "-out", f"{name}.csr")  # fmt: skip
        ext = directory / f"{name}.ext"
        ext.write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
        run_("openssl", "x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem",
             "-CAkey", "ca-key.pem", "-CAcreateserial", "-days", "2",
             "-extfile", str(ext), "-out", f"{name}.pem")  # fmt: skip


def test_tls_from_docker_cert_path_end_to_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A TLS server requiring a client certificate, reached with DOCKER_TLS_VERIFY
    + DOCKER_CERT_PATH like the docker CLI."""
    _make_certs(tmp_path)
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(tmp_path / "server.pem", tmp_path / "server-key.pem")
    server_ctx.load_verify_locations(tmp_path / "ca.pem")
    server_ctx.verify_mode = ssl.CERT_REQUIRED
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    port = listener.getsockname()[1]
    seen: list[str] = []

    def serve() -> None:
        while True:
            try:
                raw, _ = listener.accept()
            except OSError:
                return
            try:
                with server_ctx.wrap_socket(raw, server_side=True) as conn:
                    seen.append(conn.getpeercert()["subject"][0][0][1])
                    data = b""
                    while b"\r\n\r\n" not in data:
                        data += conn.recv(4096)
                    conn.sendall(
                        b"HTTP/1.1 200 OK\r\nAPI-Version: 1.41\r\nContent-Length: 2\r\n"
                        b"Connection: close\r\n\r\nOK"
                    )
            except (ssl.SSLError, OSError):
                continue

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        monkeypatch.setenv("DOCKER_HOST", f"tcp://localhost:{port}")
        monkeypatch.setenv("DOCKER_TLS_VERIFY", "1")
        monkeypatch.setenv("DOCKER_CERT_PATH", str(tmp_path))
        client = BaseDockerClient()
        assert client.address.base_url == f"https://localhost:{port}"
        assert client.ping().api_version == "1.41"
        assert seen == ["client"]

        async def async_ping() -> str | None:
            async with AsyncBaseDockerClient() as aclient:
                return (await aclient.ping()).api_version

        assert asyncio.run(async_ping()) == "1.41"
        assert seen == ["client", "client"]
        # without the CA the server certificate is refused
        bad = BaseDockerClient(
            f"tcp://localhost:{port}", tls=TLSConfig(client_cert=None)
        )
        with pytest.raises(DaemonNotReachable, match="CERTIFICATE_VERIFY_FAILED"):
            bad.ping()
    finally:
        listener.close()


def test_resolve_tls_variants(tmp_path: Path) -> None:
    plain = parse_docker_host("tcp://h", {})
    assert resolve_tls(plain, None, {}) is None
    tls_addr = parse_docker_host("tcp://h", {"DOCKER_TLS": "1"})
    ctx = resolve_tls(
        tls_addr, None, {"DOCKER_TLS": "1", "DOCKER_CERT_PATH": str(tmp_path)}
    )
    assert ctx is not None and ctx.verify_mode == ssl.CERT_NONE  # DOCKER_TLS alone
    ctx = resolve_tls(
        tls_addr, None, {"DOCKER_TLS_VERIFY": "1", "DOCKER_CERT_PATH": str(tmp_path)}
    )
    assert (
        ctx is not None and ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
    )
    given = ssl.create_default_context()
    assert resolve_tls(tls_addr, given, {}) is given


# ------------------------------------------------------------------ timeouts


def test_timeouts_default_streaming_and_custom() -> None:
    seen: list[dict[str, Any]] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request.extensions["timeout"])
        return httpx2.Response(200, json={})

    client = sync_client(Daemon(handler))
    assert client.timeout == DEFAULT_TIMEOUT
    client.send(VERSION, ExpectJson(dict[str, Any]))
    client.send(
        Request("ContainerWait", "POST", "/containers/x/wait", streaming=True),
        ExpectJson(dict[str, Any]),
    )
    assert seen[0] == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert seen[1] == {"connect": 5.0, "read": None, "write": 60.0, "pool": 60.0}
    client = sync_client(Daemon(handler), timeout=2.0)
    client.send(VERSION, ExpectJson(dict[str, Any]))
    assert seen[2] == {"connect": 2.0, "read": 2.0, "write": 2.0, "pool": 2.0}
    client = sync_client(Daemon(handler), timeout=None)
    client.send(VERSION, ExpectJson(dict[str, Any]))
    assert seen[3] == {"connect": None, "read": None, "write": None, "pool": None}
    client = sync_client(Daemon(handler), timeout=httpx2.Timeout(1.0, read=9.0))
    client.send(VERSION, ExpectJson(dict[str, Any]))
    assert seen[4]["read"] == 9.0


def test_read_timeout_is_docker_timeout() -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ReadTimeout("timed out", request=request)

    with pytest.raises(DockerTimeout):
        sync_client(Daemon(handler)).send(VERSION, ExpectJson(dict[str, Any]))


# ---------------------------------------------------------- request building


class Config(Model):
    Image: str | None = None
    Cmd: list[str] | None = None
    Labels: dict[str, str] | None = None
    Working_dir: str | None = None


def test_request_line_query_headers_and_json_body() -> None:
    daemon = Daemon(lambda r: httpx2.Response(201, json={"Id": "abc", "Warnings": []}))
    client = sync_client(daemon, user_agent="ua/1")
    config = Config(Image="busybox", Cmd=None)
    result = client.send(
        Request(
            "ContainerCreate",
            "POST",
            "/containers/create",
            query=wire.query(
                wire.q_value("name", "web"), wire.q_value("platform", None)
            ),
            headers=wire.headers(wire.h_value("X-Meta", "1")),
            body=JsonBody(config),
        ),
        ExpectJson(dict[str, Any]),
    )
    assert result["Id"] == "abc"
    (request,) = daemon.api_requests
    assert request.method == "POST"
    assert request.url.raw_path == b"/v1.41/containers/create?name=web"
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["User-Agent"] == "ua/1"
    assert request.headers["X-Meta"] == "1"
    # set-but-None fields are sent as null, never-set fields are absent
    assert json.loads(request.content) == {"Image": "busybox", "Cmd": None}


def test_percent_encoded_path_reaches_the_wire_unchanged() -> None:
    daemon = Daemon(lambda r: httpx2.Response(404, json={"message": "No such image"}))
    client = sync_client(daemon)
    with pytest.raises(NotFound):
        client.send(
            Request(
                "ImageInspect",
                "GET",
                wire.path("/images/{name}/json", name="localhost:5000/a/b:tag"),
            ),
            ExpectJson(dict[str, Any]),
        )
    assert daemon.api_requests[0].url.raw_path == (
        b"/v1.41/images/localhost%3A5000%2Fa%2Fb%3Atag/json"
    )


@pytest.mark.parametrize("charset", ["latin-1", "base64", "idna", "rot13", "no-such"])
def test_text_in_a_charset_that_is_no_text_encoding_is_read_as_utf8(charset: str) -> None:
    body = "caf\u00e9".encode("latin-1" if charset == "latin-1" else "utf-8")
    daemon = Daemon(
        lambda r: httpx2.Response(
            200, headers={"Content-Type": f"text/plain; charset={charset}"}, content=body
        )
    )
    assert sync_client(daemon).send(Request("X", "GET", "/x"), ExpectText()) == "caf\u00e9"


def test_bodies_and_content_types() -> None:
    daemon = Daemon(lambda r: httpx2.Response(200, text="ok"))
    client = sync_client(daemon)
    client.send(
        Request("X", "POST", "/x", body=JsonBody({"a": [Config(Image="i")]})),
        ExpectText(),
    )
    client.send(Request("X", "POST", "/x", body=JsonBody(None)), ExpectText())
    client.send(Request("X", "POST", "/x", body=TextBody("hi")), ExpectText())
    client.send(
        Request(
            "ImageBuild",
            "POST",
            "/build",
            headers=wire.headers(wire.h_value("Content-type", "application/x-tar")),
            body=UploadBody(b"tar", "application/octet-stream"),
        ),
        ExpectText(),
    )
    client.send(
        Request("ImageBuild", "POST", "/build", body=UploadBody(None)), ExpectText()
    )
    r = daemon.api_requests
    assert json.loads(r[0].content) == {"a": [{"Image": "i"}]}
    assert "content-type" not in r[1].headers and r[1].content == b""
    assert (r[2].headers["content-type"], r[2].content) == ("text/plain", b"hi")
    # an explicit Content-Type header wins; only one is sent
    assert r[3].headers.get_list("content-type") == ["application/x-tar"]
    assert r[3].read() == b"tar"
    assert "content-type" not in r[4].headers


def test_head_ping_headers_and_text() -> None:
    daemon = Daemon(
        lambda r: httpx2.Response(200, headers={"X-Docker-Container-Path-Stat": "e30="})
    )
    headers = sync_client(daemon).send(
        Request("ContainerArchiveInfo", "HEAD", "/containers/x/archive"),
        ExpectHeaders(),
    )
    assert headers["x-docker-container-path-stat"] == "e30="


def test_registry_auth_and_config_headers_come_from_the_docker_config(
    tmp_path: Path,
) -> None:
    config_file = tmp_path / "config.json"
    config_file.write_text(
        json.dumps(
            {
                "auths": {"127.0.0.1:5000": {"auth": base64.b64encode(b"u:p").decode()}},
                "HttpHeaders": {"X-Meta-Source": "tests"},
            }
        )
    )
    daemon = Daemon(lambda r: httpx2.Response(200, json={}))
    client = BaseDockerClient(
        transport=httpx2.MockTransport(daemon),
        docker_config=DockerConfig.load(config_file),
    )
    pull = Request("ImageCreate", "POST", "/images/create", auth_image="127.0.0.1:5000/a")
    client.send(pull, ExpectEmpty())
    explicit = (("X-Registry-Auth", "explicit"),)
    client.send(
        Request("ImagePush", "POST", "/images/x/push", headers=explicit, auth_image="x"),
        ExpectEmpty(),
    )
    client.send(Request("ImagePush", "POST", "/images/y/push", auth_image="y"), ExpectEmpty())
    client.send(Request("ImageList", "GET", "/images/json"), ExpectEmpty())
    sent = [r.headers.get("X-Registry-Auth") for r in daemon.api_requests]
    expected_auth = base64.urlsafe_b64encode(
        b'{"username":"u","password":"p","serveraddress":"127.0.0.1:5000"}'
    ).decode()
    assert sent == [expected_auth, "explicit", "e30=", None]
    assert {r.headers["X-Meta-Source"] for r in daemon.api_requests} == {"tests"}


def test_docker_config_false_reads_no_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_CONFIG", "/nonexistent-dir-for-test")
    daemon = Daemon(lambda r: httpx2.Response(200, json={}))
    client = BaseDockerClient(transport=httpx2.MockTransport(daemon), docker_config=False)
    client.send(Request("ImagePush", "POST", "/images/x/push", auth_image="x"), ExpectEmpty())
    assert client.docker_config is None
    assert daemon.api_requests[0].headers["X-Registry-Auth"] == "e30="


def test_client_is_a_context_manager_and_closes() -> None:
    with sync_client(Daemon(ok_json())) as client:
        client.send(VERSION, ExpectJson(dict[str, Any]))
    assert client._http.is_closed
    assert "unix:///fake.sock" in repr(client)


def test_concurrent_first_requests_ping_once() -> None:
    daemon = Daemon(ok_json())
    client = sync_client(daemon)
    threads = [
        threading.Thread(target=client.send, args=(VERSION, ExpectJson(dict[str, Any])))
        for _ in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert daemon.pings == 1 and len(daemon.api_requests) == 8
