"""The docs' Example lines run through the emitted command line (``python -m docker_engine``).

The sample of operations and their values is ``tests.emitted_cli.support.EXAMPLES``; the command
lines are the Example lines of docs generated with ``--script-name docker-engine``, filled in.
argv, exit status, stdout and stderr of each command (and the digest of the file written with
``--output``) go to the cassette header's ``meta``; ``tests/emitted_cli/test_docs_examples.py``
replays the cassette to the same commands and expects the same results.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from typing import Any

from tests.emitted_cli import support
from tests.support.engine import Cleanup
from tests.support.images import ensure_busybox

from ..scenario import scenario


def run_examples(socket_path: str, commands: list[list[str]], workdir: str) -> list[dict[str, Any]]:
    """Run each command against ``unix://socket_path`` in ``workdir`` (a fresh one per call)."""
    support.prepare_workdir(workdir)
    config_dir = tempfile.mkdtemp(prefix="docker-config-")
    try:
        results = support.run_cli_batch(commands, f"unix://{socket_path}", workdir, config_dir)
        for argv, result in zip(commands, results, strict=True):
            result["stderr"] = result["stderr"].replace(socket_path, "<socket>")
            if "--output" in argv:
                result["output_sha256"] = _sha256_of(os.path.join(workdir, argv[argv.index("--output") + 1]))
        return results
    finally:
        shutil.rmtree(config_dir, ignore_errors=True)


def _sha256_of(path: str) -> str | None:
    """None when the command wrote no file (it failed): its result, stderr included, is then what differs."""
    try:
        with open(path, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    except FileNotFoundError:
        return None


@scenario("cli_examples/docs")
def docs_examples(socket_path: str, upstream: str) -> dict[str, Any]:
    """docker-engine: the docs' Example lines, filled in"""
    ensure_busybox(upstream)  # setup on the real socket: not recorded
    commands = support.example_commands(support.example_lines(support.generated_docs()))
    with Cleanup(upstream) as cleanup, tempfile.TemporaryDirectory() as workdir:
        cleanup.container(support.CONTAINER)
        for image in support.LEFTOVER_IMAGES:
            cleanup.image(image)
        results = run_examples(socket_path, commands, workdir)
    return {"client": "docker-engine (python -m docker_engine)", "commands": results}
