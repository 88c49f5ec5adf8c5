"""Base classes of the generated API groups (``client.image``, ...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .client import AsyncBaseDockerClient, BaseDockerClient

__all__ = ["AsyncApi", "SyncApi"]


class SyncApi:
    """One API group bound to a sync client."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseDockerClient) -> None:
        self._client = client


class AsyncApi:
    """One API group bound to an async client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncBaseDockerClient) -> None:
        self._client = client
