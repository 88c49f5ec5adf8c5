"""Container statistics: one typed sample, or a stream of them."""

from docker_engine import AsyncDockerClient, ContainerStats, DockerClient, JsonStream


def cpu_percent(sample: ContainerStats) -> float:
    now, before = sample.cpu_stats, sample.precpu_stats
    if now is None or before is None or now.cpu_usage is None or before.cpu_usage is None:
        return 0.0
    cpu_delta = (now.cpu_usage.total_usage or 0) - (before.cpu_usage.total_usage or 0)
    system_delta = (now.system_cpu_usage or 0) - (before.system_cpu_usage or 0)
    return 100.0 * cpu_delta / system_delta * (now.online_cpus or 1) if system_delta else 0.0


def stats(docker: DockerClient, container: str) -> float:
    one: ContainerStats = docker.container.container_stats(container, stream=False, one_shot=True)
    memory = one.memory_stats.usage if one.memory_stats is not None else None
    print(memory, {name: net.rx_bytes for name, net in (one.networks or {}).items()})
    stream: JsonStream[ContainerStats] = docker.container.container_stats(container)
    with stream:
        for sample in stream:
            return cpu_percent(sample)
    return cpu_percent(one)


async def async_stats(docker: AsyncDockerClient, container: str) -> float:
    one = await docker.container.container_stats(container, stream=False)
    return cpu_percent(one)
