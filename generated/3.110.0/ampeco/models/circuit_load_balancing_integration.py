"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from .._runtime.models import SDKModel


class CircuitLoadBalancingIntegrationFieldsOption1(SDKModel):
    start_date: date | None = Field(
        default=None, validation_alias="startDate", serialization_alias="startDate"
    )
    """DREEV specific. Reporting and accepting charging schedules will commence at this date."""


class CircuitLoadBalancingIntegrationFieldsOption2(SDKModel):
    installation_id: str = Field(
        validation_alias="installationId", serialization_alias="installationId"
    )
    """Zaptec specific. Installation ID inside Zaptec system, used for identifying the corresponding circuit."""


class CircuitLoadBalancingIntegration(SDKModel):
    """The selected integration enables the system to receive and apply third-party charging limits to the chargers added in the circuit."""

    id: int | None = None
    """The id of the load balancing integration (can be found in the Ampeco backend). Provide `null` if you want to disable any load balancing integration and revert back to the Ampeco built-in load balancing."""
    fields_: (
        CircuitLoadBalancingIntegrationFieldsOption1
        | CircuitLoadBalancingIntegrationFieldsOption2
        | None
    ) = Field(default=None, validation_alias="fields", serialization_alias="fields")


CircuitLoadBalancingIntegration.model_rebuild()
CircuitLoadBalancingIntegrationFieldsOption1.model_rebuild()
CircuitLoadBalancingIntegrationFieldsOption2.model_rebuild()
