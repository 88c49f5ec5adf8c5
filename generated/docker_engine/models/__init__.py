"""Every model of the Engine API 1.44, imported on first use.

`from docker_engine.models import ImageSummary` loads only the module that defines
ImageSummary and the models it refers to.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .auth_config import AuthConfig
    from .build_cache import BuildCache
    from .build_info import BuildInfo
    from .build_prune_response import BuildPruneResponse
    from .change_type import ChangeType
    from .cluster_info import ClusterInfo
    from .cluster_volume import ClusterVolume
    from .cluster_volume_info import ClusterVolumeInfo
    from .cluster_volume_publish_status_item import ClusterVolumePublishStatusItem
    from .cluster_volume_spec import ClusterVolumeSpec
    from .cluster_volume_spec_access_mode import ClusterVolumeSpecAccessMode
    from .cluster_volume_spec_access_mode_accessibility_requirements import (
        ClusterVolumeSpecAccessModeAccessibilityRequirements,
    )
    from .cluster_volume_spec_access_mode_capacity_range import (
        ClusterVolumeSpecAccessModeCapacityRange,
    )
    from .cluster_volume_spec_access_mode_secrets_item import (
        ClusterVolumeSpecAccessModeSecretsItem,
    )
    from .commit import Commit
    from .config import Config
    from .config_create_body import ConfigCreateBody
    from .config_create_response import ConfigCreateResponse
    from .config_reference import ConfigReference
    from .config_spec import ConfigSpec
    from .container_config import ContainerConfig
    from .container_create_body import ContainerCreateBody
    from .container_create_response import ContainerCreateResponse
    from .container_inspect_response import ContainerInspectResponse
    from .container_prune_response import ContainerPruneResponse
    from .container_state import ContainerState
    from .container_status import ContainerStatus
    from .container_summary import ContainerSummary
    from .container_summary_host_config import ContainerSummaryHostConfig
    from .container_summary_network_settings import ContainerSummaryNetworkSettings
    from .container_top_response import ContainerTopResponse
    from .container_update_body import ContainerUpdateBody
    from .container_update_response import ContainerUpdateResponse
    from .container_wait_exit_error import ContainerWaitExitError
    from .container_wait_response import ContainerWaitResponse
    from .create_image_info import CreateImageInfo
    from .device_mapping import DeviceMapping
    from .device_request import DeviceRequest
    from .distribution_inspect import DistributionInspect
    from .driver import Driver
    from .endpoint_ipam_config import EndpointIPAMConfig
    from .endpoint_port_config import EndpointPortConfig
    from .endpoint_settings import EndpointSettings
    from .endpoint_spec import EndpointSpec
    from .engine_description import EngineDescription
    from .engine_description_plugins_item import EngineDescriptionPluginsItem
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .event_actor import EventActor
    from .event_message import EventMessage
    from .exec_config import ExecConfig
    from .exec_inspect_response import ExecInspectResponse
    from .exec_start_config import ExecStartConfig
    from .filesystem_change import FilesystemChange
    from .generic_resources import GenericResources
    from .generic_resources_item import GenericResourcesItem
    from .generic_resources_item_discrete_resource_spec import (
        GenericResourcesItemDiscreteResourceSpec,
    )
    from .generic_resources_item_named_resource_spec import (
        GenericResourcesItemNamedResourceSpec,
    )
    from .graph_driver_data import GraphDriverData
    from .health import Health
    from .health_config import HealthConfig
    from .healthcheck_result import HealthcheckResult
    from .host_config import HostConfig
    from .host_config_log_config import HostConfigLogConfig
    from .ipam import IPAM
    from .ipam_config import IPAMConfig
    from .id_response import IdResponse
    from .image_config import ImageConfig
    from .image_delete_response_item import ImageDeleteResponseItem
    from .image_history_response_item import ImageHistoryResponseItem
    from .image_id import ImageID
    from .image_inspect import ImageInspect
    from .image_inspect_metadata import ImageInspectMetadata
    from .image_inspect_root_fs import ImageInspectRootFS
    from .image_prune_response import ImagePruneResponse
    from .image_search_response_item import ImageSearchResponseItem
    from .image_summary import ImageSummary
    from .index_info import IndexInfo
    from .join_tokens import JoinTokens
    from .limit import Limit
    from .local_node_state import LocalNodeState
    from .manager_status import ManagerStatus
    from .mount import Mount
    from .mount_bind_options import MountBindOptions
    from .mount_point import MountPoint
    from .mount_tmpfs_options import MountTmpfsOptions
    from .mount_type import MountType
    from .mount_volume_options import MountVolumeOptions
    from .mount_volume_options_driver_config import MountVolumeOptionsDriverConfig
    from .network import Network
    from .network_attachment import NetworkAttachment
    from .network_attachment_config import NetworkAttachmentConfig
    from .network_connect_request import NetworkConnectRequest
    from .network_container import NetworkContainer
    from .network_create_request import NetworkCreateRequest
    from .network_create_response import NetworkCreateResponse
    from .network_disconnect_request import NetworkDisconnectRequest
    from .network_prune_response import NetworkPruneResponse
    from .network_settings import NetworkSettings
    from .networking_config import NetworkingConfig
    from .node import Node
    from .node_description import NodeDescription
    from .node_spec import NodeSpec
    from .node_state import NodeState
    from .node_status import NodeStatus
    from .oci_descriptor import OCIDescriptor
    from .oci_platform import OCIPlatform
    from .object_version import ObjectVersion
    from .peer_info import PeerInfo
    from .peer_node import PeerNode
    from .platform import Platform
    from .plugin import Plugin
    from .plugin_config import PluginConfig
    from .plugin_config_args import PluginConfigArgs
    from .plugin_config_interface import PluginConfigInterface
    from .plugin_config_linux import PluginConfigLinux
    from .plugin_config_network import PluginConfigNetwork
    from .plugin_config_rootfs import PluginConfigRootfs
    from .plugin_config_user import PluginConfigUser
    from .plugin_device import PluginDevice
    from .plugin_env import PluginEnv
    from .plugin_interface_type import PluginInterfaceType
    from .plugin_mount import PluginMount
    from .plugin_privilege import PluginPrivilege
    from .plugin_settings import PluginSettings
    from .plugins_info import PluginsInfo
    from .port import Port
    from .port_binding import PortBinding
    from .port_map import PortMap
    from .port_status import PortStatus
    from .process_config import ProcessConfig
    from .progress_detail import ProgressDetail
    from .push_image_info import PushImageInfo
    from .reachability import Reachability
    from .registry_service_config import RegistryServiceConfig
    from .resource_object import ResourceObject
    from .resources import Resources
    from .resources_blkio_weight_device_item import ResourcesBlkioWeightDeviceItem
    from .resources_ulimits_item import ResourcesUlimitsItem
    from .restart_policy import RestartPolicy
    from .runtime import Runtime
    from .secret import Secret
    from .secret_create_body import SecretCreateBody
    from .secret_create_response import SecretCreateResponse
    from .secret_spec import SecretSpec
    from .service import Service
    from .service_create_body import ServiceCreateBody
    from .service_create_response import ServiceCreateResponse
    from .service_endpoint import ServiceEndpoint
    from .service_endpoint_virtual_ips_item import ServiceEndpointVirtualIPSItem
    from .service_job_status import ServiceJobStatus
    from .service_service_status import ServiceServiceStatus
    from .service_spec import ServiceSpec
    from .service_spec_mode import ServiceSpecMode
    from .service_spec_mode_replicated import ServiceSpecModeReplicated
    from .service_spec_mode_replicated_job import ServiceSpecModeReplicatedJob
    from .service_spec_rollback_config import ServiceSpecRollbackConfig
    from .service_spec_update_config import ServiceSpecUpdateConfig
    from .service_update_body import ServiceUpdateBody
    from .service_update_response import ServiceUpdateResponse
    from .service_update_status import ServiceUpdateStatus
    from .swarm import Swarm
    from .swarm_info import SwarmInfo
    from .swarm_init_request import SwarmInitRequest
    from .swarm_join_request import SwarmJoinRequest
    from .swarm_spec import SwarmSpec
    from .swarm_spec_ca_config import SwarmSpecCAConfig
    from .swarm_spec_ca_config_external_cas_item import SwarmSpecCAConfigExternalCASItem
    from .swarm_spec_dispatcher import SwarmSpecDispatcher
    from .swarm_spec_encryption_config import SwarmSpecEncryptionConfig
    from .swarm_spec_orchestration import SwarmSpecOrchestration
    from .swarm_spec_raft import SwarmSpecRaft
    from .swarm_spec_task_defaults import SwarmSpecTaskDefaults
    from .swarm_spec_task_defaults_log_driver import SwarmSpecTaskDefaultsLogDriver
    from .swarm_unlock_request import SwarmUnlockRequest
    from .system_auth_response import SystemAuthResponse
    from .system_data_usage_response import SystemDataUsageResponse
    from .system_info import SystemInfo
    from .system_info_default_address_pools_item import (
        SystemInfoDefaultAddressPoolsItem,
    )
    from .system_version import SystemVersion
    from .system_version_components_item import SystemVersionComponentsItem
    from .system_version_platform import SystemVersionPlatform
    from .tls_info import TLSInfo
    from .task import Task
    from .task_spec import TaskSpec
    from .task_spec_container_spec import TaskSpecContainerSpec
    from .task_spec_container_spec_configs_item import TaskSpecContainerSpecConfigsItem
    from .task_spec_container_spec_configs_item_file import (
        TaskSpecContainerSpecConfigsItemFile,
    )
    from .task_spec_container_spec_dns_config import TaskSpecContainerSpecDNSConfig
    from .task_spec_container_spec_privileges import TaskSpecContainerSpecPrivileges
    from .task_spec_container_spec_privileges_app_armor import (
        TaskSpecContainerSpecPrivilegesAppArmor,
    )
    from .task_spec_container_spec_privileges_credential_spec import (
        TaskSpecContainerSpecPrivilegesCredentialSpec,
    )
    from .task_spec_container_spec_privileges_se_linux_context import (
        TaskSpecContainerSpecPrivilegesSELinuxContext,
    )
    from .task_spec_container_spec_privileges_seccomp import (
        TaskSpecContainerSpecPrivilegesSeccomp,
    )
    from .task_spec_container_spec_secrets_item import TaskSpecContainerSpecSecretsItem
    from .task_spec_container_spec_secrets_item_file import (
        TaskSpecContainerSpecSecretsItemFile,
    )
    from .task_spec_log_driver import TaskSpecLogDriver
    from .task_spec_network_attachment_spec import TaskSpecNetworkAttachmentSpec
    from .task_spec_placement import TaskSpecPlacement
    from .task_spec_placement_preferences_item import TaskSpecPlacementPreferencesItem
    from .task_spec_placement_preferences_item_spread import (
        TaskSpecPlacementPreferencesItemSpread,
    )
    from .task_spec_plugin_spec import TaskSpecPluginSpec
    from .task_spec_resources import TaskSpecResources
    from .task_spec_restart_policy import TaskSpecRestartPolicy
    from .task_state import TaskState
    from .task_status import TaskStatus
    from .throttle_device import ThrottleDevice
    from .topology import Topology
    from .unlock_key_response import UnlockKeyResponse
    from .volume import Volume
    from .volume_create_options import VolumeCreateOptions
    from .volume_list_response import VolumeListResponse
    from .volume_prune_response import VolumePruneResponse
    from .volume_update_body import VolumeUpdateBody
    from .volume_usage_data import VolumeUsageData

_MODULES = {
    "Address": "address",
    "AuthConfig": "auth_config",
    "BuildCache": "build_cache",
    "BuildInfo": "build_info",
    "BuildPruneResponse": "build_prune_response",
    "ChangeType": "change_type",
    "ClusterInfo": "cluster_info",
    "ClusterVolume": "cluster_volume",
    "ClusterVolumeInfo": "cluster_volume_info",
    "ClusterVolumePublishStatusItem": "cluster_volume_publish_status_item",
    "ClusterVolumeSpec": "cluster_volume_spec",
    "ClusterVolumeSpecAccessMode": "cluster_volume_spec_access_mode",
    "ClusterVolumeSpecAccessModeAccessibilityRequirements": "cluster_volume_spec_access_mode_accessibility_requirements",
    "ClusterVolumeSpecAccessModeCapacityRange": "cluster_volume_spec_access_mode_capacity_range",
    "ClusterVolumeSpecAccessModeSecretsItem": "cluster_volume_spec_access_mode_secrets_item",
    "Commit": "commit",
    "Config": "config",
    "ConfigCreateBody": "config_create_body",
    "ConfigCreateResponse": "config_create_response",
    "ConfigReference": "config_reference",
    "ConfigSpec": "config_spec",
    "ContainerConfig": "container_config",
    "ContainerCreateBody": "container_create_body",
    "ContainerCreateResponse": "container_create_response",
    "ContainerInspectResponse": "container_inspect_response",
    "ContainerPruneResponse": "container_prune_response",
    "ContainerState": "container_state",
    "ContainerStatus": "container_status",
    "ContainerSummary": "container_summary",
    "ContainerSummaryHostConfig": "container_summary_host_config",
    "ContainerSummaryNetworkSettings": "container_summary_network_settings",
    "ContainerTopResponse": "container_top_response",
    "ContainerUpdateBody": "container_update_body",
    "ContainerUpdateResponse": "container_update_response",
    "ContainerWaitExitError": "container_wait_exit_error",
    "ContainerWaitResponse": "container_wait_response",
    "CreateImageInfo": "create_image_info",
    "DeviceMapping": "device_mapping",
    "DeviceRequest": "device_request",
    "DistributionInspect": "distribution_inspect",
    "Driver": "driver",
    "EndpointIPAMConfig": "endpoint_ipam_config",
    "EndpointPortConfig": "endpoint_port_config",
    "EndpointSettings": "endpoint_settings",
    "EndpointSpec": "endpoint_spec",
    "EngineDescription": "engine_description",
    "EngineDescriptionPluginsItem": "engine_description_plugins_item",
    "ErrorDetail": "error_detail",
    "ErrorResponse": "error_response",
    "EventActor": "event_actor",
    "EventMessage": "event_message",
    "ExecConfig": "exec_config",
    "ExecInspectResponse": "exec_inspect_response",
    "ExecStartConfig": "exec_start_config",
    "FilesystemChange": "filesystem_change",
    "GenericResources": "generic_resources",
    "GenericResourcesItem": "generic_resources_item",
    "GenericResourcesItemDiscreteResourceSpec": "generic_resources_item_discrete_resource_spec",
    "GenericResourcesItemNamedResourceSpec": "generic_resources_item_named_resource_spec",
    "GraphDriverData": "graph_driver_data",
    "Health": "health",
    "HealthConfig": "health_config",
    "HealthcheckResult": "healthcheck_result",
    "HostConfig": "host_config",
    "HostConfigLogConfig": "host_config_log_config",
    "IPAM": "ipam",
    "IPAMConfig": "ipam_config",
    "IdResponse": "id_response",
    "ImageConfig": "image_config",
    "ImageDeleteResponseItem": "image_delete_response_item",
    "ImageHistoryResponseItem": "image_history_response_item",
    "ImageID": "image_id",
    "ImageInspect": "image_inspect",
    "ImageInspectMetadata": "image_inspect_metadata",
    "ImageInspectRootFS": "image_inspect_root_fs",
    "ImagePruneResponse": "image_prune_response",
    "ImageSearchResponseItem": "image_search_response_item",
    "ImageSummary": "image_summary",
    "IndexInfo": "index_info",
    "JoinTokens": "join_tokens",
    "Limit": "limit",
    "LocalNodeState": "local_node_state",
    "ManagerStatus": "manager_status",
    "Mount": "mount",
    "MountBindOptions": "mount_bind_options",
    "MountPoint": "mount_point",
    "MountTmpfsOptions": "mount_tmpfs_options",
    "MountType": "mount_type",
    "MountVolumeOptions": "mount_volume_options",
    "MountVolumeOptionsDriverConfig": "mount_volume_options_driver_config",
    "Network": "network",
    "NetworkAttachment": "network_attachment",
    "NetworkAttachmentConfig": "network_attachment_config",
    "NetworkConnectRequest": "network_connect_request",
    "NetworkContainer": "network_container",
    "NetworkCreateRequest": "network_create_request",
    "NetworkCreateResponse": "network_create_response",
    "NetworkDisconnectRequest": "network_disconnect_request",
    "NetworkPruneResponse": "network_prune_response",
    "NetworkSettings": "network_settings",
    "NetworkingConfig": "networking_config",
    "Node": "node",
    "NodeDescription": "node_description",
    "NodeSpec": "node_spec",
    "NodeState": "node_state",
    "NodeStatus": "node_status",
    "OCIDescriptor": "oci_descriptor",
    "OCIPlatform": "oci_platform",
    "ObjectVersion": "object_version",
    "PeerInfo": "peer_info",
    "PeerNode": "peer_node",
    "Platform": "platform",
    "Plugin": "plugin",
    "PluginConfig": "plugin_config",
    "PluginConfigArgs": "plugin_config_args",
    "PluginConfigInterface": "plugin_config_interface",
    "PluginConfigLinux": "plugin_config_linux",
    "PluginConfigNetwork": "plugin_config_network",
    "PluginConfigRootfs": "plugin_config_rootfs",
    "PluginConfigUser": "plugin_config_user",
    "PluginDevice": "plugin_device",
    "PluginEnv": "plugin_env",
    "PluginInterfaceType": "plugin_interface_type",
    "PluginMount": "plugin_mount",
    "PluginPrivilege": "plugin_privilege",
    "PluginSettings": "plugin_settings",
    "PluginsInfo": "plugins_info",
    "Port": "port",
    "PortBinding": "port_binding",
    "PortMap": "port_map",
    "PortStatus": "port_status",
    "ProcessConfig": "process_config",
    "ProgressDetail": "progress_detail",
    "PushImageInfo": "push_image_info",
    "Reachability": "reachability",
    "RegistryServiceConfig": "registry_service_config",
    "ResourceObject": "resource_object",
    "Resources": "resources",
    "ResourcesBlkioWeightDeviceItem": "resources_blkio_weight_device_item",
    "ResourcesUlimitsItem": "resources_ulimits_item",
    "RestartPolicy": "restart_policy",
    "Runtime": "runtime",
    "Secret": "secret",
    "SecretCreateBody": "secret_create_body",
    "SecretCreateResponse": "secret_create_response",
    "SecretSpec": "secret_spec",
    "Service": "service",
    "ServiceCreateBody": "service_create_body",
    "ServiceCreateResponse": "service_create_response",
    "ServiceEndpoint": "service_endpoint",
    "ServiceEndpointVirtualIPSItem": "service_endpoint_virtual_ips_item",
    "ServiceJobStatus": "service_job_status",
    "ServiceServiceStatus": "service_service_status",
    "ServiceSpec": "service_spec",
    "ServiceSpecMode": "service_spec_mode",
    "ServiceSpecModeReplicated": "service_spec_mode_replicated",
    "ServiceSpecModeReplicatedJob": "service_spec_mode_replicated_job",
    "ServiceSpecRollbackConfig": "service_spec_rollback_config",
    "ServiceSpecUpdateConfig": "service_spec_update_config",
    "ServiceUpdateBody": "service_update_body",
    "ServiceUpdateResponse": "service_update_response",
    "ServiceUpdateStatus": "service_update_status",
    "Swarm": "swarm",
    "SwarmInfo": "swarm_info",
    "SwarmInitRequest": "swarm_init_request",
    "SwarmJoinRequest": "swarm_join_request",
    "SwarmSpec": "swarm_spec",
    "SwarmSpecCAConfig": "swarm_spec_ca_config",
    "SwarmSpecCAConfigExternalCASItem": "swarm_spec_ca_config_external_cas_item",
    "SwarmSpecDispatcher": "swarm_spec_dispatcher",
    "SwarmSpecEncryptionConfig": "swarm_spec_encryption_config",
    "SwarmSpecOrchestration": "swarm_spec_orchestration",
    "SwarmSpecRaft": "swarm_spec_raft",
    "SwarmSpecTaskDefaults": "swarm_spec_task_defaults",
    "SwarmSpecTaskDefaultsLogDriver": "swarm_spec_task_defaults_log_driver",
    "SwarmUnlockRequest": "swarm_unlock_request",
    "SystemAuthResponse": "system_auth_response",
    "SystemDataUsageResponse": "system_data_usage_response",
    "SystemInfo": "system_info",
    "SystemInfoDefaultAddressPoolsItem": "system_info_default_address_pools_item",
    "SystemVersion": "system_version",
    "SystemVersionComponentsItem": "system_version_components_item",
    "SystemVersionPlatform": "system_version_platform",
    "TLSInfo": "tls_info",
    "Task": "task",
    "TaskSpec": "task_spec",
    "TaskSpecContainerSpec": "task_spec_container_spec",
    "TaskSpecContainerSpecConfigsItem": "task_spec_container_spec_configs_item",
    "TaskSpecContainerSpecConfigsItemFile": "task_spec_container_spec_configs_item_file",
    "TaskSpecContainerSpecDNSConfig": "task_spec_container_spec_dns_config",
    "TaskSpecContainerSpecPrivileges": "task_spec_container_spec_privileges",
    "TaskSpecContainerSpecPrivilegesAppArmor": "task_spec_container_spec_privileges_app_armor",
    "TaskSpecContainerSpecPrivilegesCredentialSpec": "task_spec_container_spec_privileges_credential_spec",
    "TaskSpecContainerSpecPrivilegesSELinuxContext": "task_spec_container_spec_privileges_se_linux_context",
    "TaskSpecContainerSpecPrivilegesSeccomp": "task_spec_container_spec_privileges_seccomp",
    "TaskSpecContainerSpecSecretsItem": "task_spec_container_spec_secrets_item",
    "TaskSpecContainerSpecSecretsItemFile": "task_spec_container_spec_secrets_item_file",
    "TaskSpecLogDriver": "task_spec_log_driver",
    "TaskSpecNetworkAttachmentSpec": "task_spec_network_attachment_spec",
    "TaskSpecPlacement": "task_spec_placement",
    "TaskSpecPlacementPreferencesItem": "task_spec_placement_preferences_item",
    "TaskSpecPlacementPreferencesItemSpread": "task_spec_placement_preferences_item_spread",
    "TaskSpecPluginSpec": "task_spec_plugin_spec",
    "TaskSpecResources": "task_spec_resources",
    "TaskSpecRestartPolicy": "task_spec_restart_policy",
    "TaskState": "task_state",
    "TaskStatus": "task_status",
    "ThrottleDevice": "throttle_device",
    "Topology": "topology",
    "UnlockKeyResponse": "unlock_key_response",
    "Volume": "volume",
    "VolumeCreateOptions": "volume_create_options",
    "VolumeListResponse": "volume_list_response",
    "VolumePruneResponse": "volume_prune_response",
    "VolumeUpdateBody": "volume_update_body",
    "VolumeUsageData": "volume_usage_data",
}

__all__ = [
    "Address",
    "AuthConfig",
    "BuildCache",
    "BuildInfo",
    "BuildPruneResponse",
    "ChangeType",
    "ClusterInfo",
    "ClusterVolume",
    "ClusterVolumeInfo",
    "ClusterVolumePublishStatusItem",
    "ClusterVolumeSpec",
    "ClusterVolumeSpecAccessMode",
    "ClusterVolumeSpecAccessModeAccessibilityRequirements",
    "ClusterVolumeSpecAccessModeCapacityRange",
    "ClusterVolumeSpecAccessModeSecretsItem",
    "Commit",
    "Config",
    "ConfigCreateBody",
    "ConfigCreateResponse",
    "ConfigReference",
    "ConfigSpec",
    "ContainerConfig",
    "ContainerCreateBody",
    "ContainerCreateResponse",
    "ContainerInspectResponse",
    "ContainerPruneResponse",
    "ContainerState",
    "ContainerStatus",
    "ContainerSummary",
    "ContainerSummaryHostConfig",
    "ContainerSummaryNetworkSettings",
    "ContainerTopResponse",
    "ContainerUpdateBody",
    "ContainerUpdateResponse",
    "ContainerWaitExitError",
    "ContainerWaitResponse",
    "CreateImageInfo",
    "DeviceMapping",
    "DeviceRequest",
    "DistributionInspect",
    "Driver",
    "EndpointIPAMConfig",
    "EndpointPortConfig",
    "EndpointSettings",
    "EndpointSpec",
    "EngineDescription",
    "EngineDescriptionPluginsItem",
    "ErrorDetail",
    "ErrorResponse",
    "EventActor",
    "EventMessage",
    "ExecConfig",
    "ExecInspectResponse",
    "ExecStartConfig",
    "FilesystemChange",
    "GenericResources",
    "GenericResourcesItem",
    "GenericResourcesItemDiscreteResourceSpec",
    "GenericResourcesItemNamedResourceSpec",
    "GraphDriverData",
    "Health",
    "HealthConfig",
    "HealthcheckResult",
    "HostConfig",
    "HostConfigLogConfig",
    "IPAM",
    "IPAMConfig",
    "IdResponse",
    "ImageConfig",
    "ImageDeleteResponseItem",
    "ImageHistoryResponseItem",
    "ImageID",
    "ImageInspect",
    "ImageInspectMetadata",
    "ImageInspectRootFS",
    "ImagePruneResponse",
    "ImageSearchResponseItem",
    "ImageSummary",
    "IndexInfo",
    "JoinTokens",
    "Limit",
    "LocalNodeState",
    "ManagerStatus",
    "Mount",
    "MountBindOptions",
    "MountPoint",
    "MountTmpfsOptions",
    "MountType",
    "MountVolumeOptions",
    "MountVolumeOptionsDriverConfig",
    "Network",
    "NetworkAttachment",
    "NetworkAttachmentConfig",
    "NetworkConnectRequest",
    "NetworkContainer",
    "NetworkCreateRequest",
    "NetworkCreateResponse",
    "NetworkDisconnectRequest",
    "NetworkPruneResponse",
    "NetworkSettings",
    "NetworkingConfig",
    "Node",
    "NodeDescription",
    "NodeSpec",
    "NodeState",
    "NodeStatus",
    "OCIDescriptor",
    "OCIPlatform",
    "ObjectVersion",
    "PeerInfo",
    "PeerNode",
    "Platform",
    "Plugin",
    "PluginConfig",
    "PluginConfigArgs",
    "PluginConfigInterface",
    "PluginConfigLinux",
    "PluginConfigNetwork",
    "PluginConfigRootfs",
    "PluginConfigUser",
    "PluginDevice",
    "PluginEnv",
    "PluginInterfaceType",
    "PluginMount",
    "PluginPrivilege",
    "PluginSettings",
    "PluginsInfo",
    "Port",
    "PortBinding",
    "PortMap",
    "PortStatus",
    "ProcessConfig",
    "ProgressDetail",
    "PushImageInfo",
    "Reachability",
    "RegistryServiceConfig",
    "ResourceObject",
    "Resources",
    "ResourcesBlkioWeightDeviceItem",
    "ResourcesUlimitsItem",
    "RestartPolicy",
    "Runtime",
    "Secret",
    "SecretCreateBody",
    "SecretCreateResponse",
    "SecretSpec",
    "Service",
    "ServiceCreateBody",
    "ServiceCreateResponse",
    "ServiceEndpoint",
    "ServiceEndpointVirtualIPSItem",
    "ServiceJobStatus",
    "ServiceServiceStatus",
    "ServiceSpec",
    "ServiceSpecMode",
    "ServiceSpecModeReplicated",
    "ServiceSpecModeReplicatedJob",
    "ServiceSpecRollbackConfig",
    "ServiceSpecUpdateConfig",
    "ServiceUpdateBody",
    "ServiceUpdateResponse",
    "ServiceUpdateStatus",
    "Swarm",
    "SwarmInfo",
    "SwarmInitRequest",
    "SwarmJoinRequest",
    "SwarmSpec",
    "SwarmSpecCAConfig",
    "SwarmSpecCAConfigExternalCASItem",
    "SwarmSpecDispatcher",
    "SwarmSpecEncryptionConfig",
    "SwarmSpecOrchestration",
    "SwarmSpecRaft",
    "SwarmSpecTaskDefaults",
    "SwarmSpecTaskDefaultsLogDriver",
    "SwarmUnlockRequest",
    "SystemAuthResponse",
    "SystemDataUsageResponse",
    "SystemInfo",
    "SystemInfoDefaultAddressPoolsItem",
    "SystemVersion",
    "SystemVersionComponentsItem",
    "SystemVersionPlatform",
    "TLSInfo",
    "Task",
    "TaskSpec",
    "TaskSpecContainerSpec",
    "TaskSpecContainerSpecConfigsItem",
    "TaskSpecContainerSpecConfigsItemFile",
    "TaskSpecContainerSpecDNSConfig",
    "TaskSpecContainerSpecPrivileges",
    "TaskSpecContainerSpecPrivilegesAppArmor",
    "TaskSpecContainerSpecPrivilegesCredentialSpec",
    "TaskSpecContainerSpecPrivilegesSELinuxContext",
    "TaskSpecContainerSpecPrivilegesSeccomp",
    "TaskSpecContainerSpecSecretsItem",
    "TaskSpecContainerSpecSecretsItemFile",
    "TaskSpecLogDriver",
    "TaskSpecNetworkAttachmentSpec",
    "TaskSpecPlacement",
    "TaskSpecPlacementPreferencesItem",
    "TaskSpecPlacementPreferencesItemSpread",
    "TaskSpecPluginSpec",
    "TaskSpecResources",
    "TaskSpecRestartPolicy",
    "TaskState",
    "TaskStatus",
    "ThrottleDevice",
    "Topology",
    "UnlockKeyResponse",
    "Volume",
    "VolumeCreateOptions",
    "VolumeListResponse",
    "VolumePruneResponse",
    "VolumeUpdateBody",
    "VolumeUsageData",
]


# Hidden from type checkers: a module __getattr__ would make every misspelt name an Any.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(__all__)
