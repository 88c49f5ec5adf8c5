from docker_engine import DockerClient


def put(docker: DockerClient) -> None:
    docker.container.put_container_archive("c1", "/tmp", b"", copy_uidgid="1")  # error: a boolean parameter
