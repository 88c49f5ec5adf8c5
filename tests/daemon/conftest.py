"""Make ``tests.support`` / ``tests.daemon`` importable however pytest was started (``tests/`` has no
``__init__.py``, so pytest may import this package as top-level ``daemon``)."""

import pathlib
import sys

_ROOT = str(pathlib.Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
