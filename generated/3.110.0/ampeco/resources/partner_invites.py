"""Operations of ``client.partner_invites`` (resource / partner invites)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.partner_invite import PartnerInvite
    from ..models.partner_invite_create_request import PartnerInviteCreateRequest
    from ..models.partner_invite_update_request import PartnerInviteUpdateRequest
    from ..models.partner_invites_listing_filter import PartnerInvitesListingFilter

__all__ = ["AsyncPartnerInvitesResource", "PartnerInvitesResource"]


class PartnerInvitesResource:
    """Synchronous operations of resource / partner invites."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: PartnerInviteCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerInvite:
        """Partner Invite / Create

        Create new invite

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/partner-invites/v1.0`` (operationId ``partnerInviteCreate``)
        """
        from ..models.partner_invite import PartnerInvite

        return self._client._request(
            OPERATIONS["partnerInviteCreate"],
            PartnerInvite,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete(
        self,
        partner_invite: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Partner Invite / Delete

        Delete an invite

        Args:
            partner_invite: the partnerInvite path parameter

        ``DELETE /public-api/resources/partner-invites/v1.0/{partnerInvite}`` (operationId ``partnerInviteDelete``)
        """
        return self._client._request(
            OPERATIONS["partnerInviteDelete"],
            None,
            path={"partnerInvite": partner_invite},
            timeout=timeout,
        )

    def listing(
        self,
        *,
        filter: PartnerInvitesListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[PartnerInvite]:
        """Partner Invites / Listing

        Get all partner invites

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/partner-invites/v1.0`` (operationId ``partnerInvitesListing``)
        """
        from ..models.partner_invite import PartnerInvite

        return self._client._paginate(
            OPERATIONS["partnerInvitesListing"],
            PartnerInvite,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
        )

    def read(
        self,
        partner_invite: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerInvite:
        """Partner Invite / Read

        Get a invite

        Args:
            partner_invite: the partnerInvite path parameter

        ``GET /public-api/resources/partner-invites/v1.0/{partnerInvite}`` (operationId ``partnerInviteRead``)
        """
        from ..models.partner_invite import PartnerInvite

        return self._client._request(
            OPERATIONS["partnerInviteRead"],
            PartnerInvite,
            path={"partnerInvite": partner_invite},
            unwrap="data",
            timeout=timeout,
        )

    def update(
        self,
        partner_invite: int,
        *,
        body: PartnerInviteUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerInvite:
        """Partner Invite / Update

        Update a invite

        Args:
            partner_invite: the partnerInvite path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/partner-invites/v1.0/{partnerInvite}`` (operationId ``partnerInviteUpdate``)
        """
        from ..models.partner_invite import PartnerInvite

        return self._client._request(
            OPERATIONS["partnerInviteUpdate"],
            PartnerInvite,
            path={"partnerInvite": partner_invite},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncPartnerInvitesResource:
    """Asynchronous operations of resource / partner invites."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: PartnerInviteCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerInvite:
        """Partner Invite / Create

        Create new invite

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/partner-invites/v1.0`` (operationId ``partnerInviteCreate``)
        """
        from ..models.partner_invite import PartnerInvite

        return await self._client._request(
            OPERATIONS["partnerInviteCreate"],
            PartnerInvite,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete(
        self,
        partner_invite: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Partner Invite / Delete

        Delete an invite

        Args:
            partner_invite: the partnerInvite path parameter

        ``DELETE /public-api/resources/partner-invites/v1.0/{partnerInvite}`` (operationId ``partnerInviteDelete``)
        """
        return await self._client._request(
            OPERATIONS["partnerInviteDelete"],
            None,
            path={"partnerInvite": partner_invite},
            timeout=timeout,
        )

    def listing(
        self,
        *,
        filter: PartnerInvitesListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[PartnerInvite]:
        """Partner Invites / Listing

        Get all partner invites

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/partner-invites/v1.0`` (operationId ``partnerInvitesListing``)
        """
        from ..models.partner_invite import PartnerInvite

        return self._client._paginate(
            OPERATIONS["partnerInvitesListing"],
            PartnerInvite,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
        )

    async def read(
        self,
        partner_invite: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerInvite:
        """Partner Invite / Read

        Get a invite

        Args:
            partner_invite: the partnerInvite path parameter

        ``GET /public-api/resources/partner-invites/v1.0/{partnerInvite}`` (operationId ``partnerInviteRead``)
        """
        from ..models.partner_invite import PartnerInvite

        return await self._client._request(
            OPERATIONS["partnerInviteRead"],
            PartnerInvite,
            path={"partnerInvite": partner_invite},
            unwrap="data",
            timeout=timeout,
        )

    async def update(
        self,
        partner_invite: int,
        *,
        body: PartnerInviteUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerInvite:
        """Partner Invite / Update

        Update a invite

        Args:
            partner_invite: the partnerInvite path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/partner-invites/v1.0/{partnerInvite}`` (operationId ``partnerInviteUpdate``)
        """
        from ..models.partner_invite import PartnerInvite

        return await self._client._request(
            OPERATIONS["partnerInviteUpdate"],
            PartnerInvite,
            path={"partnerInvite": partner_invite},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
