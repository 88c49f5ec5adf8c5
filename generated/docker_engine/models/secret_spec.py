"""SecretSpec: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .driver import Driver


class SecretSpec(Model):
    """SecretSpec"""

    name: str | None = Field(default=None, alias="Name")
    """User-defined name of the secret."""

    labels: dict[str, str] | None = Field(default=None, alias="Labels")
    """User-defined key/value metadata."""

    data: str | None = Field(default=None, alias="Data")
    """Data is the data to store as a secret, formatted as a standard base64-encoded
    ([RFC 4648](https://tools.ietf.org/html/rfc4648#section-4)) string.
    It must be empty if the Driver field is set, in which case the data is
    loaded from an external secret store. The maximum allowed size is 500KB,
    as defined in [MaxSecretSize](https://pkg.go.dev/github.com/moby/swarmkit/v2@v2.0.0/api/validation#MaxSecretSize).

    This field is only used to _create_ a secret, and is not returned by
    other endpoints.

    Since API 1.26.
    """

    driver: Driver | None = Field(default=None, alias="Driver")
    """Name of the secrets driver used to fetch the secret's value from an
    external secret store.

    Since API 1.31.
    """

    templating: Driver | None = Field(default=None, alias="Templating")
    """Templating driver, if applicable

    Templating controls whether and how to evaluate the config payload as
    a template. If no driver is set, no templating is used.

    Since API 1.37.
    """
