"""Operations of ``client.users`` (resource / users)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, cast

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
    from ..models.ampeco_invoice_manager import AmpecoInvoiceManager
    from ..models.cardcom_invoice_manager import CardcomInvoiceManager
    from ..models.ecpay_invoice_manager import EcpayInvoiceManager
    from ..models.invoice_details_create_or_update_request_option1 import (
        InvoiceDetailsCreateOrUpdateRequestOption1,
    )
    from ..models.invoice_details_create_or_update_request_option2 import (
        InvoiceDetailsCreateOrUpdateRequestOption2,
    )
    from ..models.invoice_details_create_or_update_request_option3 import (
        InvoiceDetailsCreateOrUpdateRequestOption3,
    )
    from ..models.invoice_details_create_or_update_request_option4 import (
        InvoiceDetailsCreateOrUpdateRequestOption4,
    )
    from ..models.payment_method import PaymentMethod
    from ..models.payment_method_create_request import PaymentMethodCreateRequest
    from ..models.payment_method_update_request import PaymentMethodUpdateRequest
    from ..models.soft_one_invoice_manager import SoftOneInvoiceManager
    from ..models.stripe_setup_intent_payment_method import (
        StripeSetupIntentPaymentMethod,
    )
    from ..models.transaction_based_payment_method_setup import (
        TransactionBasedPaymentMethodSetup,
    )
    from ..models.user import User
    from ..models.user_activate_subscription_request import (
        UserActivateSubscriptionRequest,
    )
    from ..models.user_add_balance_request import UserAddBalanceRequest
    from ..models.user_apply_custom_fee_request import UserApplyCustomFeeRequest
    from ..models.user_cancel_subscription_request import UserCancelSubscriptionRequest
    from ..models.user_change_status_request import UserChangeStatusRequest
    from ..models.user_create_request import UserCreateRequest
    from ..models.user_delete_include_item import UserDeleteIncludeItem
    from ..models.user_details import UserDetails
    from ..models.user_export_all_private_data_response import (
        UserExportAllPrivateDataResponse,
    )
    from ..models.user_redeem_voucher_request import UserRedeemVoucherRequest
    from ..models.user_update_request import UserUpdateRequest
    from ..models.users_listing_filter import UsersListingFilter
    from ..params import (
        InvoiceDetailsCreateOrUpdateRequestOption1Param,
        InvoiceDetailsCreateOrUpdateRequestOption2Param,
        InvoiceDetailsCreateOrUpdateRequestOption3Param,
        InvoiceDetailsCreateOrUpdateRequestOption4Param,
        PaymentMethodCreateRequestParam,
        PaymentMethodUpdateRequestParam,
        UserActivateSubscriptionRequestParam,
        UserAddBalanceRequestParam,
        UserApplyCustomFeeRequestParam,
        UserCancelSubscriptionRequestParam,
        UserChangeStatusRequestParam,
        UserCreateRequestParam,
        UserDeleteIncludeItemLiteral,
        UserRedeemVoucherRequestParam,
        UserUpdateRequestParam,
        UsersListingFilterParam,
    )

__all__ = [
    "AsyncUsersResource",
    "AsyncUsersResourceWithRawResponse",
    "AsyncUsersResourceWithStreamingResponse",
    "UsersResource",
    "UsersResourceWithRawResponse",
    "UsersResourceWithStreamingResponse",
]


class UsersResource:
    """Synchronous operations of resource / users."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def activate_subscription(
        self,
        user: int,
        *,
        body: UserActivateSubscriptionRequest | UserActivateSubscriptionRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """User / Activate subscription

        Activate a subscription to a user

        Args:
            user: the user ID to activate the subscription to
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/users/v1.0/{user}/activate-subscription`` (operationId ``userActivateSubscription``)
        """
        from ..models.user_activate_subscription_request import (
            UserActivateSubscriptionRequest,
        )

        return self._client._request(
            OPERATIONS["userActivateSubscription"],
            None,
            path={"user": user},
            body=body,
            timeout=timeout,
            body_type=UserActivateSubscriptionRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def add_balance(
        self,
        user: int,
        *,
        body: UserAddBalanceRequest | UserAddBalanceRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """User / Add Balance

        Add to the current balance of the user

        Args:
            user: the user ID to add to balance to
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/users/v1.0/{user}/add-balance`` (operationId ``userAddBalance``)
        """
        from ..models.user_add_balance_request import UserAddBalanceRequest

        return self._client._request(
            OPERATIONS["userAddBalance"],
            None,
            path={"user": user},
            body=body,
            timeout=timeout,
            body_type=UserAddBalanceRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def apply_custom_fee(
        self,
        user: int,
        *,
        body: UserApplyCustomFeeRequest | UserApplyCustomFeeRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """User / Apply Custom Fee

        Apply custom fee for a user

        Args:
            user: the user ID to apply custom fee to
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/users/v1.0/{user}/apply-custom-fee`` (operationId ``userApplyCustomFee``)
        """
        from ..models.user_apply_custom_fee_request import UserApplyCustomFeeRequest

        return self._client._request(
            OPERATIONS["userApplyCustomFee"],
            None,
            path={"user": user},
            body=body,
            timeout=timeout,
            body_type=UserApplyCustomFeeRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def cancel_subscription(
        self,
        user: int,
        *,
        body: UserCancelSubscriptionRequest | UserCancelSubscriptionRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """User / Cancel subscription

        Cancel a subscription to a user

        Args:
            user: the user ID for whom to cancel the subscription
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/users/v1.0/{user}/cancel-subscription`` (operationId ``userCancelSubscription``)
        """
        from ..models.user_cancel_subscription_request import (
            UserCancelSubscriptionRequest,
        )

        return self._client._request(
            OPERATIONS["userCancelSubscription"],
            None,
            path={"user": user},
            body=body,
            timeout=timeout,
            body_type=UserCancelSubscriptionRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def change_status(
        self,
        user: int,
        *,
        body: UserChangeStatusRequest | UserChangeStatusRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """User / Change Status

        Set the status for a user

        Args:
            user: the user ID to change the status of
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/users/v1.0/{user}/change-status`` (operationId ``userChangeStatus``)
        """
        from ..models.user_change_status_request import UserChangeStatusRequest

        return self._client._request(
            OPERATIONS["userChangeStatus"],
            None,
            path={"user": user},
            body=body,
            timeout=timeout,
            body_type=UserChangeStatusRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def clear_subscription_amount_due(
        self,
        user: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """User / Clear subscription amount due

        Clear a user's subscription amount due. Any unsettled transactions related to the user's current subscription — such as fees and charging sessions will be set to an amount of 0.This operation is irreversible.

        Args:
            user: the user ID for whom to clear amount due

        ``POST /public-api/actions/users/v1.0/{user}/clear-subscription-amount-due`` (operationId ``userClearSubscriptionAmountDue``)
        """
        return self._client._request(
            OPERATIONS["userClearSubscriptionAmountDue"],
            None,
            path={"user": user},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create(
        self,
        *,
        body: UserCreateRequest | UserCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> User:
        """User / Create

        Create new User

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/users/v1.0`` (operationId ``userCreate``)
        """
        from ..models.user import User
        from ..models.user_create_request import UserCreateRequest

        return self._client._request(
            OPERATIONS["userCreate"],
            User,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=UserCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        user: int,
        *,
        include: (
            Sequence[UserDeleteIncludeItem | UserDeleteIncludeItemLiteral] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """User / Delete

        Delete a user

        Args:
            user: the user path parameter

        ``DELETE /public-api/resources/users/v1.0/{user}`` (operationId ``userDelete``)
        """
        return self._client._request(
            OPERATIONS["userDelete"],
            None,
            path={"user": user},
            query={"include": include},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def export_all_private_data(
        self,
        user: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserExportAllPrivateDataResponse:
        """User / Export All Private Data

        Export all private data

        Args:
            user: The user ID for whom the private data to be exported.

        ``GET /public-api/actions/users/v2.0/{user}/export-all-private-data`` (operationId ``userExportAllPrivateData``)
        """
        from ..models.user_export_all_private_data_response import (
            UserExportAllPrivateDataResponse,
        )

        return self._client._request(
            OPERATIONS["userExportAllPrivateData"],
            UserExportAllPrivateDataResponse,
            path={"user": user},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def invoice_details_create_or_update(
        self,
        user: int,
        *,
        body: (
            InvoiceDetailsCreateOrUpdateRequestOption1
            | InvoiceDetailsCreateOrUpdateRequestOption1Param
            | InvoiceDetailsCreateOrUpdateRequestOption2
            | InvoiceDetailsCreateOrUpdateRequestOption2Param
            | InvoiceDetailsCreateOrUpdateRequestOption3
            | InvoiceDetailsCreateOrUpdateRequestOption3Param
            | InvoiceDetailsCreateOrUpdateRequestOption4
            | InvoiceDetailsCreateOrUpdateRequestOption4Param
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> (
        AmpecoInvoiceManager
        | CardcomInvoiceManager
        | SoftOneInvoiceManager
        | EcpayInvoiceManager
    ):
        """Invoice details / Create or update

        Create or update user invoice details.

        **Important**: When the operator has \"Always collect Invoice Details\" enabled in their invoice integration settings, the `requireInvoice` field will always be set to `true` regardless of the request payload value. This override ensures regulatory compliance and business policy enforcement. No error is returned when overrides occur as this is intentional behavior.


        Args:
            user: the user path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/users/v1.0/{user}/invoice-details`` (operationId ``invoiceDetailsCreateOrUpdate``)
        """
        from ..models.ampeco_invoice_manager import AmpecoInvoiceManager
        from ..models.cardcom_invoice_manager import CardcomInvoiceManager
        from ..models.ecpay_invoice_manager import EcpayInvoiceManager
        from ..models.soft_one_invoice_manager import SoftOneInvoiceManager

        return cast(
            AmpecoInvoiceManager
            | CardcomInvoiceManager
            | SoftOneInvoiceManager
            | EcpayInvoiceManager,
            self._client._request(
                OPERATIONS["invoiceDetailsCreateOrUpdate"],
                AmpecoInvoiceManager
                | CardcomInvoiceManager
                | SoftOneInvoiceManager
                | EcpayInvoiceManager,
                path={"user": user},
                body=body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def invoice_details_read(
        self,
        user: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> (
        AmpecoInvoiceManager
        | CardcomInvoiceManager
        | SoftOneInvoiceManager
        | EcpayInvoiceManager
    ):
        """Invoice details / Read

        Args:
            user: the user path parameter

        ``GET /public-api/resources/users/v1.0/{user}/invoice-details`` (operationId ``invoiceDetailsRead``)
        """
        from ..models.ampeco_invoice_manager import AmpecoInvoiceManager
        from ..models.cardcom_invoice_manager import CardcomInvoiceManager
        from ..models.ecpay_invoice_manager import EcpayInvoiceManager
        from ..models.soft_one_invoice_manager import SoftOneInvoiceManager

        return cast(
            AmpecoInvoiceManager
            | CardcomInvoiceManager
            | SoftOneInvoiceManager
            | EcpayInvoiceManager,
            self._client._request(
                OPERATIONS["invoiceDetailsRead"],
                AmpecoInvoiceManager
                | CardcomInvoiceManager
                | SoftOneInvoiceManager
                | EcpayInvoiceManager,
                path={"user": user},
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def listing(
        self,
        *,
        filter: UsersListingFilter | UsersListingFilterParam | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        include: (
            Sequence[UserDeleteIncludeItem | UserDeleteIncludeItemLiteral] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[User]:
        """Users / Listing

        Get all users

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/users/v1.0`` (operationId ``usersListing``)
        """
        from ..models.user import User
        from ..models.users_listing_filter import UsersListingFilter

        return self._client._paginate(
            OPERATIONS["usersListing"],
            User,
            query={
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
                "include": include,
            },
            timeout=timeout,
            query_types={"filter": UsersListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def payment_method_create(
        self,
        user: int,
        *,
        body: (
            PaymentMethodCreateRequest | PaymentMethodCreateRequestParam | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TransactionBasedPaymentMethodSetup | StripeSetupIntentPaymentMethod:
        """Payment Method / Create

        Initiate a new payment method registration, or finalize it.

         Note that this is a two step process!

        # For payment processors with web view integration

         You will need to initiate a call with no parameters to this endpoint to get a new request to add payment method (Step 1). Then you will have to redirect to an endpoint and wait for the client to enter his credit card details there. Once he/she is done (and reaches the successURL) you must then issue another call to this endpoint with the transactionID that was returned from the first call to finalize the process and retrieve the newly added payment method data (Step 2).

         ## Step 1
         POST with request body, containing `tokenizedType` to determine the type of the method and `bankTransferType` if applicable.

         This will create a new request to the payment processor for adding a new payment method. As response you will get the `transactionId` to track the payment method registration process, the `redirectUrl` and `successUrl`, to redirect your user to, along with any other attributes that the payment processor requires for tracking. Just pass those additional parameters to Step 2.

        ### Example request for tokenizedType = card
        Request:
        ```json
        {
          \"tokenizedType\": \"card\"
        }
        ```

        ### Example request for tokenizedType = bank_transfer
        Request:
        ```json
        {
          \"tokenizedType\": \"bank_transfer\",
          \"bankTransferType\": \"sepa\"
        }
        ```

        Response:
        ```json
        {
          \"transactionId\": 1234,
          \"successUrl\": \"http://example.com/payment-processor/success\",
          \"redirectUrl\": \"http://example.com/payment-processor/web-form/123abc\",
          \"additionalProcessorArguments\": \"just pass them all top the step 2\"
        }
        ```

         ## Step 2
         POST with request body, containing the `transactionId` along with any other attributes, that were in the response of Step 1 (other then the `transactionId`, `successUrl` and `redirectUrl`).

         This will finalize the payment method registration and will retrieve the newly added payment method for you. Note that you can also receive the payment methods using the payment methods listing endpoints.

        ### Example
        Request:
        ```json
        {
          \"transactionId\": 1234,
          \"successUrl\": \"http://example.com/payment-processor/success\",
          \"redirectUrl\": \"http://example.com/payment-processor/web-form/123abc\",
          \"additionalProcessorArguments\": \"just pass them all top the step 2\"
        }
        ```
        Response for card:
        ```json
        {
          \"data\": {
            \"id\": 1234,
            \"name\": \"**** 1111\",
            \"type\": \"tokenized\",
            \"tokenizedType\": \"card\",
            \"issuer\": \"visa\",
            \"expireYear\": 2026,
            \"expireMonth\": 5,
            \"default\": true,
          }
        }
        ```
        Response for bank transfer:
        ```json
        {
          \"data\": {
            \"id\": 1234,
            \"name\": \"**** 1111\",
            \"type\": \"tokenized\",
            \"tokenizedType\": \"bank_transfer\",
            \"bankTransferType\": \"sepa\",
            \"issuer\": null,
            \"expireYear\": null,
            \"expireMonth\": null,
            \"default\": true,
          }
        }
        ```

         # For payment processors with in-app integration

         Braintree and Stripe integrations DO NOT count out `redirectUrl` as these processors should have an ip-app integration and therefore the app itself should use the appropriate SDK to complete the credit-card tokenization process with the processor.

        ## Braintree
        The first step is not required for braintree as the full integration is done in-app. Step 2 needs to pass the `paymentMethodNonce` so that it can be exchanged for the payment method token.

        ### Example Step 2
        Request:
        ```json
        {\"paymentMethodNonce\": \"abc123\"}
        ```
        Response for card:
        ```json
        {
          \"data\": {
            \"id\": 1234,
            \"name\": \"**** 1111\",
            \"type\": \"tokenized\",
            \"tokenizedType\": \"card\",
            \"issuer\": \"visa\",
            \"expireYear\": 2026,
            \"expireMonth\": 5,
            \"default\": true,
          }
        }
        ```
        Response for bank transfer:
        ```json
        {
          \"data\": {
            \"id\": 1234,
            \"name\": \"**** 1111\",
            \"type\": \"tokenized\",
            \"tokenizedType\": \"bank_transfer\",
            \"bankTransferType\": \"sepa\",
            \"issuer\": null,
            \"expireYear\": null,
            \"expireMonth\": null,
            \"default\": true,
          }
        }
        ```

        ## Stripe
        Step 1 with stripe will initialize a setup intent, that your app should complete. You will get the details you need in order to do that from the response of that call. Call step 2 once you have completed the setup intent.

        ### Example Step 1 - when tokenizing card
        ```json
        {
          \"tokenizedType\": \"card\"
        }
        ```

        ### Example Step 1 - when tokenizing bank transfer
        Request:
        ```json
        {
          \"tokenizedType\": \"bank_transfer\",
          \"bankTransferType\": \"sepa\"
        }
        ```

        Response:
        ```json
        {
          \"publishableKey\": \"345678986543\",
          \"clientSecret\": \"jyt37hgsv63\",
          \"setupIntentReference\": \"1234ABC\"
        }
        ```

        ### Example Step 2
        Request:
        ```json
        {
          \"publishableKey\": \"345678986543\",
          \"clientSecret\": \"jyt37hgsv63\",
          \"setupIntentReference\": \"1234ABC\"
        }
        ```
        Response for card:
        ```json
        {
          \"data\": {
            \"id\": 1234,
            \"name\": \"**** 1111\",
            \"type\": \"tokenized\",
            \"tokenizedType\": \"card\",
            \"issuer\": \"visa\",
            \"expireYear\": 2026,
            \"expireMonth\": 5,
            \"default\": true,
          }
        }
        ```
        Response for bank transfer:
        ```json
        {
          \"data\": {
            \"id\": 1234,
            \"name\": \"**** 1111\",
            \"type\": \"tokenized\",
            \"tokenizedType\": \"bank_transfer\",
            \"bankTransferType\": \"sepa\",
            \"issuer\": null,
            \"expireYear\": null,
            \"expireMonth\": null,
            \"default\": true,
          }
        }
        ```


        Args:
            user: the user path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/users/v1.0/{user}/payment-methods`` (operationId ``paymentMethodCreate``)
        """
        from ..models.payment_method_create_request import PaymentMethodCreateRequest
        from ..models.stripe_setup_intent_payment_method import (
            StripeSetupIntentPaymentMethod,
        )
        from ..models.transaction_based_payment_method_setup import (
            TransactionBasedPaymentMethodSetup,
        )

        return cast(
            TransactionBasedPaymentMethodSetup | StripeSetupIntentPaymentMethod,
            self._client._request(
                OPERATIONS["paymentMethodCreate"],
                TransactionBasedPaymentMethodSetup | StripeSetupIntentPaymentMethod,
                path={"user": user},
                body=body,
                timeout=timeout,
                body_type=PaymentMethodCreateRequest,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def payment_method_delete(
        self,
        user: int,
        payment_method_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Payment Method / Delete

        Delete Payment method. Please note that `balance` and `corporate` payment methods CANNOT be removed from this interface

        Args:
            user: the user path parameter
            payment_method_id: the paymentMethodId path parameter

        ``DELETE /public-api/resources/users/v1.0/{user}/payment-methods/{paymentMethodId}`` (operationId ``paymentMethodDelete``)
        """
        return self._client._request(
            OPERATIONS["paymentMethodDelete"],
            None,
            path={"user": user, "paymentMethodId": payment_method_id},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def payment_method_read(
        self,
        user: int,
        payment_method_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaymentMethod:
        """Payment Method / Read

        Get information for a payment method by ID

        Args:
            user: the user path parameter
            payment_method_id: the paymentMethodId path parameter

        ``GET /public-api/resources/users/v1.0/{user}/payment-methods/{paymentMethodId}`` (operationId ``paymentMethodRead``)
        """
        from ..models.payment_method import PaymentMethod

        return self._client._request(
            OPERATIONS["paymentMethodRead"],
            PaymentMethod,
            path={"user": user, "paymentMethodId": payment_method_id},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def payment_method_update(
        self,
        user: int,
        payment_method_id: str,
        *,
        body: PaymentMethodUpdateRequest | PaymentMethodUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaymentMethod:
        """Payment Method / Update

        Update Payment method. Please note that `balance` and `corporate` payment methods CANNOT be set as default

        Args:
            user: the user path parameter
            payment_method_id: the paymentMethodId path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/users/v1.0/{user}/payment-methods/{paymentMethodId}`` (operationId ``paymentMethodUpdate``)
        """
        from ..models.payment_method import PaymentMethod
        from ..models.payment_method_update_request import PaymentMethodUpdateRequest

        return self._client._request(
            OPERATIONS["paymentMethodUpdate"],
            PaymentMethod,
            path={"user": user, "paymentMethodId": payment_method_id},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PaymentMethodUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def payment_methods_listing(
        self,
        user: int,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[PaymentMethod]:
        """Payment Methods / Listing

        Get all payment methods for a user

        Args:
            user: the user path parameter
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/users/v1.0/{user}/payment-methods`` (operationId ``paymentMethodsListing``)
        """
        from ..models.payment_method import PaymentMethod

        return self._client._paginate(
            OPERATIONS["paymentMethodsListing"],
            PaymentMethod,
            path={"user": user},
            query={"page": page, "per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        user: int,
        *,
        include: (
            Sequence[UserDeleteIncludeItem | UserDeleteIncludeItemLiteral] | None
        ) = None,
        with_amount_due: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserDetails:
        """User / Read

        Get a user

        Args:
            user: the user path parameter

        ``GET /public-api/resources/users/v1.0/{user}`` (operationId ``userRead``)
        """
        from ..models.user_details import UserDetails

        return self._client._request(
            OPERATIONS["userRead"],
            UserDetails,
            path={"user": user},
            query={"include": include, "withAmountDue": with_amount_due},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def redeem_voucher(
        self,
        user: int,
        *,
        body: UserRedeemVoucherRequest | UserRedeemVoucherRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """User / Redeem Voucher

        Apply a voucher to a user

        Args:
            user: the user ID to redeem a voucher to
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/users/v2.0/{user}/redeem-voucher`` (operationId ``userRedeemVoucher``)
        """
        from ..models.user_redeem_voucher_request import UserRedeemVoucherRequest

        return self._client._request(
            OPERATIONS["userRedeemVoucher"],
            None,
            path={"user": user},
            body=body,
            timeout=timeout,
            body_type=UserRedeemVoucherRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update(
        self,
        user: int,
        *,
        body: UserUpdateRequest | UserUpdateRequestParam,
        include: (
            Sequence[UserDeleteIncludeItem | UserDeleteIncludeItemLiteral] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> User:
        """User / Update

        Update user

        Args:
            user: the user path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/users/v1.0/{user}`` (operationId ``userUpdate``)
        """
        from ..models.user import User
        from ..models.user_update_request import UserUpdateRequest

        return self._client._request(
            OPERATIONS["userUpdate"],
            User,
            path={"user": user},
            query={"include": include},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=UserUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncUsersResource:
    """Asynchronous operations of resource / users."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def activate_subscription(
        self,
        user: int,
        *,
        body: UserActivateSubscriptionRequest | UserActivateSubscriptionRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """User / Activate subscription

        Activate a subscription to a user

        Args:
            user: the user ID to activate the subscription to
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/users/v1.0/{user}/activate-subscription`` (operationId ``userActivateSubscription``)
        """
        from ..models.user_activate_subscription_request import (
            UserActivateSubscriptionRequest,
        )

        return await self._client._request(
            OPERATIONS["userActivateSubscription"],
            None,
            path={"user": user},
            body=body,
            timeout=timeout,
            body_type=UserActivateSubscriptionRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def add_balance(
        self,
        user: int,
        *,
        body: UserAddBalanceRequest | UserAddBalanceRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """User / Add Balance

        Add to the current balance of the user

        Args:
            user: the user ID to add to balance to
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/users/v1.0/{user}/add-balance`` (operationId ``userAddBalance``)
        """
        from ..models.user_add_balance_request import UserAddBalanceRequest

        return await self._client._request(
            OPERATIONS["userAddBalance"],
            None,
            path={"user": user},
            body=body,
            timeout=timeout,
            body_type=UserAddBalanceRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def apply_custom_fee(
        self,
        user: int,
        *,
        body: UserApplyCustomFeeRequest | UserApplyCustomFeeRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """User / Apply Custom Fee

        Apply custom fee for a user

        Args:
            user: the user ID to apply custom fee to
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/users/v1.0/{user}/apply-custom-fee`` (operationId ``userApplyCustomFee``)
        """
        from ..models.user_apply_custom_fee_request import UserApplyCustomFeeRequest

        return await self._client._request(
            OPERATIONS["userApplyCustomFee"],
            None,
            path={"user": user},
            body=body,
            timeout=timeout,
            body_type=UserApplyCustomFeeRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def cancel_subscription(
        self,
        user: int,
        *,
        body: UserCancelSubscriptionRequest | UserCancelSubscriptionRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """User / Cancel subscription

        Cancel a subscription to a user

        Args:
            user: the user ID for whom to cancel the subscription
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/users/v1.0/{user}/cancel-subscription`` (operationId ``userCancelSubscription``)
        """
        from ..models.user_cancel_subscription_request import (
            UserCancelSubscriptionRequest,
        )

        return await self._client._request(
            OPERATIONS["userCancelSubscription"],
            None,
            path={"user": user},
            body=body,
            timeout=timeout,
            body_type=UserCancelSubscriptionRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def change_status(
        self,
        user: int,
        *,
        body: UserChangeStatusRequest | UserChangeStatusRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """User / Change Status

        Set the status for a user

        Args:
            user: the user ID to change the status of
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/users/v1.0/{user}/change-status`` (operationId ``userChangeStatus``)
        """
        from ..models.user_change_status_request import UserChangeStatusRequest

        return await self._client._request(
            OPERATIONS["userChangeStatus"],
            None,
            path={"user": user},
            body=body,
            timeout=timeout,
            body_type=UserChangeStatusRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def clear_subscription_amount_due(
        self,
        user: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """User / Clear subscription amount due

        Clear a user's subscription amount due. Any unsettled transactions related to the user's current subscription — such as fees and charging sessions will be set to an amount of 0.This operation is irreversible.

        Args:
            user: the user ID for whom to clear amount due

        ``POST /public-api/actions/users/v1.0/{user}/clear-subscription-amount-due`` (operationId ``userClearSubscriptionAmountDue``)
        """
        return await self._client._request(
            OPERATIONS["userClearSubscriptionAmountDue"],
            None,
            path={"user": user},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create(
        self,
        *,
        body: UserCreateRequest | UserCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> User:
        """User / Create

        Create new User

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/users/v1.0`` (operationId ``userCreate``)
        """
        from ..models.user import User
        from ..models.user_create_request import UserCreateRequest

        return await self._client._request(
            OPERATIONS["userCreate"],
            User,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=UserCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        user: int,
        *,
        include: (
            Sequence[UserDeleteIncludeItem | UserDeleteIncludeItemLiteral] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """User / Delete

        Delete a user

        Args:
            user: the user path parameter

        ``DELETE /public-api/resources/users/v1.0/{user}`` (operationId ``userDelete``)
        """
        return await self._client._request(
            OPERATIONS["userDelete"],
            None,
            path={"user": user},
            query={"include": include},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def export_all_private_data(
        self,
        user: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserExportAllPrivateDataResponse:
        """User / Export All Private Data

        Export all private data

        Args:
            user: The user ID for whom the private data to be exported.

        ``GET /public-api/actions/users/v2.0/{user}/export-all-private-data`` (operationId ``userExportAllPrivateData``)
        """
        from ..models.user_export_all_private_data_response import (
            UserExportAllPrivateDataResponse,
        )

        return await self._client._request(
            OPERATIONS["userExportAllPrivateData"],
            UserExportAllPrivateDataResponse,
            path={"user": user},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def invoice_details_create_or_update(
        self,
        user: int,
        *,
        body: (
            InvoiceDetailsCreateOrUpdateRequestOption1
            | InvoiceDetailsCreateOrUpdateRequestOption1Param
            | InvoiceDetailsCreateOrUpdateRequestOption2
            | InvoiceDetailsCreateOrUpdateRequestOption2Param
            | InvoiceDetailsCreateOrUpdateRequestOption3
            | InvoiceDetailsCreateOrUpdateRequestOption3Param
            | InvoiceDetailsCreateOrUpdateRequestOption4
            | InvoiceDetailsCreateOrUpdateRequestOption4Param
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> (
        AmpecoInvoiceManager
        | CardcomInvoiceManager
        | SoftOneInvoiceManager
        | EcpayInvoiceManager
    ):
        """Invoice details / Create or update

        Create or update user invoice details.

        **Important**: When the operator has \"Always collect Invoice Details\" enabled in their invoice integration settings, the `requireInvoice` field will always be set to `true` regardless of the request payload value. This override ensures regulatory compliance and business policy enforcement. No error is returned when overrides occur as this is intentional behavior.


        Args:
            user: the user path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/users/v1.0/{user}/invoice-details`` (operationId ``invoiceDetailsCreateOrUpdate``)
        """
        from ..models.ampeco_invoice_manager import AmpecoInvoiceManager
        from ..models.cardcom_invoice_manager import CardcomInvoiceManager
        from ..models.ecpay_invoice_manager import EcpayInvoiceManager
        from ..models.soft_one_invoice_manager import SoftOneInvoiceManager

        return cast(
            AmpecoInvoiceManager
            | CardcomInvoiceManager
            | SoftOneInvoiceManager
            | EcpayInvoiceManager,
            await self._client._request(
                OPERATIONS["invoiceDetailsCreateOrUpdate"],
                AmpecoInvoiceManager
                | CardcomInvoiceManager
                | SoftOneInvoiceManager
                | EcpayInvoiceManager,
                path={"user": user},
                body=body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def invoice_details_read(
        self,
        user: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> (
        AmpecoInvoiceManager
        | CardcomInvoiceManager
        | SoftOneInvoiceManager
        | EcpayInvoiceManager
    ):
        """Invoice details / Read

        Args:
            user: the user path parameter

        ``GET /public-api/resources/users/v1.0/{user}/invoice-details`` (operationId ``invoiceDetailsRead``)
        """
        from ..models.ampeco_invoice_manager import AmpecoInvoiceManager
        from ..models.cardcom_invoice_manager import CardcomInvoiceManager
        from ..models.ecpay_invoice_manager import EcpayInvoiceManager
        from ..models.soft_one_invoice_manager import SoftOneInvoiceManager

        return cast(
            AmpecoInvoiceManager
            | CardcomInvoiceManager
            | SoftOneInvoiceManager
            | EcpayInvoiceManager,
            await self._client._request(
                OPERATIONS["invoiceDetailsRead"],
                AmpecoInvoiceManager
                | CardcomInvoiceManager
                | SoftOneInvoiceManager
                | EcpayInvoiceManager,
                path={"user": user},
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def listing(
        self,
        *,
        filter: UsersListingFilter | UsersListingFilterParam | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        include: (
            Sequence[UserDeleteIncludeItem | UserDeleteIncludeItemLiteral] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[User]:
        """Users / Listing

        Get all users

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/users/v1.0`` (operationId ``usersListing``)
        """
        from ..models.user import User
        from ..models.users_listing_filter import UsersListingFilter

        return self._client._paginate(
            OPERATIONS["usersListing"],
            User,
            query={
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
                "include": include,
            },
            timeout=timeout,
            query_types={"filter": UsersListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def payment_method_create(
        self,
        user: int,
        *,
        body: (
            PaymentMethodCreateRequest | PaymentMethodCreateRequestParam | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TransactionBasedPaymentMethodSetup | StripeSetupIntentPaymentMethod:
        """Payment Method / Create

        Initiate a new payment method registration, or finalize it.

         Note that this is a two step process!

        # For payment processors with web view integration

         You will need to initiate a call with no parameters to this endpoint to get a new request to add payment method (Step 1). Then you will have to redirect to an endpoint and wait for the client to enter his credit card details there. Once he/she is done (and reaches the successURL) you must then issue another call to this endpoint with the transactionID that was returned from the first call to finalize the process and retrieve the newly added payment method data (Step 2).

         ## Step 1
         POST with request body, containing `tokenizedType` to determine the type of the method and `bankTransferType` if applicable.

         This will create a new request to the payment processor for adding a new payment method. As response you will get the `transactionId` to track the payment method registration process, the `redirectUrl` and `successUrl`, to redirect your user to, along with any other attributes that the payment processor requires for tracking. Just pass those additional parameters to Step 2.

        ### Example request for tokenizedType = card
        Request:
        ```json
        {
          \"tokenizedType\": \"card\"
        }
        ```

        ### Example request for tokenizedType = bank_transfer
        Request:
        ```json
        {
          \"tokenizedType\": \"bank_transfer\",
          \"bankTransferType\": \"sepa\"
        }
        ```

        Response:
        ```json
        {
          \"transactionId\": 1234,
          \"successUrl\": \"http://example.com/payment-processor/success\",
          \"redirectUrl\": \"http://example.com/payment-processor/web-form/123abc\",
          \"additionalProcessorArguments\": \"just pass them all top the step 2\"
        }
        ```

         ## Step 2
         POST with request body, containing the `transactionId` along with any other attributes, that were in the response of Step 1 (other then the `transactionId`, `successUrl` and `redirectUrl`).

         This will finalize the payment method registration and will retrieve the newly added payment method for you. Note that you can also receive the payment methods using the payment methods listing endpoints.

        ### Example
        Request:
        ```json
        {
          \"transactionId\": 1234,
          \"successUrl\": \"http://example.com/payment-processor/success\",
          \"redirectUrl\": \"http://example.com/payment-processor/web-form/123abc\",
          \"additionalProcessorArguments\": \"just pass them all top the step 2\"
        }
        ```
        Response for card:
        ```json
        {
          \"data\": {
            \"id\": 1234,
            \"name\": \"**** 1111\",
            \"type\": \"tokenized\",
            \"tokenizedType\": \"card\",
            \"issuer\": \"visa\",
            \"expireYear\": 2026,
            \"expireMonth\": 5,
            \"default\": true,
          }
        }
        ```
        Response for bank transfer:
        ```json
        {
          \"data\": {
            \"id\": 1234,
            \"name\": \"**** 1111\",
            \"type\": \"tokenized\",
            \"tokenizedType\": \"bank_transfer\",
            \"bankTransferType\": \"sepa\",
            \"issuer\": null,
            \"expireYear\": null,
            \"expireMonth\": null,
            \"default\": true,
          }
        }
        ```

         # For payment processors with in-app integration

         Braintree and Stripe integrations DO NOT count out `redirectUrl` as these processors should have an ip-app integration and therefore the app itself should use the appropriate SDK to complete the credit-card tokenization process with the processor.

        ## Braintree
        The first step is not required for braintree as the full integration is done in-app. Step 2 needs to pass the `paymentMethodNonce` so that it can be exchanged for the payment method token.

        ### Example Step 2
        Request:
        ```json
        {\"paymentMethodNonce\": \"abc123\"}
        ```
        Response for card:
        ```json
        {
          \"data\": {
            \"id\": 1234,
            \"name\": \"**** 1111\",
            \"type\": \"tokenized\",
            \"tokenizedType\": \"card\",
            \"issuer\": \"visa\",
            \"expireYear\": 2026,
            \"expireMonth\": 5,
            \"default\": true,
          }
        }
        ```
        Response for bank transfer:
        ```json
        {
          \"data\": {
            \"id\": 1234,
            \"name\": \"**** 1111\",
            \"type\": \"tokenized\",
            \"tokenizedType\": \"bank_transfer\",
            \"bankTransferType\": \"sepa\",
            \"issuer\": null,
            \"expireYear\": null,
            \"expireMonth\": null,
            \"default\": true,
          }
        }
        ```

        ## Stripe
        Step 1 with stripe will initialize a setup intent, that your app should complete. You will get the details you need in order to do that from the response of that call. Call step 2 once you have completed the setup intent.

        ### Example Step 1 - when tokenizing card
        ```json
        {
          \"tokenizedType\": \"card\"
        }
        ```

        ### Example Step 1 - when tokenizing bank transfer
        Request:
        ```json
        {
          \"tokenizedType\": \"bank_transfer\",
          \"bankTransferType\": \"sepa\"
        }
        ```

        Response:
        ```json
        {
          \"publishableKey\": \"345678986543\",
          \"clientSecret\": \"jyt37hgsv63\",
          \"setupIntentReference\": \"1234ABC\"
        }
        ```

        ### Example Step 2
        Request:
        ```json
        {
          \"publishableKey\": \"345678986543\",
          \"clientSecret\": \"jyt37hgsv63\",
          \"setupIntentReference\": \"1234ABC\"
        }
        ```
        Response for card:
        ```json
        {
          \"data\": {
            \"id\": 1234,
            \"name\": \"**** 1111\",
            \"type\": \"tokenized\",
            \"tokenizedType\": \"card\",
            \"issuer\": \"visa\",
            \"expireYear\": 2026,
            \"expireMonth\": 5,
            \"default\": true,
          }
        }
        ```
        Response for bank transfer:
        ```json
        {
          \"data\": {
            \"id\": 1234,
            \"name\": \"**** 1111\",
            \"type\": \"tokenized\",
            \"tokenizedType\": \"bank_transfer\",
            \"bankTransferType\": \"sepa\",
            \"issuer\": null,
            \"expireYear\": null,
            \"expireMonth\": null,
            \"default\": true,
          }
        }
        ```


        Args:
            user: the user path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/users/v1.0/{user}/payment-methods`` (operationId ``paymentMethodCreate``)
        """
        from ..models.payment_method_create_request import PaymentMethodCreateRequest
        from ..models.stripe_setup_intent_payment_method import (
            StripeSetupIntentPaymentMethod,
        )
        from ..models.transaction_based_payment_method_setup import (
            TransactionBasedPaymentMethodSetup,
        )

        return cast(
            TransactionBasedPaymentMethodSetup | StripeSetupIntentPaymentMethod,
            await self._client._request(
                OPERATIONS["paymentMethodCreate"],
                TransactionBasedPaymentMethodSetup | StripeSetupIntentPaymentMethod,
                path={"user": user},
                body=body,
                timeout=timeout,
                body_type=PaymentMethodCreateRequest,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def payment_method_delete(
        self,
        user: int,
        payment_method_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Payment Method / Delete

        Delete Payment method. Please note that `balance` and `corporate` payment methods CANNOT be removed from this interface

        Args:
            user: the user path parameter
            payment_method_id: the paymentMethodId path parameter

        ``DELETE /public-api/resources/users/v1.0/{user}/payment-methods/{paymentMethodId}`` (operationId ``paymentMethodDelete``)
        """
        return await self._client._request(
            OPERATIONS["paymentMethodDelete"],
            None,
            path={"user": user, "paymentMethodId": payment_method_id},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def payment_method_read(
        self,
        user: int,
        payment_method_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaymentMethod:
        """Payment Method / Read

        Get information for a payment method by ID

        Args:
            user: the user path parameter
            payment_method_id: the paymentMethodId path parameter

        ``GET /public-api/resources/users/v1.0/{user}/payment-methods/{paymentMethodId}`` (operationId ``paymentMethodRead``)
        """
        from ..models.payment_method import PaymentMethod

        return await self._client._request(
            OPERATIONS["paymentMethodRead"],
            PaymentMethod,
            path={"user": user, "paymentMethodId": payment_method_id},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def payment_method_update(
        self,
        user: int,
        payment_method_id: str,
        *,
        body: PaymentMethodUpdateRequest | PaymentMethodUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PaymentMethod:
        """Payment Method / Update

        Update Payment method. Please note that `balance` and `corporate` payment methods CANNOT be set as default

        Args:
            user: the user path parameter
            payment_method_id: the paymentMethodId path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/users/v1.0/{user}/payment-methods/{paymentMethodId}`` (operationId ``paymentMethodUpdate``)
        """
        from ..models.payment_method import PaymentMethod
        from ..models.payment_method_update_request import PaymentMethodUpdateRequest

        return await self._client._request(
            OPERATIONS["paymentMethodUpdate"],
            PaymentMethod,
            path={"user": user, "paymentMethodId": payment_method_id},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PaymentMethodUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def payment_methods_listing(
        self,
        user: int,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[PaymentMethod]:
        """Payment Methods / Listing

        Get all payment methods for a user

        Args:
            user: the user path parameter
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/users/v1.0/{user}/payment-methods`` (operationId ``paymentMethodsListing``)
        """
        from ..models.payment_method import PaymentMethod

        return self._client._paginate(
            OPERATIONS["paymentMethodsListing"],
            PaymentMethod,
            path={"user": user},
            query={"page": page, "per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        user: int,
        *,
        include: (
            Sequence[UserDeleteIncludeItem | UserDeleteIncludeItemLiteral] | None
        ) = None,
        with_amount_due: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserDetails:
        """User / Read

        Get a user

        Args:
            user: the user path parameter

        ``GET /public-api/resources/users/v1.0/{user}`` (operationId ``userRead``)
        """
        from ..models.user_details import UserDetails

        return await self._client._request(
            OPERATIONS["userRead"],
            UserDetails,
            path={"user": user},
            query={"include": include, "withAmountDue": with_amount_due},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def redeem_voucher(
        self,
        user: int,
        *,
        body: UserRedeemVoucherRequest | UserRedeemVoucherRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """User / Redeem Voucher

        Apply a voucher to a user

        Args:
            user: the user ID to redeem a voucher to
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/users/v2.0/{user}/redeem-voucher`` (operationId ``userRedeemVoucher``)
        """
        from ..models.user_redeem_voucher_request import UserRedeemVoucherRequest

        return await self._client._request(
            OPERATIONS["userRedeemVoucher"],
            None,
            path={"user": user},
            body=body,
            timeout=timeout,
            body_type=UserRedeemVoucherRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update(
        self,
        user: int,
        *,
        body: UserUpdateRequest | UserUpdateRequestParam,
        include: (
            Sequence[UserDeleteIncludeItem | UserDeleteIncludeItemLiteral] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> User:
        """User / Update

        Update user

        Args:
            user: the user path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/users/v1.0/{user}`` (operationId ``userUpdate``)
        """
        from ..models.user import User
        from ..models.user_update_request import UserUpdateRequest

        return await self._client._request(
            OPERATIONS["userUpdate"],
            User,
            path={"user": user},
            query={"include": include},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=UserUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class UsersResourceWithRawResponse:
    """``client.with_raw_response.users`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: UsersResource) -> None:
        self.activate_subscription = to_raw(resource.activate_subscription)
        self.add_balance = to_raw(resource.add_balance)
        self.apply_custom_fee = to_raw(resource.apply_custom_fee)
        self.cancel_subscription = to_raw(resource.cancel_subscription)
        self.change_status = to_raw(resource.change_status)
        self.clear_subscription_amount_due = to_raw(
            resource.clear_subscription_amount_due
        )
        self.create = to_raw(resource.create)
        self.delete = to_raw(resource.delete)
        self.export_all_private_data = to_raw(resource.export_all_private_data)
        self.invoice_details_create_or_update = to_raw(
            resource.invoice_details_create_or_update
        )
        self.invoice_details_read = to_raw(resource.invoice_details_read)
        self.listing = to_raw_listing(resource.listing)
        self.payment_method_create = to_raw(resource.payment_method_create)
        self.payment_method_delete = to_raw(resource.payment_method_delete)
        self.payment_method_read = to_raw(resource.payment_method_read)
        self.payment_method_update = to_raw(resource.payment_method_update)
        self.payment_methods_listing = to_raw_listing(resource.payment_methods_listing)
        self.read = to_raw(resource.read)
        self.redeem_voucher = to_raw(resource.redeem_voucher)
        self.update = to_raw(resource.update)


class AsyncUsersResourceWithRawResponse:
    """``client.with_raw_response.users`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self.activate_subscription = to_async_raw(resource.activate_subscription)
        self.add_balance = to_async_raw(resource.add_balance)
        self.apply_custom_fee = to_async_raw(resource.apply_custom_fee)
        self.cancel_subscription = to_async_raw(resource.cancel_subscription)
        self.change_status = to_async_raw(resource.change_status)
        self.clear_subscription_amount_due = to_async_raw(
            resource.clear_subscription_amount_due
        )
        self.create = to_async_raw(resource.create)
        self.delete = to_async_raw(resource.delete)
        self.export_all_private_data = to_async_raw(resource.export_all_private_data)
        self.invoice_details_create_or_update = to_async_raw(
            resource.invoice_details_create_or_update
        )
        self.invoice_details_read = to_async_raw(resource.invoice_details_read)
        self.listing = to_async_raw_listing(resource.listing)
        self.payment_method_create = to_async_raw(resource.payment_method_create)
        self.payment_method_delete = to_async_raw(resource.payment_method_delete)
        self.payment_method_read = to_async_raw(resource.payment_method_read)
        self.payment_method_update = to_async_raw(resource.payment_method_update)
        self.payment_methods_listing = to_async_raw_listing(
            resource.payment_methods_listing
        )
        self.read = to_async_raw(resource.read)
        self.redeem_voucher = to_async_raw(resource.redeem_voucher)
        self.update = to_async_raw(resource.update)


class UsersResourceWithStreamingResponse:
    """``client.with_streaming_response.users`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: UsersResource) -> None:
        self.activate_subscription = to_streamed(resource.activate_subscription)
        self.add_balance = to_streamed(resource.add_balance)
        self.apply_custom_fee = to_streamed(resource.apply_custom_fee)
        self.cancel_subscription = to_streamed(resource.cancel_subscription)
        self.change_status = to_streamed(resource.change_status)
        self.clear_subscription_amount_due = to_streamed(
            resource.clear_subscription_amount_due
        )
        self.create = to_streamed(resource.create)
        self.delete = to_streamed(resource.delete)
        self.export_all_private_data = to_streamed(resource.export_all_private_data)
        self.invoice_details_create_or_update = to_streamed(
            resource.invoice_details_create_or_update
        )
        self.invoice_details_read = to_streamed(resource.invoice_details_read)
        self.listing = to_streamed_listing(resource.listing)
        self.payment_method_create = to_streamed(resource.payment_method_create)
        self.payment_method_delete = to_streamed(resource.payment_method_delete)
        self.payment_method_read = to_streamed(resource.payment_method_read)
        self.payment_method_update = to_streamed(resource.payment_method_update)
        self.payment_methods_listing = to_streamed_listing(
            resource.payment_methods_listing
        )
        self.read = to_streamed(resource.read)
        self.redeem_voucher = to_streamed(resource.redeem_voucher)
        self.update = to_streamed(resource.update)


class AsyncUsersResourceWithStreamingResponse:
    """``client.with_streaming_response.users`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self.activate_subscription = to_async_streamed(resource.activate_subscription)
        self.add_balance = to_async_streamed(resource.add_balance)
        self.apply_custom_fee = to_async_streamed(resource.apply_custom_fee)
        self.cancel_subscription = to_async_streamed(resource.cancel_subscription)
        self.change_status = to_async_streamed(resource.change_status)
        self.clear_subscription_amount_due = to_async_streamed(
            resource.clear_subscription_amount_due
        )
        self.create = to_async_streamed(resource.create)
        self.delete = to_async_streamed(resource.delete)
        self.export_all_private_data = to_async_streamed(
            resource.export_all_private_data
        )
        self.invoice_details_create_or_update = to_async_streamed(
            resource.invoice_details_create_or_update
        )
        self.invoice_details_read = to_async_streamed(resource.invoice_details_read)
        self.listing = to_async_streamed_listing(resource.listing)
        self.payment_method_create = to_async_streamed(resource.payment_method_create)
        self.payment_method_delete = to_async_streamed(resource.payment_method_delete)
        self.payment_method_read = to_async_streamed(resource.payment_method_read)
        self.payment_method_update = to_async_streamed(resource.payment_method_update)
        self.payment_methods_listing = to_async_streamed_listing(
            resource.payment_methods_listing
        )
        self.read = to_async_streamed(resource.read)
        self.redeem_voucher = to_async_streamed(resource.redeem_voucher)
        self.update = to_async_streamed(resource.update)
