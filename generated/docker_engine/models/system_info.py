"""SystemInfo: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .commit import Commit
from .generic_resources import GenericResources
from .plugins_info import PluginsInfo
from .registry_service_config import RegistryServiceConfig
from .runtime import Runtime
from .swarm_info import SwarmInfo
from .system_info_default_address_pools_item import SystemInfoDefaultAddressPoolsItem


class SystemInfo(Model):
    """SystemInfo"""

    id: str | None = Field(default=None, alias="ID")
    """Unique identifier of the daemon.

    <p><br /></p>

    > **Note**: The format of the ID itself is not part of the API, and
    > should not be considered stable.
    """

    containers: int | None = Field(default=None, alias="Containers")
    """Total number of containers on the host."""

    containers_running: int | None = Field(default=None, alias="ContainersRunning")
    """Number of containers with status `"running"`."""

    containers_paused: int | None = Field(default=None, alias="ContainersPaused")
    """Number of containers with status `"paused"`."""

    containers_stopped: int | None = Field(default=None, alias="ContainersStopped")
    """Number of containers with status `"stopped"`."""

    images: int | None = Field(default=None, alias="Images")
    """Total number of images on the host.

    Both _tagged_ and _untagged_ (dangling) images are counted.
    """

    driver: str | None = Field(default=None, alias="Driver")
    """Name of the storage driver in use."""

    driver_status: list[list[str]] | None = Field(default=None, alias="DriverStatus")
    """Information specific to the storage driver, provided as
    "label" / "value" pairs.

    This information is provided by the storage driver, and formatted
    in a way consistent with the output of `docker info` on the command
    line.

    <p><br /></p>

    > **Note**: The information returned in this field, including the
    > formatting of values and labels, should not be considered stable,
    > and may change without notice.
    """

    docker_root_dir: str | None = Field(default=None, alias="DockerRootDir")
    """Root directory of persistent Docker state.

    Defaults to `/var/lib/docker` on Linux, and `C:\\ProgramData\\docker`
    on Windows.
    """

    plugins: PluginsInfo | None = Field(default=None, alias="Plugins")

    memory_limit: bool | None = Field(default=None, alias="MemoryLimit")
    """Indicates if the host has memory limit support enabled."""

    swap_limit: bool | None = Field(default=None, alias="SwapLimit")
    """Indicates if the host has memory swap limit support enabled."""

    kernel_memory_tcp: bool | None = Field(default=None, alias="KernelMemoryTCP")
    """Indicates if the host has kernel memory TCP limit support enabled. This
    field is omitted if not supported.

    Kernel memory TCP limits are not supported when using cgroups v2, which
    does not support the corresponding `memory.kmem.tcp.limit_in_bytes` cgroup.

    Since API 1.40.
    """

    cpu_cfs_period: bool | None = Field(default=None, alias="CpuCfsPeriod")
    """Indicates if CPU CFS(Completely Fair Scheduler) period is supported by
    the host.
    """

    cpu_cfs_quota: bool | None = Field(default=None, alias="CpuCfsQuota")
    """Indicates if CPU CFS(Completely Fair Scheduler) quota is supported by
    the host.
    """

    cpu_shares: bool | None = Field(default=None, alias="CPUShares")
    """Indicates if CPU Shares limiting is supported by the host.

    Since API 1.32.
    """

    cpu_set: bool | None = Field(default=None, alias="CPUSet")
    """Indicates if CPUsets (cpuset.cpus, cpuset.mems) are supported by the host.

    See [cpuset(7)](https://www.kernel.org/doc/Documentation/cgroup-v1/cpusets.txt)

    Since API 1.32.
    """

    pids_limit: bool | None = Field(default=None, alias="PidsLimit")
    """Indicates if the host kernel has PID limit support enabled.

    Since API 1.40.
    """

    oom_kill_disable: bool | None = Field(default=None, alias="OomKillDisable")
    """Indicates if OOM killer disable is supported on the host."""

    ipv4_forwarding: bool | None = Field(default=None, alias="IPv4Forwarding")
    """Indicates IPv4 forwarding is enabled."""

    bridge_nf_iptables: bool | None = Field(default=None, alias="BridgeNfIptables")
    """Indicates if `bridge-nf-call-iptables` is available on the host.

    Since API 1.32.
    """

    bridge_nf_ip6tables: bool | None = Field(default=None, alias="BridgeNfIp6tables")
    """Indicates if `bridge-nf-call-ip6tables` is available on the host.

    Since API 1.32.
    """

    debug: bool | None = Field(default=None, alias="Debug")
    """Indicates if the daemon is running in debug-mode / with debug-level
    logging enabled.
    """

    n_fd: int | None = Field(default=None, alias="NFd")
    """The total number of file Descriptors in use by the daemon process.

    This information is only returned if debug-mode is enabled.
    """

    n_goroutines: int | None = Field(default=None, alias="NGoroutines")
    """The  number of goroutines that currently exist.

    This information is only returned if debug-mode is enabled.
    """

    system_time: str | None = Field(default=None, alias="SystemTime")
    """Current system-time in [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt)
    format with nano-seconds.
    """

    logging_driver: str | None = Field(default=None, alias="LoggingDriver")
    """The logging driver to use as a default for new containers.

    Since API 1.32.
    """

    cgroup_driver: str | None = Field(default=None, alias="CgroupDriver")
    """The driver to use for managing cgroups.

    One of: 'cgroupfs', 'systemd', 'none' (other values are passed through).

    Since API 1.32. 'none' since API 1.40.
    """

    cgroup_version: str | None = Field(default=None, alias="CgroupVersion")
    """The version of the cgroup.

    One of: '1', '2' (other values are passed through).

    Since API 1.41.
    """

    n_events_listener: int | None = Field(default=None, alias="NEventsListener")
    """Number of event listeners subscribed."""

    kernel_version: str | None = Field(default=None, alias="KernelVersion")
    """Kernel version of the host.

    On Linux, this information obtained from `uname`. On Windows this
    information is queried from the <kbd>HKEY_LOCAL_MACHINE\\\\SOFTWARE\\\\Microsoft\\\\Windows NT\\\\CurrentVersion\\\\</kbd>
    registry value, for example _"10.0 14393 (14393.1198.amd64fre.rs1_release_sec.170427-1353)"_.
    """

    operating_system: str | None = Field(default=None, alias="OperatingSystem")
    """Name of the host's operating system, for example: "Ubuntu 16.04.2 LTS"
    or "Windows Server 2016 Datacenter\"
    """

    os_version: str | None = Field(default=None, alias="OSVersion")
    """Version of the host's operating system

    <p><br /></p>

    > **Note**: The information returned in this field, including its
    > very existence, and the formatting of values, should not be considered
    > stable, and may change without notice.

    Since API 1.41.
    """

    os_type: str | None = Field(default=None, alias="OSType")
    """Generic type of the operating system of the host, as returned by the
    Go runtime (`GOOS`).

    Currently returned values are "linux" and "windows". A full list of
    possible values can be found in the [Go documentation](https://go.dev/doc/install/source#environment).
    """

    architecture: str | None = Field(default=None, alias="Architecture")
    """Hardware architecture of the host, as returned by the operating system.
    This is equivalent to the output of `uname -m` on Linux.

    Unlike `Arch` (from `/version`), this reports the machine's native
    architecture, which can differ from the Go runtime architecture when
    running a binary compiled for a different architecture (for example,
    a 32-bit binary running on 64-bit hardware).
    """

    ncpu: int | None = Field(default=None, alias="NCPU")
    """The number of logical CPUs usable by the daemon.

    The number of available CPUs is checked by querying the operating
    system when the daemon starts. Changes to operating system CPU
    allocation after the daemon is started are not reflected.
    """

    mem_total: int | None = Field(default=None, alias="MemTotal")
    """Total amount of physical memory available on the host, in bytes."""

    index_server_address: str | None = Field(default=None, alias="IndexServerAddress")
    """Address / URL of the index server that is used for image search,
    and as a default for user authentication for Docker Hub and Docker Cloud.
    """

    registry_config: RegistryServiceConfig | None = Field(
        default=None, alias="RegistryConfig"
    )

    generic_resources: GenericResources | None = Field(
        default=None, alias="GenericResources"
    )
    """Since API 1.32."""

    http_proxy: str | None = Field(default=None, alias="HttpProxy")
    """HTTP-proxy configured for the daemon. This value is obtained from the
    [`HTTP_PROXY`](https://www.gnu.org/software/wget/manual/html_node/Proxies.html) environment variable.
    Credentials ([user info component](https://tools.ietf.org/html/rfc3986#section-3.2.1)) in the proxy URL
    are masked in the API response.

    Containers do not automatically inherit this configuration.
    """

    https_proxy: str | None = Field(default=None, alias="HttpsProxy")
    """HTTPS-proxy configured for the daemon. This value is obtained from the
    [`HTTPS_PROXY`](https://www.gnu.org/software/wget/manual/html_node/Proxies.html) environment variable.
    Credentials ([user info component](https://tools.ietf.org/html/rfc3986#section-3.2.1)) in the proxy URL
    are masked in the API response.

    Containers do not automatically inherit this configuration.
    """

    no_proxy: str | None = Field(default=None, alias="NoProxy")
    """Comma-separated list of domain extensions for which no proxy should be
    used. This value is obtained from the [`NO_PROXY`](https://www.gnu.org/software/wget/manual/html_node/Proxies.html)
    environment variable.

    Containers do not automatically inherit this configuration.
    """

    name: str | None = Field(default=None, alias="Name")
    """Hostname of the host."""

    labels: list[str] | None = Field(default=None, alias="Labels")
    """User-defined labels (key/value metadata) as set on the daemon.

    <p><br /></p>

    > **Note**: When part of a Swarm, nodes can both have _daemon_ labels,
    > set through the daemon configuration, and _node_ labels, set from a
    > manager node in the Swarm. Node labels are not included in this
    > field. Node labels can be retrieved using the `/nodes/(id)` endpoint
    > on a manager node in the Swarm.
    """

    experimental_build: bool | None = Field(default=None, alias="ExperimentalBuild")
    """Indicates if experimental features are enabled on the daemon."""

    server_version: str | None = Field(default=None, alias="ServerVersion")
    """Version string of the daemon."""

    runtimes: dict[str, Runtime] | None = Field(default=None, alias="Runtimes")
    """List of [OCI compliant](https://github.com/opencontainers/runtime-spec)
    runtimes configured on the daemon. Keys hold the "name" used to
    reference the runtime.

    The Docker daemon relies on an OCI compliant runtime (invoked via the
    `containerd` daemon) as its interface to the Linux kernel namespaces,
    cgroups, and SELinux.

    The default runtime is `runc`, and automatically configured. Additional
    runtimes can be configured by the user and will be listed here.

    Since API 1.32.
    """

    default_runtime: str | None = Field(default=None, alias="DefaultRuntime")
    """Name of the default OCI runtime that is used when starting containers.

    The default can be overridden per-container at create time.

    Since API 1.32.
    """

    swarm: SwarmInfo | None = Field(default=None, alias="Swarm")
    """Since API 1.32."""

    live_restore_enabled: bool | None = Field(default=None, alias="LiveRestoreEnabled")
    """Indicates if live restore is enabled.

    If enabled, containers are kept running when the daemon is shutdown
    or upon daemon start if running containers are detected.

    Since API 1.32.
    """

    isolation: str | None = Field(default=None, alias="Isolation")
    """Represents the isolation technology to use as a default for containers.
    The supported values are platform-specific.

    If no isolation value is specified on daemon start, on Windows client,
    the default is `hyperv`, and on Windows server, the default is `process`.

    This option is currently not used on other platforms.

    One of: 'default', 'hyperv', 'process', '' (other values are passed through).

    Since API 1.32.
    """

    init_binary: str | None = Field(default=None, alias="InitBinary")
    """Name and, optional, path of the `docker-init` binary.

    If the path is omitted, the daemon searches the host's `$PATH` for the
    binary and uses the first result.

    Since API 1.32.
    """

    containerd_commit: Commit | None = Field(default=None, alias="ContainerdCommit")
    """Since API 1.32."""

    runc_commit: Commit | None = Field(default=None, alias="RuncCommit")
    """Since API 1.32."""

    init_commit: Commit | None = Field(default=None, alias="InitCommit")
    """Since API 1.32."""

    security_options: list[str] | None = Field(default=None, alias="SecurityOptions")
    """List of security features that are enabled on the daemon, such as
    apparmor, seccomp, SELinux, user-namespaces (userns), rootless and
    no-new-privileges.

    Additional configuration options for each security feature may
    be present, and are included as a comma-separated list of key/value
    pairs.

    Since API 1.32.
    """

    product_license: str | None = Field(default=None, alias="ProductLicense")
    """Reports a summary of the product license on the daemon.

    If a commercial license has been applied to the daemon, information
    such as number of nodes, and expiration are included.

    Since API 1.39.
    """

    default_address_pools: list[SystemInfoDefaultAddressPoolsItem] | None = Field(
        default=None, alias="DefaultAddressPools"
    )
    """List of custom default address pools for local networks, which can be
    specified in the daemon.json file or dockerd option.

    Example: a Base "10.10.0.0/16" with Size 24 will define the set of 256
    10.10.[0-255].0/24 address pools.

    Since API 1.41.
    """

    warnings: list[str] | None = Field(default=None, alias="Warnings")
    """List of warnings / informational messages about missing features, or
    issues related to the daemon configuration.

    These messages can be printed by the client as information to the user.

    Since API 1.39.
    """

    cdi_spec_dirs: list[str] | None = Field(default=None, alias="CDISpecDirs")
    """List of directories where (Container Device Interface) CDI
    specifications are located.

    These specifications define vendor-specific modifications to an OCI
    runtime specification for a container being created.

    An empty list indicates that CDI device injection is disabled.

    Note that since using CDI device injection requires the daemon to have
    experimental enabled. For non-experimental daemons an empty list will
    always be returned.

    Since API 1.44.
    """
