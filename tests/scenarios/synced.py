"""Drive the async client with a scenario body written for the sync one.

`Synced(AsyncDockerClient(...), loop)` looks like a DockerClient: every awaitable it meets is
run to completion on `loop`, and every runtime object it returns (APIs, streams, hijacked
sessions) is wrapped the same way, so one body checks that both twins send the same requests
and give the same results.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pydantic


class Synced:
    def __init__(self, target: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._target = target
        self._loop = loop

    def _wrap(self, value: Any) -> Any:
        if inspect.isawaitable(value):
            value = self._loop.run_until_complete(value)
        module = type(value).__module__
        if module.startswith("docker_engine.") and not isinstance(value, pydantic.BaseModel) and not isinstance(value, BaseException):
            if not inspect.isclass(value) and hasattr(type(value), "__dict__") and not _is_plain_data(value):
                return Synced(value, self._loop)
        return value

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if callable(value):
            return lambda *args, **kwargs: self._wrap(value(*args, **kwargs))
        return self._wrap(value)

    def __enter__(self) -> Synced:
        entered = self._loop.run_until_complete(self._target.__aenter__())
        return self if entered is self._target else Synced(entered, self._loop)

    def __exit__(self, *exc: object) -> None:
        self._loop.run_until_complete(self._target.__aexit__(*exc))

    def __iter__(self) -> Any:
        iterator = self._target.__aiter__()
        while True:
            try:
                yield self._loop.run_until_complete(iterator.__anext__())
            except StopAsyncIteration:
                return


def _is_plain_data(value: Any) -> bool:
    """Results such as StreamOutcome or Output are data, not objects to drive."""
    return not any(inspect.iscoroutinefunction(getattr(type(value), name, None)) for name in dir(type(value)) if not name.startswith("__"))
