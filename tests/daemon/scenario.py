"""Scenario registry: functions that drive a client through the recording proxy.

>>> from tests.daemon.scenario import scenario
>>> @scenario("image_build_classic")
... def image_build_classic(socket_path: str) -> dict | None:
...     client = make_client(f"unix://{socket_path}")   # talks to the recorder, which talks to the daemon
...     ...
...     return {"note": "anything JSON-able goes to the cassette header's meta"}

* Name ``"group/name"`` → cassette ``tests/daemon/cassettes/group/name.jsonl`` (blobs in ``group/blobs/``).
* A scenario that needs unrecorded setup (e.g. ``ensure_busybox``) may declare a second parameter
  ``upstream`` (the real daemon socket) and use it directly.
* Modules under ``tests/daemon/scenarios/`` are imported by ``load_scenarios()``; put new scenarios there.
* ``python -m tests.daemon record [--only NAME|GROUP]`` re-records them (needs a live daemon).
"""

from __future__ import annotations

import importlib
import inspect
import pathlib
import pkgutil
import re
from dataclasses import dataclass
from typing import Any, Callable

from . import cassette as cf
from .recorder import Recorder

CASSETTE_DIR = pathlib.Path(__file__).resolve().parent / "cassettes"
_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]*(/[a-z0-9][a-z0-9_.-]*)*$")

ScenarioFunc = Callable[..., "dict[str, Any] | None"]


@dataclass(frozen=True)
class Scenario:
    name: str
    func: ScenarioFunc
    description: str = ""
    suite: str | None = None  # the Debian suite whose Engine (start-engine) records it, when not the group's

    def cassette_path(self, root: pathlib.Path = CASSETTE_DIR) -> pathlib.Path:
        return root / f"{self.name}.jsonl"


SCENARIOS: dict[str, Scenario] = {}


def scenario(name: str, *, description: str | None = None, suite: str | None = None) -> Callable[[ScenarioFunc], ScenarioFunc]:
    """Register ``func(socket_path[, upstream]) -> dict | None`` under ``name``."""
    if not _NAME.match(name):
        raise ValueError(f"bad scenario name {name!r} (lowercase, digits, _ . -, groups separated by /)")

    def register(func: ScenarioFunc) -> ScenarioFunc:
        if name in SCENARIOS and SCENARIOS[name].func is not func:
            raise ValueError(f"scenario {name!r} registered twice")
        SCENARIOS[name] = Scenario(name, func, description or (inspect.getdoc(func) or "").split("\n")[0], suite)
        return func

    return register


def load_scenarios() -> dict[str, Scenario]:
    """Import every module of ``tests.daemon.scenarios`` (registration happens at import)."""
    from . import scenarios as pkg

    for mod in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
        importlib.import_module(mod.name)
    return SCENARIOS


def select(only: list[str] | None = None) -> list[Scenario]:
    """Scenarios named exactly ``only`` or inside a group of that name (``cli`` selects ``cli/*``)."""
    load_scenarios()
    if not only:
        return [SCENARIOS[n] for n in sorted(SCENARIOS)]
    chosen = [SCENARIOS[n] for n in sorted(SCENARIOS) if any(n == o or n.startswith(o.rstrip("/") + "/") for o in only)]
    if not chosen:
        raise KeyError(f"no scenario matches {only}; known: {', '.join(sorted(SCENARIOS))}")
    return chosen


def record(s: Scenario, *, root: pathlib.Path = CASSETTE_DIR, upstream: str | None = None) -> cf.Cassette:
    """Run ``s`` through a ``Recorder`` and (re)write its cassette under ``root``; nothing is written on error."""
    from tests.support.engine import daemon_socket

    upstream = upstream or daemon_socket()
    rec = Recorder(s.cassette_path(root), upstream=upstream, name=s.name)
    proxy = rec.start()
    try:
        params = inspect.signature(s.func).parameters
        meta = s.func(proxy, upstream=upstream) if "upstream" in params else s.func(proxy)
    except BaseException:
        rec.stop(write=False)
        raise
    if meta:
        rec.meta.update(meta)
    cassette = rec.stop()
    assert cassette is not None
    return cassette
