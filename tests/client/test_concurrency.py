"""Nothing hangs or leaks under load: threads sharing one client, asyncio tasks sharing one
async client, all against the replay daemon serving a recorded answer over and over."""

from __future__ import annotations

import asyncio
import os
import threading
import time
from pathlib import Path

from docker_engine import AsyncDockerClient, DockerClient

from ..daemon import cassette
from ..daemon.replay import ReplayDaemon
from ..daemon.scenario import CASSETTE_DIR

LISTING = CASSETTE_DIR / "client" / "list_delete_prune.jsonl"


def listed_reference() -> str:
    return f"{cassette.load(LISTING).header['meta']['busybox'].split('/')[0]}/list-delete-prune-listed"


def open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd")) if Path("/proc/self/fd").is_dir() else 0


def assert_no_descriptor_leaked(before: int) -> None:
    """The replay daemon's threads close their ends as they notice; give them a moment."""
    deadline = time.monotonic() + 5
    while open_descriptors() > before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert open_descriptors() <= before, "connections were left open"


def test_eight_threads_share_one_client_for_4000_calls() -> None:
    reference = listed_reference()
    errors: list[BaseException] = []
    before = open_descriptors()
    with ReplayDaemon(LISTING, ordering="reuse") as socket_path:
        with DockerClient(f"unix://{socket_path}", docker_config=False) as docker:

            def worker() -> None:
                try:
                    for _ in range(500):
                        images = docker.image.image_list(filters={"reference": [reference]})
                        assert len(images) == 1 and images[0].id
                except BaseException as error:  # reported below, with the thread's failure
                    errors.append(error)

            threads = [threading.Thread(target=worker) for _ in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=120)
            assert not any(thread.is_alive() for thread in threads), "a worker hung"
        assert errors == []
    assert_no_descriptor_leaked(before)


def test_async_client_holds_100_concurrent_tasks() -> None:
    reference = listed_reference()

    async def run(socket_path: str) -> list[int]:
        async with AsyncDockerClient(f"unix://{socket_path}", docker_config=False) as docker:
            results = await asyncio.gather(
                *(docker.image.image_list(filters={"reference": [reference]}) for _ in range(100))
            )
        return [len(images) for images in results]

    before = open_descriptors()
    with ReplayDaemon(LISTING, ordering="reuse") as socket_path:
        assert asyncio.run(asyncio.wait_for(run(socket_path), timeout=60)) == [1] * 100
    assert_no_descriptor_leaked(before)
