"""Operations of ``client.revenues_expenses`` (resource / revenues & expenses)."""

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
    from ..models.expense import Expense
    from ..models.expense_deprecated import ExpenseDeprecated
    from ..models.expenses_listing_deprecated_filter import (
        ExpensesListingDeprecatedFilter,
    )
    from ..models.expenses_listing_filter import ExpensesListingFilter
    from ..models.revenue import Revenue
    from ..models.revenue_deprecated import RevenueDeprecated
    from ..models.revenues_listing_deprecated_filter import (
        RevenuesListingDeprecatedFilter,
    )
    from ..models.revenues_listing_filter import RevenuesListingFilter
    from ..params import (
        ExpensesListingDeprecatedFilterParam,
        ExpensesListingFilterParam,
        RevenuesListingDeprecatedFilterParam,
        RevenuesListingFilterParam,
    )

__all__ = [
    "AsyncRevenuesExpensesResource",
    "AsyncRevenuesExpensesResourceWithRawResponse",
    "AsyncRevenuesExpensesResourceWithStreamingResponse",
    "RevenuesExpensesResource",
    "RevenuesExpensesResourceWithRawResponse",
    "RevenuesExpensesResourceWithStreamingResponse",
]


class RevenuesExpensesResource:
    """Synchronous operations of resource / revenues & expenses."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def expenses_listing(
        self,
        *,
        filter: ExpensesListingFilter | ExpensesListingFilterParam | None = None,
        with_breakdown: bool | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Expense]:
        """Expenses / Listing

        Get all expenses

        Args:
            with_breakdown: A detailed information about the expense \"platform-fee-cpo\" is returned, based on the contract details.
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/partner-expenses/v1.1`` (operationId ``expensesListing``)
        """
        from ..models.expense import Expense
        from ..models.expenses_listing_filter import ExpensesListingFilter

        return self._client._paginate(
            OPERATIONS["expensesListing"],
            Expense,
            query={
                "filter": filter,
                "withBreakdown": with_breakdown,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": ExpensesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def expenses_listing_deprecated(
        self,
        *,
        filter: (
            ExpensesListingDeprecatedFilter
            | ExpensesListingDeprecatedFilterParam
            | None
        ) = None,
        with_breakdown: bool | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ExpenseDeprecated]:
        """Expenses / Listing

        Get all expenses

        Deprecated. Use ``client.revenues_expenses.expenses_listing()`` instead.

        Args:
            with_breakdown: A detailed information about the expense \"platform-fee-cpo\" is returned, based on the contract details.
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/partner-expenses/v1.0`` (operationId ``expensesListingDeprecated``)
        """
        from ..models.expense_deprecated import ExpenseDeprecated
        from ..models.expenses_listing_deprecated_filter import (
            ExpensesListingDeprecatedFilter,
        )

        return self._client._paginate(
            OPERATIONS["expensesListingDeprecated"],
            ExpenseDeprecated,
            query={
                "filter": filter,
                "withBreakdown": with_breakdown,
                "page": page,
                "per_page": per_page,
            },
            timeout=timeout,
            query_types={"filter": ExpensesListingDeprecatedFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def revenues_listing(
        self,
        *,
        filter: RevenuesListingFilter | RevenuesListingFilterParam | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Revenue]:
        """Revenues / Listing

        Get all revenues

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/partner-revenues/v1.1`` (operationId ``revenuesListing``)
        """
        from ..models.revenue import Revenue
        from ..models.revenues_listing_filter import RevenuesListingFilter

        return self._client._paginate(
            OPERATIONS["revenuesListing"],
            Revenue,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": RevenuesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def revenues_listing_deprecated(
        self,
        *,
        filter: (
            RevenuesListingDeprecatedFilter
            | RevenuesListingDeprecatedFilterParam
            | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[RevenueDeprecated]:
        """Revenues / Listing

        Get all revenues

        Deprecated. Use ``client.revenues_expenses.revenues_listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/partner-revenues/v1.0`` (operationId ``revenuesListingDeprecated``)
        """
        from ..models.revenue_deprecated import RevenueDeprecated
        from ..models.revenues_listing_deprecated_filter import (
            RevenuesListingDeprecatedFilter,
        )

        return self._client._paginate(
            OPERATIONS["revenuesListingDeprecated"],
            RevenueDeprecated,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": RevenuesListingDeprecatedFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncRevenuesExpensesResource:
    """Asynchronous operations of resource / revenues & expenses."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def expenses_listing(
        self,
        *,
        filter: ExpensesListingFilter | ExpensesListingFilterParam | None = None,
        with_breakdown: bool | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Expense]:
        """Expenses / Listing

        Get all expenses

        Args:
            with_breakdown: A detailed information about the expense \"platform-fee-cpo\" is returned, based on the contract details.
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/partner-expenses/v1.1`` (operationId ``expensesListing``)
        """
        from ..models.expense import Expense
        from ..models.expenses_listing_filter import ExpensesListingFilter

        return self._client._paginate(
            OPERATIONS["expensesListing"],
            Expense,
            query={
                "filter": filter,
                "withBreakdown": with_breakdown,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": ExpensesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def expenses_listing_deprecated(
        self,
        *,
        filter: (
            ExpensesListingDeprecatedFilter
            | ExpensesListingDeprecatedFilterParam
            | None
        ) = None,
        with_breakdown: bool | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ExpenseDeprecated]:
        """Expenses / Listing

        Get all expenses

        Deprecated. Use ``client.revenues_expenses.expenses_listing()`` instead.

        Args:
            with_breakdown: A detailed information about the expense \"platform-fee-cpo\" is returned, based on the contract details.
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/partner-expenses/v1.0`` (operationId ``expensesListingDeprecated``)
        """
        from ..models.expense_deprecated import ExpenseDeprecated
        from ..models.expenses_listing_deprecated_filter import (
            ExpensesListingDeprecatedFilter,
        )

        return self._client._paginate(
            OPERATIONS["expensesListingDeprecated"],
            ExpenseDeprecated,
            query={
                "filter": filter,
                "withBreakdown": with_breakdown,
                "page": page,
                "per_page": per_page,
            },
            timeout=timeout,
            query_types={"filter": ExpensesListingDeprecatedFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def revenues_listing(
        self,
        *,
        filter: RevenuesListingFilter | RevenuesListingFilterParam | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Revenue]:
        """Revenues / Listing

        Get all revenues

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/partner-revenues/v1.1`` (operationId ``revenuesListing``)
        """
        from ..models.revenue import Revenue
        from ..models.revenues_listing_filter import RevenuesListingFilter

        return self._client._paginate(
            OPERATIONS["revenuesListing"],
            Revenue,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": RevenuesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def revenues_listing_deprecated(
        self,
        *,
        filter: (
            RevenuesListingDeprecatedFilter
            | RevenuesListingDeprecatedFilterParam
            | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[RevenueDeprecated]:
        """Revenues / Listing

        Get all revenues

        Deprecated. Use ``client.revenues_expenses.revenues_listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/partner-revenues/v1.0`` (operationId ``revenuesListingDeprecated``)
        """
        from ..models.revenue_deprecated import RevenueDeprecated
        from ..models.revenues_listing_deprecated_filter import (
            RevenuesListingDeprecatedFilter,
        )

        return self._client._paginate(
            OPERATIONS["revenuesListingDeprecated"],
            RevenueDeprecated,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": RevenuesListingDeprecatedFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class RevenuesExpensesResourceWithRawResponse:
    """``client.with_raw_response.revenues_expenses`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: RevenuesExpensesResource) -> None:
        self.expenses_listing = to_raw_listing(resource.expenses_listing)
        self.expenses_listing_deprecated = to_raw_listing(
            resource.expenses_listing_deprecated
        )
        self.revenues_listing = to_raw_listing(resource.revenues_listing)
        self.revenues_listing_deprecated = to_raw_listing(
            resource.revenues_listing_deprecated
        )


class AsyncRevenuesExpensesResourceWithRawResponse:
    """``client.with_raw_response.revenues_expenses`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncRevenuesExpensesResource) -> None:
        self.expenses_listing = to_async_raw_listing(resource.expenses_listing)
        self.expenses_listing_deprecated = to_async_raw_listing(
            resource.expenses_listing_deprecated
        )
        self.revenues_listing = to_async_raw_listing(resource.revenues_listing)
        self.revenues_listing_deprecated = to_async_raw_listing(
            resource.revenues_listing_deprecated
        )


class RevenuesExpensesResourceWithStreamingResponse:
    """``client.with_streaming_response.revenues_expenses`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: RevenuesExpensesResource) -> None:
        self.expenses_listing = to_streamed_listing(resource.expenses_listing)
        self.expenses_listing_deprecated = to_streamed_listing(
            resource.expenses_listing_deprecated
        )
        self.revenues_listing = to_streamed_listing(resource.revenues_listing)
        self.revenues_listing_deprecated = to_streamed_listing(
            resource.revenues_listing_deprecated
        )


class AsyncRevenuesExpensesResourceWithStreamingResponse:
    """``client.with_streaming_response.revenues_expenses`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncRevenuesExpensesResource) -> None:
        self.expenses_listing = to_async_streamed_listing(resource.expenses_listing)
        self.expenses_listing_deprecated = to_async_streamed_listing(
            resource.expenses_listing_deprecated
        )
        self.revenues_listing = to_async_streamed_listing(resource.revenues_listing)
        self.revenues_listing_deprecated = to_async_streamed_listing(
            resource.revenues_listing_deprecated
        )
