"""`python -m docker_engine` and the `docker-engine` command: call any operation of the
Engine API from a shell, with the syntax of the docs' Example lines.

    docker-engine --help
    docker-engine imageList all=true filters='{"dangling":["true"]}'

Generated; do not edit. The machinery lives in `docker_engine._runtime.cli`.
"""

from __future__ import annotations

import os
import sys

__all__ = ["main", "run"]


def main(argv: list[str] | None = None) -> int:
    """Run the command line with `argv` (default: `sys.argv[1:]`); return the exit code."""
    from ._client import DockerClient
    from ._operations import API_VERSION, OPERATIONS
    from ._runtime.cli import main as cli_main

    called_as = os.path.basename(sys.argv[0]) if sys.argv else ""
    prog = "python -m docker_engine" if called_as == "__main__.py" else "docker-engine"
    return cli_main(OPERATIONS, DockerClient, argv, prog=prog, spec_version=API_VERSION)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":
    run()
