from docker_engine.models import ContainerCreateBody

body = ContainerCreateBody(imag="busybox")  # error: unknown model field
