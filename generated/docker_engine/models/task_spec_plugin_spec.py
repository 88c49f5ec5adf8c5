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

    name: str | None = Field(
        default=None, validation_alias="Name", serialization_alias="Name"
    )
    """The name or 'alias' to use for the plugin."""

    remote: str | None = Field(
        default=None, validation_alias="Remote", serialization_alias="Remote"
    )
    """The plugin image reference to use."""

    disabled: bool | None = Field(
        default=None, validation_alias="Disabled", serialization_alias="Disabled"
    )
    """Disable the plugin once scheduled."""

    plugin_privilege: list[PluginPrivilege] | None = Field(
        default=None,
        validation_alias="PluginPrivilege",
        serialization_alias="PluginPrivilege",
    )
