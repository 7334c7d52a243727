"""Operations of ``client.faqs`` (resource / faqs)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.faq import Faq
    from ..models.faq_create_request import FaqCreateRequest
    from ..models.faq_update_request import FaqUpdateRequest

__all__ = ["AsyncFaqsResource", "FaqsResource"]


class FaqsResource:
    """Synchronous operations of resource / faqs."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: FaqCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Faq:
        """FAQ / Create

        Create new FAQ

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/faqs/v2.0`` (operationId ``faqCreate``)
        """
        from ..models.faq import Faq

        return self._client._request(
            OPERATIONS["faqCreate"], Faq, body=body, unwrap="data", timeout=timeout
        )

    def delete(
        self, faq: int, *, timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    ) -> None:
        """FAQ / Delete

        Delete a FAQ

        Args:
            faq: the faq path parameter

        ``DELETE /public-api/resources/faqs/v2.0/{faq}`` (operationId ``faqDelete``)
        """
        return self._client._request(
            OPERATIONS["faqDelete"], None, path={"faq": faq}, timeout=timeout
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Faq]:
        """FAQs / Listing

        Get all FAQs

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/faqs/v2.0`` (operationId ``faqsListing``)
        """
        from ..models.faq import Faq

        return self._client._paginate(
            OPERATIONS["faqsListing"],
            Faq,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
        )

    def read(
        self, faq: int, *, timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    ) -> Faq:
        """FAQ / Read

        Get a FAQ

        Args:
            faq: the faq path parameter

        ``GET /public-api/resources/faqs/v2.0/{faq}`` (operationId ``faqRead``)
        """
        from ..models.faq import Faq

        return self._client._request(
            OPERATIONS["faqRead"],
            Faq,
            path={"faq": faq},
            unwrap="data",
            timeout=timeout,
        )

    def update(
        self,
        faq: int,
        *,
        body: FaqUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Faq:
        """FAQ / Update

        FAQs

        Args:
            faq: the faq path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/faqs/v2.0/{faq}`` (operationId ``faqUpdate``)
        """
        from ..models.faq import Faq

        return self._client._request(
            OPERATIONS["faqUpdate"],
            Faq,
            path={"faq": faq},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncFaqsResource:
    """Asynchronous operations of resource / faqs."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: FaqCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Faq:
        """FAQ / Create

        Create new FAQ

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/faqs/v2.0`` (operationId ``faqCreate``)
        """
        from ..models.faq import Faq

        return await self._client._request(
            OPERATIONS["faqCreate"], Faq, body=body, unwrap="data", timeout=timeout
        )

    async def delete(
        self, faq: int, *, timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    ) -> None:
        """FAQ / Delete

        Delete a FAQ

        Args:
            faq: the faq path parameter

        ``DELETE /public-api/resources/faqs/v2.0/{faq}`` (operationId ``faqDelete``)
        """
        return await self._client._request(
            OPERATIONS["faqDelete"], None, path={"faq": faq}, timeout=timeout
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Faq]:
        """FAQs / Listing

        Get all FAQs

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/faqs/v2.0`` (operationId ``faqsListing``)
        """
        from ..models.faq import Faq

        return self._client._paginate(
            OPERATIONS["faqsListing"],
            Faq,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
        )

    async def read(
        self, faq: int, *, timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    ) -> Faq:
        """FAQ / Read

        Get a FAQ

        Args:
            faq: the faq path parameter

        ``GET /public-api/resources/faqs/v2.0/{faq}`` (operationId ``faqRead``)
        """
        from ..models.faq import Faq

        return await self._client._request(
            OPERATIONS["faqRead"],
            Faq,
            path={"faq": faq},
            unwrap="data",
            timeout=timeout,
        )

    async def update(
        self,
        faq: int,
        *,
        body: FaqUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Faq:
        """FAQ / Update

        FAQs

        Args:
            faq: the faq path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/faqs/v2.0/{faq}`` (operationId ``faqUpdate``)
        """
        from ..models.faq import Faq

        return await self._client._request(
            OPERATIONS["faqUpdate"],
            Faq,
            path={"faq": faq},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
