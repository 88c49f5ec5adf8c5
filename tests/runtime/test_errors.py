"""errors.py: status mapping, messages, version errors, no credentials."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest

from docker_engine._runtime import encoding as wire
from docker_engine._runtime import errors as E
from docker_engine._runtime.request import JsonBody, Request
from docker_engine._runtime.responses import ExpectEmpty, ExpectJson
from tests.runtime._helpers import Daemon, sync_client


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (304, E.NotModified),
        (400, E.BadRequest),
        (401, E.Unauthorized),
        (403, E.Forbidden),
        (404, E.NotFound),
        (409, E.Conflict),
        (500, E.ServerError),
        (501, E.ServerError),
        (503, E.ServiceUnavailable),
        (418, E.DockerError),
    ],
)
def test_status_mapping(status: int, cls: type[E.DockerError]) -> None:
    assert E.error_class_for_status(status) is cls
    err = E.error_from_response(status, {}, b'{"message":"boom"}', "Op")
    assert type(err) is cls
    assert (err.status, err.message, err.operation) == (status, "boom", "Op")


def test_hierarchy() -> None:
    assert issubclass(E.ServiceUnavailable, E.ServerError)
    for cls in (
        E.NotFound,
        E.DaemonNotReachable,
        E.ApiVersionError,
        E.StreamError,
        E.StreamTruncated,
        E.ProtocolError,
        E.DockerTimeout,
    ):
        assert issubclass(cls, E.DockerError)


def test_message_sources() -> None:
    assert E.error_from_response(500, {}, b"plain text\n", None).message == "plain text"
    assert E.error_from_response(500, {}, b"", None, "Internal").message == "Internal"
    assert E.error_from_response(404, {}, b'{"nomessage":1}', None).message == (
        '{"nomessage":1}'
    )
    err = E.error_from_response(404, {"API-Version": "1.41"}, b'{"message":"x"}', "Op")
    assert str(err) == "404 (Op): x"
    assert err.response_headers == {"API-Version": "1.41"}
    assert "NotFound" in repr(err)


def test_version_errors_name_both_versions_and_the_fix() -> None:
    err = E.error_from_response(
        400,
        {},
        b'{"message":"client version 1.44 is too new. Maximum supported API'
        b' version is 1.41"}',
        "SystemVersion",
    )
    assert isinstance(err, E.ApiVersionError)
    assert (err.client_version, err.daemon_version) == ("1.44", "1.41")
    assert "1.44" in str(err) and "1.41" in str(err) and "api_version" in str(err)
    old = E.error_from_response(
        400,
        {},
        b"client version 1.11 is too old. Minimum supported API version is 1.12,"
        b" please upgrade your client to a newer version",
        None,
    )
    assert isinstance(old, E.ApiVersionError)
    assert old.daemon_version == "1.12"


def test_stream_error_fields() -> None:
    err = E.StreamError("denied", 401, operation="ImagePush")
    assert (err.message, err.code, err.status, err.operation) == (
        "denied",
        401,
        None,
        "ImagePush",
    )


def test_errors_and_reprs_never_contain_credentials() -> None:
    secret = "c2VjcmV0LXBhc3N3b3Jk"

    def handler(request: httpx2.Request) -> httpx2.Response:
        assert request.headers["X-Registry-Auth"] == secret
        return httpx2.Response(
            401, json={"message": "unauthorized: authentication required"}
        )

    client = sync_client(Daemon(handler))
    request = Request(
        "ImagePush",
        "POST",
        wire.path("/images/{name}/push", name="reg/x"),
        headers=wire.headers(
            wire.h_value("X-Registry-Auth", secret),
            wire.h_value("X-Registry-Config", secret + "cfg"),
        ),
        body=JsonBody({}),
    )
    assert secret not in repr(request)
    with pytest.raises(E.Unauthorized) as info:
        client.send(request, ExpectEmpty())
    err = info.value
    text = " ".join([str(err), repr(err), repr(err.args), repr(err.__dict__)])
    assert secret not in text
    assert err.operation == "ImagePush"


def test_304_is_success_for_empty_results_and_an_error_otherwise() -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(304)

    client = sync_client(Daemon(handler))
    start = Request("ContainerStart", "POST", "/containers/x/start")
    assert client.send(start, ExpectEmpty()) is None
    with pytest.raises(E.NotModified):
        client.send(start, ExpectEmpty(not_modified_ok=False))
    with pytest.raises(E.NotModified):
        client.send(start, ExpectJson(dict[str, Any]))


def test_redirects_are_never_followed() -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(301, headers={"Location": "/v1.41/containers/x/kill"})

    daemon = Daemon(handler)
    client = sync_client(daemon)
    with pytest.raises(E.ProtocolError) as info:
        client.send(Request("ImageTag", "POST", "/images/a/tag"), ExpectEmpty())
    assert info.value.status == 301
    assert [r.url.path for r in daemon.api_requests] == ["/v1.41/images/a/tag"]
