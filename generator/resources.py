"""The generator's own data, found through the package: the same code path in a checkout
(editable install) and in an installed wheel.

The top-level folders templates/ and spec/ are the subpackages generator._templates and
generator._spec (pyproject.toml maps them with setuptools' package-dir), so they travel in
the wheel and an editable install finds them where they are.
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path


def _folder(package: str) -> Path:
    # pip installs wheels unpacked, so the package data is a real folder (Jinja needs one).
    try:
        return Path(str(files(package)))
    except ModuleNotFoundError:
        # An install without the data: typically an editable install made before templates/ and
        # spec/ became package data, which maps only generator/. Exit 3 (internal), no traceback.
        print(
            f"internal error: this docker-engine-codegen install lacks {package}; reinstall it "
            "(from a checkout: pip install -e '.[test]' -e ./generated)",
            file=sys.stderr,
        )
        raise SystemExit(3) from None


GENERATOR = _folder("generator")
TEMPLATES = _folder("generator._templates")
RUNTIME = TEMPLATES / "runtime"
SPEC = _folder("generator._spec")
