"""Exec with standard input."""

from docker_engine import DockerClient, HijackedSession, Output
from docker_engine.models import ExecConfig, ExecStartConfig


def exec_cat(docker: DockerClient, container: str) -> bytes:
    started = docker.exec.container_exec(container, ExecConfig(cmd=["cat"], attach_stdin=True, attach_stdout=True))
    session: HijackedSession = docker.exec.exec_start(started.id, exec_start_config=ExecStartConfig(detach=False))
    session.write(b"hello\n")
    session.close_write()
    output: Output = session.collect()
    session.close()
    inspected = docker.exec.exec_inspect(started.id)
    print(inspected.exit_code)
    return output.stdout
