"""TaskSpecContainerSpec: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .health_config import HealthConfig
from .mount import Mount
from .resources_ulimits_item import ResourcesUlimitsItem
from .task_spec_container_spec_configs_item import TaskSpecContainerSpecConfigsItem
from .task_spec_container_spec_dns_config import TaskSpecContainerSpecDNSConfig
from .task_spec_container_spec_privileges import TaskSpecContainerSpecPrivileges
from .task_spec_container_spec_secrets_item import TaskSpecContainerSpecSecretsItem


class TaskSpecContainerSpec(Model):
    """Container spec for the service.

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.
    """

    image: str | None = Field(default=None, alias="Image")
    """The image name to use for the container"""

    labels: dict[str, str] | None = Field(default=None, alias="Labels")
    """User-defined key/value data."""

    command: list[str] | None = Field(default=None, alias="Command")
    """The command to be run in the image."""

    args: list[str] | None = Field(default=None, alias="Args")
    """Arguments to the command."""

    hostname: str | None = Field(default=None, alias="Hostname")
    """The hostname to use for the container, as a valid
    [RFC 1123](https://tools.ietf.org/html/rfc1123) hostname.

    Since API 1.27.
    """

    env: list[str] | None = Field(default=None, alias="Env")
    """A list of environment variables in the form `VAR=value`."""

    dir: str | None = Field(default=None, alias="Dir")
    """The working directory for commands to run in."""

    user: str | None = Field(default=None, alias="User")
    """The user inside the container."""

    groups: list[str] | None = Field(default=None, alias="Groups")
    """A list of additional groups that the container process will run as.

    Since API 1.27.
    """

    privileges: TaskSpecContainerSpecPrivileges | None = Field(
        default=None, alias="Privileges"
    )
    """Security options for the container

    Since API 1.30.
    """

    tty: bool | None = Field(default=None, alias="TTY")
    """Whether a pseudo-TTY should be allocated."""

    open_stdin: bool | None = Field(default=None, alias="OpenStdin")
    """Open `stdin`

    Since API 1.27.
    """

    read_only: bool | None = Field(default=None, alias="ReadOnly")
    """Mount the container's root filesystem as read only.

    Since API 1.27.
    """

    mounts: list[Mount] | None = Field(default=None, alias="Mounts")
    """Specification for mounts to be added to containers created as part
    of the service.
    """

    stop_signal: str | None = Field(default=None, alias="StopSignal")
    """Signal to stop the container.

    Since API 1.28.
    """

    stop_grace_period: int | None = Field(default=None, alias="StopGracePeriod")
    """Amount of time to wait for the container to terminate before
    forcefully killing it.
    """

    health_check: HealthConfig | None = Field(default=None, alias="HealthCheck")
    """Since API 1.27."""

    hosts: list[str] | None = Field(default=None, alias="Hosts")
    """A list of hostname/IP mappings to add to the container's `hosts`
    file. The format of extra hosts is specified in the
    [hosts(5)](http://man7.org/linux/man-pages/man5/hosts.5.html)
    man page:

        IP_address canonical_hostname [aliases...]

    Since API 1.27.
    """

    dns_config: TaskSpecContainerSpecDNSConfig | None = Field(
        default=None, alias="DNSConfig"
    )
    """Specification for DNS related configurations in resolver configuration
    file (`resolv.conf`).
    """

    secrets: list[TaskSpecContainerSpecSecretsItem] | None = Field(
        default=None, alias="Secrets"
    )
    """Secrets contains references to zero or more secrets that will be
    exposed to the service.

    Since API 1.27.
    """

    configs: list[TaskSpecContainerSpecConfigsItem] | None = Field(
        default=None, alias="Configs"
    )
    """Configs contains references to zero or more configs that will be
    exposed to the service.

    Since API 1.30.
    """

    isolation: str | None = Field(default=None, alias="Isolation")
    """Isolation technology of the containers running the service.
    (Windows only)

    One of: 'default', 'process', 'hyperv', '' (other values are passed through).

    Since API 1.35.
    """

    init: bool | None = Field(default=None, alias="Init")
    """Run an init inside the container that forwards signals and reaps
    processes. This field is omitted if empty, and the default (as
    configured on the daemon) is used.

    Since API 1.38.
    """

    sysctls: dict[str, str] | None = Field(default=None, alias="Sysctls")
    """Set kernel namedspaced parameters (sysctls) in the container.
    The Sysctls option on services accepts the same sysctls as the
    are supported on containers. Note that while the same sysctls are
    supported, no guarantees or checks are made about their
    suitability for a clustered environment, and it's up to the user
    to determine whether a given sysctl will work properly in a
    Service.

    Since API 1.40.
    """

    capability_add: list[str] | None = Field(default=None, alias="CapabilityAdd")
    """A list of kernel capabilities to add to the default set
    for the container.

    Since API 1.41.
    """

    capability_drop: list[str] | None = Field(default=None, alias="CapabilityDrop")
    """A list of kernel capabilities to drop from the default set
    for the container.

    Since API 1.41.
    """

    ulimits: list[ResourcesUlimitsItem] | None = Field(default=None, alias="Ulimits")
    """A list of resource limits to set in the container. For example: `{"Name": "nofile", "Soft": 1024, "Hard": 2048}`"

    Since API 1.41.
    """
