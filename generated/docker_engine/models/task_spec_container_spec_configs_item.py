"""TaskSpecContainerSpecConfigsItem: models of the Engine API."""

from __future__ import annotations

from typing import Any
from pydantic import Field
from .._runtime.model import Model
from .task_spec_container_spec_configs_item_file import (
    TaskSpecContainerSpecConfigsItemFile,
)


class TaskSpecContainerSpecConfigsItem(Model):
    """TaskSpecContainerSpecConfigsItem"""

    file: TaskSpecContainerSpecConfigsItemFile | None = Field(
        default=None, alias="File"
    )
    """File represents a specific target that is backed by a file.

    <p><br /><p>

    > **Note**: `Configs.File` and `Configs.Runtime` are mutually exclusive

    Since API 1.30.
    """

    runtime: dict[str, Any] | None = Field(default=None, alias="Runtime")
    """Runtime represents a target that is not mounted into the
    container but is used by the task

    <p><br /><p>

    > **Note**: `Configs.File` and `Configs.Runtime` are mutually
    > exclusive

    Since API 1.40.
    """

    config_id: str | None = Field(default=None, alias="ConfigID")
    """ConfigID represents the ID of the specific config that we're
    referencing.

    Since API 1.30.
    """

    config_name: str | None = Field(default=None, alias="ConfigName")
    """ConfigName is the name of the config that this references,
    but this is just provided for lookup/display purposes. The
    config in the reference will be identified by its ID.

    Since API 1.30.
    """
