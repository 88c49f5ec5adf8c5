"""What each operation needs of the daemon's API version: everything newer than API
1.25, from the Engine API's history (1.25 to 1.44). The client checks every
call against it before sending (docker_engine.UnsupportedByApiVersion)."""

from __future__ import annotations

from ._runtime.versions import BodyField, Needs, Parameter, VersionHistory

__all__ = ["HISTORY"]


_CONFIG_CREATE_FIELDS = (
    BodyField(("body", "templating"), ("body", "Templating"), "1.37"),
)


_SECRET_CREATE_FIELDS = (
    BodyField(("body", "driver"), ("body", "Driver"), "1.31"),
    BodyField(("body", "templating"), ("body", "Templating"), "1.37"),
)


_SERVICE_CREATE_FIELDS = (
    BodyField(
        ("body", "task_template", "plugin_spec"),
        ("body", "TaskTemplate", "PluginSpec"),
        "1.31",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "hostname"),
        ("body", "TaskTemplate", "ContainerSpec", "Hostname"),
        "1.27",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "groups"),
        ("body", "TaskTemplate", "ContainerSpec", "Groups"),
        "1.27",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "privileges"),
        ("body", "TaskTemplate", "ContainerSpec", "Privileges"),
        "1.30",
    ),
    BodyField(
        (
            "body",
            "task_template",
            "container_spec",
            "privileges",
            "credential_spec",
            "config",
        ),
        (
            "body",
            "TaskTemplate",
            "ContainerSpec",
            "Privileges",
            "CredentialSpec",
            "Config",
        ),
        "1.40",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "privileges", "seccomp"),
        ("body", "TaskTemplate", "ContainerSpec", "Privileges", "Seccomp"),
        "1.44",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "privileges", "app_armor"),
        ("body", "TaskTemplate", "ContainerSpec", "Privileges", "AppArmor"),
        "1.44",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "privileges", "no_new_privileges"),
        ("body", "TaskTemplate", "ContainerSpec", "Privileges", "NoNewPrivileges"),
        "1.44",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "open_stdin"),
        ("body", "TaskTemplate", "ContainerSpec", "OpenStdin"),
        "1.27",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "read_only"),
        ("body", "TaskTemplate", "ContainerSpec", "ReadOnly"),
        "1.27",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "mounts", "[]", "type"),
        ("body", "TaskTemplate", "ContainerSpec", "Mounts", "[]", "Type"),
        "1.42",
        "cluster",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "mounts", "[]", "type"),
        ("body", "TaskTemplate", "ContainerSpec", "Mounts", "[]", "Type"),
        "1.32",
        "npipe",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "mounts", "[]", "consistency"),
        ("body", "TaskTemplate", "ContainerSpec", "Mounts", "[]", "Consistency"),
        "1.29",
    ),
    BodyField(
        (
            "body",
            "task_template",
            "container_spec",
            "mounts",
            "[]",
            "bind_options",
            "non_recursive",
        ),
        (
            "body",
            "TaskTemplate",
            "ContainerSpec",
            "Mounts",
            "[]",
            "BindOptions",
            "NonRecursive",
        ),
        "1.40",
    ),
    BodyField(
        (
            "body",
            "task_template",
            "container_spec",
            "mounts",
            "[]",
            "bind_options",
            "create_mountpoint",
        ),
        (
            "body",
            "TaskTemplate",
            "ContainerSpec",
            "Mounts",
            "[]",
            "BindOptions",
            "CreateMountpoint",
        ),
        "1.42",
    ),
    BodyField(
        (
            "body",
            "task_template",
            "container_spec",
            "mounts",
            "[]",
            "bind_options",
            "read_only_non_recursive",
        ),
        (
            "body",
            "TaskTemplate",
            "ContainerSpec",
            "Mounts",
            "[]",
            "BindOptions",
            "ReadOnlyNonRecursive",
        ),
        "1.44",
    ),
    BodyField(
        (
            "body",
            "task_template",
            "container_spec",
            "mounts",
            "[]",
            "bind_options",
            "read_only_force_recursive",
        ),
        (
            "body",
            "TaskTemplate",
            "ContainerSpec",
            "Mounts",
            "[]",
            "BindOptions",
            "ReadOnlyForceRecursive",
        ),
        "1.44",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "stop_signal"),
        ("body", "TaskTemplate", "ContainerSpec", "StopSignal"),
        "1.28",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "health_check"),
        ("body", "TaskTemplate", "ContainerSpec", "HealthCheck"),
        "1.27",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "health_check", "start_period"),
        ("body", "TaskTemplate", "ContainerSpec", "HealthCheck", "StartPeriod"),
        "1.29",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "health_check", "start_interval"),
        ("body", "TaskTemplate", "ContainerSpec", "HealthCheck", "StartInterval"),
        "1.44",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "hosts"),
        ("body", "TaskTemplate", "ContainerSpec", "Hosts"),
        "1.27",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "secrets"),
        ("body", "TaskTemplate", "ContainerSpec", "Secrets"),
        "1.27",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "configs"),
        ("body", "TaskTemplate", "ContainerSpec", "Configs"),
        "1.30",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "configs", "[]", "runtime"),
        ("body", "TaskTemplate", "ContainerSpec", "Configs", "[]", "Runtime"),
        "1.40",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "isolation"),
        ("body", "TaskTemplate", "ContainerSpec", "Isolation"),
        "1.35",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "init"),
        ("body", "TaskTemplate", "ContainerSpec", "Init"),
        "1.38",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "sysctls"),
        ("body", "TaskTemplate", "ContainerSpec", "Sysctls"),
        "1.40",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "capability_add"),
        ("body", "TaskTemplate", "ContainerSpec", "CapabilityAdd"),
        "1.41",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "capability_drop"),
        ("body", "TaskTemplate", "ContainerSpec", "CapabilityDrop"),
        "1.41",
    ),
    BodyField(
        ("body", "task_template", "container_spec", "ulimits"),
        ("body", "TaskTemplate", "ContainerSpec", "Ulimits"),
        "1.41",
    ),
    BodyField(
        ("body", "task_template", "network_attachment_spec"),
        ("body", "TaskTemplate", "NetworkAttachmentSpec"),
        "1.38",
    ),
    BodyField(
        ("body", "task_template", "resources", "limits", "pids"),
        ("body", "TaskTemplate", "Resources", "Limits", "Pids"),
        "1.41",
    ),
    BodyField(
        ("body", "task_template", "resources", "reservations", "generic_resources"),
        ("body", "TaskTemplate", "Resources", "Reservations", "GenericResources"),
        "1.32",
    ),
    BodyField(
        ("body", "task_template", "placement", "preferences"),
        ("body", "TaskTemplate", "Placement", "Preferences"),
        "1.28",
    ),
    BodyField(
        ("body", "task_template", "placement", "max_replicas"),
        ("body", "TaskTemplate", "Placement", "MaxReplicas"),
        "1.40",
    ),
    BodyField(
        ("body", "task_template", "placement", "platforms"),
        ("body", "TaskTemplate", "Placement", "Platforms"),
        "1.30",
    ),
    BodyField(
        ("body", "task_template", "runtime"),
        ("body", "TaskTemplate", "Runtime"),
        "1.30",
    ),
    BodyField(
        ("body", "task_template", "networks", "[]", "driver_opts"),
        ("body", "TaskTemplate", "Networks", "[]", "DriverOpts"),
        "1.39",
    ),
    BodyField(
        ("body", "mode", "replicated_job"), ("body", "Mode", "ReplicatedJob"), "1.41"
    ),
    BodyField(("body", "mode", "global_job"), ("body", "Mode", "GlobalJob"), "1.41"),
    BodyField(
        ("body", "update_config", "failure_action"),
        ("body", "UpdateConfig", "FailureAction"),
        "1.28",
        "rollback",
    ),
    BodyField(
        ("body", "update_config", "order"), ("body", "UpdateConfig", "Order"), "1.29"
    ),
    BodyField(("body", "rollback_config"), ("body", "RollbackConfig"), "1.28"),
    BodyField(
        ("body", "rollback_config", "order"),
        ("body", "RollbackConfig", "Order"),
        "1.29",
    ),
    BodyField(
        ("body", "networks", "[]", "driver_opts"),
        ("body", "Networks", "[]", "DriverOpts"),
        "1.39",
    ),
    BodyField(
        ("body", "endpoint_spec", "ports", "[]", "protocol"),
        ("body", "EndpointSpec", "Ports", "[]", "Protocol"),
        "1.37",
        "sctp",
    ),
    BodyField(
        ("body", "endpoint_spec", "ports", "[]", "publish_mode"),
        ("body", "EndpointSpec", "Ports", "[]", "PublishMode"),
        "1.34",
    ),
)


HISTORY = VersionHistory(
    oldest="1.25",
    newest="1.44",
    operations={
        "BuildPrune": Needs(
            since="1.31",
            parameters=(
                Parameter("keep_storage", "keep-storage", "query", "1.39"),
                Parameter("all", "all", "query", "1.39"),
                Parameter("filters", "filters", "query", "1.39"),
            ),
        ),
        "ConfigCreate": Needs(
            since="1.30",
            body=_CONFIG_CREATE_FIELDS,
        ),
        "ConfigDelete": Needs(
            since="1.30",
        ),
        "ConfigInspect": Needs(
            since="1.30",
        ),
        "ConfigList": Needs(
            since="1.30",
        ),
        "ConfigUpdate": Needs(
            since="1.30",
            body=_CONFIG_CREATE_FIELDS,
        ),
        "ContainerAttachWebsocket": Needs(
            parameters=(
                Parameter("stdin", "stdin", "query", "1.42"),
                Parameter("stdout", "stdout", "query", "1.42"),
                Parameter("stderr", "stderr", "query", "1.42"),
            ),
        ),
        "ContainerCreate": Needs(
            parameters=(Parameter("platform", "platform", "query", "1.41"),),
            body=(
                BodyField(
                    ("body", "healthcheck", "start_period"),
                    ("body", "Healthcheck", "StartPeriod"),
                    "1.29",
                ),
                BodyField(
                    ("body", "healthcheck", "start_interval"),
                    ("body", "Healthcheck", "StartInterval"),
                    "1.44",
                ),
                BodyField(
                    ("body", "host_config", "device_cgroup_rules"),
                    ("body", "HostConfig", "DeviceCgroupRules"),
                    "1.28",
                ),
                BodyField(
                    ("body", "host_config", "device_requests"),
                    ("body", "HostConfig", "DeviceRequests"),
                    "1.40",
                ),
                BodyField(
                    ("body", "host_config", "kernel_memory_tcp"),
                    ("body", "HostConfig", "KernelMemoryTCP"),
                    "1.40",
                ),
                BodyField(
                    ("body", "host_config", "nano_cpus"),
                    ("body", "HostConfig", "NanoCpus"),
                    "1.28",
                ),
                BodyField(
                    ("body", "host_config", "mounts", "[]", "type"),
                    ("body", "HostConfig", "Mounts", "[]", "Type"),
                    "1.42",
                    "cluster",
                ),
                BodyField(
                    ("body", "host_config", "mounts", "[]", "type"),
                    ("body", "HostConfig", "Mounts", "[]", "Type"),
                    "1.32",
                    "npipe",
                ),
                BodyField(
                    ("body", "host_config", "mounts", "[]", "consistency"),
                    ("body", "HostConfig", "Mounts", "[]", "Consistency"),
                    "1.29",
                ),
                BodyField(
                    (
                        "body",
                        "host_config",
                        "mounts",
                        "[]",
                        "bind_options",
                        "non_recursive",
                    ),
                    (
                        "body",
                        "HostConfig",
                        "Mounts",
                        "[]",
                        "BindOptions",
                        "NonRecursive",
                    ),
                    "1.40",
                ),
                BodyField(
                    (
                        "body",
                        "host_config",
                        "mounts",
                        "[]",
                        "bind_options",
                        "create_mountpoint",
                    ),
                    (
                        "body",
                        "HostConfig",
                        "Mounts",
                        "[]",
                        "BindOptions",
                        "CreateMountpoint",
                    ),
                    "1.42",
                ),
                BodyField(
                    (
                        "body",
                        "host_config",
                        "mounts",
                        "[]",
                        "bind_options",
                        "read_only_non_recursive",
                    ),
                    (
                        "body",
                        "HostConfig",
                        "Mounts",
                        "[]",
                        "BindOptions",
                        "ReadOnlyNonRecursive",
                    ),
                    "1.44",
                ),
                BodyField(
                    (
                        "body",
                        "host_config",
                        "mounts",
                        "[]",
                        "bind_options",
                        "read_only_force_recursive",
                    ),
                    (
                        "body",
                        "HostConfig",
                        "Mounts",
                        "[]",
                        "BindOptions",
                        "ReadOnlyForceRecursive",
                    ),
                    "1.44",
                ),
                BodyField(
                    ("body", "host_config", "annotations"),
                    ("body", "HostConfig", "Annotations"),
                    "1.43",
                ),
                BodyField(
                    ("body", "host_config", "cgroupns_mode"),
                    ("body", "HostConfig", "CgroupnsMode"),
                    "1.41",
                ),
                BodyField(
                    ("body", "host_config", "masked_paths"),
                    ("body", "HostConfig", "MaskedPaths"),
                    "1.38",
                ),
                BodyField(
                    ("body", "host_config", "readonly_paths"),
                    ("body", "HostConfig", "ReadonlyPaths"),
                    "1.38",
                ),
                BodyField(
                    (
                        "body",
                        "networking_config",
                        "endpoints_config",
                        "{}",
                        "driver_opts",
                    ),
                    ("body", "NetworkingConfig", "EndpointsConfig", "{}", "DriverOpts"),
                    "1.32",
                ),
                BodyField(
                    (
                        "body",
                        "networking_config",
                        "endpoints_config",
                        "{}",
                        "dns_names",
                    ),
                    ("body", "NetworkingConfig", "EndpointsConfig", "{}", "DNSNames"),
                    "1.44",
                ),
            ),
        ),
        "ContainerExec": Needs(
            body=(
                BodyField(
                    ("exec_config", "console_size"),
                    ("execConfig", "ConsoleSize"),
                    "1.42",
                ),
                BodyField(
                    ("exec_config", "working_dir"), ("execConfig", "WorkingDir"), "1.35"
                ),
            ),
        ),
        "ContainerLogs": Needs(
            parameters=(Parameter("until", "until", "query", "1.35"),),
        ),
        "ContainerPrune": Needs(
            parameters=(Parameter("filters", "filters", "query", "1.28"),),
        ),
        "ContainerRestart": Needs(
            parameters=(Parameter("signal", "signal", "query", "1.42"),),
        ),
        "ContainerStats": Needs(
            parameters=(Parameter("one_shot", "one-shot", "query", "1.41"),),
        ),
        "ContainerStop": Needs(
            parameters=(Parameter("signal", "signal", "query", "1.42"),),
        ),
        "ContainerUpdate": Needs(
            body=(
                BodyField(
                    ("update", "device_cgroup_rules"),
                    ("update", "DeviceCgroupRules"),
                    "1.28",
                ),
                BodyField(
                    ("update", "device_requests"), ("update", "DeviceRequests"), "1.40"
                ),
                BodyField(
                    ("update", "kernel_memory_tcp"),
                    ("update", "KernelMemoryTCP"),
                    "1.40",
                ),
                BodyField(("update", "nano_cpus"), ("update", "NanoCpus"), "1.28"),
                BodyField(("update", "init"), ("update", "Init"), "1.37"),
            ),
        ),
        "ContainerWait": Needs(
            parameters=(Parameter("condition", "condition", "query", "1.30"),),
        ),
        "DistributionInspect": Needs(
            since="1.30",
        ),
        "ExecStart": Needs(
            body=(
                BodyField(
                    ("exec_start_config", "console_size"),
                    ("execStartConfig", "ConsoleSize"),
                    "1.42",
                ),
            ),
        ),
        "ImageBuild": Needs(
            parameters=(
                Parameter("extrahosts", "extrahosts", "query", "1.28"),
                Parameter("platform", "platform", "query", "1.34"),
                Parameter("target", "target", "query", "1.37"),
                Parameter("outputs", "outputs", "query", "1.40"),
                Parameter("version", "version", "query", "1.38"),
            ),
        ),
        "ImageCommit": Needs(
            body=(
                BodyField(
                    ("container_config", "healthcheck", "start_period"),
                    ("containerConfig", "Healthcheck", "StartPeriod"),
                    "1.29",
                ),
                BodyField(
                    ("container_config", "healthcheck", "start_interval"),
                    ("containerConfig", "Healthcheck", "StartInterval"),
                    "1.44",
                ),
            ),
        ),
        "ImageCreate": Needs(
            parameters=(
                Parameter("changes", "changes", "query", "1.40"),
                Parameter("platform", "platform", "query", "1.32"),
            ),
        ),
        "ImageList": Needs(
            parameters=(Parameter("shared_size", "shared-size", "query", "1.42"),),
        ),
        "NetworkConnect": Needs(
            body=(
                BodyField(
                    ("container", "endpoint_config", "driver_opts"),
                    ("container", "EndpointConfig", "DriverOpts"),
                    "1.32",
                ),
                BodyField(
                    ("container", "endpoint_config", "dns_names"),
                    ("container", "EndpointConfig", "DNSNames"),
                    "1.44",
                ),
            ),
        ),
        "NetworkCreate": Needs(
            body=(
                BodyField(
                    ("network_config", "scope"), ("networkConfig", "Scope"), "1.30"
                ),
                BodyField(
                    ("network_config", "ingress"), ("networkConfig", "Ingress"), "1.29"
                ),
                BodyField(
                    ("network_config", "config_only"),
                    ("networkConfig", "ConfigOnly"),
                    "1.30",
                ),
                BodyField(
                    ("network_config", "config_from"),
                    ("networkConfig", "ConfigFrom"),
                    "1.30",
                ),
            ),
        ),
        "NetworkInspect": Needs(
            parameters=(
                Parameter("verbose", "verbose", "query", "1.28"),
                Parameter("scope", "scope", "query", "1.31"),
            ),
        ),
        "NetworkPrune": Needs(
            parameters=(Parameter("filters", "filters", "query", "1.28"),),
        ),
        "PluginDisable": Needs(
            parameters=(Parameter("force", "force", "query", "1.28"),),
        ),
        "PluginList": Needs(
            parameters=(Parameter("filters", "filters", "query", "1.28"),),
        ),
        "PluginUpgrade": Needs(
            since="1.26",
        ),
        "PutContainerArchive": Needs(
            parameters=(Parameter("copy_uidgid", "copyUIDGID", "query", "1.39"),),
        ),
        "SecretCreate": Needs(
            body=_SECRET_CREATE_FIELDS,
        ),
        "SecretUpdate": Needs(
            since="1.26",
            body=_SECRET_CREATE_FIELDS,
        ),
        "ServiceCreate": Needs(
            body=_SERVICE_CREATE_FIELDS,
        ),
        "ServiceInspect": Needs(
            parameters=(
                Parameter("insert_defaults", "insertDefaults", "query", "1.29"),
            ),
        ),
        "ServiceList": Needs(
            parameters=(Parameter("status", "status", "query", "1.41"),),
        ),
        "ServiceUpdate": Needs(
            parameters=(
                Parameter(
                    "registry_auth_from",
                    "registryAuthFrom",
                    "query",
                    "1.39",
                    "previous-spec",
                ),
                Parameter(
                    "registry_auth_from", "registryAuthFrom", "query", "1.39", "spec"
                ),
                Parameter("rollback", "rollback", "query", "1.28"),
            ),
            body=_SERVICE_CREATE_FIELDS,
        ),
        "Session": Needs(
            since="1.31",
        ),
        "SwarmInit": Needs(
            body=(
                BodyField(("body", "data_path_addr"), ("body", "DataPathAddr"), "1.30"),
                BodyField(("body", "data_path_port"), ("body", "DataPathPort"), "1.40"),
                BodyField(
                    ("body", "default_addr_pool"), ("body", "DefaultAddrPool"), "1.39"
                ),
                BodyField(("body", "subnet_size"), ("body", "SubnetSize"), "1.39"),
                BodyField(
                    ("body", "spec", "ca_config", "external_cas", "[]", "ca_cert"),
                    ("body", "Spec", "CAConfig", "ExternalCAs", "[]", "CACert"),
                    "1.30",
                ),
                BodyField(
                    ("body", "spec", "ca_config", "signing_ca_cert"),
                    ("body", "Spec", "CAConfig", "SigningCACert"),
                    "1.30",
                ),
                BodyField(
                    ("body", "spec", "ca_config", "signing_ca_key"),
                    ("body", "Spec", "CAConfig", "SigningCAKey"),
                    "1.30",
                ),
                BodyField(
                    ("body", "spec", "ca_config", "force_rotate"),
                    ("body", "Spec", "CAConfig", "ForceRotate"),
                    "1.30",
                ),
            ),
        ),
        "SwarmJoin": Needs(
            body=(
                BodyField(("body", "data_path_addr"), ("body", "DataPathAddr"), "1.30"),
            ),
        ),
        "SwarmUpdate": Needs(
            body=(
                BodyField(
                    ("body", "ca_config", "external_cas", "[]", "ca_cert"),
                    ("body", "CAConfig", "ExternalCAs", "[]", "CACert"),
                    "1.30",
                ),
                BodyField(
                    ("body", "ca_config", "signing_ca_cert"),
                    ("body", "CAConfig", "SigningCACert"),
                    "1.30",
                ),
                BodyField(
                    ("body", "ca_config", "signing_ca_key"),
                    ("body", "CAConfig", "SigningCAKey"),
                    "1.30",
                ),
                BodyField(
                    ("body", "ca_config", "force_rotate"),
                    ("body", "CAConfig", "ForceRotate"),
                    "1.30",
                ),
            ),
        ),
        "SystemDataUsage": Needs(
            parameters=(Parameter("type", "type", "query", "1.42"),),
        ),
        "SystemPingHead": Needs(
            since="1.40",
        ),
        "TaskLogs": Needs(
            since="1.29",
        ),
        "VolumeCreate": Needs(
            body=(
                BodyField(
                    ("volume_config", "cluster_volume_spec"),
                    ("volumeConfig", "ClusterVolumeSpec"),
                    "1.42",
                ),
            ),
        ),
        "VolumePrune": Needs(
            parameters=(Parameter("filters", "filters", "query", "1.28"),),
        ),
        "VolumeUpdate": Needs(
            since="1.42",
        ),
    },
)
