"""Package data of the generator, installed as generator._spec (see pyproject.toml): the
overlay and the pinned upstream Engine API definition."""
