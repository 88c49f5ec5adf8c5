"""HostConfig: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import Field
from .._runtime.model import Model, OpenEnum
from .device_mapping import DeviceMapping
from .device_request import DeviceRequest
from .host_config_log_config import HostConfigLogConfig
from .mount import Mount
from .port_map import PortMap
from .resources_blkio_weight_device_item import ResourcesBlkioWeightDeviceItem
from .resources_ulimits_item import ResourcesUlimitsItem
from .restart_policy import RestartPolicy
from .throttle_device import ThrottleDevice


class HostConfig(Model):
    """Container configuration that depends on the host we are running on"""

    cpu_shares: int | None = Field(
        default=None, validation_alias="CpuShares", serialization_alias="CpuShares"
    )
    """An integer value representing this container's relative CPU weight
    versus other containers.
    """

    memory: int | None = Field(
        default=None, validation_alias="Memory", serialization_alias="Memory"
    )
    """Memory limit in bytes."""

    cgroup_parent: str | None = Field(
        default=None,
        validation_alias="CgroupParent",
        serialization_alias="CgroupParent",
    )
    """Path to `cgroups` under which the container's `cgroup` is created. If
    the path is not absolute, the path is considered to be relative to the
    `cgroups` path of the init process. Cgroups are created if they do not
    already exist.
    """

    blkio_weight: int | None = Field(
        default=None, validation_alias="BlkioWeight", serialization_alias="BlkioWeight"
    )
    """Block IO weight (relative weight)."""

    blkio_weight_device: list[ResourcesBlkioWeightDeviceItem] | None = Field(
        default=None,
        validation_alias="BlkioWeightDevice",
        serialization_alias="BlkioWeightDevice",
    )
    """Block IO weight (relative device weight) in the form:

    ```
    [{"Path": "device_path", "Weight": weight}]
    ```
    """

    blkio_device_read_bps: list[ThrottleDevice] | None = Field(
        default=None,
        validation_alias="BlkioDeviceReadBps",
        serialization_alias="BlkioDeviceReadBps",
    )
    """Limit read rate (bytes per second) from a device, in the form:

    ```
    [{"Path": "device_path", "Rate": rate}]
    ```
    """

    blkio_device_write_bps: list[ThrottleDevice] | None = Field(
        default=None,
        validation_alias="BlkioDeviceWriteBps",
        serialization_alias="BlkioDeviceWriteBps",
    )
    """Limit write rate (bytes per second) to a device, in the form:

    ```
    [{"Path": "device_path", "Rate": rate}]
    ```
    """

    blkio_device_read_i_ops: list[ThrottleDevice] | None = Field(
        default=None,
        validation_alias="BlkioDeviceReadIOps",
        serialization_alias="BlkioDeviceReadIOps",
    )
    """Limit read rate (IO per second) from a device, in the form:

    ```
    [{"Path": "device_path", "Rate": rate}]
    ```
    """

    blkio_device_write_i_ops: list[ThrottleDevice] | None = Field(
        default=None,
        validation_alias="BlkioDeviceWriteIOps",
        serialization_alias="BlkioDeviceWriteIOps",
    )
    """Limit write rate (IO per second) to a device, in the form:

    ```
    [{"Path": "device_path", "Rate": rate}]
    ```
    """

    cpu_period: int | None = Field(
        default=None, validation_alias="CpuPeriod", serialization_alias="CpuPeriod"
    )
    """The length of a CPU period in microseconds."""

    cpu_quota: int | None = Field(
        default=None, validation_alias="CpuQuota", serialization_alias="CpuQuota"
    )
    """Microseconds of CPU time that the container can get in a CPU period."""

    cpu_realtime_period: int | None = Field(
        default=None,
        validation_alias="CpuRealtimePeriod",
        serialization_alias="CpuRealtimePeriod",
    )
    """The length of a CPU real-time period in microseconds. Set to 0 to
    allocate no time allocated to real-time tasks.
    """

    cpu_realtime_runtime: int | None = Field(
        default=None,
        validation_alias="CpuRealtimeRuntime",
        serialization_alias="CpuRealtimeRuntime",
    )
    """The length of a CPU real-time runtime in microseconds. Set to 0 to
    allocate no time allocated to real-time tasks.
    """

    cpuset_cpus: str | None = Field(
        default=None, validation_alias="CpusetCpus", serialization_alias="CpusetCpus"
    )
    """CPUs in which to allow execution (e.g., `0-3`, `0,1`)."""

    cpuset_mems: str | None = Field(
        default=None, validation_alias="CpusetMems", serialization_alias="CpusetMems"
    )
    """Memory nodes (MEMs) in which to allow execution (0-3, 0,1). Only
    effective on NUMA systems.
    """

    devices: list[DeviceMapping] | None = Field(
        default=None, validation_alias="Devices", serialization_alias="Devices"
    )
    """A list of devices to add to the container."""

    device_cgroup_rules: list[str] | None = Field(
        default=None,
        validation_alias="DeviceCgroupRules",
        serialization_alias="DeviceCgroupRules",
    )
    """a list of cgroup rules to apply to the container

    Since API 1.28.
    """

    device_requests: list[DeviceRequest] | None = Field(
        default=None,
        validation_alias="DeviceRequests",
        serialization_alias="DeviceRequests",
    )
    """A list of requests for devices to be sent to device drivers.

    Since API 1.40.
    """

    kernel_memory_tcp: int | None = Field(
        default=None,
        validation_alias="KernelMemoryTCP",
        serialization_alias="KernelMemoryTCP",
    )
    """Hard limit for kernel TCP buffer memory (in bytes). Depending on the
    OCI runtime in use, this option may be ignored. It is no longer supported
    by the default (runc) runtime.

    This field is omitted when empty.

    Since API 1.40.
    """

    memory_reservation: int | None = Field(
        default=None,
        validation_alias="MemoryReservation",
        serialization_alias="MemoryReservation",
    )
    """Memory soft limit in bytes."""

    memory_swap: int | None = Field(
        default=None, validation_alias="MemorySwap", serialization_alias="MemorySwap"
    )
    """Total memory limit (memory + swap). Set as `-1` to enable unlimited
    swap.
    """

    memory_swappiness: int | None = Field(
        default=None,
        validation_alias="MemorySwappiness",
        serialization_alias="MemorySwappiness",
    )
    """Tune a container's memory swappiness behavior. Accepts an integer
    between 0 and 100.
    """

    nano_cpus: int | None = Field(
        default=None, validation_alias="NanoCpus", serialization_alias="NanoCpus"
    )
    """CPU quota in units of 10<sup>-9</sup> CPUs.

    Since API 1.28.
    """

    oom_kill_disable: bool | None = Field(
        default=None,
        validation_alias="OomKillDisable",
        serialization_alias="OomKillDisable",
    )
    """Disable OOM Killer for the container."""

    init: bool | None = Field(
        default=None, validation_alias="Init", serialization_alias="Init"
    )
    """Run an init inside the container that forwards signals and reaps
    processes. This field is omitted if empty, and the default (as
    configured on the daemon) is used.
    """

    pids_limit: int | None = Field(
        default=None, validation_alias="PidsLimit", serialization_alias="PidsLimit"
    )
    """Tune a container's PIDs limit. Set `0` or `-1` for unlimited, or `null`
    to not change.
    """

    ulimits: list[ResourcesUlimitsItem] | None = Field(
        default=None, validation_alias="Ulimits", serialization_alias="Ulimits"
    )
    """A list of resource limits to set in the container. For example:

    ```
    {"Name": "nofile", "Soft": 1024, "Hard": 2048}
    ```
    """

    cpu_count: int | None = Field(
        default=None, validation_alias="CpuCount", serialization_alias="CpuCount"
    )
    """The number of usable CPUs (Windows only).

    On Windows Server containers, the processor resource controls are
    mutually exclusive. The order of precedence is `CPUCount` first, then
    `CPUShares`, and `CPUPercent` last.
    """

    cpu_percent: int | None = Field(
        default=None, validation_alias="CpuPercent", serialization_alias="CpuPercent"
    )
    """The usable percentage of the available CPUs (Windows only).

    On Windows Server containers, the processor resource controls are
    mutually exclusive. The order of precedence is `CPUCount` first, then
    `CPUShares`, and `CPUPercent` last.
    """

    io_maximum_i_ops: int | None = Field(
        default=None,
        validation_alias="IOMaximumIOps",
        serialization_alias="IOMaximumIOps",
    )
    """Maximum IOps for the container system drive (Windows only)"""

    io_maximum_bandwidth: int | None = Field(
        default=None,
        validation_alias="IOMaximumBandwidth",
        serialization_alias="IOMaximumBandwidth",
    )
    """Maximum IO in bytes per second for the container system drive
    (Windows only).
    """

    binds: list[str] | None = Field(
        default=None, validation_alias="Binds", serialization_alias="Binds"
    )
    """A list of volume bindings for this container. Each volume binding
    is a string in one of these forms:

    - `host-src:container-dest[:options]` to bind-mount a host path
      into the container. Both `host-src`, and `container-dest` must
      be an _absolute_ path.
    - `volume-name:container-dest[:options]` to bind-mount a volume
      managed by a volume driver into the container. `container-dest`
      must be an _absolute_ path.

    `options` is an optional, comma-delimited list of:

    - `nocopy` disables automatic copying of data from the container
      path to the volume. The `nocopy` flag only applies to named volumes.
    - `[ro|rw]` mounts a volume read-only or read-write, respectively.
      If omitted or set to `rw`, volumes are mounted read-write.
    - `[z|Z]` applies SELinux labels to allow or deny multiple containers
      to read and write to the same volume.
        - `z`: a _shared_ content label is applied to the content. This
          label indicates that multiple containers can share the volume
          content, for both reading and writing.
        - `Z`: a _private unshared_ label is applied to the content.
          This label indicates that only the current container can use
          a private volume. Labeling systems such as SELinux require
          proper labels to be placed on volume content that is mounted
          into a container. Without a label, the security system can
          prevent a container's processes from using the content. By
          default, the labels set by the host operating system are not
          modified.
    - `[[r]shared|[r]slave|[r]private]` specifies mount
      [propagation behavior](https://www.kernel.org/doc/Documentation/filesystems/sharedsubtree.txt).
      This only applies to bind-mounted volumes, not internal volumes
      or named volumes. Mount propagation requires the source mount
      point (the location where the source directory is mounted in the
      host operating system) to have the correct propagation properties.
      For shared volumes, the source mount point must be set to `shared`.
      For slave volumes, the mount must be set to either `shared` or
      `slave`.
    """

    container_id_file: str | None = Field(
        default=None,
        validation_alias="ContainerIDFile",
        serialization_alias="ContainerIDFile",
    )
    """Path to a file where the container ID is written"""

    log_config: HostConfigLogConfig | None = Field(
        default=None, validation_alias="LogConfig", serialization_alias="LogConfig"
    )
    """The logging configuration for this container"""

    network_mode: str | None = Field(
        default=None, validation_alias="NetworkMode", serialization_alias="NetworkMode"
    )
    """Network mode to use for this container. Supported standard values
    are: `bridge`, `host`, `none`, and `container:<name|id>`. Any
    other value is taken as a custom network's name to which this
    container should connect to.
    """

    port_bindings: PortMap | None = Field(
        default=None,
        validation_alias="PortBindings",
        serialization_alias="PortBindings",
    )

    restart_policy: RestartPolicy | None = Field(
        default=None,
        validation_alias="RestartPolicy",
        serialization_alias="RestartPolicy",
    )

    auto_remove: bool | None = Field(
        default=None, validation_alias="AutoRemove", serialization_alias="AutoRemove"
    )
    """Automatically remove the container when the container's process
    exits. This has no effect if `RestartPolicy` is set.
    """

    volume_driver: str | None = Field(
        default=None,
        validation_alias="VolumeDriver",
        serialization_alias="VolumeDriver",
    )
    """Driver that this container uses to mount volumes."""

    volumes_from: list[str] | None = Field(
        default=None, validation_alias="VolumesFrom", serialization_alias="VolumesFrom"
    )
    """A list of volumes to inherit from another container, specified in
    the form `<container name>[:<ro|rw>]`.
    """

    mounts: list[Mount] | None = Field(
        default=None, validation_alias="Mounts", serialization_alias="Mounts"
    )
    """Specification for mounts to be added to the container."""

    console_size: list[int] | None = Field(
        default=None, validation_alias="ConsoleSize", serialization_alias="ConsoleSize"
    )
    """Initial console size, as an `[height, width]` array."""

    annotations: dict[str, str] | None = Field(
        default=None, validation_alias="Annotations", serialization_alias="Annotations"
    )
    """Arbitrary non-identifying metadata attached to container and
    provided to the runtime when the container is started.

    Since API 1.43.
    """

    cap_add: list[str] | None = Field(
        default=None, validation_alias="CapAdd", serialization_alias="CapAdd"
    )
    """A list of kernel capabilities to add to the container. Conflicts
    with option 'Capabilities'.
    """

    cap_drop: list[str] | None = Field(
        default=None, validation_alias="CapDrop", serialization_alias="CapDrop"
    )
    """A list of kernel capabilities to drop from the container. Conflicts
    with option 'Capabilities'.
    """

    cgroupns_mode: Annotated[Literal["private", "host"], OpenEnum] | None = Field(
        default=None,
        validation_alias="CgroupnsMode",
        serialization_alias="CgroupnsMode",
    )
    """cgroup namespace mode for the container. Possible values are:

    - `"private"`: the container runs in its own private cgroup namespace
    - `"host"`: use the host system's cgroup namespace

    If not specified, the daemon default is used, which can either be `"private"`
    or `"host"`, depending on daemon version, kernel support and configuration.

    One of: 'private', 'host' (other values are passed through).

    Since API 1.41.
    """

    dns: list[str] | None = Field(
        default=None, validation_alias="Dns", serialization_alias="Dns"
    )
    """A list of DNS servers for the container to use."""

    dns_options: list[str] | None = Field(
        default=None, validation_alias="DnsOptions", serialization_alias="DnsOptions"
    )
    """A list of DNS options."""

    dns_search: list[str] | None = Field(
        default=None, validation_alias="DnsSearch", serialization_alias="DnsSearch"
    )
    """A list of DNS search domains."""

    extra_hosts: list[str] | None = Field(
        default=None, validation_alias="ExtraHosts", serialization_alias="ExtraHosts"
    )
    """A list of hostnames/IP mappings to add to the container's `/etc/hosts`
    file. Specified in the form `["hostname:IP"]`.
    """

    group_add: list[str] | None = Field(
        default=None, validation_alias="GroupAdd", serialization_alias="GroupAdd"
    )
    """A list of additional groups that the container process will run as."""

    ipc_mode: str | None = Field(
        default=None, validation_alias="IpcMode", serialization_alias="IpcMode"
    )
    """IPC sharing mode for the container. Possible values are:

    - `"none"`: own private IPC namespace, with /dev/shm not mounted
    - `"private"`: own private IPC namespace
    - `"shareable"`: own private IPC namespace, with a possibility to share it with other containers
    - `"container:<name|id>"`: join another (shareable) container's IPC namespace
    - `"host"`: use the host system's IPC namespace

    If not specified, daemon default is used, which can either be `"private"`
    or `"shareable"`, depending on daemon version and configuration.
    """

    cgroup: str | None = Field(
        default=None, validation_alias="Cgroup", serialization_alias="Cgroup"
    )
    """Cgroup to use for the container."""

    links: list[str] | None = Field(
        default=None, validation_alias="Links", serialization_alias="Links"
    )
    """A list of links for the container in the form `container_name:alias`."""

    oom_score_adj: int | None = Field(
        default=None, validation_alias="OomScoreAdj", serialization_alias="OomScoreAdj"
    )
    """An integer value containing the score given to the container in
    order to tune OOM killer preferences.
    """

    pid_mode: str | None = Field(
        default=None, validation_alias="PidMode", serialization_alias="PidMode"
    )
    """Set the PID (Process) Namespace mode for the container. It can be
    either:

    - `"container:<name|id>"`: joins another container's PID namespace
    - `"host"`: use the host's PID namespace inside the container
    """

    privileged: bool | None = Field(
        default=None, validation_alias="Privileged", serialization_alias="Privileged"
    )
    """Gives the container full access to the host."""

    publish_all_ports: bool | None = Field(
        default=None,
        validation_alias="PublishAllPorts",
        serialization_alias="PublishAllPorts",
    )
    """Allocates an ephemeral host port for all of a container's
    exposed ports.

    Ports are de-allocated when the container stops and allocated when
    the container starts. The allocated port might be changed when
    restarting the container.

    The port is selected from the ephemeral port range that depends on
    the kernel. For example, on Linux the range is defined by
    `/proc/sys/net/ipv4/ip_local_port_range`.
    """

    readonly_rootfs: bool | None = Field(
        default=None,
        validation_alias="ReadonlyRootfs",
        serialization_alias="ReadonlyRootfs",
    )
    """Mount the container's root filesystem as read only."""

    security_opt: list[str] | None = Field(
        default=None, validation_alias="SecurityOpt", serialization_alias="SecurityOpt"
    )
    """A list of string values to customize labels for MLS systems, such
    as SELinux.
    """

    storage_opt: dict[str, str] | None = Field(
        default=None, validation_alias="StorageOpt", serialization_alias="StorageOpt"
    )
    """Storage driver options for this container, in the form `{"size": "120G"}`."""

    tmpfs: dict[str, str] | None = Field(
        default=None, validation_alias="Tmpfs", serialization_alias="Tmpfs"
    )
    """A map of container directories which should be replaced by tmpfs
    mounts, and their corresponding mount options. For example:

    ```
    { "/run": "rw,noexec,nosuid,size=65536k" }
    ```
    """

    uts_mode: str | None = Field(
        default=None, validation_alias="UTSMode", serialization_alias="UTSMode"
    )
    """UTS namespace to use for the container."""

    userns_mode: str | None = Field(
        default=None, validation_alias="UsernsMode", serialization_alias="UsernsMode"
    )
    """Sets the usernamespace mode for the container when usernamespace
    remapping option is enabled.
    """

    shm_size: int | None = Field(
        default=None, validation_alias="ShmSize", serialization_alias="ShmSize"
    )
    """Size of `/dev/shm` in bytes. If omitted, the system uses 64MB."""

    sysctls: dict[str, str] | None = Field(
        default=None, validation_alias="Sysctls", serialization_alias="Sysctls"
    )
    """A list of kernel parameters (sysctls) to set in the container.
    For example:

    ```
    {"net.ipv4.ip_forward": "1"}
    ```
    """

    runtime: str | None = Field(
        default=None, validation_alias="Runtime", serialization_alias="Runtime"
    )
    """Runtime to use with this container."""

    isolation: (
        Annotated[Literal["default", "process", "hyperv", ""], OpenEnum] | None
    ) = Field(
        default=None, validation_alias="Isolation", serialization_alias="Isolation"
    )
    """Isolation technology of the container. (Windows only)

    One of: 'default', 'process', 'hyperv', '' (other values are passed through).
    """

    masked_paths: list[str] | None = Field(
        default=None, validation_alias="MaskedPaths", serialization_alias="MaskedPaths"
    )
    """The list of paths to be masked inside the container (this overrides
    the default set of paths).

    Since API 1.38.
    """

    readonly_paths: list[str] | None = Field(
        default=None,
        validation_alias="ReadonlyPaths",
        serialization_alias="ReadonlyPaths",
    )
    """The list of paths to be set as read-only inside the container
    (this overrides the default set of paths).

    Since API 1.38.
    """
