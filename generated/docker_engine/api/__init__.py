"""One module per API of the Engine API; see docker_engine.DockerClient."""
