"""The loader on the real upstream files: their two validation errors, located; the overlay's fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import loader, source
from generator.errors import GeneratorError
from generator.overlay import load_overlay

from ..conftest import spec_path


@pytest.mark.parametrize("name", ["engine-api-v1.41.yaml", "engine-api-v1.44.yaml", "engine-api-v1.50.yaml"])
def test_upstream_errors_are_located_without_the_overlay(name: str, tmp_path: Path) -> None:
    empty = tmp_path / "overlay.yaml"
    empty.write_text("fixes: []\noperations: {}\n")
    text = source.read_spec(str(spec_path(name)))
    with pytest.raises(GeneratorError) as invalid:
        _, validation = loader.load(text, load_overlay(empty), use_cache=False)
        validation.confirm()
    lines = invalid.value.lines()
    assert len(lines) == 2
    line = next(n for n, row in enumerate(text.text.splitlines(), 1) if row.strip() == "default: null")
    for message in lines:
        assert message.startswith(f"{text.name}:{line}: at /definitions/SwarmInfo/properties/RemoteManagers/default ")


def test_the_overlay_makes_every_upstream_file_valid() -> None:
    for path in sorted(spec_path("engine-api-v1.44.yaml").parent.glob("engine-api-*.yaml")):
        _, validation = loader.load(source.read_spec(str(path)), load_overlay(), use_cache=False)
        validation.confirm()
