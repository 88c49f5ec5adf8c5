"""The loader on the real upstream files: their two validation errors, located; the overlay's fix;
the validator skipped only for the pinned file with the overlay it was validated with."""

from __future__ import annotations

import gc
import hashlib
from pathlib import Path

import pytest
import yaml

from generator import loader, source
from generator.errors import GeneratorError
from generator.overlay import load_overlay
from generator.source import SpecText

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


def test_the_pinned_file_with_the_overlay_passes_the_validator_as_recorded() -> None:
    """spec/upstream.yaml records the overlay the pinned file was validated with; a run given
    that pair skips the validator, so here the pair is validated, and the record must name
    the overlay as it is now."""
    text = source.read_spec(str(spec_path("engine-api-v1.44.yaml")))
    pin = yaml.safe_load(source.PINNED.read_text(encoding="utf-8"))
    if text.sha256 != pin["sha256"]:
        pytest.skip("../shared/specs/engine-api-v1.44.yaml is not the pinned file")
    overlay = load_overlay()
    _, problems = loader.verdict(text, overlay)
    assert problems == []
    assert pin["validated_with_overlay_sha256"] == hashlib.sha256(overlay.text.encode("utf-8")).hexdigest()
    _, validation = loader.load(text, overlay, use_cache=False)
    assert isinstance(validation, loader.AlreadyValid)


def test_only_the_recorded_pair_skips_the_validator(tmp_path: Path) -> None:
    text = source.read_spec(str(spec_path("engine-api-v1.44.yaml")))
    changed = tmp_path / "overlay.yaml"
    changed.write_text(load_overlay().text + "\n# changed\n")
    _, validation = loader.load(text, load_overlay(changed), use_cache=False)
    assert isinstance(validation, loader.Validation)
    validation.confirm()
    other = source.read_spec(str(spec_path("engine-api-v1.41.yaml")))
    _, validation = loader.load(other, load_overlay(), use_cache=False)
    assert isinstance(validation, loader.Validation)
    validation.confirm()


@pytest.mark.parametrize("collecting", [True, False])
@pytest.mark.parametrize("text", ["swagger: '2.0'\npaths: {}\n", "swagger: '2.0'\npaths: {a: 1, a: 2}\n", "a: [unclosed\n"])
def test_parsing_pauses_the_collector_and_leaves_it_as_it_was(collecting: bool, text: str) -> None:
    was_enabled = gc.isenabled()
    (gc.enable if collecting else gc.disable)()
    try:
        try:
            loader.parse(SpecText("spec.yaml", text, ""))
        except GeneratorError:
            pass
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was_enabled else gc.disable)()


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb: [x, 2, 2.5, true, ~, 'q']\nc: {d: 0x1F, e: 1_000, f: .inf, g: Off}\n",
        "a: &x {b: 1}\nc: *x\n",  # an alias: the general path, with its checks
        "a: &x {b: 1}\nc: {<<: *x, d: 2}\n",  # a merge key
        "a: 2024-01-01\nb: !!binary aGk=\n",
        "x: {a: 1, a: 2}\n",
        "1: a\ntrue: b\n",
        "~: 1\n~: 2\n",
        "? {a: 1}\n: 2\n",
    ],
)
def test_the_quick_constructor_builds_what_the_general_one_builds(text: str) -> None:
    def built(quick: bool) -> object:
        reader = loader._UniqueKeyLoader(text)
        reader.aliased = []
        try:
            root = reader.get_single_node()
            if quick:
                try:
                    return loader._plain_tree(reader, root)
                except loader._NotPlain:
                    return "general path"
            return reader.construct_document(root)
        except yaml.YAMLError as error:
            return str(error)
        finally:
            reader.dispose()

    quick, general = built(True), built(False)
    assert quick == general or quick == "general path"
    plain = "&x" not in text and "!!" not in text and "? {" not in text
    assert (quick != "general path") is plain
