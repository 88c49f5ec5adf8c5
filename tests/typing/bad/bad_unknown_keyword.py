from docker_engine import DockerClient


def listing(docker: DockerClient) -> None:
    docker.container.container_list(al=True)  # error: unknown keyword
