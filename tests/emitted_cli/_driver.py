"""Run several ``docker-engine`` command lines in one interpreter (startup paid once).

stdin: a JSON list of argv lists (argv[0] is the script name); stdout: a JSON list of
``{"argv", "returncode", "stdout", "stderr"}``. Each command gets its own standard output and
error (binary-capable, not a terminal), as a separate process would.
"""

from __future__ import annotations

import io
import json
import sys

from docker_engine.__main__ import main


def run(argv: list[str]) -> dict[str, object]:
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        code = main(argv[1:])
    finally:
        sys.stdout, sys.stderr = saved
    out.flush()
    err.flush()
    return {
        "argv": argv,
        "returncode": code,
        "stdout": out.buffer.getvalue().decode("utf-8", "replace"),  # type: ignore[attr-defined]
        "stderr": err.buffer.getvalue().decode("utf-8", "replace"),  # type: ignore[attr-defined]
    }


if __name__ == "__main__":
    commands = json.load(sys.stdin)
    json.dump([run(argv) for argv in commands], sys.stdout)
