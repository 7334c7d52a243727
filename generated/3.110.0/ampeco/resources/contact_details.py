"""Operations of ``client.contact_details`` (resource / contact details)."""

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
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.contact_details_read_response import ContactDetailsReadResponse
    from ..models.contact_details_update_request import ContactDetailsUpdateRequest
    from ..params import ContactDetailsUpdateRequestParam

__all__ = [
    "AsyncContactDetailsResource",
    "AsyncContactDetailsResourceWithRawResponse",
    "AsyncContactDetailsResourceWithStreamingResponse",
    "ContactDetailsResource",
    "ContactDetailsResourceWithRawResponse",
    "ContactDetailsResourceWithStreamingResponse",
]


class ContactDetailsResource:
    """Synchronous operations of resource / contact details."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def delete(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Contact details / Delete

        Delete contact details

        ``DELETE /public-api/resources/contact-details/v2.0`` (operationId ``contactDetailsDelete``)
        """
        return self._client._request(
            OPERATIONS["contactDetailsDelete"],
            None,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ContactDetailsReadResponse:
        """Contact details / Read

        Get the contact details

        ``GET /public-api/resources/contact-details/v2.0`` (operationId ``contactDetailsRead``)
        """
        from ..models.contact_details_read_response import ContactDetailsReadResponse

        return self._client._request(
            OPERATIONS["contactDetailsRead"],
            ContactDetailsReadResponse,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        *,
        body: ContactDetailsUpdateRequest | ContactDetailsUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ContactDetailsReadResponse:
        """Contact details / Update

        Update the contact details

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/contact-details/v2.0`` (operationId ``contactDetailsUpdate``)
        """
        from ..models.contact_details_read_response import ContactDetailsReadResponse
        from ..models.contact_details_update_request import ContactDetailsUpdateRequest

        return self._client._request(
            OPERATIONS["contactDetailsUpdate"],
            ContactDetailsReadResponse,
            body=body,
            timeout=timeout,
            body_type=ContactDetailsUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncContactDetailsResource:
    """Asynchronous operations of resource / contact details."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def delete(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Contact details / Delete

        Delete contact details

        ``DELETE /public-api/resources/contact-details/v2.0`` (operationId ``contactDetailsDelete``)
        """
        return await self._client._request(
            OPERATIONS["contactDetailsDelete"],
            None,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ContactDetailsReadResponse:
        """Contact details / Read

        Get the contact details

        ``GET /public-api/resources/contact-details/v2.0`` (operationId ``contactDetailsRead``)
        """
        from ..models.contact_details_read_response import ContactDetailsReadResponse

        return await self._client._request(
            OPERATIONS["contactDetailsRead"],
            ContactDetailsReadResponse,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        *,
        body: ContactDetailsUpdateRequest | ContactDetailsUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ContactDetailsReadResponse:
        """Contact details / Update

        Update the contact details

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/contact-details/v2.0`` (operationId ``contactDetailsUpdate``)
        """
        from ..models.contact_details_read_response import ContactDetailsReadResponse
        from ..models.contact_details_update_request import ContactDetailsUpdateRequest

        return await self._client._request(
            OPERATIONS["contactDetailsUpdate"],
            ContactDetailsReadResponse,
            body=body,
            timeout=timeout,
            body_type=ContactDetailsUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class ContactDetailsResourceWithRawResponse:
    """``client.with_raw_response.contact_details`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: ContactDetailsResource) -> None:
        self.delete = to_raw(resource.delete)
        self.read = to_raw(resource.read)
        self.update = to_raw(resource.update)


class AsyncContactDetailsResourceWithRawResponse:
    """``client.with_raw_response.contact_details`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncContactDetailsResource) -> None:
        self.delete = to_async_raw(resource.delete)
        self.read = to_async_raw(resource.read)
        self.update = to_async_raw(resource.update)


class ContactDetailsResourceWithStreamingResponse:
    """``client.with_streaming_response.contact_details`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: ContactDetailsResource) -> None:
        self.delete = to_streamed(resource.delete)
        self.read = to_streamed(resource.read)
        self.update = to_streamed(resource.update)


class AsyncContactDetailsResourceWithStreamingResponse:
    """``client.with_streaming_response.contact_details`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncContactDetailsResource) -> None:
        self.delete = to_async_streamed(resource.delete)
        self.read = to_async_streamed(resource.read)
        self.update = to_async_streamed(resource.update)
