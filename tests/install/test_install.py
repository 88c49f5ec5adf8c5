"""Install like a user: clone the repository, build both packages offline (sdist, then the wheel
from it), install the generator into a fresh virtualenv outside the checkout, generate from
another folder and compare with the committed ``generated/`` byte for byte; then build, install
and import the emitted package, and run the README's build-step recipes with the installed tool:
``--check`` in CI, the pre-commit hooks, ``--spec URL`` pinned by its sha256.

The fresh virtualenv has no pip and no downloads: it sees the test environment's libraries
through a ``.pth`` file placed after its own site-packages, and ``pip check`` confirms that what
both wheels declare is satisfied there.
"""

from __future__ import annotations

import hashlib
import http.server
import importlib.util
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import threading
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from email.parser import HeaderParser
from functools import partial
from pathlib import Path

import pytest
import yaml

from ..conftest import ROOT, spec_path

pytestmark = pytest.mark.install

PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def ok(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = run(command, cwd, env)
    assert done.returncode == 0, f"{shlex.join(command)}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def metadata(wheel: Path) -> list[tuple[str, str]]:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return list(HeaderParser().parsestr(archive.read(name).decode()).items())


@dataclass
class Installed:
    clone: Path
    dist: Path
    venv: Path
    env: dict[str, str]
    seconds: float  # from an empty virtualenv to the tool installed

    def tool(self, name: str) -> str:
        return str(self.venv / "bin" / name)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    missing = [name for name in ("build", "setuptools", "flit_core") if importlib.util.find_spec(name) is None]
    assert not missing, f"the test extra provides {missing}: pip install -e '.[test]'"
    base = tmp_path_factory.mktemp("install")
    clone, dist = base / "clone", base / "dist"
    ok(["git", "clone", "-q", str(ROOT), str(clone)], base)
    ok([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(clone)], base)
    # nothing the build leaves in the checkout is seen by git
    assert ok(["git", "status", "--porcelain"], clone) == ""

    venv = base / "venv"
    started = time.perf_counter()
    ok([sys.executable, "-m", "venv", "--without-pip", str(venv)], base)
    python = str(venv / "bin" / "python")
    purelib = ok([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], base).strip()
    Path(purelib, "_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    (wheel,) = dist.glob("*.whl")
    ok([*PIP, "--python", python, "install", "-q", "--no-deps", "--no-index", "--ignore-installed", str(wheel)], base)
    seconds = time.perf_counter() - started

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DOCKER_HOST", "VIRTUAL_ENV")}
    env.update(PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}", XDG_CACHE_HOME=str(base / "cache"))
    return Installed(clone, dist, venv, env, seconds)


@pytest.fixture(scope="module")
def user_output(installed: Installed, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """generated/ as the installed command writes it, run from a folder of its own with no --out."""
    folder = tmp_path_factory.mktemp("user")
    started = time.perf_counter()
    ok([installed.tool("docker-engine-codegen"), "--spec", str(spec_path("engine-api-v1.44.yaml"))], folder, installed.env)
    print(f"fresh virtualenv to a generated client: {installed.seconds + time.perf_counter() - started:.1f} s", file=sys.stderr)
    return folder / "generated"


def test_generator_wheel_holds_templates_runtime_and_spec_and_not_the_client(installed: Installed) -> None:
    (wheel,) = installed.dist.glob("docker_engine_codegen-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for source in ("templates", "spec"):
        for path in (installed.clone / source).rglob("*"):
            if path.is_file():
                assert f"generator/_{source}/{path.relative_to(installed.clone / source).as_posix()}" in names
    assert {"generator/_templates/runtime/transport.py", "generator/_spec/overlay.yaml", "generator/_spec/upstream.yaml"} <= names
    assert not [n for n in names if n.startswith("docker_engine/")], "the client is the other package"
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert zipfile.ZipFile(wheel).read(entry_points).decode().split() == ["[console_scripts]", "docker-engine-codegen", "=", "generator.cli:run"]

    fields = metadata(wheel)
    assert ("License-Expression", "Apache-2.0") in fields and ("Requires-Python", ">=3.10") in fields
    assert ("Classifier", "Typing :: Typed") in fields
    requires = [value.split(">")[0] for key, value in fields if key == "Requires-Dist" and "extra ==" not in value]
    assert requires == ["jinja2", "pyyaml", "openapi-spec-validator", "black"]

    (sdist,) = installed.dist.glob("docker_engine_codegen-*.tar.gz")
    with tarfile.open(sdist) as archive:
        members = {m.name.split("/", 1)[1] for m in archive.getmembers() if "/" in m.name}
    assert {"pyproject.toml", "README.md", "generator/cli.py", "templates/runtime/transport.py", "spec/overlay.yaml"} <= members


def test_installed_tool_generates_the_committed_tree_from_another_folder(installed: Installed, user_output: Path) -> None:
    assert tree(user_output) == tree(installed.clone / "generated")
    elsewhere = user_output.parent
    where = ok([str(installed.venv / "bin" / "python"), "-c", "import generator.resources as r; print(r.TEMPLATES)"], elsewhere, installed.env)
    assert Path(where.strip()).is_relative_to(installed.venv), "the templates come from the installed package"
    for command in ([installed.tool("docker-engine-codegen")], [str(installed.venv / "bin" / "python"), "-m", "generator"]):
        shown = ok([*command, "--version"], elsewhere, installed.env)
        assert shown.startswith("docker-engine-codegen 0.1.0 (jinja2 ") and " black " in shown and " python 3." in shown
        assert "exit codes:" in ok([*command, "--help"], elsewhere, installed.env)


def test_ci_check_step_fails_on_a_stale_client(installed: Installed, user_output: Path, tmp_path: Path) -> None:
    checkout = tmp_path / "repo"
    shutil.copytree(user_output, checkout / "generated")
    check = [installed.tool("docker-engine-codegen"), "--check", "--spec", str(spec_path("engine-api-v1.44.yaml"))]
    ok(check, checkout, installed.env)
    (checkout / "generated" / "docs" / "ImageApi.md").write_text("edited by hand\n")
    stale = run(check, checkout, installed.env)
    assert stale.returncode == 1 and "  docs/ImageApi.md\n" in stale.stderr


def test_emitted_package_builds_in_place_leaves_nothing_installs_and_imports(installed: Installed, user_output: Path, tmp_path: Path) -> None:
    package = tmp_path / "generated"
    shutil.copytree(user_output, package)
    before = tree(package)
    dist = tmp_path / "dist"
    ok([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(package)], tmp_path)
    assert tree(package) == before, "building left files in the generated folder"
    ok([installed.tool("docker-engine-codegen"), "--check", "--spec", str(spec_path("engine-api-v1.44.yaml")), "--out", str(package)], tmp_path, installed.env)

    (wheel,) = dist.glob("docker_engine_client-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"docker_engine/py.typed", "docker_engine/_runtime/transport.py", "docker_engine/api/image_api.py"} <= names
    fields = metadata(wheel)
    assert ("License-Expression", "Apache-2.0") in fields and ("Classifier", "Typing :: Typed") in fields
    assert [v.split(">")[0] for k, v in fields if k == "Requires-Dist"] == ["httptools", "httpx2", "pydantic", "wsproto"]
    (sdist,) = dist.glob("docker_engine_client-*.tar.gz")
    with tarfile.open(sdist) as archive:
        assert any(m.name.endswith("/docs/ImageApi.md") for m in archive.getmembers())

    python = str(installed.venv / "bin" / "python")
    ok([*PIP, "--python", python, "install", "-q", "--no-deps", "--no-index", "--ignore-installed", str(wheel)], tmp_path)
    ok([*PIP, "--python", python, "check"], tmp_path)  # what both wheels require is there
    shown = ok([python, "-c", "import docker_engine; print(docker_engine.__file__); print(docker_engine.API_VERSION)"], tmp_path, installed.env).split()
    assert Path(shown[0]).is_relative_to(installed.venv) and shown[1] == "1.44"
    assert "imageBuild" in ok([installed.tool("docker-engine"), "--help"], tmp_path, installed.env)


def test_pre_commit_hooks_run_as_pre_commit_runs_them(installed: Installed, tmp_path: Path) -> None:
    hooks = {hook["id"]: hook for hook in yaml.safe_load((installed.clone / ".pre-commit-hooks.yaml").read_text())}
    assert set(hooks) == {"docker-engine-codegen", "docker-engine-codegen-check"}
    assert all(hook["language"] == "python" and hook["pass_filenames"] is False for hook in hooks.values())
    repo = tmp_path / "repo"
    ok(["git", "init", "-q", str(repo)], tmp_path)
    args = ["--spec", str(spec_path("engine-api-v1.44.yaml"))]  # the user's `args:`

    def hook(hook_id: str) -> subprocess.CompletedProcess[str]:
        # pre-commit runs `entry` split as a shell would, then `args`, at the repository's top,
        # with the hook's environment (here: the virtualenv the wheel is installed in) first on PATH
        return run([*shlex.split(hooks[hook_id]["entry"]), *args], repo, installed.env)

    assert hook("docker-engine-codegen").returncode == 0
    assert tree(repo / "generated") == tree(installed.clone / "generated")
    assert hook("docker-engine-codegen-check").returncode == 0
    (repo / "generated" / "docs" / "ImageApi.md").unlink()  # stale: a file is missing
    assert hook("docker-engine-codegen-check").returncode == 1
    assert hook("docker-engine-codegen").returncode == 0
    assert tree(repo / "generated") == tree(installed.clone / "generated")
    # a generated file edited by hand is the user's work: the hook refuses to overwrite it
    (repo / "generated" / "README.md").write_text("edited\n")
    refused = hook("docker-engine-codegen")
    assert refused.returncode == 2 and "README.md" in refused.stderr
    assert (repo / "generated" / "README.md").read_text() == "edited\n"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def spec_server() -> Iterator[str]:
    """The shared specs over HTTP on 127.0.0.1, as another API version would come from upstream."""
    spec = spec_path("engine-api-v1.44.yaml")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(spec.parent)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{spec.name}"
    finally:
        server.shutdown()
        server.server_close()


def test_spec_url_pinned_by_sha256(installed: Installed, spec_server: str, tmp_path: Path) -> None:
    digest = hashlib.sha256(spec_path("engine-api-v1.44.yaml").read_bytes()).hexdigest()
    # a spec behind a URL has no history beside it: the user names one (see README)
    history = ["--history", str(spec_path("engine-api-v1.44.yaml").parent / "history")]
    command = [installed.tool("docker-engine-codegen"), *history, "--spec", spec_server, "--spec-sha256"]
    refused = run([*command, "0" * 64], tmp_path, installed.env)
    assert refused.returncode == 2 and f"sha256 {digest} does not match the pinned {'0' * 64} (--spec-sha256)" in refused.stderr
    assert not (tmp_path / "generated").exists()
    ok([*command, digest], tmp_path, installed.env)
    assert tree(tmp_path / "generated") == tree(installed.clone / "generated")
    # the download is cached under its digest: with the same pin the URL is not fetched again
    offline = [installed.tool("docker-engine-codegen"), *history, "--spec", "http://127.0.0.1:9/gone.yaml", "--spec-sha256", digest]
    ok([*offline, "--out", "again"], tmp_path, installed.env)
    assert tree(tmp_path / "again") == tree(installed.clone / "generated")
