"""ClusterVolumePublishStatusItem: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ClusterVolumePublishStatusItem(Model):
    """ClusterVolumePublishStatusItem"""

    node_id: str | None = Field(default=None, alias="NodeID")
    """The ID of the Swarm node the volume is published on.

    Since API 1.42.
    """

    state: str | None = Field(default=None, alias="State")
    """The published state of the volume.
    * `pending-publish` The volume should be published to this node, but the call to the controller plugin to do so has not yet been successfully completed.
    * `published` The volume is published successfully to the node.
    * `pending-node-unpublish` The volume should be unpublished from the node, and the manager is awaiting confirmation from the worker that it has done so.
    * `pending-controller-unpublish` The volume is successfully unpublished from the node, but has not yet been successfully unpublished on the controller.

    One of: 'pending-publish', 'published', 'pending-node-unpublish', 'pending-controller-unpublish' (other values are passed through).

    Since API 1.42.
    """

    publish_context: dict[str, str] | None = Field(default=None, alias="PublishContext")
    """A map of strings to strings returned by the CSI controller
    plugin when a volume is published.

    Since API 1.42.
    """
