"""TaskSpecNetworkAttachmentSpec: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class TaskSpecNetworkAttachmentSpec(Model):
    """Read-only spec type for non-swarm containers attached to swarm overlay
    networks.

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.
    """

    container_id: str | None = Field(default=None, alias="ContainerID")
    """ID of the container represented by this task

    Since API 1.38.
    """
