"""SwarmSpec: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .swarm_spec_ca_config import SwarmSpecCAConfig
from .swarm_spec_dispatcher import SwarmSpecDispatcher
from .swarm_spec_encryption_config import SwarmSpecEncryptionConfig
from .swarm_spec_orchestration import SwarmSpecOrchestration
from .swarm_spec_raft import SwarmSpecRaft
from .swarm_spec_task_defaults import SwarmSpecTaskDefaults


class SwarmSpec(Model):
    """User modifiable swarm configuration."""

    name: str | None = Field(
        default=None, validation_alias="Name", serialization_alias="Name"
    )
    """Name of the swarm."""

    labels: dict[str, str] | None = Field(
        default=None, validation_alias="Labels", serialization_alias="Labels"
    )
    """User-defined key/value metadata."""

    orchestration: SwarmSpecOrchestration | None = Field(
        default=None,
        validation_alias="Orchestration",
        serialization_alias="Orchestration",
    )
    """Orchestration configuration."""

    raft: SwarmSpecRaft | None = Field(
        default=None, validation_alias="Raft", serialization_alias="Raft"
    )
    """Raft configuration."""

    dispatcher: SwarmSpecDispatcher | None = Field(
        default=None, validation_alias="Dispatcher", serialization_alias="Dispatcher"
    )
    """Dispatcher configuration."""

    ca_config: SwarmSpecCAConfig | None = Field(
        default=None, validation_alias="CAConfig", serialization_alias="CAConfig"
    )
    """CA configuration."""

    encryption_config: SwarmSpecEncryptionConfig | None = Field(
        default=None,
        validation_alias="EncryptionConfig",
        serialization_alias="EncryptionConfig",
    )
    """Parameters related to encryption-at-rest."""

    task_defaults: SwarmSpecTaskDefaults | None = Field(
        default=None,
        validation_alias="TaskDefaults",
        serialization_alias="TaskDefaults",
    )
    """Defaults for creating tasks in this cluster."""
