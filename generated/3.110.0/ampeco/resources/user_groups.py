"""Operations of ``client.user_groups`` (resource / user-groups)."""

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
    from ..models.user_group import UserGroup
    from ..models.user_group_create_request import UserGroupCreateRequest
    from ..models.user_groups_listing_filter import UserGroupsListingFilter
    from ..params import UserGroupCreateRequestParam, UserGroupsListingFilterParam

__all__ = [
    "AsyncUserGroupsResource",
    "AsyncUserGroupsResourceWithRawResponse",
    "AsyncUserGroupsResourceWithStreamingResponse",
    "UserGroupsResource",
    "UserGroupsResourceWithRawResponse",
    "UserGroupsResourceWithStreamingResponse",
]


class UserGroupsResource:
    """Synchronous operations of resource / user-groups."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: UserGroupCreateRequest | UserGroupCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserGroup:
        """User Group / Create

        Create new user group.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/user-groups/v1.0`` (operationId ``userGroupCreate``)
        """
        from ..models.user_group import UserGroup
        from ..models.user_group_create_request import UserGroupCreateRequest

        return self._client._request(
            OPERATIONS["userGroupCreate"],
            UserGroup,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=UserGroupCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        user_group: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """User Group / Delete

        Delete a user group

        Args:
            user_group: the userGroup path parameter

        ``DELETE /public-api/resources/user-groups/v1.0/{userGroup}`` (operationId ``userGroupDelete``)
        """
        return self._client._request(
            OPERATIONS["userGroupDelete"],
            None,
            path={"userGroup": user_group},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        filter: UserGroupsListingFilter | UserGroupsListingFilterParam | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[UserGroup]:
        """User Groups / Listing

        Get all user groups

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/user-groups/v1.0`` (operationId ``userGroupsListing``)
        """
        from ..models.user_group import UserGroup
        from ..models.user_groups_listing_filter import UserGroupsListingFilter

        return self._client._paginate(
            OPERATIONS["userGroupsListing"],
            UserGroup,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": UserGroupsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        user_group: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserGroup:
        """User Group / Read

        Get an user group

        Args:
            user_group: the userGroup path parameter

        ``GET /public-api/resources/user-groups/v1.0/{userGroup}`` (operationId ``userGroupRead``)
        """
        from ..models.user_group import UserGroup

        return self._client._request(
            OPERATIONS["userGroupRead"],
            UserGroup,
            path={"userGroup": user_group},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        user_group: int,
        *,
        body: UserGroupCreateRequest | UserGroupCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserGroup:
        """User Group / Update

        Update a user group

        Args:
            user_group: the userGroup path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/user-groups/v1.0/{userGroup}`` (operationId ``userGroupUpdate``)
        """
        from ..models.user_group import UserGroup
        from ..models.user_group_create_request import UserGroupCreateRequest

        return self._client._request(
            OPERATIONS["userGroupUpdate"],
            UserGroup,
            path={"userGroup": user_group},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=UserGroupCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncUserGroupsResource:
    """Asynchronous operations of resource / user-groups."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: UserGroupCreateRequest | UserGroupCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserGroup:
        """User Group / Create

        Create new user group.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/user-groups/v1.0`` (operationId ``userGroupCreate``)
        """
        from ..models.user_group import UserGroup
        from ..models.user_group_create_request import UserGroupCreateRequest

        return await self._client._request(
            OPERATIONS["userGroupCreate"],
            UserGroup,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=UserGroupCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        user_group: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """User Group / Delete

        Delete a user group

        Args:
            user_group: the userGroup path parameter

        ``DELETE /public-api/resources/user-groups/v1.0/{userGroup}`` (operationId ``userGroupDelete``)
        """
        return await self._client._request(
            OPERATIONS["userGroupDelete"],
            None,
            path={"userGroup": user_group},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        filter: UserGroupsListingFilter | UserGroupsListingFilterParam | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[UserGroup]:
        """User Groups / Listing

        Get all user groups

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/user-groups/v1.0`` (operationId ``userGroupsListing``)
        """
        from ..models.user_group import UserGroup
        from ..models.user_groups_listing_filter import UserGroupsListingFilter

        return self._client._paginate(
            OPERATIONS["userGroupsListing"],
            UserGroup,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": UserGroupsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        user_group: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserGroup:
        """User Group / Read

        Get an user group

        Args:
            user_group: the userGroup path parameter

        ``GET /public-api/resources/user-groups/v1.0/{userGroup}`` (operationId ``userGroupRead``)
        """
        from ..models.user_group import UserGroup

        return await self._client._request(
            OPERATIONS["userGroupRead"],
            UserGroup,
            path={"userGroup": user_group},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        user_group: int,
        *,
        body: UserGroupCreateRequest | UserGroupCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserGroup:
        """User Group / Update

        Update a user group

        Args:
            user_group: the userGroup path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/user-groups/v1.0/{userGroup}`` (operationId ``userGroupUpdate``)
        """
        from ..models.user_group import UserGroup
        from ..models.user_group_create_request import UserGroupCreateRequest

        return await self._client._request(
            OPERATIONS["userGroupUpdate"],
            UserGroup,
            path={"userGroup": user_group},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=UserGroupCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class UserGroupsResourceWithRawResponse:
    """``client.with_raw_response.user_groups`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: UserGroupsResource) -> None:
        self.create = to_raw(resource.create)
        self.delete = to_raw(resource.delete)
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)
        self.update = to_raw(resource.update)


class AsyncUserGroupsResourceWithRawResponse:
    """``client.with_raw_response.user_groups`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncUserGroupsResource) -> None:
        self.create = to_async_raw(resource.create)
        self.delete = to_async_raw(resource.delete)
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)
        self.update = to_async_raw(resource.update)


class UserGroupsResourceWithStreamingResponse:
    """``client.with_streaming_response.user_groups`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: UserGroupsResource) -> None:
        self.create = to_streamed(resource.create)
        self.delete = to_streamed(resource.delete)
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)
        self.update = to_streamed(resource.update)


class AsyncUserGroupsResourceWithStreamingResponse:
    """``client.with_streaming_response.user_groups`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncUserGroupsResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.delete = to_async_streamed(resource.delete)
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
        self.update = to_async_streamed(resource.update)
