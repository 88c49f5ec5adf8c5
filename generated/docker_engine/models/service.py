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

    id: str | None = Field(default=None, alias="ID")

    version: ObjectVersion | None = Field(default=None, alias="Version")

    created_at: str | None = Field(default=None, alias="CreatedAt")

    updated_at: str | None = Field(default=None, alias="UpdatedAt")

    spec: ServiceSpec | None = Field(default=None, alias="Spec")

    endpoint: ServiceEndpoint | None = Field(default=None, alias="Endpoint")

    update_status: ServiceUpdateStatus | None = Field(
        default=None, alias="UpdateStatus"
    )
    """The status of a service update."""

    service_status: ServiceServiceStatus | None = Field(
        default=None, alias="ServiceStatus"
    )
    """The status of the service's tasks. Provided only when requested as
    part of a ServiceList operation.

    Since API 1.41.
    """

    job_status: ServiceJobStatus | None = Field(default=None, alias="JobStatus")
    """The status of the service when it is in one of ReplicatedJob or
    GlobalJob modes. Absent on Replicated and Global mode services. The
    JobIteration is an ObjectVersion, but unlike the Service's version,
    does not need to be sent with an update request.

    Since API 1.41.
    """
