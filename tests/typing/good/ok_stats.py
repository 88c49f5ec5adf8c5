"""Container statistics."""

from typing import Any

from docker_engine import DockerClient


def stats(docker: DockerClient, container: str) -> None:
    with docker.container.container_stats(container, stream=True) as stream:
        for sample in stream:
            reading: Any = sample
            print(reading)
            break
