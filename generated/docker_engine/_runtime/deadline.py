"""Per-call deadlines for the sync transports.

A read timeout bounds each read, so a peer sending one byte just before every
timeout keeps a call alive forever. The sync client sets the deadline of a whole
non-streaming call here (a context variable: it belongs to the calling thread and
is gone when the call returns, so streams read later keep their per-read
timeouts); every read of the sync transports asks :func:`read_timeout` how long it
may wait.
"""

from __future__ import annotations

import math
import time
from contextvars import ContextVar, Token

__all__ = ["end_deadline", "read_timeout", "start_deadline"]

_DEADLINE: ContextVar[float | None] = ContextVar(
    "docker_engine_call_deadline", default=None
)


def start_deadline(seconds: float) -> Token[float | None]:
    """The current call must end within ``seconds``; pass the token to
    :func:`end_deadline` when it does."""
    return _DEADLINE.set(time.monotonic() + seconds)


def end_deadline(token: Token[float | None]) -> None:
    _DEADLINE.reset(token)


def read_timeout(timeout: float | None) -> float | None:
    """``timeout`` for the next read, shortened to what is left of the current
    call's deadline; ``TimeoutError`` once nothing is left."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    # In 0.1 s steps (a call may overrun by that much): a socket's timeout then
    # rarely changes between two reads, which would cost a system call each.
    left = math.ceil((deadline - time.monotonic()) * 10) / 10
    if left <= 0:
        raise TimeoutError("the call's deadline passed")
    return left if timeout is None or left < timeout else timeout
