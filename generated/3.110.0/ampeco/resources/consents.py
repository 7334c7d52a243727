"""Operations of ``client.consents`` (resource / consents)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.consent import Consent
    from ..models.consents_create_request import ConsentsCreateRequest
    from ..models.consents_listing_filter import ConsentsListingFilter

__all__ = ["AsyncConsentsResource", "ConsentsResource"]


class ConsentsResource:
    """Synchronous operations of resource / consents."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: ConsentsCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Consent:
        """Consents / Create

        Create user consent for a specific term version. If a consent already exists for the given user and term version combination, the request will fail with a 409 Conflict error.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/consents/v1.0`` (operationId ``consentsCreate``)
        """
        from ..models.consent import Consent

        return self._client._request(
            OPERATIONS["consentsCreate"],
            Consent,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def listing(
        self,
        *,
        filter: ConsentsListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Consent]:
        """Consents / Listing

        Retrieve consent data for users

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/consents/v1.0`` (operationId ``consentsListing``)
        """
        from ..models.consent import Consent

        return self._client._paginate(
            OPERATIONS["consentsListing"],
            Consent,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
        )


class AsyncConsentsResource:
    """Asynchronous operations of resource / consents."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: ConsentsCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Consent:
        """Consents / Create

        Create user consent for a specific term version. If a consent already exists for the given user and term version combination, the request will fail with a 409 Conflict error.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/consents/v1.0`` (operationId ``consentsCreate``)
        """
        from ..models.consent import Consent

        return await self._client._request(
            OPERATIONS["consentsCreate"],
            Consent,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def listing(
        self,
        *,
        filter: ConsentsListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Consent]:
        """Consents / Listing

        Retrieve consent data for users

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/consents/v1.0`` (operationId ``consentsListing``)
        """
        from ..models.consent import Consent

        return self._client._paginate(
            OPERATIONS["consentsListing"],
            Consent,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
        )
