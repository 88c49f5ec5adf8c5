"""generated/README.md's quickstart, as one script."""

import asyncio

from docker_engine import AsyncDockerClient, AuthConfig, DockerClient, NotFound, build_context

image = "127.0.0.1:5000/team/busybox:latest"


def quickstart() -> None:
    docker = DockerClient()
    version = docker.system.system_version()
    print(f"Engine {version.version}, API {docker.api_version}")
    for summary in docker.image.image_list(filters={"dangling": ["false"]}):
        print(summary.id[:19], summary.repo_tags)
    with docker.image.image_create(from_image=image) as pull:
        for message in pull:
            detail = message.progress_detail
            if detail is not None and detail.total:
                print(f"{message.id}: {message.status} {detail.current}/{detail.total}")
    print("digest:", pull.outcome.digest)
    context = build_context("./app")
    build = docker.image.image_build(input_stream=context, dockerfile=context.dockerfile, t="example/app:1", buildargs={"BASE": image})
    print("built", build.wait().image_id)
    try:
        docker.image.image_inspect("example/no-such-image:1")
    except NotFound as error:
        print(error.status, error.message)
    registry = image.split("/")[0]
    auth = AuthConfig(username="ci-bot", password="not-a-real-password")
    docker.image.image_tag("example/app:1", repo=f"{registry}/example/app", tag="1")
    push = docker.image.image_push(f"{registry}/example/app", tag="1", x_registry_auth=auth)
    print("pushed", push.wait().digest)
    docker.close()


async def newest_images() -> list[str]:
    async with AsyncDockerClient() as client:
        pull = await client.image.image_create(from_image=image)
        await pull.wait()
        images = await client.image.image_list()
        images.sort(key=lambda summary: summary.created, reverse=True)
        return [tag for summary in images[:3] for tag in summary.repo_tags]


print(asyncio.run(newest_images()))
