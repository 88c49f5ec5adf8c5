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


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for every version: what they share (pydantic, httpx2, the
    runtime) is analysed once; a module whose source differs is checked again."""
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.mark.skipif(not VERSIONS, reason="../shared/specs/ is not here")
@pytest.mark.parametrize("spec", VERSIONS)
def test_version_generates_compiles_imports_type_checks_and_is_black_stable(spec: str, tmp_path: Path, mypy_cache: Path) -> None:
    out = tmp_path / "out"
    assert main(["--spec", str(SPECS / spec), "--out", str(out)]) == 0
    env = {**os.environ, "PYTHONPATH": str(out)}
    imported = subprocess.run([sys.executable, "-c", IMPORT_EVERYTHING], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    apis, operations, models = map(int, imported.stdout.split())
    assert apis == 15 and operations >= 100 and models >= 150
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache), "docker_engine"],
        env=env, capture_output=True, text=True, cwd=out,
    )
    assert checked.returncode == 0, checked.stdout[-3000:]
    formatted = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--quiet", "--target-version", "py310", "--line-length", "88", "."],
        capture_output=True, text=True, cwd=out,
    )
    assert formatted.returncode == 0, formatted.stderr[-3000:]



HISTORY = SPECS / "history"
# Copies of the files above (SOURCES.md says so) are checked there, fully.
HISTORY_VERSIONS = sorted(
    p.name for p in HISTORY.glob("engine-api-v*.yaml") if not any(p.read_bytes() == q.read_bytes() for q in SPECS.glob("engine-api-*.yaml"))
) if HISTORY.is_dir() else []

IMPORT_MODULES_AND_HISTORY = """
import importlib, pkgutil
import docker_engine, docker_engine.api, docker_engine.models
from docker_engine import DockerClient
from docker_engine._versions import HISTORY
for package in (docker_engine.api, docker_engine.models):
    for info in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{info.name}")
assert DockerClient.VERSION_HISTORY is HISTORY
newest = max((needs.newest for needs in HISTORY.operations.values()), default=(0, 0))
print(len(docker_engine.models.__all__), HISTORY.oldest, HISTORY.newest, "%d.%d" % newest)
"""


def _generate_compile_import(spec: Path, out: Path) -> tuple[str, str]:
    """(spec version, what the emitted package prints); one spec, in subprocesses."""
    generated = subprocess.run([sys.executable, "-m", "generator", "--spec", str(spec), "--out", str(out)], capture_output=True, text=True)
    assert generated.returncode == 0, f"{spec.name}: {generated.stderr}"
    compiled = subprocess.run([sys.executable, "-m", "compileall", "-q", str(out / "docker_engine")], capture_output=True, text=True)
    assert compiled.returncode == 0, f"{spec.name}: {compiled.stdout[-2000:]}"
    env = {**os.environ, "PYTHONPATH": str(out)}
    imported = subprocess.run([sys.executable, "-c", IMPORT_MODULES_AND_HISTORY], env=env, capture_output=True, text=True, cwd=out)
    assert imported.returncode == 0, f"{spec.name}: {imported.stderr[-3000:]}"
    return spec.name.removeprefix("engine-api-v").removesuffix(".yaml"), imported.stdout


@pytest.mark.skipif(not HISTORY_VERSIONS, reason="../shared/specs/history/ is not here")
def test_every_version_of_the_history_generates_compiles_and_imports_with_a_history_that_stops_at_it(tmp_path: Path) -> None:
    """The other 23 versions, two at a time; type checking and black run on the four above."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda name: _generate_compile_import(HISTORY / name, tmp_path / name), HISTORY_VERSIONS))
    assert len(results) >= 23
    for version, printed in results:
        models, oldest, newest, needed = printed.split()
        assert int(models) >= 140 and (oldest, newest) == ("1.25", version), (version, printed)
        if version == "1.25":
            assert needed == "0.0"  # nothing is older than the history's first version
        else:
            assert (1, 25) < tuple(map(int, needed.split("."))) <= tuple(map(int, version.split("."))), (version, needed)
