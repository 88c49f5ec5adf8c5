"""ServiceCreateBody: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .endpoint_spec import EndpointSpec
from .network_attachment_config import NetworkAttachmentConfig
from .service_spec_mode import ServiceSpecMode
from .service_spec_rollback_config import ServiceSpecRollbackConfig
from .service_spec_update_config import ServiceSpecUpdateConfig
from .task_spec import TaskSpec


class ServiceCreateBody(Model):
    """ServiceCreateBody"""

    name: str | None = Field(
        default=None, validation_alias="Name", serialization_alias="Name"
    )
    """Name of the service."""

    labels: dict[str, str] | None = Field(
        default=None, validation_alias="Labels", serialization_alias="Labels"
    )
    """User-defined key/value metadata."""

    task_template: TaskSpec | None = Field(
        default=None,
        validation_alias="TaskTemplate",
        serialization_alias="TaskTemplate",
    )

    mode: ServiceSpecMode | None = Field(
        default=None, validation_alias="Mode", serialization_alias="Mode"
    )
    """Scheduling mode for the service."""

    update_config: ServiceSpecUpdateConfig | None = Field(
        default=None,
        validation_alias="UpdateConfig",
        serialization_alias="UpdateConfig",
    )
    """Specification for the update strategy of the service."""

    rollback_config: ServiceSpecRollbackConfig | None = Field(
        default=None,
        validation_alias="RollbackConfig",
        serialization_alias="RollbackConfig",
    )
    """Specification for the rollback strategy of the service."""

    networks: list[NetworkAttachmentConfig] | None = Field(
        default=None, validation_alias="Networks", serialization_alias="Networks"
    )
    """Specifies which networks the service should attach to.

    Deprecated: This field is deprecated since v1.44. The Networks field in TaskSpec should be used instead.
    """

    endpoint_spec: EndpointSpec | None = Field(
        default=None,
        validation_alias="EndpointSpec",
        serialization_alias="EndpointSpec",
    )
