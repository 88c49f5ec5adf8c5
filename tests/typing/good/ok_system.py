"""Ping, version, and time-bounded logs and events."""

from datetime import datetime, timedelta, timezone

from docker_engine import DockerClient, ResponseHeaders


def system(docker: DockerClient, container: str) -> str | None:
    ping: ResponseHeaders = docker.system.system_ping_head()
    print(ping.api_version, ping.os_type, ping.experimental, ping["api-version"])
    hour_ago = datetime.now(timezone.utc) - timedelta(hours=1)
    for frame in docker.container.container_logs(container, stdout=True, since=hour_ago, until=1700000000):
        print(frame.data)
    with docker.system.system_events(since="10m", until=datetime.now(timezone.utc)) as events:
        for event in events:
            print(event.action)
            break
    docker.container.put_container_archive(container, "/tmp", b"", copy_uidgid=True, no_overwrite_dir_non_dir=False)
    info = docker.container.container_archive_info(container, "/tmp")
    stat = info.path_stat
    return None if stat is None else str(stat.get("name"))
