"""Pull, build, push."""

from docker_engine import AuthConfig, DockerClient, JsonMessage, build_context


def pull_build_push(docker: DockerClient, registry: str) -> str | None:
    with docker.image.image_create(from_image="busybox", tag="latest") as pull:
        for message in pull:
            typed: JsonMessage = message
            print(typed.status)
    context = build_context("./app")
    build = docker.image.image_build(input_stream=context, t=[f"{registry}/app:1"], labels={"a": "b"})
    outcome = build.wait()
    push = docker.image.image_push(f"{registry}/app", tag="1", x_registry_auth=AuthConfig(username="u", password="p"))
    push.wait()
    history = docker.image.image_history(f"{registry}/app:1")
    print([layer.tags for layer in history])
    return outcome.image_id
