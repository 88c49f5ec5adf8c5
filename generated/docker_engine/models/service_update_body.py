"""ServiceUpdateBody: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .endpoint_spec import EndpointSpec
from .network_attachment_config import NetworkAttachmentConfig
from .service_spec_mode import ServiceSpecMode
from .service_spec_rollback_config import ServiceSpecRollbackConfig
from .service_spec_update_config import ServiceSpecUpdateConfig
from .task_spec import TaskSpec


class ServiceUpdateBody(Model):
    """ServiceUpdateBody"""

    name: str | None = Field(default=None, alias="Name")
    """Name of the service."""

    labels: dict[str, str] | None = Field(default=None, alias="Labels")
    """User-defined key/value metadata."""

    task_template: TaskSpec | None = Field(default=None, alias="TaskTemplate")

    mode: ServiceSpecMode | None = Field(default=None, alias="Mode")
    """Scheduling mode for the service."""

    update_config: ServiceSpecUpdateConfig | None = Field(
        default=None, alias="UpdateConfig"
    )
    """Specification for the update strategy of the service."""

    rollback_config: ServiceSpecRollbackConfig | None = Field(
        default=None, alias="RollbackConfig"
    )
    """Specification for the rollback strategy of the service.

    Since API 1.28.
    """

    networks: list[NetworkAttachmentConfig] | None = Field(
        default=None, alias="Networks"
    )
    """Specifies which networks the service should attach to.

    Deprecated: This field is deprecated since v1.44. The Networks field in TaskSpec should be used instead.
    """

    endpoint_spec: EndpointSpec | None = Field(default=None, alias="EndpointSpec")
