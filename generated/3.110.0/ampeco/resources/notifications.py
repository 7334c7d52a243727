"""Operations of ``client.notifications`` (notifications)."""

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
    from ..models.notification import Notification_
    from ..models.notifications import Notifications
    from ..models.notifications_create_request import NotificationsCreateRequest
    from ..models.notifications_resend_failed_request import (
        NotificationsResendFailedRequest,
    )
    from ..models.notifications_subscribe_deprecated_request import (
        NotificationsSubscribeDeprecatedRequest,
    )
    from ..params import (
        NotificationsCreateRequestParam,
        NotificationsResendFailedRequestParam,
        NotificationsSubscribeDeprecatedRequestParam,
    )

__all__ = [
    "AsyncNotificationsResource",
    "AsyncNotificationsResourceWithRawResponse",
    "AsyncNotificationsResourceWithStreamingResponse",
    "NotificationsResource",
    "NotificationsResourceWithRawResponse",
    "NotificationsResourceWithStreamingResponse",
]


class NotificationsResource:
    """Synchronous operations of notifications."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        notification: str,
        *,
        body: NotificationsCreateRequest | NotificationsCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Notification_:
        """Notifications / Update

        Update a notification

        Args:
            notification: the notification path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/notifications/v2.0/{notification}`` (operationId ``notificationsCreate``)
        """
        from ..models.notification import Notification_
        from ..models.notifications_create_request import NotificationsCreateRequest

        return self._client._request(
            OPERATIONS["notificationsCreate"],
            Notification_,
            path={"notification": notification},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=NotificationsCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def listing(
        self,
        *,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Notification_]:
        """Notifications / Listing

        Args:
            per_page: The numbers of items to return

        ``GET /public-api/notifications/v2.0`` (operationId ``notificationsListing``)
        """
        from ..models.notification import Notification_

        return self._client._paginate(
            OPERATIONS["notificationsListing"],
            Notification_,
            query={"per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        notification: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Notification_:
        """Notification / Read

        Get a notification

        Args:
            notification: the notification path parameter

        ``GET /public-api/notifications/v2.0/{notification}`` (operationId ``notificationRead``)
        """
        from ..models.notification import Notification_

        return self._client._request(
            OPERATIONS["notificationRead"],
            Notification_,
            path={"notification": notification},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read_deprecated(
        self,
        notification: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def resend_failed(
        self,
        notification: int,
        *,
        body: NotificationsResendFailedRequest | NotificationsResendFailedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.notifications_resend_failed_request import (
            NotificationsResendFailedRequest,
        )

        return self._client._request(
            OPERATIONS["notificationsResendFailed"],
            None,
            path={"notification": notification},
            body=body,
            timeout=timeout,
            body_type=NotificationsResendFailedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def subscribe(
        self,
        *,
        body: NotificationsCreateRequest | NotificationsCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Notification_:
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
        from ..models.notification import Notification_
        from ..models.notifications_create_request import NotificationsCreateRequest

        return self._client._request(
            OPERATIONS["notificationsSubscribe"],
            Notification_,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=NotificationsCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def subscribe_deprecated(
        self,
        *,
        body: (
            NotificationsSubscribeDeprecatedRequest
            | NotificationsSubscribeDeprecatedRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.notifications_subscribe_deprecated_request import (
            NotificationsSubscribeDeprecatedRequest,
        )

        return self._client._request(
            OPERATIONS["notificationsSubscribeDeprecated"],
            Notifications,
            body=body,
            timeout=timeout,
            body_type=NotificationsSubscribeDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def unsubscribe(
        self,
        notification: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def unsubscribe_deprecated(
        self,
        notification: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_deprecated(
        self,
        notification: str,
        *,
        body: (
            NotificationsSubscribeDeprecatedRequest
            | NotificationsSubscribeDeprecatedRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.notifications_subscribe_deprecated_request import (
            NotificationsSubscribeDeprecatedRequest,
        )

        return self._client._request(
            OPERATIONS["notificationsUpdateDeprecated"],
            Notifications,
            path={"notification": notification},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=NotificationsSubscribeDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncNotificationsResource:
    """Asynchronous operations of notifications."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        notification: str,
        *,
        body: NotificationsCreateRequest | NotificationsCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Notification_:
        """Notifications / Update

        Update a notification

        Args:
            notification: the notification path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/notifications/v2.0/{notification}`` (operationId ``notificationsCreate``)
        """
        from ..models.notification import Notification_
        from ..models.notifications_create_request import NotificationsCreateRequest

        return await self._client._request(
            OPERATIONS["notificationsCreate"],
            Notification_,
            path={"notification": notification},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=NotificationsCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def listing(
        self,
        *,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Notification_]:
        """Notifications / Listing

        Args:
            per_page: The numbers of items to return

        ``GET /public-api/notifications/v2.0`` (operationId ``notificationsListing``)
        """
        from ..models.notification import Notification_

        return self._client._paginate(
            OPERATIONS["notificationsListing"],
            Notification_,
            query={"per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        notification: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Notification_:
        """Notification / Read

        Get a notification

        Args:
            notification: the notification path parameter

        ``GET /public-api/notifications/v2.0/{notification}`` (operationId ``notificationRead``)
        """
        from ..models.notification import Notification_

        return await self._client._request(
            OPERATIONS["notificationRead"],
            Notification_,
            path={"notification": notification},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read_deprecated(
        self,
        notification: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def resend_failed(
        self,
        notification: int,
        *,
        body: NotificationsResendFailedRequest | NotificationsResendFailedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.notifications_resend_failed_request import (
            NotificationsResendFailedRequest,
        )

        return await self._client._request(
            OPERATIONS["notificationsResendFailed"],
            None,
            path={"notification": notification},
            body=body,
            timeout=timeout,
            body_type=NotificationsResendFailedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def subscribe(
        self,
        *,
        body: NotificationsCreateRequest | NotificationsCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Notification_:
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
        from ..models.notification import Notification_
        from ..models.notifications_create_request import NotificationsCreateRequest

        return await self._client._request(
            OPERATIONS["notificationsSubscribe"],
            Notification_,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=NotificationsCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def subscribe_deprecated(
        self,
        *,
        body: (
            NotificationsSubscribeDeprecatedRequest
            | NotificationsSubscribeDeprecatedRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.notifications_subscribe_deprecated_request import (
            NotificationsSubscribeDeprecatedRequest,
        )

        return await self._client._request(
            OPERATIONS["notificationsSubscribeDeprecated"],
            Notifications,
            body=body,
            timeout=timeout,
            body_type=NotificationsSubscribeDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def unsubscribe(
        self,
        notification: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def unsubscribe_deprecated(
        self,
        notification: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_deprecated(
        self,
        notification: str,
        *,
        body: (
            NotificationsSubscribeDeprecatedRequest
            | NotificationsSubscribeDeprecatedRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.notifications_subscribe_deprecated_request import (
            NotificationsSubscribeDeprecatedRequest,
        )

        return await self._client._request(
            OPERATIONS["notificationsUpdateDeprecated"],
            Notifications,
            path={"notification": notification},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=NotificationsSubscribeDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class NotificationsResourceWithRawResponse:
    """``client.with_raw_response.notifications`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: NotificationsResource) -> None:
        self.create = to_raw(resource.create)
        self.listing = to_raw_listing(resource.listing)
        self.listing_deprecated = to_raw_listing(resource.listing_deprecated)
        self.read = to_raw(resource.read)
        self.read_deprecated = to_raw(resource.read_deprecated)
        self.resend_failed = to_raw(resource.resend_failed)
        self.subscribe = to_raw(resource.subscribe)
        self.subscribe_deprecated = to_raw(resource.subscribe_deprecated)
        self.unsubscribe = to_raw(resource.unsubscribe)
        self.unsubscribe_deprecated = to_raw(resource.unsubscribe_deprecated)
        self.update_deprecated = to_raw(resource.update_deprecated)


class AsyncNotificationsResourceWithRawResponse:
    """``client.with_raw_response.notifications`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncNotificationsResource) -> None:
        self.create = to_async_raw(resource.create)
        self.listing = to_async_raw_listing(resource.listing)
        self.listing_deprecated = to_async_raw_listing(resource.listing_deprecated)
        self.read = to_async_raw(resource.read)
        self.read_deprecated = to_async_raw(resource.read_deprecated)
        self.resend_failed = to_async_raw(resource.resend_failed)
        self.subscribe = to_async_raw(resource.subscribe)
        self.subscribe_deprecated = to_async_raw(resource.subscribe_deprecated)
        self.unsubscribe = to_async_raw(resource.unsubscribe)
        self.unsubscribe_deprecated = to_async_raw(resource.unsubscribe_deprecated)
        self.update_deprecated = to_async_raw(resource.update_deprecated)


class NotificationsResourceWithStreamingResponse:
    """``client.with_streaming_response.notifications`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: NotificationsResource) -> None:
        self.create = to_streamed(resource.create)
        self.listing = to_streamed_listing(resource.listing)
        self.listing_deprecated = to_streamed_listing(resource.listing_deprecated)
        self.read = to_streamed(resource.read)
        self.read_deprecated = to_streamed(resource.read_deprecated)
        self.resend_failed = to_streamed(resource.resend_failed)
        self.subscribe = to_streamed(resource.subscribe)
        self.subscribe_deprecated = to_streamed(resource.subscribe_deprecated)
        self.unsubscribe = to_streamed(resource.unsubscribe)
        self.unsubscribe_deprecated = to_streamed(resource.unsubscribe_deprecated)
        self.update_deprecated = to_streamed(resource.update_deprecated)


class AsyncNotificationsResourceWithStreamingResponse:
    """``client.with_streaming_response.notifications`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncNotificationsResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.listing = to_async_streamed_listing(resource.listing)
        self.listing_deprecated = to_async_streamed_listing(resource.listing_deprecated)
        self.read = to_async_streamed(resource.read)
        self.read_deprecated = to_async_streamed(resource.read_deprecated)
        self.resend_failed = to_async_streamed(resource.resend_failed)
        self.subscribe = to_async_streamed(resource.subscribe)
        self.subscribe_deprecated = to_async_streamed(resource.subscribe_deprecated)
        self.unsubscribe = to_async_streamed(resource.unsubscribe)
        self.unsubscribe_deprecated = to_async_streamed(resource.unsubscribe_deprecated)
        self.update_deprecated = to_async_streamed(resource.update_deprecated)
