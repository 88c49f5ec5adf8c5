"""The container statistics of ``GET /containers/{id}/stats``: the spec gives the answer no
schema (``type: object``). Typed here from the Engine's own types (moby ``api/types/stats.go``,
``StatsJSON`` and what it embeds), with what Linux daemons send; unknown fields are kept
(``model_extra``), Windows-only ones included.
"""

from __future__ import annotations

from typing import Any

from .model import Model

__all__ = [
    "BlkioStatEntry",
    "BlkioStats",
    "ContainerStats",
    "CpuStats",
    "CpuUsage",
    "MemoryStats",
    "NetworkStats",
    "PidsStats",
    "ThrottlingData",
]


class ThrottlingData(Model):
    periods: int | None = None
    throttled_periods: int | None = None
    throttled_time: int | None = None


class CpuUsage(Model):
    total_usage: int | None = None
    percpu_usage: list[int] | None = None  # cgroup v1 only
    usage_in_kernelmode: int | None = None
    usage_in_usermode: int | None = None


class CpuStats(Model):
    cpu_usage: CpuUsage | None = None
    system_cpu_usage: int | None = None
    online_cpus: int | None = None
    throttling_data: ThrottlingData | None = None


class MemoryStats(Model):
    usage: int | None = None
    max_usage: int | None = None  # cgroup v1 only
    stats: dict[str, int] | None = None
    failcnt: int | None = None
    limit: int | None = None


class BlkioStatEntry(Model):
    major: int | None = None
    minor: int | None = None
    op: str | None = None
    value: int | None = None


class BlkioStats(Model):
    io_service_bytes_recursive: list[BlkioStatEntry] | None = None
    io_serviced_recursive: list[BlkioStatEntry] | None = None
    io_queue_recursive: list[BlkioStatEntry] | None = None
    io_service_time_recursive: list[BlkioStatEntry] | None = None
    io_wait_time_recursive: list[BlkioStatEntry] | None = None
    io_merged_recursive: list[BlkioStatEntry] | None = None
    io_time_recursive: list[BlkioStatEntry] | None = None
    sectors_recursive: list[BlkioStatEntry] | None = None


class PidsStats(Model):
    current: int | None = None
    limit: int | None = None


class NetworkStats(Model):
    rx_bytes: int | None = None
    rx_packets: int | None = None
    rx_errors: int | None = None
    rx_dropped: int | None = None
    tx_bytes: int | None = None
    tx_packets: int | None = None
    tx_errors: int | None = None
    tx_dropped: int | None = None


class ContainerStats(Model):
    """One sample: ``cpu_stats`` now and ``precpu_stats`` one read before (CPU % is
    the ratio of their ``cpu_usage.total_usage`` and ``system_cpu_usage`` deltas)."""

    name: str | None = None
    id: str | None = None
    read: str | None = None
    preread: str | None = None
    pids_stats: PidsStats | None = None
    blkio_stats: BlkioStats | None = None
    num_procs: int | None = None
    storage_stats: dict[str, Any] | None = None  # Windows only
    cpu_stats: CpuStats | None = None
    precpu_stats: CpuStats | None = None
    memory_stats: MemoryStats | None = None
    networks: dict[str, NetworkStats] | None = None
    """Per interface; absent for a container without a network."""
