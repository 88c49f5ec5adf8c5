"""The VolumeApi scenario: create/inspect/list/prune/delete with the 4xx answers the spec declares;
update (`PUT /volumes/{name}`) only as refused: it is for swarm cluster volumes."""

from __future__ import annotations

import pytest

from docker_engine import BadRequest, Conflict, DockerClient, DockerError, NotFound, ServerError, ServiceUnavailable, UnsupportedByApiVersion
from docker_engine.models import (
    ClusterVolumeSpec,
    ClusterVolumeSpecAccessMode,
    ContainerCreateBody,
    HostConfig,
    SwarmInitRequest,
    VolumeCreateOptions,
    VolumeUpdateBody,
)

from . import LABEL, Env, client_scenario


@client_scenario("volume")
def volume(docker: DockerClient, env: Env) -> None:
    """Create a named volume with labels and driver options, inspect, list by label, delete it
    while a container uses it (409), delete; a missing volume (404), an invalid filter (400);
    prune an anonymous and an unused named volume (only this scenario's: the Engines differ)."""
    labels = {LABEL: env.scenario}
    name = env.object_name("data")
    created = docker.volume.volume_create(VolumeCreateOptions(name=name, driver="local", labels=labels, driver_opts={"type": "tmpfs", "device": "tmpfs", "o": "size=1m"}))
    assert created.name == name and created.driver == "local" and created.labels == labels
    assert created.options == {"type": "tmpfs", "device": "tmpfs", "o": "size=1m"}

    inspected = docker.volume.volume_inspect(name)
    assert inspected.mountpoint == created.mountpoint and inspected.scope == "local"

    listed = docker.volume.volume_list(filters={"label": [f"{LABEL}={env.scenario}"]})
    assert [item.name for item in listed.volumes or []] == [name]
    assert listed.warnings in (None, [])

    user = docker.container.container_create(
        ContainerCreateBody(image=env.busybox, cmd=["true"], labels=labels, host_config=HostConfig(binds=[f"{name}:/data"])),
        name=env.object_name("user"),
    )
    assert user.id is not None
    with pytest.raises(Conflict) as in_use:
        docker.volume.volume_delete(name)
    assert "in use" in in_use.value.message
    docker.container.container_delete(user.id)

    # updating is for swarm cluster volumes (API 1.42): at API 1.41 (Engine 20.10) the client refuses it
    # without sending a request; 26.1 and 28.5 refuse it outside a swarm
    with pytest.raises(DockerError) as update:
        docker.volume.volume_update(name, 1, body=VolumeUpdateBody(spec=ClusterVolumeSpec(access_mode=ClusterVolumeSpecAccessMode(availability="active"))))
    refused = {"20.10": (UnsupportedByApiVersion, None), "26.1": (ServiceUnavailable, 503), "28.5": (ServiceUnavailable, 503)}[env.engine]
    assert (type(update.value), update.value.status) == refused

    docker.volume.volume_delete(name, force=False)
    with pytest.raises(NotFound):
        docker.volume.volume_inspect(name)
    with pytest.raises(NotFound):
        docker.volume.volume_delete(name)
    with pytest.raises(BadRequest):
        docker.volume.volume_list(filters={"no-such-filter": ["x"]})

    anonymous = docker.volume.volume_create(VolumeCreateOptions(labels=labels))
    assert anonymous.name and anonymous.name != name
    unused = docker.volume.volume_create(VolumeCreateOptions(name=env.object_name("unused"), labels=labels)).name
    pruned = docker.volume.volume_prune(filters={"label": [f"{LABEL}={env.scenario}"]})
    assert anonymous.name in (pruned.volumes_deleted or [])
    assert pruned.space_reclaimed is not None and pruned.space_reclaimed >= 0
    # API 1.42 changed the default: only anonymous volumes are pruned unless the filter says all=true
    named_pruned = unused in (pruned.volumes_deleted or [])
    assert named_pruned == {"20.10": True, "26.1": False, "28.5": False}[env.engine]
    if not named_pruned:
        docker.volume.volume_delete(unused)


@client_scenario("volume_cluster")
def volume_cluster(docker: DockerClient, env: Env) -> None:
    """Cluster volumes (API 1.42) on a single-node swarm, made and left by the scenario: create
    one (its driver need not exist: the swarm stores the volume and waits for a CSI plugin),
    update its availability by swarm id and version, an unknown volume (404) and a stale
    version (500); at API 1.41 (Engine 20.10) the client refuses the update unsent."""
    if env.engine == "20.10":
        with pytest.raises(UnsupportedByApiVersion):
            docker.volume.volume_update(env.object_name("cluster"), 1, body=VolumeUpdateBody(spec=ClusterVolumeSpec()))
        return
    # a swarm of each Engine listens on a port of its own (and not on the swarm scenarios' ports)
    listen = {"26.1": "127.0.0.1:23981", "28.5": "127.0.0.1:23982"}[env.engine]
    docker.swarm.swarm_init(SwarmInitRequest(listen_addr=listen, advertise_addr="127.0.0.1"))
    try:
        name = env.object_name("cluster")
        access = ClusterVolumeSpecAccessMode(scope="single", sharing="none", mount_volume={})
        created = docker.volume.volume_create(VolumeCreateOptions(name=name, driver="rec-no-csi-plugin", cluster_volume_spec=ClusterVolumeSpec(access_mode=access)))
        cluster = created.cluster_volume
        assert cluster is not None and cluster.id and cluster.version is not None and cluster.version.index is not None
        assert created.scope == "global" and created.driver == "rec-no-csi-plugin"

        docker.volume.volume_update(cluster.id, cluster.version.index, body=VolumeUpdateBody(spec=ClusterVolumeSpec(access_mode=access, availability="pause")))
        updated = docker.volume.volume_inspect(name).cluster_volume
        assert updated is not None and updated.spec is not None and updated.version is not None
        assert updated.spec.availability == "pause" and (updated.version.index or 0) > cluster.version.index

        with pytest.raises(NotFound):
            docker.volume.volume_update(env.object_name("missing"), updated.version.index or 0, body=VolumeUpdateBody(spec=ClusterVolumeSpec(access_mode=access)))
        with pytest.raises(ServerError, match="out of sequence"):
            docker.volume.volume_update(cluster.id, cluster.version.index, body=VolumeUpdateBody(spec=ClusterVolumeSpec(access_mode=access, availability="drain")))
        docker.volume.volume_delete(name, force=True)
    finally:
        docker.swarm.swarm_leave(force=True)
