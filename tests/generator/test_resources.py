"""The generator finds its templates, runtime and spec/ through the package: in a checkout
(editable install) and laid out as the wheel installs them, with the same fingerprint."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from generator import fingerprint, resources

from ..conftest import ROOT

# Where the wheel puts each top-level folder of the repository (pyproject.toml's package-dir).
WHEEL_LAYOUT = {"generator": "generator", "templates": "generator/_templates", "spec": "generator/_spec"}


def test_checkout_folders_are_found_through_the_package() -> None:
    assert (resources.TEMPLATES, resources.RUNTIME, resources.SPEC) == (ROOT / "templates", ROOT / "templates" / "runtime", ROOT / "spec")


def test_installed_layout_finds_its_own_data_with_the_same_fingerprint(tmp_path: Path) -> None:
    for folder, target in WHEEL_LAYOUT.items():
        shutil.copytree(ROOT / folder, tmp_path / target, ignore=shutil.ignore_patterns("__pycache__"))
    show = "from generator import fingerprint, resources; print(resources.SPEC); print(fingerprint.inputs_fingerprint(b'spec', {}))"
    # the current folder comes first on sys.path: the copy is the generator imported
    shown = subprocess.run([sys.executable, "-c", show], cwd=tmp_path, capture_output=True, text=True, check=True).stdout.split()
    assert shown == [str(tmp_path / "generator" / "_spec"), fingerprint.inputs_fingerprint(b"spec", {})]


def test_an_install_without_its_templates_says_so_and_exits_3() -> None:
    # what an editable install made before templates/ became package data looks like
    code = "import runpy, sys; sys.modules['generator._templates'] = None; sys.argv = ['generator', '--help']; runpy.run_module('generator', run_name='__main__')"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 3 and "Traceback" not in done.stderr
    assert "lacks generator._templates; reinstall it" in done.stderr
