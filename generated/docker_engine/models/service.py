"""Service: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .object_version import ObjectVersion
from .service_endpoint import ServiceEndpoint
from .service_job_status import ServiceJobStatus
from .service_service_status import ServiceServiceStatus
from .service_spec import ServiceSpec
from .service_update_status import ServiceUpdateStatus


class Service(Model):
    """Service"""

    id: str | None = Field(
        default=None, validation_alias="ID", serialization_alias="ID"
    )

    version: ObjectVersion | None = Field(
        default=None, validation_alias="Version", serialization_alias="Version"
    )

    created_at: str | None = Field(
        default=None, validation_alias="CreatedAt", serialization_alias="CreatedAt"
    )

    updated_at: str | None = Field(
        default=None, validation_alias="UpdatedAt", serialization_alias="UpdatedAt"
    )

    spec: ServiceSpec | None = Field(
        default=None, validation_alias="Spec", serialization_alias="Spec"
    )

    endpoint: ServiceEndpoint | None = Field(
        default=None, validation_alias="Endpoint", serialization_alias="Endpoint"
    )

    update_status: ServiceUpdateStatus | None = Field(
        default=None,
        validation_alias="UpdateStatus",
        serialization_alias="UpdateStatus",
    )
    """The status of a service update."""

    service_status: ServiceServiceStatus | None = Field(
        default=None,
        validation_alias="ServiceStatus",
        serialization_alias="ServiceStatus",
    )
    """The status of the service's tasks. Provided only when requested as
    part of a ServiceList operation.
    """

    job_status: ServiceJobStatus | None = Field(
        default=None, validation_alias="JobStatus", serialization_alias="JobStatus"
    )
    """The status of the service when it is in one of ReplicatedJob or
    GlobalJob modes. Absent on Replicated and Global mode services. The
    JobIteration is an ObjectVersion, but unlike the Service's version,
    does not need to be sent with an update request.
    """
