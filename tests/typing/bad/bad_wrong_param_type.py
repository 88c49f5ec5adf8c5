from docker_engine import DockerClient


def logs(docker: DockerClient) -> None:
    docker.container.container_logs("c1", tail="10", stdout="yes")  # error: wrong parameter type
