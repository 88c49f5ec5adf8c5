"""TaskSpecContainerSpecPrivileges: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .task_spec_container_spec_privileges_app_armor import (
    TaskSpecContainerSpecPrivilegesAppArmor,
)
from .task_spec_container_spec_privileges_credential_spec import (
    TaskSpecContainerSpecPrivilegesCredentialSpec,
)
from .task_spec_container_spec_privileges_se_linux_context import (
    TaskSpecContainerSpecPrivilegesSELinuxContext,
)
from .task_spec_container_spec_privileges_seccomp import (
    TaskSpecContainerSpecPrivilegesSeccomp,
)


class TaskSpecContainerSpecPrivileges(Model):
    """Security options for the container"""

    credential_spec: TaskSpecContainerSpecPrivilegesCredentialSpec | None = Field(
        default=None,
        validation_alias="CredentialSpec",
        serialization_alias="CredentialSpec",
    )
    """CredentialSpec for managed service account (Windows only)"""

    se_linux_context: TaskSpecContainerSpecPrivilegesSELinuxContext | None = Field(
        default=None,
        validation_alias="SELinuxContext",
        serialization_alias="SELinuxContext",
    )
    """SELinux labels of the container"""

    seccomp: TaskSpecContainerSpecPrivilegesSeccomp | None = Field(
        default=None, validation_alias="Seccomp", serialization_alias="Seccomp"
    )
    """Options for configuring seccomp on the container"""

    app_armor: TaskSpecContainerSpecPrivilegesAppArmor | None = Field(
        default=None, validation_alias="AppArmor", serialization_alias="AppArmor"
    )
    """Options for configuring AppArmor on the container"""

    no_new_privileges: bool | None = Field(
        default=None,
        validation_alias="NoNewPrivileges",
        serialization_alias="NoNewPrivileges",
    )
    """Configuration of the no_new_privs bit in the container"""
