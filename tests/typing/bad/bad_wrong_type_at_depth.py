from docker_engine.models import ContainerCreateBody, HostConfig, RestartPolicy

body = ContainerCreateBody(
    image="busybox",
    host_config=HostConfig(
        restart_policy=RestartPolicy(maximum_retry_count="3"),  # error: wrong field type at depth
    ),
)
