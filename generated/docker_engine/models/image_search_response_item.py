"""ImageSearchResponseItem: models of the Engine API."""

from __future__ import annotations

from .._runtime.model import Model


class ImageSearchResponseItem(Model):
    """ImageSearchResponseItem"""

    description: str | None = None

    is_official: bool | None = None

    is_automated: bool | None = None
    """Whether this repository has automated builds enabled.

    <p><br /></p>

    > **Deprecated**: This field is deprecated and will always
    > be "false" in future.
    """

    name: str | None = None

    star_count: int | None = None
