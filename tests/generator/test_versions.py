"""Every Engine API version on hand generates a package that compiles, imports, passes
mypy --strict and is exactly what black would write (without black having run on it: the
templates emit black's layout, see generator/formatting.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main

from ..conftest import SPECS

VERSIONS = sorted(p.name for p in SPECS.glob("engine-api-*.yaml")) if SPECS.is_dir() else []

IMPORT_EVERYTHING = """
import importlib, pkgutil
import pydantic
import docker_engine, docker_engine.api, docker_engine.models
from docker_engine import DockerClient, AsyncDockerClient
from docker_engine._runtime.model import Model
for package in (docker_engine.api, docker_engine.models):
    for info in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{info.name}")
built = 0
for name in docker_engine.models.__all__:
    value = getattr(docker_engine.models, name)
    if isinstance(value, type) and issubclass(value, Model):
        value.model_rebuild(force=True)  # deferred building must succeed for every model
        try:  # {} validates, or fails only for the fields the spec requires
            value.model_validate({})
        except pydantic.ValidationError as error:
            assert all(e["type"] == "missing" for e in error.errors()), error
        built += 1
client = DockerClient("unix:///nonexistent.sock")
apis = [name for name in dir(DockerClient) if not name.startswith("_") and type(getattr(DockerClient, name)).__name__ == "cached_property"]
operations = sum(len([m for m in vars(type(getattr(client, api))) if not m.startswith("_")]) for api in apis)
print(len(apis), operations, built)
"""


@pytest.mark.skipif(not VERSIONS, reason="../shared/specs/ is not here")
@pytest.mark.parametrize("spec", VERSIONS)
def test_version_generates_compiles_imports_type_checks_and_is_black_stable(spec: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["--spec", str(SPECS / spec), "--out", str(out)]) == 0
    env = {**os.environ, "PYTHONPATH": str(out)}
    imported = subprocess.run([sys.executable, "-c", IMPORT_EVERYTHING], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    apis, operations, models = map(int, imported.stdout.split())
    assert apis == 15 and operations >= 100 and models >= 150
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "mypy-cache"), "docker_engine"],
        env=env, capture_output=True, text=True, cwd=out,
    )
    assert checked.returncode == 0, checked.stdout[-3000:]
    formatted = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--quiet", "--target-version", "py310", "--line-length", "88", "."],
        capture_output=True, text=True, cwd=out,
    )
    assert formatted.returncode == 0, formatted.stderr[-3000:]
