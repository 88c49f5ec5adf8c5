from docker_engine import DockerClient


def memory(docker: DockerClient) -> object:
    return docker.container.container_stats("c1").memory_stats  # error: a stream has no memory_stats
