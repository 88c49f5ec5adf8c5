"""The Image operations."""

from __future__ import annotations

from typing import Any, Literal, Mapping, Sequence

from .._runtime import encoding as wire
from .._runtime.api import AsyncApi, SyncApi
from .._runtime.request import JsonBody, Request, TextBody, UploadBody, UploadSource
from .._runtime.responses import (
    ExpectBinary,
    ExpectEmpty,
    ExpectFrames,
    ExpectHeaders,
    ExpectHijack,
    ExpectJson,
    ExpectJsonLines,
    ExpectText,
    ResponseHeaders,
)
from .._runtime.messages import JsonMessage
from .._runtime.stats import ContainerStats
from .._runtime.streams import (
    AsyncBinaryStream,
    AsyncHijackedSession,
    AsyncJsonStream,
    AsyncLogStream,
    BinaryStream,
    HijackedSession,
    JsonStream,
    LogStream,
)
from .._runtime.websocket import (
    AsyncWebSocketSession,
    ExpectWebSocket,
    WebSocketSession,
)
from ..models.build_prune_response import BuildPruneResponse
from ..models.container_config import ContainerConfig
from ..models.id_response import IdResponse
from ..models.image_delete_response_item import ImageDeleteResponseItem
from ..models.image_history_response_item import ImageHistoryResponseItem
from ..models.image_inspect import ImageInspect
from ..models.image_prune_response import ImagePruneResponse
from ..models.image_search_response_item import ImageSearchResponseItem
from ..models.image_summary import ImageSummary

__all__ = ["ImageApi", "AsyncImageApi"]


class ImageApi(SyncApi):
    """The Image operations."""

    def image_list(
        self,
        *,
        all: bool | None = None,
        filters: wire.Filters | None = None,
        shared_size: bool | None = None,
        digests: bool | None = None,
        timeout: float | None = None,
    ) -> list[ImageSummary]:
        """List Images

        Returns a list of images on the server. Note that it uses a different, smaller representation of an image than inspecting a single image.

        Args:
            all: Show all images. Only images from a final layer (no children) are shown by default.
                The daemon's default: False.
            filters: A JSON encoded value of the filters (a `map[string][]string`) to
                process on the images list.

                Available filters:

                - `before`=(`<image-name>[:<tag>]`,  `<image id>` or `<image@digest>`)
                - `dangling=true`
                - `label=key` or `label="key=value"` of an image label
                - `reference`=(`<image-name>[:<tag>]`)
                - `since`=(`<image-name>[:<tag>]`,  `<image id>` or `<image@digest>`)
                - `until=<timestamp>`
            shared_size: Compute and show shared size as a `SharedSize` field on each image.
                The daemon's default: False.
                Since API 1.42.
            digests: Show digest information as a `RepoDigests` field on each image.
                The daemon's default: False.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ImageList",
                method="GET",
                path="/images/json",
                query=wire.query(
                    wire.q_bool("all", all),
                    wire.q_filters("filters", filters),
                    wire.q_bool("shared-size", shared_size),
                    wire.q_bool("digests", digests),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[ImageSummary]),
        )

    def image_build(
        self,
        *,
        input_stream: UploadSource | None = None,
        dockerfile: str | None = None,
        t: str | Sequence[str] | None = None,
        extrahosts: str | Sequence[str] | None = None,
        remote: str | None = None,
        q: bool | None = None,
        nocache: bool | None = None,
        cachefrom: Sequence[str] | None = None,
        pull: bool | None = None,
        rm: bool = True,
        forcerm: bool | None = None,
        memory: int | None = None,
        memswap: int | None = None,
        cpushares: int | None = None,
        cpusetcpus: str | None = None,
        cpuperiod: int | None = None,
        cpuquota: int | None = None,
        buildargs: Mapping[str, str | None] | None = None,
        shmsize: int | None = None,
        squash: bool | None = None,
        labels: Mapping[str, str] | None = None,
        networkmode: str | None = None,
        content_type: Literal["application/x-tar"] = "application/x-tar",
        x_registry_config: wire.RegistryConfig | None = None,
        platform: str | None = None,
        target: str | None = None,
        outputs: Sequence[Mapping[str, Any]] | None = None,
        version: Literal["1", "2"] | None = None,
        timeout: float | None = None,
    ) -> JsonStream[JsonMessage]:
        """Build an image

        Build an image from a tar archive with a `Dockerfile` in it.

        The `Dockerfile` specifies how the image is built from the tar archive. It is typically in the archive's root, but can be at a different path or have a different name by specifying the `dockerfile` parameter. [See the `Dockerfile` reference for more information](https://docs.docker.com/engine/reference/builder/).

        The Docker daemon performs a preliminary validation of the `Dockerfile` before starting the build, and returns an error if the syntax is incorrect. After that, each instruction is run one-by-one until the ID of the new image is output.

        The build is canceled if the client drops the connection by quitting or being killed.

        Args:
            input_stream: A tar archive compressed with one of the following algorithms: identity (no compression), gzip, bzip2, xz.
            dockerfile: Path within the build context to the `Dockerfile`. This is ignored if `remote` is specified and points to an external `Dockerfile`.
                The daemon's default: 'Dockerfile'.
            t: A name and optional tag to apply to the image in the `name:tag` format. If you omit the tag the default `latest` value is assumed. You can provide several `t` parameters.
            extrahosts: Extra hosts to add to /etc/hosts
                Since API 1.28.
            remote: A Git repository URI or HTTP/HTTPS context URI. If the URI points to a single text file, the file’s contents are placed into a file called `Dockerfile` and the image is built from that file. If the URI points to a tarball, the file is downloaded by the daemon and the contents therein used as the context for the build. If the URI points to a tarball and the `dockerfile` parameter is also specified, there must be a file with the corresponding path inside the tarball.
            q: Suppress verbose build output.
                The daemon's default: False.
            nocache: Do not use the cache when building the image.
                The daemon's default: False.
            cachefrom: JSON array of images used for build cache resolution.
            pull: Attempt to pull the image even if an older image exists locally.
            rm: Remove intermediate containers after a successful build.
            forcerm: Always remove intermediate containers, even upon failure.
                The daemon's default: False.
            memory: Set memory limit for build.
            memswap: Total memory (memory + swap). Set as `-1` to disable swap.
            cpushares: CPU shares (relative weight).
            cpusetcpus: CPUs in which to allow execution (e.g., `0-3`, `0,1`).
            cpuperiod: The length of a CPU period in microseconds.
            cpuquota: Microseconds of CPU time that the container can get in a CPU period.
            buildargs: JSON map of string pairs for build-time variables. Users pass these values at build-time. Docker uses the buildargs as the environment context for commands run via the `Dockerfile` RUN instruction, or for variable expansion in other `Dockerfile` instructions. This is not meant for passing secret values.

                For example, the build arg `FOO=bar` would become `{"FOO":"bar"}` in JSON. This would result in the query parameter `buildargs={"FOO":"bar"}`. Note that `{"FOO":"bar"}` should be URI component encoded.

                [Read more about the buildargs instruction.](https://docs.docker.com/engine/reference/builder/#arg)
            shmsize: Size of `/dev/shm` in bytes. The size must be greater than 0. If omitted the system uses 64MB.
            squash: Squash the resulting images layers into a single layer. *(Experimental release only.)*
            labels: Arbitrary key/value labels to set on the image, as a JSON map of string pairs.
            networkmode: Sets the networking mode for the run commands during build. Supported
                standard values are: `bridge`, `host`, `none`, and `container:<name|id>`.
                Any other value is taken as a custom network's name or ID to which this
                container should connect to.
            content_type: One of: 'application/x-tar'.
            x_registry_config: This is a base64-encoded JSON object with auth configurations for multiple registries that a build may refer to.

                The key is a registry URL, and the value is an auth configuration object, [as described in the authentication section](#section/Authentication). For example:

                ```
                {
                  "docker.example.com": {
                    "username": "janedoe",
                    "password": "hunter2"
                  },
                  "https://index.docker.io/v1/": {
                    "username": "mobydock",
                    "password": "conta1n3rize14"
                  }
                }
                ```

                Only the registry domain name (and port if not the default 443) are required. However, for legacy reasons, the Docker Hub registry must be specified with both a `https://` prefix and a `/v1/` suffix even though Docker will prefer to use the v2 registry API.
            platform: Platform in the format os[/arch[/variant]]
                The daemon's default: ''.
                Since API 1.34.
            target: Target build stage
                The daemon's default: ''.
                Since API 1.37.
            outputs: BuildKit output configuration in the format of a stringified JSON array of objects.
                Each object must have two top-level properties: `Type` and `Attrs`.
                The `Type` property must be set to 'moby'.
                The `Attrs` property is a map of attributes for the BuildKit output configuration.
                See https://docs.docker.com/build/exporters/oci-docker/ for more information.

                Example:

                ```
                [{"Type":"moby","Attrs":{"type":"image","force-compression":"true","compression":"zstd"}}]
                ```
                The daemon's default: ''.
                Since API 1.40.
            version: Version of the builder backend to use.

                - `1` is the first generation classic (deprecated) builder in the Docker daemon (default)
                - `2` is [BuildKit](https://github.com/moby/buildkit)
                One of: '1', '2'.
                The daemon's default: '1'.
                Since API 1.38.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ImageBuild",
                method="POST",
                path="/build",
                query=wire.query(
                    wire.q_value("dockerfile", dockerfile),
                    wire.q_multi("t", t),
                    wire.q_multi("extrahosts", extrahosts),
                    wire.q_value("remote", remote),
                    wire.q_bool("q", q),
                    wire.q_bool("nocache", nocache),
                    wire.q_json("cachefrom", cachefrom),
                    wire.q_bool("pull", pull),
                    wire.q_bool("rm", rm),
                    wire.q_bool("forcerm", forcerm),
                    wire.q_value("memory", memory),
                    wire.q_value("memswap", memswap),
                    wire.q_value("cpushares", cpushares),
                    wire.q_value("cpusetcpus", cpusetcpus),
                    wire.q_value("cpuperiod", cpuperiod),
                    wire.q_value("cpuquota", cpuquota),
                    wire.q_json("buildargs", buildargs),
                    wire.q_value("shmsize", shmsize),
                    wire.q_bool("squash", squash),
                    wire.q_json("labels", labels),
                    wire.q_value("networkmode", networkmode),
                    wire.q_value("platform", platform),
                    wire.q_value("target", target),
                    wire.q_json("outputs", outputs),
                    wire.q_value("version", version),
                ),
                headers=wire.headers(
                    wire.h_value("Content-type", content_type),
                    wire.h_registry_config("X-Registry-Config", x_registry_config),
                ),
                body=UploadBody(input_stream, "application/octet-stream"),
                streaming=True,
                timeout=timeout,
            ),
            ExpectJsonLines(JsonMessage),
        )

    def build_prune(
        self,
        *,
        keep_storage: int | None = None,
        all: bool | None = None,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> BuildPruneResponse:
        """Delete builder cache

        Since API 1.31.

        Args:
            keep_storage: Amount of disk space in bytes to keep for cache
                Since API 1.39.
            all: Remove all types of build cache
                Since API 1.39.
            filters: A JSON encoded value of the filters (a `map[string][]string`) to
                process on the list of build cache objects.

                Available filters:

                - `until=<timestamp>` remove cache older than `<timestamp>`. The `<timestamp>` can be Unix timestamps, date formatted timestamps, or Go duration strings (e.g. `10m`, `1h30m`) computed relative to the daemon's local time.
                - `id=<id>`
                - `parent=<id>`
                - `type=<string>`
                - `description=<string>`
                - `inuse`
                - `shared`
                - `private`
                Since API 1.39.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="BuildPrune",
                method="POST",
                path="/build/prune",
                query=wire.query(
                    wire.q_value("keep-storage", keep_storage),
                    wire.q_bool("all", all),
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(BuildPruneResponse),
        )

    def image_create(
        self,
        *,
        from_image: str | None = None,
        from_src: str | None = None,
        repo: str | None = None,
        tag: str | None = None,
        message: str | None = None,
        input_image: UploadSource | None = None,
        x_registry_auth: wire.RegistryAuth | None = None,
        changes: Sequence[str] | None = None,
        platform: str | None = None,
        timeout: float | None = None,
    ) -> JsonStream[JsonMessage]:
        """Create an image

        Pull or import an image.

        Args:
            from_image: Name of the image to pull. The name may include a tag or digest. This parameter may only be used when pulling an image. The pull is cancelled if the HTTP connection is closed.
            from_src: Source to import. The value may be a URL from which the image can be retrieved or `-` to read the image from the request body. This parameter may only be used when importing an image.
            repo: Repository name given to an image when it is imported. The repo may include a tag. This parameter may only be used when importing an image.
            tag: Tag or digest. If empty when pulling an image, this causes all tags for the given image to be pulled.
            message: Set commit message for imported image.
            input_image: Image content if the value `-` has been specified in fromSrc query parameter
            x_registry_auth: A base64url-encoded auth configuration.

                Refer to the [authentication section](#section/Authentication) for
                details.
            changes: Apply `Dockerfile` instructions to the image that is created,
                for example: `changes=ENV DEBUG=true`.
                Note that `ENV DEBUG=true` should be URI component encoded.

                Supported `Dockerfile` instructions:
                `CMD`|`ENTRYPOINT`|`ENV`|`EXPOSE`|`ONBUILD`|`USER`|`VOLUME`|`WORKDIR`
                Since API 1.40.
            platform: Platform in the format os[/arch[/variant]].

                When used in combination with the `fromImage` option, the daemon checks
                if the given image is present in the local image cache with the given
                OS and Architecture, and otherwise attempts to pull the image. If the
                option is not set, the host's native OS and Architecture are used.
                If the given image does not exist in the local image cache, the daemon
                attempts to pull the image with the host's native OS and Architecture.
                If the given image does exists in the local image cache, but its OS or
                architecture does not match, a warning is produced.

                When used with the `fromSrc` option to import an image from an archive,
                this option sets the platform information for the imported image. If
                the option is not set, the host's native OS and Architecture are used
                for the imported image.
                The daemon's default: ''.
                Since API 1.32.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ImageCreate",
                method="POST",
                path="/images/create",
                query=wire.query(
                    wire.q_value("fromImage", from_image),
                    wire.q_value("fromSrc", from_src),
                    wire.q_value("repo", repo),
                    wire.q_value("tag", tag),
                    wire.q_value("message", message),
                    wire.q_multi("changes", changes),
                    wire.q_value("platform", platform),
                ),
                headers=wire.headers(
                    wire.h_registry_auth("X-Registry-Auth", x_registry_auth),
                ),
                body=UploadBody(input_image, "application/octet-stream"),
                streaming=True,
                auth_image=from_image,
                timeout=timeout,
            ),
            ExpectJsonLines(JsonMessage),
        )

    def image_inspect(
        self,
        name: str,
        *,
        timeout: float | None = None,
    ) -> ImageInspect:
        """Inspect an image

        Return low-level information about an image.

        Args:
            name: Image name or id
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ImageInspect",
                method="GET",
                path=wire.path("/images/{name}/json", name=name),
                timeout=timeout,
            ),
            ExpectJson(ImageInspect),
        )

    def image_history(
        self,
        name: str,
        *,
        timeout: float | None = None,
    ) -> list[ImageHistoryResponseItem]:
        """Get the history of an image

        Return parent layers of an image.

        Args:
            name: Image name or ID
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ImageHistory",
                method="GET",
                path=wire.path("/images/{name}/history", name=name),
                timeout=timeout,
            ),
            ExpectJson(list[ImageHistoryResponseItem]),
        )

    def image_push(
        self,
        name: str,
        *,
        tag: str | None = None,
        x_registry_auth: wire.RegistryAuth | None = None,
        timeout: float | None = None,
    ) -> JsonStream[JsonMessage]:
        """Push an image

        Push an image to a registry.

        If you wish to push an image on to a private registry, that image must
        already have a tag which references the registry. For example,
        `registry.example.com/myimage:latest`.

        The push is cancelled if the HTTP connection is closed.

        Args:
            name: Name of the image to push. For example, `registry.example.com/myimage`.
                The image must be present in the local image store with the same name.

                The name should be provided without tag; if a tag is provided, it
                is ignored. For example, `registry.example.com/myimage:latest` is
                considered equivalent to `registry.example.com/myimage`.

                Use the `tag` parameter to specify the tag to push.
            tag: Tag of the image to push. For example, `latest`. If no tag is provided,
                all tags of the given image that are present in the local image store
                are pushed.
            x_registry_auth: A base64url-encoded auth configuration.

                Refer to the [authentication section](#section/Authentication) for
                details.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ImagePush",
                method="POST",
                path=wire.path("/images/{name}/push", name=name),
                query=wire.query(
                    wire.q_value("tag", tag),
                ),
                headers=wire.headers(
                    wire.h_registry_auth("X-Registry-Auth", x_registry_auth),
                ),
                streaming=True,
                auth_image=name,
                timeout=timeout,
            ),
            ExpectJsonLines(JsonMessage),
        )

    def image_tag(
        self,
        name: str,
        *,
        repo: str | None = None,
        tag: str | None = None,
        timeout: float | None = None,
    ) -> None:
        """Tag an image

        Create a tag that refers to a source image.

        This creates an additional reference (tag) to the source image. The tag
        can include a different repository name and/or tag. If the repository
        or tag already exists, it will be overwritten.

        Args:
            name: Image name or ID to tag.
            repo: The repository to tag in. For example, `someuser/someimage`.
            tag: The name of the new tag.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ImageTag",
                method="POST",
                path=wire.path("/images/{name}/tag", name=name),
                query=wire.query(
                    wire.q_value("repo", repo),
                    wire.q_value("tag", tag),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    def image_delete(
        self,
        name: str,
        *,
        force: bool | None = None,
        noprune: bool | None = None,
        timeout: float | None = None,
    ) -> list[ImageDeleteResponseItem]:
        """Remove an image

        Remove an image, along with any untagged parent images that were
        referenced by that image.

        Images can't be removed if they have descendant images, are being
        used by a running container or are being used by a build.

        Args:
            name: Image name or ID
            force: Remove the image even if it is being used by stopped containers or has other tags
                The daemon's default: False.
            noprune: Do not delete untagged parent images
                The daemon's default: False.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ImageDelete",
                method="DELETE",
                path=wire.path("/images/{name}", name=name),
                query=wire.query(
                    wire.q_bool("force", force),
                    wire.q_bool("noprune", noprune),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[ImageDeleteResponseItem]),
        )

    def image_search(
        self,
        term: str,
        *,
        limit: int | None = None,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> list[ImageSearchResponseItem]:
        """Search images

        Search for an image on Docker Hub.

        Args:
            term: Term to search
            limit: Maximum number of results to return
            filters: A JSON encoded value of the filters (a `map[string][]string`) to process on the images list. Available filters:

                - `is-automated=(true|false)` (deprecated, see below)
                - `is-official=(true|false)`
                - `stars=<number>` Matches images that has at least 'number' stars.

                The `is-automated` filter is deprecated. The `is_automated` field has
                been deprecated by Docker Hub's search API. Consequently, searching
                for `is-automated=true` will yield no results.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ImageSearch",
                method="GET",
                path="/images/search",
                query=wire.query(
                    wire.q_value("term", term),
                    wire.q_value("limit", limit),
                    wire.q_filters("filters", filters),
                ),
                auth_image=term,
                timeout=timeout,
            ),
            ExpectJson(list[ImageSearchResponseItem]),
        )

    def image_prune(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> ImagePruneResponse:
        """Delete unused images

        Args:
            filters: Filters to process on the prune list, encoded as JSON (a `map[string][]string`). Available filters:

                - `dangling=<boolean>` When set to `true` (or `1`), prune only
                   unused *and* untagged images. When set to `false`
                   (or `0`), all unused images are pruned.
                - `until=<string>` Prune images created before this timestamp. The `<timestamp>` can be Unix timestamps, date formatted timestamps, or Go duration strings (e.g. `10m`, `1h30m`) computed relative to the daemon machine’s time.
                - `label` (`label=<key>`, `label=<key>=<value>`, `label!=<key>`, or `label!=<key>=<value>`) Prune images with (or without, in case `label!=...` is used) the specified labels.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ImagePrune",
                method="POST",
                path="/images/prune",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(ImagePruneResponse),
        )

    def image_commit(
        self,
        *,
        container_config: ContainerConfig | None = None,
        container: str | None = None,
        repo: str | None = None,
        tag: str | None = None,
        comment: str | None = None,
        author: str | None = None,
        pause: bool = True,
        changes: str | Sequence[str] | None = None,
        timeout: float | None = None,
    ) -> IdResponse:
        """Create a new image from a container

        Args:
            container_config: The container configuration
            container: The ID or name of the container to commit
            repo: Repository name for the created image
            tag: Tag name for the create image
            comment: Commit message
            author: Author of the image (e.g., `John Hannibal Smith <hannibal@a-team.com>`)
            pause: Whether to pause the container before committing
            changes: `Dockerfile` instructions to apply while committing
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ImageCommit",
                method="POST",
                path="/commit",
                query=wire.query(
                    wire.q_value("container", container),
                    wire.q_value("repo", repo),
                    wire.q_value("tag", tag),
                    wire.q_value("comment", comment),
                    wire.q_value("author", author),
                    wire.q_bool("pause", pause),
                    wire.q_multi("changes", changes),
                ),
                body=JsonBody(container_config),
                timeout=timeout,
            ),
            ExpectJson(IdResponse),
        )

    def image_get(
        self,
        name: str,
        *,
        timeout: float | None = None,
    ) -> BinaryStream:
        """Export an image

        Get a tarball containing all images and metadata for a repository.

        If `name` is a specific name and tag (e.g. `ubuntu:latest`), then only that image (and its parents) are returned. If `name` is an image ID, similarly only that image (and its parents) are returned, but with the exclusion of the `repositories` file in the tarball, as there were no image names referenced.

        ### Image tarball format

        An image tarball contains [Content as defined in the OCI Image Layout Specification](https://github.com/opencontainers/image-spec/blob/v1.1.1/image-layout.md#content).

        Additionally, includes the manifest.json file associated with a backwards compatible docker save format.

        If the tarball defines a repository, the tarball should also include a `repositories` file at the root that contains a list of repository and tag names mapped to layer IDs.

        ```json
        {
          "hello-world": {
            "latest": "565a9d68a73f6706862bfe8409a7f659776d4d60a8d096eb4a3cbce6999cc2a1"
          }
        }
        ```

        Args:
            name: Image name or ID
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ImageGet",
                method="GET",
                path=wire.path("/images/{name}/get", name=name),
                streaming=True,
                timeout=timeout,
            ),
            ExpectBinary(),
        )

    def image_get_all(
        self,
        *,
        names: Sequence[str] | None = None,
        timeout: float | None = None,
    ) -> BinaryStream:
        """Export several images

        Get a tarball containing all images and metadata for several image
        repositories.

        For each value of the `names` parameter: if it is a specific name and
        tag (e.g. `ubuntu:latest`), then only that image (and its parents) are
        returned; if it is an image ID, similarly only that image (and its parents)
        are returned and there would be no names referenced in the 'repositories'
        file for this image ID.

        For details on the format, see the [export image endpoint](#operation/ImageGet).

        Args:
            names: Image names to filter by
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ImageGetAll",
                method="GET",
                path="/images/get",
                query=wire.query(
                    wire.q_multi("names", names),
                ),
                streaming=True,
                timeout=timeout,
            ),
            ExpectBinary(),
        )

    def image_load(
        self,
        *,
        images_tarball: UploadSource | None = None,
        quiet: bool = False,
        timeout: float | None = None,
    ) -> JsonStream[JsonMessage]:
        """Import images

        Load a set of images and tags into a repository.

        For details on the format, see the [export image endpoint](#operation/ImageGet).

        Args:
            images_tarball: Tar archive containing images
            quiet: Suppress progress details during load.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return self._client.send(
            Request(
                operation="ImageLoad",
                method="POST",
                path="/images/load",
                query=wire.query(
                    wire.q_bool("quiet", quiet),
                ),
                body=UploadBody(images_tarball, "application/x-tar"),
                streaming=True,
                timeout=timeout,
            ),
            ExpectJsonLines(JsonMessage),
        )


class AsyncImageApi(AsyncApi):
    """The Image operations."""

    async def image_list(
        self,
        *,
        all: bool | None = None,
        filters: wire.Filters | None = None,
        shared_size: bool | None = None,
        digests: bool | None = None,
        timeout: float | None = None,
    ) -> list[ImageSummary]:
        """List Images

        Returns a list of images on the server. Note that it uses a different, smaller representation of an image than inspecting a single image.

        Args:
            all: Show all images. Only images from a final layer (no children) are shown by default.
                The daemon's default: False.
            filters: A JSON encoded value of the filters (a `map[string][]string`) to
                process on the images list.

                Available filters:

                - `before`=(`<image-name>[:<tag>]`,  `<image id>` or `<image@digest>`)
                - `dangling=true`
                - `label=key` or `label="key=value"` of an image label
                - `reference`=(`<image-name>[:<tag>]`)
                - `since`=(`<image-name>[:<tag>]`,  `<image id>` or `<image@digest>`)
                - `until=<timestamp>`
            shared_size: Compute and show shared size as a `SharedSize` field on each image.
                The daemon's default: False.
                Since API 1.42.
            digests: Show digest information as a `RepoDigests` field on each image.
                The daemon's default: False.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ImageList",
                method="GET",
                path="/images/json",
                query=wire.query(
                    wire.q_bool("all", all),
                    wire.q_filters("filters", filters),
                    wire.q_bool("shared-size", shared_size),
                    wire.q_bool("digests", digests),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[ImageSummary]),
        )

    async def image_build(
        self,
        *,
        input_stream: UploadSource | None = None,
        dockerfile: str | None = None,
        t: str | Sequence[str] | None = None,
        extrahosts: str | Sequence[str] | None = None,
        remote: str | None = None,
        q: bool | None = None,
        nocache: bool | None = None,
        cachefrom: Sequence[str] | None = None,
        pull: bool | None = None,
        rm: bool = True,
        forcerm: bool | None = None,
        memory: int | None = None,
        memswap: int | None = None,
        cpushares: int | None = None,
        cpusetcpus: str | None = None,
        cpuperiod: int | None = None,
        cpuquota: int | None = None,
        buildargs: Mapping[str, str | None] | None = None,
        shmsize: int | None = None,
        squash: bool | None = None,
        labels: Mapping[str, str] | None = None,
        networkmode: str | None = None,
        content_type: Literal["application/x-tar"] = "application/x-tar",
        x_registry_config: wire.RegistryConfig | None = None,
        platform: str | None = None,
        target: str | None = None,
        outputs: Sequence[Mapping[str, Any]] | None = None,
        version: Literal["1", "2"] | None = None,
        timeout: float | None = None,
    ) -> AsyncJsonStream[JsonMessage]:
        """Build an image

        Build an image from a tar archive with a `Dockerfile` in it.

        The `Dockerfile` specifies how the image is built from the tar archive. It is typically in the archive's root, but can be at a different path or have a different name by specifying the `dockerfile` parameter. [See the `Dockerfile` reference for more information](https://docs.docker.com/engine/reference/builder/).

        The Docker daemon performs a preliminary validation of the `Dockerfile` before starting the build, and returns an error if the syntax is incorrect. After that, each instruction is run one-by-one until the ID of the new image is output.

        The build is canceled if the client drops the connection by quitting or being killed.

        Args:
            input_stream: A tar archive compressed with one of the following algorithms: identity (no compression), gzip, bzip2, xz.
            dockerfile: Path within the build context to the `Dockerfile`. This is ignored if `remote` is specified and points to an external `Dockerfile`.
                The daemon's default: 'Dockerfile'.
            t: A name and optional tag to apply to the image in the `name:tag` format. If you omit the tag the default `latest` value is assumed. You can provide several `t` parameters.
            extrahosts: Extra hosts to add to /etc/hosts
                Since API 1.28.
            remote: A Git repository URI or HTTP/HTTPS context URI. If the URI points to a single text file, the file’s contents are placed into a file called `Dockerfile` and the image is built from that file. If the URI points to a tarball, the file is downloaded by the daemon and the contents therein used as the context for the build. If the URI points to a tarball and the `dockerfile` parameter is also specified, there must be a file with the corresponding path inside the tarball.
            q: Suppress verbose build output.
                The daemon's default: False.
            nocache: Do not use the cache when building the image.
                The daemon's default: False.
            cachefrom: JSON array of images used for build cache resolution.
            pull: Attempt to pull the image even if an older image exists locally.
            rm: Remove intermediate containers after a successful build.
            forcerm: Always remove intermediate containers, even upon failure.
                The daemon's default: False.
            memory: Set memory limit for build.
            memswap: Total memory (memory + swap). Set as `-1` to disable swap.
            cpushares: CPU shares (relative weight).
            cpusetcpus: CPUs in which to allow execution (e.g., `0-3`, `0,1`).
            cpuperiod: The length of a CPU period in microseconds.
            cpuquota: Microseconds of CPU time that the container can get in a CPU period.
            buildargs: JSON map of string pairs for build-time variables. Users pass these values at build-time. Docker uses the buildargs as the environment context for commands run via the `Dockerfile` RUN instruction, or for variable expansion in other `Dockerfile` instructions. This is not meant for passing secret values.

                For example, the build arg `FOO=bar` would become `{"FOO":"bar"}` in JSON. This would result in the query parameter `buildargs={"FOO":"bar"}`. Note that `{"FOO":"bar"}` should be URI component encoded.

                [Read more about the buildargs instruction.](https://docs.docker.com/engine/reference/builder/#arg)
            shmsize: Size of `/dev/shm` in bytes. The size must be greater than 0. If omitted the system uses 64MB.
            squash: Squash the resulting images layers into a single layer. *(Experimental release only.)*
            labels: Arbitrary key/value labels to set on the image, as a JSON map of string pairs.
            networkmode: Sets the networking mode for the run commands during build. Supported
                standard values are: `bridge`, `host`, `none`, and `container:<name|id>`.
                Any other value is taken as a custom network's name or ID to which this
                container should connect to.
            content_type: One of: 'application/x-tar'.
            x_registry_config: This is a base64-encoded JSON object with auth configurations for multiple registries that a build may refer to.

                The key is a registry URL, and the value is an auth configuration object, [as described in the authentication section](#section/Authentication). For example:

                ```
                {
                  "docker.example.com": {
                    "username": "janedoe",
                    "password": "hunter2"
                  },
                  "https://index.docker.io/v1/": {
                    "username": "mobydock",
                    "password": "conta1n3rize14"
                  }
                }
                ```

                Only the registry domain name (and port if not the default 443) are required. However, for legacy reasons, the Docker Hub registry must be specified with both a `https://` prefix and a `/v1/` suffix even though Docker will prefer to use the v2 registry API.
            platform: Platform in the format os[/arch[/variant]]
                The daemon's default: ''.
                Since API 1.34.
            target: Target build stage
                The daemon's default: ''.
                Since API 1.37.
            outputs: BuildKit output configuration in the format of a stringified JSON array of objects.
                Each object must have two top-level properties: `Type` and `Attrs`.
                The `Type` property must be set to 'moby'.
                The `Attrs` property is a map of attributes for the BuildKit output configuration.
                See https://docs.docker.com/build/exporters/oci-docker/ for more information.

                Example:

                ```
                [{"Type":"moby","Attrs":{"type":"image","force-compression":"true","compression":"zstd"}}]
                ```
                The daemon's default: ''.
                Since API 1.40.
            version: Version of the builder backend to use.

                - `1` is the first generation classic (deprecated) builder in the Docker daemon (default)
                - `2` is [BuildKit](https://github.com/moby/buildkit)
                One of: '1', '2'.
                The daemon's default: '1'.
                Since API 1.38.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ImageBuild",
                method="POST",
                path="/build",
                query=wire.query(
                    wire.q_value("dockerfile", dockerfile),
                    wire.q_multi("t", t),
                    wire.q_multi("extrahosts", extrahosts),
                    wire.q_value("remote", remote),
                    wire.q_bool("q", q),
                    wire.q_bool("nocache", nocache),
                    wire.q_json("cachefrom", cachefrom),
                    wire.q_bool("pull", pull),
                    wire.q_bool("rm", rm),
                    wire.q_bool("forcerm", forcerm),
                    wire.q_value("memory", memory),
                    wire.q_value("memswap", memswap),
                    wire.q_value("cpushares", cpushares),
                    wire.q_value("cpusetcpus", cpusetcpus),
                    wire.q_value("cpuperiod", cpuperiod),
                    wire.q_value("cpuquota", cpuquota),
                    wire.q_json("buildargs", buildargs),
                    wire.q_value("shmsize", shmsize),
                    wire.q_bool("squash", squash),
                    wire.q_json("labels", labels),
                    wire.q_value("networkmode", networkmode),
                    wire.q_value("platform", platform),
                    wire.q_value("target", target),
                    wire.q_json("outputs", outputs),
                    wire.q_value("version", version),
                ),
                headers=wire.headers(
                    wire.h_value("Content-type", content_type),
                    wire.h_registry_config("X-Registry-Config", x_registry_config),
                ),
                body=UploadBody(input_stream, "application/octet-stream"),
                streaming=True,
                timeout=timeout,
            ),
            ExpectJsonLines(JsonMessage),
        )

    async def build_prune(
        self,
        *,
        keep_storage: int | None = None,
        all: bool | None = None,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> BuildPruneResponse:
        """Delete builder cache

        Since API 1.31.

        Args:
            keep_storage: Amount of disk space in bytes to keep for cache
                Since API 1.39.
            all: Remove all types of build cache
                Since API 1.39.
            filters: A JSON encoded value of the filters (a `map[string][]string`) to
                process on the list of build cache objects.

                Available filters:

                - `until=<timestamp>` remove cache older than `<timestamp>`. The `<timestamp>` can be Unix timestamps, date formatted timestamps, or Go duration strings (e.g. `10m`, `1h30m`) computed relative to the daemon's local time.
                - `id=<id>`
                - `parent=<id>`
                - `type=<string>`
                - `description=<string>`
                - `inuse`
                - `shared`
                - `private`
                Since API 1.39.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="BuildPrune",
                method="POST",
                path="/build/prune",
                query=wire.query(
                    wire.q_value("keep-storage", keep_storage),
                    wire.q_bool("all", all),
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(BuildPruneResponse),
        )

    async def image_create(
        self,
        *,
        from_image: str | None = None,
        from_src: str | None = None,
        repo: str | None = None,
        tag: str | None = None,
        message: str | None = None,
        input_image: UploadSource | None = None,
        x_registry_auth: wire.RegistryAuth | None = None,
        changes: Sequence[str] | None = None,
        platform: str | None = None,
        timeout: float | None = None,
    ) -> AsyncJsonStream[JsonMessage]:
        """Create an image

        Pull or import an image.

        Args:
            from_image: Name of the image to pull. The name may include a tag or digest. This parameter may only be used when pulling an image. The pull is cancelled if the HTTP connection is closed.
            from_src: Source to import. The value may be a URL from which the image can be retrieved or `-` to read the image from the request body. This parameter may only be used when importing an image.
            repo: Repository name given to an image when it is imported. The repo may include a tag. This parameter may only be used when importing an image.
            tag: Tag or digest. If empty when pulling an image, this causes all tags for the given image to be pulled.
            message: Set commit message for imported image.
            input_image: Image content if the value `-` has been specified in fromSrc query parameter
            x_registry_auth: A base64url-encoded auth configuration.

                Refer to the [authentication section](#section/Authentication) for
                details.
            changes: Apply `Dockerfile` instructions to the image that is created,
                for example: `changes=ENV DEBUG=true`.
                Note that `ENV DEBUG=true` should be URI component encoded.

                Supported `Dockerfile` instructions:
                `CMD`|`ENTRYPOINT`|`ENV`|`EXPOSE`|`ONBUILD`|`USER`|`VOLUME`|`WORKDIR`
                Since API 1.40.
            platform: Platform in the format os[/arch[/variant]].

                When used in combination with the `fromImage` option, the daemon checks
                if the given image is present in the local image cache with the given
                OS and Architecture, and otherwise attempts to pull the image. If the
                option is not set, the host's native OS and Architecture are used.
                If the given image does not exist in the local image cache, the daemon
                attempts to pull the image with the host's native OS and Architecture.
                If the given image does exists in the local image cache, but its OS or
                architecture does not match, a warning is produced.

                When used with the `fromSrc` option to import an image from an archive,
                this option sets the platform information for the imported image. If
                the option is not set, the host's native OS and Architecture are used
                for the imported image.
                The daemon's default: ''.
                Since API 1.32.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ImageCreate",
                method="POST",
                path="/images/create",
                query=wire.query(
                    wire.q_value("fromImage", from_image),
                    wire.q_value("fromSrc", from_src),
                    wire.q_value("repo", repo),
                    wire.q_value("tag", tag),
                    wire.q_value("message", message),
                    wire.q_multi("changes", changes),
                    wire.q_value("platform", platform),
                ),
                headers=wire.headers(
                    wire.h_registry_auth("X-Registry-Auth", x_registry_auth),
                ),
                body=UploadBody(input_image, "application/octet-stream"),
                streaming=True,
                auth_image=from_image,
                timeout=timeout,
            ),
            ExpectJsonLines(JsonMessage),
        )

    async def image_inspect(
        self,
        name: str,
        *,
        timeout: float | None = None,
    ) -> ImageInspect:
        """Inspect an image

        Return low-level information about an image.

        Args:
            name: Image name or id
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ImageInspect",
                method="GET",
                path=wire.path("/images/{name}/json", name=name),
                timeout=timeout,
            ),
            ExpectJson(ImageInspect),
        )

    async def image_history(
        self,
        name: str,
        *,
        timeout: float | None = None,
    ) -> list[ImageHistoryResponseItem]:
        """Get the history of an image

        Return parent layers of an image.

        Args:
            name: Image name or ID
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ImageHistory",
                method="GET",
                path=wire.path("/images/{name}/history", name=name),
                timeout=timeout,
            ),
            ExpectJson(list[ImageHistoryResponseItem]),
        )

    async def image_push(
        self,
        name: str,
        *,
        tag: str | None = None,
        x_registry_auth: wire.RegistryAuth | None = None,
        timeout: float | None = None,
    ) -> AsyncJsonStream[JsonMessage]:
        """Push an image

        Push an image to a registry.

        If you wish to push an image on to a private registry, that image must
        already have a tag which references the registry. For example,
        `registry.example.com/myimage:latest`.

        The push is cancelled if the HTTP connection is closed.

        Args:
            name: Name of the image to push. For example, `registry.example.com/myimage`.
                The image must be present in the local image store with the same name.

                The name should be provided without tag; if a tag is provided, it
                is ignored. For example, `registry.example.com/myimage:latest` is
                considered equivalent to `registry.example.com/myimage`.

                Use the `tag` parameter to specify the tag to push.
            tag: Tag of the image to push. For example, `latest`. If no tag is provided,
                all tags of the given image that are present in the local image store
                are pushed.
            x_registry_auth: A base64url-encoded auth configuration.

                Refer to the [authentication section](#section/Authentication) for
                details.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ImagePush",
                method="POST",
                path=wire.path("/images/{name}/push", name=name),
                query=wire.query(
                    wire.q_value("tag", tag),
                ),
                headers=wire.headers(
                    wire.h_registry_auth("X-Registry-Auth", x_registry_auth),
                ),
                streaming=True,
                auth_image=name,
                timeout=timeout,
            ),
            ExpectJsonLines(JsonMessage),
        )

    async def image_tag(
        self,
        name: str,
        *,
        repo: str | None = None,
        tag: str | None = None,
        timeout: float | None = None,
    ) -> None:
        """Tag an image

        Create a tag that refers to a source image.

        This creates an additional reference (tag) to the source image. The tag
        can include a different repository name and/or tag. If the repository
        or tag already exists, it will be overwritten.

        Args:
            name: Image name or ID to tag.
            repo: The repository to tag in. For example, `someuser/someimage`.
            tag: The name of the new tag.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ImageTag",
                method="POST",
                path=wire.path("/images/{name}/tag", name=name),
                query=wire.query(
                    wire.q_value("repo", repo),
                    wire.q_value("tag", tag),
                ),
                timeout=timeout,
            ),
            ExpectEmpty(),
        )

    async def image_delete(
        self,
        name: str,
        *,
        force: bool | None = None,
        noprune: bool | None = None,
        timeout: float | None = None,
    ) -> list[ImageDeleteResponseItem]:
        """Remove an image

        Remove an image, along with any untagged parent images that were
        referenced by that image.

        Images can't be removed if they have descendant images, are being
        used by a running container or are being used by a build.

        Args:
            name: Image name or ID
            force: Remove the image even if it is being used by stopped containers or has other tags
                The daemon's default: False.
            noprune: Do not delete untagged parent images
                The daemon's default: False.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ImageDelete",
                method="DELETE",
                path=wire.path("/images/{name}", name=name),
                query=wire.query(
                    wire.q_bool("force", force),
                    wire.q_bool("noprune", noprune),
                ),
                timeout=timeout,
            ),
            ExpectJson(list[ImageDeleteResponseItem]),
        )

    async def image_search(
        self,
        term: str,
        *,
        limit: int | None = None,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> list[ImageSearchResponseItem]:
        """Search images

        Search for an image on Docker Hub.

        Args:
            term: Term to search
            limit: Maximum number of results to return
            filters: A JSON encoded value of the filters (a `map[string][]string`) to process on the images list. Available filters:

                - `is-automated=(true|false)` (deprecated, see below)
                - `is-official=(true|false)`
                - `stars=<number>` Matches images that has at least 'number' stars.

                The `is-automated` filter is deprecated. The `is_automated` field has
                been deprecated by Docker Hub's search API. Consequently, searching
                for `is-automated=true` will yield no results.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ImageSearch",
                method="GET",
                path="/images/search",
                query=wire.query(
                    wire.q_value("term", term),
                    wire.q_value("limit", limit),
                    wire.q_filters("filters", filters),
                ),
                auth_image=term,
                timeout=timeout,
            ),
            ExpectJson(list[ImageSearchResponseItem]),
        )

    async def image_prune(
        self,
        *,
        filters: wire.Filters | None = None,
        timeout: float | None = None,
    ) -> ImagePruneResponse:
        """Delete unused images

        Args:
            filters: Filters to process on the prune list, encoded as JSON (a `map[string][]string`). Available filters:

                - `dangling=<boolean>` When set to `true` (or `1`), prune only
                   unused *and* untagged images. When set to `false`
                   (or `0`), all unused images are pruned.
                - `until=<string>` Prune images created before this timestamp. The `<timestamp>` can be Unix timestamps, date formatted timestamps, or Go duration strings (e.g. `10m`, `1h30m`) computed relative to the daemon machine’s time.
                - `label` (`label=<key>`, `label=<key>=<value>`, `label!=<key>`, or `label!=<key>=<value>`) Prune images with (or without, in case `label!=...` is used) the specified labels.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ImagePrune",
                method="POST",
                path="/images/prune",
                query=wire.query(
                    wire.q_filters("filters", filters),
                ),
                timeout=timeout,
            ),
            ExpectJson(ImagePruneResponse),
        )

    async def image_commit(
        self,
        *,
        container_config: ContainerConfig | None = None,
        container: str | None = None,
        repo: str | None = None,
        tag: str | None = None,
        comment: str | None = None,
        author: str | None = None,
        pause: bool = True,
        changes: str | Sequence[str] | None = None,
        timeout: float | None = None,
    ) -> IdResponse:
        """Create a new image from a container

        Args:
            container_config: The container configuration
            container: The ID or name of the container to commit
            repo: Repository name for the created image
            tag: Tag name for the create image
            comment: Commit message
            author: Author of the image (e.g., `John Hannibal Smith <hannibal@a-team.com>`)
            pause: Whether to pause the container before committing
            changes: `Dockerfile` instructions to apply while committing
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ImageCommit",
                method="POST",
                path="/commit",
                query=wire.query(
                    wire.q_value("container", container),
                    wire.q_value("repo", repo),
                    wire.q_value("tag", tag),
                    wire.q_value("comment", comment),
                    wire.q_value("author", author),
                    wire.q_bool("pause", pause),
                    wire.q_multi("changes", changes),
                ),
                body=JsonBody(container_config),
                timeout=timeout,
            ),
            ExpectJson(IdResponse),
        )

    async def image_get(
        self,
        name: str,
        *,
        timeout: float | None = None,
    ) -> AsyncBinaryStream:
        """Export an image

        Get a tarball containing all images and metadata for a repository.

        If `name` is a specific name and tag (e.g. `ubuntu:latest`), then only that image (and its parents) are returned. If `name` is an image ID, similarly only that image (and its parents) are returned, but with the exclusion of the `repositories` file in the tarball, as there were no image names referenced.

        ### Image tarball format

        An image tarball contains [Content as defined in the OCI Image Layout Specification](https://github.com/opencontainers/image-spec/blob/v1.1.1/image-layout.md#content).

        Additionally, includes the manifest.json file associated with a backwards compatible docker save format.

        If the tarball defines a repository, the tarball should also include a `repositories` file at the root that contains a list of repository and tag names mapped to layer IDs.

        ```json
        {
          "hello-world": {
            "latest": "565a9d68a73f6706862bfe8409a7f659776d4d60a8d096eb4a3cbce6999cc2a1"
          }
        }
        ```

        Args:
            name: Image name or ID
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ImageGet",
                method="GET",
                path=wire.path("/images/{name}/get", name=name),
                streaming=True,
                timeout=timeout,
            ),
            ExpectBinary(),
        )

    async def image_get_all(
        self,
        *,
        names: Sequence[str] | None = None,
        timeout: float | None = None,
    ) -> AsyncBinaryStream:
        """Export several images

        Get a tarball containing all images and metadata for several image
        repositories.

        For each value of the `names` parameter: if it is a specific name and
        tag (e.g. `ubuntu:latest`), then only that image (and its parents) are
        returned; if it is an image ID, similarly only that image (and its parents)
        are returned and there would be no names referenced in the 'repositories'
        file for this image ID.

        For details on the format, see the [export image endpoint](#operation/ImageGet).

        Args:
            names: Image names to filter by
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ImageGetAll",
                method="GET",
                path="/images/get",
                query=wire.query(
                    wire.q_multi("names", names),
                ),
                streaming=True,
                timeout=timeout,
            ),
            ExpectBinary(),
        )

    async def image_load(
        self,
        *,
        images_tarball: UploadSource | None = None,
        quiet: bool = False,
        timeout: float | None = None,
    ) -> AsyncJsonStream[JsonMessage]:
        """Import images

        Load a set of images and tags into a repository.

        For details on the format, see the [export image endpoint](#operation/ImageGet).

        Args:
            images_tarball: Tar archive containing images
            quiet: Suppress progress details during load.
            timeout: Seconds this call may take (read, write, pool), instead of the client's timeout.
                A wait the call asks the daemon for (the `t` of a stop) is added to it.
        """
        return await self._client.send(
            Request(
                operation="ImageLoad",
                method="POST",
                path="/images/load",
                query=wire.query(
                    wire.q_bool("quiet", quiet),
                ),
                body=UploadBody(images_tarball, "application/x-tar"),
                streaming=True,
                timeout=timeout,
            ),
            ExpectJsonLines(JsonMessage),
        )
