"""The async twins."""

import asyncio

from docker_engine import AsyncDockerClient, AsyncHijackedSession, AsyncJsonStream, AsyncLogStream, JsonMessage
from docker_engine.models import ContainerCreateBody, ExecConfig


async def main() -> int:
    async with AsyncDockerClient() as docker:
        pull: AsyncJsonStream[JsonMessage] = await docker.image.image_create(from_image="busybox:latest")
        async for message in pull:
            print(message.status)
        created = await docker.container.container_create(ContainerCreateBody(image="busybox", cmd=["sleep", "5"]))
        await docker.container.container_start(created.id)
        logs: AsyncLogStream = await docker.container.container_logs(created.id, stdout=True)
        async for frame in logs:
            print(frame.data)
        started = await docker.exec.container_exec(created.id, ExecConfig(cmd=["true"]))
        session: AsyncHijackedSession = await docker.exec.exec_start(started.id)
        await session.close()
        waited = await docker.container.container_wait(created.id)
        return waited.status_code


print(asyncio.run(main()))
