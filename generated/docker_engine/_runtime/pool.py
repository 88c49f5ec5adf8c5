"""The idle keep-alive connections of a transport's pool, shared by the sync and
the async transport (which add their own locking and limits on open connections)."""

from __future__ import annotations

import time
from typing import Generic, Protocol, TypeVar

__all__ = ["IdleConnections"]

#: Seconds an idle connection is kept (httpx2's default).
KEEPALIVE_EXPIRY = 5.0


class _Connection(Protocol):
    idle_since: float

    def dead(self) -> bool: ...

    def close(self) -> None: ...


C = TypeVar("C", bound=_Connection)


class IdleConnections(Generic[C]):
    """At most ``max_idle`` connections, each kept ``expiry`` seconds; the most
    recently used is reused first."""

    def __init__(self, max_idle: int, expiry: float) -> None:
        self._idle: list[C] = []
        self._max_idle = max_idle
        self._expiry = expiry
        self._closed = False

    def __len__(self) -> int:
        return len(self._idle)

    def take(self) -> C | None:
        """An idle connection that is still good (the others are closed)."""
        now = time.monotonic()
        while self._idle:
            conn = self._idle.pop()
            if now - conn.idle_since <= self._expiry and not conn.dead():
                return conn
            conn.close()
        return None

    def give(self, conn: C) -> bool:
        """Keep ``conn`` for reuse, unless the pool is full or closed."""
        if self._closed or len(self._idle) >= self._max_idle:
            return False
        conn.idle_since = time.monotonic()
        self._idle.append(conn)
        return True

    def close(self) -> None:
        """Close every idle connection; keep none from now on."""
        self._closed = True
        idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()
