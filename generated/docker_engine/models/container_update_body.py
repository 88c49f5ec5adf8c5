"""ContainerUpdateBody: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .device_mapping import DeviceMapping
from .device_request import DeviceRequest
from .resources_blkio_weight_device_item import ResourcesBlkioWeightDeviceItem
from .resources_ulimits_item import ResourcesUlimitsItem
from .restart_policy import RestartPolicy
from .throttle_device import ThrottleDevice


class ContainerUpdateBody(Model):
    """ContainerUpdateBody"""

    cpu_shares: int | None = Field(default=None, alias="CpuShares")
    """An integer value representing this container's relative CPU weight
    versus other containers.
    """

    memory: int | None = Field(default=None, alias="Memory")
    """Memory limit in bytes."""

    cgroup_parent: str | None = Field(default=None, alias="CgroupParent")
    """Path to `cgroups` under which the container's `cgroup` is created. If
    the path is not absolute, the path is considered to be relative to the
    `cgroups` path of the init process. Cgroups are created if they do not
    already exist.
    """

    blkio_weight: int | None = Field(default=None, alias="BlkioWeight")
    """Block IO weight (relative weight)."""

    blkio_weight_device: list[ResourcesBlkioWeightDeviceItem] | None = Field(
        default=None, alias="BlkioWeightDevice"
    )
    """Block IO weight (relative device weight) in the form:

    ```
    [{"Path": "device_path", "Weight": weight}]
    ```
    """

    blkio_device_read_bps: list[ThrottleDevice] | None = Field(
        default=None, alias="BlkioDeviceReadBps"
    )
    """Limit read rate (bytes per second) from a device, in the form:

    ```
    [{"Path": "device_path", "Rate": rate}]
    ```
    """

    blkio_device_write_bps: list[ThrottleDevice] | None = Field(
        default=None, alias="BlkioDeviceWriteBps"
    )
    """Limit write rate (bytes per second) to a device, in the form:

    ```
    [{"Path": "device_path", "Rate": rate}]
    ```
    """

    blkio_device_read_i_ops: list[ThrottleDevice] | None = Field(
        default=None, alias="BlkioDeviceReadIOps"
    )
    """Limit read rate (IO per second) from a device, in the form:

    ```
    [{"Path": "device_path", "Rate": rate}]
    ```
    """

    blkio_device_write_i_ops: list[ThrottleDevice] | None = Field(
        default=None, alias="BlkioDeviceWriteIOps"
    )
    """Limit write rate (IO per second) to a device, in the form:

    ```
    [{"Path": "device_path", "Rate": rate}]
    ```
    """

    cpu_period: int | None = Field(default=None, alias="CpuPeriod")
    """The length of a CPU period in microseconds."""

    cpu_quota: int | None = Field(default=None, alias="CpuQuota")
    """Microseconds of CPU time that the container can get in a CPU period."""

    cpu_realtime_period: int | None = Field(default=None, alias="CpuRealtimePeriod")
    """The length of a CPU real-time period in microseconds. Set to 0 to
    allocate no time allocated to real-time tasks.
    """

    cpu_realtime_runtime: int | None = Field(default=None, alias="CpuRealtimeRuntime")
    """The length of a CPU real-time runtime in microseconds. Set to 0 to
    allocate no time allocated to real-time tasks.
    """

    cpuset_cpus: str | None = Field(default=None, alias="CpusetCpus")
    """CPUs in which to allow execution (e.g., `0-3`, `0,1`)."""

    cpuset_mems: str | None = Field(default=None, alias="CpusetMems")
    """Memory nodes (MEMs) in which to allow execution (0-3, 0,1). Only
    effective on NUMA systems.
    """

    devices: list[DeviceMapping] | None = Field(default=None, alias="Devices")
    """A list of devices to add to the container."""

    device_cgroup_rules: list[str] | None = Field(
        default=None, alias="DeviceCgroupRules"
    )
    """a list of cgroup rules to apply to the container

    Since API 1.28.
    """

    device_requests: list[DeviceRequest] | None = Field(
        default=None, alias="DeviceRequests"
    )
    """A list of requests for devices to be sent to device drivers.

    Since API 1.40.
    """

    kernel_memory_tcp: int | None = Field(default=None, alias="KernelMemoryTCP")
    """Hard limit for kernel TCP buffer memory (in bytes). Depending on the
    OCI runtime in use, this option may be ignored. It is no longer supported
    by the default (runc) runtime.

    This field is omitted when empty.

    Since API 1.40.
    """

    memory_reservation: int | None = Field(default=None, alias="MemoryReservation")
    """Memory soft limit in bytes."""

    memory_swap: int | None = Field(default=None, alias="MemorySwap")
    """Total memory limit (memory + swap). Set as `-1` to enable unlimited
    swap.
    """

    memory_swappiness: int | None = Field(default=None, alias="MemorySwappiness")
    """Tune a container's memory swappiness behavior. Accepts an integer
    between 0 and 100.
    """

    nano_cpus: int | None = Field(default=None, alias="NanoCpus")
    """CPU quota in units of 10<sup>-9</sup> CPUs.

    Since API 1.28.
    """

    oom_kill_disable: bool | None = Field(default=None, alias="OomKillDisable")
    """Disable OOM Killer for the container."""

    init: bool | None = Field(default=None, alias="Init")
    """Run an init inside the container that forwards signals and reaps
    processes. This field is omitted if empty, and the default (as
    configured on the daemon) is used.

    Since API 1.37.
    """

    pids_limit: int | None = Field(default=None, alias="PidsLimit")
    """Tune a container's PIDs limit. Set `0` or `-1` for unlimited, or `null`
    to not change.
    """

    ulimits: list[ResourcesUlimitsItem] | None = Field(default=None, alias="Ulimits")
    """A list of resource limits to set in the container. For example:

    ```
    {"Name": "nofile", "Soft": 1024, "Hard": 2048}
    ```
    """

    cpu_count: int | None = Field(default=None, alias="CpuCount")
    """The number of usable CPUs (Windows only).

    On Windows Server containers, the processor resource controls are
    mutually exclusive. The order of precedence is `CPUCount` first, then
    `CPUShares`, and `CPUPercent` last.
    """

    cpu_percent: int | None = Field(default=None, alias="CpuPercent")
    """The usable percentage of the available CPUs (Windows only).

    On Windows Server containers, the processor resource controls are
    mutually exclusive. The order of precedence is `CPUCount` first, then
    `CPUShares`, and `CPUPercent` last.
    """

    io_maximum_i_ops: int | None = Field(default=None, alias="IOMaximumIOps")
    """Maximum IOps for the container system drive (Windows only)"""

    io_maximum_bandwidth: int | None = Field(default=None, alias="IOMaximumBandwidth")
    """Maximum IO in bytes per second for the container system drive
    (Windows only).
    """

    restart_policy: RestartPolicy | None = Field(default=None, alias="RestartPolicy")
