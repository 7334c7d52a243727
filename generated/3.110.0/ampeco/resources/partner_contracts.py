"""Operations of ``client.partner_contracts`` (resource / partner contracts)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.circuits_listing_filter import CircuitsListingFilter
    from ..models.partner_contract import PartnerContract
    from ..models.partner_contract_create_request import PartnerContractCreateRequest

__all__ = ["AsyncPartnerContractsResource", "PartnerContractsResource"]


class PartnerContractsResource:
    """Synchronous operations of resource / partner contracts."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: PartnerContractCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerContract:
        """Partner Contract / Create

        Create new Partner Contract

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/partner-contracts/v1.0`` (operationId ``partnerContractCreate``)
        """
        from ..models.partner_contract import PartnerContract

        return self._client._request(
            OPERATIONS["partnerContractCreate"],
            PartnerContract,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete(
        self,
        partner_contract: int,
        *,
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
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: CircuitsListingFilter | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[PartnerContract]:
        """Partner Contracts / Listing

        Get all Partner Contracts

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/partner-contracts/v1.0`` (operationId ``partnerContractsListing``)
        """
        from ..models.partner_contract import PartnerContract

        return self._client._paginate(
            OPERATIONS["partnerContractsListing"],
            PartnerContract,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    def read(
        self,
        partner_contract: int,
        *,
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
        )

    def update(
        self,
        partner_contract: int,
        *,
        body: PartnerContractCreateRequest | Mapping[str, Any],
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

        return self._client._request(
            OPERATIONS["partnerContractUpdate"],
            PartnerContract,
            path={"partnerContract": partner_contract},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncPartnerContractsResource:
    """Asynchronous operations of resource / partner contracts."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: PartnerContractCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerContract:
        """Partner Contract / Create

        Create new Partner Contract

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/partner-contracts/v1.0`` (operationId ``partnerContractCreate``)
        """
        from ..models.partner_contract import PartnerContract

        return await self._client._request(
            OPERATIONS["partnerContractCreate"],
            PartnerContract,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete(
        self,
        partner_contract: int,
        *,
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
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: CircuitsListingFilter | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[PartnerContract]:
        """Partner Contracts / Listing

        Get all Partner Contracts

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/partner-contracts/v1.0`` (operationId ``partnerContractsListing``)
        """
        from ..models.partner_contract import PartnerContract

        return self._client._paginate(
            OPERATIONS["partnerContractsListing"],
            PartnerContract,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    async def read(
        self,
        partner_contract: int,
        *,
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
        )

    async def update(
        self,
        partner_contract: int,
        *,
        body: PartnerContractCreateRequest | Mapping[str, Any],
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

        return await self._client._request(
            OPERATIONS["partnerContractUpdate"],
            PartnerContract,
            path={"partnerContract": partner_contract},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
