"""The client refuses, before sending anything, what the API version in use lacks.

Against the recorded 1.41 daemon (Engine 20.10, the cassette's ping) each call that uses a
newer parameter, body field or enum value raises UnsupportedByApiVersion and only the ping
reaches the daemon; against a new enough daemon the same call goes out; defaults never count.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx2
import pytest

from docker_engine import AsyncDockerClient, DockerClient, NotFound, UnsupportedByApiVersion
from docker_engine._runtime.transport import make_sync_transport, parse_docker_host
from docker_engine.models import ContainerCreateBody, ExecConfig, HostConfig, Mount, MountBindOptions, PortBinding, RestartPolicy

from ..daemon import cassette
from ..daemon.replay import ReplayDaemon
from ..daemon.scenario import CASSETTE_DIR
from ..support.engine import daemon_socket, docker_available

RECORDED_141 = CASSETTE_DIR / "client" / "container_exec.jsonl"  # recorded from Engine 20.10.24, API 1.41

Call = Callable[[DockerClient], Any]

# (id, call, what the error names, version needed)
NEWER: list[tuple[str, Call, str, str]] = [
    ("container_stop signal", lambda c: c.container.container_stop("web", signal="SIGINT"), "parameter 'signal'", "1.42"),
    ("HostConfig.annotations in container_create",
     lambda c: c.container.container_create(ContainerCreateBody(image="busybox", host_config=HostConfig(annotations={"a": "b"}))),
     "field body.host_config.annotations", "1.43"),
    ("image_list shared_size", lambda c: c.image.image_list(shared_size=True), "parameter 'shared_size'", "1.42"),
    ("system_data_usage type", lambda c: c.system.system_data_usage(type=["volume"]), "parameter 'type'", "1.42"),
    ("ExecConfig.console_size", lambda c: c.exec.container_exec("web", ExecConfig(cmd=["ls"], console_size=[24, 80])),
     "field exec_config.console_size", "1.42"),
    ("a field in a list of models, two levels down",
     lambda c: c.container.container_create(ContainerCreateBody(image="busybox", host_config=HostConfig(
         mounts=[Mount(type="bind", source="/a", target="/b"), Mount(type="bind", source="/c", target="/d", bind_options=MountBindOptions(create_mountpoint=True))]))),
     "field body.host_config.mounts[].bind_options.create_mountpoint", "1.42"),
    ("an enum value added later", lambda c: c.container.container_create(ContainerCreateBody(image="busybox", host_config=HostConfig(mounts=[Mount(type="cluster")]))),
     "value 'cluster' of field body.host_config.mounts[].type", "1.42"),
    ("a body given as a dict, by wire names",
     lambda c: c.container.container_create({"Image": "busybox", "HostConfig": {"Annotations": {"a": "b"}}}),  # type: ignore[arg-type]
     "field body.host_config.annotations", "1.43"),
    ("an operation added later", lambda c: c.volume.volume_update("v", 1), "the operation", "1.42"),
]

# Calls a 1.41 daemon understands: old parameters, and newer fields left unset or None.
OLD_ENOUGH: list[tuple[str, Call]] = [
    ("container_stop t", lambda c: c.container.container_stop("web", t=1)),
    ("image_list without shared_size", lambda c: c.image.image_list(all=True)),
    ("HostConfig with old fields only",
     lambda c: c.container.container_create(ContainerCreateBody(image="busybox", host_config=HostConfig(memory=1 << 20, mounts=[Mount(type="bind", source="/a", target="/b")])))),
    ("a newer field given as None", lambda c: c.container.container_create(ContainerCreateBody(image="busybox", host_config=HostConfig(annotations=None)))),
    ("HostConfig read back from a daemon", lambda c: c.container.container_create(ContainerCreateBody(image="busybox", host_config=HostConfig.model_validate({"Memory": 1, "Annotations": None})))),
]


def mock_daemon(api_version: str, sent: list[httpx2.Request]) -> httpx2.MockTransport:
    def handler(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        if request.url.path == "/_ping":
            return httpx2.Response(200, headers={"API-Version": api_version})
        return httpx2.Response(404, json={"message": "answered after the request was recorded"})

    return httpx2.MockTransport(handler)


def send(docker: DockerClient, call: Call) -> None:
    """Make the call; the mock daemon answers every request with 404."""
    with pytest.raises(NotFound):
        call(docker)


@pytest.mark.parametrize(("name", "call", "what", "needed"), NEWER, ids=[case[0] for case in NEWER])
def test_refused_before_sending_to_the_recorded_141_daemon(name: str, call: Call, what: str, needed: str) -> None:
    exchanges = len(cassette.load(RECORDED_141).exchanges)
    daemon = ReplayDaemon(RECORDED_141, strict=False)
    with daemon as socket_path:
        with DockerClient(f"unix://{socket_path}", docker_config=False) as docker:
            with pytest.raises(UnsupportedByApiVersion) as raised:
                call(docker)
        assert not daemon.mismatches
        assert len(daemon.unconsumed()) == exchanges - 1  # the ping alone was asked for
    error = raised.value
    assert (error.item, error.needed_version, error.api_version) == (what, needed, "1.41")
    assert error.message.startswith(f"{what} needs Engine API {needed}, but the daemon at unix://{socket_path} speaks API 1.41")
    assert f"use a Docker Engine whose API is {needed} or newer" in error.message
    assert error.operation and str(error).startswith(f"({error.operation}): ")


@pytest.mark.parametrize(("name", "call", "what", "needed"), NEWER, ids=[case[0] for case in NEWER])
def test_sent_unchanged_to_a_new_enough_daemon(name: str, call: Call, what: str, needed: str) -> None:
    pinned: list[httpx2.Request] = []
    with DockerClient("unix:///nowhere.sock", api_version="1.44", transport=mock_daemon("1.44", pinned), docker_config=False) as docker:
        send(docker, call)
    negotiated: list[httpx2.Request] = []
    with DockerClient("unix:///nowhere.sock", transport=mock_daemon(needed, negotiated), docker_config=False) as docker:
        send(docker, call)
    assert len(pinned) == 1 and len(negotiated) == 2  # negotiation pings first
    sent, again = pinned[0], negotiated[1]
    assert (again.method, again.url.path.replace(f"/v{needed}/", "/v1.44/"), again.url.query, again.content) == (
        sent.method, sent.url.path, sent.url.query, sent.content,
    )


@pytest.mark.parametrize(("name", "call"), OLD_ENOUGH, ids=[case[0] for case in OLD_ENOUGH])
def test_defaults_and_old_parameters_go_out_to_a_141_daemon(name: str, call: Call) -> None:
    sent: list[httpx2.Request] = []
    with DockerClient("unix:///nowhere.sock", transport=mock_daemon("1.41", sent), docker_config=False) as docker:
        send(docker, call)
    assert [r.url.path.split("/")[1] for r in sent] == ["_ping", "v1.41"]


# What the spec documented late but older daemons always accepted (spec/overlay.yaml `history`):
# (id, call, API version the client is pinned to).
DOCUMENTED_LATE: list[tuple[str, Call, str]] = [
    ("port bindings (spec: 1.35)",
     lambda c: c.container.container_create(ContainerCreateBody(image="busybox", host_config=HostConfig(
         port_bindings={"80/tcp": [PortBinding(host_ip="127.0.0.1", host_port="8080")]}))), "1.30"),
    ('restart policy "no" (spec: 1.40)',
     lambda c: c.container.container_create(ContainerCreateBody(image="busybox", host_config=HostConfig(restart_policy=RestartPolicy(name="no")))), "1.39"),
    ('restart policy "" (spec: 1.30)',
     lambda c: c.container.container_create(ContainerCreateBody(image="busybox", host_config=HostConfig(restart_policy=RestartPolicy(name="")))), "1.25"),
    ("a build, whose Content-type default is application/x-tar (spec: 1.28)", lambda c: list(c.image.image_build(input_stream=b"")), "1.27"),
]


@pytest.mark.parametrize(("name", "call", "pinned"), DOCUMENTED_LATE, ids=[case[0] for case in DOCUMENTED_LATE])
def test_what_the_spec_documented_late_goes_out_to_an_older_daemon(name: str, call: Call, pinned: str) -> None:
    sent: list[httpx2.Request] = []
    with DockerClient("unix:///nowhere.sock", api_version=pinned, transport=mock_daemon("1.44", sent), docker_config=False) as docker:
        send(docker, call)
    assert [r.url.path.split("/")[1] for r in sent] == [f"v{pinned}"]


def test_a_pinned_version_is_named_with_its_remedy() -> None:
    sent: list[httpx2.Request] = []
    with DockerClient("unix:///nowhere.sock", api_version="1.41", transport=mock_daemon("1.44", sent), docker_config=False) as docker:
        with pytest.raises(UnsupportedByApiVersion) as raised:
            docker.container.container_stop("web", signal="SIGINT")
    assert sent == []
    assert "the client is pinned to API 1.41 (api_version='1.41')" in raised.value.message
    assert "pin api_version='1.42' or newer" in raised.value.message


def test_the_async_client_refuses_the_same_way() -> None:
    sent: list[httpx2.Request] = []

    async def stop() -> None:
        async with AsyncDockerClient("unix:///nowhere.sock", transport=mock_daemon("1.41", sent), docker_config=False) as docker:
            await docker.container.container_stop("web", signal="SIGINT")

    with pytest.raises(UnsupportedByApiVersion, match="parameter 'signal' needs Engine API 1.42"):
        asyncio.run(stop())
    assert [r.url.path for r in sent] == ["/_ping"]


class _Counting(httpx2.BaseTransport):
    def __init__(self, inner: httpx2.BaseTransport) -> None:
        self.inner = inner
        self.paths: list[str] = []

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        self.paths.append(request.url.path)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def test_live_engine_container_stop_with_signal_is_refused_before_it_reaches_the_daemon() -> None:
    reason = docker_available()
    if reason:
        pytest.skip(reason)
    address = f"unix://{daemon_socket()}"
    counting = _Counting(make_sync_transport(parse_docker_host(address), None))
    with DockerClient(address, transport=counting, docker_config=False) as docker:
        if docker.api_version != "1.41":
            pytest.skip(f"the Engine here speaks API {docker.api_version}; this test needs one older than 1.42")
        with pytest.raises(UnsupportedByApiVersion, match="parameter 'signal' needs Engine API 1.42"):
            docker.container.container_stop("version-helper-no-such-container", signal="SIGINT")
        assert counting.paths == ["/_ping"]
        with pytest.raises(NotFound):  # without the signal, the call does reach the daemon
            docker.container.container_stop("version-helper-no-such-container")
        assert counting.paths == ["/_ping", "/v1.41/containers/version-helper-no-such-container/stop"]
