"""Operations of ``client.user_groups`` (resource / user-groups)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.user_group import UserGroup
    from ..models.user_group_create_request import UserGroupCreateRequest
    from ..models.user_groups_listing_filter import UserGroupsListingFilter

__all__ = ["AsyncUserGroupsResource", "UserGroupsResource"]


class UserGroupsResource:
    """Synchronous operations of resource / user-groups."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: UserGroupCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserGroup:
        """User Group / Create

        Create new user group.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/user-groups/v1.0`` (operationId ``userGroupCreate``)
        """
        from ..models.user_group import UserGroup

        return self._client._request(
            OPERATIONS["userGroupCreate"],
            UserGroup,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete(
        self,
        user_group: int,
        *,
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
        )

    def listing(
        self,
        *,
        filter: UserGroupsListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
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

        return self._client._paginate(
            OPERATIONS["userGroupsListing"],
            UserGroup,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
        )

    def read(
        self,
        user_group: int,
        *,
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
        )

    def update(
        self,
        user_group: int,
        *,
        body: UserGroupCreateRequest | Mapping[str, Any],
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

        return self._client._request(
            OPERATIONS["userGroupUpdate"],
            UserGroup,
            path={"userGroup": user_group},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncUserGroupsResource:
    """Asynchronous operations of resource / user-groups."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: UserGroupCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserGroup:
        """User Group / Create

        Create new user group.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/user-groups/v1.0`` (operationId ``userGroupCreate``)
        """
        from ..models.user_group import UserGroup

        return await self._client._request(
            OPERATIONS["userGroupCreate"],
            UserGroup,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete(
        self,
        user_group: int,
        *,
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
        )

    def listing(
        self,
        *,
        filter: UserGroupsListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
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

        return self._client._paginate(
            OPERATIONS["userGroupsListing"],
            UserGroup,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
        )

    async def read(
        self,
        user_group: int,
        *,
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
        )

    async def update(
        self,
        user_group: int,
        *,
        body: UserGroupCreateRequest | Mapping[str, Any],
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

        return await self._client._request(
            OPERATIONS["userGroupUpdate"],
            UserGroup,
            path={"userGroup": user_group},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
