"""Operations of ``client.contact_details`` (resource / contact details)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.contact_details_read_response import ContactDetailsReadResponse
    from ..models.contact_details_update_request import ContactDetailsUpdateRequest

__all__ = ["AsyncContactDetailsResource", "ContactDetailsResource"]


class ContactDetailsResource:
    """Synchronous operations of resource / contact details."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def delete(
        self, *, timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    ) -> None:
        """Contact details / Delete

        Delete contact details

        ``DELETE /public-api/resources/contact-details/v2.0`` (operationId ``contactDetailsDelete``)
        """
        return self._client._request(
            OPERATIONS["contactDetailsDelete"], None, timeout=timeout
        )

    def read(
        self, *, timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
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
        )

    def update(
        self,
        *,
        body: ContactDetailsUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ContactDetailsReadResponse:
        """Contact details / Update

        Update the contact details

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/contact-details/v2.0`` (operationId ``contactDetailsUpdate``)
        """
        from ..models.contact_details_read_response import ContactDetailsReadResponse

        return self._client._request(
            OPERATIONS["contactDetailsUpdate"],
            ContactDetailsReadResponse,
            body=body,
            timeout=timeout,
        )


class AsyncContactDetailsResource:
    """Asynchronous operations of resource / contact details."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def delete(
        self, *, timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    ) -> None:
        """Contact details / Delete

        Delete contact details

        ``DELETE /public-api/resources/contact-details/v2.0`` (operationId ``contactDetailsDelete``)
        """
        return await self._client._request(
            OPERATIONS["contactDetailsDelete"], None, timeout=timeout
        )

    async def read(
        self, *, timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
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
        )

    async def update(
        self,
        *,
        body: ContactDetailsUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ContactDetailsReadResponse:
        """Contact details / Update

        Update the contact details

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/contact-details/v2.0`` (operationId ``contactDetailsUpdate``)
        """
        from ..models.contact_details_read_response import ContactDetailsReadResponse

        return await self._client._request(
            OPERATIONS["contactDetailsUpdate"],
            ContactDetailsReadResponse,
            body=body,
            timeout=timeout,
        )
