"""Container and exec scenarios: hijacked streams (stdout/stderr frames, stdin), log frames,
exit codes."""

from __future__ import annotations

from docker_engine import DockerClient
from docker_engine.models import ContainerCreateBody, ExecConfig, ExecStartConfig

from . import LABEL, Env, client_scenario


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
