"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import (
        RoamingOperatorCpoSettingsPhaseAcPowerFormulaLiteral,
        RoamingOperatorCpoSettingsThreatEvseStatusUnknownAsLiteral,
    )


class RoamingOperatorCpoSettingsPhaseAcPowerFormula(OpenEnum):
    AMPERAGE_VOLTAGE_3 = "amperage_voltage_3"
    AMPERAGE_VOLTAGE_SQR3 = "amperage_voltage_sqr3"


class RoamingOperatorCpoSettingsThreatEvseStatusUnknownAs(OpenEnum):
    AVAILABLE = "available"
    UNAVAILABLE = "unavailable"


class RoamingOperatorCpoSettings(SDKModel):
    cpo_qrcode_prefix: str | None = Field(
        default=None,
        validation_alias="cpoQrcodePrefix",
        serialization_alias="cpoQrcodePrefix",
    )
    """Example - \"http://m.intercharge.eu/qr?evseid=\" if the URL in the QR Code is http://m.intercharge.eu/qr?evseid=CH*ION*E213604"""
    manual_evse_management: bool | None = Field(
        default=False,
        validation_alias="manualEvseManagement",
        serialization_alias="manualEvseManagement",
    )
    apply_custom_tariffs_to_evses_with_roaming_tariff: bool | None = Field(
        default=False,
        validation_alias="applyCustomTariffsToEvsesWithRoamingTariff",
        serialization_alias="applyCustomTariffsToEvsesWithRoamingTariff",
    )
    sends_periodic_meter_updates: bool | None = Field(
        default=True,
        validation_alias="sendsPeriodicMeterUpdates",
        serialization_alias="sendsPeriodicMeterUpdates",
    )
    external_tariff_integration: str | None = Field(
        default=None,
        validation_alias="externalTariffIntegration",
        serialization_alias="externalTariffIntegration",
    )
    """Only possible value is `has.to.be`"""
    threat_evse_status_unknown_as: (
        RoamingOperatorCpoSettingsThreatEvseStatusUnknownAs | None
    ) = Field(
        default=None,
        validation_alias="threatEvseStatusUnknownAs",
        serialization_alias="threatEvseStatusUnknownAs",
    )
    phase_ac_power_formula: RoamingOperatorCpoSettingsPhaseAcPowerFormula | None = (
        Field(
            default=RoamingOperatorCpoSettingsPhaseAcPowerFormula.AMPERAGE_VOLTAGE_3,
            validation_alias="phaseAcPowerFormula",
            serialization_alias="phaseAcPowerFormula",
        )
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            cpo_qrcode_prefix: str | None = ...,
            manual_evse_management: bool | None = ...,
            apply_custom_tariffs_to_evses_with_roaming_tariff: bool | None = ...,
            sends_periodic_meter_updates: bool | None = ...,
            external_tariff_integration: str | None = ...,
            threat_evse_status_unknown_as: (
                RoamingOperatorCpoSettingsThreatEvseStatusUnknownAs
                | RoamingOperatorCpoSettingsThreatEvseStatusUnknownAsLiteral
                | None
            ) = ...,
            phase_ac_power_formula: (
                RoamingOperatorCpoSettingsPhaseAcPowerFormula
                | RoamingOperatorCpoSettingsPhaseAcPowerFormulaLiteral
                | None
            ) = ...,
        ) -> None: ...
