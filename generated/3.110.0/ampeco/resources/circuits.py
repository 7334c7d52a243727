"""Operations of ``client.circuits`` (resource / circuits)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
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

__all__ = ["AsyncCircuitsResource", "CircuitsResource"]


class CircuitsResource:
    """Synchronous operations of resource / circuits."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def attach_charge_point(
        self,
        circuit: int,
        *,
        body: CircuitAttachChargePointRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Attach Charge Point

        To maintain safety and compatibility, only charge points with an identical electrical configuration to the circuit can be added.

        Args:
            circuit: the circuit path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/circuit/v2.0/{circuit}/attach-charge-point`` (operationId ``circuitAttachChargePoint``)
        """
        return self._client._request(
            OPERATIONS["circuitAttachChargePoint"],
            None,
            path={"circuit": circuit},
            body=body,
            timeout=timeout,
        )

    def charge_point_priorities_listing(
        self,
        circuit: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )

    def consumption(
        self,
        circuit: int,
        *,
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
        )

    def consumption_all_phases_deprecated(
        self,
        dlm_circuit: int,
        *,
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
        )

    def consumption_phase_deprecated(
        self,
        dlm_circuit: int,
        phase: CircuitConsumptionPhaseDeprecatedPhase | str,
        *,
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
        )

    def create(
        self,
        *,
        body: CircuitCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitCreateResult:
        """Circuit / Create

        Create a new circuit

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/circuits/v2.0`` (operationId ``circuitCreate``)
        """
        from ..models.circuit_create_result import CircuitCreateResult

        return self._client._request(
            OPERATIONS["circuitCreate"],
            CircuitCreateResult,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def create_deprecated(
        self,
        *,
        body: CircuitCreateDeprecatedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitDeprecated:
        """Circuit / Create

        Create new circuits

        Deprecated. Use ``client.circuits.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/circuits/v1.0`` (operationId ``circuitCreateDeprecated``)
        """
        from ..models.circuit_deprecated import CircuitDeprecated

        return self._client._request(
            OPERATIONS["circuitCreateDeprecated"],
            CircuitDeprecated,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete(
        self,
        circuit: int,
        *,
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
        )

    def delete_deprecated(
        self,
        dlm_circuit: int,
        *,
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
        )

    def detach_charge_point(
        self,
        circuit: int,
        charge_point: int,
        *,
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
        )

    def listing(
        self,
        *,
        include: Sequence[CircuitReadIncludeItem | str] | None = None,
        filter: CircuitsListingFilter | Mapping[str, Any] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
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
        )

    def read(
        self,
        circuit: int,
        *,
        include: Sequence[CircuitReadIncludeItem | str] | None = None,
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
        )

    def read_deprecated(
        self,
        dlm_circuit: int,
        *,
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
        )

    def set_charge_point_evse_priority(
        self,
        circuit: int,
        charge_point: int,
        evse: int,
        *,
        body: CircuitSetChargePointEvsePriorityRequest | Mapping[str, Any],
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
        return self._client._request(
            OPERATIONS["circuitSetChargePointEvsePriority"],
            None,
            path={"circuit": circuit, "chargePoint": charge_point, "evse": evse},
            body=body,
            timeout=timeout,
        )

    def set_charge_point_priority(
        self,
        circuit: int,
        charge_point: int,
        *,
        body: CircuitSetChargePointEvsePriorityRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Set Charge Point Priority

        Args:
            circuit: the circuit path parameter
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/circuit/v2.0/{circuit}/set-charge-point-priority/{chargePoint}`` (operationId ``circuitSetChargePointPriority``)
        """
        return self._client._request(
            OPERATIONS["circuitSetChargePointPriority"],
            None,
            path={"circuit": circuit, "chargePoint": charge_point},
            body=body,
            timeout=timeout,
        )

    def set_circuit_soc_priority(
        self,
        circuit: int,
        *,
        body: CircuitSetCircuitSocPriorityRequest | Mapping[str, Any],
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
        return self._client._request(
            OPERATIONS["circuitSetCircuitSocPriority"],
            None,
            path={"circuit": circuit},
            body=body,
            timeout=timeout,
        )

    def set_session_priority(
        self,
        circuit: int,
        session: int,
        *,
        body: CircuitSetChargePointEvsePriorityRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Set Session Priority

        Args:
            circuit: the circuit path parameter
            session: the session path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/circuit/v2.0/{circuit}/set-session-priority/{session}`` (operationId ``circuitSetSessionPriority``)
        """
        return self._client._request(
            OPERATIONS["circuitSetSessionPriority"],
            None,
            path={"circuit": circuit, "session": session},
            body=body,
            timeout=timeout,
        )

    def soc_priorities_listing(
        self,
        circuit: int,
        *,
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
        )

    def unmanaged_load_read(
        self,
        circuit: int,
        *,
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
        )

    def update(
        self,
        circuit: int,
        *,
        body: CircuitUpdateRequest | Mapping[str, Any],
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

        return self._client._request(
            OPERATIONS["circuitUpdate"],
            CircuitCreateResult,
            path={"circuit": circuit},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def update_deprecated(
        self,
        dlm_circuit: int,
        *,
        body: CircuitUpdateDeprecatedRequest | Mapping[str, Any],
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
        from ..models.circuit_update_deprecated_response import (
            CircuitUpdateDeprecatedResponse,
        )

        return self._client._request(
            OPERATIONS["circuitUpdateDeprecated"],
            CircuitUpdateDeprecatedResponse,
            path={"dlmCircuit": dlm_circuit},
            body=body,
            timeout=timeout,
        )

    def user_priorities_listing(
        self,
        circuit: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )

    def user_priority_create(
        self,
        circuit: int,
        *,
        body: CircuitUserPriorityCreateRequest | Mapping[str, Any],
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

        return self._client._request(
            OPERATIONS["circuitUserPriorityCreate"],
            CircuitUserPriority,
            path={"circuit": circuit},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def user_priority_delete(
        self,
        circuit: int,
        user_priority: int,
        *,
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
        )

    def user_priority_read(
        self,
        circuit: int,
        user_priority: int,
        *,
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
        )

    def user_priority_update(
        self,
        circuit: int,
        user_priority: int,
        *,
        body: CircuitUserPriorityUpdateRequest | Mapping[str, Any],
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

        return self._client._request(
            OPERATIONS["circuitUserPriorityUpdate"],
            CircuitUserPriority,
            path={"circuit": circuit, "userPriority": user_priority},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncCircuitsResource:
    """Asynchronous operations of resource / circuits."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def attach_charge_point(
        self,
        circuit: int,
        *,
        body: CircuitAttachChargePointRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Attach Charge Point

        To maintain safety and compatibility, only charge points with an identical electrical configuration to the circuit can be added.

        Args:
            circuit: the circuit path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/circuit/v2.0/{circuit}/attach-charge-point`` (operationId ``circuitAttachChargePoint``)
        """
        return await self._client._request(
            OPERATIONS["circuitAttachChargePoint"],
            None,
            path={"circuit": circuit},
            body=body,
            timeout=timeout,
        )

    def charge_point_priorities_listing(
        self,
        circuit: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )

    async def consumption(
        self,
        circuit: int,
        *,
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
        )

    async def consumption_all_phases_deprecated(
        self,
        dlm_circuit: int,
        *,
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
        )

    async def consumption_phase_deprecated(
        self,
        dlm_circuit: int,
        phase: CircuitConsumptionPhaseDeprecatedPhase | str,
        *,
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
        )

    async def create(
        self,
        *,
        body: CircuitCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitCreateResult:
        """Circuit / Create

        Create a new circuit

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/circuits/v2.0`` (operationId ``circuitCreate``)
        """
        from ..models.circuit_create_result import CircuitCreateResult

        return await self._client._request(
            OPERATIONS["circuitCreate"],
            CircuitCreateResult,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def create_deprecated(
        self,
        *,
        body: CircuitCreateDeprecatedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CircuitDeprecated:
        """Circuit / Create

        Create new circuits

        Deprecated. Use ``client.circuits.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/circuits/v1.0`` (operationId ``circuitCreateDeprecated``)
        """
        from ..models.circuit_deprecated import CircuitDeprecated

        return await self._client._request(
            OPERATIONS["circuitCreateDeprecated"],
            CircuitDeprecated,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete(
        self,
        circuit: int,
        *,
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
        )

    async def delete_deprecated(
        self,
        dlm_circuit: int,
        *,
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
        )

    async def detach_charge_point(
        self,
        circuit: int,
        charge_point: int,
        *,
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
        )

    def listing(
        self,
        *,
        include: Sequence[CircuitReadIncludeItem | str] | None = None,
        filter: CircuitsListingFilter | Mapping[str, Any] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
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
        )

    async def read(
        self,
        circuit: int,
        *,
        include: Sequence[CircuitReadIncludeItem | str] | None = None,
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
        )

    async def read_deprecated(
        self,
        dlm_circuit: int,
        *,
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
        )

    async def set_charge_point_evse_priority(
        self,
        circuit: int,
        charge_point: int,
        evse: int,
        *,
        body: CircuitSetChargePointEvsePriorityRequest | Mapping[str, Any],
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
        return await self._client._request(
            OPERATIONS["circuitSetChargePointEvsePriority"],
            None,
            path={"circuit": circuit, "chargePoint": charge_point, "evse": evse},
            body=body,
            timeout=timeout,
        )

    async def set_charge_point_priority(
        self,
        circuit: int,
        charge_point: int,
        *,
        body: CircuitSetChargePointEvsePriorityRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Set Charge Point Priority

        Args:
            circuit: the circuit path parameter
            charge_point: the chargePoint path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/circuit/v2.0/{circuit}/set-charge-point-priority/{chargePoint}`` (operationId ``circuitSetChargePointPriority``)
        """
        return await self._client._request(
            OPERATIONS["circuitSetChargePointPriority"],
            None,
            path={"circuit": circuit, "chargePoint": charge_point},
            body=body,
            timeout=timeout,
        )

    async def set_circuit_soc_priority(
        self,
        circuit: int,
        *,
        body: CircuitSetCircuitSocPriorityRequest | Mapping[str, Any],
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
        return await self._client._request(
            OPERATIONS["circuitSetCircuitSocPriority"],
            None,
            path={"circuit": circuit},
            body=body,
            timeout=timeout,
        )

    async def set_session_priority(
        self,
        circuit: int,
        session: int,
        *,
        body: CircuitSetChargePointEvsePriorityRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Circuit / Set Session Priority

        Args:
            circuit: the circuit path parameter
            session: the session path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/circuit/v2.0/{circuit}/set-session-priority/{session}`` (operationId ``circuitSetSessionPriority``)
        """
        return await self._client._request(
            OPERATIONS["circuitSetSessionPriority"],
            None,
            path={"circuit": circuit, "session": session},
            body=body,
            timeout=timeout,
        )

    async def soc_priorities_listing(
        self,
        circuit: int,
        *,
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
        )

    async def unmanaged_load_read(
        self,
        circuit: int,
        *,
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
        )

    async def update(
        self,
        circuit: int,
        *,
        body: CircuitUpdateRequest | Mapping[str, Any],
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

        return await self._client._request(
            OPERATIONS["circuitUpdate"],
            CircuitCreateResult,
            path={"circuit": circuit},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def update_deprecated(
        self,
        dlm_circuit: int,
        *,
        body: CircuitUpdateDeprecatedRequest | Mapping[str, Any],
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
        from ..models.circuit_update_deprecated_response import (
            CircuitUpdateDeprecatedResponse,
        )

        return await self._client._request(
            OPERATIONS["circuitUpdateDeprecated"],
            CircuitUpdateDeprecatedResponse,
            path={"dlmCircuit": dlm_circuit},
            body=body,
            timeout=timeout,
        )

    def user_priorities_listing(
        self,
        circuit: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )

    async def user_priority_create(
        self,
        circuit: int,
        *,
        body: CircuitUserPriorityCreateRequest | Mapping[str, Any],
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

        return await self._client._request(
            OPERATIONS["circuitUserPriorityCreate"],
            CircuitUserPriority,
            path={"circuit": circuit},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def user_priority_delete(
        self,
        circuit: int,
        user_priority: int,
        *,
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
        )

    async def user_priority_read(
        self,
        circuit: int,
        user_priority: int,
        *,
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
        )

    async def user_priority_update(
        self,
        circuit: int,
        user_priority: int,
        *,
        body: CircuitUserPriorityUpdateRequest | Mapping[str, Any],
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

        return await self._client._request(
            OPERATIONS["circuitUserPriorityUpdate"],
            CircuitUserPriority,
            path={"circuit": circuit, "userPriority": user_priority},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
