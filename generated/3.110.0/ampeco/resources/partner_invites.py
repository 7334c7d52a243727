"""Operations of ``client.partner_invites`` (resource / partner invites)."""

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
    from ..models.partner_invite import PartnerInvite
    from ..models.partner_invite_create_request import PartnerInviteCreateRequest
    from ..models.partner_invite_update_request import PartnerInviteUpdateRequest
    from ..models.partner_invites_listing_filter import PartnerInvitesListingFilter
    from ..params import (
        PartnerInviteCreateRequestParam,
        PartnerInviteUpdateRequestParam,
        PartnerInvitesListingFilterParam,
    )

__all__ = [
    "AsyncPartnerInvitesResource",
    "AsyncPartnerInvitesResourceWithRawResponse",
    "AsyncPartnerInvitesResourceWithStreamingResponse",
    "PartnerInvitesResource",
    "PartnerInvitesResourceWithRawResponse",
    "PartnerInvitesResourceWithStreamingResponse",
]


class PartnerInvitesResource:
    """Synchronous operations of resource / partner invites."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: PartnerInviteCreateRequest | PartnerInviteCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerInvite:
        """Partner Invite / Create

        Create new invite

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/partner-invites/v1.0`` (operationId ``partnerInviteCreate``)
        """
        from ..models.partner_invite import PartnerInvite
        from ..models.partner_invite_create_request import PartnerInviteCreateRequest

        return self._client._request(
            OPERATIONS["partnerInviteCreate"],
            PartnerInvite,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PartnerInviteCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        partner_invite: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        filter: (
            PartnerInvitesListingFilter | PartnerInvitesListingFilterParam | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.partner_invites_listing_filter import PartnerInvitesListingFilter

        return self._client._paginate(
            OPERATIONS["partnerInvitesListing"],
            PartnerInvite,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": PartnerInvitesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        partner_invite: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        partner_invite: int,
        *,
        body: PartnerInviteUpdateRequest | PartnerInviteUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.partner_invite_update_request import PartnerInviteUpdateRequest

        return self._client._request(
            OPERATIONS["partnerInviteUpdate"],
            PartnerInvite,
            path={"partnerInvite": partner_invite},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PartnerInviteUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncPartnerInvitesResource:
    """Asynchronous operations of resource / partner invites."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: PartnerInviteCreateRequest | PartnerInviteCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerInvite:
        """Partner Invite / Create

        Create new invite

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/partner-invites/v1.0`` (operationId ``partnerInviteCreate``)
        """
        from ..models.partner_invite import PartnerInvite
        from ..models.partner_invite_create_request import PartnerInviteCreateRequest

        return await self._client._request(
            OPERATIONS["partnerInviteCreate"],
            PartnerInvite,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PartnerInviteCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        partner_invite: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        filter: (
            PartnerInvitesListingFilter | PartnerInvitesListingFilterParam | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.partner_invites_listing_filter import PartnerInvitesListingFilter

        return self._client._paginate(
            OPERATIONS["partnerInvitesListing"],
            PartnerInvite,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": PartnerInvitesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        partner_invite: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        partner_invite: int,
        *,
        body: PartnerInviteUpdateRequest | PartnerInviteUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.partner_invite_update_request import PartnerInviteUpdateRequest

        return await self._client._request(
            OPERATIONS["partnerInviteUpdate"],
            PartnerInvite,
            path={"partnerInvite": partner_invite},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PartnerInviteUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class PartnerInvitesResourceWithRawResponse:
    """``client.with_raw_response.partner_invites`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: PartnerInvitesResource) -> None:
        self.create = to_raw(resource.create)
        self.delete = to_raw(resource.delete)
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)
        self.update = to_raw(resource.update)


class AsyncPartnerInvitesResourceWithRawResponse:
    """``client.with_raw_response.partner_invites`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncPartnerInvitesResource) -> None:
        self.create = to_async_raw(resource.create)
        self.delete = to_async_raw(resource.delete)
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)
        self.update = to_async_raw(resource.update)


class PartnerInvitesResourceWithStreamingResponse:
    """``client.with_streaming_response.partner_invites`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: PartnerInvitesResource) -> None:
        self.create = to_streamed(resource.create)
        self.delete = to_streamed(resource.delete)
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)
        self.update = to_streamed(resource.update)


class AsyncPartnerInvitesResourceWithStreamingResponse:
    """``client.with_streaming_response.partner_invites`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncPartnerInvitesResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.delete = to_async_streamed(resource.delete)
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
        self.update = to_async_streamed(resource.update)
