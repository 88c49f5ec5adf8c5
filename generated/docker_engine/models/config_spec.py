"""ConfigSpec: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .driver import Driver


class ConfigSpec(Model):
    """ConfigSpec"""

    name: str | None = Field(default=None, alias="Name")
    """User-defined name of the config.

    Since API 1.30.
    """

    labels: dict[str, str] | None = Field(default=None, alias="Labels")
    """User-defined key/value metadata.

    Since API 1.30.
    """

    data: str | None = Field(default=None, alias="Data")
    """Data is the data to store as a config, formatted as a standard base64-encoded
    ([RFC 4648](https://tools.ietf.org/html/rfc4648#section-4)) string.
    The maximum allowed size is 1000KB, as defined in [MaxConfigSize](https://pkg.go.dev/github.com/moby/swarmkit/v2@v2.0.0-20250103191802-8c1959736554/manager/controlapi#MaxConfigSize).

    Since API 1.30.
    """

    templating: Driver | None = Field(default=None, alias="Templating")
    """Templating driver, if applicable

    Templating controls whether and how to evaluate the config payload as
    a template. If no driver is set, no templating is used.

    Since API 1.37.
    """
