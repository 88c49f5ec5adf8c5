"""The SystemApi and DistributionApi scenarios: ping (GET and HEAD), version, info, data usage,
events bounded by since/until, auth against the local registry, distribution inspect."""

from __future__ import annotations

import datetime
import re

import pytest

from docker_engine import BadRequest, DockerClient, NotFound, ServerError
from docker_engine.models import AuthConfig, VolumeCreateOptions

from . import LABEL, REGISTRY_CREDENTIALS, Env, client_scenario

_RFC3339 = re.compile(r"(?P<seconds>[^.]+?)(?:\.(?P<fraction>\d+))?(?P<zone>Z|[+-]\d\d:\d\d)")


def unix_time(rfc3339: str) -> str:
    """The daemon's RFC 3339 time (nanoseconds) as the `seconds.nanoseconds` that /events takes:
    bounds taken from the daemon's own clock replay as recorded."""
    parts = _RFC3339.fullmatch(rfc3339)
    assert parts is not None, rfc3339
    zone = "+00:00" if parts["zone"] == "Z" else parts["zone"]
    seconds = int(datetime.datetime.fromisoformat(parts["seconds"] + zone).timestamp())
    return f"{seconds}.{(parts['fraction'] or '').ljust(9, '0')}"


@client_scenario("system")
def system(docker: DockerClient, env: Env) -> None:
    """Ping (GET and HEAD agree on the API version), version, info, data usage; the events of a
    volume created and removed between two readings of the daemon's clock (a closed window, so
    the stream ends); an inverted window (400)."""
    assert docker.system.system_ping() == "OK"
    headers = docker.system.system_ping_head()
    version = docker.system.system_version()
    assert headers["Api-Version"] == version.api_version
    assert version.os == "linux" and version.min_api_version is not None
    assert any(component.name == "Engine" for component in version.components or [])

    info = docker.system.system_info()
    assert info.server_version == version.version and info.system_time is not None
    assert info.images is not None and info.images >= 1

    usage = docker.system.system_data_usage()
    assert env.busybox_id in {image.id for image in usage.images or []}
    assert usage.layers_size is not None and usage.layers_size > 0

    name = env.object_name("evented")
    docker.volume.volume_create(VolumeCreateOptions(name=name, labels={LABEL: env.scenario}))
    docker.volume.volume_delete(name)
    after = docker.system.system_info().system_time
    assert after is not None
    since, until = unix_time(info.system_time), unix_time(after)
    events = list(docker.system.system_events(since=since, until=until, filters={"type": ["volume"], "volume": [name]}))
    assert [(event.type, event.action) for event in events] == [("volume", "create"), ("volume", "destroy")]
    assert all(event.actor is not None and event.actor.id == name for event in events)
    assert all(event.time_nano is not None and event.time is not None for event in events)

    with pytest.raises(BadRequest):
        list(docker.system.system_events(since=until, until=since))


@client_scenario("auth_distribution", needs_registry=True)
def auth_distribution(docker: DockerClient, env: Env) -> None:
    """Log in to the local registry (it asks for no credentials) with and without credentials;
    to an address where no registry listens (the daemon's error); push an image and inspect it
    through the distribution endpoint; inspect a repository never pushed."""
    with_credentials = docker.system.system_auth(auth_config=AuthConfig(username="rec-user", password="rec-password", serveraddress=env.registry))
    assert with_credentials.status == "Login Succeeded"
    without = docker.system.system_auth(auth_config=AuthConfig(serveraddress=env.registry))
    assert without.status == "Login Succeeded"
    with pytest.raises(ServerError) as unreachable:  # the spec declares only 401
        docker.system.system_auth(auth_config=AuthConfig(username="rec-user", password="rec-password", serveraddress="127.0.0.1:9"))
    assert "connection refused" in unreachable.value.message

    remote = f"{env.registry}/{env.object_name('pushed')}"
    docker.image.image_tag(env.busybox, repo=remote, tag="v1")
    pushed = docker.image.image_push(remote, tag="v1").wait()
    inspected = docker.distribution.distribution_inspect(f"{remote}:v1")
    assert inspected.descriptor is not None and inspected.descriptor.digest == pushed.digest
    assert inspected.descriptor.media_type == "application/vnd.docker.distribution.manifest.v2+json"
    assert any(platform.architecture and platform.os == "linux" for platform in inspected.platforms or [])

    with pytest.raises(NotFound):  # the spec declares 401: Engines 20.10 and 28.5 answer 404
        docker.distribution.distribution_inspect(f"{env.registry}/{env.object_name('never-pushed')}:v1")


@client_scenario("registry_login", registry_login=True)
def registry_login(docker: DockerClient, env: Env) -> None:
    """A registry that asks for a login: log in (200), with a wrong password and with none (the
    daemon's 500: the spec declares 401); push with credentials; inspect through the distribution
    endpoint without them (the daemon's 500 again)."""
    user, password = REGISTRY_CREDENTIALS
    assert docker.system.system_auth(auth_config=AuthConfig(username=user, password=password, serveraddress=env.registry)).status == "Login Succeeded"
    with pytest.raises(ServerError) as refused:
        docker.system.system_auth(auth_config=AuthConfig(username=user, password="rec-wrong-password", serveraddress=env.registry))
    assert "401 Unauthorized" in refused.value.message
    with pytest.raises(ServerError) as anonymous:
        docker.system.system_auth(auth_config=AuthConfig(serveraddress=env.registry))
    assert "no basic auth credentials" in anonymous.value.message

    remote = f"{env.registry}/{env.object_name('private')}"
    docker.image.image_tag(env.busybox, repo=remote, tag="v1")
    credentials = {"username": user, "password": password, "serveraddress": env.registry}
    pushed = docker.image.image_push(remote, tag="v1", x_registry_auth=credentials).wait()
    assert pushed.digest is not None and pushed.digest.startswith("sha256:")
    with pytest.raises(ServerError) as unauthenticated:  # the spec declares 401
        docker.distribution.distribution_inspect(f"{remote}:v1")
    assert "no basic auth credentials" in unauthenticated.value.message


@client_scenario("session")
def session(docker: DockerClient, env: Env) -> None:
    """POST /session upgraded to h2c: the daemon, the gRPC client of a session, opens HTTP/2 on
    the connection with its preface; a second session under the same id (none given: "")
    while the first is open is refused (400)."""
    with docker.session.session() as first:
        opening = first.read_frame()
        assert opening is not None and opening.data.startswith(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")
        with pytest.raises(BadRequest, match="already exists"):
            docker.session.session()
