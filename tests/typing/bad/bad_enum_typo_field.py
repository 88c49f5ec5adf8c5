from docker_engine.models import Mount

mount = Mount(type="volumes", target="/data")  # error: enum typo in a field
