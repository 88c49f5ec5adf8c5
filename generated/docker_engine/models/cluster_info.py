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

    id: str | None = Field(default=None, alias="ID")
    """The ID of the swarm.

    Since API 1.32.
    """

    version: ObjectVersion | None = Field(default=None, alias="Version")
    """Since API 1.32."""

    created_at: str | None = Field(default=None, alias="CreatedAt")
    """Date and time at which the swarm was initialised in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.

    Since API 1.32.
    """

    updated_at: str | None = Field(default=None, alias="UpdatedAt")
    """Date and time at which the swarm was last updated in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.

    Since API 1.32.
    """

    spec: SwarmSpec | None = Field(default=None, alias="Spec")
    """Since API 1.32."""

    tls_info: TLSInfo | None = Field(default=None, alias="TLSInfo")
    """Since API 1.32."""

    root_rotation_in_progress: bool | None = Field(
        default=None, alias="RootRotationInProgress"
    )
    """Whether there is currently a root CA rotation in progress for the swarm

    Since API 1.32.
    """

    data_path_port: int | None = Field(default=None, alias="DataPathPort")
    """DataPathPort specifies the data path port number for data traffic.
    Acceptable port range is 1024 to 49151.
    If no port is set or is set to 0, the default port (4789) is used.

    Since API 1.40.
    """

    default_addr_pool: list[str] | None = Field(default=None, alias="DefaultAddrPool")
    """Default Address Pool specifies default subnet pools for global scope
    networks.

    Since API 1.39.
    """

    subnet_size: int | None = Field(default=None, alias="SubnetSize")
    """SubnetSize specifies the subnet size of the networks created from the
    default subnet pool.

    Since API 1.39.
    """
