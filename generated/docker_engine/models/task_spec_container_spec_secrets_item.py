"""TaskSpecContainerSpecSecretsItem: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .task_spec_container_spec_secrets_item_file import (
    TaskSpecContainerSpecSecretsItemFile,
)


class TaskSpecContainerSpecSecretsItem(Model):
    """TaskSpecContainerSpecSecretsItem"""

    file: TaskSpecContainerSpecSecretsItemFile | None = Field(
        default=None, alias="File"
    )
    """File represents a specific target that is backed by a file.

    Since API 1.27.
    """

    secret_id: str | None = Field(default=None, alias="SecretID")
    """SecretID represents the ID of the specific secret that we're
    referencing.

    Since API 1.27.
    """

    secret_name: str | None = Field(default=None, alias="SecretName")
    """SecretName is the name of the secret that this references,
    but this is just provided for lookup/display purposes. The
    secret in the reference will be identified by its ID.

    Since API 1.27.
    """
