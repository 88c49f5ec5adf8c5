"""Install a Debian package on demand (test machines only)."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from typing import Callable

_lock = threading.Lock()


def apt_install(package: str, *, present: Callable[[], bool], what: str) -> None:
    """Run ``apt-get install -y PACKAGE`` unless ``present()`` is already true (``what`` names it in errors).

    Runs ``apt-get update`` once and retries when the first install fails (empty package lists).
    Raises ``RuntimeError`` with instructions when apt-get is unavailable or we are not root.
    """
    with _lock:
        if present():
            return
        apt = shutil.which("apt-get")
        if apt is None or os.geteuid() != 0:
            raise RuntimeError(
                f"{what} is missing; install the Debian package {package!r} " f"(apt-get install -y {package})"
            )
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        cmd = [apt, "install", "-y", "--no-install-recommends", package]
        if subprocess.run(cmd, env=env, capture_output=True).returncode != 0:
            subprocess.run([apt, "update"], env=env, capture_output=True, check=False)
            proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
            if proc.returncode != 0:
                raise RuntimeError(f"apt-get install {package} failed:\n{proc.stderr[-2000:]}")
        if not present():
            raise RuntimeError(f"installed {package} but {what} is still missing")
