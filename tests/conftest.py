"""Shared paths for the whole suite."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent

# CI lands a change on one run: there the property tests draw the same examples every time
# (a failure reproduces; a new one is never someone else's bad luck). Elsewhere, and with
# HYPOTHESIS_PROFILE=default in CI, they explore new examples on every run.
settings.register_profile("ci", derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
SHARED = ROOT.parent / "shared"
SPECS = SHARED / "specs"
REFERENCE = SHARED / "reference"


def spec_path(name: str) -> Path:
    path = SPECS / name
    if not path.is_file():
        pytest.skip(f"{path} is not here: the upstream specs live in ../shared/specs/")
    return path


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--live", action="store_true", help="run the client scenarios only against the Docker Engine (not from their cassettes); fail without one")
