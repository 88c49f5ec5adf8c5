"""The process of the scenario's plugin: ``plugin_server.c`` built static into a fixed folder
of the host, which the plugin's ``config.json`` bind-mounts (so the plugin's own root
filesystem, sent in the recorded ``POST /plugins/create``, holds no binary and is the same
bytes on every run, replays included).

``built_plugin_server()`` compiles it with ``gcc -static`` when the source is newer than the
binary; only runs against an Engine need it (a replay never starts the plugin).
"""

from __future__ import annotations

import glob
import os
import pathlib
import shutil
import subprocess

from ._apt import apt_install

SOURCE = pathlib.Path(__file__).with_name("plugin_server.c")
# Named in the recorded config.json: must not vary between runs or machines.
SERVER_DIR = "/tmp/codegen-test-plugin-server"
SERVER_NAME = "plugin-server"


def built_plugin_server() -> str:
    """The path of the static binary, built if missing or older than its source."""
    binary = pathlib.Path(SERVER_DIR) / SERVER_NAME
    if binary.exists() and binary.stat().st_mtime >= SOURCE.stat().st_mtime:
        return str(binary)
    apt_install("gcc", present=lambda: shutil.which("gcc") is not None, what="gcc")
    apt_install("libc6-dev", present=lambda: bool(glob.glob("/usr/lib/*/libc.a")), what="the static C library (libc.a)")
    binary.parent.mkdir(parents=True, exist_ok=True)
    partial = binary.with_name(f"{SERVER_NAME}.{os.getpid()}")
    built = subprocess.run(["gcc", "-static", "-Os", "-s", "-o", str(partial), str(SOURCE)], capture_output=True, text=True)
    if built.returncode != 0:
        partial.unlink(missing_ok=True)
        raise RuntimeError(f"gcc -static {SOURCE.name} failed:\n{built.stderr.strip()}")
    partial.replace(binary)  # whole or not at all: a dockerd may be starting the old one
    return str(binary)
