"""Operations of ``client.notifications`` (notifications)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.notification import Notification
    from ..models.notifications import Notifications
    from ..models.notifications_create_request import NotificationsCreateRequest
    from ..models.notifications_resend_failed_request import (
        NotificationsResendFailedRequest,
    )
    from ..models.notifications_subscribe_deprecated_request import (
        NotificationsSubscribeDeprecatedRequest,
    )

__all__ = ["AsyncNotificationsResource", "NotificationsResource"]


class NotificationsResource:
    """Synchronous operations of notifications."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        notification: str,
        *,
        body: NotificationsCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Notification:
        """Notifications / Update

        Update a notification

        Args:
            notification: the notification path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/notifications/v2.0/{notification}`` (operationId ``notificationsCreate``)
        """
        from ..models.notification import Notification

        return self._client._request(
            OPERATIONS["notificationsCreate"],
            Notification,
            path={"notification": notification},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def listing(
        self,
        *,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Notification]:
        """Notifications / Listing

        Args:
            per_page: The numbers of items to return

        ``GET /public-api/notifications/v2.0`` (operationId ``notificationsListing``)
        """
        from ..models.notification import Notification

        return self._client._paginate(
            OPERATIONS["notificationsListing"],
            Notification,
            query={"per_page": per_page},
            timeout=timeout,
        )

    def listing_deprecated(
        self,
        *,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Notifications]:
        """Notifications / Listing

        Deprecated. Use ``client.notifications.listing()`` instead.

        Args:
            per_page: The numbers of items to return

        ``GET /public-api/notifications/v1.0`` (operationId ``notificationsListingDeprecated``)
        """
        from ..models.notifications import Notifications

        return self._client._paginate(
            OPERATIONS["notificationsListingDeprecated"],
            Notifications,
            query={"per_page": per_page},
            timeout=timeout,
        )

    def read(
        self,
        notification: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Notification:
        """Notification / Read

        Get a notification

        Args:
            notification: the notification path parameter

        ``GET /public-api/notifications/v2.0/{notification}`` (operationId ``notificationRead``)
        """
        from ..models.notification import Notification

        return self._client._request(
            OPERATIONS["notificationRead"],
            Notification,
            path={"notification": notification},
            unwrap="data",
            timeout=timeout,
        )

    def read_deprecated(
        self,
        notification: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Notifications:
        """Notifications / Read

        Get a notification

        Deprecated.

        Args:
            notification: the notification path parameter

        ``GET /public-api/notifications/v1.0/{notification}`` (operationId ``notificationsReadDeprecated``)
        """
        from ..models.notifications import Notifications

        return self._client._request(
            OPERATIONS["notificationsReadDeprecated"],
            Notifications,
            path={"notification": notification},
            unwrap="data",
            timeout=timeout,
        )

    def resend_failed(
        self,
        notification: int,
        *,
        body: NotificationsResendFailedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Notifications / Resend Failed

        Resend failed webhook notifications.

        - Resend for a specific notification ID can be requested once every 15 minutes.
        - Notifications that are disabled cannot be resent.
        - Each failed notification will be resent only once. If it fails again, it will be added back to the failed notifications list.


        Args:
            notification: the notification path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/notifications/v1.0/{notification}/resend`` (operationId ``notificationsResendFailed``)
        """
        return self._client._request(
            OPERATIONS["notificationsResendFailed"],
            None,
            path={"notification": notification},
            body=body,
            timeout=timeout,
        )

    def subscribe(
        self,
        *,
        body: NotificationsCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Notification:
        """Notifications / Subscribe

        Subscribe for a webhook or kafka events. Each notification sent to the webhook/kafka will be retried
        a number of times and will be rate limited. The rate limits, retries and retry
        intervals will be configured by Ampeco.

        Each notification callback will contain a signature in the `X-Signature` request
        header which can be verified using SHA256-HMAC on the body of the request using
        the access token that was used when creating the notification as key.


        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/notifications/v2.0`` (operationId ``notificationsSubscribe``)
        """
        from ..models.notification import Notification

        return self._client._request(
            OPERATIONS["notificationsSubscribe"],
            Notification,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def subscribe_deprecated(
        self,
        *,
        body: NotificationsSubscribeDeprecatedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Notifications:
        """Notifications / Subscribe

        Subscribe for a webhook. Each notification sent to the webhook will be retried
        a number of times and will be rate limited. The rate limits, retries and retry
        intervals will be configured by Ampeco.

        Each notification callback will contain a signature in the `X-Signature` request
        header which can be verified using SHA256-HMAC on the body of the request using
        the access token that was used when creating the notification as key.


        Deprecated. Use ``client.notifications.subscribe()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/notifications/v1.0`` (operationId ``notificationsSubscribeDeprecated``)
        """
        from ..models.notifications import Notifications

        return self._client._request(
            OPERATIONS["notificationsSubscribeDeprecated"],
            Notifications,
            body=body,
            timeout=timeout,
        )

    def unsubscribe(
        self,
        notification: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Notifications / Unsubscribe

        Unsubscribe for a notification

        Args:
            notification: the notification path parameter

        ``DELETE /public-api/notifications/v2.0/{notification}`` (operationId ``notificationsUnsubscribe``)
        """
        return self._client._request(
            OPERATIONS["notificationsUnsubscribe"],
            None,
            path={"notification": notification},
            timeout=timeout,
        )

    def unsubscribe_deprecated(
        self,
        notification: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Notifications / Unsubscribe

        Unsubscribe for a webhook

        Deprecated. Use ``client.notifications.unsubscribe()`` instead.

        Args:
            notification: the notification path parameter

        ``DELETE /public-api/notifications/v1.0/{notification}`` (operationId ``notificationsUnsubscribeDeprecated``)
        """
        return self._client._request(
            OPERATIONS["notificationsUnsubscribeDeprecated"],
            None,
            path={"notification": notification},
            timeout=timeout,
        )

    def update_deprecated(
        self,
        notification: str,
        *,
        body: NotificationsSubscribeDeprecatedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Notifications:
        """Notifications / Update

        Update a notification

        Deprecated. Use ``client.notifications.create()`` instead.

        Args:
            notification: the notification path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/notifications/v1.0/{notification}`` (operationId ``notificationsUpdateDeprecated``)
        """
        from ..models.notifications import Notifications

        return self._client._request(
            OPERATIONS["notificationsUpdateDeprecated"],
            Notifications,
            path={"notification": notification},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncNotificationsResource:
    """Asynchronous operations of notifications."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        notification: str,
        *,
        body: NotificationsCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Notification:
        """Notifications / Update

        Update a notification

        Args:
            notification: the notification path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/notifications/v2.0/{notification}`` (operationId ``notificationsCreate``)
        """
        from ..models.notification import Notification

        return await self._client._request(
            OPERATIONS["notificationsCreate"],
            Notification,
            path={"notification": notification},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def listing(
        self,
        *,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Notification]:
        """Notifications / Listing

        Args:
            per_page: The numbers of items to return

        ``GET /public-api/notifications/v2.0`` (operationId ``notificationsListing``)
        """
        from ..models.notification import Notification

        return self._client._paginate(
            OPERATIONS["notificationsListing"],
            Notification,
            query={"per_page": per_page},
            timeout=timeout,
        )

    def listing_deprecated(
        self,
        *,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Notifications]:
        """Notifications / Listing

        Deprecated. Use ``client.notifications.listing()`` instead.

        Args:
            per_page: The numbers of items to return

        ``GET /public-api/notifications/v1.0`` (operationId ``notificationsListingDeprecated``)
        """
        from ..models.notifications import Notifications

        return self._client._paginate(
            OPERATIONS["notificationsListingDeprecated"],
            Notifications,
            query={"per_page": per_page},
            timeout=timeout,
        )

    async def read(
        self,
        notification: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Notification:
        """Notification / Read

        Get a notification

        Args:
            notification: the notification path parameter

        ``GET /public-api/notifications/v2.0/{notification}`` (operationId ``notificationRead``)
        """
        from ..models.notification import Notification

        return await self._client._request(
            OPERATIONS["notificationRead"],
            Notification,
            path={"notification": notification},
            unwrap="data",
            timeout=timeout,
        )

    async def read_deprecated(
        self,
        notification: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Notifications:
        """Notifications / Read

        Get a notification

        Deprecated.

        Args:
            notification: the notification path parameter

        ``GET /public-api/notifications/v1.0/{notification}`` (operationId ``notificationsReadDeprecated``)
        """
        from ..models.notifications import Notifications

        return await self._client._request(
            OPERATIONS["notificationsReadDeprecated"],
            Notifications,
            path={"notification": notification},
            unwrap="data",
            timeout=timeout,
        )

    async def resend_failed(
        self,
        notification: int,
        *,
        body: NotificationsResendFailedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Notifications / Resend Failed

        Resend failed webhook notifications.

        - Resend for a specific notification ID can be requested once every 15 minutes.
        - Notifications that are disabled cannot be resent.
        - Each failed notification will be resent only once. If it fails again, it will be added back to the failed notifications list.


        Args:
            notification: the notification path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/notifications/v1.0/{notification}/resend`` (operationId ``notificationsResendFailed``)
        """
        return await self._client._request(
            OPERATIONS["notificationsResendFailed"],
            None,
            path={"notification": notification},
            body=body,
            timeout=timeout,
        )

    async def subscribe(
        self,
        *,
        body: NotificationsCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Notification:
        """Notifications / Subscribe

        Subscribe for a webhook or kafka events. Each notification sent to the webhook/kafka will be retried
        a number of times and will be rate limited. The rate limits, retries and retry
        intervals will be configured by Ampeco.

        Each notification callback will contain a signature in the `X-Signature` request
        header which can be verified using SHA256-HMAC on the body of the request using
        the access token that was used when creating the notification as key.


        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/notifications/v2.0`` (operationId ``notificationsSubscribe``)
        """
        from ..models.notification import Notification

        return await self._client._request(
            OPERATIONS["notificationsSubscribe"],
            Notification,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def subscribe_deprecated(
        self,
        *,
        body: NotificationsSubscribeDeprecatedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Notifications:
        """Notifications / Subscribe

        Subscribe for a webhook. Each notification sent to the webhook will be retried
        a number of times and will be rate limited. The rate limits, retries and retry
        intervals will be configured by Ampeco.

        Each notification callback will contain a signature in the `X-Signature` request
        header which can be verified using SHA256-HMAC on the body of the request using
        the access token that was used when creating the notification as key.


        Deprecated. Use ``client.notifications.subscribe()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/notifications/v1.0`` (operationId ``notificationsSubscribeDeprecated``)
        """
        from ..models.notifications import Notifications

        return await self._client._request(
            OPERATIONS["notificationsSubscribeDeprecated"],
            Notifications,
            body=body,
            timeout=timeout,
        )

    async def unsubscribe(
        self,
        notification: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Notifications / Unsubscribe

        Unsubscribe for a notification

        Args:
            notification: the notification path parameter

        ``DELETE /public-api/notifications/v2.0/{notification}`` (operationId ``notificationsUnsubscribe``)
        """
        return await self._client._request(
            OPERATIONS["notificationsUnsubscribe"],
            None,
            path={"notification": notification},
            timeout=timeout,
        )

    async def unsubscribe_deprecated(
        self,
        notification: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Notifications / Unsubscribe

        Unsubscribe for a webhook

        Deprecated. Use ``client.notifications.unsubscribe()`` instead.

        Args:
            notification: the notification path parameter

        ``DELETE /public-api/notifications/v1.0/{notification}`` (operationId ``notificationsUnsubscribeDeprecated``)
        """
        return await self._client._request(
            OPERATIONS["notificationsUnsubscribeDeprecated"],
            None,
            path={"notification": notification},
            timeout=timeout,
        )

    async def update_deprecated(
        self,
        notification: str,
        *,
        body: NotificationsSubscribeDeprecatedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Notifications:
        """Notifications / Update

        Update a notification

        Deprecated. Use ``client.notifications.create()`` instead.

        Args:
            notification: the notification path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/notifications/v1.0/{notification}`` (operationId ``notificationsUpdateDeprecated``)
        """
        from ..models.notifications import Notifications

        return await self._client._request(
            OPERATIONS["notificationsUpdateDeprecated"],
            Notifications,
            path={"notification": notification},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
