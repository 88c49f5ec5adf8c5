"""The PluginApi scenario: all 11 operations with a success, and the 404 each one that
declares it really gets (plus the 409s of an enabled plugin)."""

from __future__ import annotations

import json

import pytest

from docker_engine import Conflict, DockerClient, NotFound, ServerError
from docker_engine.models import PluginPrivilege

from ..support.plugin_server import SERVER_DIR, SERVER_NAME, built_plugin_server
from . import Env, client_scenario, tar_of

# dockerd dials <exec-root>/plugins/<64-hex id>/<socket>; a unix socket path holds 107 bytes,
# and the extra Engines' exec roots are long (/tmp/codegen-engine-sid/exec): a short name.
SOCKET = "sock"
LOG_LEVEL = "LOG_LEVEL"


def plugin_tar(description: str) -> bytes:
    """A plugin as `docker plugin create` reads a folder: config.json and rootfs/. The root
    filesystem holds one marker file: the process (tests/support/plugin_server.c) comes bind-mounted
    from the host, so these bytes are the same on every run and no binary is recorded."""
    config = {
        "description": description,
        "documentation": "tests/scenarios/plugin.py of docker-engine-codegen",
        "entrypoint": [f"/server/{SERVER_NAME}", f"/run/docker/plugins/{SOCKET}"],
        # a log driver: dockerd calls nothing on it until a container logs to it, so
        # enabling it changes nothing else on a shared Engine
        "interface": {"types": ["docker.logdriver/1.0"], "socket": SOCKET},
        "network": {"type": "none"},
        "mounts": [
            {
                "name": "server",
                "description": "the plugin's process, built on the host",
                "source": SERVER_DIR,
                "destination": "/server",
                "type": "bind",
                "options": ["rbind", "ro"],
            }
        ],
        "env": [{"name": LOG_LEVEL, "description": "how much the plugin says", "settable": ["value"], "value": "info"}],
        "linux": {"capabilities": []},
    }
    # Each version's root filesystem must differ: Engine 20.10 refuses a layer it holds already (409).
    return tar_of({"config.json": json.dumps(config, sort_keys=True), "rootfs/.codegen-test": description})


@client_scenario("plugin", needs_registry=True, live_setup=built_plugin_server)
def plugin(docker: DockerClient, env: Env) -> None:
    """Create two versions of a plugin and push them to the local registry; ask the privileges
    of the first, pull it under another name, configure it, enable it (its process listens on
    its socket), disable it, upgrade it to the second, delete everything; and the errors: a
    missing plugin (404) for each operation that declares it, an enabled one enabled again or
    deleted without force (409), or configured (500)."""
    repository = f"{env.registry}/{env.name('plugin')}"
    first, second = f"{repository}:v1", f"{repository}:v2"
    pulled = f"{env.object_name('pulled')}:latest"
    missing = f"{env.object_name('missing')}:latest"

    docker.plugin.plugin_create(first, tar_context=plugin_tar("first version"))
    docker.plugin.plugin_create(second, tar_context=plugin_tar("second version"))
    created = docker.plugin.plugin_inspect(first)
    assert (created.name, created.enabled, created.config.description) == (first, False, "first version")
    listed = {item.name: item for item in docker.plugin.plugin_list(filters={"capability": ["logdriver"]})}
    assert {first, second} <= set(listed) and listed[first].id == created.id

    for version in (first, second):
        pushed = docker.plugin.plugin_push(version).wait()
        assert pushed.digest is not None and pushed.digest.startswith("sha256:")

    privileges = docker.plugin.get_plugin_privileges(first)
    assert [(p.name, p.value) for p in privileges] == [("network", ["none"]), ("mount", [SERVER_DIR])]
    docker.plugin.plugin_pull(first, name=pulled, body=privileges).wait()
    installed = docker.plugin.plugin_inspect(pulled)
    assert installed.plugin_reference == first and not installed.enabled

    docker.plugin.plugin_set(pulled, body=[f"{LOG_LEVEL}=debug"])
    assert f"{LOG_LEVEL}=debug" in docker.plugin.plugin_inspect(pulled).settings.env

    docker.plugin.plugin_enable(pulled, timeout=30)  # seconds dockerd waits for the plugin process
    assert docker.plugin.plugin_inspect(pulled).enabled
    assert [item.name for item in docker.plugin.plugin_list(filters={"enabled": ["true"]}) if item.name == pulled] == [pulled]
    with pytest.raises(ServerError, match="disable plugin before setting"):  # both Engines: 500, not a conflict
        docker.plugin.plugin_set(pulled, body=[f"{LOG_LEVEL}=info"])
    with pytest.raises(Conflict, match="already enabled"):
        docker.plugin.plugin_enable(pulled)
    with pytest.raises(Conflict, match="is enabled"):
        docker.plugin.plugin_delete(pulled)
    docker.plugin.plugin_disable(pulled)
    assert not docker.plugin.plugin_inspect(pulled).enabled

    docker.plugin.plugin_upgrade(pulled, second, body=[PluginPrivilege(name=p.name, description=p.description, value=p.value) for p in privileges]).wait()
    upgraded = docker.plugin.plugin_inspect(pulled)
    assert (upgraded.plugin_reference, upgraded.config.description) == (second, "second version")

    for name in (pulled, first, second):
        docker.plugin.plugin_delete(name)
    remaining = {item.name for item in docker.plugin.plugin_list()}
    assert not remaining & {pulled, first, second}

    with pytest.raises(NotFound):
        docker.plugin.plugin_inspect(missing)
    with pytest.raises(NotFound):
        docker.plugin.plugin_enable(missing)
    with pytest.raises(NotFound):
        docker.plugin.plugin_disable(missing)
    with pytest.raises(NotFound):
        docker.plugin.plugin_set(missing, body=[f"{LOG_LEVEL}=debug"])
    with pytest.raises(NotFound):
        docker.plugin.plugin_push(missing).wait()
    with pytest.raises(NotFound):
        docker.plugin.plugin_upgrade(missing, second, body=privileges).wait()
    with pytest.raises(NotFound):
        docker.plugin.plugin_delete(missing)
