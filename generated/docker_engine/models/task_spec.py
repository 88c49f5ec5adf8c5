"""TaskSpec: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .network_attachment_config import NetworkAttachmentConfig
from .task_spec_container_spec import TaskSpecContainerSpec
from .task_spec_log_driver import TaskSpecLogDriver
from .task_spec_network_attachment_spec import TaskSpecNetworkAttachmentSpec
from .task_spec_placement import TaskSpecPlacement
from .task_spec_plugin_spec import TaskSpecPluginSpec
from .task_spec_resources import TaskSpecResources
from .task_spec_restart_policy import TaskSpecRestartPolicy


class TaskSpec(Model):
    """User modifiable task configuration."""

    plugin_spec: TaskSpecPluginSpec | None = Field(default=None, alias="PluginSpec")
    """Plugin spec for the service.  *(Experimental release only.)*

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.

    Since API 1.31.
    """

    container_spec: TaskSpecContainerSpec | None = Field(
        default=None, alias="ContainerSpec"
    )
    """Container spec for the service.

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.
    """

    network_attachment_spec: TaskSpecNetworkAttachmentSpec | None = Field(
        default=None, alias="NetworkAttachmentSpec"
    )
    """Read-only spec type for non-swarm containers attached to swarm overlay
    networks.

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.

    Since API 1.38.
    """

    resources: TaskSpecResources | None = Field(default=None, alias="Resources")
    """Resource requirements which apply to each individual container created
    as part of the service.
    """

    restart_policy: TaskSpecRestartPolicy | None = Field(
        default=None, alias="RestartPolicy"
    )
    """Specification for the restart policy which applies to containers
    created as part of this service.
    """

    placement: TaskSpecPlacement | None = Field(default=None, alias="Placement")

    force_update: int | None = Field(default=None, alias="ForceUpdate")
    """A counter that triggers an update even if no relevant parameters have
    been changed.
    """

    runtime: str | None = Field(default=None, alias="Runtime")
    """Runtime is the type of runtime specified for the task executor.

    Since API 1.30.
    """

    networks: list[NetworkAttachmentConfig] | None = Field(
        default=None, alias="Networks"
    )
    """Specifies which networks the service should attach to."""

    log_driver: TaskSpecLogDriver | None = Field(default=None, alias="LogDriver")
    """Specifies the log driver to use for tasks created from this spec. If
    not present, the default one for the swarm will be used, finally
    falling back to the engine default if not specified.
    """
