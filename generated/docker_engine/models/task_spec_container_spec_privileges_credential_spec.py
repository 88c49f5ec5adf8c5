"""TaskSpecContainerSpecPrivilegesCredentialSpec: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class TaskSpecContainerSpecPrivilegesCredentialSpec(Model):
    """CredentialSpec for managed service account (Windows only)"""

    config: str | None = Field(default=None, alias="Config")
    """Load credential spec from a Swarm Config with the given ID.
    The specified config must also be present in the Configs
    field with the Runtime property set.

    <p><br /></p>

    > **Note**: `CredentialSpec.File`, `CredentialSpec.Registry`,
    > and `CredentialSpec.Config` are mutually exclusive.

    Since API 1.40.
    """

    file: str | None = Field(default=None, alias="File")
    """Load credential spec from this file. The file is read by
    the daemon, and must be present in the `CredentialSpecs`
    subdirectory in the docker data directory, which defaults
    to `C:\\ProgramData\\Docker\\` on Windows.

    For example, specifying `spec.json` loads
    `C:\\ProgramData\\Docker\\CredentialSpecs\\spec.json`.

    <p><br /></p>

    > **Note**: `CredentialSpec.File`, `CredentialSpec.Registry`,
    > and `CredentialSpec.Config` are mutually exclusive.

    Since API 1.30.
    """

    registry: str | None = Field(default=None, alias="Registry")
    """Load credential spec from this value in the Windows
    registry. The specified registry value must be located in:

    `HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Containers\\CredentialSpecs`

    <p><br /></p>

    > **Note**: `CredentialSpec.File`, `CredentialSpec.Registry`,
    > and `CredentialSpec.Config` are mutually exclusive.

    Since API 1.30.
    """
