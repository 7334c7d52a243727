"""Operations of ``client.payment_terminals`` (resource / payment terminals)."""

from __future__ import annotations

from collections.abc import Mapping
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
    from ..models.adyen_castles import AdyenCastles
    from ..models.ampeco import Ampeco_
    from ..models.cardlink_castles import CardlinkCastles
    from ..models.crane import Crane
    from ..models.create_payment_terminal_request_option1_option1 import (
        CreatePaymentTerminalRequestOption1Option1,
    )
    from ..models.create_payment_terminal_request_option3 import (
        CreatePaymentTerminalRequestOption3,
    )
    from ..models.create_payment_terminal_request_option7 import (
        CreatePaymentTerminalRequestOption7,
    )
    from ..models.get_payment_terminals_filter import GetPaymentTerminalsFilter
    from ..models.nayax import Nayax
    from ..models.pax import Pax
    from ..models.payment_terminal_option10 import PaymentTerminalOption10
    from ..models.payment_terminal_option11 import PaymentTerminalOption11
    from ..models.payment_terminal_option12 import PaymentTerminalOption12
    from ..models.payment_terminal_option1_option1 import PaymentTerminalOption1Option1
    from ..models.payment_terminal_option1_option2 import PaymentTerminalOption1Option2
    from ..models.payment_terminal_option3 import PaymentTerminalOption3
    from ..models.payment_terminal_option4 import PaymentTerminalOption4
    from ..models.payment_terminal_option5 import PaymentTerminalOption5
    from ..models.payment_terminal_option6 import PaymentTerminalOption6
    from ..models.payment_terminal_option7 import PaymentTerminalOption7
    from ..models.payment_terminal_option9 import PaymentTerminalOption9
    from ..models.payter_on_cp import PayterOnCp
    from ..models.payter_on_location import PayterOnLocation
    from ..models.printec_castles import PrintecCastles
    from ..models.update_payment_terminal_request_option10 import (
        UpdatePaymentTerminalRequestOption10,
    )
    from ..models.update_payment_terminal_request_option1_option2 import (
        UpdatePaymentTerminalRequestOption1Option2,
    )
    from ..models.update_payment_terminal_request_option4 import (
        UpdatePaymentTerminalRequestOption4,
    )
    from ..models.update_payment_terminal_request_option5 import (
        UpdatePaymentTerminalRequestOption5,
    )
    from ..models.update_payment_terminal_request_option9 import (
        UpdatePaymentTerminalRequestOption9,
    )
    from ..models.web_portal import WebPortal
    from ..params import (
        AdyenCastlesParam,
        Ampeco_Param,
        CardlinkCastlesParam,
        CraneParam,
        CreatePaymentTerminalRequestOption1Option1Param,
        CreatePaymentTerminalRequestOption3Param,
        CreatePaymentTerminalRequestOption7Param,
        GetPaymentTerminalsFilterParam,
        NayaxParam,
        PaxParam,
        PayterOnCpParam,
        PayterOnLocationParam,
        PrintecCastlesParam,
        UpdatePaymentTerminalRequestOption10Param,
        UpdatePaymentTerminalRequestOption1Option2Param,
        UpdatePaymentTerminalRequestOption4Param,
        UpdatePaymentTerminalRequestOption5Param,
        UpdatePaymentTerminalRequestOption9Param,
        WebPortalParam,
    )

__all__ = [
    "AsyncPaymentTerminalsResource",
    "AsyncPaymentTerminalsResourceWithRawResponse",
    "AsyncPaymentTerminalsResourceWithStreamingResponse",
    "PaymentTerminalsResource",
    "PaymentTerminalsResourceWithRawResponse",
    "PaymentTerminalsResourceWithStreamingResponse",
]


class PaymentTerminalsResource:
    """Synchronous operations of resource / payment terminals."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_payment_terminal(
        self,
        *,
        body: (
            CreatePaymentTerminalRequestOption1Option1
            | CreatePaymentTerminalRequestOption1Option1Param
            | PayterOnLocation
            | PayterOnLocationParam
            | CardlinkCastles
            | CardlinkCastlesParam
            | CreatePaymentTerminalRequestOption3
            | CreatePaymentTerminalRequestOption3Param
            | Ampeco_
            | Ampeco_Param
            | Nayax
            | NayaxParam
            | CreatePaymentTerminalRequestOption7
            | CreatePaymentTerminalRequestOption7Param
            | WebPortal
            | WebPortalParam
            | AdyenCastles
            | AdyenCastlesParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> (
        PaymentTerminalOption1Option1
        | PaymentTerminalOption1Option2
        | PaymentTerminalOption12
        | PaymentTerminalOption3
        | PaymentTerminalOption4
        | PaymentTerminalOption5
        | PaymentTerminalOption6
        | PaymentTerminalOption7
        | PaymentTerminalOption9
        | PaymentTerminalOption10
        | PaymentTerminalOption11
    ):
        """Payment Terminals / Create

        Create a new payment terminal

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/payment-terminals/v1.0`` (operationId ``createPaymentTerminal``)
        """
        from ..models.payment_terminal_option10 import PaymentTerminalOption10
        from ..models.payment_terminal_option11 import PaymentTerminalOption11
        from ..models.payment_terminal_option12 import PaymentTerminalOption12
        from ..models.payment_terminal_option1_option1 import (
            PaymentTerminalOption1Option1,
        )
        from ..models.payment_terminal_option1_option2 import (
            PaymentTerminalOption1Option2,
        )
        from ..models.payment_terminal_option3 import PaymentTerminalOption3
        from ..models.payment_terminal_option4 import PaymentTerminalOption4
        from ..models.payment_terminal_option5 import PaymentTerminalOption5
        from ..models.payment_terminal_option6 import PaymentTerminalOption6
        from ..models.payment_terminal_option7 import PaymentTerminalOption7
        from ..models.payment_terminal_option9 import PaymentTerminalOption9

        return cast(
            PaymentTerminalOption1Option1
            | PaymentTerminalOption1Option2
            | PaymentTerminalOption12
            | PaymentTerminalOption3
            | PaymentTerminalOption4
            | PaymentTerminalOption5
            | PaymentTerminalOption6
            | PaymentTerminalOption7
            | PaymentTerminalOption9
            | PaymentTerminalOption10
            | PaymentTerminalOption11,
            self._client._request(
                OPERATIONS["createPaymentTerminal"],
                PaymentTerminalOption1Option1
                | PaymentTerminalOption1Option2
                | PaymentTerminalOption12
                | PaymentTerminalOption3
                | PaymentTerminalOption4
                | PaymentTerminalOption5
                | PaymentTerminalOption6
                | PaymentTerminalOption7
                | PaymentTerminalOption9
                | PaymentTerminalOption10
                | PaymentTerminalOption11,
                body=body,
                unwrap="data",
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def delete_payment_terminal(
        self,
        payment_terminal: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Payment Terminals / Delete

        Delete a payment terminal.

        Args:
            payment_terminal: the paymentTerminal path parameter

        ``DELETE /public-api/resources/payment-terminals/v1.0/{paymentTerminal}`` (operationId ``deletePaymentTerminal``)
        """
        return self._client._request(
            OPERATIONS["deletePaymentTerminal"],
            None,
            path={"paymentTerminal": payment_terminal},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_payment_terminal(
        self,
        payment_terminal: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> (
        PaymentTerminalOption1Option1
        | PaymentTerminalOption1Option2
        | PaymentTerminalOption12
        | PaymentTerminalOption3
        | PaymentTerminalOption4
        | PaymentTerminalOption5
        | PaymentTerminalOption6
        | PaymentTerminalOption7
        | PaymentTerminalOption9
        | PaymentTerminalOption10
        | PaymentTerminalOption11
    ):
        """Payment Terminals / Read

        Get information for a payment terminal by ID

        Args:
            payment_terminal: the paymentTerminal path parameter

        ``GET /public-api/resources/payment-terminals/v1.0/{paymentTerminal}`` (operationId ``getPaymentTerminal``)
        """
        from ..models.payment_terminal_option10 import PaymentTerminalOption10
        from ..models.payment_terminal_option11 import PaymentTerminalOption11
        from ..models.payment_terminal_option12 import PaymentTerminalOption12
        from ..models.payment_terminal_option1_option1 import (
            PaymentTerminalOption1Option1,
        )
        from ..models.payment_terminal_option1_option2 import (
            PaymentTerminalOption1Option2,
        )
        from ..models.payment_terminal_option3 import PaymentTerminalOption3
        from ..models.payment_terminal_option4 import PaymentTerminalOption4
        from ..models.payment_terminal_option5 import PaymentTerminalOption5
        from ..models.payment_terminal_option6 import PaymentTerminalOption6
        from ..models.payment_terminal_option7 import PaymentTerminalOption7
        from ..models.payment_terminal_option9 import PaymentTerminalOption9

        return cast(
            PaymentTerminalOption1Option1
            | PaymentTerminalOption1Option2
            | PaymentTerminalOption12
            | PaymentTerminalOption3
            | PaymentTerminalOption4
            | PaymentTerminalOption5
            | PaymentTerminalOption6
            | PaymentTerminalOption7
            | PaymentTerminalOption9
            | PaymentTerminalOption10
            | PaymentTerminalOption11,
            self._client._request(
                OPERATIONS["getPaymentTerminal"],
                PaymentTerminalOption1Option1
                | PaymentTerminalOption1Option2
                | PaymentTerminalOption12
                | PaymentTerminalOption3
                | PaymentTerminalOption4
                | PaymentTerminalOption5
                | PaymentTerminalOption6
                | PaymentTerminalOption7
                | PaymentTerminalOption9
                | PaymentTerminalOption10
                | PaymentTerminalOption11,
                path={"paymentTerminal": payment_terminal},
                unwrap="data",
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def get_payment_terminals(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: (
            GetPaymentTerminalsFilter | GetPaymentTerminalsFilterParam | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[
        PaymentTerminalOption1Option1
        | PaymentTerminalOption1Option2
        | PaymentTerminalOption12
        | PaymentTerminalOption3
        | PaymentTerminalOption4
        | PaymentTerminalOption5
        | PaymentTerminalOption6
        | PaymentTerminalOption7
        | PaymentTerminalOption9
        | PaymentTerminalOption10
        | PaymentTerminalOption11
    ]:
        """Payment Terminals / Listing

        Get all payment terminals

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/payment-terminals/v1.0`` (operationId ``getPaymentTerminals``)
        """
        from ..models.get_payment_terminals_filter import GetPaymentTerminalsFilter
        from ..models.payment_terminal_option10 import PaymentTerminalOption10
        from ..models.payment_terminal_option11 import PaymentTerminalOption11
        from ..models.payment_terminal_option12 import PaymentTerminalOption12
        from ..models.payment_terminal_option1_option1 import (
            PaymentTerminalOption1Option1,
        )
        from ..models.payment_terminal_option1_option2 import (
            PaymentTerminalOption1Option2,
        )
        from ..models.payment_terminal_option3 import PaymentTerminalOption3
        from ..models.payment_terminal_option4 import PaymentTerminalOption4
        from ..models.payment_terminal_option5 import PaymentTerminalOption5
        from ..models.payment_terminal_option6 import PaymentTerminalOption6
        from ..models.payment_terminal_option7 import PaymentTerminalOption7
        from ..models.payment_terminal_option9 import PaymentTerminalOption9

        return self._client._paginate(
            OPERATIONS["getPaymentTerminals"],
            PaymentTerminalOption1Option1
            | PaymentTerminalOption1Option2
            | PaymentTerminalOption12
            | PaymentTerminalOption3
            | PaymentTerminalOption4
            | PaymentTerminalOption5
            | PaymentTerminalOption6
            | PaymentTerminalOption7
            | PaymentTerminalOption9
            | PaymentTerminalOption10
            | PaymentTerminalOption11,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": GetPaymentTerminalsFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_payment_terminal(
        self,
        payment_terminal: str,
        *,
        body: (
            PayterOnCp
            | PayterOnCpParam
            | UpdatePaymentTerminalRequestOption1Option2
            | UpdatePaymentTerminalRequestOption1Option2Param
            | PrintecCastles
            | PrintecCastlesParam
            | Crane
            | CraneParam
            | UpdatePaymentTerminalRequestOption4
            | UpdatePaymentTerminalRequestOption4Param
            | UpdatePaymentTerminalRequestOption5
            | UpdatePaymentTerminalRequestOption5Param
            | Pax
            | PaxParam
            | UpdatePaymentTerminalRequestOption9
            | UpdatePaymentTerminalRequestOption9Param
            | UpdatePaymentTerminalRequestOption10
            | UpdatePaymentTerminalRequestOption10Param
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> (
        PaymentTerminalOption1Option1
        | PaymentTerminalOption1Option2
        | PaymentTerminalOption12
        | PaymentTerminalOption3
        | PaymentTerminalOption4
        | PaymentTerminalOption5
        | PaymentTerminalOption6
        | PaymentTerminalOption7
        | PaymentTerminalOption9
        | PaymentTerminalOption10
        | PaymentTerminalOption11
    ):
        """Payment Terminals / Update

        Update Payment terminal

        Args:
            payment_terminal: the paymentTerminal path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/payment-terminals/v1.0/{paymentTerminal}`` (operationId ``updatePaymentTerminal``)
        """
        from ..models.payment_terminal_option10 import PaymentTerminalOption10
        from ..models.payment_terminal_option11 import PaymentTerminalOption11
        from ..models.payment_terminal_option12 import PaymentTerminalOption12
        from ..models.payment_terminal_option1_option1 import (
            PaymentTerminalOption1Option1,
        )
        from ..models.payment_terminal_option1_option2 import (
            PaymentTerminalOption1Option2,
        )
        from ..models.payment_terminal_option3 import PaymentTerminalOption3
        from ..models.payment_terminal_option4 import PaymentTerminalOption4
        from ..models.payment_terminal_option5 import PaymentTerminalOption5
        from ..models.payment_terminal_option6 import PaymentTerminalOption6
        from ..models.payment_terminal_option7 import PaymentTerminalOption7
        from ..models.payment_terminal_option9 import PaymentTerminalOption9

        return cast(
            PaymentTerminalOption1Option1
            | PaymentTerminalOption1Option2
            | PaymentTerminalOption12
            | PaymentTerminalOption3
            | PaymentTerminalOption4
            | PaymentTerminalOption5
            | PaymentTerminalOption6
            | PaymentTerminalOption7
            | PaymentTerminalOption9
            | PaymentTerminalOption10
            | PaymentTerminalOption11,
            self._client._request(
                OPERATIONS["updatePaymentTerminal"],
                PaymentTerminalOption1Option1
                | PaymentTerminalOption1Option2
                | PaymentTerminalOption12
                | PaymentTerminalOption3
                | PaymentTerminalOption4
                | PaymentTerminalOption5
                | PaymentTerminalOption6
                | PaymentTerminalOption7
                | PaymentTerminalOption9
                | PaymentTerminalOption10
                | PaymentTerminalOption11,
                path={"paymentTerminal": payment_terminal},
                body=body,
                unwrap="data",
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncPaymentTerminalsResource:
    """Asynchronous operations of resource / payment terminals."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_payment_terminal(
        self,
        *,
        body: (
            CreatePaymentTerminalRequestOption1Option1
            | CreatePaymentTerminalRequestOption1Option1Param
            | PayterOnLocation
            | PayterOnLocationParam
            | CardlinkCastles
            | CardlinkCastlesParam
            | CreatePaymentTerminalRequestOption3
            | CreatePaymentTerminalRequestOption3Param
            | Ampeco_
            | Ampeco_Param
            | Nayax
            | NayaxParam
            | CreatePaymentTerminalRequestOption7
            | CreatePaymentTerminalRequestOption7Param
            | WebPortal
            | WebPortalParam
            | AdyenCastles
            | AdyenCastlesParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> (
        PaymentTerminalOption1Option1
        | PaymentTerminalOption1Option2
        | PaymentTerminalOption12
        | PaymentTerminalOption3
        | PaymentTerminalOption4
        | PaymentTerminalOption5
        | PaymentTerminalOption6
        | PaymentTerminalOption7
        | PaymentTerminalOption9
        | PaymentTerminalOption10
        | PaymentTerminalOption11
    ):
        """Payment Terminals / Create

        Create a new payment terminal

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/payment-terminals/v1.0`` (operationId ``createPaymentTerminal``)
        """
        from ..models.payment_terminal_option10 import PaymentTerminalOption10
        from ..models.payment_terminal_option11 import PaymentTerminalOption11
        from ..models.payment_terminal_option12 import PaymentTerminalOption12
        from ..models.payment_terminal_option1_option1 import (
            PaymentTerminalOption1Option1,
        )
        from ..models.payment_terminal_option1_option2 import (
            PaymentTerminalOption1Option2,
        )
        from ..models.payment_terminal_option3 import PaymentTerminalOption3
        from ..models.payment_terminal_option4 import PaymentTerminalOption4
        from ..models.payment_terminal_option5 import PaymentTerminalOption5
        from ..models.payment_terminal_option6 import PaymentTerminalOption6
        from ..models.payment_terminal_option7 import PaymentTerminalOption7
        from ..models.payment_terminal_option9 import PaymentTerminalOption9

        return cast(
            PaymentTerminalOption1Option1
            | PaymentTerminalOption1Option2
            | PaymentTerminalOption12
            | PaymentTerminalOption3
            | PaymentTerminalOption4
            | PaymentTerminalOption5
            | PaymentTerminalOption6
            | PaymentTerminalOption7
            | PaymentTerminalOption9
            | PaymentTerminalOption10
            | PaymentTerminalOption11,
            await self._client._request(
                OPERATIONS["createPaymentTerminal"],
                PaymentTerminalOption1Option1
                | PaymentTerminalOption1Option2
                | PaymentTerminalOption12
                | PaymentTerminalOption3
                | PaymentTerminalOption4
                | PaymentTerminalOption5
                | PaymentTerminalOption6
                | PaymentTerminalOption7
                | PaymentTerminalOption9
                | PaymentTerminalOption10
                | PaymentTerminalOption11,
                body=body,
                unwrap="data",
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def delete_payment_terminal(
        self,
        payment_terminal: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Payment Terminals / Delete

        Delete a payment terminal.

        Args:
            payment_terminal: the paymentTerminal path parameter

        ``DELETE /public-api/resources/payment-terminals/v1.0/{paymentTerminal}`` (operationId ``deletePaymentTerminal``)
        """
        return await self._client._request(
            OPERATIONS["deletePaymentTerminal"],
            None,
            path={"paymentTerminal": payment_terminal},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_payment_terminal(
        self,
        payment_terminal: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> (
        PaymentTerminalOption1Option1
        | PaymentTerminalOption1Option2
        | PaymentTerminalOption12
        | PaymentTerminalOption3
        | PaymentTerminalOption4
        | PaymentTerminalOption5
        | PaymentTerminalOption6
        | PaymentTerminalOption7
        | PaymentTerminalOption9
        | PaymentTerminalOption10
        | PaymentTerminalOption11
    ):
        """Payment Terminals / Read

        Get information for a payment terminal by ID

        Args:
            payment_terminal: the paymentTerminal path parameter

        ``GET /public-api/resources/payment-terminals/v1.0/{paymentTerminal}`` (operationId ``getPaymentTerminal``)
        """
        from ..models.payment_terminal_option10 import PaymentTerminalOption10
        from ..models.payment_terminal_option11 import PaymentTerminalOption11
        from ..models.payment_terminal_option12 import PaymentTerminalOption12
        from ..models.payment_terminal_option1_option1 import (
            PaymentTerminalOption1Option1,
        )
        from ..models.payment_terminal_option1_option2 import (
            PaymentTerminalOption1Option2,
        )
        from ..models.payment_terminal_option3 import PaymentTerminalOption3
        from ..models.payment_terminal_option4 import PaymentTerminalOption4
        from ..models.payment_terminal_option5 import PaymentTerminalOption5
        from ..models.payment_terminal_option6 import PaymentTerminalOption6
        from ..models.payment_terminal_option7 import PaymentTerminalOption7
        from ..models.payment_terminal_option9 import PaymentTerminalOption9

        return cast(
            PaymentTerminalOption1Option1
            | PaymentTerminalOption1Option2
            | PaymentTerminalOption12
            | PaymentTerminalOption3
            | PaymentTerminalOption4
            | PaymentTerminalOption5
            | PaymentTerminalOption6
            | PaymentTerminalOption7
            | PaymentTerminalOption9
            | PaymentTerminalOption10
            | PaymentTerminalOption11,
            await self._client._request(
                OPERATIONS["getPaymentTerminal"],
                PaymentTerminalOption1Option1
                | PaymentTerminalOption1Option2
                | PaymentTerminalOption12
                | PaymentTerminalOption3
                | PaymentTerminalOption4
                | PaymentTerminalOption5
                | PaymentTerminalOption6
                | PaymentTerminalOption7
                | PaymentTerminalOption9
                | PaymentTerminalOption10
                | PaymentTerminalOption11,
                path={"paymentTerminal": payment_terminal},
                unwrap="data",
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def get_payment_terminals(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: (
            GetPaymentTerminalsFilter | GetPaymentTerminalsFilterParam | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        PaymentTerminalOption1Option1
        | PaymentTerminalOption1Option2
        | PaymentTerminalOption12
        | PaymentTerminalOption3
        | PaymentTerminalOption4
        | PaymentTerminalOption5
        | PaymentTerminalOption6
        | PaymentTerminalOption7
        | PaymentTerminalOption9
        | PaymentTerminalOption10
        | PaymentTerminalOption11
    ]:
        """Payment Terminals / Listing

        Get all payment terminals

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/payment-terminals/v1.0`` (operationId ``getPaymentTerminals``)
        """
        from ..models.get_payment_terminals_filter import GetPaymentTerminalsFilter
        from ..models.payment_terminal_option10 import PaymentTerminalOption10
        from ..models.payment_terminal_option11 import PaymentTerminalOption11
        from ..models.payment_terminal_option12 import PaymentTerminalOption12
        from ..models.payment_terminal_option1_option1 import (
            PaymentTerminalOption1Option1,
        )
        from ..models.payment_terminal_option1_option2 import (
            PaymentTerminalOption1Option2,
        )
        from ..models.payment_terminal_option3 import PaymentTerminalOption3
        from ..models.payment_terminal_option4 import PaymentTerminalOption4
        from ..models.payment_terminal_option5 import PaymentTerminalOption5
        from ..models.payment_terminal_option6 import PaymentTerminalOption6
        from ..models.payment_terminal_option7 import PaymentTerminalOption7
        from ..models.payment_terminal_option9 import PaymentTerminalOption9

        return self._client._paginate(
            OPERATIONS["getPaymentTerminals"],
            PaymentTerminalOption1Option1
            | PaymentTerminalOption1Option2
            | PaymentTerminalOption12
            | PaymentTerminalOption3
            | PaymentTerminalOption4
            | PaymentTerminalOption5
            | PaymentTerminalOption6
            | PaymentTerminalOption7
            | PaymentTerminalOption9
            | PaymentTerminalOption10
            | PaymentTerminalOption11,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": GetPaymentTerminalsFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_payment_terminal(
        self,
        payment_terminal: str,
        *,
        body: (
            PayterOnCp
            | PayterOnCpParam
            | UpdatePaymentTerminalRequestOption1Option2
            | UpdatePaymentTerminalRequestOption1Option2Param
            | PrintecCastles
            | PrintecCastlesParam
            | Crane
            | CraneParam
            | UpdatePaymentTerminalRequestOption4
            | UpdatePaymentTerminalRequestOption4Param
            | UpdatePaymentTerminalRequestOption5
            | UpdatePaymentTerminalRequestOption5Param
            | Pax
            | PaxParam
            | UpdatePaymentTerminalRequestOption9
            | UpdatePaymentTerminalRequestOption9Param
            | UpdatePaymentTerminalRequestOption10
            | UpdatePaymentTerminalRequestOption10Param
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> (
        PaymentTerminalOption1Option1
        | PaymentTerminalOption1Option2
        | PaymentTerminalOption12
        | PaymentTerminalOption3
        | PaymentTerminalOption4
        | PaymentTerminalOption5
        | PaymentTerminalOption6
        | PaymentTerminalOption7
        | PaymentTerminalOption9
        | PaymentTerminalOption10
        | PaymentTerminalOption11
    ):
        """Payment Terminals / Update

        Update Payment terminal

        Args:
            payment_terminal: the paymentTerminal path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/payment-terminals/v1.0/{paymentTerminal}`` (operationId ``updatePaymentTerminal``)
        """
        from ..models.payment_terminal_option10 import PaymentTerminalOption10
        from ..models.payment_terminal_option11 import PaymentTerminalOption11
        from ..models.payment_terminal_option12 import PaymentTerminalOption12
        from ..models.payment_terminal_option1_option1 import (
            PaymentTerminalOption1Option1,
        )
        from ..models.payment_terminal_option1_option2 import (
            PaymentTerminalOption1Option2,
        )
        from ..models.payment_terminal_option3 import PaymentTerminalOption3
        from ..models.payment_terminal_option4 import PaymentTerminalOption4
        from ..models.payment_terminal_option5 import PaymentTerminalOption5
        from ..models.payment_terminal_option6 import PaymentTerminalOption6
        from ..models.payment_terminal_option7 import PaymentTerminalOption7
        from ..models.payment_terminal_option9 import PaymentTerminalOption9

        return cast(
            PaymentTerminalOption1Option1
            | PaymentTerminalOption1Option2
            | PaymentTerminalOption12
            | PaymentTerminalOption3
            | PaymentTerminalOption4
            | PaymentTerminalOption5
            | PaymentTerminalOption6
            | PaymentTerminalOption7
            | PaymentTerminalOption9
            | PaymentTerminalOption10
            | PaymentTerminalOption11,
            await self._client._request(
                OPERATIONS["updatePaymentTerminal"],
                PaymentTerminalOption1Option1
                | PaymentTerminalOption1Option2
                | PaymentTerminalOption12
                | PaymentTerminalOption3
                | PaymentTerminalOption4
                | PaymentTerminalOption5
                | PaymentTerminalOption6
                | PaymentTerminalOption7
                | PaymentTerminalOption9
                | PaymentTerminalOption10
                | PaymentTerminalOption11,
                path={"paymentTerminal": payment_terminal},
                body=body,
                unwrap="data",
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class PaymentTerminalsResourceWithRawResponse:
    """``client.with_raw_response.payment_terminals`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: PaymentTerminalsResource) -> None:
        self.create_payment_terminal = to_raw(resource.create_payment_terminal)
        self.delete_payment_terminal = to_raw(resource.delete_payment_terminal)
        self.get_payment_terminal = to_raw(resource.get_payment_terminal)
        self.get_payment_terminals = to_raw_listing(resource.get_payment_terminals)
        self.update_payment_terminal = to_raw(resource.update_payment_terminal)


class AsyncPaymentTerminalsResourceWithRawResponse:
    """``client.with_raw_response.payment_terminals`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncPaymentTerminalsResource) -> None:
        self.create_payment_terminal = to_async_raw(resource.create_payment_terminal)
        self.delete_payment_terminal = to_async_raw(resource.delete_payment_terminal)
        self.get_payment_terminal = to_async_raw(resource.get_payment_terminal)
        self.get_payment_terminals = to_async_raw_listing(
            resource.get_payment_terminals
        )
        self.update_payment_terminal = to_async_raw(resource.update_payment_terminal)


class PaymentTerminalsResourceWithStreamingResponse:
    """``client.with_streaming_response.payment_terminals`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: PaymentTerminalsResource) -> None:
        self.create_payment_terminal = to_streamed(resource.create_payment_terminal)
        self.delete_payment_terminal = to_streamed(resource.delete_payment_terminal)
        self.get_payment_terminal = to_streamed(resource.get_payment_terminal)
        self.get_payment_terminals = to_streamed_listing(resource.get_payment_terminals)
        self.update_payment_terminal = to_streamed(resource.update_payment_terminal)


class AsyncPaymentTerminalsResourceWithStreamingResponse:
    """``client.with_streaming_response.payment_terminals`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncPaymentTerminalsResource) -> None:
        self.create_payment_terminal = to_async_streamed(
            resource.create_payment_terminal
        )
        self.delete_payment_terminal = to_async_streamed(
            resource.delete_payment_terminal
        )
        self.get_payment_terminal = to_async_streamed(resource.get_payment_terminal)
        self.get_payment_terminals = to_async_streamed_listing(
            resource.get_payment_terminals
        )
        self.update_payment_terminal = to_async_streamed(
            resource.update_payment_terminal
        )
