"""ClusterInfo: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .object_version import ObjectVersion
from .swarm_spec import SwarmSpec
from .tls_info import TLSInfo


class ClusterInfo(Model):
    """ClusterInfo represents information about the swarm as is returned by the
    "/info" endpoint. Join-tokens are not included.
    """

    id: str | None = Field(
        default=None, validation_alias="ID", serialization_alias="ID"
    )
    """The ID of the swarm."""

    version: ObjectVersion | None = Field(
        default=None, validation_alias="Version", serialization_alias="Version"
    )

    created_at: str | None = Field(
        default=None, validation_alias="CreatedAt", serialization_alias="CreatedAt"
    )
    """Date and time at which the swarm was initialised in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
    """

    updated_at: str | None = Field(
        default=None, validation_alias="UpdatedAt", serialization_alias="UpdatedAt"
    )
    """Date and time at which the swarm was last updated in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
    """

    spec: SwarmSpec | None = Field(
        default=None, validation_alias="Spec", serialization_alias="Spec"
    )

    tls_info: TLSInfo | None = Field(
        default=None, validation_alias="TLSInfo", serialization_alias="TLSInfo"
    )

    root_rotation_in_progress: bool | None = Field(
        default=None,
        validation_alias="RootRotationInProgress",
        serialization_alias="RootRotationInProgress",
    )
    """Whether there is currently a root CA rotation in progress for the swarm"""

    data_path_port: int | None = Field(
        default=None,
        validation_alias="DataPathPort",
        serialization_alias="DataPathPort",
    )
    """DataPathPort specifies the data path port number for data traffic.
    Acceptable port range is 1024 to 49151.
    If no port is set or is set to 0, the default port (4789) is used.
    """

    default_addr_pool: list[str] | None = Field(
        default=None,
        validation_alias="DefaultAddrPool",
        serialization_alias="DefaultAddrPool",
    )
    """Default Address Pool specifies default subnet pools for global scope
    networks.
    """

    subnet_size: int | None = Field(
        default=None, validation_alias="SubnetSize", serialization_alias="SubnetSize"
    )
    """SubnetSize specifies the subnet size of the networks created from the
    default subnet pool.
    """
