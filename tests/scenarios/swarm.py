"""The Swarm, Node, Service, Task, Secret and Config scenario: every operation of the six APIs with a
success, and the errors the daemon really returns (503 outside a swarm or on a worker, 400, 404, 409).

It runs on a swarm Engine that is nobody else's (`swarm=True`: a second Engine 20.10, and 28.5), with the
other swarm Engine as its peer: this Engine joins the peer's swarm as a worker and leaves it, then makes
a swarm of its own, which the peer joins and leaves (unrecorded, `env.live`) so that a node can be deleted.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import pytest

from docker_engine import BadRequest, Conflict, DockerClient, Forbidden, NotFound, ServiceUnavailable
from docker_engine.models import (
    ConfigCreateBody,
    ConfigSpec,
    NetworkAttachmentConfig,
    NetworkCreateRequest,
    NodeSpec,
    SecretCreateBody,
    SecretSpec,
    ServiceCreateBody,
    ServiceSpecMode,
    ServiceSpecModeReplicated,
    ServiceUpdateBody,
    SwarmInitRequest,
    SwarmJoinRequest,
    SwarmSpec,
    SwarmSpecEncryptionConfig,
    SwarmUnlockRequest,
    TaskSpec,
    TaskSpecContainerSpec,
    TaskSpecContainerSpecConfigsItem,
    TaskSpecContainerSpecConfigsItemFile,
    TaskSpecContainerSpecSecretsItem,
    TaskSpecContainerSpecSecretsItemFile,
)

from . import LABEL, Env, client_scenario

SECRET_DATA = b"rec-secret-value\n"
CONFIG_DATA = b"rec-config-value\n"
POLLS = 120  # a live run waits up to POLLS * 0.5 s for the swarm to converge


@client_scenario("swarm", swarm=True)
def swarm(docker: DockerClient, env: Env) -> None:
    """Outside a swarm (503 everywhere); join the peer's swarm as a worker and leave it; init a swarm,
    inspect and update it; nodes (the peer joins, leaves and is deleted); secrets and configs; a
    busybox service using both, scaled up and down, its tasks and logs; autolock, a restart of the
    Engine and unlock; leave."""
    missing = env.object_name("missing")
    _outside_a_swarm(docker, missing)
    _join_the_peer(docker, env)
    node_id = _init(docker, env)
    _nodes(docker, env, node_id, missing)
    secret_id, config_id = _secrets_and_configs(docker, env, missing)
    _service(docker, env, secret_id, config_id, missing)
    _delete_secrets_and_configs(docker, secret_id, config_id, missing)
    _lock_and_unlock(docker, env)
    with pytest.raises(ServiceUnavailable):  # the last manager leaves only when forced
        docker.swarm.swarm_leave()
    docker.swarm.swarm_leave(force=True)
    with pytest.raises(ServiceUnavailable):
        docker.swarm.swarm_inspect()


def _outside_a_swarm(docker: DockerClient, missing: str) -> None:
    """Every manager operation answers 503 on an Engine in no swarm."""
    secret = SecretSpec(name=missing, data=base64.b64encode(SECRET_DATA).decode())
    calls: list[Callable[[], Any]] = [
        docker.swarm.swarm_inspect,
        docker.swarm.swarm_unlockkey,
        lambda: docker.swarm.swarm_update(1, SwarmSpec()),
        lambda: docker.swarm.swarm_unlock(SwarmUnlockRequest(unlock_key="SWMKEY-1-rec-not-a-key")),
        docker.swarm.swarm_leave,
        docker.node.node_list,
        lambda: docker.node.node_inspect(missing),
        lambda: docker.node.node_update(missing, 1, body=NodeSpec(role="worker", availability="active")),
        lambda: docker.node.node_delete(missing),
        docker.service.service_list,
        lambda: docker.service.service_create(ServiceCreateBody(name=missing, task_template=TaskSpec(container_spec=TaskSpecContainerSpec(image="rec")))),
        lambda: docker.service.service_inspect(missing),
        lambda: docker.service.service_update(missing, 1, ServiceUpdateBody(name=missing)),
        lambda: docker.service.service_delete(missing),
        lambda: docker.service.service_logs(missing, stdout=True).collect(),
        docker.task.task_list,
        lambda: docker.task.task_inspect(missing),
        lambda: docker.task.task_logs(missing, stdout=True).collect(),
        docker.secret.secret_list,
        lambda: docker.secret.secret_create(body=SecretCreateBody(name=missing, data=secret.data)),
        lambda: docker.secret.secret_inspect(missing),
        lambda: docker.secret.secret_update(missing, 1, body=secret),
        lambda: docker.secret.secret_delete(missing),
        docker.config.config_list,
        lambda: docker.config.config_create(body=ConfigCreateBody(name=missing, data=secret.data)),
        lambda: docker.config.config_inspect(missing),
        lambda: docker.config.config_update(missing, 1, body=ConfigSpec(name=missing)),
        lambda: docker.config.config_delete(missing),
    ]
    for call in calls:
        with pytest.raises(ServiceUnavailable):
            call()


def _join_the_peer(docker: DockerClient, env: Env) -> None:
    """Join the peer's swarm as a worker (its token: redacted in the cassette), where the manager
    operations answer 503, and leave it."""
    with pytest.raises(BadRequest):  # a join needs a manager to join
        docker.swarm.swarm_join(SwarmJoinRequest(listen_addr=env.swarm_addr, remote_addrs=[], join_token=env.join_token))
    join = SwarmJoinRequest(listen_addr=env.swarm_addr, advertise_addr=env.swarm_addr, remote_addrs=[env.peer_addr], join_token=env.join_token)
    docker.swarm.swarm_join(join)
    info = docker.system.system_info().swarm
    assert info is not None and info.local_node_state == "active" and not info.control_available
    assert [manager.addr for manager in info.remote_managers or []] == [env.peer_addr]
    with pytest.raises(ServiceUnavailable):  # a worker holds no cluster state
        docker.swarm.swarm_inspect()
    with pytest.raises(ServiceUnavailable):
        docker.node.node_list()
    with pytest.raises(ServiceUnavailable):  # already part of a swarm
        docker.swarm.swarm_join(join)
    docker.swarm.swarm_leave()


def _init(docker: DockerClient, env: Env) -> str:
    """Init (and the 400 of a bad request, the 503 of a second init); inspect; update the spec."""
    labels = {LABEL: env.scenario}
    with pytest.raises(BadRequest):
        docker.swarm.swarm_init(SwarmInitRequest(listen_addr=env.swarm_addr, advertise_addr=env.swarm_addr, spec=SwarmSpec(name="rec-not-default")))
    node_id = docker.swarm.swarm_init(SwarmInitRequest(listen_addr=env.swarm_addr, advertise_addr=env.swarm_addr, spec=SwarmSpec(labels=labels)))
    with pytest.raises(ServiceUnavailable):
        docker.swarm.swarm_init(SwarmInitRequest(listen_addr=env.swarm_addr, advertise_addr=env.swarm_addr))
    info = docker.system.system_info().swarm
    assert info is not None and info.node_id == node_id and info.control_available and info.node_addr == "127.0.0.1"

    inspected = docker.swarm.swarm_inspect()
    assert inspected.spec is not None and inspected.spec.name == "default" and inspected.spec.labels == labels
    assert inspected.join_tokens is not None and inspected.join_tokens.worker and inspected.join_tokens.manager
    assert inspected.version is not None and inspected.version.index is not None
    version = inspected.version.index
    assert docker.swarm.swarm_unlockkey().unlock_key == ""  # not autolocked

    updated_labels = {**labels, "rec.updated": "yes"}
    docker.swarm.swarm_update(version, inspected.spec.model_copy(update={"labels": updated_labels}), rotate_worker_token=True)
    updated = docker.swarm.swarm_inspect()
    assert updated.spec is not None and updated.spec.labels == updated_labels
    assert updated.version is not None and updated.version.index is not None and updated.version.index > version
    with pytest.raises(BadRequest):  # the spec of a swarm is always named "default"
        docker.swarm.swarm_update(updated.version.index, updated.spec.model_copy(update={"name": "rec-not-default"}))
    return node_id


def _nodes(docker: DockerClient, env: Env, node_id: str, missing: str) -> None:
    """List and inspect nodes, update this one (labels, availability), delete the peer's once it left."""
    if env.live is not None:
        env.live.join()
    nodes = docker.node.node_list()
    assert len(nodes) == 2 and node_id in [node.id for node in nodes]
    peer_id = next(node.id for node in nodes if node.id != node_id)
    assert peer_id is not None
    managers = docker.node.node_list(filters={"role": ["manager"]})
    assert [node.id for node in managers] == [node_id]

    node = docker.node.node_inspect(node_id)
    assert node.spec is not None and node.spec.role == "manager" and node.spec.availability == "active"
    assert node.manager_status is not None and node.manager_status.leader and node.manager_status.addr == env.swarm_addr
    assert node.version is not None and node.version.index is not None
    labels = {LABEL: env.scenario}
    docker.node.node_update(node_id, node.version.index, body=NodeSpec(role="manager", availability="pause", labels=labels))
    paused = docker.node.node_inspect(node_id)
    assert paused.spec is not None and paused.spec.availability == "pause" and paused.spec.labels == labels
    assert paused.version is not None and paused.version.index is not None
    docker.node.node_update(node_id, paused.version.index, body=NodeSpec(role="manager", availability="active", labels=labels))
    with pytest.raises(BadRequest):  # a node spec names its role
        docker.node.node_update(node_id, paused.version.index, body=NodeSpec())
    with pytest.raises(NotFound):
        docker.node.node_update(missing, 1, body=NodeSpec(role="worker", availability="active"))
    with pytest.raises(NotFound):
        docker.node.node_inspect(missing)
    with pytest.raises(NotFound):
        docker.node.node_delete(missing)

    if env.live is not None:
        env.live.leave()
    assert docker.node.node_inspect(peer_id).spec.role == "worker"  # type: ignore[union-attr]
    docker.node.node_delete(peer_id, force=True)
    assert [node.id for node in docker.node.node_list()] == [node_id]


def _secrets_and_configs(docker: DockerClient, env: Env, missing: str) -> tuple[str, str]:
    """Create, list, inspect and update (labels) a secret and a config; the 409 of a name in use, the
    400 of a data update."""
    labels = {LABEL: env.scenario}
    secret_name, config_name = env.object_name("secret"), env.object_name("config")
    secret_data, config_data = base64.b64encode(SECRET_DATA).decode(), base64.b64encode(CONFIG_DATA).decode()
    secret_id = docker.secret.secret_create(body=SecretCreateBody(name=secret_name, labels=labels, data=secret_data)).id
    config_id = docker.config.config_create(body=ConfigCreateBody(name=config_name, labels=labels, data=config_data)).id
    assert secret_id and config_id
    with pytest.raises(Conflict):
        docker.secret.secret_create(body=SecretCreateBody(name=secret_name, data=secret_data))
    with pytest.raises(Conflict):
        docker.config.config_create(body=ConfigCreateBody(name=config_name, data=config_data))

    assert [item.id for item in docker.secret.secret_list(filters={"label": [f"{LABEL}={env.scenario}"]})] == [secret_id]
    assert [item.id for item in docker.config.config_list(filters={"name": [config_name]})] == [config_id]
    secret = docker.secret.secret_inspect(secret_id)
    assert secret.spec is not None and secret.spec.name == secret_name and secret.spec.data is None  # never sent back
    config = docker.config.config_inspect(config_name)
    assert config.spec is not None and config.spec.data == config_data and config.id == config_id

    updated = {**labels, "rec.updated": "yes"}
    assert secret.version is not None and secret.version.index is not None
    docker.secret.secret_update(secret_id, secret.version.index, body=SecretSpec(name=secret_name, labels=updated))
    assert docker.secret.secret_inspect(secret_id).spec.labels == updated  # type: ignore[union-attr]
    assert config.version is not None and config.version.index is not None
    docker.config.config_update(config_id, config.version.index, body=ConfigSpec(name=config_name, labels=updated, data=config_data))
    config = docker.config.config_inspect(config_id)
    assert config.spec is not None and config.spec.labels == updated and config.version is not None
    assert config.version.index is not None

    secret = docker.secret.secret_inspect(secret_id)
    assert secret.version is not None and secret.version.index is not None
    other = base64.b64encode(b"rec-other").decode()
    with pytest.raises(BadRequest):  # only the labels of a secret can change
        docker.secret.secret_update(secret_id, secret.version.index, body=SecretSpec(name=secret_name, labels=updated, data=other))
    with pytest.raises(BadRequest):
        docker.config.config_update(config_id, config.version.index, body=ConfigSpec(name=config_name, labels=updated, data=other))
    with pytest.raises(NotFound):
        docker.secret.secret_update(missing, 1, body=SecretSpec(name=missing))
    with pytest.raises(NotFound):
        docker.config.config_update(missing, 1, body=ConfigSpec(name=missing))
    return secret_id, config_id


def _service_spec(env: Env, secret_id: str, config_id: str, replicas: int) -> dict[str, Any]:
    """A busybox service that prints its secret and config, then sleeps."""
    container = TaskSpecContainerSpec(
        image=env.busybox,
        command=["sh", "-c", "echo rec-started; cat /run/secrets/rec-secret /rec-config; echo rec-warned >&2; exec sleep 600"],
        labels={LABEL: env.scenario},
        secrets=[
            TaskSpecContainerSpecSecretsItem(
                secret_id=secret_id,
                secret_name=env.object_name("secret"),
                file=TaskSpecContainerSpecSecretsItemFile(name="rec-secret", uid="0", gid="0", mode=0o400),
            )
        ],
        configs=[
            TaskSpecContainerSpecConfigsItem(
                config_id=config_id,
                config_name=env.object_name("config"),
                file=TaskSpecContainerSpecConfigsItemFile(name="/rec-config", uid="0", gid="0", mode=0o444),
            )
        ],
        stop_grace_period=1_000_000_000,
    )
    return {
        "name": env.object_name("svc"),
        "labels": {LABEL: env.scenario},
        "task_template": TaskSpec(container_spec=container),
        "mode": ServiceSpecMode(replicated=ServiceSpecModeReplicated(replicas=replicas)),
    }


def _running_tasks(docker: DockerClient, env: Env, service: str, count: int) -> list[Any]:
    """Poll (on a live run) until the service has `count` running tasks and no other desired to run."""
    for _ in range(POLLS):
        tasks = docker.task.task_list(filters={"service": [service], "desired-state": ["running"]})
        if len(tasks) == count and all(task.status is not None and task.status.state == "running" for task in tasks):
            return tasks
        env.pause(0.5)
    raise AssertionError(f"{service}: not {count} running tasks after {POLLS} polls")


def _service(docker: DockerClient, env: Env, secret_id: str, config_id: str, missing: str) -> None:
    """Create a service (409 of its name, 400 of a bad spec, 403 of a local network), list and inspect it,
    its tasks and their logs, scale it to 2 and back to 1 (the version index), delete it."""
    name = env.object_name("svc")
    created = docker.service.service_create(ServiceCreateBody(**_service_spec(env, secret_id, config_id, 1)))
    service_id = created.id
    assert service_id and not created.warnings
    assert ("warnings" in created.model_fields_set) == {"20.10": False, "28.5": True}[env.engine]  # 28.5: "Warnings": null
    with pytest.raises(Conflict):
        docker.service.service_create(ServiceCreateBody(**_service_spec(env, secret_id, config_id, 1)))
    with pytest.raises(BadRequest):  # not a DNS name
        docker.service.service_create(ServiceCreateBody(name="rec not a name", task_template=TaskSpec(container_spec=TaskSpecContainerSpec(image=env.busybox))))
    with pytest.raises(BadRequest):  # no container spec
        docker.service.service_create(ServiceCreateBody(name=env.object_name("empty")))
    _local_network_refused(docker, env)

    listed = docker.service.service_list(filters={"label": [f"{LABEL}={env.scenario}"]}, status=True)
    assert [item.id for item in listed] == [service_id]
    inspected = docker.service.service_inspect(name, insert_defaults=True)
    assert inspected.id == service_id and inspected.spec is not None and inspected.spec.name == name
    assert inspected.spec.task_template is not None and inspected.spec.task_template.restart_policy is not None  # a default

    (task,) = _running_tasks(docker, env, service_id, 1)
    assert task.service_id == service_id and task.slot == 1 and task.id is not None
    # 28.5 adds the cluster volumes of a task (API 1.42), "Volumes": null, which the v1.44 Task lacks
    assert (task.model_extra or {}) == {"20.10": {}, "28.5": {"Volumes": None}}[env.engine]
    task_inspected = docker.task.task_inspect(task.id)
    assert task_inspected.id == task.id and task_inspected.desired_state == "running"
    assert task_inspected.status is not None and task_inspected.status.container_status is not None
    expected = b"rec-started\n" + SECRET_DATA + CONFIG_DATA
    for _ in range(POLLS):
        logs = docker.service.service_logs(service_id, stdout=True, stderr=True).collect()
        if logs.stdout == expected and logs.stderr == b"rec-warned\n":
            break
        env.pause(0.5)
    else:
        raise AssertionError(f"{name}: its logs never showed its start: {logs}")
    task_logs = docker.task.task_logs(task.id, stdout=True, stderr=True).collect()
    assert (task_logs.stdout, task_logs.stderr) == (expected, b"rec-warned\n")

    assert inspected.version is not None and inspected.version.index is not None
    docker.service.service_update(service_id, inspected.version.index, ServiceUpdateBody(**_service_spec(env, secret_id, config_id, 2)))
    assert len(_running_tasks(docker, env, service_id, 2)) == 2
    scaled = docker.service.service_inspect(service_id)
    assert scaled.version is not None and scaled.version.index is not None and scaled.version.index > inspected.version.index
    assert scaled.spec is not None and scaled.spec.mode is not None and scaled.spec.mode.replicated is not None
    assert scaled.spec.mode.replicated.replicas == 2
    docker.service.service_update(service_id, scaled.version.index, ServiceUpdateBody(**_service_spec(env, secret_id, config_id, 1)))
    assert len(_running_tasks(docker, env, service_id, 1)) == 1
    with pytest.raises(BadRequest):  # no container spec
        docker.service.service_update(service_id, scaled.version.index, ServiceUpdateBody(name=name))
    with pytest.raises(NotFound):
        docker.service.service_update(missing, 1, ServiceUpdateBody(**_service_spec(env, secret_id, config_id, 1)))
    with pytest.raises(BadRequest):  # a secret in use
        docker.secret.secret_delete(secret_id)

    docker.service.service_delete(service_id)
    for operation in (
        lambda: docker.service.service_inspect(service_id),
        lambda: docker.service.service_delete(service_id),
        lambda: docker.service.service_logs(missing, stdout=True).collect(),
        lambda: docker.task.task_inspect(missing),
        lambda: docker.task.task_logs(missing, stdout=True).collect(),
    ):
        with pytest.raises(NotFound):
            operation()


def _local_network_refused(docker: DockerClient, env: Env) -> None:
    """403 for a service attached to a user-defined local network (a bridge of the scenario's own): only
    swarm-scoped networks, and the predefined `bridge` and `host`, can serve services."""
    name = env.object_name("local")
    network = docker.network.network_create(NetworkCreateRequest(name=name, driver="bridge", labels={LABEL: env.scenario}))
    assert network.id is not None
    task = TaskSpec(container_spec=TaskSpecContainerSpec(image=env.busybox), networks=[NetworkAttachmentConfig(target=name)])
    with pytest.raises(Forbidden):
        docker.service.service_create(ServiceCreateBody(name=name, task_template=task))
    docker.network.network_delete(network.id)


def _delete_secrets_and_configs(docker: DockerClient, secret_id: str, config_id: str, missing: str) -> None:
    docker.secret.secret_delete(secret_id)
    docker.config.config_delete(config_id)
    for operation in (
        lambda: docker.secret.secret_inspect(secret_id),
        lambda: docker.secret.secret_delete(secret_id),
        lambda: docker.config.config_inspect(config_id),
        lambda: docker.config.config_delete(missing),
    ):
        with pytest.raises(NotFound):
            operation()


def _lock_and_unlock(docker: DockerClient, env: Env) -> None:
    """Autolock the managers; the unlock key (redacted in the cassette); the Engine, restarted, comes
    back locked (503) until unlocked with the key."""
    inspected = docker.swarm.swarm_inspect()
    assert inspected.version is not None and inspected.version.index is not None and inspected.spec is not None
    spec = inspected.spec.model_copy(update={"encryption_config": SwarmSpecEncryptionConfig(auto_lock_managers=True)})
    docker.swarm.swarm_update(inspected.version.index, spec)
    key = docker.swarm.swarm_unlockkey().unlock_key
    assert key
    with pytest.raises(Conflict):  # running managers are not locked
        docker.swarm.swarm_unlock(SwarmUnlockRequest(unlock_key=key))
    if env.live is not None:  # a second or two: the sid Engine is shared with other recordings
        env.live.restart()
    assert docker.system.system_info().swarm.local_node_state == "locked"  # type: ignore[union-attr]
    with pytest.raises(ServiceUnavailable):
        docker.swarm.swarm_inspect()
    with pytest.raises(BadRequest):
        docker.swarm.swarm_unlock(SwarmUnlockRequest(unlock_key="SWMKEY-1-rec-not-the-key"))
    docker.swarm.swarm_unlock(SwarmUnlockRequest(unlock_key=key))
    assert docker.swarm.swarm_inspect().id == inspected.id
