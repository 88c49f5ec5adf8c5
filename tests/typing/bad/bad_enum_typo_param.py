from docker_engine import DockerClient


def wait(docker: DockerClient) -> None:
    docker.container.container_wait("c1", condition="not_runing")  # error: enum typo in a parameter
