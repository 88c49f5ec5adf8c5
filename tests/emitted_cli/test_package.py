"""The emitted package stands alone: ``generated/pyproject.toml`` builds a wheel that installs into
a fresh virtualenv (no downloads: build without isolation, install without dependencies, the
dependencies seen through a ``.pth`` file) and brings the ``docker-engine`` command. Building it
in place, as ``pip install ./generated`` does, leaves nothing behind in ``generated/``.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

import docker_engine

from .support import GENERATED


def _pyproject() -> dict:
    return tomllib.loads((GENERATED / "pyproject.toml").read_text(encoding="utf-8"))


def test_pyproject_states_name_version_dependencies_and_the_command() -> None:
    project = _pyproject()["project"]
    assert project["name"] == "docker-engine-client"
    assert project["version"] == f"{docker_engine.API_VERSION}.0"
    assert f"Docker Engine API {docker_engine.API_VERSION}" in project["description"]
    assert [d.split(">")[0] for d in project["dependencies"]] == ["httptools", "httpx2", "pydantic", "wsproto"]
    assert project["requires-python"] == ">=3.10"
    assert project["license"] == "Apache-2.0"
    assert "Typing :: Typed" in project["classifiers"]
    assert project["scripts"] == {"docker-engine": "docker_engine.__main__:run"}
    assert _pyproject()["build-system"]["build-backend"] == "flit_core.buildapi"
    assert _pyproject()["tool"]["flit"]["module"] == {"name": "docker_engine"}


def _tree(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if "__pycache__" not in p.parts}


def test_wheel_built_in_place_leaves_nothing_and_installs_alone_and_runs(tmp_path: Path) -> None:
    if importlib.util.find_spec("flit_core") is None:  # the test extra installs it
        pytest.fail("flit_core is not installed: pip install -e '.[test]'")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    dist = tmp_path / "dist"
    before = _tree(GENERATED)
    # in place, as `pip install ./generated` builds it: no build/ or *.egg-info may be left for --check to find
    subprocess.run([*pip, "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(dist), str(GENERATED)], check=True, timeout=120)
    assert _tree(GENERATED) == before
    (wheel,) = dist.glob("docker_engine_client-*.whl")
    assert wheel.name == f"docker_engine_client-{docker_engine.API_VERSION}.0-py3-none-any.whl"

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=60)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], capture_output=True, text=True, check=True
    ).stdout.strip()
    # httpx2 and pydantic from this environment, after the venv's own site-packages (the install
    # ignores what they hold: this environment may have the client installed too)
    Path(purelib, "_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run([*pip, "--python", str(python), "install", "-q", "--no-deps", "--no-index", "--ignore-installed", str(wheel)], check=True, timeout=120)

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DOCKER_HOST")}
    check = (
        "import docker_engine, importlib.metadata as m, importlib.resources as r; "
        "print(docker_engine.__file__); print(docker_engine.API_VERSION); "
        "print(m.version('docker-engine-client')); print(r.files('docker_engine').joinpath('py.typed').is_file())"
    )
    shown = subprocess.run([str(python), "-c", check], capture_output=True, text=True, check=True, env=env, cwd=tmp_path).stdout.split()
    assert Path(shown[0]).is_relative_to(venv), "imported from the virtualenv, not from the checkout"
    assert shown[1:] == [docker_engine.API_VERSION, f"{docker_engine.API_VERSION}.0", "True"]

    command = venv / "bin" / "docker-engine"
    done = subprocess.run([str(command), "--help"], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: docker-engine [OPTIONS] OPERATION")
    assert "  imageBuild " in done.stdout and f"Docker Engine API {docker_engine.API_VERSION}" in done.stdout
    done = subprocess.run(
        [str(command), "--host", f"unix://{tmp_path}/no-daemon.sock", "systemPing"], capture_output=True, text=True, env=env, timeout=60
    )
    assert (done.returncode, done.stdout) == (3, "") and "cannot connect to the Docker daemon" in done.stderr
    done = subprocess.run([str(python), "-m", "docker_engine", "imageInspect"], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 2 and "python -m docker_engine: imageInspect needs name=VALUE" in done.stderr
