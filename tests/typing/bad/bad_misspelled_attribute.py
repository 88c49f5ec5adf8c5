from docker_engine import DockerClient


def started(docker: DockerClient) -> str:
    return docker.container.container_inspect("c1").stat.status  # error: misspelled response attribute
