"""The emitted package stands alone: ``generated/pyproject.toml`` builds a wheel that installs into
a fresh virtualenv (no downloads: build without isolation, install without dependencies, the
dependencies seen through a ``.pth`` file) and brings the ``docker-engine`` command.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from importlib.metadata import version
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
    assert [d.split(">")[0] for d in project["dependencies"]] == ["httpx2", "pydantic"]
    assert project["requires-python"] == ">=3.10"
    assert project["scripts"] == {"docker-engine": "docker_engine.__main__:run"}
    assert _pyproject()["tool"]["setuptools"]["package-data"] == {"docker_engine": ["py.typed"]}
    packages = {p.parent.relative_to(GENERATED).as_posix().replace("/", ".") for p in GENERATED.glob("docker_engine/**/__init__.py")}
    assert set(_pyproject()["tool"]["setuptools"]["packages"]) == packages


def _can_build_offline() -> str | None:
    """setuptools builds wheels alone from 70.1; before, it needs the ``wheel`` package."""
    if importlib.util.find_spec("setuptools") is None:
        return "setuptools is not installed"
    major, minor = (int(x) for x in version("setuptools").split(".")[:2])
    if (major, minor) < (70, 1) and importlib.util.find_spec("wheel") is None:
        return f"setuptools {version('setuptools')} needs the 'wheel' package to build wheels offline"
    return None


def test_wheel_installs_alone_and_runs(tmp_path: Path) -> None:
    reason = _can_build_offline()
    if reason:
        print(f"SKIP: {reason}", file=sys.stderr)
        pytest.skip(reason)
    source = tmp_path / "src"  # building in place would leave build/ and *.egg-info in generated/
    shutil.copytree(GENERATED, source, ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    dist = tmp_path / "dist"
    subprocess.run([*pip, "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(dist), str(source)], check=True, timeout=120)
    (wheel,) = dist.glob("docker_engine_client-*.whl")
    assert wheel.name == f"docker_engine_client-{docker_engine.API_VERSION}.0-py3-none-any.whl"

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=60)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], capture_output=True, text=True, check=True
    ).stdout.strip()
    # httpx2 and pydantic from this environment, after the venv's own site-packages
    Path(purelib, "_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run([*pip, "--python", str(python), "install", "-q", "--no-deps", "--no-index", str(wheel)], check=True, timeout=120)

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
