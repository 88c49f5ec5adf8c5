"""SwarmSpecRaft: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class SwarmSpecRaft(Model):
    """Raft configuration."""

    snapshot_interval: int | None = Field(
        default=None,
        validation_alias="SnapshotInterval",
        serialization_alias="SnapshotInterval",
    )
    """The number of log entries between snapshots."""

    keep_old_snapshots: int | None = Field(
        default=None,
        validation_alias="KeepOldSnapshots",
        serialization_alias="KeepOldSnapshots",
    )
    """The number of snapshots to keep beyond the current snapshot."""

    log_entries_for_slow_followers: int | None = Field(
        default=None,
        validation_alias="LogEntriesForSlowFollowers",
        serialization_alias="LogEntriesForSlowFollowers",
    )
    """The number of log entries to keep around to sync up slow followers
    after a snapshot is created.
    """

    election_tick: int | None = Field(
        default=None,
        validation_alias="ElectionTick",
        serialization_alias="ElectionTick",
    )
    """The number of ticks that a follower will wait for a message from
    the leader before becoming a candidate and starting an election.
    `ElectionTick` must be greater than `HeartbeatTick`.

    A tick currently defaults to one second, so these translate
    directly to seconds currently, but this is NOT guaranteed.
    """

    heartbeat_tick: int | None = Field(
        default=None,
        validation_alias="HeartbeatTick",
        serialization_alias="HeartbeatTick",
    )
    """The number of ticks between heartbeats. Every HeartbeatTick ticks,
    the leader will send a heartbeat to the followers.

    A tick currently defaults to one second, so these translate
    directly to seconds currently, but this is NOT guaranteed.
    """
