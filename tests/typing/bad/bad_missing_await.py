from docker_engine import AsyncDockerClient


async def image_ids(docker: AsyncDockerClient) -> list[str]:
    images = docker.image.image_list()
    return [image.id for image in images]  # error: missing await
