"""Where the history comes from: the folder of engine-api-vX.Y.yaml files that goes with a spec.

Kept apart from generator.history, whose imports (the YAML reader, the IR) would cost the run
that finds its inputs unchanged more than all its other work.
"""

from __future__ import annotations

import re
from pathlib import Path

FILE_PATTERN = re.compile(r"^engine-api-v(\d+)\.(\d+)\.yaml$")


def default_folder(spec: str | None) -> Path | None:
    """The pinned upstream file's history (spec/upstream.yaml) when no spec is named; the
    history beside a spec file: its `history/` folder, else the spec's own folder when that
    holds other versions (a spec inside history/ itself); none for a spec behind a URL."""
    if spec is None:
        from .source import pinned_history  # downloads: only for the pinned spec

        return pinned_history()
    if "://" in spec:
        return None
    folder = Path(spec).parent
    if (folder / "history").is_dir():
        return folder / "history"
    versions = [p for p in folder.glob("engine-api-v*.yaml") if FILE_PATTERN.match(p.name)]
    return folder if len(versions) > 1 else None
