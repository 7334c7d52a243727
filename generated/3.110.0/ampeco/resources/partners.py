"""Operations of ``client.partners`` (resource / partners)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._operations import OPERATIONS
from .._runtime.streaming import (
    to_async_raw,
    to_async_raw_listing,
    to_async_streamed,
    to_async_streamed_listing,
    to_raw,
    to_raw_listing,
    to_streamed,
    to_streamed_listing,
)
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
    from ..params import (
        PartnerCreateDeprecatedRequestParam,
        PartnerCreateRequestParam,
        PartnerUpdateRequestOption1Param,
        PartnersListingFilterParam,
    )

__all__ = [
    "AsyncPartnersResource",
    "AsyncPartnersResourceWithRawResponse",
    "AsyncPartnersResourceWithStreamingResponse",
    "PartnersResource",
    "PartnersResourceWithRawResponse",
    "PartnersResourceWithStreamingResponse",
]


class PartnersResource:
    """Synchronous operations of resource / partners."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: PartnerCreateRequest | PartnerCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Partner:
        """Partner / Create

        Create new partner

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/partners/v2.0`` (operationId ``partnerCreate``)
        """
        from ..models.partner import Partner
        from ..models.partner_create_request import PartnerCreateRequest

        return self._client._request(
            OPERATIONS["partnerCreate"],
            Partner,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PartnerCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create_deprecated(
        self,
        *,
        body: PartnerCreateDeprecatedRequest | PartnerCreateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerDeprecated:
        """Partner / Create

        Create new partner

        Deprecated. Use ``client.partners.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/partners/v1.0`` (operationId ``partnerCreateDeprecated``)
        """
        from ..models.partner_create_deprecated_request import (
            PartnerCreateDeprecatedRequest,
        )
        from ..models.partner_deprecated import PartnerDeprecated

        return self._client._request(
            OPERATIONS["partnerCreateDeprecated"],
            PartnerDeprecated,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PartnerCreateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        partner: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_deprecated(
        self,
        partner: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: PartnersListingFilter | PartnersListingFilterParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.partners_listing_filter import PartnersListingFilter

        return self._client._paginate(
            OPERATIONS["partnersListing"],
            Partner,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": PartnersListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: PartnersListingFilter | PartnersListingFilterParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.partners_listing_filter import PartnersListingFilter

        return self._client._paginate(
            OPERATIONS["partnersListingDeprecated"],
            PartnerDeprecated,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": PartnersListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        partner: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read_deprecated(
        self,
        partner: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        partner: int,
        *,
        body: PartnerUpdateRequestOption1 | PartnerUpdateRequestOption1Param,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.partner_update_request_option1 import PartnerUpdateRequestOption1

        return self._client._request(
            OPERATIONS["partnerUpdate"],
            Partner,
            path={"partner": partner},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PartnerUpdateRequestOption1,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_deprecated(
        self,
        partner: int,
        *,
        body: PartnerCreateDeprecatedRequest | PartnerCreateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.partner_create_deprecated_request import (
            PartnerCreateDeprecatedRequest,
        )
        from ..models.partner_deprecated import PartnerDeprecated

        return self._client._request(
            OPERATIONS["partnerUpdateDeprecated"],
            PartnerDeprecated,
            path={"partner": partner},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PartnerCreateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncPartnersResource:
    """Asynchronous operations of resource / partners."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: PartnerCreateRequest | PartnerCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Partner:
        """Partner / Create

        Create new partner

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/partners/v2.0`` (operationId ``partnerCreate``)
        """
        from ..models.partner import Partner
        from ..models.partner_create_request import PartnerCreateRequest

        return await self._client._request(
            OPERATIONS["partnerCreate"],
            Partner,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PartnerCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create_deprecated(
        self,
        *,
        body: PartnerCreateDeprecatedRequest | PartnerCreateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerDeprecated:
        """Partner / Create

        Create new partner

        Deprecated. Use ``client.partners.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/partners/v1.0`` (operationId ``partnerCreateDeprecated``)
        """
        from ..models.partner_create_deprecated_request import (
            PartnerCreateDeprecatedRequest,
        )
        from ..models.partner_deprecated import PartnerDeprecated

        return await self._client._request(
            OPERATIONS["partnerCreateDeprecated"],
            PartnerDeprecated,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PartnerCreateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        partner: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_deprecated(
        self,
        partner: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: PartnersListingFilter | PartnersListingFilterParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.partners_listing_filter import PartnersListingFilter

        return self._client._paginate(
            OPERATIONS["partnersListing"],
            Partner,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": PartnersListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: PartnersListingFilter | PartnersListingFilterParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.partners_listing_filter import PartnersListingFilter

        return self._client._paginate(
            OPERATIONS["partnersListingDeprecated"],
            PartnerDeprecated,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": PartnersListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        partner: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read_deprecated(
        self,
        partner: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        partner: int,
        *,
        body: PartnerUpdateRequestOption1 | PartnerUpdateRequestOption1Param,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.partner_update_request_option1 import PartnerUpdateRequestOption1

        return await self._client._request(
            OPERATIONS["partnerUpdate"],
            Partner,
            path={"partner": partner},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PartnerUpdateRequestOption1,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_deprecated(
        self,
        partner: int,
        *,
        body: PartnerCreateDeprecatedRequest | PartnerCreateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.partner_create_deprecated_request import (
            PartnerCreateDeprecatedRequest,
        )
        from ..models.partner_deprecated import PartnerDeprecated

        return await self._client._request(
            OPERATIONS["partnerUpdateDeprecated"],
            PartnerDeprecated,
            path={"partner": partner},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PartnerCreateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class PartnersResourceWithRawResponse:
    """``client.with_raw_response.partners`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: PartnersResource) -> None:
        self.create = to_raw(resource.create)
        self.create_deprecated = to_raw(resource.create_deprecated)
        self.delete = to_raw(resource.delete)
        self.delete_deprecated = to_raw(resource.delete_deprecated)
        self.listing = to_raw_listing(resource.listing)
        self.listing_deprecated = to_raw_listing(resource.listing_deprecated)
        self.read = to_raw(resource.read)
        self.read_deprecated = to_raw(resource.read_deprecated)
        self.update = to_raw(resource.update)
        self.update_deprecated = to_raw(resource.update_deprecated)


class AsyncPartnersResourceWithRawResponse:
    """``client.with_raw_response.partners`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncPartnersResource) -> None:
        self.create = to_async_raw(resource.create)
        self.create_deprecated = to_async_raw(resource.create_deprecated)
        self.delete = to_async_raw(resource.delete)
        self.delete_deprecated = to_async_raw(resource.delete_deprecated)
        self.listing = to_async_raw_listing(resource.listing)
        self.listing_deprecated = to_async_raw_listing(resource.listing_deprecated)
        self.read = to_async_raw(resource.read)
        self.read_deprecated = to_async_raw(resource.read_deprecated)
        self.update = to_async_raw(resource.update)
        self.update_deprecated = to_async_raw(resource.update_deprecated)


class PartnersResourceWithStreamingResponse:
    """``client.with_streaming_response.partners`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: PartnersResource) -> None:
        self.create = to_streamed(resource.create)
        self.create_deprecated = to_streamed(resource.create_deprecated)
        self.delete = to_streamed(resource.delete)
        self.delete_deprecated = to_streamed(resource.delete_deprecated)
        self.listing = to_streamed_listing(resource.listing)
        self.listing_deprecated = to_streamed_listing(resource.listing_deprecated)
        self.read = to_streamed(resource.read)
        self.read_deprecated = to_streamed(resource.read_deprecated)
        self.update = to_streamed(resource.update)
        self.update_deprecated = to_streamed(resource.update_deprecated)


class AsyncPartnersResourceWithStreamingResponse:
    """``client.with_streaming_response.partners`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncPartnersResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.create_deprecated = to_async_streamed(resource.create_deprecated)
        self.delete = to_async_streamed(resource.delete)
        self.delete_deprecated = to_async_streamed(resource.delete_deprecated)
        self.listing = to_async_streamed_listing(resource.listing)
        self.listing_deprecated = to_async_streamed_listing(resource.listing_deprecated)
        self.read = to_async_streamed(resource.read)
        self.read_deprecated = to_async_streamed(resource.read_deprecated)
        self.update = to_async_streamed(resource.update)
        self.update_deprecated = to_async_streamed(resource.update_deprecated)
