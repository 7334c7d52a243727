"""Operations of ``client.transactions`` (resource / transactions)."""

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
    from ..models.transaction import Transaction
    from ..models.transaction_issue_invoice_request import (
        TransactionIssueInvoiceRequest,
    )
    from ..models.transaction_update_payment_reference_request import (
        TransactionUpdatePaymentReferenceRequest,
    )
    from ..models.transaction_update_request import TransactionUpdateRequest
    from ..models.transactions_create_request import TransactionsCreateRequest
    from ..models.transactions_listing_filter import TransactionsListingFilter
    from ..params import (
        TransactionIssueInvoiceRequestParam,
        TransactionUpdatePaymentReferenceRequestParam,
        TransactionUpdateRequestParam,
        TransactionsCreateRequestParam,
        TransactionsListingFilterParam,
    )

__all__ = [
    "AsyncTransactionsResource",
    "AsyncTransactionsResourceWithRawResponse",
    "AsyncTransactionsResourceWithStreamingResponse",
    "TransactionsResource",
    "TransactionsResourceWithRawResponse",
    "TransactionsResourceWithStreamingResponse",
]


class TransactionsResource:
    """Synchronous operations of resource / transactions."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: TransactionsCreateRequest | TransactionsCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Transaction:
        """Transactions / Create

        Create new Transaction

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/transactions/v1.0`` (operationId ``transactionsCreate``)
        """
        from ..models.transaction import Transaction
        from ..models.transactions_create_request import TransactionsCreateRequest

        return self._client._request(
            OPERATIONS["transactionsCreate"],
            Transaction,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=TransactionsCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def issue_invoice(
        self,
        transaction: int,
        *,
        body: TransactionIssueInvoiceRequest | TransactionIssueInvoiceRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Transaction / Issue Invoice

        Issue ad-hoc invoice for the transaction (only if AMPECO invoice integration is used). For Számlázz.hu integration in Hungary, if a fiscalized receipt exists for the transaction, it will be automatically canceled and both the invoice and storno receipt will be sent to the user.

        Args:
            transaction: The transaction ID to which the action will be applied
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/transactions/v1.0/{transaction}/issue-invoice`` (operationId ``transactionIssueInvoice``)
        """
        from ..models.transaction_issue_invoice_request import (
            TransactionIssueInvoiceRequest,
        )

        return self._client._request(
            OPERATIONS["transactionIssueInvoice"],
            None,
            path={"transaction": transaction},
            body=body,
            timeout=timeout,
            body_type=TransactionIssueInvoiceRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def listing(
        self,
        *,
        filter: (
            TransactionsListingFilter | TransactionsListingFilterParam | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Transaction]:
        """Transactions / Listing

        Get all transactions

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/transactions/v1.0`` (operationId ``transactionsListing``)
        """
        from ..models.transaction import Transaction
        from ..models.transactions_listing_filter import TransactionsListingFilter

        return self._client._paginate(
            OPERATIONS["transactionsListing"],
            Transaction,
            query={
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": TransactionsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        transaction: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Transaction:
        """Transaction / Read

        Get a transation

        Args:
            transaction: The Transation ID to fetch

        ``GET /public-api/resources/transactions/v1.0/{transaction}`` (operationId ``transactionRead``)
        """
        from ..models.transaction import Transaction

        return self._client._request(
            OPERATIONS["transactionRead"],
            Transaction,
            path={"transaction": transaction},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def resend_invoice(
        self,
        transaction: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Transaction / Resend Invoice

        Resend already issued invoice. If the transaction has an associated fiscalized receipt that was automatically canceled (Hungary compliance), both the invoice and the storno receipt will be sent together.

        Args:
            transaction: The transaction ID to which the action will be applied

        ``POST /public-api/actions/transactions/v1.0/{transaction}/resend-invoice`` (operationId ``transactionResendInvoice``)
        """
        return self._client._request(
            OPERATIONS["transactionResendInvoice"],
            None,
            path={"transaction": transaction},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        transaction: str,
        *,
        body: TransactionUpdateRequest | TransactionUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Transaction:
        """Transaction / Update

        Update a non-finalised transaction

        Args:
            transaction: The Transation ID to fetch
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/transactions/v1.0/{transaction}`` (operationId ``transactionUpdate``)
        """
        from ..models.transaction import Transaction
        from ..models.transaction_update_request import TransactionUpdateRequest

        return self._client._request(
            OPERATIONS["transactionUpdate"],
            Transaction,
            path={"transaction": transaction},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=TransactionUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_payment_reference(
        self,
        transaction: int,
        *,
        body: (
            TransactionUpdatePaymentReferenceRequest
            | TransactionUpdatePaymentReferenceRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Transaction / Update Payment Reference

        Link the transaction to external resource where the payment took place.

        Args:
            transaction: the transaction ID to which the action will be applied
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/transactions/v1.0/{transaction}/update-payment-reference`` (operationId ``transactionUpdatePaymentReference``)
        """
        from ..models.transaction_update_payment_reference_request import (
            TransactionUpdatePaymentReferenceRequest,
        )

        return self._client._request(
            OPERATIONS["transactionUpdatePaymentReference"],
            None,
            path={"transaction": transaction},
            body=body,
            timeout=timeout,
            body_type=TransactionUpdatePaymentReferenceRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncTransactionsResource:
    """Asynchronous operations of resource / transactions."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: TransactionsCreateRequest | TransactionsCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Transaction:
        """Transactions / Create

        Create new Transaction

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/transactions/v1.0`` (operationId ``transactionsCreate``)
        """
        from ..models.transaction import Transaction
        from ..models.transactions_create_request import TransactionsCreateRequest

        return await self._client._request(
            OPERATIONS["transactionsCreate"],
            Transaction,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=TransactionsCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def issue_invoice(
        self,
        transaction: int,
        *,
        body: TransactionIssueInvoiceRequest | TransactionIssueInvoiceRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Transaction / Issue Invoice

        Issue ad-hoc invoice for the transaction (only if AMPECO invoice integration is used). For Számlázz.hu integration in Hungary, if a fiscalized receipt exists for the transaction, it will be automatically canceled and both the invoice and storno receipt will be sent to the user.

        Args:
            transaction: The transaction ID to which the action will be applied
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/transactions/v1.0/{transaction}/issue-invoice`` (operationId ``transactionIssueInvoice``)
        """
        from ..models.transaction_issue_invoice_request import (
            TransactionIssueInvoiceRequest,
        )

        return await self._client._request(
            OPERATIONS["transactionIssueInvoice"],
            None,
            path={"transaction": transaction},
            body=body,
            timeout=timeout,
            body_type=TransactionIssueInvoiceRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def listing(
        self,
        *,
        filter: (
            TransactionsListingFilter | TransactionsListingFilterParam | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Transaction]:
        """Transactions / Listing

        Get all transactions

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/transactions/v1.0`` (operationId ``transactionsListing``)
        """
        from ..models.transaction import Transaction
        from ..models.transactions_listing_filter import TransactionsListingFilter

        return self._client._paginate(
            OPERATIONS["transactionsListing"],
            Transaction,
            query={
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": TransactionsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        transaction: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Transaction:
        """Transaction / Read

        Get a transation

        Args:
            transaction: The Transation ID to fetch

        ``GET /public-api/resources/transactions/v1.0/{transaction}`` (operationId ``transactionRead``)
        """
        from ..models.transaction import Transaction

        return await self._client._request(
            OPERATIONS["transactionRead"],
            Transaction,
            path={"transaction": transaction},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def resend_invoice(
        self,
        transaction: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Transaction / Resend Invoice

        Resend already issued invoice. If the transaction has an associated fiscalized receipt that was automatically canceled (Hungary compliance), both the invoice and the storno receipt will be sent together.

        Args:
            transaction: The transaction ID to which the action will be applied

        ``POST /public-api/actions/transactions/v1.0/{transaction}/resend-invoice`` (operationId ``transactionResendInvoice``)
        """
        return await self._client._request(
            OPERATIONS["transactionResendInvoice"],
            None,
            path={"transaction": transaction},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        transaction: str,
        *,
        body: TransactionUpdateRequest | TransactionUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Transaction:
        """Transaction / Update

        Update a non-finalised transaction

        Args:
            transaction: The Transation ID to fetch
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/transactions/v1.0/{transaction}`` (operationId ``transactionUpdate``)
        """
        from ..models.transaction import Transaction
        from ..models.transaction_update_request import TransactionUpdateRequest

        return await self._client._request(
            OPERATIONS["transactionUpdate"],
            Transaction,
            path={"transaction": transaction},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=TransactionUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_payment_reference(
        self,
        transaction: int,
        *,
        body: (
            TransactionUpdatePaymentReferenceRequest
            | TransactionUpdatePaymentReferenceRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Transaction / Update Payment Reference

        Link the transaction to external resource where the payment took place.

        Args:
            transaction: the transaction ID to which the action will be applied
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/transactions/v1.0/{transaction}/update-payment-reference`` (operationId ``transactionUpdatePaymentReference``)
        """
        from ..models.transaction_update_payment_reference_request import (
            TransactionUpdatePaymentReferenceRequest,
        )

        return await self._client._request(
            OPERATIONS["transactionUpdatePaymentReference"],
            None,
            path={"transaction": transaction},
            body=body,
            timeout=timeout,
            body_type=TransactionUpdatePaymentReferenceRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class TransactionsResourceWithRawResponse:
    """``client.with_raw_response.transactions`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: TransactionsResource) -> None:
        self.create = to_raw(resource.create)
        self.issue_invoice = to_raw(resource.issue_invoice)
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)
        self.resend_invoice = to_raw(resource.resend_invoice)
        self.update = to_raw(resource.update)
        self.update_payment_reference = to_raw(resource.update_payment_reference)


class AsyncTransactionsResourceWithRawResponse:
    """``client.with_raw_response.transactions`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncTransactionsResource) -> None:
        self.create = to_async_raw(resource.create)
        self.issue_invoice = to_async_raw(resource.issue_invoice)
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)
        self.resend_invoice = to_async_raw(resource.resend_invoice)
        self.update = to_async_raw(resource.update)
        self.update_payment_reference = to_async_raw(resource.update_payment_reference)


class TransactionsResourceWithStreamingResponse:
    """``client.with_streaming_response.transactions`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: TransactionsResource) -> None:
        self.create = to_streamed(resource.create)
        self.issue_invoice = to_streamed(resource.issue_invoice)
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)
        self.resend_invoice = to_streamed(resource.resend_invoice)
        self.update = to_streamed(resource.update)
        self.update_payment_reference = to_streamed(resource.update_payment_reference)


class AsyncTransactionsResourceWithStreamingResponse:
    """``client.with_streaming_response.transactions`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncTransactionsResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.issue_invoice = to_async_streamed(resource.issue_invoice)
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
        self.resend_invoice = to_async_streamed(resource.resend_invoice)
        self.update = to_async_streamed(resource.update)
        self.update_payment_reference = to_async_streamed(
            resource.update_payment_reference
        )
