"""Create, start, wait, read the logs, remove."""

from docker_engine import DockerClient, Frame, LogStream
from docker_engine.models import ContainerCreateBody, ContainerWaitResponse, HostConfig, Mount


def run(docker: DockerClient) -> int:
    body = ContainerCreateBody(
        image="busybox",
        cmd=["sh", "-c", "echo hello"],
        labels={"team": "a"},
        host_config=HostConfig(auto_remove=False, mounts=[Mount(type="volume", source="data", target="/data")]),
    )
    created = docker.container.container_create(body, name="typed-lifecycle")
    docker.container.container_start(created.id)
    waited: ContainerWaitResponse = docker.container.container_wait(created.id, condition="not-running")
    logs: LogStream = docker.container.container_logs(created.id, stdout=True, stderr=True)
    for frame in logs:
        checked: Frame = frame
        print(checked.stream, checked.data.decode())
    inspected = docker.container.container_inspect(created.id)
    if inspected.state is not None:
        print(inspected.state.status, inspected.state.exit_code)
    for mount in inspected.mounts or []:
        print(mount.type, mount.source)
    docker.container.container_delete(created.id, force=True)
    return waited.status_code
