"""The Mixed API clients: one attribute per resource, created on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ._runtime.client import AsyncClient, SyncClient
from ._runtime.operation import SecurityScheme
from ._version import __api_version__, __version__

if TYPE_CHECKING:
    from .resources.nodes import AsyncNodesResource, NodesResource
    from .resources.pets import AsyncPetsResource, PetsResource
    from .resources.pings import AsyncPingsResource, PingsResource
    from .resources.uploads import AsyncUploadsResource, UploadsResource

__all__ = ["Ampeco", "AsyncAmpeco"]


class Ampeco(SyncClient):
    """Synchronous client of the Mixed API 2.0.0.

    ``base_url`` and ``api_token`` fall back to the ``AMPECO_BASE_URL`` and
    ``AMPECO_API_TOKEN`` environment variables.
    """

    _sdk_name = "mixed_api"
    _sdk_version = __version__
    _api_version = __api_version__
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


class AsyncAmpeco(AsyncClient):
    """Asynchronous client of the Mixed API 2.0.0.

    ``base_url`` and ``api_token`` fall back to the ``AMPECO_BASE_URL`` and
    ``AMPECO_API_TOKEN`` environment variables.
    """

    _sdk_name = "mixed_api"
    _sdk_version = __version__
    _api_version = __api_version__
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
