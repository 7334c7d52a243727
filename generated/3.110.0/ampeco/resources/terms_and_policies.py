"""Operations of ``client.terms_and_policies`` (resource / terms and policies)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.terms_and_policies_listing_filter import TermsAndPoliciesListingFilter
    from ..models.terms_and_policy import TermsAndPolicy

__all__ = ["AsyncTermsAndPoliciesResource", "TermsAndPoliciesResource"]


class TermsAndPoliciesResource:
    """Synchronous operations of resource / terms and policies."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: TermsAndPoliciesListingFilter | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[TermsAndPolicy]:
        """Terms and policies / Listing

        ``GET /public-api/resources/terms-and-policies/v2.0`` (operationId ``termsAndPoliciesListing``)
        """
        from ..models.terms_and_policy import TermsAndPolicy

        return self._client._paginate(
            OPERATIONS["termsAndPoliciesListing"],
            TermsAndPolicy,
            query={"filter": filter},
            timeout=timeout,
        )

    def read(
        self,
        term_version: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TermsAndPolicy:
        """Terms and policies / Read

        Args:
            term_version: the termVersion path parameter

        ``GET /public-api/resources/terms-and-policies/v2.0/{termVersion}`` (operationId ``termsAndPoliciesRead``)
        """
        from ..models.terms_and_policy import TermsAndPolicy

        return self._client._request(
            OPERATIONS["termsAndPoliciesRead"],
            TermsAndPolicy,
            path={"termVersion": term_version},
            timeout=timeout,
        )


class AsyncTermsAndPoliciesResource:
    """Asynchronous operations of resource / terms and policies."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: TermsAndPoliciesListingFilter | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[TermsAndPolicy]:
        """Terms and policies / Listing

        ``GET /public-api/resources/terms-and-policies/v2.0`` (operationId ``termsAndPoliciesListing``)
        """
        from ..models.terms_and_policy import TermsAndPolicy

        return self._client._paginate(
            OPERATIONS["termsAndPoliciesListing"],
            TermsAndPolicy,
            query={"filter": filter},
            timeout=timeout,
        )

    async def read(
        self,
        term_version: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TermsAndPolicy:
        """Terms and policies / Read

        Args:
            term_version: the termVersion path parameter

        ``GET /public-api/resources/terms-and-policies/v2.0/{termVersion}`` (operationId ``termsAndPoliciesRead``)
        """
        from ..models.terms_and_policy import TermsAndPolicy

        return await self._client._request(
            OPERATIONS["termsAndPoliciesRead"],
            TermsAndPolicy,
            path={"termVersion": term_version},
            timeout=timeout,
        )
