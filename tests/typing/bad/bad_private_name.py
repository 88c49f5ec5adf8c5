from docker_engine import ImageApi  # error: not a top-level name
