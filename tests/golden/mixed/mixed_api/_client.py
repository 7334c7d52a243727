"""The Mixed API clients: one attribute per resource, created on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ._runtime.client import AsyncClient, SyncClient
from ._runtime.operation import SecurityScheme
from ._version import __api_version__, __version__

if TYPE_CHECKING:
    from .resources.nodes import (
        AsyncNodesResource,
        AsyncNodesResourceWithRawResponse,
        AsyncNodesResourceWithStreamingResponse,
        NodesResource,
        NodesResourceWithRawResponse,
        NodesResourceWithStreamingResponse,
    )
    from .resources.pets import (
        AsyncPetsResource,
        AsyncPetsResourceWithRawResponse,
        AsyncPetsResourceWithStreamingResponse,
        PetsResource,
        PetsResourceWithRawResponse,
        PetsResourceWithStreamingResponse,
    )
    from .resources.pings import (
        AsyncPingsResource,
        AsyncPingsResourceWithRawResponse,
        AsyncPingsResourceWithStreamingResponse,
        PingsResource,
        PingsResourceWithRawResponse,
        PingsResourceWithStreamingResponse,
    )
    from .resources.uploads import (
        AsyncUploadsResource,
        AsyncUploadsResourceWithRawResponse,
        AsyncUploadsResourceWithStreamingResponse,
        UploadsResource,
        UploadsResourceWithRawResponse,
        UploadsResourceWithStreamingResponse,
    )

__all__ = ["MixedApi", "AsyncMixedApi"]


class MixedApi(SyncClient):
    """Synchronous client of the Mixed API 2.0.0.

    ``base_url`` and ``api_token`` fall back to the ``MIXED_API_BASE_URL`` and
    ``MIXED_API_API_TOKEN`` environment variables. Credentials of 'basicAuth' are read
    from ``MIXED_API_USERNAME`` and ``MIXED_API_PASSWORD`` when not passed. Credentials
    of 'keyCookie' are read from ``MIXED_API_KEY_COOKIE_API_KEY`` when not passed.
    Credentials of 'keyHeader' are read from ``MIXED_API_KEY_HEADER_API_KEY`` when not
    passed. Credentials of 'keyQuery' are read from ``MIXED_API_KEY_QUERY_API_KEY`` when
    not passed.
    """

    _sdk_name = "mixed_api"
    _sdk_version = __version__
    _api_version = __api_version__
    _api_name = "Mixed API"
    _base_url_env = "MIXED_API_BASE_URL"
    _log_env = "MIXED_API_LOG"
    _api_token_env = "MIXED_API_API_TOKEN"
    _credential_envs: ClassVar[dict[str, tuple[str, ...]]] = {
        "basicAuth": ("MIXED_API_USERNAME", "MIXED_API_PASSWORD"),
        "keyCookie": ("MIXED_API_KEY_COOKIE_API_KEY",),
        "keyHeader": ("MIXED_API_KEY_HEADER_API_KEY",),
        "keyQuery": ("MIXED_API_KEY_QUERY_API_KEY",),
    }
    _security_schemes: ClassVar[dict[str, SecurityScheme]] = {
        "basicAuth": SecurityScheme("basicAuth", "http", scheme="basic"),
        "bearerAuth": SecurityScheme("bearerAuth", "http", scheme="bearer"),
        "keyCookie": SecurityScheme(
            "keyCookie", "apiKey", location="cookie", parameter="session"
        ),
        "keyHeader": SecurityScheme(
            "keyHeader", "apiKey", location="header", parameter="X-Api-Key"
        ),
        "keyQuery": SecurityScheme(
            "keyQuery", "apiKey", location="query", parameter="api_key"
        ),
    }
    _default_security: ClassVar[tuple[tuple[str, ...], ...]] = (("bearerAuth",),)

    @cached_property
    def nodes(self) -> NodesResource:
        """Operations of nodes."""
        from .resources.nodes import NodesResource

        return NodesResource(self)

    @cached_property
    def pets(self) -> PetsResource:
        """Operations of pets."""
        from .resources.pets import PetsResource

        return PetsResource(self)

    @cached_property
    def pings(self) -> PingsResource:
        """Operations of pings."""
        from .resources.pings import PingsResource

        return PingsResource(self)

    @cached_property
    def uploads(self) -> UploadsResource:
        """Operations of uploads."""
        from .resources.uploads import UploadsResource

        return UploadsResource(self)

    @property
    def with_raw_response(self) -> MixedApiWithRawResponse:
        """The same resources, but each call returns an ``APIResponse`` (status,
        headers, the body, and ``parse()`` for the value the call would return)."""
        return MixedApiWithRawResponse(self._copy(raw=True))

    @property
    def with_streaming_response(self) -> MixedApiWithStreamingResponse:
        """The same resources, but each call returns a manager: ``with`` it to get a
        ``StreamedAPIResponse`` whose body is read only as you consume it."""
        return MixedApiWithStreamingResponse(self._copy(streaming=True))


class AsyncMixedApi(AsyncClient):
    """Asynchronous client of the Mixed API 2.0.0.

    ``base_url`` and ``api_token`` fall back to the ``MIXED_API_BASE_URL`` and
    ``MIXED_API_API_TOKEN`` environment variables. Credentials of 'basicAuth' are read
    from ``MIXED_API_USERNAME`` and ``MIXED_API_PASSWORD`` when not passed. Credentials
    of 'keyCookie' are read from ``MIXED_API_KEY_COOKIE_API_KEY`` when not passed.
    Credentials of 'keyHeader' are read from ``MIXED_API_KEY_HEADER_API_KEY`` when not
    passed. Credentials of 'keyQuery' are read from ``MIXED_API_KEY_QUERY_API_KEY`` when
    not passed.
    """

    _sdk_name = "mixed_api"
    _sdk_version = __version__
    _api_version = __api_version__
    _api_name = "Mixed API"
    _base_url_env = "MIXED_API_BASE_URL"
    _log_env = "MIXED_API_LOG"
    _api_token_env = "MIXED_API_API_TOKEN"
    _credential_envs: ClassVar[dict[str, tuple[str, ...]]] = {
        "basicAuth": ("MIXED_API_USERNAME", "MIXED_API_PASSWORD"),
        "keyCookie": ("MIXED_API_KEY_COOKIE_API_KEY",),
        "keyHeader": ("MIXED_API_KEY_HEADER_API_KEY",),
        "keyQuery": ("MIXED_API_KEY_QUERY_API_KEY",),
    }
    _security_schemes: ClassVar[dict[str, SecurityScheme]] = {
        "basicAuth": SecurityScheme("basicAuth", "http", scheme="basic"),
        "bearerAuth": SecurityScheme("bearerAuth", "http", scheme="bearer"),
        "keyCookie": SecurityScheme(
            "keyCookie", "apiKey", location="cookie", parameter="session"
        ),
        "keyHeader": SecurityScheme(
            "keyHeader", "apiKey", location="header", parameter="X-Api-Key"
        ),
        "keyQuery": SecurityScheme(
            "keyQuery", "apiKey", location="query", parameter="api_key"
        ),
    }
    _default_security: ClassVar[tuple[tuple[str, ...], ...]] = (("bearerAuth",),)

    @cached_property
    def nodes(self) -> AsyncNodesResource:
        """Operations of nodes."""
        from .resources.nodes import AsyncNodesResource

        return AsyncNodesResource(self)

    @cached_property
    def pets(self) -> AsyncPetsResource:
        """Operations of pets."""
        from .resources.pets import AsyncPetsResource

        return AsyncPetsResource(self)

    @cached_property
    def pings(self) -> AsyncPingsResource:
        """Operations of pings."""
        from .resources.pings import AsyncPingsResource

        return AsyncPingsResource(self)

    @cached_property
    def uploads(self) -> AsyncUploadsResource:
        """Operations of uploads."""
        from .resources.uploads import AsyncUploadsResource

        return AsyncUploadsResource(self)

    @property
    def with_raw_response(self) -> AsyncMixedApiWithRawResponse:
        """The same resources, but each call gives an ``APIResponse`` (status,
        headers, the body, and ``parse()`` for the value the call would give)."""
        return AsyncMixedApiWithRawResponse(self._copy(raw=True))

    @property
    def with_streaming_response(self) -> AsyncMixedApiWithStreamingResponse:
        """The same resources, but each call returns a manager: ``async with`` it to
        get an ``AsyncStreamedAPIResponse`` whose body is read as you consume it."""
        return AsyncMixedApiWithStreamingResponse(self._copy(streaming=True))


class MixedApiWithRawResponse:
    """``MixedApi.with_raw_response``: the client's resources, each call typed with what it returns in this mode."""

    def __init__(self, client: MixedApi) -> None:
        self._client = client

    @cached_property
    def nodes(self) -> NodesResourceWithRawResponse:
        from .resources.nodes import NodesResourceWithRawResponse

        return NodesResourceWithRawResponse(self._client.nodes)

    @cached_property
    def pets(self) -> PetsResourceWithRawResponse:
        from .resources.pets import PetsResourceWithRawResponse

        return PetsResourceWithRawResponse(self._client.pets)

    @cached_property
    def pings(self) -> PingsResourceWithRawResponse:
        from .resources.pings import PingsResourceWithRawResponse

        return PingsResourceWithRawResponse(self._client.pings)

    @cached_property
    def uploads(self) -> UploadsResourceWithRawResponse:
        from .resources.uploads import UploadsResourceWithRawResponse

        return UploadsResourceWithRawResponse(self._client.uploads)


class MixedApiWithStreamingResponse:
    """``MixedApi.with_streaming_response``: the client's resources, each call typed with what it returns in this mode."""

    def __init__(self, client: MixedApi) -> None:
        self._client = client

    @cached_property
    def nodes(self) -> NodesResourceWithStreamingResponse:
        from .resources.nodes import NodesResourceWithStreamingResponse

        return NodesResourceWithStreamingResponse(self._client.nodes)

    @cached_property
    def pets(self) -> PetsResourceWithStreamingResponse:
        from .resources.pets import PetsResourceWithStreamingResponse

        return PetsResourceWithStreamingResponse(self._client.pets)

    @cached_property
    def pings(self) -> PingsResourceWithStreamingResponse:
        from .resources.pings import PingsResourceWithStreamingResponse

        return PingsResourceWithStreamingResponse(self._client.pings)

    @cached_property
    def uploads(self) -> UploadsResourceWithStreamingResponse:
        from .resources.uploads import UploadsResourceWithStreamingResponse

        return UploadsResourceWithStreamingResponse(self._client.uploads)


class AsyncMixedApiWithRawResponse:
    """``AsyncMixedApi.with_raw_response``: the client's resources, each call typed with what it returns in this mode."""

    def __init__(self, client: AsyncMixedApi) -> None:
        self._client = client

    @cached_property
    def nodes(self) -> AsyncNodesResourceWithRawResponse:
        from .resources.nodes import AsyncNodesResourceWithRawResponse

        return AsyncNodesResourceWithRawResponse(self._client.nodes)

    @cached_property
    def pets(self) -> AsyncPetsResourceWithRawResponse:
        from .resources.pets import AsyncPetsResourceWithRawResponse

        return AsyncPetsResourceWithRawResponse(self._client.pets)

    @cached_property
    def pings(self) -> AsyncPingsResourceWithRawResponse:
        from .resources.pings import AsyncPingsResourceWithRawResponse

        return AsyncPingsResourceWithRawResponse(self._client.pings)

    @cached_property
    def uploads(self) -> AsyncUploadsResourceWithRawResponse:
        from .resources.uploads import AsyncUploadsResourceWithRawResponse

        return AsyncUploadsResourceWithRawResponse(self._client.uploads)


class AsyncMixedApiWithStreamingResponse:
    """``AsyncMixedApi.with_streaming_response``: the client's resources, each call typed with what it returns in this mode."""

    def __init__(self, client: AsyncMixedApi) -> None:
        self._client = client

    @cached_property
    def nodes(self) -> AsyncNodesResourceWithStreamingResponse:
        from .resources.nodes import AsyncNodesResourceWithStreamingResponse

        return AsyncNodesResourceWithStreamingResponse(self._client.nodes)

    @cached_property
    def pets(self) -> AsyncPetsResourceWithStreamingResponse:
        from .resources.pets import AsyncPetsResourceWithStreamingResponse

        return AsyncPetsResourceWithStreamingResponse(self._client.pets)

    @cached_property
    def pings(self) -> AsyncPingsResourceWithStreamingResponse:
        from .resources.pings import AsyncPingsResourceWithStreamingResponse

        return AsyncPingsResourceWithStreamingResponse(self._client.pings)

    @cached_property
    def uploads(self) -> AsyncUploadsResourceWithStreamingResponse:
        from .resources.uploads import AsyncUploadsResourceWithStreamingResponse

        return AsyncUploadsResourceWithStreamingResponse(self._client.uploads)
