"""Copy files into and out of a container."""

import io
import tarfile

from docker_engine import BinaryStream, DockerClient


def copy(docker: DockerClient, container: str) -> int:
    data = io.BytesIO()
    with tarfile.open(fileobj=data, mode="w") as tar:
        info = tarfile.TarInfo("hello.txt")
        info.size = 5
        tar.addfile(info, io.BytesIO(b"hello"))
    docker.container.put_container_archive(container, "/tmp", data.getvalue())
    archive: BinaryStream = docker.container.container_archive(container, "/tmp/hello.txt")
    return archive.write_to("hello.tar")
