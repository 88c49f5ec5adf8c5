"""Package data of the generator, installed as generator._templates (see pyproject.toml):
the Jinja templates, and runtime/, the emitted package's runtime copied verbatim."""
