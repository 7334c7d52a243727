"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .payment_terminal_option12_info_item import PaymentTerminalOption12InfoItem
from .payment_terminal_option12_network_status import (
    PaymentTerminalOption12NetworkStatus,
)
from .payment_terminal_option6_terminal_type import PaymentTerminalOption6TerminalType

if TYPE_CHECKING:
    from ..params import (
        PaymentTerminalOption12NetworkStatusLiteral,
        PaymentTerminalOption6TerminalTypeLiteral,
    )


class PaymentTerminalOption10(SDKModel):
    id: int | None = None
    name: str
    integration_id: int = Field(
        validation_alias="integrationId", serialization_alias="integrationId"
    )
    terminal_type: PaymentTerminalOption6TerminalType = Field(
        validation_alias="terminalType", serialization_alias="terminalType"
    )
    operator_id: int = Field(
        validation_alias="operatorId", serialization_alias="operatorId"
    )
    charging_zone_id: int | None = Field(
        default=None,
        validation_alias="chargingZoneId",
        serialization_alias="chargingZoneId",
    )
    """The charging zone the terminal belongs to. Note that either the `chargePointId` OR this attribute should be provided;"""
    charge_point_id: int | None = Field(
        default=None,
        validation_alias="chargePointId",
        serialization_alias="chargePointId",
    )
    """The Charge point the terminal belongs to. Note that either the `chargingZoneId` OR this attribute should be provided;"""
    admin_token: str | None = Field(
        default=None, validation_alias="adminToken", serialization_alias="adminToken"
    )
    """Specific token, linked to each terminal that can be used for access to the API. The token is created automatically when a new payment terminal is created."""
    network_status: PaymentTerminalOption12NetworkStatus | None = Field(
        default=None,
        validation_alias="networkStatus",
        serialization_alias="networkStatus",
    )
    phone: str
    default_language: str = Field(
        validation_alias="defaultLanguage", serialization_alias="defaultLanguage"
    )
    present_card_on_stop_session: bool | None = Field(
        default=False,
        validation_alias="presentCardOnStopSession",
        serialization_alias="presentCardOnStopSession",
    )
    info: list[PaymentTerminalOption12InfoItem]
    currency_code: str | None = Field(
        default=None,
        validation_alias="currencyCode",
        serialization_alias="currencyCode",
    )
    serial_number: str | None = Field(
        default=None,
        validation_alias="serialNumber",
        serialization_alias="serialNumber",
    )
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    merchant_account: str = Field(
        validation_alias="merchantAccount", serialization_alias="merchantAccount"
    )
    """Unique identifier of the merchant in Adyen's portal"""
    adyen_api_key: str = Field(
        validation_alias="adyenApiKey", serialization_alias="adyenApiKey"
    )
    """API key to authenticate requests to Adyen"""
    supported_languages: list[str] | None = Field(
        default=None,
        validation_alias="supportedLanguages",
        serialization_alias="supportedLanguages",
    )
    network_status_monitoring_enabled: bool | None = Field(
        default=None,
        validation_alias="networkStatusMonitoringEnabled",
        serialization_alias="networkStatusMonitoringEnabled",
    )
    kiosk_mode_enabled: bool | None = Field(
        default=None,
        validation_alias="kioskModeEnabled",
        serialization_alias="kioskModeEnabled",
    )
    """Indicates whether kiosk mode is enabled for this terminal. When true, the terminal forces connector selection even in single charge point setups. Only applicable for Single Charge Point terminals; omitted for Location terminals."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int | None = ...,
            name: str,
            integration_id: int,
            terminal_type: (
                PaymentTerminalOption6TerminalType
                | PaymentTerminalOption6TerminalTypeLiteral
            ),
            operator_id: int,
            charging_zone_id: int | None = ...,
            charge_point_id: int | None = ...,
            admin_token: str | None = ...,
            network_status: (
                PaymentTerminalOption12NetworkStatus
                | PaymentTerminalOption12NetworkStatusLiteral
                | None
            ) = ...,
            phone: str,
            default_language: str,
            present_card_on_stop_session: bool | None = ...,
            info: list[PaymentTerminalOption12InfoItem],
            currency_code: str | None = ...,
            serial_number: str | None = ...,
            external_id: str | None = ...,
            merchant_account: str,
            adyen_api_key: str,
            supported_languages: list[str] | None = ...,
            network_status_monitoring_enabled: bool | None = ...,
            kiosk_mode_enabled: bool | None = ...,
        ) -> None: ...
