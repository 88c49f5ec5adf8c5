"""The NetworkApi scenario: all 7 operations, with the 4xx answers the spec declares."""

from __future__ import annotations

import pytest

from docker_engine import BadRequest, DockerClient, Forbidden, NotFound
from docker_engine.models import (
    IPAM,
    ContainerCreateBody,
    EndpointIPAMConfig,
    EndpointSettings,
    IPAMConfig,
    NetworkConnectRequest,
    NetworkCreateRequest,
    NetworkDisconnectRequest,
)

from . import LABEL, Env, client_scenario


@client_scenario("network")
def network(docker: DockerClient, env: Env) -> None:
    """Create a bridge with a subnet and labels, list and inspect it, connect a container with a
    fixed address and disconnect it, prune (only this scenario's networks), delete; and the
    errors: predefined names (403), unknown driver and network (404), bad request (400)."""
    labels = {LABEL: env.scenario}
    name = env.object_name("net")
    created = docker.network.network_create(
        NetworkCreateRequest(
            name=name,
            driver="bridge",
            labels=labels,
            options={"com.docker.network.bridge.enable_icc": "true"},
            ipam=IPAM(config=[IPAMConfig(subnet="172.31.250.0/24", gateway="172.31.250.1")]),
        )
    )
    assert created.id is not None

    listed = docker.network.network_list(filters={"label": [f"{LABEL}={env.scenario}"]})
    assert [item.id for item in listed] == [created.id]
    assert listed[0].name == name and listed[0].driver == "bridge"

    container = docker.container.container_create(
        ContainerCreateBody(image=env.busybox, cmd=["sleep", "60"], labels=labels), name=env.object_name("member")
    )
    assert container.id is not None
    docker.container.container_start(container.id)
    docker.network.network_connect(
        name,
        NetworkConnectRequest(
            container=container.id,
            endpoint_config=EndpointSettings(ipam_config=EndpointIPAMConfig(ipv4_address="172.31.250.10"), aliases=["member"]),
        ),
    )
    inspected = docker.network.network_inspect(created.id, verbose=True)
    assert inspected.name == name and inspected.labels == labels
    assert inspected.ipam is not None and inspected.ipam.config is not None
    assert inspected.ipam.config[0].subnet == "172.31.250.0/24"
    members = inspected.containers or {}
    assert members[container.id].ipv4_address == "172.31.250.10/24"

    with pytest.raises(BadRequest):  # a fixed address needs a network with a user-configured subnet
        docker.network.network_connect(
            "bridge",
            NetworkConnectRequest(container=container.id, endpoint_config=EndpointSettings(ipam_config=EndpointIPAMConfig(ipv4_address="172.17.250.10"))),
        )
    docker.network.network_disconnect(name, NetworkDisconnectRequest(container=container.id, force=False))
    assert not docker.network.network_inspect(name).containers
    docker.container.container_delete(container.id, force=True)

    with pytest.raises(Forbidden):
        docker.network.network_create(NetworkCreateRequest(name="bridge"))
    with pytest.raises(NotFound):
        docker.network.network_create(NetworkCreateRequest(name=env.object_name("nodriver"), driver="rec-no-such-driver"))
    with pytest.raises(NotFound):
        docker.network.network_inspect(env.object_name("missing"))
    with pytest.raises(NotFound):
        docker.network.network_connect(env.object_name("missing"), NetworkConnectRequest(container=env.object_name("missing")))
    with pytest.raises(NotFound):
        docker.network.network_disconnect(name, NetworkDisconnectRequest(container=env.object_name("missing")))
    with pytest.raises(Forbidden):
        docker.network.network_delete("bridge")
    with pytest.raises(BadRequest):
        docker.network.network_list(filters={"no-such-filter": ["x"]})

    pruned = docker.network.network_prune(filters={"label": [f"{LABEL}={env.scenario}"]})
    assert pruned.networks_deleted == [name]
    with pytest.raises(NotFound):
        docker.network.network_delete(name)

    kept = docker.network.network_create(NetworkCreateRequest(name=env.object_name("deleted"), labels=labels, internal=True))
    assert kept.id is not None
    docker.network.network_delete(kept.id)
