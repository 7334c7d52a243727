"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime, time
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .tariff_partner import TariffPartner
from .tariff_pricing import TariffPricing
from .tariff_restrictions import TariffRestrictions
from .tariff_set_display_information_request import TariffSetDisplayInformationRequest
from .tariff_stop_session import TariffStopSession
from .tariff_type import TariffType

if TYPE_CHECKING:
    from ..params import TariffTypeLiteral


class TariffSnapshot(SDKModel):
    id: int
    name: str
    type: TariffType
    """Setting the type to `charging not allowed` or `free` is enough for creating the particular type of tariff"""
    description: dict[str, str | None] | None = None
    """Locales that have been created and are not provided on an update will be deleted. Please provide values in all locales that you wish to keep."""
    additional_information: dict[str, str | None] | None = Field(
        default=None,
        validation_alias="additionalInformation",
        serialization_alias="additionalInformation",
    )
    """Locales that have been created and are not provided on an update will be deleted. Please provide values in all locales that you wish to keep."""
    learn_more_url: dict[str, str | None] | None = Field(
        default=None,
        validation_alias="learnMoreUrl",
        serialization_alias="learnMoreUrl",
    )
    """Locales that have been created and are not provided on an update will be deleted. Please provide values in all locales that you wish to keep."""
    day_tariff_start: time | None = Field(
        default=None,
        validation_alias="dayTariffStart",
        serialization_alias="dayTariffStart",
    )
    """A time when the day begins"""
    night_tariff_start: time | None = Field(
        default=None,
        validation_alias="nightTariffStart",
        serialization_alias="nightTariffStart",
    )
    """A time when the night begins"""
    pricing: TariffPricing | None = None
    currency: str | None = None
    """ISO 4217 currency code"""
    stop_session: TariffStopSession | None = Field(
        default=None, validation_alias="stopSession", serialization_alias="stopSession"
    )
    restrictions: TariffRestrictions | None = None
    partner: TariffPartner | None = None
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""
    display: TariffSetDisplayInformationRequest | None = None
    integration_id: int | None = Field(
        default=None,
        validation_alias="integrationId",
        serialization_alias="integrationId",
    )
    """References the internal integration configuration that enables this tariff type"""
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    """Used to store custom information, usually used for external references or metadata to the resource."""
    tariff_id: int = Field(validation_alias="tariffId", serialization_alias="tariffId")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            name: str,
            type: TariffType | TariffTypeLiteral,
            description: dict[str, str | None] | None = ...,
            additional_information: dict[str, str | None] | None = ...,
            learn_more_url: dict[str, str | None] | None = ...,
            day_tariff_start: time | None = ...,
            night_tariff_start: time | None = ...,
            pricing: TariffPricing | None = ...,
            currency: str | None = ...,
            stop_session: TariffStopSession | None = ...,
            restrictions: TariffRestrictions | None = ...,
            partner: TariffPartner | None = ...,
            last_updated_at: datetime | None = ...,
            display: TariffSetDisplayInformationRequest | None = ...,
            integration_id: int | None = ...,
            external_id: str | None = ...,
            tariff_id: int,
        ) -> None: ...
