"""The emitted Python is exactly what black would write, without running black on it."""

from __future__ import annotations

import black
import pytest

from generator.formatting import format_python
from generator.generate import Options, load_ir, render_files

from ..conftest import spec_path

MODE = black.Mode(line_length=88, target_versions={black.TargetVersion.PY310})


@pytest.mark.parametrize("spec", ["engine-api-v1.41.yaml", "engine-api-v1.44.yaml", "engine-api-v1.50.yaml"])
def test_every_emitted_python_file_is_black_stable(spec: str) -> None:
    files = format_python(render_files(load_ir(Options(spec=str(spec_path(spec))))), use_cache=False)
    changed = [path for path, text in sorted(files.items()) if path.endswith(".py") and black.format_str(text, mode=MODE) != text]
    assert changed == []
