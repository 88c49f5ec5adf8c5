"""Every top-level name of docker_engine, imported as the README does."""

from docker_engine import (
    API_VERSION,
    AsyncBinaryStream,
    AsyncDockerClient,
    AsyncHijackedSession,
    AsyncJsonStream,
    AsyncLogStream,
    AuthConfig,
    BinaryStream,
    BuildContext,
    DockerClient,
    DockerConfig,
    DockerError,
    DockerTimeout,
    Frame,
    HijackedSession,
    JsonMessage,
    JsonStream,
    LenientDecodeWarning,
    LogStream,
    NotFound,
    Output,
    StreamError,
    StreamOutcome,
    build_context,
)
from docker_engine.models import ContainerSummary, ImageSummary

PUBLIC: tuple[object, ...] = (
    AsyncBinaryStream, AsyncDockerClient, AsyncHijackedSession, AsyncJsonStream, AsyncLogStream,
    AuthConfig, BinaryStream, BuildContext, DockerClient, DockerConfig, DockerError, DockerTimeout,
    Frame, HijackedSession, JsonMessage, JsonStream, LenientDecodeWarning, LogStream, NotFound,
    Output, StreamError, StreamOutcome, build_context, ContainerSummary, ImageSummary,
)
version: str = API_VERSION
