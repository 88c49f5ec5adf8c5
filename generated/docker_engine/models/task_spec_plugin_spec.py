"""TaskSpecPluginSpec: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .plugin_privilege import PluginPrivilege


class TaskSpecPluginSpec(Model):
    """Plugin spec for the service.  *(Experimental release only.)*

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.
    """

    name: str | None = Field(default=None, alias="Name")
    """The name or 'alias' to use for the plugin.

    Since API 1.31.
    """

    remote: str | None = Field(default=None, alias="Remote")
    """The plugin image reference to use.

    Since API 1.31.
    """

    disabled: bool | None = Field(default=None, alias="Disabled")
    """Disable the plugin once scheduled.

    Since API 1.31.
    """

    plugin_privilege: list[PluginPrivilege] | None = Field(
        default=None, alias="PluginPrivilege"
    )
    """Since API 1.31."""
