"""IndexInfo: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class IndexInfo(Model):
    """IndexInfo contains information about a registry."""

    name: str | None = Field(
        default=None, validation_alias="Name", serialization_alias="Name"
    )
    """Name of the registry, such as "docker.io"."""

    mirrors: list[str] | None = Field(
        default=None, validation_alias="Mirrors", serialization_alias="Mirrors"
    )
    """List of mirrors, expressed as URIs."""

    secure: bool | None = Field(
        default=None, validation_alias="Secure", serialization_alias="Secure"
    )
    """Indicates if the registry is part of the list of insecure
    registries.

    If `false`, the registry is insecure. Insecure registries accept
    un-encrypted (HTTP) and/or untrusted (HTTPS with certificates from
    unknown CAs) communication.

    > **Warning**: Insecure registries can be useful when running a local
    > registry. However, because its use creates security vulnerabilities
    > it should ONLY be enabled for testing purposes. For increased
    > security, users should add their CA to their system's list of
    > trusted CAs instead of enabling this option.
    """

    official: bool | None = Field(
        default=None, validation_alias="Official", serialization_alias="Official"
    )
    """Indicates whether this is an official registry (i.e., Docker Hub / docker.io)"""
