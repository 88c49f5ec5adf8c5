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
        default=None, alias="CredentialSpec"
    )
    """CredentialSpec for managed service account (Windows only)

    Since API 1.30.
    """

    se_linux_context: TaskSpecContainerSpecPrivilegesSELinuxContext | None = Field(
        default=None, alias="SELinuxContext"
    )
    """SELinux labels of the container

    Since API 1.30.
    """

    seccomp: TaskSpecContainerSpecPrivilegesSeccomp | None = Field(
        default=None, alias="Seccomp"
    )
    """Options for configuring seccomp on the container

    Since API 1.44.
    """

    app_armor: TaskSpecContainerSpecPrivilegesAppArmor | None = Field(
        default=None, alias="AppArmor"
    )
    """Options for configuring AppArmor on the container

    Since API 1.44.
    """

    no_new_privileges: bool | None = Field(default=None, alias="NoNewPrivileges")
    """Configuration of the no_new_privs bit in the container

    Since API 1.44.
    """
