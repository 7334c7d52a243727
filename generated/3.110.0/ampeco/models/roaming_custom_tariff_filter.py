"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import Annotated, TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus
from .roaming_custom_tariff_filter_applicable_current_type import (
    RoamingCustomTariffFilterApplicableCurrentType,
)

if TYPE_CHECKING:
    from ..params import (
        ChargePointEvseConnectorStatusLiteral,
        RoamingCustomTariffFilterApplicableCurrentTypeLiteral,
    )


class RoamingCustomTariffFilter(SDKModel):
    id: int
    """Unique identifier of the tariff filter"""
    name: str
    status: ChargePointEvseConnectorStatus
    country_code: str | None = Field(
        default=None, validation_alias="countryCode", serialization_alias="countryCode"
    )
    """ISO 3166-1 alpha-2 country code"""
    applicable_current_types: Annotated[
        list[RoamingCustomTariffFilterApplicableCurrentType],
        Field(
            validation_alias="applicableCurrentTypes",
            serialization_alias="applicableCurrentTypes",
        ),
    ]
    """Array of current types (AC, DC) that this filter applies to, pass an empty array to clear all current type restrictions."""
    power_below_kw: float | None = Field(
        default=None,
        validation_alias="powerBelowKw",
        serialization_alias="powerBelowKw",
    )
    """Filter EVSEs with power below specified kW value"""
    evse_id_prefix: str | None = Field(
        default=None,
        validation_alias="evseIdPrefix",
        serialization_alias="evseIdPrefix",
    )
    """Filter EVSEs whose IDs start with specified prefix(es). Multiple prefixes separated by newlines"""
    order: int
    """Position of the tariff filter in the ordering sequence. When not provided during creation, it will go last. If an already existing order number is provided, it will reorder the other tariff filters to take their place in the sequence."""
    created_at: datetime = Field(
        validation_alias="createdAt", serialization_alias="createdAt"
    )
    """ISO 8601 formatted date"""
    updated_at: datetime = Field(
        validation_alias="updatedAt", serialization_alias="updatedAt"
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            name: str,
            status: (
                ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
            ),
            country_code: str | None = ...,
            applicable_current_types: list[
                RoamingCustomTariffFilterApplicableCurrentType
                | RoamingCustomTariffFilterApplicableCurrentTypeLiteral
            ],
            power_below_kw: float | None = ...,
            evse_id_prefix: str | None = ...,
            order: int,
            created_at: datetime,
            updated_at: datetime,
        ) -> None: ...
