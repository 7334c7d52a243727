"""Operations of ``client.circuits`` (resource / circuits)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    from ..models.circuit import Circuit
    from ..models.circuit_attach_charge_point_request import (
        CircuitAttachChargePointRequest,
    )
    from ..models.circuit_charge_point_priority import CircuitChargePointPriority
    from ..models.circuit_consumption_phase_deprecated_phase import (
        CircuitConsumptionPhaseDeprecatedPhase,
    )
    from ..models.circuit_create_deprecated_request import (
        CircuitCreateDeprecatedRequest,
    )
    from ..models.circuit_create_request import CircuitCreateRequest
    from ..models.circuit_create_result import CircuitCreateResult
    from ..models.circuit_deprecated import CircuitDeprecated
    from ..models.circuit_read_include_item import CircuitReadIncludeItem
    from ..models.circuit_set_charge_point_evse_priority_request import (
        CircuitSetChargePointEvsePriorityRequest,
    )
    from ..models.circuit_set_circuit_soc_priority_request import (
        CircuitSetCircuitSocPriorityRequest,
    )
    from ..models.circuit_unmanaged_load_item import CircuitUnmanagedLoadItem
    from ..models.circuit_update_deprecated_request import (
        CircuitUpdateDeprecatedRequest,
    )
    from ..models.circuit_update_deprecated_response import (
        CircuitUpdateDeprecatedResponse,
    )
    from ..models.circuit_update_request import CircuitUpdateRequest
    from ..models.circuit_user_priority import CircuitUserPriority
    from ..models.circuit_user_priority_create_request import (
        CircuitUserPriorityCreateRequest,
    )
    from ..models.circuit_user_priority_update_request import (
        CircuitUserPriorityUpdateRequest,
    )
    from ..models.circuits_listing_filter import CircuitsListingFilter
    from ..params import (
        CircuitAttachChargePointRequestParam,
        CircuitConsumptionPhaseDeprecatedPhaseLiteral,
        CircuitCreateDeprecatedRequestParam,
        CircuitCreateRequestParam,
        CircuitReadIncludeItemLiteral,
        CircuitSetChargePointEvsePriorityRequestParam,
        CircuitSetCircuitSocPriorityRequestParam,
        CircuitUpdateDeprecatedRequestParam,
        CircuitUpdateRequestParam,
        CircuitUserPriorityCreateRequestParam,
        CircuitUserPriorityUpdateRequestParam,
        CircuitsListingFilterParam,
    )

__all__ = [
    "AsyncCircuitsResource",
    "AsyncCircuitsResourceWithRawResponse",
    "AsyncCircuitsResourceWithStreamingResponse",
    "CircuitsResource",
    "CircuitsResourceWithRawResponse",
    "CircuitsResourceWithStreamingResponse",
]


class CircuitsResource:
    """Synchronous operations of resource / circuits."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def attach_charge_point(
        self,
        circuit: int,
        *,
        body: CircuitAttachChargePointRequest | CircuitAttachChargePointRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Attach Charge Point

        To maintain safety and compatibility, only charge points with an identical electrical configuration to the circuit can be added.

        Args:
            circuit: the circuit path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/circuit/v2.0/{circuit}/attach-charge-point`` (operationId ``circuitAttachChargePoint``)
        """
        from ..models.circuit_attach_charge_point_request import (
            CircuitAttachChargePointRequest,
        )

        return self._client._request(
            OPERATIONS["circuitAttachChargePoint"],
            None,
            path={"circuit": circuit},
            body=body,
            timeout=timeout,
            body_type=CircuitAttachChargePointRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def charge_point_priorities_listing(
        self,
        circuit: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[CircuitChargePointPriority]:
        """Circuit / Charge Point Priorities / Listing

        Get all circuit's charge point priorities

        Args:
            circuit: the circuit path parameter
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/circuits/v2.0/{circuit}/charge-point-priorities`` (operationId ``circuitChargePointPrioritiesListing``)
        """
        from ..models.circuit_charge_point_priority import CircuitChargePointPriority

        return self._client._paginate(
            OPERATIONS["circuitChargePointPrioritiesListing"],
            CircuitChargePointPriority,
            path={"circuit": circuit},
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def consumption(
        self,
        circuit: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[CircuitUnmanagedLoadItem]:
        """Circuit / Consumption

        Get the consumption of a circuit for each phase

        Args:
            circuit: the circuit path parameter

        ``GET /public-api/resources/circuits/v2.0/{circuit}/consumption`` (operationId ``circuitConsumption``)
        """
        from ..models.circuit_unmanaged_load_item import CircuitUnmanagedLoadItem

        return self._client._request(
            OPERATIONS["circuitConsumption"],
            list[CircuitUnmanagedLoadItem],
            path={"circuit": circuit},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def consumption_all_phases_deprecated(
        self,
        dlm_circuit: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[CircuitUnmanagedLoadItem]:
        """Circuit / Consumption (all phases)

        Get the consumption of a circuit for each phase

        Deprecated.

        Args:
            dlm_circuit: the dlmCircuit path parameter

        ``GET /public-api/resources/circuits/v1.0/{dlmCircuit}/consumption`` (operationId ``circuitConsumptionAllPhasesDeprecated``)
        """
        from ..models.circuit_unmanaged_load_item import CircuitUnmanagedLoadItem

        return self._client._request(
            OPERATIONS["circuitConsumptionAllPhasesDeprecated"],
            list[CircuitUnmanagedLoadItem],
            path={"dlmCircuit": dlm_circuit},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def consumption_phase_deprecated(
        self,
        dlm_circuit: int,
        phase: (
            CircuitConsumptionPhaseDeprecatedPhase
            | CircuitConsumptionPhaseDeprecatedPhaseLiteral
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> float:
        """Circuit / Consumption (phase)

        Get the consumption of a circuit for a single phase

        Deprecated.

        Args:
            dlm_circuit: the dlmCircuit path parameter
            phase: the phase path parameter

        ``GET /public-api/resources/circuits/v1.0/{dlmCircuit}/consumption/{phase}`` (operationId ``circuitConsumptionPhaseDeprecated``)
        """
        return self._client._request(
            OPERATIONS["circuitConsumptionPhaseDeprecated"],
            float,
            path={"dlmCircuit": dlm_circuit, "phase": phase},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create(
        self,
        *,
        body: CircuitCreateRequest | CircuitCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitCreateResult:
        """Circuit / Create

        Create a new circuit

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/circuits/v2.0`` (operationId ``circuitCreate``)
        """
        from ..models.circuit_create_request import CircuitCreateRequest
        from ..models.circuit_create_result import CircuitCreateResult

        return self._client._request(
            OPERATIONS["circuitCreate"],
            CircuitCreateResult,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CircuitCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create_deprecated(
        self,
        *,
        body: CircuitCreateDeprecatedRequest | CircuitCreateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitDeprecated:
        """Circuit / Create

        Create new circuits

        Deprecated. Use ``client.circuits.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/circuits/v1.0`` (operationId ``circuitCreateDeprecated``)
        """
        from ..models.circuit_create_deprecated_request import (
            CircuitCreateDeprecatedRequest,
        )
        from ..models.circuit_deprecated import CircuitDeprecated

        return self._client._request(
            OPERATIONS["circuitCreateDeprecated"],
            CircuitDeprecated,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CircuitCreateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        circuit: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Delete

        Delete a circuit

        Args:
            circuit: the circuit path parameter

        ``DELETE /public-api/resources/circuits/v2.0/{circuit}`` (operationId ``circuitDelete``)
        """
        return self._client._request(
            OPERATIONS["circuitDelete"],
            None,
            path={"circuit": circuit},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_deprecated(
        self,
        dlm_circuit: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Delete

        Delete a circuit

        Deprecated. Use ``client.circuits.delete()`` instead.

        Args:
            dlm_circuit: the dlmCircuit path parameter

        ``DELETE /public-api/resources/circuits/v1.0/{dlmCircuit}`` (operationId ``circuitDeleteDeprecated``)
        """
        return self._client._request(
            OPERATIONS["circuitDeleteDeprecated"],
            None,
            path={"dlmCircuit": dlm_circuit},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def detach_charge_point(
        self,
        circuit: int,
        charge_point: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Detach Charge Point

        Args:
            circuit: the circuit path parameter
            charge_point: the chargePoint path parameter

        ``POST /public-api/actions/circuit/v2.0/{circuit}/detach-charge-point/{chargePoint}`` (operationId ``circuitDetachChargePoint``)
        """
        return self._client._request(
            OPERATIONS["circuitDetachChargePoint"],
            None,
            path={"circuit": circuit, "chargePoint": charge_point},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        include: (
            Sequence[CircuitReadIncludeItem | CircuitReadIncludeItemLiteral] | None
        ) = None,
        filter: CircuitsListingFilter | CircuitsListingFilterParam | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Circuit]:
        """Circuits / Listing

        Get all circuits

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/circuits/v2.0`` (operationId ``circuitsListing``)
        """
        from ..models.circuit import Circuit
        from ..models.circuits_listing_filter import CircuitsListingFilter

        return self._client._paginate(
            OPERATIONS["circuitsListing"],
            Circuit,
            query={
                "include": include,
                "filter": filter,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": CircuitsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[CircuitDeprecated]:
        """Circuits / Listing

        Get all circuits

        Deprecated. Use ``client.circuits.listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/circuits/v1.0`` (operationId ``circuitsListingDeprecated``)
        """
        from ..models.circuit_deprecated import CircuitDeprecated

        return self._client._paginate(
            OPERATIONS["circuitsListingDeprecated"],
            CircuitDeprecated,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        circuit: int,
        *,
        include: (
            Sequence[CircuitReadIncludeItem | CircuitReadIncludeItemLiteral] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Circuit:
        """Circuit / Read

        Get a circuit

        Args:
            circuit: the circuit path parameter

        ``GET /public-api/resources/circuits/v2.0/{circuit}`` (operationId ``circuitRead``)
        """
        from ..models.circuit import Circuit

        return self._client._request(
            OPERATIONS["circuitRead"],
            Circuit,
            path={"circuit": circuit},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read_deprecated(
        self,
        dlm_circuit: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitDeprecated:
        """Circuit / Read

        Get a circuit

        Deprecated. Use ``client.circuits.read()`` instead.

        Args:
            dlm_circuit: the dlmCircuit path parameter

        ``GET /public-api/resources/circuits/v1.0/{dlmCircuit}`` (operationId ``circuitReadDeprecated``)
        """
        from ..models.circuit_deprecated import CircuitDeprecated

        return self._client._request(
            OPERATIONS["circuitReadDeprecated"],
            CircuitDeprecated,
            path={"dlmCircuit": dlm_circuit},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def set_charge_point_evse_priority(
        self,
        circuit: int,
        charge_point: int,
        evse: int,
        *,
        body: (
            CircuitSetChargePointEvsePriorityRequest
            | CircuitSetChargePointEvsePriorityRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Set Charge Point EVSE Priority

        Args:
            circuit: the circuit path parameter
            charge_point: the chargePoint path parameter
            evse: the evse path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/circuit/v2.0/{circuit}/set-charge-point-priority/{chargePoint}/evse/{evse}`` (operationId ``circuitSetChargePointEvsePriority``)
        """
        from ..models.circuit_set_charge_point_evse_priority_request import (
            CircuitSetChargePointEvsePriorityRequest,
        )

        return self._client._request(
            OPERATIONS["circuitSetChargePointEvsePriority"],
            None,
            path={"circuit": circuit, "chargePoint": charge_point, "evse": evse},
            body=body,
            timeout=timeout,
            body_type=CircuitSetChargePointEvsePriorityRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def set_charge_point_priority(
        self,
        circuit: int,
        charge_point: int,
        *,
        body: (
            CircuitSetChargePointEvsePriorityRequest
            | CircuitSetChargePointEvsePriorityRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Set Charge Point Priority

        Args:
            circuit: the circuit path parameter
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/circuit/v2.0/{circuit}/set-charge-point-priority/{chargePoint}`` (operationId ``circuitSetChargePointPriority``)
        """
        from ..models.circuit_set_charge_point_evse_priority_request import (
            CircuitSetChargePointEvsePriorityRequest,
        )

        return self._client._request(
            OPERATIONS["circuitSetChargePointPriority"],
            None,
            path={"circuit": circuit, "chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=CircuitSetChargePointEvsePriorityRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def set_circuit_soc_priority(
        self,
        circuit: int,
        *,
        body: (
            CircuitSetCircuitSocPriorityRequest
            | CircuitSetCircuitSocPriorityRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Set Circuit SoC Priority

        Set DLM priority based on the session's state of charge (SoC). The active priority will be used to either decrease or increase the energy used by the session's EVSE.
        - If the SoC exceeds the `upperThresholdPercent`, then the `highSoCPriority` will be applied.
        - If the SoC is below the `lowerThresholdPercent`, then the `lowSoCPriority` will be applied.
        - If neither of the above conditions is true, then the priority is set to 1.

        You can provide either the `upperThresholdPercent` with the `highSoCPriority` or the `lowerThresholdPercent` with the `lowSoCPriority` or both pairs. When a lower or upper threshold is not set, the default priority of 1 will be used.


        Args:
            circuit: the circuit path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/circuit/v2.0/{circuit}/set-circuit-soc-priorities`` (operationId ``circuitSetCircuitSocPriority``)
        """
        from ..models.circuit_set_circuit_soc_priority_request import (
            CircuitSetCircuitSocPriorityRequest,
        )

        return self._client._request(
            OPERATIONS["circuitSetCircuitSocPriority"],
            None,
            path={"circuit": circuit},
            body=body,
            timeout=timeout,
            body_type=CircuitSetCircuitSocPriorityRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def set_session_priority(
        self,
        circuit: int,
        session: int,
        *,
        body: (
            CircuitSetChargePointEvsePriorityRequest
            | CircuitSetChargePointEvsePriorityRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Set Session Priority

        Args:
            circuit: the circuit path parameter
            session: the session path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/circuit/v2.0/{circuit}/set-session-priority/{session}`` (operationId ``circuitSetSessionPriority``)
        """
        from ..models.circuit_set_charge_point_evse_priority_request import (
            CircuitSetChargePointEvsePriorityRequest,
        )

        return self._client._request(
            OPERATIONS["circuitSetSessionPriority"],
            None,
            path={"circuit": circuit, "session": session},
            body=body,
            timeout=timeout,
            body_type=CircuitSetChargePointEvsePriorityRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def soc_priorities_listing(
        self,
        circuit: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitSetCircuitSocPriorityRequest:
        """Circuit / SoC Priorities / Listing

        Get a circuit's SoC priority

        Args:
            circuit: the circuit path parameter

        ``GET /public-api/resources/circuits/v2.0/{circuit}/soc-priorities`` (operationId ``circuitSocPrioritiesListing``)
        """
        from ..models.circuit_set_circuit_soc_priority_request import (
            CircuitSetCircuitSocPriorityRequest,
        )

        return self._client._request(
            OPERATIONS["circuitSocPrioritiesListing"],
            CircuitSetCircuitSocPriorityRequest,
            path={"circuit": circuit},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def unmanaged_load_read(
        self,
        circuit: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[CircuitUnmanagedLoadItem]:
        """Circuit / Unmanaged Load / Read

        Get a circuit's unmanaged load

        Args:
            circuit: the circuit path parameter

        ``GET /public-api/resources/circuits/v2.0/{circuit}/unmanaged-load`` (operationId ``circuitUnmanagedLoadRead``)
        """
        from ..models.circuit_unmanaged_load_item import CircuitUnmanagedLoadItem

        return self._client._request(
            OPERATIONS["circuitUnmanagedLoadRead"],
            list[CircuitUnmanagedLoadItem],
            path={"circuit": circuit},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        circuit: int,
        *,
        body: CircuitUpdateRequest | CircuitUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitCreateResult:
        """Circuit / Update

        Update a circuit

        Args:
            circuit: the circuit path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/circuits/v2.0/{circuit}`` (operationId ``circuitUpdate``)
        """
        from ..models.circuit_create_result import CircuitCreateResult
        from ..models.circuit_update_request import CircuitUpdateRequest

        return self._client._request(
            OPERATIONS["circuitUpdate"],
            CircuitCreateResult,
            path={"circuit": circuit},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CircuitUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_deprecated(
        self,
        dlm_circuit: int,
        *,
        body: CircuitUpdateDeprecatedRequest | CircuitUpdateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitUpdateDeprecatedResponse:
        """Circuit / Update

        Update a circuit

        Deprecated. Use ``client.circuits.update()`` instead.

        Args:
            dlm_circuit: the dlmCircuit path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/circuits/v1.0/{dlmCircuit}`` (operationId ``circuitUpdateDeprecated``)
        """
        from ..models.circuit_update_deprecated_request import (
            CircuitUpdateDeprecatedRequest,
        )
        from ..models.circuit_update_deprecated_response import (
            CircuitUpdateDeprecatedResponse,
        )

        return self._client._request(
            OPERATIONS["circuitUpdateDeprecated"],
            CircuitUpdateDeprecatedResponse,
            path={"dlmCircuit": dlm_circuit},
            body=body,
            timeout=timeout,
            body_type=CircuitUpdateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def user_priorities_listing(
        self,
        circuit: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[CircuitUserPriority]:
        """Circuits / User Priorities / Listing

        Get all circuit's user priorities

        Args:
            circuit: the circuit path parameter
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/circuits/v2.0/{circuit}/user-priorities`` (operationId ``circuitUserPrioritiesListing``)
        """
        from ..models.circuit_user_priority import CircuitUserPriority

        return self._client._paginate(
            OPERATIONS["circuitUserPrioritiesListing"],
            CircuitUserPriority,
            path={"circuit": circuit},
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def user_priority_create(
        self,
        circuit: int,
        *,
        body: CircuitUserPriorityCreateRequest | CircuitUserPriorityCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitUserPriority:
        """Circuits / User Priority / Create

        Create a circuit's user priority

        Args:
            circuit: the circuit path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/circuits/v2.0/{circuit}/user-priorities`` (operationId ``circuitUserPriorityCreate``)
        """
        from ..models.circuit_user_priority import CircuitUserPriority
        from ..models.circuit_user_priority_create_request import (
            CircuitUserPriorityCreateRequest,
        )

        return self._client._request(
            OPERATIONS["circuitUserPriorityCreate"],
            CircuitUserPriority,
            path={"circuit": circuit},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CircuitUserPriorityCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def user_priority_delete(
        self,
        circuit: int,
        user_priority: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuits / User Priority / Delete

        Delete a circuit's user priority

        Args:
            circuit: the circuit path parameter
            user_priority: the userPriority path parameter

        ``DELETE /public-api/resources/circuits/v2.0/{circuit}/user-priorities/{userPriority}`` (operationId ``circuitUserPriorityDelete``)
        """
        return self._client._request(
            OPERATIONS["circuitUserPriorityDelete"],
            None,
            path={"circuit": circuit, "userPriority": user_priority},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def user_priority_read(
        self,
        circuit: int,
        user_priority: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitUserPriority:
        """Circuits / User Priority / Read

        Get a circuit's user priority

        Args:
            circuit: the circuit path parameter
            user_priority: the userPriority path parameter

        ``GET /public-api/resources/circuits/v2.0/{circuit}/user-priorities/{userPriority}`` (operationId ``circuitUserPriorityRead``)
        """
        from ..models.circuit_user_priority import CircuitUserPriority

        return self._client._request(
            OPERATIONS["circuitUserPriorityRead"],
            CircuitUserPriority,
            path={"circuit": circuit, "userPriority": user_priority},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def user_priority_update(
        self,
        circuit: int,
        user_priority: int,
        *,
        body: CircuitUserPriorityUpdateRequest | CircuitUserPriorityUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitUserPriority:
        """Circuits / User Priority / Update

        Update a circuit's user priority

        Args:
            circuit: the circuit path parameter
            user_priority: the userPriority path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/circuits/v2.0/{circuit}/user-priorities/{userPriority}`` (operationId ``circuitUserPriorityUpdate``)
        """
        from ..models.circuit_user_priority import CircuitUserPriority
        from ..models.circuit_user_priority_update_request import (
            CircuitUserPriorityUpdateRequest,
        )

        return self._client._request(
            OPERATIONS["circuitUserPriorityUpdate"],
            CircuitUserPriority,
            path={"circuit": circuit, "userPriority": user_priority},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CircuitUserPriorityUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncCircuitsResource:
    """Asynchronous operations of resource / circuits."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def attach_charge_point(
        self,
        circuit: int,
        *,
        body: CircuitAttachChargePointRequest | CircuitAttachChargePointRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Attach Charge Point

        To maintain safety and compatibility, only charge points with an identical electrical configuration to the circuit can be added.

        Args:
            circuit: the circuit path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/circuit/v2.0/{circuit}/attach-charge-point`` (operationId ``circuitAttachChargePoint``)
        """
        from ..models.circuit_attach_charge_point_request import (
            CircuitAttachChargePointRequest,
        )

        return await self._client._request(
            OPERATIONS["circuitAttachChargePoint"],
            None,
            path={"circuit": circuit},
            body=body,
            timeout=timeout,
            body_type=CircuitAttachChargePointRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def charge_point_priorities_listing(
        self,
        circuit: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CircuitChargePointPriority]:
        """Circuit / Charge Point Priorities / Listing

        Get all circuit's charge point priorities

        Args:
            circuit: the circuit path parameter
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/circuits/v2.0/{circuit}/charge-point-priorities`` (operationId ``circuitChargePointPrioritiesListing``)
        """
        from ..models.circuit_charge_point_priority import CircuitChargePointPriority

        return self._client._paginate(
            OPERATIONS["circuitChargePointPrioritiesListing"],
            CircuitChargePointPriority,
            path={"circuit": circuit},
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def consumption(
        self,
        circuit: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[CircuitUnmanagedLoadItem]:
        """Circuit / Consumption

        Get the consumption of a circuit for each phase

        Args:
            circuit: the circuit path parameter

        ``GET /public-api/resources/circuits/v2.0/{circuit}/consumption`` (operationId ``circuitConsumption``)
        """
        from ..models.circuit_unmanaged_load_item import CircuitUnmanagedLoadItem

        return await self._client._request(
            OPERATIONS["circuitConsumption"],
            list[CircuitUnmanagedLoadItem],
            path={"circuit": circuit},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def consumption_all_phases_deprecated(
        self,
        dlm_circuit: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[CircuitUnmanagedLoadItem]:
        """Circuit / Consumption (all phases)

        Get the consumption of a circuit for each phase

        Deprecated.

        Args:
            dlm_circuit: the dlmCircuit path parameter

        ``GET /public-api/resources/circuits/v1.0/{dlmCircuit}/consumption`` (operationId ``circuitConsumptionAllPhasesDeprecated``)
        """
        from ..models.circuit_unmanaged_load_item import CircuitUnmanagedLoadItem

        return await self._client._request(
            OPERATIONS["circuitConsumptionAllPhasesDeprecated"],
            list[CircuitUnmanagedLoadItem],
            path={"dlmCircuit": dlm_circuit},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def consumption_phase_deprecated(
        self,
        dlm_circuit: int,
        phase: (
            CircuitConsumptionPhaseDeprecatedPhase
            | CircuitConsumptionPhaseDeprecatedPhaseLiteral
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> float:
        """Circuit / Consumption (phase)

        Get the consumption of a circuit for a single phase

        Deprecated.

        Args:
            dlm_circuit: the dlmCircuit path parameter
            phase: the phase path parameter

        ``GET /public-api/resources/circuits/v1.0/{dlmCircuit}/consumption/{phase}`` (operationId ``circuitConsumptionPhaseDeprecated``)
        """
        return await self._client._request(
            OPERATIONS["circuitConsumptionPhaseDeprecated"],
            float,
            path={"dlmCircuit": dlm_circuit, "phase": phase},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create(
        self,
        *,
        body: CircuitCreateRequest | CircuitCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitCreateResult:
        """Circuit / Create

        Create a new circuit

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/circuits/v2.0`` (operationId ``circuitCreate``)
        """
        from ..models.circuit_create_request import CircuitCreateRequest
        from ..models.circuit_create_result import CircuitCreateResult

        return await self._client._request(
            OPERATIONS["circuitCreate"],
            CircuitCreateResult,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CircuitCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create_deprecated(
        self,
        *,
        body: CircuitCreateDeprecatedRequest | CircuitCreateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitDeprecated:
        """Circuit / Create

        Create new circuits

        Deprecated. Use ``client.circuits.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/circuits/v1.0`` (operationId ``circuitCreateDeprecated``)
        """
        from ..models.circuit_create_deprecated_request import (
            CircuitCreateDeprecatedRequest,
        )
        from ..models.circuit_deprecated import CircuitDeprecated

        return await self._client._request(
            OPERATIONS["circuitCreateDeprecated"],
            CircuitDeprecated,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CircuitCreateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        circuit: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Delete

        Delete a circuit

        Args:
            circuit: the circuit path parameter

        ``DELETE /public-api/resources/circuits/v2.0/{circuit}`` (operationId ``circuitDelete``)
        """
        return await self._client._request(
            OPERATIONS["circuitDelete"],
            None,
            path={"circuit": circuit},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_deprecated(
        self,
        dlm_circuit: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Delete

        Delete a circuit

        Deprecated. Use ``client.circuits.delete()`` instead.

        Args:
            dlm_circuit: the dlmCircuit path parameter

        ``DELETE /public-api/resources/circuits/v1.0/{dlmCircuit}`` (operationId ``circuitDeleteDeprecated``)
        """
        return await self._client._request(
            OPERATIONS["circuitDeleteDeprecated"],
            None,
            path={"dlmCircuit": dlm_circuit},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def detach_charge_point(
        self,
        circuit: int,
        charge_point: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Detach Charge Point

        Args:
            circuit: the circuit path parameter
            charge_point: the chargePoint path parameter

        ``POST /public-api/actions/circuit/v2.0/{circuit}/detach-charge-point/{chargePoint}`` (operationId ``circuitDetachChargePoint``)
        """
        return await self._client._request(
            OPERATIONS["circuitDetachChargePoint"],
            None,
            path={"circuit": circuit, "chargePoint": charge_point},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        include: (
            Sequence[CircuitReadIncludeItem | CircuitReadIncludeItemLiteral] | None
        ) = None,
        filter: CircuitsListingFilter | CircuitsListingFilterParam | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Circuit]:
        """Circuits / Listing

        Get all circuits

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/circuits/v2.0`` (operationId ``circuitsListing``)
        """
        from ..models.circuit import Circuit
        from ..models.circuits_listing_filter import CircuitsListingFilter

        return self._client._paginate(
            OPERATIONS["circuitsListing"],
            Circuit,
            query={
                "include": include,
                "filter": filter,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": CircuitsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CircuitDeprecated]:
        """Circuits / Listing

        Get all circuits

        Deprecated. Use ``client.circuits.listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/circuits/v1.0`` (operationId ``circuitsListingDeprecated``)
        """
        from ..models.circuit_deprecated import CircuitDeprecated

        return self._client._paginate(
            OPERATIONS["circuitsListingDeprecated"],
            CircuitDeprecated,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        circuit: int,
        *,
        include: (
            Sequence[CircuitReadIncludeItem | CircuitReadIncludeItemLiteral] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Circuit:
        """Circuit / Read

        Get a circuit

        Args:
            circuit: the circuit path parameter

        ``GET /public-api/resources/circuits/v2.0/{circuit}`` (operationId ``circuitRead``)
        """
        from ..models.circuit import Circuit

        return await self._client._request(
            OPERATIONS["circuitRead"],
            Circuit,
            path={"circuit": circuit},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read_deprecated(
        self,
        dlm_circuit: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitDeprecated:
        """Circuit / Read

        Get a circuit

        Deprecated. Use ``client.circuits.read()`` instead.

        Args:
            dlm_circuit: the dlmCircuit path parameter

        ``GET /public-api/resources/circuits/v1.0/{dlmCircuit}`` (operationId ``circuitReadDeprecated``)
        """
        from ..models.circuit_deprecated import CircuitDeprecated

        return await self._client._request(
            OPERATIONS["circuitReadDeprecated"],
            CircuitDeprecated,
            path={"dlmCircuit": dlm_circuit},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def set_charge_point_evse_priority(
        self,
        circuit: int,
        charge_point: int,
        evse: int,
        *,
        body: (
            CircuitSetChargePointEvsePriorityRequest
            | CircuitSetChargePointEvsePriorityRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Set Charge Point EVSE Priority

        Args:
            circuit: the circuit path parameter
            charge_point: the chargePoint path parameter
            evse: the evse path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/circuit/v2.0/{circuit}/set-charge-point-priority/{chargePoint}/evse/{evse}`` (operationId ``circuitSetChargePointEvsePriority``)
        """
        from ..models.circuit_set_charge_point_evse_priority_request import (
            CircuitSetChargePointEvsePriorityRequest,
        )

        return await self._client._request(
            OPERATIONS["circuitSetChargePointEvsePriority"],
            None,
            path={"circuit": circuit, "chargePoint": charge_point, "evse": evse},
            body=body,
            timeout=timeout,
            body_type=CircuitSetChargePointEvsePriorityRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def set_charge_point_priority(
        self,
        circuit: int,
        charge_point: int,
        *,
        body: (
            CircuitSetChargePointEvsePriorityRequest
            | CircuitSetChargePointEvsePriorityRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Set Charge Point Priority

        Args:
            circuit: the circuit path parameter
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/circuit/v2.0/{circuit}/set-charge-point-priority/{chargePoint}`` (operationId ``circuitSetChargePointPriority``)
        """
        from ..models.circuit_set_charge_point_evse_priority_request import (
            CircuitSetChargePointEvsePriorityRequest,
        )

        return await self._client._request(
            OPERATIONS["circuitSetChargePointPriority"],
            None,
            path={"circuit": circuit, "chargePoint": charge_point},
            body=body,
            timeout=timeout,
            body_type=CircuitSetChargePointEvsePriorityRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def set_circuit_soc_priority(
        self,
        circuit: int,
        *,
        body: (
            CircuitSetCircuitSocPriorityRequest
            | CircuitSetCircuitSocPriorityRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Set Circuit SoC Priority

        Set DLM priority based on the session's state of charge (SoC). The active priority will be used to either decrease or increase the energy used by the session's EVSE.
        - If the SoC exceeds the `upperThresholdPercent`, then the `highSoCPriority` will be applied.
        - If the SoC is below the `lowerThresholdPercent`, then the `lowSoCPriority` will be applied.
        - If neither of the above conditions is true, then the priority is set to 1.

        You can provide either the `upperThresholdPercent` with the `highSoCPriority` or the `lowerThresholdPercent` with the `lowSoCPriority` or both pairs. When a lower or upper threshold is not set, the default priority of 1 will be used.


        Args:
            circuit: the circuit path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/circuit/v2.0/{circuit}/set-circuit-soc-priorities`` (operationId ``circuitSetCircuitSocPriority``)
        """
        from ..models.circuit_set_circuit_soc_priority_request import (
            CircuitSetCircuitSocPriorityRequest,
        )

        return await self._client._request(
            OPERATIONS["circuitSetCircuitSocPriority"],
            None,
            path={"circuit": circuit},
            body=body,
            timeout=timeout,
            body_type=CircuitSetCircuitSocPriorityRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def set_session_priority(
        self,
        circuit: int,
        session: int,
        *,
        body: (
            CircuitSetChargePointEvsePriorityRequest
            | CircuitSetChargePointEvsePriorityRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Set Session Priority

        Args:
            circuit: the circuit path parameter
            session: the session path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/circuit/v2.0/{circuit}/set-session-priority/{session}`` (operationId ``circuitSetSessionPriority``)
        """
        from ..models.circuit_set_charge_point_evse_priority_request import (
            CircuitSetChargePointEvsePriorityRequest,
        )

        return await self._client._request(
            OPERATIONS["circuitSetSessionPriority"],
            None,
            path={"circuit": circuit, "session": session},
            body=body,
            timeout=timeout,
            body_type=CircuitSetChargePointEvsePriorityRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def soc_priorities_listing(
        self,
        circuit: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitSetCircuitSocPriorityRequest:
        """Circuit / SoC Priorities / Listing

        Get a circuit's SoC priority

        Args:
            circuit: the circuit path parameter

        ``GET /public-api/resources/circuits/v2.0/{circuit}/soc-priorities`` (operationId ``circuitSocPrioritiesListing``)
        """
        from ..models.circuit_set_circuit_soc_priority_request import (
            CircuitSetCircuitSocPriorityRequest,
        )

        return await self._client._request(
            OPERATIONS["circuitSocPrioritiesListing"],
            CircuitSetCircuitSocPriorityRequest,
            path={"circuit": circuit},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def unmanaged_load_read(
        self,
        circuit: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[CircuitUnmanagedLoadItem]:
        """Circuit / Unmanaged Load / Read

        Get a circuit's unmanaged load

        Args:
            circuit: the circuit path parameter

        ``GET /public-api/resources/circuits/v2.0/{circuit}/unmanaged-load`` (operationId ``circuitUnmanagedLoadRead``)
        """
        from ..models.circuit_unmanaged_load_item import CircuitUnmanagedLoadItem

        return await self._client._request(
            OPERATIONS["circuitUnmanagedLoadRead"],
            list[CircuitUnmanagedLoadItem],
            path={"circuit": circuit},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        circuit: int,
        *,
        body: CircuitUpdateRequest | CircuitUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitCreateResult:
        """Circuit / Update

        Update a circuit

        Args:
            circuit: the circuit path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/circuits/v2.0/{circuit}`` (operationId ``circuitUpdate``)
        """
        from ..models.circuit_create_result import CircuitCreateResult
        from ..models.circuit_update_request import CircuitUpdateRequest

        return await self._client._request(
            OPERATIONS["circuitUpdate"],
            CircuitCreateResult,
            path={"circuit": circuit},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CircuitUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_deprecated(
        self,
        dlm_circuit: int,
        *,
        body: CircuitUpdateDeprecatedRequest | CircuitUpdateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitUpdateDeprecatedResponse:
        """Circuit / Update

        Update a circuit

        Deprecated. Use ``client.circuits.update()`` instead.

        Args:
            dlm_circuit: the dlmCircuit path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/circuits/v1.0/{dlmCircuit}`` (operationId ``circuitUpdateDeprecated``)
        """
        from ..models.circuit_update_deprecated_request import (
            CircuitUpdateDeprecatedRequest,
        )
        from ..models.circuit_update_deprecated_response import (
            CircuitUpdateDeprecatedResponse,
        )

        return await self._client._request(
            OPERATIONS["circuitUpdateDeprecated"],
            CircuitUpdateDeprecatedResponse,
            path={"dlmCircuit": dlm_circuit},
            body=body,
            timeout=timeout,
            body_type=CircuitUpdateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def user_priorities_listing(
        self,
        circuit: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CircuitUserPriority]:
        """Circuits / User Priorities / Listing

        Get all circuit's user priorities

        Args:
            circuit: the circuit path parameter
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/circuits/v2.0/{circuit}/user-priorities`` (operationId ``circuitUserPrioritiesListing``)
        """
        from ..models.circuit_user_priority import CircuitUserPriority

        return self._client._paginate(
            OPERATIONS["circuitUserPrioritiesListing"],
            CircuitUserPriority,
            path={"circuit": circuit},
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def user_priority_create(
        self,
        circuit: int,
        *,
        body: CircuitUserPriorityCreateRequest | CircuitUserPriorityCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitUserPriority:
        """Circuits / User Priority / Create

        Create a circuit's user priority

        Args:
            circuit: the circuit path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/circuits/v2.0/{circuit}/user-priorities`` (operationId ``circuitUserPriorityCreate``)
        """
        from ..models.circuit_user_priority import CircuitUserPriority
        from ..models.circuit_user_priority_create_request import (
            CircuitUserPriorityCreateRequest,
        )

        return await self._client._request(
            OPERATIONS["circuitUserPriorityCreate"],
            CircuitUserPriority,
            path={"circuit": circuit},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CircuitUserPriorityCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def user_priority_delete(
        self,
        circuit: int,
        user_priority: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuits / User Priority / Delete

        Delete a circuit's user priority

        Args:
            circuit: the circuit path parameter
            user_priority: the userPriority path parameter

        ``DELETE /public-api/resources/circuits/v2.0/{circuit}/user-priorities/{userPriority}`` (operationId ``circuitUserPriorityDelete``)
        """
        return await self._client._request(
            OPERATIONS["circuitUserPriorityDelete"],
            None,
            path={"circuit": circuit, "userPriority": user_priority},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def user_priority_read(
        self,
        circuit: int,
        user_priority: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitUserPriority:
        """Circuits / User Priority / Read

        Get a circuit's user priority

        Args:
            circuit: the circuit path parameter
            user_priority: the userPriority path parameter

        ``GET /public-api/resources/circuits/v2.0/{circuit}/user-priorities/{userPriority}`` (operationId ``circuitUserPriorityRead``)
        """
        from ..models.circuit_user_priority import CircuitUserPriority

        return await self._client._request(
            OPERATIONS["circuitUserPriorityRead"],
            CircuitUserPriority,
            path={"circuit": circuit, "userPriority": user_priority},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def user_priority_update(
        self,
        circuit: int,
        user_priority: int,
        *,
        body: CircuitUserPriorityUpdateRequest | CircuitUserPriorityUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitUserPriority:
        """Circuits / User Priority / Update

        Update a circuit's user priority

        Args:
            circuit: the circuit path parameter
            user_priority: the userPriority path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/circuits/v2.0/{circuit}/user-priorities/{userPriority}`` (operationId ``circuitUserPriorityUpdate``)
        """
        from ..models.circuit_user_priority import CircuitUserPriority
        from ..models.circuit_user_priority_update_request import (
            CircuitUserPriorityUpdateRequest,
        )

        return await self._client._request(
            OPERATIONS["circuitUserPriorityUpdate"],
            CircuitUserPriority,
            path={"circuit": circuit, "userPriority": user_priority},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CircuitUserPriorityUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class CircuitsResourceWithRawResponse:
    """``client.with_raw_response.circuits`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: CircuitsResource) -> None:
        self.attach_charge_point = to_raw(resource.attach_charge_point)
        self.charge_point_priorities_listing = to_raw_listing(
            resource.charge_point_priorities_listing
        )
        self.consumption = to_raw(resource.consumption)
        self.consumption_all_phases_deprecated = to_raw(
            resource.consumption_all_phases_deprecated
        )
        self.consumption_phase_deprecated = to_raw(
            resource.consumption_phase_deprecated
        )
        self.create = to_raw(resource.create)
        self.create_deprecated = to_raw(resource.create_deprecated)
        self.delete = to_raw(resource.delete)
        self.delete_deprecated = to_raw(resource.delete_deprecated)
        self.detach_charge_point = to_raw(resource.detach_charge_point)
        self.listing = to_raw_listing(resource.listing)
        self.listing_deprecated = to_raw_listing(resource.listing_deprecated)
        self.read = to_raw(resource.read)
        self.read_deprecated = to_raw(resource.read_deprecated)
        self.set_charge_point_evse_priority = to_raw(
            resource.set_charge_point_evse_priority
        )
        self.set_charge_point_priority = to_raw(resource.set_charge_point_priority)
        self.set_circuit_soc_priority = to_raw(resource.set_circuit_soc_priority)
        self.set_session_priority = to_raw(resource.set_session_priority)
        self.soc_priorities_listing = to_raw(resource.soc_priorities_listing)
        self.unmanaged_load_read = to_raw(resource.unmanaged_load_read)
        self.update = to_raw(resource.update)
        self.update_deprecated = to_raw(resource.update_deprecated)
        self.user_priorities_listing = to_raw_listing(resource.user_priorities_listing)
        self.user_priority_create = to_raw(resource.user_priority_create)
        self.user_priority_delete = to_raw(resource.user_priority_delete)
        self.user_priority_read = to_raw(resource.user_priority_read)
        self.user_priority_update = to_raw(resource.user_priority_update)


class AsyncCircuitsResourceWithRawResponse:
    """``client.with_raw_response.circuits`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncCircuitsResource) -> None:
        self.attach_charge_point = to_async_raw(resource.attach_charge_point)
        self.charge_point_priorities_listing = to_async_raw_listing(
            resource.charge_point_priorities_listing
        )
        self.consumption = to_async_raw(resource.consumption)
        self.consumption_all_phases_deprecated = to_async_raw(
            resource.consumption_all_phases_deprecated
        )
        self.consumption_phase_deprecated = to_async_raw(
            resource.consumption_phase_deprecated
        )
        self.create = to_async_raw(resource.create)
        self.create_deprecated = to_async_raw(resource.create_deprecated)
        self.delete = to_async_raw(resource.delete)
        self.delete_deprecated = to_async_raw(resource.delete_deprecated)
        self.detach_charge_point = to_async_raw(resource.detach_charge_point)
        self.listing = to_async_raw_listing(resource.listing)
        self.listing_deprecated = to_async_raw_listing(resource.listing_deprecated)
        self.read = to_async_raw(resource.read)
        self.read_deprecated = to_async_raw(resource.read_deprecated)
        self.set_charge_point_evse_priority = to_async_raw(
            resource.set_charge_point_evse_priority
        )
        self.set_charge_point_priority = to_async_raw(
            resource.set_charge_point_priority
        )
        self.set_circuit_soc_priority = to_async_raw(resource.set_circuit_soc_priority)
        self.set_session_priority = to_async_raw(resource.set_session_priority)
        self.soc_priorities_listing = to_async_raw(resource.soc_priorities_listing)
        self.unmanaged_load_read = to_async_raw(resource.unmanaged_load_read)
        self.update = to_async_raw(resource.update)
        self.update_deprecated = to_async_raw(resource.update_deprecated)
        self.user_priorities_listing = to_async_raw_listing(
            resource.user_priorities_listing
        )
        self.user_priority_create = to_async_raw(resource.user_priority_create)
        self.user_priority_delete = to_async_raw(resource.user_priority_delete)
        self.user_priority_read = to_async_raw(resource.user_priority_read)
        self.user_priority_update = to_async_raw(resource.user_priority_update)


class CircuitsResourceWithStreamingResponse:
    """``client.with_streaming_response.circuits`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: CircuitsResource) -> None:
        self.attach_charge_point = to_streamed(resource.attach_charge_point)
        self.charge_point_priorities_listing = to_streamed_listing(
            resource.charge_point_priorities_listing
        )
        self.consumption = to_streamed(resource.consumption)
        self.consumption_all_phases_deprecated = to_streamed(
            resource.consumption_all_phases_deprecated
        )
        self.consumption_phase_deprecated = to_streamed(
            resource.consumption_phase_deprecated
        )
        self.create = to_streamed(resource.create)
        self.create_deprecated = to_streamed(resource.create_deprecated)
        self.delete = to_streamed(resource.delete)
        self.delete_deprecated = to_streamed(resource.delete_deprecated)
        self.detach_charge_point = to_streamed(resource.detach_charge_point)
        self.listing = to_streamed_listing(resource.listing)
        self.listing_deprecated = to_streamed_listing(resource.listing_deprecated)
        self.read = to_streamed(resource.read)
        self.read_deprecated = to_streamed(resource.read_deprecated)
        self.set_charge_point_evse_priority = to_streamed(
            resource.set_charge_point_evse_priority
        )
        self.set_charge_point_priority = to_streamed(resource.set_charge_point_priority)
        self.set_circuit_soc_priority = to_streamed(resource.set_circuit_soc_priority)
        self.set_session_priority = to_streamed(resource.set_session_priority)
        self.soc_priorities_listing = to_streamed(resource.soc_priorities_listing)
        self.unmanaged_load_read = to_streamed(resource.unmanaged_load_read)
        self.update = to_streamed(resource.update)
        self.update_deprecated = to_streamed(resource.update_deprecated)
        self.user_priorities_listing = to_streamed_listing(
            resource.user_priorities_listing
        )
        self.user_priority_create = to_streamed(resource.user_priority_create)
        self.user_priority_delete = to_streamed(resource.user_priority_delete)
        self.user_priority_read = to_streamed(resource.user_priority_read)
        self.user_priority_update = to_streamed(resource.user_priority_update)


class AsyncCircuitsResourceWithStreamingResponse:
    """``client.with_streaming_response.circuits`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncCircuitsResource) -> None:
        self.attach_charge_point = to_async_streamed(resource.attach_charge_point)
        self.charge_point_priorities_listing = to_async_streamed_listing(
            resource.charge_point_priorities_listing
        )
        self.consumption = to_async_streamed(resource.consumption)
        self.consumption_all_phases_deprecated = to_async_streamed(
            resource.consumption_all_phases_deprecated
        )
        self.consumption_phase_deprecated = to_async_streamed(
            resource.consumption_phase_deprecated
        )
        self.create = to_async_streamed(resource.create)
        self.create_deprecated = to_async_streamed(resource.create_deprecated)
        self.delete = to_async_streamed(resource.delete)
        self.delete_deprecated = to_async_streamed(resource.delete_deprecated)
        self.detach_charge_point = to_async_streamed(resource.detach_charge_point)
        self.listing = to_async_streamed_listing(resource.listing)
        self.listing_deprecated = to_async_streamed_listing(resource.listing_deprecated)
        self.read = to_async_streamed(resource.read)
        self.read_deprecated = to_async_streamed(resource.read_deprecated)
        self.set_charge_point_evse_priority = to_async_streamed(
            resource.set_charge_point_evse_priority
        )
        self.set_charge_point_priority = to_async_streamed(
            resource.set_charge_point_priority
        )
        self.set_circuit_soc_priority = to_async_streamed(
            resource.set_circuit_soc_priority
        )
        self.set_session_priority = to_async_streamed(resource.set_session_priority)
        self.soc_priorities_listing = to_async_streamed(resource.soc_priorities_listing)
        self.unmanaged_load_read = to_async_streamed(resource.unmanaged_load_read)
        self.update = to_async_streamed(resource.update)
        self.update_deprecated = to_async_streamed(resource.update_deprecated)
        self.user_priorities_listing = to_async_streamed_listing(
            resource.user_priorities_listing
        )
        self.user_priority_create = to_async_streamed(resource.user_priority_create)
        self.user_priority_delete = to_async_streamed(resource.user_priority_delete)
        self.user_priority_read = to_async_streamed(resource.user_priority_read)
        self.user_priority_update = to_async_streamed(resource.user_priority_update)
