"""Client scenarios: one body of calls, run three ways.

* recorded: `python -m tests.daemon record --only client` runs each body through the recording
  proxy against the live Engine and writes `tests/daemon/cassettes/client/<name>.jsonl`
  (`--only client-28.5 --socket …` from an Engine 28.5: `client-28.5/<name>.jsonl`);
* replayed (the default in `tests/client/test_scenarios.py`): the same body against the replay
  daemon, through the client's real transport, with no Docker at all, from every Engine's cassette;
* live (`pytest --live`): the same body straight against the Engine.

A body gets a `DockerClient` and an `Env` (names it may create, the busybox image, the local
registry, the Engine's version where Engines answer differently). What varies between runs (the registry's port) is stored in the cassette header and
handed back on replay, so the body sends the same requests every time. Bodies assert relations
between values (the id a build reports is the id inspect shows), never volatile literals.

Swarm scenarios (`swarm=True`) never touch the machine's Engine: they run on the Engines of
`tests.support.engines.SWARM_SUITES` (a second Engine 20.10, and 28.5), each swarm on its own port, with the
other one as a peer (`Env.live`: unrecorded actions of a live run, such as making the peer join this
Engine's swarm or restarting this Engine; a replay has no `live` and skips them, since what the daemon
answered afterwards is in the cassette).
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import tarfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from typing import Any

from docker_engine import DockerClient

from ..support.engine import DEFAULT_SOCKET, Cleanup, request
from ..support.engines import SWARM_SUITES, restart_suite, running_suite
from ..support.images import BUSYBOX_IMAGE, ensure_busybox
from ..support.registry import LocalRegistry
from ..support.search_index import SearchIndex

FIXED_MTIME = 1_700_000_000  # build contexts and tars must be byte-identical on every run
LABEL = "codegen-test.scenario"
OBJECT_PREFIX = "rec-"
REGISTRY_CREDENTIALS = ("rec-user", "rec-password")  # of a throw-away registry: redacted in cassettes all the same
MACHINE_ENGINE = "20.10"
# Where each Engine's recordings live (cassette groups under tests/daemon/cassettes/): the machine's
# Engine under client/, Engines 26.1 and 28.5 (`../shared/tools/engines/start-engine trixie|sid DIR`) beside it.
ENGINE_GROUPS = {MACHINE_ENGINE: "client", "26.1": "client-26.1", "28.5": "client-28.5"}
# The port each swarm Engine's swarm listens on and advertises (127.0.0.1 only): one per Engine, since
# both run on this machine, and the scenario makes one join the other's swarm.
SWARM_PORTS = {"20.10": 4377, "28.5": 4378}
REDACTED = "<redacted>"  # what the recorder writes for secrets (join tokens, unlock keys)


@dataclass(frozen=True)
class Env:
    scenario: str
    busybox: str  # reference of the base image every scenario may use
    busybox_id: str
    registry: str  # 127.0.0.1:PORT of the local registry, "" when the scenario needs none
    engine: str = MACHINE_ENGINE  # major.minor of the Engine: bodies pin where Engines answer differently
    swarm_addr: str = ""  # 127.0.0.1:PORT this Engine's swarm listens on and advertises (swarm scenarios)
    peer_addr: str = ""  # the swarm manager of the other Engine, which this one joins
    join_token: str = ""  # the worker token of that swarm: REDACTED in the cassette, as in the recorded request
    search_index: str = ""  # 127.0.0.1:PORT of the fake v1 search index (tests/support/search_index.py), "" when none
    live: SwarmPeer | None = field(default=None, compare=False, repr=False)  # live runs only: not in the cassette

    def pause(self, seconds: float) -> None:
        """Give the daemon time between two polls of a live run; a replay has the answers already."""
        if self.live is not None:
            time.sleep(seconds)

    def name(self, suffix: str) -> str:
        """A repository name of this scenario's own, removed after a live run."""
        return f"codegen-test/{self.scenario.replace('_', '-')}-{suffix}"

    def object_name(self, suffix: str) -> str:
        """A container, network or volume name of this scenario's own (`rec-`: made by a recording)."""
        return f"{OBJECT_PREFIX}{self.scenario.replace('_', '-')}-{suffix}"

    def meta(self) -> dict[str, Any]:
        meta = {item.name: getattr(self, item.name) for item in fields(self) if item.name != "live"}
        if self.join_token:
            meta["join_token"] = REDACTED
        return meta


class SwarmPeer:
    """Unrecorded actions of a live swarm scenario, on the other Engine (the peer) and on this one."""

    def __init__(self, upstream: str, peer: str, suite: str) -> None:
        self.upstream, self.peer, self.suite = upstream, peer, suite

    def join(self) -> None:
        """The peer leaves the swarm it manages and joins this Engine's as a worker."""
        leave_swarm(self.peer)
        token = request("GET", "/swarm", socket_path=self.upstream).json()["JoinTokens"]["Worker"]
        join = {"JoinToken": token, "RemoteAddrs": [self.manager_addr()], **swarm_addresses(engine_of(self.peer))}
        post_json(self.peer, "/swarm/join", join, "the peer's join")

    def leave(self) -> None:
        leave_swarm(self.peer)

    def restart(self) -> None:
        """Stop this Engine and start it again: an autolocked manager comes back locked."""
        restart_suite(self.suite)

    def manager_addr(self) -> str:
        return swarm_addresses(engine_of(self.upstream))["AdvertiseAddr"]


Body = Callable[[DockerClient, Env], None]


@dataclass(frozen=True)
class ClientScenario:
    name: str
    body: Body
    needs_registry: bool
    registry_login: bool  # the registry asks for REGISTRY_CREDENTIALS
    known_defect: str  # a client defect the scenario trips: its runs are expected to fail until it is fixed
    swarm: bool = False  # runs on the swarm Engines (SWARM_SUITES), never on the machine's
    live_setup: Callable[[], object] | None = None  # what only a run against an Engine needs (unrecorded), e.g. a binary to build
    needs_search_index: bool = False

    @property
    def engines(self) -> tuple[str, ...]:
        """The Engines it is recorded from."""
        return tuple(SWARM_SUITES) if self.swarm else tuple(ENGINE_GROUPS)

    def cassette(self, engine: str = MACHINE_ENGINE) -> str:
        return f"{ENGINE_GROUPS[engine]}/{self.name}"


SCENARIOS: dict[str, ClientScenario] = {}


def client_scenario(
    name: str,
    *,
    needs_registry: bool = False,
    registry_login: bool = False,
    known_defect: str = "",
    swarm: bool = False,
    live_setup: Callable[[], object] | None = None,
    needs_search_index: bool = False,
) -> Callable[[Body], Body]:
    def register(body: Body) -> Body:
        SCENARIOS[name] = ClientScenario(
            name,
            body,
            needs_registry or registry_login,
            registry_login,
            known_defect,
            swarm=swarm,
            live_setup=live_setup,
            needs_search_index=needs_search_index,
        )
        return body

    return register


@contextlib.contextmanager
def live_env(scenario: ClientScenario, upstream: str) -> Iterator[Env]:
    """Set up what a body needs on the real daemon (unrecorded), and remove what it made."""
    if scenario.swarm and upstream == DEFAULT_SOCKET:
        raise RuntimeError(f"{scenario.name} makes swarms: it runs on the Engines start-engine starts ({SWARM_SUITES}), never on the machine's")
    busybox_id = ensure_busybox(upstream)
    if scenario.live_setup is not None:
        scenario.live_setup()
    with contextlib.ExitStack() as stack:
        credentials = REGISTRY_CREDENTIALS if scenario.registry_login else None
        registry = stack.enter_context(LocalRegistry(credentials=credentials)).address if scenario.needs_registry else ""
        search_index = stack.enter_context(SearchIndex()).address if scenario.needs_search_index else ""
        env = Env(scenario.name, BUSYBOX_IMAGE, busybox_id, registry, engine_of(upstream), search_index=search_index)
        stack.callback(remove_leftovers, env, upstream)
        if scenario.swarm:
            env = stack.enter_context(swarm_env(env, upstream))
        yield env


@contextlib.contextmanager
def swarm_env(env: Env, upstream: str) -> Iterator[Env]:
    """The peer Engine manages a swarm of its own for the scenario to join; both Engines leave their
    swarms afterwards. Each must be in none before: a swarm found there is somebody else's."""
    if env.engine not in SWARM_SUITES:
        raise RuntimeError(f"swarm scenarios run on the Engines {SWARM_SUITES} that start-engine starts, not on Engine {env.engine}")
    peer_engine = next(engine for engine in SWARM_SUITES if engine != env.engine)
    with running_suite(SWARM_SUITES[peer_engine]) as peer:
        for socket_path in (upstream, peer):
            state = request("GET", "/info", socket_path=socket_path).json()["Swarm"]["LocalNodeState"]
            if state != "inactive":
                raise RuntimeError(f"the Engine at {socket_path} is in a swarm already ({state}): leave it first")
        try:
            post_json(peer, "/swarm/init", swarm_addresses(peer_engine), "the peer's swarm init")
            token = request("GET", "/swarm", socket_path=peer).json()["JoinTokens"]["Worker"]
            yield dataclasses.replace(
                env,
                swarm_addr=swarm_addresses(env.engine)["AdvertiseAddr"],
                peer_addr=swarm_addresses(peer_engine)["AdvertiseAddr"],
                join_token=token,
                live=SwarmPeer(upstream, peer, SWARM_SUITES[env.engine]),
            )
        finally:
            leave_swarm(upstream)
            leave_swarm(peer)


def swarm_addresses(engine: str) -> dict[str, str]:
    address = f"127.0.0.1:{SWARM_PORTS[engine]}"
    return {"ListenAddr": address, "AdvertiseAddr": address}


def leave_swarm(socket_path: str) -> None:
    """Leave whatever swarm the Engine is in (force: a manager too); nothing when it is in none."""
    response = request("POST", "/swarm/leave?force=1", socket_path=socket_path)
    if response.status not in (200, 503):  # 503: not part of a swarm
        raise RuntimeError(f"leaving the swarm at {socket_path}: {response.status} {response.body[:200]!r}")


def post_json(socket_path: str, target: str, body: dict[str, Any], what: str) -> None:
    headers = [("Content-Type", "application/json")]
    response = request("POST", target, body=json.dumps(body).encode(), headers=headers, socket_path=socket_path)
    if response.status >= 300:
        raise RuntimeError(f"{what}: {response.status} {response.body[:300]!r}")


def engine_of(upstream: str) -> str:
    """The Engine's major.minor version ("20.10", "28.5"), as the daemon reports it."""
    version = str(request("GET", "/version", socket_path=upstream).json()["Version"])
    return ".".join(version.split(".")[:2])


def remove_leftovers(env: Env, upstream: str) -> None:
    """Containers, networks and volumes labelled by the scenario or named as its own, plugins
    named as its own, then every image tagged with its names."""

    def own(item: dict[str, Any], name: str) -> bool:
        return (item.get("Labels") or {}).get(LABEL) == env.scenario or name.startswith(env.object_name(""))

    def listed(target: str) -> Any:
        return request("GET", target, socket_path=upstream).json()

    with Cleanup(upstream) as cleanup:
        for container in listed("/containers/json?all=1"):
            if own(container, min(container.get("Names") or ["/"]).lstrip("/")):
                cleanup.container(container["Id"])
        for network in listed("/networks"):
            if own(network, network["Name"]):
                cleanup.network(network["Id"])
        for volume in listed("/volumes")["Volumes"] or []:
            if own(volume, volume["Name"]):
                cleanup.volume(volume["Name"])
        prefixes: tuple[str, ...] = (env.name(""), env.object_name(""))
        if env.registry:
            prefixes += tuple(f"{env.registry}/{prefix}" for prefix in prefixes)
        for plugin in listed("/plugins"):
            if plugin["Name"].startswith(prefixes):
                cleanup.plugin(plugin["Name"])
        for image in listed("/images/json?all=1"):
            for tag in image.get("RepoTags") or []:
                if tag.startswith(prefixes):
                    cleanup.image(tag)


def tar_of(files: dict[str, bytes | str]) -> bytes:
    """A tar with fixed metadata: the same bytes on every run, so replays match bodies."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, content in sorted(files.items()):
            data = content.encode() if isinstance(content, str) else content
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), FIXED_MTIME, 0o644
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def tar_members(data: bytes) -> dict[str, bytes]:
    """The files of a tar (directories and links as empty content)."""
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        return {m.name: (tar.extractfile(m).read() if m.isfile() else b"") for m in tar.getmembers()}  # type: ignore[union-attr]


def load_all() -> dict[str, ClientScenario]:
    from . import container, image, network, plugin, swarm, system, volume  # noqa: F401  (they register their scenarios)

    return SCENARIOS
