"""Operations of ``client.partner_contracts`` (resource / partner contracts)."""

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
    from ..models.circuits_listing_filter import CircuitsListingFilter
    from ..models.partner_contract import PartnerContract
    from ..models.partner_contract_create_request import PartnerContractCreateRequest
    from ..params import CircuitsListingFilterParam, PartnerContractCreateRequestParam

__all__ = [
    "AsyncPartnerContractsResource",
    "AsyncPartnerContractsResourceWithRawResponse",
    "AsyncPartnerContractsResourceWithStreamingResponse",
    "PartnerContractsResource",
    "PartnerContractsResourceWithRawResponse",
    "PartnerContractsResourceWithStreamingResponse",
]


class PartnerContractsResource:
    """Synchronous operations of resource / partner contracts."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: PartnerContractCreateRequest | PartnerContractCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerContract:
        """Partner Contract / Create

        Create new Partner Contract

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/partner-contracts/v1.0`` (operationId ``partnerContractCreate``)
        """
        from ..models.partner_contract import PartnerContract
        from ..models.partner_contract_create_request import (
            PartnerContractCreateRequest,
        )

        return self._client._request(
            OPERATIONS["partnerContractCreate"],
            PartnerContract,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PartnerContractCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        partner_contract: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Partner Contract / Delete

        Delete a Partner Contract

        Args:
            partner_contract: the partnerContract path parameter

        ``DELETE /public-api/resources/partner-contracts/v1.0/{partnerContract}`` (operationId ``partnerContractDelete``)
        """
        return self._client._request(
            OPERATIONS["partnerContractDelete"],
            None,
            path={"partnerContract": partner_contract},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: CircuitsListingFilter | CircuitsListingFilterParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[PartnerContract]:
        """Partner Contracts / Listing

        Get all Partner Contracts

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/partner-contracts/v1.0`` (operationId ``partnerContractsListing``)
        """
        from ..models.circuits_listing_filter import CircuitsListingFilter
        from ..models.partner_contract import PartnerContract

        return self._client._paginate(
            OPERATIONS["partnerContractsListing"],
            PartnerContract,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": CircuitsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        partner_contract: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerContract:
        """Partner Contract / Read

        Get a Partner Contract

        Args:
            partner_contract: the partnerContract path parameter

        ``GET /public-api/resources/partner-contracts/v1.0/{partnerContract}`` (operationId ``partnerContractRead``)
        """
        from ..models.partner_contract import PartnerContract

        return self._client._request(
            OPERATIONS["partnerContractRead"],
            PartnerContract,
            path={"partnerContract": partner_contract},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        partner_contract: int,
        *,
        body: PartnerContractCreateRequest | PartnerContractCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerContract:
        """Partner Contract / Update

        Update a Partner Contract

        Args:
            partner_contract: the partnerContract path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/partner-contracts/v1.0/{partnerContract}`` (operationId ``partnerContractUpdate``)
        """
        from ..models.partner_contract import PartnerContract
        from ..models.partner_contract_create_request import (
            PartnerContractCreateRequest,
        )

        return self._client._request(
            OPERATIONS["partnerContractUpdate"],
            PartnerContract,
            path={"partnerContract": partner_contract},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PartnerContractCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncPartnerContractsResource:
    """Asynchronous operations of resource / partner contracts."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: PartnerContractCreateRequest | PartnerContractCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerContract:
        """Partner Contract / Create

        Create new Partner Contract

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/partner-contracts/v1.0`` (operationId ``partnerContractCreate``)
        """
        from ..models.partner_contract import PartnerContract
        from ..models.partner_contract_create_request import (
            PartnerContractCreateRequest,
        )

        return await self._client._request(
            OPERATIONS["partnerContractCreate"],
            PartnerContract,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PartnerContractCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        partner_contract: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Partner Contract / Delete

        Delete a Partner Contract

        Args:
            partner_contract: the partnerContract path parameter

        ``DELETE /public-api/resources/partner-contracts/v1.0/{partnerContract}`` (operationId ``partnerContractDelete``)
        """
        return await self._client._request(
            OPERATIONS["partnerContractDelete"],
            None,
            path={"partnerContract": partner_contract},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: CircuitsListingFilter | CircuitsListingFilterParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[PartnerContract]:
        """Partner Contracts / Listing

        Get all Partner Contracts

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/partner-contracts/v1.0`` (operationId ``partnerContractsListing``)
        """
        from ..models.circuits_listing_filter import CircuitsListingFilter
        from ..models.partner_contract import PartnerContract

        return self._client._paginate(
            OPERATIONS["partnerContractsListing"],
            PartnerContract,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": CircuitsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        partner_contract: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerContract:
        """Partner Contract / Read

        Get a Partner Contract

        Args:
            partner_contract: the partnerContract path parameter

        ``GET /public-api/resources/partner-contracts/v1.0/{partnerContract}`` (operationId ``partnerContractRead``)
        """
        from ..models.partner_contract import PartnerContract

        return await self._client._request(
            OPERATIONS["partnerContractRead"],
            PartnerContract,
            path={"partnerContract": partner_contract},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        partner_contract: int,
        *,
        body: PartnerContractCreateRequest | PartnerContractCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerContract:
        """Partner Contract / Update

        Update a Partner Contract

        Args:
            partner_contract: the partnerContract path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/partner-contracts/v1.0/{partnerContract}`` (operationId ``partnerContractUpdate``)
        """
        from ..models.partner_contract import PartnerContract
        from ..models.partner_contract_create_request import (
            PartnerContractCreateRequest,
        )

        return await self._client._request(
            OPERATIONS["partnerContractUpdate"],
            PartnerContract,
            path={"partnerContract": partner_contract},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PartnerContractCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class PartnerContractsResourceWithRawResponse:
    """``client.with_raw_response.partner_contracts`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: PartnerContractsResource) -> None:
        self.create = to_raw(resource.create)
        self.delete = to_raw(resource.delete)
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)
        self.update = to_raw(resource.update)


class AsyncPartnerContractsResourceWithRawResponse:
    """``client.with_raw_response.partner_contracts`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncPartnerContractsResource) -> None:
        self.create = to_async_raw(resource.create)
        self.delete = to_async_raw(resource.delete)
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)
        self.update = to_async_raw(resource.update)


class PartnerContractsResourceWithStreamingResponse:
    """``client.with_streaming_response.partner_contracts`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: PartnerContractsResource) -> None:
        self.create = to_streamed(resource.create)
        self.delete = to_streamed(resource.delete)
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)
        self.update = to_streamed(resource.update)


class AsyncPartnerContractsResourceWithStreamingResponse:
    """``client.with_streaming_response.partner_contracts`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncPartnerContractsResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.delete = to_async_streamed(resource.delete)
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
        self.update = to_async_streamed(resource.update)
