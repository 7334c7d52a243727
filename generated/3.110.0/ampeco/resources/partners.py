"""Operations of ``client.partners`` (resource / partners)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.partner import Partner
    from ..models.partner_create_deprecated_request import (
        PartnerCreateDeprecatedRequest,
    )
    from ..models.partner_create_request import PartnerCreateRequest
    from ..models.partner_deprecated import PartnerDeprecated
    from ..models.partner_update_request_option1 import PartnerUpdateRequestOption1
    from ..models.partners_listing_filter import PartnersListingFilter

__all__ = ["AsyncPartnersResource", "PartnersResource"]


class PartnersResource:
    """Synchronous operations of resource / partners."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: PartnerCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Partner:
        """Partner / Create

        Create new partner

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/partners/v2.0`` (operationId ``partnerCreate``)
        """
        from ..models.partner import Partner

        return self._client._request(
            OPERATIONS["partnerCreate"],
            Partner,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def create_deprecated(
        self,
        *,
        body: PartnerCreateDeprecatedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerDeprecated:
        """Partner / Create

        Create new partner

        Deprecated. Use ``client.partners.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/partners/v1.0`` (operationId ``partnerCreateDeprecated``)
        """
        from ..models.partner_deprecated import PartnerDeprecated

        return self._client._request(
            OPERATIONS["partnerCreateDeprecated"],
            PartnerDeprecated,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete(
        self,
        partner: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Partner / Delete

        Delete a partner

        Args:
            partner: the partner path parameter

        ``DELETE /public-api/resources/partners/v2.0/{partner}`` (operationId ``partnerDelete``)
        """
        return self._client._request(
            OPERATIONS["partnerDelete"],
            None,
            path={"partner": partner},
            timeout=timeout,
        )

    def delete_deprecated(
        self,
        partner: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Partner / Delete

        Delete a partner

        Deprecated. Use ``client.partners.delete()`` instead.

        Args:
            partner: the partner path parameter

        ``DELETE /public-api/resources/partners/v1.0/{partner}`` (operationId ``partnerDeleteDeprecated``)
        """
        return self._client._request(
            OPERATIONS["partnerDeleteDeprecated"],
            None,
            path={"partner": partner},
            timeout=timeout,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: PartnersListingFilter | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Partner]:
        """Partners / Listing

        Get all partners

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/partners/v2.0`` (operationId ``partnersListing``)
        """
        from ..models.partner import Partner

        return self._client._paginate(
            OPERATIONS["partnersListing"],
            Partner,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: PartnersListingFilter | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[PartnerDeprecated]:
        """Partners / Listing

        Get all partners

        Deprecated. Use ``client.partners.listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/partners/v1.0`` (operationId ``partnersListingDeprecated``)
        """
        from ..models.partner_deprecated import PartnerDeprecated

        return self._client._paginate(
            OPERATIONS["partnersListingDeprecated"],
            PartnerDeprecated,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    def read(
        self,
        partner: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Partner:
        """Partner / Read

        Get a partner

        Args:
            partner: the partner path parameter

        ``GET /public-api/resources/partners/v2.0/{partner}`` (operationId ``partnerRead``)
        """
        from ..models.partner import Partner

        return self._client._request(
            OPERATIONS["partnerRead"],
            Partner,
            path={"partner": partner},
            unwrap="data",
            timeout=timeout,
        )

    def read_deprecated(
        self,
        partner: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerDeprecated:
        """Partner / Read

        Get a partner

        Deprecated. Use ``client.partners.read()`` instead.

        Args:
            partner: the partner path parameter

        ``GET /public-api/resources/partners/v1.0/{partner}`` (operationId ``partnerReadDeprecated``)
        """
        from ..models.partner_deprecated import PartnerDeprecated

        return self._client._request(
            OPERATIONS["partnerReadDeprecated"],
            PartnerDeprecated,
            path={"partner": partner},
            unwrap="data",
            timeout=timeout,
        )

    def update(
        self,
        partner: int,
        *,
        body: PartnerUpdateRequestOption1 | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Partner:
        """Partner / Update

        Update a partner

        Args:
            partner: the partner path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/partners/v2.0/{partner}`` (operationId ``partnerUpdate``)
        """
        from ..models.partner import Partner

        return self._client._request(
            OPERATIONS["partnerUpdate"],
            Partner,
            path={"partner": partner},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def update_deprecated(
        self,
        partner: int,
        *,
        body: PartnerCreateDeprecatedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerDeprecated:
        """Partner / Update

        Update a partner

        Deprecated. Use ``client.partners.update()`` instead.

        Args:
            partner: the partner path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/partners/v1.0/{partner}`` (operationId ``partnerUpdateDeprecated``)
        """
        from ..models.partner_deprecated import PartnerDeprecated

        return self._client._request(
            OPERATIONS["partnerUpdateDeprecated"],
            PartnerDeprecated,
            path={"partner": partner},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncPartnersResource:
    """Asynchronous operations of resource / partners."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: PartnerCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Partner:
        """Partner / Create

        Create new partner

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/partners/v2.0`` (operationId ``partnerCreate``)
        """
        from ..models.partner import Partner

        return await self._client._request(
            OPERATIONS["partnerCreate"],
            Partner,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def create_deprecated(
        self,
        *,
        body: PartnerCreateDeprecatedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerDeprecated:
        """Partner / Create

        Create new partner

        Deprecated. Use ``client.partners.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/partners/v1.0`` (operationId ``partnerCreateDeprecated``)
        """
        from ..models.partner_deprecated import PartnerDeprecated

        return await self._client._request(
            OPERATIONS["partnerCreateDeprecated"],
            PartnerDeprecated,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete(
        self,
        partner: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Partner / Delete

        Delete a partner

        Args:
            partner: the partner path parameter

        ``DELETE /public-api/resources/partners/v2.0/{partner}`` (operationId ``partnerDelete``)
        """
        return await self._client._request(
            OPERATIONS["partnerDelete"],
            None,
            path={"partner": partner},
            timeout=timeout,
        )

    async def delete_deprecated(
        self,
        partner: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Partner / Delete

        Delete a partner

        Deprecated. Use ``client.partners.delete()`` instead.

        Args:
            partner: the partner path parameter

        ``DELETE /public-api/resources/partners/v1.0/{partner}`` (operationId ``partnerDeleteDeprecated``)
        """
        return await self._client._request(
            OPERATIONS["partnerDeleteDeprecated"],
            None,
            path={"partner": partner},
            timeout=timeout,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: PartnersListingFilter | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Partner]:
        """Partners / Listing

        Get all partners

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/partners/v2.0`` (operationId ``partnersListing``)
        """
        from ..models.partner import Partner

        return self._client._paginate(
            OPERATIONS["partnersListing"],
            Partner,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: PartnersListingFilter | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[PartnerDeprecated]:
        """Partners / Listing

        Get all partners

        Deprecated. Use ``client.partners.listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/partners/v1.0`` (operationId ``partnersListingDeprecated``)
        """
        from ..models.partner_deprecated import PartnerDeprecated

        return self._client._paginate(
            OPERATIONS["partnersListingDeprecated"],
            PartnerDeprecated,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    async def read(
        self,
        partner: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Partner:
        """Partner / Read

        Get a partner

        Args:
            partner: the partner path parameter

        ``GET /public-api/resources/partners/v2.0/{partner}`` (operationId ``partnerRead``)
        """
        from ..models.partner import Partner

        return await self._client._request(
            OPERATIONS["partnerRead"],
            Partner,
            path={"partner": partner},
            unwrap="data",
            timeout=timeout,
        )

    async def read_deprecated(
        self,
        partner: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerDeprecated:
        """Partner / Read

        Get a partner

        Deprecated. Use ``client.partners.read()`` instead.

        Args:
            partner: the partner path parameter

        ``GET /public-api/resources/partners/v1.0/{partner}`` (operationId ``partnerReadDeprecated``)
        """
        from ..models.partner_deprecated import PartnerDeprecated

        return await self._client._request(
            OPERATIONS["partnerReadDeprecated"],
            PartnerDeprecated,
            path={"partner": partner},
            unwrap="data",
            timeout=timeout,
        )

    async def update(
        self,
        partner: int,
        *,
        body: PartnerUpdateRequestOption1 | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Partner:
        """Partner / Update

        Update a partner

        Args:
            partner: the partner path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/partners/v2.0/{partner}`` (operationId ``partnerUpdate``)
        """
        from ..models.partner import Partner

        return await self._client._request(
            OPERATIONS["partnerUpdate"],
            Partner,
            path={"partner": partner},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def update_deprecated(
        self,
        partner: int,
        *,
        body: PartnerCreateDeprecatedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerDeprecated:
        """Partner / Update

        Update a partner

        Deprecated. Use ``client.partners.update()`` instead.

        Args:
            partner: the partner path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/partners/v1.0/{partner}`` (operationId ``partnerUpdateDeprecated``)
        """
        from ..models.partner_deprecated import PartnerDeprecated

        return await self._client._request(
            OPERATIONS["partnerUpdateDeprecated"],
            PartnerDeprecated,
            path={"partner": partner},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
