"""The README's example (README.md, "Using the emitted package")."""

from docker_engine import DockerClient, build_context


def main() -> None:
    with DockerClient() as docker:
        for image in docker.image.image_list(filters={"dangling": ["false"]}):
            print(image.id, image.repo_tags)
        context = build_context("./app")
        built = docker.image.image_build(input_stream=context, dockerfile=context.dockerfile, t=["app:1", "app:latest"])
        print(built.wait().image_id)
