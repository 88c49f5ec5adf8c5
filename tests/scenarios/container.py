"""Container and exec scenarios: hijacked streams (stdout/stderr frames, stdin), log frames,
exit codes."""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from typing import Any

import pytest

from docker_engine import BadRequest, Conflict, DockerClient, DockerError, NotFound
from docker_engine.models import ContainerCreateBody, ContainerUpdateBody, ExecConfig, ExecStartConfig, HostConfig, PortBinding, RestartPolicy

from . import LABEL, Env, client_scenario, tar_members, tar_of


@client_scenario("container_exec")
def container_exec(docker: DockerClient, env: Env) -> None:
    """Run a container; exec with separate stdout and stderr and an exit code; exec reading
    stdin; the container's multiplexed logs; kill, wait and delete."""
    created = docker.container.container_create(
        ContainerCreateBody(image=env.busybox, cmd=["sh", "-c", "echo started; echo warned >&2; exec sleep 60"], labels={LABEL: env.scenario})
    )
    assert created.id is not None
    docker.container.container_start(created.id)

    exec_id = docker.exec.container_exec(
        created.id, ExecConfig(cmd=["sh", "-c", "echo out; echo err >&2; exit 7"], attach_stdout=True, attach_stderr=True)
    ).id
    assert exec_id is not None
    with docker.exec.exec_start(exec_id, exec_start_config=ExecStartConfig(detach=False, tty=False)) as session:
        output = session.collect()
        assert (output.stdout, output.stderr) == (b"out\n", b"err\n")
        assert session.exit_code() == 7

    echo_id = docker.exec.container_exec(created.id, ExecConfig(cmd=["cat"], attach_stdin=True, attach_stdout=True)).id
    assert echo_id is not None
    with docker.exec.exec_start(echo_id, exec_start_config=ExecStartConfig(detach=False, tty=False)) as session:
        session.write(b"through stdin\n")
        session.close_write()
        assert session.collect().stdout == b"through stdin\n"

    logs = docker.container.container_logs(created.id, stdout=True, stderr=True).collect()
    assert (logs.stdout, logs.stderr) == (b"started\n", b"warned\n")

    docker.container.container_kill(created.id)
    waited = docker.container.container_wait(created.id)
    assert waited.status_code == 137
    docker.container.container_delete(created.id)


@client_scenario("container_lifecycle")
def container_lifecycle(docker: DockerClient, env: Env) -> None:
    """Create with a host config and a tty, list, start, top, stats (one-shot and streamed), resize, pause and
    unpause, update, rename, restart, stop, kill, wait, prune, delete; and the errors the daemon
    returns for each: a missing container (404), a name in use or a stopped container (409), a
    bad host config or filter (400)."""
    labels = {LABEL: env.scenario}
    name = env.object_name("box")
    host_config = HostConfig(
        memory=64 * 1024 * 1024,
        cpu_shares=512,
        restart_policy=RestartPolicy(name="on-failure", maximum_retry_count=2),
        cap_drop=["NET_RAW"],
        extra_hosts=["rec-host:10.1.2.3"],
    )
    body = ContainerCreateBody(
        image=env.busybox, cmd=["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"], tty=True, labels=labels, host_config=host_config
    )
    created = docker.container.container_create(body, name=name)
    assert created.id is not None and created.warnings == []
    cid = created.id
    with pytest.raises(Conflict):
        docker.container.container_create(body, name=name)
    with pytest.raises(NotFound):
        docker.container.container_create(ContainerCreateBody(image=env.name("missing:1"), labels=labels))
    with pytest.raises(BadRequest) as bad_policy:
        docker.container.container_create(ContainerCreateBody(image=env.busybox, labels=labels, host_config=HostConfig(restart_policy=RestartPolicy(name="rec-bogus"))))  # type: ignore[arg-type]  # refused on purpose
    assert "invalid restart policy" in bad_policy.value.message

    listed = docker.container.container_list(all=True, filters={"label": [f"{LABEL}={env.scenario}"]})
    assert [(item.id, item.names, item.state) for item in listed] == [(cid, [f"/{name}"], "created")]
    with pytest.raises(BadRequest):
        docker.container.container_list(filters={"no-such-filter": ["x"]})

    docker.container.container_start(cid)
    inspected = docker.container.container_inspect(cid)
    assert inspected.state is not None and inspected.state.running is True
    assert inspected.host_config is not None and inspected.host_config.memory == 64 * 1024 * 1024
    assert inspected.host_config.extra_hosts == ["rec-host:10.1.2.3"]

    top = docker.container.container_top(cid, ps_args="-o pid,comm")
    assert top.titles == ["PID", "COMMAND"] and any(process[1] == "sh" for process in top.processes or [])
    stats = docker.container.container_stats(cid, stream=False, one_shot=True)  # one typed sample
    assert stats.memory_stats is not None and stats.cpu_stats is not None
    assert stats.id == {"20.10": cid, "26.1": None, "28.5": None}[env.engine]  # newer Engines no longer name the container
    with docker.container.container_stats(cid, stream=True) as streamed:  # one sample a second, until closed
        samples = iter(streamed)
        first, second = next(samples), next(samples)
    assert first.read is not None and second.read is not None and first.read < second.read
    assert second.precpu_stats == first.cpu_stats
    docker.container.container_resize(cid, h=40, w=120)

    docker.container.container_pause(cid)
    assert docker.container.container_inspect(cid).state.paused is True  # type: ignore[union-attr]
    with pytest.raises(Conflict):  # already paused
        docker.container.container_pause(cid)
    docker.container.container_unpause(cid)

    updated = docker.container.container_update(cid, ContainerUpdateBody(memory=96 * 1024 * 1024, memory_swap=-1, restart_policy=RestartPolicy(name="unless-stopped")))
    assert updated.warnings in (None, [])
    after = docker.container.container_inspect(cid).host_config
    assert after is not None and after.memory == 96 * 1024 * 1024 and after.restart_policy.name == "unless-stopped"  # type: ignore[union-attr]

    renamed = env.object_name("renamed")
    docker.container.container_rename(cid, name=renamed)
    other = docker.container.container_create(ContainerCreateBody(image=env.busybox, cmd=["true"], labels=labels), name=env.object_name("other"))
    with pytest.raises(Conflict):
        docker.container.container_rename(cid, name=env.object_name("other"))
    assert other.id is not None
    if env.engine == "20.10":  # an unknown condition is taken as not-running (the spec declares 400)
        assert docker.container.container_wait(other.id, condition="rec-bogus").status_code == 0  # type: ignore[arg-type]
    else:
        with pytest.raises(BadRequest):
            docker.container.container_wait(other.id, condition="rec-bogus")  # type: ignore[arg-type]

    docker.container.container_restart(renamed, t=1)
    docker.container.container_stop(renamed, t=1)
    stopped = docker.container.container_inspect(renamed).state
    assert stopped is not None and stopped.running is False and stopped.exit_code == 0
    with pytest.raises(Conflict):  # not running
        docker.container.container_kill(cid)
    docker.container.container_start(cid)
    with pytest.raises(Conflict):  # running: only a forced delete removes it
        docker.container.container_delete(cid)
    docker.container.container_kill(cid, signal="SIGKILL")
    assert docker.container.container_wait(cid, condition="not-running").status_code == 137

    docker.container.container_delete(cid)
    pruned = docker.container.container_prune(filters={"label": [f"{LABEL}={env.scenario}"]})
    assert pruned.containers_deleted == [other.id]

    missing = env.object_name("missing")
    for operation in (
        lambda: docker.container.container_inspect(missing),
        lambda: docker.container.container_start(missing),
        lambda: docker.container.container_stop(missing),
        lambda: docker.container.container_restart(missing),
        lambda: docker.container.container_kill(missing),
        lambda: docker.container.container_pause(missing),
        lambda: docker.container.container_unpause(missing),
        lambda: docker.container.container_rename(missing, name=env.object_name("never")),
        lambda: docker.container.container_update(missing, ContainerUpdateBody(cpu_shares=512)),
        lambda: docker.container.container_resize(missing, h=1, w=1),
        lambda: docker.container.container_top(missing),
        lambda: docker.container.container_stats(missing, stream=False),
        lambda: docker.container.container_wait(missing),
        lambda: docker.container.container_delete(missing),
    ):
        with pytest.raises(NotFound):
            operation()


def _path_stat(headers: Mapping[str, str]) -> dict[str, Any]:
    """The archive endpoints describe the path in a base64 JSON header."""
    return dict(json.loads(base64.b64decode(headers["X-Docker-Container-Path-Stat"])))


@client_scenario("container_files")
def container_files(docker: DockerClient, env: Env) -> None:
    """On a container of a tiny imported image (never started, so its export stays small): put an
    archive, stat it (HEAD), get it back, list the changes, export the filesystem; the errors of
    each: missing paths and containers (404), an empty path (400), a read-only root (the spec's
    403), extracting into a file."""
    labels = {LABEL: env.scenario}
    image = env.object_name("tiny")
    docker.image.image_create(from_src="-", repo=image, tag="1", input_image=tar_of({"etc/motd": "tiny\n", "tmp/.keep": ""})).wait()
    cid = docker.container.container_create(ContainerCreateBody(image=f"{image}:1", cmd=["/none"], labels=labels), name=env.object_name("files")).id
    assert cid is not None

    docker.container.put_container_archive(cid, "/tmp", tar_of({"greeting.txt": "hello\n", "sub/inner.txt": "inner\n"}))
    stat = _path_stat(docker.container.container_archive_info(cid, "/tmp/greeting.txt"))
    assert (stat["name"], stat["size"]) == ("greeting.txt", 6)
    with docker.container.container_archive(cid, "/tmp/sub") as archive:
        fetched = archive.read()
    assert tar_members(fetched)["sub/inner.txt"] == b"inner\n"

    changes = {(change.path, change.kind) for change in docker.container.container_changes(cid)}
    assert ("/tmp/greeting.txt", 1) in changes and ("/tmp", 0) in changes
    with docker.container.container_export(cid) as export:
        members = tar_members(export.read())
    assert members["etc/motd"] == b"tiny\n" and members["tmp/greeting.txt"] == b"hello\n"

    with pytest.raises(NotFound):
        docker.container.container_archive_info(cid, "/rec-missing")
    with pytest.raises(NotFound):
        docker.container.container_archive(cid, "/rec-missing").read()
    with pytest.raises(NotFound):
        docker.container.put_container_archive(cid, "/rec-missing", tar_of({"x": "x"}))
    with pytest.raises(BadRequest):
        docker.container.container_archive_info(cid, "")
    with pytest.raises(DockerError) as not_a_directory:
        docker.container.put_container_archive(cid, "/etc/motd", tar_of({"x": "x"}))
    assert "not a directory" in not_a_directory.value.message
    assert not_a_directory.value.status == {"20.10": 500, "26.1": 500, "28.5": 400}[env.engine]
    read_only = docker.container.container_create(
        ContainerCreateBody(image=f"{image}:1", cmd=["/none"], labels=labels, host_config=HostConfig(readonly_rootfs=True)), name=env.object_name("read-only")
    ).id
    assert read_only is not None
    with pytest.raises(DockerError) as refused:
        docker.container.put_container_archive(read_only, "/tmp", tar_of({"x": "x"}))
    assert "read-only" in refused.value.message
    assert refused.value.status == {"20.10": 500, "26.1": 500, "28.5": 400}[env.engine]  # the spec declares 403

    for operation in (
        lambda: docker.container.container_changes(env.object_name("missing")),
        lambda: docker.container.container_export(env.object_name("missing")).read(),
        lambda: docker.container.container_archive_info(env.object_name("missing"), "/tmp"),
    ):
        with pytest.raises(NotFound):
            operation()
    docker.container.container_delete(read_only)
    docker.container.container_delete(cid, v=True)
    docker.image.image_delete(f"{image}:1")


@client_scenario("container_mounts_ports")
def container_mounts_ports(docker: DockerClient, env: Env) -> None:
    """A container with a named volume mounted and a port published on 127.0.0.1 (a port the
    daemon picks): inspect and list show the mount and the binding as typed values."""
    labels = {LABEL: env.scenario}
    volume = env.object_name("mounted")
    # PortMap is a map of `port/proto` to bindings; an empty HostPort lets the daemon pick the port
    host_config = HostConfig(binds=[f"{volume}:/data:ro"], port_bindings={"8080/tcp": [PortBinding(host_ip="127.0.0.1", host_port="")]})
    cid = docker.container.container_create(
        ContainerCreateBody(image=env.busybox, cmd=["sleep", "30"], exposed_ports={"8080/tcp": {}}, labels=labels, host_config=host_config),
        name=env.object_name("published"),
    ).id
    docker.container.container_start(cid)
    # every request first, the checks last: a failing check still leaves nothing behind
    inspected = docker.container.container_inspect(cid)
    listed = docker.container.container_list(filters={"label": [f"{LABEL}={env.scenario}"]})
    docker.container.container_delete(cid, force=True, v=True)
    docker.volume.volume_delete(volume)
    mounts = inspected.mounts or []
    assert [(mount.type, mount.name, mount.destination, mount.rw) for mount in mounts] == [("volume", volume, "/data", False)]
    assert [mount.type for mount in listed[0].mounts or []] == ["volume"]
    assert inspected.network_settings is not None and inspected.network_settings.ports is not None
    [binding] = inspected.network_settings.ports["8080/tcp"] or []
    assert isinstance(binding, PortBinding) and binding.host_ip == "127.0.0.1"
    assert binding.host_port is not None and int(binding.host_port) > 0


@client_scenario("exec_attach_errors")
def exec_attach_errors(docker: DockerClient, env: Env) -> None:
    """The 4xx answers of exec, attach and logs: an exec created in, or started in, a paused
    container (409); attach with invalid detach keys (400); an exec instance gone with its
    container's exit, and a missing container (404)."""
    cid = docker.container.container_create(
        ContainerCreateBody(image=env.busybox, cmd=["sleep", "60"], labels={LABEL: env.scenario}), name=env.object_name("paused")
    ).id
    assert cid is not None
    docker.container.container_start(cid)
    pending = docker.exec.container_exec(cid, ExecConfig(cmd=["true"])).id
    assert pending is not None
    docker.container.container_pause(cid)
    with pytest.raises(Conflict) as paused:
        docker.exec.container_exec(cid, ExecConfig(cmd=["true"]))
    assert "paused" in paused.value.message
    with pytest.raises(Conflict):
        docker.exec.exec_start(pending, exec_start_config=ExecStartConfig(detach=True))
    docker.container.container_unpause(cid)
    with pytest.raises(BadRequest) as detach_keys:
        docker.container.container_attach(cid, stream=True, stdout=True, detach_keys="rec-bogus")
    assert "detach keys" in detach_keys.value.message.lower()

    docker.container.container_kill(cid)
    assert docker.container.container_wait(cid).status_code == 137
    with pytest.raises(NotFound):  # an Engine forgets the execs of a container that exited
        docker.exec.exec_inspect(pending)
    with pytest.raises(NotFound):
        docker.exec.exec_start(pending, exec_start_config=ExecStartConfig(detach=True))
    with pytest.raises(NotFound):
        docker.exec.exec_resize(pending, h=10, w=10)
    docker.container.container_delete(cid)

    missing = env.object_name("missing")
    with pytest.raises(NotFound):
        docker.exec.container_exec(missing, ExecConfig(cmd=["true"]))
    with pytest.raises(NotFound):
        docker.container.container_attach(missing, stream=True, stdout=True)
    with pytest.raises(NotFound):  # no stream selectors: the 404 does not depend on them, and API 1.41 has none for attach/ws
        docker.container.container_attach_websocket(missing, stream=True)
    with pytest.raises(NotFound):
        docker.container.container_logs(missing, stdout=True).collect()


@client_scenario("attach_resize")
def attach_resize(docker: DockerClient, env: Env) -> None:
    """Attach before start with stdin, stdout and stderr (the container reads a line and answers
    on both streams); an exec on a tty resized while it runs."""
    labels = {LABEL: env.scenario}
    reader = docker.container.container_create(
        ContainerCreateBody(
            image=env.busybox, cmd=["sh", "-c", "read line; echo got $line; echo done >&2"], open_stdin=True, stdin_once=True, attach_stdin=True, labels=labels
        ),
        name=env.object_name("reader"),
    ).id
    assert reader is not None
    with docker.container.container_attach(reader, stream=True, stdin=True, stdout=True, stderr=True) as session:
        docker.container.container_start(reader)
        session.write(b"hello\n")
        session.close_write()
        output = session.collect()
    assert (output.stdout, output.stderr) == (b"got hello\n", b"done\n")
    assert docker.container.container_wait(reader).status_code == 0
    docker.container.container_delete(reader)

    sleeper = docker.container.container_create(ContainerCreateBody(image=env.busybox, cmd=["sleep", "60"], labels=labels), name=env.object_name("sleeper")).id
    assert sleeper is not None
    docker.container.container_start(sleeper)
    exec_id = docker.exec.container_exec(sleeper, ExecConfig(cmd=["cat"], tty=True, attach_stdin=True, attach_stdout=True)).id
    assert exec_id is not None
    with docker.exec.exec_start(exec_id, exec_start_config=ExecStartConfig(tty=True)) as session:
        docker.exec.exec_resize(exec_id, h=30, w=100)
        session.write(b"typed\n\x04")  # the tty echoes the line, cat repeats it, Ctrl-D ends cat
        echoed = session.collect()
    assert echoed.stdout == b"typed\r\ntyped\r\n" and echoed.stderr == b""
    assert docker.exec.exec_inspect(exec_id).exit_code == 0
    docker.container.container_delete(sleeper, force=True)


@client_scenario("attach_websocket")
def attach_websocket(docker: DockerClient, env: Env) -> None:
    """The logs of an exited container through the websocket attach endpoint (RFC 6455), and a
    running container's stdin and output over one: a line sent as a message, its answer read
    back, the daemon's close frame at the end."""
    labels = {LABEL: env.scenario}
    # API 1.41 has no stream choice here (the daemon attaches all three): the client refuses the flags.
    chosen = env.engine != "20.10"
    stdout = True if chosen else None
    stdin = True if chosen else None
    cid = docker.container.container_create(
        ContainerCreateBody(image=env.busybox, cmd=["echo", "over websocket"], labels=labels), name=env.object_name("echo")
    ).id
    assert cid is not None
    docker.container.container_start(cid)
    assert docker.container.container_wait(cid).status_code == 0
    with docker.container.container_attach_websocket(cid, logs=True, stdout=stdout) as session:
        received = session.collect()
    docker.container.container_delete(cid)
    assert received.stdout == b"over websocket\n"

    reader = docker.container.container_create(
        ContainerCreateBody(image=env.busybox, cmd=["sh", "-c", "read line; echo got $line"], open_stdin=True, labels=labels), name=env.object_name("reader")
    ).id
    assert reader is not None
    docker.container.container_start(reader)
    with docker.container.container_attach_websocket(reader, stream=True, stdout=stdout, stdin=stdin) as session:
        session.write(b"hello\n")
        answered = session.collect()
    assert answered.stdout == b"got hello\n"
    assert docker.container.container_wait(reader).status_code == 0
    docker.container.container_delete(reader)
