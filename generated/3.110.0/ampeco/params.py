"""Typed mappings for the AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit.

``<Model>Param`` is a ``TypedDict`` of a request model's wire (camelCase) keys: pass one
(or a plain dict literal) wherever the model is accepted, and a type checker catches a
wrong key or value type. ``<Enum>Literal`` is the ``Literal`` of an enum's values, so
``status="finished"`` type-checks where the enum is expected. At run time a mapping
with a key its model does not know raises ``UnknownKeyError`` before anything is sent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date, datetime, time
    from decimal import Decimal
    from typing import Any
    from . import models


AmpecoInvoiceManagerInvoiceTypeLiteral: TypeAlias = Literal["individual", "company"]


AmpecoInvoiceManagerRequireInvoiceEnforcedByLiteral: TypeAlias = Literal[
    "operator_setting", "user_request"
]


AustralianStateLiteral: TypeAlias = Literal[
    "NSW",
    "VIC",
    "QLD",
    "WA",
    "SA",
    "TAS",
    "ACT",
    "NT",
    "JBT",
    "CX",
    "NF",
    "CC",
    "AQ",
    "CSI",
    "ACI",
    "HM",
]


AuthorizationChangedNotificationNotificationLiteral: TypeAlias = Literal[
    "authorization.changed"
]


AuthorizationDeprecatedMethodLiteral: TypeAlias = Literal[
    "user_device", "rfid_tag", "admin", "plug_and_charge"
]


AuthorizationDeprecatedSourceLiteral: TypeAlias = Literal[
    "local", "roaming", "third_party"
]


AuthorizationDeprecatedStatusLiteral: TypeAlias = Literal["accepted", "rejected"]


AuthorizationMethodLiteral: TypeAlias = Literal[
    "user_device",
    "id_tag",
    "admin",
    "plug_and_charge",
    "roaming",
    "payment_terminal",
    "plug_and_charge_iso15118",
]


AuthorizationNotificationNotificationLiteral: TypeAlias = Literal[
    "AuthorizationNotification"
]


AuthorizationNotificationStatusLiteral: TypeAlias = Literal[
    "Accepted", "Blocked", "Expired", "Invalid", "ConcurrentTx"
]


AuthorizationReadV21ResultMethodLiteral: TypeAlias = Literal[
    "user_device",
    "id_tag",
    "mac_address",
    "admin",
    "plug_and_charge",
    "roaming",
    "payment_terminal",
    "plug_and_charge_iso15118",
]


AuthorizationSourceLiteral: TypeAlias = Literal["local", "roaming"]


AuthorizationStatusLiteral: TypeAlias = Literal["accepted", "rejected", "pending"]


BookingReadIncludeItemLiteral: TypeAlias = Literal["bookedEvses"]


BookingRequestOption1ParkingSpaceCriteriaVehicleTypeLiteral: TypeAlias = Literal[
    "two_and_three_wheel_vehicles_and_quadricycles",
    "passenger_vehicles",
    "passenger_vehicles_with_trailer",
    "light_duty_vans",
    "heavy_duty_tractor_units_without_trailer",
    "heavy_duty_trucks_without_articulation_point",
    "heavy_duty_trucks_with_trailer_attached",
    "buses_or_motor_coaches",
]


BookingRequestOption1StatusLiteral: TypeAlias = Literal[
    "pending", "approved", "rejected"
]


BookingRequestOption1TypeLiteral: TypeAlias = Literal["create"]


BookingRequestOption2TypeLiteral: TypeAlias = Literal["update"]


BookingRequestOption3TypeLiteral: TypeAlias = Literal["cancel"]


BookingStatusLiteral: TypeAlias = Literal[
    "accepted", "reserved", "completed", "cancelled", "no-show", "failed"
]


BootNotificationNotificationLiteral: TypeAlias = Literal["BootNotification"]


CdrDeliveryResponseLiteral: TypeAlias = Literal["success", "fail"]


CdrOcpiDataVersionLiteral: TypeAlias = Literal["2.1.1", "2.2"]


CdrOicpDataSignedMeteringValueMeteringStatusLiteral: TypeAlias = Literal[
    "Start", "Progress", "End"
]


CdrOicpDataVersionLiteral: TypeAlias = Literal["2.2", "2.3"]


CdrProtocolTypeLiteral: TypeAlias = Literal["OCPI", "Hubject"]


CdrReadIncludeItemLiteral: TypeAlias = Literal["externalAppData"]


CdrReceivedNotificationNotificationLiteral: TypeAlias = Literal["cdr.received"]


ChargePointCapabilityLiteral: TypeAlias = Literal[
    "remote_start_stop_capable",
    "meter_values",
    "stop_transaction_on_ev_disconnect",
    "disregard_the_heartbeats",
    "display_messages",
]


ChargePointChangeAvailabilityRequestTypeLiteral: TypeAlias = Literal[
    "Inoperative", "Operative"
]


ChargePointChangedNotificationDeprecatedNotificationLiteral: TypeAlias = Literal[
    "chargePoint.changed"
]


ChargePointChangedNotificationNotificationLiteral: TypeAlias = Literal[
    "ChargePointChangedNotification"
]


ChargePointCommunicationModeLiteral: TypeAlias = Literal[
    "none", "direct_ocpp", "via_ocpp_connected_charge_point", "roaming"
]


ChargePointConfigurationReadKeyOption1Literal: TypeAlias = Literal[
    "AllowOfflineTxForUnknownId",
    "AuthorizationCacheEnabled",
    "AuthorizeRemoteTxRequests",
    "BlinkRepeat",
    "ClockAlignedDataInterval",
    "ConnectionTimeOut",
    "ConnectorPhaseRotation",
    "ConnectorPhaseRotationMaxLength",
    "GetConfigurationMaxKeys",
    "HeartbeatInterval",
    "LightIntensity",
    "LocalAuthorizeOffline",
    "LocalPreAuthorize",
    "MaxEnergyOnInvalidId",
    "MeterValuesAlignedData",
    "MeterValuesAlignedDataMaxLength",
    "MeterValuesSampledData",
    "MeterValuesSampledDataMaxLength",
    "MeterValueSampleInterval",
    "MinimumStatusDuration",
    "NumberOfConnectors",
    "ResetRetries",
    "StopTransactionOnEVSideDisconnect",
    "StopTransactionOnInvalidId",
    "StopTxnAlignedData",
    "StopTxnAlignedDataMaxLength",
    "StopTxnSampledData",
    "StopTxnSampledDataMaxLength",
    "SupportedFeatureProfiles",
    "SupportedFeatureProfilesMaxLength",
    "TransactionMessageAttempts",
    "TransactionMessageRetryInterval",
    "UnlockConnectorOnEVSideDisconnect",
    "WebSocketPingInterval",
    "LocalAuthListEnabled",
    "LocalAuthListMaxLength",
    "SendLocalListMaxLength",
    "ReserveConnectorZeroSupported",
    "ChargeProfileMaxStackLevel",
    "ChargingScheduleAllowedChargingRateUnit",
    "ChargingScheduleMaxPeriods",
    "ConnectorSwitch3to1PhaseSupported",
    "MaxChargingProfilesInstalled",
    "AuthorizationEnabled",
]


ChargePointCreateRequestCommunicationModeLiteral: TypeAlias = Literal[
    "none", "direct_ocpp", "via_ocpp_connected_charge_point"
]


ChargePointCreateRequestStatusLiteral: TypeAlias = Literal[
    "enabled", "disabled", "out of order", "demo"
]


ChargePointDataTransferReceivedNotificationNotificationLiteral: TypeAlias = Literal[
    "chargePoint.dataTransferReceived"
]


ChargePointDeleteCertificateRequestCertificateTypeLiteral: TypeAlias = Literal[
    "ChargingStationCertificate",
    "V2GCertificate",
    "V2GRootCertificate",
    "MORootCertificate",
    "CSMSRootCertificate",
    "ManufacturerRootCertificate",
    "V2GCertificateChain",
]


ChargePointDeleteIncludeItemLiteral: TypeAlias = Literal[
    "lastBootNotification",
    "chargingProfile",
    "smartCharging",
    "smartChargingPreferences",
    "personalSmartChargingPreferences",
    "availablePersonalSmartChargingModes",
]


ChargePointDeprecatedAccessTypeLiteral: TypeAlias = Literal[
    "private", "public", "personal"
]


ChargePointDeprecatedCapabilityLiteral: TypeAlias = Literal[
    "REMOTE_START_STOP_CAPABLE", "METER_VALUES", "STOP_TRANSACTION_ON_EV_DISCONNECT"
]


ChargePointDeprecatedChargingProfileChargingRateUnitLiteral: TypeAlias = Literal[
    "A", "W"
]


ChargePointDeprecatedChargingProfileRecurrencyKindLiteral: TypeAlias = Literal[
    "daily", "weekly"
]


ChargePointDeprecatedDesiredSecurityProfileStatusLiteral: TypeAlias = Literal[
    "applied", "pending", "rejected"
]


ChargePointDeprecatedHardwareStatusLiteral: TypeAlias = Literal[
    "available", "unavailable", "faulted"
]


ChargePointDeprecatedNetworkProtocolLiteral: TypeAlias = Literal[
    "ocpp 1.5", "ocpp 1.6", "ocpp 1.6 soap", "ocpp 2.0.1"
]


ChargePointDeprecatedNetworkStatusLiteral: TypeAlias = Literal[
    "never connected", "available", "temporarily unavailable", "long-term unavailable"
]


ChargePointDeprecatedPartnerAccessTypeLiteral: TypeAlias = Literal[
    "privateViewPrivateUse", "privateViewPublicUse", "publicViewPrivateUse"
]


ChargePointDeprecatedStatusLiteral: TypeAlias = Literal[
    "active", "disabled", "out of order", "demo"
]


ChargePointEvseConnectorFormatLiteral: TypeAlias = Literal["socket", "cable"]


ChargePointEvseConnectorStatusLiteral: TypeAlias = Literal["enabled", "disabled"]


ChargePointEvseConnectorTypeLiteral: TypeAlias = Literal[
    "type1",
    "type2",
    "type3",
    "chademo",
    "ccs1",
    "ccs2",
    "schuko",
    "nacs",
    "cee16",
    "cee32",
    "j1772",
    "inductive",
    "nema-5-20",
    "type-e-french",
    "type-g-british",
    "type-j-swiss",
    "avcon",
    "gb-t-ac",
    "gb-t-dc",
    "chaoji",
    "nema-6-30",
    "nema-6-50",
]


ChargePointEvseDeleteIncludeItemLiteral: TypeAlias = Literal[
    "chargingProfile", "connectors"
]


ChargePointGetInstalledCertificateIdsRequestCertificateTypeLiteral: TypeAlias = Literal[
    "V2GRootCertificate",
    "MORootCertificate",
    "CSMSRootCertificate",
    "V2GCertificateChain",
    "ManufacturerRootCertificate",
]


ChargePointGetSecurityLogResultLogTypeLiteral: TypeAlias = Literal["SecurityLog"]


ChargePointInstallCertificateRequestCertificateTypeLiteral: TypeAlias = Literal[
    "V2GRootCertificate",
    "MORootCertificate",
    "CSMSRootCertificate",
    "ManufacturerRootCertificate",
]


ChargePointNetworkStatusLiteral: TypeAlias = Literal[
    "never_connected", "available", "temporarily_unavailable", "long-term_unavailable"
]


ChargePointNetworkTypeLiteral: TypeAlias = Literal["cellular", "ethernet", "wlan"]


ChargePointPartnerAccessTypeLiteral: TypeAlias = Literal[
    "private_view_private_use", "private_view_public_use", "public_view_private_use"
]


ChargePointPersonalSmartChargingPreferencesOption1TypeLiteral: TypeAlias = Literal[
    "user_controlled_schedule"
]


ChargePointPersonalSmartChargingPreferencesOption2TypeLiteral: TypeAlias = Literal[
    "solar"
]


ChargePointPersonalSmartChargingPreferencesOption3TypeLiteral: TypeAlias = Literal[
    "octopus_agile"
]


ChargePointPersonalSmartChargingPreferencesOption4TypeLiteral: TypeAlias = Literal[
    "octopus_go"
]


ChargePointPersonalSmartChargingPreferencesOption5TypeLiteral: TypeAlias = Literal[
    "nordpool"
]


ChargePointPersonalSmartChargingPreferencesOption6TypeLiteral: TypeAlias = Literal[
    "charger_electricity_rate"
]


ChargePointResetTypeLiteral: TypeAlias = Literal["hard", "soft"]


ChargePointSendDataTransferResponseStatusLiteral: TypeAlias = Literal[
    "Accepted", "Rejected", "UnknownMessageId", "UnknownVendorId"
]


ChargePointSetChargingProfileRequestChargingProfileKindLiteral: TypeAlias = Literal[
    "Absolute", "Recurring", "Relative"
]


ChargePointSetChargingProfileRequestChargingProfilePurposeLiteral: TypeAlias = Literal[
    "ChargePointMaxProfile", "TxDefaultProfile", "TxProfile"
]


ChargePointSetChargingProfileRequestRecurrencyKindLiteral: TypeAlias = Literal[
    "Daily", "Weekly"
]


ChargePointSetSecurityProfileRequestSetSecurityProfileLiteral: TypeAlias = Literal[1, 2]


ChargePointSmartChargingOption1ModeLiteral: TypeAlias = Literal["tod"]


ChargePointSmartChargingOption1PeriodWeekDayLiteral: TypeAlias = Literal[
    "all", "mon", "tue", "wed", "thu", "fri", "sat", "sun"
]


ChargePointSmartChargingOption2ModeLiteral: TypeAlias = Literal["dynamic"]


ChargePointSmartChargingOption3ModeLiteral: TypeAlias = Literal["user_schedule"]


ChargePointSmartChargingOption4ModeLiteral: TypeAlias = Literal["disabled"]


ChargePointSmartChargingPreferencesOption5PreferencesLocationLiteral: TypeAlias = (
    Literal["GB1"]
)


ChargePointStartChargingSessionResponseErrorCodeLiteral: TypeAlias = Literal[
    "BILLING_NOT_ASSOCIATED",
    "BILLING_NOT_PARTNER_ASSOCIATED",
    "INTERNAL_ISSUE",
    "SESSION_EXISTS",
    "AGILE_STREETS_CALCULATE",
    "AGILE_STREETS_COMMUNICATION",
    "CHARGING_NOT_ALLOWED",
    "LOCATION_IS_CLOSED",
    "USER_VALIDATION_NOT_COMPLETE",
    "TERMS_NOT_ACCEPTED",
    "USER_IS_DISABLED",
    "SUBSCRIPTION_REQUIRED",
    "SESSION_ALREADY_RUNNING",
    "PREVIOUS_SESSION_NOT_PAID",
    "ACCESS_RESTRICTED",
    "PAYMENT_METHOD_REQUIRED",
    "CANNOT_BILL_PAYMENT_METHOD",
    "CORPORATE_ACCOUNT_LIMIT_REACHED",
    "CANNOT_USE_EXPIRED_PAYMENT_METHOD",
    "CANNOT_USE_PAYMENT_METHOD",
    "PAYMENT_NO_FUNDS",
]


ChargePointStartChargingSessionWithoutEvseResponseErrorCodeLiteral: TypeAlias = Literal[
    "BILLING_NOT_ASSOCIATED",
    "BILLING_NOT_PARTNER_ASSOCIATED",
    "INTERNAL_ISSUE",
    "AGILE_STREETS_CALCULATE",
    "AGILE_STREETS_COMMUNICATION",
    "CHARGING_NOT_ALLOWED",
    "LOCATION_IS_CLOSED",
    "USER_VALIDATION_NOT_COMPLETE",
    "TERMS_NOT_ACCEPTED",
    "USER_IS_DISABLED",
    "SUBSCRIPTION_REQUIRED",
    "SESSION_ALREADY_RUNNING",
    "PREVIOUS_SESSION_NOT_PAID",
    "ACCESS_RESTRICTED",
]


ChargePointSyncConfigurationNotificationNotificationLiteral: TypeAlias = Literal[
    "ChargePointSyncConfigurationNotification"
]


ChargePointTriggerMessageChargePointRequestTypeLiteral: TypeAlias = Literal[
    "BootNotification",
    "DiagnosticsStatusNotification",
    "LogStatusNotification",
    "FirmwareStatusNotification",
    "PublishFirmwareStatusNotification",
    "Heartbeat",
    "MeterValues",
    "StatusNotification",
    "SignV2GCertificate",
    "SignChargingStationCertificate",
    "SignCombinedCertificate",
    "TransactionEvent",
]


ChargePointUpdateFirmwareRequestDownloadUrlProtocolLiteral: TypeAlias = Literal[
    "http", "https"
]


ChargePointsListingFilterTypeLiteral: TypeAlias = Literal[
    "public", "private", "personal"
]


ChargingProfileAppliedNotificationNotificationLiteral: TypeAlias = Literal[
    "chargingProfile.applied"
]


CircuitChangedNotificationNotificationLiteral: TypeAlias = Literal["circuit.changed"]


CircuitConnectedPhaseLiteral: TypeAlias = Literal[
    "L1", "L2", "L3", "L1_L2", "L1_L3", "L2_L3"
]


CircuitConsumptionNotificationNotificationLiteral: TypeAlias = Literal[
    "CircuitConsumptionNotification"
]


CircuitConsumptionPhaseDeprecatedPhaseLiteral: TypeAlias = Literal["L1", "L2", "L3"]


CircuitDeprecatedChargePointInputVoltageLiteral: TypeAlias = Literal[
    "110-130", "220-240", "380", "400"
]


CircuitDeprecatedChargePointPhaseRotationLiteral: TypeAlias = Literal[
    "L1", "L2", "L3", "RST", "RTS", "SRT", "STR", "TRS", "TSR"
]


CircuitDeprecatedPhasesLiteral: TypeAlias = Literal["1", "3"]


CircuitElectricalConfigurationLiteral: TypeAlias = Literal["star", "delta"]


CircuitPhaseRotationLiteral: TypeAlias = Literal[
    "RST", "RTS", "SRT", "STR", "TRS", "TSR"
]


CircuitPhasesLiteral: TypeAlias = Literal["single_phase", "three_phase", "split_phase"]


CircuitReadIncludeItemLiteral: TypeAlias = Literal[
    "chargePointPriorities",
    "userPriorities",
    "socPriorities",
    "consumption",
    "unmanagedLoad",
]


CircuitUserPriorityTypeLiteral: TypeAlias = Literal["partner", "userGroup"]


ConfigurationTemplateOcppVersionLiteral: TypeAlias = Literal["ocpp 1.6", "ocpp 2.0.1"]


ConfigurationTemplateVariableOption2VariableTypeLiteral: TypeAlias = Literal[
    "Actual", "Target", "MinSet", "MaxSet"
]


ConsentCollectionLiteral: TypeAlias = Literal["explicit", "automatic"]


ConsentSourceLiteral: TypeAlias = Literal["app", "api"]


ConsentStatusLiteral: TypeAlias = Literal["agreed", "rejected"]


ConsentTermTypeLiteral: TypeAlias = Literal[
    "marketing", "signup", "subscription", "top-up"
]


CurrencyAlphabeticCodeLiteral: TypeAlias = Literal[
    "AED",
    "AFN",
    "ALL",
    "AMD",
    "ANG",
    "AOA",
    "ARS",
    "AUD",
    "AWG",
    "AZN",
    "BAM",
    "BBD",
    "BDT",
    "BGN",
    "BHD",
    "BIF",
    "BMD",
    "BND",
    "BOB",
    "BOV",
    "BRL",
    "BSD",
    "BTN",
    "BWP",
    "BYN",
    "BZD",
    "CAD",
    "CDF",
    "CHE",
    "CHF",
    "CHW",
    "CLF",
    "CLP",
    "CNY",
    "COP",
    "COU",
    "CRC",
    "CUC",
    "CUP",
    "CVE",
    "CZK",
    "DJF",
    "DKK",
    "DOP",
    "DZD",
    "EGP",
    "ERN",
    "ETB",
    "EUR",
    "FJD",
    "FKP",
    "GBP",
    "GEL",
    "GHS",
    "GIP",
    "GMD",
    "GNF",
    "GTQ",
    "GYD",
    "HKD",
    "HNL",
    "HRK",
    "HTG",
    "HUF",
    "IDR",
    "ILS",
    "INR",
    "IQD",
    "IRR",
    "ISK",
    "JMD",
    "JOD",
    "JPY",
    "KES",
    "KGS",
    "KHR",
    "KMF",
    "KPW",
    "KRW",
    "KWD",
    "KYD",
    "KZT",
    "LAK",
    "LBP",
    "LKR",
    "LRD",
    "LSL",
    "LYD",
    "MAD",
    "MDL",
    "MGA",
    "MKD",
    "MMK",
    "MNT",
    "MOP",
    "MRU",
    "MUR",
    "MVR",
    "MWK",
    "MXN",
    "MXV",
    "MYR",
    "MZN",
    "NAD",
    "NGN",
    "NIO",
    "NOK",
    "NPR",
    "NZD",
    "OMR",
    "PAB",
    "PEN",
    "PGK",
    "PHP",
    "PKR",
    "PLN",
    "PYG",
    "QAR",
    "RON",
    "RSD",
    "RUB",
    "RWF",
    "SAR",
    "SBD",
    "SCR",
    "SDG",
    "SEK",
    "SGD",
    "SHP",
    "SLL",
    "SOS",
    "SRD",
    "SSP",
    "STN",
    "SVC",
    "SYP",
    "SZL",
    "THB",
    "TJS",
    "TMT",
    "TND",
    "TOP",
    "TRY",
    "TTD",
    "TWD",
    "TZS",
    "UAH",
    "UGX",
    "USD",
    "USN",
    "UYI",
    "UYU",
    "UYW",
    "UZS",
    "VES",
    "VND",
    "VUV",
    "WST",
    "XAF",
    "XAG",
    "XAU",
    "XBA",
    "XBB",
    "XBC",
    "XBD",
    "XCD",
    "XDR",
    "XOF",
    "XPD",
    "XPF",
    "XPT",
    "XSU",
    "XTS",
    "XUA",
    "XXX",
    "YER",
    "ZAR",
    "ZMW",
    "ZWL",
]


DiagnosticsStatusNotificationNotificationLiteral: TypeAlias = Literal[
    "DiagnosticsStatusNotification"
]


DiagnosticsStatusNotificationStatusLiteral: TypeAlias = Literal[
    "idle", "uploaded", "uploadfailed", "uploading"
]


EcpayInvoiceManagerCarrierTypeLiteral: TypeAlias = Literal[
    "Mobile", "Citizen", "GreenWorld"
]


EcpayInvoiceManagerInvoiceTypeLiteral: TypeAlias = Literal[
    "EInvoice", "Company", "Donation"
]


ElectricityRateDeprecatedIntervalPricingItemWeekDayLiteral: TypeAlias = Literal[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
]


ElectricityRateDeprecatedPricingGranularityInMinutesLiteral: TypeAlias = Literal[
    60, 30, 15
]


ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDayLiteral: TypeAlias = Literal[
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "any"
]


ElectricityRateTypeLiteral: TypeAlias = Literal[
    "admin_defined", "octopus_go", "agile_octopus", "nord_pool"
]


EvseChangedNotificationActionLiteral: TypeAlias = Literal[
    "created", "updated", "deleted"
]


EvseChangedNotificationNotificationLiteral: TypeAlias = Literal["evse.changed"]


EvseCurrentTypeLiteral: TypeAlias = Literal["ac", "dc"]


EvseDeleteIncludeItemLiteral: TypeAlias = Literal[
    "chargingProfile", "connectors", "externalAppData"
]


EvseDeprecatedConnectorTypeLiteral: TypeAlias = Literal[
    "type1",
    "type2",
    "type3",
    "chademo",
    "ccs1",
    "ccs2",
    "catarc",
    "schuko",
    "nacs",
    "cee16",
    "cee32",
    "j1772",
    "inductive",
    "nema-5-20",
    "type-e-french",
    "type-g-british",
    "type-j-swiss",
    "avcon",
    "chaoji",
    "nema-6-30",
    "nema-6-50",
]


EvseDeprecatedHardwareStatusLiteral: TypeAlias = Literal[
    "available",
    "preparing",
    "charging",
    "suspendedEV",
    "suspendedEVSE",
    "finishing",
    "reserved",
    "unavailable",
    "faulted",
]


EvseDeprecatedMaxVoltageLiteral: TypeAlias = Literal[
    "230", "380", "400", "480", "120", "208", "240", "110-130", "220-240", "277"
]


EvseDeprecatedPhaseRotationLiteral: TypeAlias = Literal[
    "rst", "rts", "srt", "str", "trs", "tsr"
]


EvseDeprecatedPhasesLiteral: TypeAlias = Literal["single_phase", "three_phase"]


EvseDeprecatedStatusLiteral: TypeAlias = Literal["active", "disabled", "out of order"]


EvseDowntimePeriodEntryModeLiteral: TypeAlias = Literal["manual", "automatic"]


EvseDowntimePeriodTypeLiteral: TypeAlias = Literal["downtime", "exempt"]


EvseHardwareStatusLiteral: TypeAlias = Literal[
    "available",
    "preparing",
    "charging",
    "suspendedEV",
    "suspendedEVSE",
    "finishing",
    "reserved",
    "unavailable",
    "faulted",
    "occupied",
]


EvseRoamingStatusLiteral: TypeAlias = Literal[
    "available",
    "blocked",
    "charging",
    "inoperative",
    "outoforder",
    "planned",
    "removed",
    "reserved",
    "unknown",
]


EvseStatusLiteral: TypeAlias = Literal["enabled", "disabled", "out of order"]


ExpenseOriginLiteral: TypeAlias = Literal[
    "platform-fee-emsp", "platform-fee-cpo", "user-custom-fee", "session-emsp"
]


FirmwareVersionReadIncludeItemLiteral: TypeAlias = Literal["models"]


GetInstallerJobIncludeItemLiteral: TypeAlias = Literal["chargePoints"]


GetParkingSpaceIncludeItemLiteral: TypeAlias = Literal["evses"]


HardwareStatusNotificationNotificationLiteral: TypeAlias = Literal[
    "HardwareStatusNotification"
]


IdTagChangedNotificationNotificationLiteral: TypeAlias = Literal["idTag.changed"]


IdTagCreateResultTypeLiteral: TypeAlias = Literal["rfid", "mac_address"]


IdTagTypeLiteral: TypeAlias = Literal["rfid", "mac_address", "emaid"]


IdTagVehicleTypeLiteral: TypeAlias = Literal["company_car", "private_car"]


InstallerJobChangedNotificationNotificationLiteral: TypeAlias = Literal[
    "installerJob.changed"
]


InstallerJobsListStatusLiteral: TypeAlias = Literal[
    "new", "in_progress", "completed", "failed"
]


InvoiceTypeLiteral: TypeAlias = Literal["invoice", "pro_forma", "credit_note"]


ListConfigurationTemplatesFilterOcppVersionLiteral: TypeAlias = Literal[
    "ocpp1.6", "ocpp2.0.1"
]


LocationAccessMethodLiteral: TypeAlias = Literal[
    "OPEN", "TOKEN", "LICENSE_PLATE", "ACCESS_CODE", "INTERCOM", "PARKING_TICKET"
]


LocationChangedNotificationNotificationLiteral: TypeAlias = Literal[
    "LocationChangedNotification"
]


LocationDeleteIncludeItemLiteral: TypeAlias = Literal[
    "chargingZones", "locationImage", "images", "externalAppData"
]


LocationDeprecatedStatusLiteral: TypeAlias = Literal["active", "disabled"]


LocationFacilityLiteral: TypeAlias = Literal[
    "AIRPORT",
    "BIKE_SHARING",
    "BUS_STOP",
    "CAFE",
    "CARPOOL_PARKING",
    "FUEL_STATION",
    "HOTEL",
    "MALL",
    "METRO_STATION",
    "MUSEUM",
    "NATURE",
    "PARKING_LOT",
    "RECREATION_AREA",
    "RESTAURANT",
    "SPORT",
    "SUPERMARKET",
    "TAXI_STAND",
    "TRAIN_STATION",
    "TRAM_STOP",
    "WIFI",
]


LocationParkingTypeLiteral: TypeAlias = Literal[
    "ALONG_MOTORWAY",
    "PARKING_GARAGE",
    "PARKING_LOT",
    "ON_DRIVEWAY",
    "ON_STREET",
    "UNDERGROUND_GARAGE",
]


LocationsListingFilterStateLiteral: TypeAlias = Literal[
    "AL",
    "AK",
    "AS",
    "AZ",
    "AR",
    "CA",
    "CO",
    "CT",
    "DE",
    "DC",
    "FM",
    "FL",
    "GA",
    "GU",
    "HI",
    "ID",
    "IL",
    "IN",
    "IA",
    "KS",
    "KY",
    "LA",
    "ME",
    "MH",
    "MD",
    "MA",
    "MI",
    "MN",
    "MS",
    "MO",
    "MT",
    "NE",
    "NV",
    "NH",
    "NJ",
    "NM",
    "NY",
    "NC",
    "ND",
    "MP",
    "OH",
    "OK",
    "OR",
    "PW",
    "PA",
    "PR",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VT",
    "VI",
    "VA",
    "WA",
    "WV",
    "WI",
    "WY",
    "NSW",
    "VIC",
    "QLD",
    "SA",
    "TAS",
    "ACT",
    "NT",
    "JBT",
    "CX",
    "NF",
    "CC",
    "AQ",
    "CSI",
    "ACI",
    "HM",
    "AB",
    "BC",
    "MB",
    "NB",
    "NL",
    "NS",
    "NU",
    "ON",
    "PE",
    "QC",
    "SK",
    "YT",
    "81",
    "84",
    "85",
    "67",
    "89",
    "71",
    "76",
    "95",
    "79",
]


NetworkStatusNotificationNotificationLiteral: TypeAlias = Literal[
    "NetworkStatusNotification"
]


NotificationKafkaCompressionCodecLiteral: TypeAlias = Literal[
    "none", "gzip", "snappy", "lz4"
]


NotificationKafkaSaslMechanismLiteral: TypeAlias = Literal[
    "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"
]


NotificationKafkaSecurityProtocolLiteral: TypeAlias = Literal["PLAINTEXT", "SASL_SSL"]


NotificationNotificationLiteral: TypeAlias = Literal[
    "AuthorizationNotification",
    "authorization.changed",
    "BootNotification",
    "ChargePointChangedNotification",
    "chargePoint.changed",
    "evse.changed",
    "ChargePointSyncConfigurationNotification",
    "CircuitConsumptionNotification",
    "circuit.changed",
    "DiagnosticsStatusNotification",
    "HardwareStatusNotification",
    "LocationChangedNotification",
    "NetworkStatusNotification",
    "SecurityEventNotification",
    "SessionMeterValuesNotification",
    "SessionStartStopNotification",
    "session.start.stop.notification",
    "SessionUpdateNotification",
    "UserChangedNotification",
    "SubOperatorChangedNotification",
    "TariffChangedNotification",
    "user.subscriptionChanged",
    "user.subscription.changed",
    "ReservationChangedNotification",
    "PaymentMethodChangedNotification",
    "PartnerInviteChangedNotification",
    "reservation.changed",
    "user.paymentMethod.changed",
    "userBalance.changed",
    "partnerInvite.changed",
    "roamingPlatform.changed",
    "parkingSpace.occupancyStatus.changed",
    "partner.changed",
    "transaction.changed",
    "settlementReport.created",
    "idTag.changed",
    "chargePoint.dataTransferReceived",
    "subscriptionPlan.changed",
    "user.invoiceDetails.changed",
    "cdr.received",
    "chargingProfile.applied",
    "installerJob.changed",
]


NotificationViaLiteral: TypeAlias = Literal["webhook", "kafka"]


ParkingSpaceOccupancyStatusLiteral: TypeAlias = Literal[
    "unknown", "available", "occupied"
]


ParkingSpaceOccupancyStatusChangedNotificationNotificationLiteral: TypeAlias = Literal[
    "parkingSpace.occupancyStatus.changed"
]


ParkingSpaceOccupancyStatusChangedNotificationOccupancyStatusLiteral: TypeAlias = (
    Literal["available", "occupied"]
)


PartnerChangedNotificationActionLiteral: TypeAlias = Literal["created", "deleted"]


PartnerChangedNotificationDeprecatedNotificationLiteral: TypeAlias = Literal[
    "partner.changed"
]


PartnerChangedNotificationNotificationLiteral: TypeAlias = Literal[
    "PartnerChangedNotification"
]


PartnerCountryLiteral: TypeAlias = Literal[
    "AF",
    "AX",
    "AL",
    "DZ",
    "AS",
    "AD",
    "AO",
    "AI",
    "AQ",
    "AG",
    "AR",
    "AM",
    "AW",
    "AU",
    "AT",
    "AZ",
    "BS",
    "BH",
    "BD",
    "BB",
    "BY",
    "BE",
    "BZ",
    "BJ",
    "BM",
    "BT",
    "BO",
    "BQ",
    "BA",
    "BW",
    "BV",
    "BR",
    "IO",
    "BN",
    "BG",
    "BF",
    "BI",
    "KH",
    "CM",
    "CA",
    "CV",
    "KY",
    "CF",
    "TD",
    "CL",
    "CN",
    "CX",
    "CC",
    "CO",
    "KM",
    "CG",
    "CD",
    "CK",
    "CR",
    "CI",
    "HR",
    "CU",
    "CW",
    "CY",
    "CZ",
    "DK",
    "DJ",
    "DM",
    "DO",
    "EC",
    "EG",
    "SV",
    "GQ",
    "ER",
    "EE",
    "ET",
    "FK",
    "FO",
    "FJ",
    "FI",
    "FR",
    "GF",
    "PF",
    "TF",
    "GA",
    "GM",
    "GE",
    "DE",
    "GH",
    "GI",
    "GR",
    "GL",
    "GD",
    "GP",
    "GU",
    "GT",
    "GG",
    "GN",
    "GW",
    "GY",
    "HT",
    "HM",
    "VA",
    "HN",
    "HK",
    "HU",
    "IS",
    "IN",
    "ID",
    "IR",
    "IQ",
    "IE",
    "IM",
    "IL",
    "IT",
    "JM",
    "JP",
    "JE",
    "JO",
    "KZ",
    "KE",
    "KI",
    "KP",
    "KR",
    "XK",
    "KW",
    "KG",
    "LA",
    "LV",
    "LB",
    "LS",
    "LR",
    "LY",
    "LI",
    "LT",
    "LU",
    "MO",
    "MK",
    "MG",
    "MW",
    "MY",
    "MV",
    "ML",
    "MT",
    "MH",
    "MQ",
    "MR",
    "MU",
    "YT",
    "MX",
    "FM",
    "MD",
    "MC",
    "MN",
    "ME",
    "MS",
    "MA",
    "MZ",
    "MM",
    "NA",
    "NR",
    "NP",
    "NL",
    "NC",
    "NZ",
    "NI",
    "NE",
    "NG",
    "NU",
    "NF",
    "MP",
    "NO",
    "OM",
    "PK",
    "PW",
    "PS",
    "PA",
    "PG",
    "PY",
    "PE",
    "PH",
    "PN",
    "PL",
    "PT",
    "PR",
    "QA",
    "RE",
    "RO",
    "RU",
    "RW",
    "BL",
    "SH",
    "KN",
    "LC",
    "MF",
    "PM",
    "VC",
    "WS",
    "SM",
    "ST",
    "SA",
    "SN",
    "RS",
    "SC",
    "SL",
    "SG",
    "SX",
    "SK",
    "SI",
    "SB",
    "SO",
    "ZA",
    "GS",
    "SS",
    "ES",
    "LK",
    "SD",
    "SR",
    "SJ",
    "SZ",
    "SE",
    "CH",
    "SY",
    "TW",
    "TJ",
    "TZ",
    "TH",
    "TL",
    "TG",
    "TK",
    "TO",
    "TT",
    "TN",
    "TR",
    "TM",
    "TC",
    "TV",
    "UG",
    "UA",
    "AE",
    "GB",
    "US",
    "UM",
    "UY",
    "UZ",
    "VU",
    "VE",
    "VN",
    "VG",
    "VI",
    "WF",
    "EH",
    "YE",
    "ZM",
    "ZW",
]


PartnerInviteChangedNotificationNotificationLiteral: TypeAlias = Literal[
    "partnerInvite.changed"
]


PartnerInviteStatusLiteral: TypeAlias = Literal["pending", "sent", "accepted"]


PartnerStateLiteral: TypeAlias = Literal[
    "AL",
    "AK",
    "AS",
    "AZ",
    "AR",
    "CA",
    "CO",
    "CT",
    "DE",
    "DC",
    "FM",
    "FL",
    "GA",
    "GU",
    "HI",
    "ID",
    "IL",
    "IN",
    "IA",
    "KS",
    "KY",
    "LA",
    "ME",
    "MH",
    "MD",
    "MA",
    "MI",
    "MN",
    "MS",
    "MO",
    "MT",
    "NE",
    "NV",
    "NH",
    "NJ",
    "NM",
    "NY",
    "NC",
    "ND",
    "MP",
    "OH",
    "OK",
    "OR",
    "PW",
    "PA",
    "PR",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VT",
    "VI",
    "VA",
    "WA",
    "WV",
    "WI",
    "WY",
    "NSW",
    "VIC",
    "QLD",
    "SA",
    "TAS",
    "ACT",
    "NT",
    "JBT",
    "CX",
    "NF",
    "CC",
    "AQ",
    "CSI",
    "ACI",
    "HM",
    "AB",
    "BC",
    "MB",
    "NB",
    "NL",
    "NS",
    "NU",
    "ON",
    "PE",
    "QC",
    "SK",
    "YT",
    "81",
    "84",
    "85",
    "67",
    "89",
    "71",
    "76",
    "95",
    "79",
    "AG",
    "BH",
    "BN",
    "BT",
    "BV",
    "BR",
    "B",
    "BZ",
    "CL",
    "CS",
    "CV",
    "DB",
    "DJ",
    "GL",
    "GR",
    "GJ",
    "HR",
    "HD",
    "IS",
    "IF",
    "MM",
    "OT",
    "PH",
    "SM",
    "SJ",
    "SB",
    "SV",
    "TR",
    "TM",
    "TL",
    "VS",
    "VL",
    "VN",
]


PaymentMethodBankTransferTypeLiteral: TypeAlias = Literal["sepa", "pse"]


PaymentMethodCreateRequestBankTransferTypeLiteral: TypeAlias = Literal["sepa"]


PaymentMethodIssuerLiteral: TypeAlias = Literal[
    "visa", "mastercard", "maestro", "amex", "paypal", "unknown"
]


PaymentMethodTokenizedTypeLiteral: TypeAlias = Literal["card", "bank_transfer"]


PaymentMethodTypeLiteral: TypeAlias = Literal[
    "tokenized", "corporate", "balance", "subscription", "wallet", "bank_transfer"
]


PaymentMethodUpdateValidationErrorBodyMessageLiteral: TypeAlias = Literal[
    "Can not set this payment method as non default. Please add another payment method.",
    "The given data was invalid.",
    "Cannot update expired payment method.",
]


PaymentMethodWalletTypeLiteral: TypeAlias = Literal[
    "applepay", "googlepay", "twint", "other"
]


PaymentTerminalOption12NetworkStatusLiteral: TypeAlias = Literal[
    "online", "offline", "unknown"
]


PaymentTerminalOption6TerminalTypeLiteral: TypeAlias = Literal[
    "Payter",
    "Valina",
    "Crane",
    "Ampeco",
    "Nayax",
    "Embedded",
    "Pax",
    "Windcave",
    "Web portal",
    "AdyenCastles",
    "Printec Castles",
    "Cardlink Castles",
]


PcIdVehicleTypeLiteral: TypeAlias = Literal["company", "private"]


ReceiptPaymentStatusLiteral: TypeAlias = Literal["pending", "paid", "partially_paid"]


ReservationChangedNotificationNotificationLiteral: TypeAlias = Literal[
    "reservation.changed"
]


ReservationStatusLiteral: TypeAlias = Literal["active", "expired", "canceled", "done"]


RevenueOriginLiteral: TypeAlias = Literal[
    "electricity-tax-reimbursement", "session-cpo"
]


RfidTagStatusLiteral: TypeAlias = Literal["enabled", "disabled", "suspended"]


RfidTagsListingDeprecatedFilterStatusLiteral: TypeAlias = Literal[
    "active", "disabled", "suspended"
]


RoamingCustomTariffFilterApplicableCurrentTypeLiteral: TypeAlias = Literal["AC", "DC"]


RoamingOperatorCpoSettingsPhaseAcPowerFormulaLiteral: TypeAlias = Literal[
    "amperage_voltage_3", "amperage_voltage_sqr3"
]


RoamingOperatorCpoSettingsThreatEvseStatusUnknownAsLiteral: TypeAlias = Literal[
    "available", "unavailable"
]


RoamingPlatformChangedNotificationNotificationLiteral: TypeAlias = Literal[
    "roamingPlatform.changed"
]


RoamingPlatformProtocolLiteral: TypeAlias = Literal[
    "OCPI", "Gireve OCPI 2.1.1", "Hubject OICP 2.2", "Hubject OICP 2.3"
]


SecurityEventNotificationNotificationLiteral: TypeAlias = Literal[
    "SecurityEventNotification"
]


SecurityEventNotificationTypeLiteral: TypeAlias = Literal[
    "FirmwareUpdated",
    "FailedToAuthenticateAtCentralSystem",
    "CentralSystemFailedToAuthenticate",
    "SettingSystemTime",
    "StartupOfTheDevice",
    "ResetOrReboot",
    "SecurityLogWasCleared",
    "ReconfigurationOfSecurityParameters",
    "MemoryExhaustion",
    "InvalidMessages",
    "AttemptedReplayAttacks",
    "TamperDetectionActivated",
    "InvalidFirmwareSignature",
    "InvalidFirmwareSigningCertificate",
    "InvalidCentralSystemCertificate",
    "InvalidChargePointCertificate",
    "InvalidTLSVersion",
    "InvalidTLSCipherSuite",
]


SecurityEventTypeLiteral: TypeAlias = Literal[
    "FirmwareUpdated",
    "SettingSystemTime",
    "StartupOfTheDevice",
    "ResetOrReboot",
    "SecurityLogWasCleared",
    "MemoryExhaustion",
    "TamperDetectionActivated",
]


SessionBillingStatusLiteral: TypeAlias = Literal["pending", "suspended", "completed"]


SessionChargingPeriodChargingStateLiteral: TypeAlias = Literal["charging", "idle"]


SessionChargingPeriodPricingDetailsChargingTypeLiteral: TypeAlias = Literal[
    "boosted", "optimised"
]


SessionChargingPeriodPricingDetailsDayPeriodLiteral: TypeAlias = Literal["day", "night"]


SessionChargingPeriodPricingDetailsPricingMethodLiteral: TypeAlias = Literal[
    "duration", "energy", "durationAndEnergy", "free"
]


SessionMeterValuesNotificationMeterValueMeasurandLiteral: TypeAlias = Literal[
    "Energy Consumed",
    "Energy Active Import Register",
    "State Of Charge",
    "Current Import",
    "Current Offered",
    "Voltage",
    "Power Active Import",
    "Temperature",
    "Power Offered",
]


SessionMeterValuesNotificationMeterValueUnitLiteral: TypeAlias = Literal[
    "Wh", "A", "V", "Percent", "Celsius"
]


SessionMeterValuesNotificationNotificationLiteral: TypeAlias = Literal[
    "SessionMeterValuesNotification"
]


SessionPaymentStatusLiteral: TypeAlias = Literal[
    "pending", "paid", "partially", "failed"
]


SessionPaymentTypeLiteral: TypeAlias = Literal[
    "tokenized", "subscription", "balance", "corporate", "terminal", "bank_transfer"
]


SessionPriceBreakdownItemTypeLiteral: TypeAlias = Literal[
    "flat",
    "connection",
    "energy",
    "charging_time",
    "idle_time",
    "power_levels_time",
    "min_price",
    "service_fee",
    "energy_flat_fee",
    "duration_flat_fee",
    "idle_flat_fee",
]


SessionPriceBreakdownItemUnitLiteral: TypeAlias = Literal["kwh", "minute", "session"]


SessionReadClockAlignedIntervalLiteral: TypeAlias = Literal[15, 30, 60]


SessionReasonLiteral: TypeAlias = Literal[
    "working_hours_exceeded",
    "timeout",
    "authorization_amount_reached",
    "new_start_transaction_received",
    "force_stop",
    "standard_stop",
    "energy_exceeded",
    "schedule_completed",
    "pre_authorization_failed",
    "system_force_stop",
    "time_limit",
    "balance_exceeded",
    "deauthorized",
    "emergencystop",
    "energylimitreached",
    "evdisconnected",
    "groundfault",
    "immediatereset",
    "hardreset",
    "local",
    "localoutofcredit",
    "masterpass",
    "other",
    "overcurrentfault",
    "powerloss",
    "powerquality",
    "reboot",
    "remote",
    "soclimitreached",
    "stoppedbyev",
    "timeoutlimitreached",
    "softreset",
    "unlockcommand",
    "no_ev_parked",
    "no_ev_connected",
    "charge_point_timeout",
    "charging_on_evse_not_allowed",
    "remote_start_failed",
    "no_user_for_agile_streets",
    "rejected",
    "canceled_reservation",
    "evse_occupied",
    "evse_inoperative",
    "failed",
    "not_supported",
    "unknown_reservation",
    "ev_not_connected_to_evse",
    "authorization_failed",
    "unknown_session",
]


SessionStartStopNotificationActionLiteral: TypeAlias = Literal["start", "stop"]


SessionStartStopNotificationDeprecatedNotificationLiteral: TypeAlias = Literal[
    "SessionStartStopNotification"
]


SessionStartStopNotificationNotificationLiteral: TypeAlias = Literal[
    "session.start.stop.notification"
]


SessionStatusLiteral: TypeAlias = Literal[
    "unknown", "pending", "active", "finished", "failed", "expired"
]


SessionUpdateNotificationNotificationLiteral: TypeAlias = Literal[
    "SessionUpdateNotification"
]


SessionsListingFilterAuthorizationSourceLiteral: TypeAlias = Literal[
    "roaming", "local", "third_party"
]


SessionsListingFilterBillingStatusLiteral: TypeAlias = Literal[
    "pending", "suspended", "completed", "null"
]


SessionsListingFilterReasonLiteral: TypeAlias = Literal[
    "working_hours_exceeded",
    "timeout",
    "authorization_amount_reached",
    "new_start_transaction_received",
    "force_stop",
    "standard_stop",
    "energy_exceeded",
    "schedule_completed",
    "pre_authorization_failed",
    "system_force_stop",
    "time_limit",
    "balance_exceeded",
    "deauthorized",
    "emergencystop",
    "energylimitreached",
    "evdisconnected",
    "groundfault",
    "immediatereset",
    "hardreset",
    "local",
    "localoutofcredit",
    "masterpass",
    "other",
    "overcurrentfault",
    "powerloss",
    "powerquality",
    "reboot",
    "remote",
    "soclimitreached",
    "stoppedbyev",
    "timeoutlimitreached",
    "softreset",
    "unlockcommand",
    "no_ev_parked",
    "no_ev_connected",
    "charge_point_timeout",
    "charging_on_evse_not_allowed",
    "remote_start_failed",
    "no_user_for_agile_streets",
    "rejected",
    "canceled_reservation",
    "evse_occupied",
    "evse_inoperative",
    "failed",
    "not_supported",
    "unknown_reservation",
    "ev_not_connect_to_evse",
    "authorization_failed",
    "unknown_session",
]


SessionsListingFilterStatusLiteral: TypeAlias = Literal[
    "unknown", "pending", "active", "finished", "expired", "failed"
]


SettlementReportCreatedNotificationNotificationLiteral: TypeAlias = Literal[
    "settlementReport.created"
]


SubOperatorChangedNotificationNotificationLiteral: TypeAlias = Literal[
    "SubOperatorChangedNotification"
]


SubscriptionPlanAllowanceResetCycleLiteral: TypeAlias = Literal[
    "as_renewal_cycle",
    "after_each_session",
    "after_24_hours",
    "after_each_week",
    "after_each_month",
    "after_each_year",
]


SubscriptionPlanAllowanceTypeLiteral: TypeAlias = Literal[
    "none", "combined", "separate"
]


SubscriptionPlanBillingTypeLiteral: TypeAlias = Literal[
    "default", "internal", "external"
]


SubscriptionPlanPostPaidChargingSessionsAccumulationLiteral: TypeAlias = Literal[
    "none", "personal", "personal_commercial"
]


SubscriptionPlanRenewalCycleLiteral: TypeAlias = Literal["monthly", "annually"]


SubscriptionPlanTypeLiteral: TypeAlias = Literal["pre-paid", "post-paid"]


SubscriptionStatusLiteral: TypeAlias = Literal[
    "active", "canceled", "expired", "suspended", "pending"
]


TariffChangedNotificationNotificationLiteral: TypeAlias = Literal[
    "TariffChangedNotification"
]


TariffPricingPricePeriodInMinutesLiteral: TypeAlias = Literal[1, 15, 30, 60, 240, 360]


TariffPricingStateOfChargeIdleThresholdLiteral: TypeAlias = Literal[
    75, 80, 85, 90, 95, 100
]


TariffTypeLiteral: TypeAlias = Literal[
    "free",
    "flat rate",
    "duration+energy",
    "duration+energy time of day",
    "energy tou",
    "standard",
    "charging not allowed",
    "average power levels",
    "peak power levels",
    "standard_tod",
    "optimised dynamic pricing",
]


TemplateEvseDlmPhasesLiteral: TypeAlias = Literal["1", "3", "split"]


TemplateEvseInputVoltageLiteral: TypeAlias = Literal[
    "120", "208", "240", "220-240", "110-130", "400", "380", "480", "230"
]


TermsAndPolicyStatusLiteral: TypeAlias = Literal["future", "active", "past"]


TransactionBillingTypeLiteral: TypeAlias = Literal["internal", "external"]


TransactionCardDetailsTokenizationMethodLiteral: TypeAlias = Literal[
    "apple_pay",
    "google_pay",
    "masterpass",
    "visa_checkout",
    "samsung_pay",
    "amex_express_checkout",
]


TransactionCardDetailsTypeLiteral: TypeAlias = Literal[
    "visa", "mastercard", "paypal", "maestro", "amex", "unknown"
]


TransactionChangedNotificationActionLiteral: TypeAlias = Literal["created", "updated"]


TransactionChangedNotificationNotificationLiteral: TypeAlias = Literal[
    "transaction.changed"
]


TransactionPurchaseResourceTypeLiteral: TypeAlias = Literal[
    "subscription_plan",
    "topup_package",
    "session",
    "payment_authorisation",
    "payment_terminal_authorisation",
    "custom_fee",
]


TransactionStatusLiteral: TypeAlias = Literal[
    "pending",
    "finalized",
    "failed",
    "reversed",
    "refunded",
    "authorized",
    "initialized",
]


TransactionUpdateRequestPaymentMethodBankTransferTypeLiteral: TypeAlias = Literal[
    "pse", "sepa"
]


TransactionsCreateRequestPaymentMethodMethodTypeLiteral: TypeAlias = Literal[
    "card", "bank_transfer", "wallet"
]


TransactionsListingFilterPaymentMethodLiteral: TypeAlias = Literal[
    "visa",
    "mastercard",
    "paypal",
    "maestro",
    "amex",
    "unknown",
    "applepay",
    "googlepay",
    "twint",
    "other",
]


TransactionsListingFilterPurchaseTypeItemLiteral: TypeAlias = Literal[
    "session",
    "subscription_plan",
    "topup_package",
    "custom_fee",
    "payment_terminal_authorisation",
    "payment_authorisation",
]


TransactionsListingFilterStatusLiteral: TypeAlias = Literal[
    "pending",
    "finalized",
    "failed",
    "reserved",
    "refunded",
    "authorized",
    "initialized",
]


UpdateCustomFilterTariffRequestElementRestrictionsDayOfWeekItemLiteral: TypeAlias = (
    Literal[
        "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"
    ]
)


UpdateCustomFilterTariffRequestElementRestrictionsReservationLiteral: TypeAlias = (
    Literal["RESERVATION", "RESERVATION_EXPIRES"]
)


UpdateCustomTariffFilterTariffRequestElementPriceComponentTypeLiteral: TypeAlias = (
    Literal["ENERGY", "FLAT", "PARKING_TIME", "TIME"]
)


UpdateCustomTariffFilterTariffRequestEnergyMixEnergySourceSourceLiteral: TypeAlias = (
    Literal[
        "NUCLEAR",
        "GENERAL_FOSSIL",
        "COAL",
        "GAS",
        "GENERAL_GREEN",
        "SOLAR",
        "WIND",
        "WATER",
    ]
)


UpdateCustomTariffFilterTariffRequestTypeLiteral: TypeAlias = Literal[
    "AD_HOC_PAYMENT", "PROFILE_CHEAP", "PROFILE_FAST", "PROFILE_GREEN", "REGULAR"
]


UpdateCustomTariffRequestEnergyMixEnvironImpactItemCategoryLiteral: TypeAlias = Literal[
    "NUCLEAR_WASTE", "CARBON_DIOXIDE"
]


UsStateLiteral: TypeAlias = Literal[
    "AL",
    "AK",
    "AS",
    "AZ",
    "AR",
    "CA",
    "CO",
    "CT",
    "DE",
    "DC",
    "FM",
    "FL",
    "GA",
    "GU",
    "HI",
    "ID",
    "IL",
    "IN",
    "IA",
    "KS",
    "KY",
    "LA",
    "ME",
    "MH",
    "MD",
    "MA",
    "MI",
    "MN",
    "MS",
    "MO",
    "MT",
    "NE",
    "NV",
    "NH",
    "NJ",
    "NM",
    "NY",
    "NC",
    "ND",
    "MP",
    "OH",
    "OK",
    "OR",
    "PW",
    "PA",
    "PR",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VT",
    "VI",
    "VA",
    "WA",
    "WV",
    "WI",
    "WY",
]


UserBalanceChangedNotificationNotificationLiteral: TypeAlias = Literal[
    "userBalance.changed"
]


UserBalanceChangedNotificationTypeLiteral: TypeAlias = Literal[
    "transaction",
    "user_top_up",
    "api_top_up",
    "operator_top_up",
    "voucher",
    "top_up",
    "auto_top_up",
    "add_to_balance",
    "promo_code",
    "subscribe_to_plan",
    "custom_fee",
]


UserChangedNotificationActionLiteral: TypeAlias = Literal[
    "created", "updated", "deleted", "permanently deleted"
]


UserChangedNotificationNotificationLiteral: TypeAlias = Literal[
    "UserChangedNotification"
]


UserCreateRequestStateLiteral: TypeAlias = Literal[
    "AL",
    "AK",
    "AS",
    "AZ",
    "AR",
    "CA",
    "CO",
    "CT",
    "DE",
    "DC",
    "FM",
    "FL",
    "GA",
    "GU",
    "HI",
    "ID",
    "IL",
    "IN",
    "IA",
    "KS",
    "KY",
    "LA",
    "ME",
    "MH",
    "MD",
    "MA",
    "MI",
    "MN",
    "MS",
    "MO",
    "MT",
    "NE",
    "NV",
    "NH",
    "NJ",
    "NM",
    "NY",
    "NC",
    "ND",
    "MP",
    "OH",
    "OK",
    "OR",
    "PW",
    "PA",
    "PR",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VT",
    "VI",
    "VA",
    "WA",
    "WV",
    "WI",
    "WY",
    "NSW",
    "VIC",
    "QLD",
    "SA",
    "TAS",
    "ACT",
    "NT",
    "JBT",
    "CX",
    "NF",
    "CC",
    "AQ",
    "CSI",
    "ACI",
    "HM",
]


UserDeleteIncludeItemLiteral: TypeAlias = Literal["partnerInvites", "externalAppData"]


UserInvoiceDetailsChangedNotificationNotificationLiteral: TypeAlias = Literal[
    "user.invoiceDetails.changed"
]


UserOptionsSessionsAllowedLiteral: TypeAlias = Literal[
    "single_session",
    "multiple_simultaneous_sessions_per_idtag",
    "simultaneous_use_of_idtags",
    "multiple_simultaneous_sessions_remotely_and_idtags",
]


UserPaymentMethodChangedNotificationNotificationLiteral: TypeAlias = Literal[
    "user.paymentMethod.changed"
]


UserSubscriptionChangedNotificationDeprecatedNotificationLiteral: TypeAlias = Literal[
    "user.subscriptionChanged"
]


UserSubscriptionChangedNotificationDeprecatedStatusLiteral: TypeAlias = Literal[
    "active", "cancelled", "expired"
]


UserSubscriptionChangedNotificationNotificationLiteral: TypeAlias = Literal[
    "user.subscription.changed"
]


UserSubscriptionChangedNotificationStatusLiteral: TypeAlias = Literal[
    "active", "canceled", "expired", "pending", "suspended"
]


ValidationErrorBodyMessageLiteral: TypeAlias = Literal[
    "Maximum allowed payment methods reached",
    "Payment processor not installed",
    "The given data was invalid.",
    "Invalid Operation",
]


VoucherTypeLiteral: TypeAlias = Literal[
    "voucher",
    "manual_top_up",
    "auto_top_up",
    "top_up_by_operator",
    "api_top_up",
    "promo_code",
    "subscribe_to_plan",
]


VoucherValidityPeriodLiteral: TypeAlias = Literal[
    "1 month", "3 months", "6 months", "1 year", "2 years", "3 years", "5 years"
]


class _AdyenCastlesParamRequired(TypedDict):
    name: str
    integrationId: int
    terminalType: (
        models.PaymentTerminalOption6TerminalType
        | PaymentTerminalOption6TerminalTypeLiteral
    )
    operatorId: int
    phone: str
    defaultLanguage: str
    info: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    merchantAccount: str
    adyenApiKey: str


class AdyenCastlesParam(_AdyenCastlesParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.AdyenCastles`, for a type-checked mapping."""

    chargingZoneId: int
    chargePointId: int
    networkStatus: (
        models.PaymentTerminalOption12NetworkStatus
        | PaymentTerminalOption12NetworkStatusLiteral
    )
    presentCardOnStopSession: bool
    serialNumber: str
    externalId: str


class _Ampeco_ParamRequired(TypedDict):
    name: str
    integrationId: int
    terminalType: (
        models.PaymentTerminalOption6TerminalType
        | PaymentTerminalOption6TerminalTypeLiteral
    )
    operatorId: int


class Ampeco_Param(_Ampeco_ParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.Ampeco_`, for a type-checked mapping."""

    chargingZoneId: int
    chargePointId: int
    serialNumber: str
    externalId: str


class AssignInstallerJobChargePointsRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.AssignInstallerJobChargePointsRequest`, for a type-checked mapping."""

    chargePointIds: Sequence[int]
    chargingZoneId: int
    locationId: int


class AuthorizationsListingV21FilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.AuthorizationsListingV21Filter`, for a type-checked mapping."""

    createdAfter: datetime
    createdBefore: datetime
    lastUpdatedAfter: datetime
    lastUpdatedBefore: datetime
    status: str
    method: str
    partnerId: int


class BookingRequestOption1EvseCriteriaParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.BookingRequestOption1EvseCriteria`, for a type-checked mapping."""

    currentType: models.EvseCurrentType | EvseCurrentTypeLiteral | None
    minPower: float
    maxPower: float
    connectorType: (
        models.ChargePointEvseConnectorType | ChargePointEvseConnectorTypeLiteral | None
    )


class BookingRequestOption1ParkingSpaceCriteriaParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.BookingRequestOption1ParkingSpaceCriteria`, for a type-checked mapping."""

    vehicleWeightKg: int
    vehicleHeightCm: int
    vehicleLengthCm: int
    vehicleWidthCm: int
    vehicleType: (
        models.BookingRequestOption1ParkingSpaceCriteriaVehicleType
        | BookingRequestOption1ParkingSpaceCriteriaVehicleTypeLiteral
        | None
    )
    driveThroughRequired: bool
    refrigerationOutletRequired: bool
    dangerousGoodsAllowed: bool


class BookingRequestsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.BookingRequestsListingFilter`, for a type-checked mapping."""

    status: models.BookingRequestOption1Status | BookingRequestOption1StatusLiteral
    userId: int
    locationId: int
    startAfter: datetime
    startBefore: datetime
    endAfter: datetime
    endBefore: datetime
    createdAfter: datetime
    createdBefore: datetime
    externalId: str


class BookingsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.BookingsListingFilter`, for a type-checked mapping."""

    status: models.BookingStatus | BookingStatusLiteral
    userId: int
    locationId: int
    startAfter: datetime
    startBefore: datetime
    endAfter: datetime
    endBefore: datetime


class _CancelBookingParamRequired(TypedDict):
    type: models.BookingRequestOption3Type | BookingRequestOption3TypeLiteral
    bookingId: int


class CancelBookingParam(_CancelBookingParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.CancelBooking`, for a type-checked mapping."""

    externalId: str


class _CardlinkCastlesParamRequired(TypedDict):
    name: str
    integrationId: int
    terminalType: (
        models.PaymentTerminalOption6TerminalType
        | PaymentTerminalOption6TerminalTypeLiteral
    )
    operatorId: int
    phone: str
    defaultLanguage: str
    info: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]


class CardlinkCastlesParam(_CardlinkCastlesParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.CardlinkCastles`, for a type-checked mapping."""

    chargingZoneId: int
    chargePointId: int
    networkStatus: (
        models.PaymentTerminalOption12NetworkStatus
        | PaymentTerminalOption12NetworkStatusLiteral
    )
    presentCardOnStopSession: bool
    serialNumber: str
    externalId: str


class CdrsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.CdrsListingFilter`, for a type-checked mapping."""

    startDateTimeFrom: datetime
    startDateTimeTo: datetime
    endDateTimeFrom: datetime
    endDateTimeTo: datetime
    operatorId: str
    platformId: str
    roamingId: str
    credit: str
    isLocal: str
    receivedAfter: datetime
    receivedBefore: datetime
    sentAfter: datetime
    sentBefore: datetime
    deliveryResponse: models.CdrDeliveryResponse | CdrDeliveryResponseLiteral


class CertificateIssueAnEmaidRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.CertificateIssueAnEmaidRequest`, for a type-checked mapping."""

    paymentMethod: str


class _ChangeFlexibilityAssetStatusRequestParamRequired(TypedDict):
    status: (
        models.ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
    )


class ChangeFlexibilityAssetStatusRequestParam(
    _ChangeFlexibilityAssetStatusRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChangeFlexibilityAssetStatusRequest`, for a type-checked mapping."""

    endsAt: datetime


class _ChangeInstallerJobStatusRequestParamRequired(TypedDict):
    status: models.InstallerJobsListStatus | InstallerJobsListStatusLiteral


class ChangeInstallerJobStatusRequestParam(
    _ChangeInstallerJobStatusRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChangeInstallerJobStatusRequest`, for a type-checked mapping."""

    outcomeDetails: str


class _ChargePointChangeAvailabilityRequestParamRequired(TypedDict):
    type: (
        models.ChargePointChangeAvailabilityRequestType
        | ChargePointChangeAvailabilityRequestTypeLiteral
    )


class ChargePointChangeAvailabilityRequestParam(
    _ChargePointChangeAvailabilityRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointChangeAvailabilityRequest`, for a type-checked mapping."""

    evseNetworkId: int


class ChargePointChangeOwnerRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointChangeOwnerRequest`, for a type-checked mapping."""

    userId: int | None


class ChargePointChangeSharingCodeRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointChangeSharingCodeRequest`, for a type-checked mapping."""

    sharingCode: str


class ChargePointChargingPreferencesOption1PreferencesTargetChargeParam(
    TypedDict, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointChargingPreferencesOption1PreferencesTargetCharge`, for a type-checked mapping."""

    minTargetChargeKwh: float
    maxTargetChargeKwh: float


class ChargePointChargingPreferencesOption3PreferencesTargetChargeParam(
    TypedDict, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointChargingPreferencesOption3PreferencesTargetCharge`, for a type-checked mapping."""

    departureTime: time
    preconditioningTime: int
    minTargetChargeKwh: float
    maxTargetChargeKwh: float


class _ChargePointChargingPreferencesOption5PreferencesTargetChargeParamRequired(
    TypedDict
):
    departureTime: time
    targetChargeKwh: float


class ChargePointChargingPreferencesOption5PreferencesTargetChargeParam(
    _ChargePointChargingPreferencesOption5PreferencesTargetChargeParamRequired,
    total=False,
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointChargingPreferencesOption5PreferencesTargetCharge`, for a type-checked mapping."""

    preconditioningTime: int


class ChargePointClearChargingProfileRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointClearChargingProfileRequest`, for a type-checked mapping."""

    id: float
    evseNetworkId: str
    chargingProfilePurpose: str
    stackLevel: float


class ChargePointConfigurationUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointConfigurationUpdateRequest`, for a type-checked mapping."""

    value: str


class ChargePointConfigurationsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointConfigurationsListingFilter`, for a type-checked mapping."""

    name: str
    instance: str
    componentName: str
    evseId: int


class _ChargePointCreateDeprecatedRequestParamRequired(TypedDict):
    name: str
    networkId: str | None
    status: models.ChargePointDeprecatedStatus | ChargePointDeprecatedStatusLiteral
    templateId: int


class ChargePointCreateDeprecatedRequestParam(
    _ChargePointCreateDeprecatedRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointCreateDeprecatedRequest`, for a type-checked mapping."""

    networkProtocol: (
        models.ChargePointDeprecatedNetworkProtocol
        | ChargePointDeprecatedNetworkProtocolLiteral
    )
    networkPassword: str | None
    networkIp: str | None
    networkPort: str | None
    plugAndCharge: bool
    locationId: int | None
    pin: str
    accessType: (
        models.ChargePointDeprecatedAccessType | ChargePointDeprecatedAccessTypeLiteral
    )
    desiredSecurityProfile: int | None
    ownerPartnerId: int | None
    ownerPartnerContractId: int | None
    partnerCorporateBillingAsDefault: bool
    partnerAccessType: (
        models.ChargePointDeprecatedPartnerAccessType
        | ChargePointDeprecatedPartnerAccessTypeLiteral
    )
    capabilities: Sequence[
        models.ChargePointDeprecatedCapability | ChargePointDeprecatedCapabilityLiteral
    ]
    managedByOperator: bool
    uptimeTrackingEnabled: bool
    tags: Sequence[str]
    evses: Mapping[
        str,
        models.ChargePointCreateDeprecatedRequestEvsesValue
        | ChargePointCreateDeprecatedRequestEvsesValueParam,
    ]
    externalId: str | None


class ChargePointCreateDeprecatedRequestEvsesValueParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointCreateDeprecatedRequestEvsesValue`, for a type-checked mapping."""

    tariffGroupId: int
    physicalReference: str
    maxAmperage: float
    status: models.EvseDeprecatedStatus | EvseDeprecatedStatusLiteral


class _ChargePointCreateRequestParamRequired(TypedDict):
    name: str
    type: (
        models.ChargePointDeprecatedAccessType | ChargePointDeprecatedAccessTypeLiteral
    )
    status: (
        models.ChargePointCreateRequestStatus | ChargePointCreateRequestStatusLiteral
    )


class ChargePointCreateRequestParam(
    _ChargePointCreateRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointCreateRequest`, for a type-checked mapping."""

    pin: str
    locationId: int
    chargingZoneId: int | None
    electricityRateId: int
    subscription: models.ChargePointSubscription | ChargePointSubscriptionParam
    networkType: models.ChargePointNetworkType | ChargePointNetworkTypeLiteral
    managedByOperator: bool
    externalId: str
    network: models.ChargePointNetwork | ChargePointNetworkParam
    capabilities: Sequence[models.ChargePointCapability | ChargePointCapabilityLiteral]
    autoStartWithoutAuthorization: bool
    disableAutoStartEmulation: bool
    security: (
        models.ChargePointCreateRequestSecurity | ChargePointCreateRequestSecurityParam
    )
    modelId: int | None
    enableAutoFaultRecovery: bool
    user: models.ChargePointUser | ChargePointUserParam
    partner: models.ChargePointPartner | ChargePointPartnerParam
    utilityId: int | None
    tags: Sequence[str]
    sharingCode: str
    enabledRandomisedDelay: bool
    noticeId: int | None
    usesRenewableEnergy: bool
    ocppConnectedChargePointId: int
    communicationMode: (
        models.ChargePointCreateRequestCommunicationMode
        | ChargePointCreateRequestCommunicationModeLiteral
    )
    electricityCostReimbursementIntegrationId: int | None
    installationAndMaintenanceCompanyId: int | None


class ChargePointCreateRequestSecurityParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointCreateRequestSecurity`, for a type-checked mapping."""

    desiredProfile: int


class ChargePointDeleteCertificateRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.ChargePointDeleteCertificateRequest`, for a type-checked mapping."""

    certificateType: (
        models.ChargePointDeleteCertificateRequestCertificateType
        | ChargePointDeleteCertificateRequestCertificateTypeLiteral
    )


class ChargePointDisconnectRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.ChargePointDisconnectRequest`, for a type-checked mapping."""

    reason: str


class ChargePointDowntimePeriodCreateRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.ChargePointDowntimePeriodCreateRequest`, for a type-checked mapping."""

    chargePointId: int
    noticeId: int
    startedAt: datetime
    endedAt: datetime


class ChargePointDowntimePeriodUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointDowntimePeriodUpdateRequest`, for a type-checked mapping."""

    noticeId: int | None
    startedAt: datetime
    endedAt: datetime


class ChargePointDowntimePeriodsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointDowntimePeriodsListingFilter`, for a type-checked mapping."""

    chargePointId: int
    locationId: int
    entryMode: models.EvseDowntimePeriodEntryMode | EvseDowntimePeriodEntryModeLiteral
    type: models.EvseDowntimePeriodType | EvseDowntimePeriodTypeLiteral
    startedAfter: datetime
    stoppedBefore: datetime
    durationLessThan: int
    durationGreaterThan: int
    lastUpdatedAfter: datetime
    lastUpdatedBefore: datetime


class _ChargePointEvseConnectorCreateRequestParamRequired(TypedDict):
    type: models.ChargePointEvseConnectorType | ChargePointEvseConnectorTypeLiteral


class ChargePointEvseConnectorCreateRequestParam(
    _ChargePointEvseConnectorCreateRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointEvseConnectorCreateRequest`, for a type-checked mapping."""

    format: (
        models.ChargePointEvseConnectorFormat | ChargePointEvseConnectorFormatLiteral
    )
    status: (
        models.ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
    )


class ChargePointEvseConnectorUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointEvseConnectorUpdateRequest`, for a type-checked mapping."""

    type: models.ChargePointEvseConnectorType | ChargePointEvseConnectorTypeLiteral
    format: (
        models.ChargePointEvseConnectorFormat | ChargePointEvseConnectorFormatLiteral
    )
    status: (
        models.ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
    )


class _ChargePointEvseCreateRequestParamRequired(TypedDict):
    physicalReference: str
    currentType: models.EvseCurrentType | EvseCurrentTypeLiteral
    networkId: str
    status: models.EvseStatus | EvseStatusLiteral


class ChargePointEvseCreateRequestParam(
    _ChargePointEvseCreateRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointEvseCreateRequest`, for a type-checked mapping."""

    label: str
    midMeterCertificationEndYear: int | None
    tariffGroupId: int | None
    allowsReservation: bool
    bookingEnabled: bool
    powerOptions: models.EvsePowerOptions | EvsePowerOptionsParam
    externalId: str


class ChargePointEvseUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointEvseUpdateRequest`, for a type-checked mapping."""

    physicalReference: str
    currentType: models.EvseCurrentType | EvseCurrentTypeLiteral
    label: str
    networkId: str
    status: models.EvseStatus | EvseStatusLiteral
    midMeterCertificationEndYear: int | None
    tariffGroupId: int | None
    allowsReservation: bool
    bookingEnabled: bool
    powerOptions: models.EvsePowerOptions | EvsePowerOptionsParam
    externalId: str


class _ChargePointGetDiagnosticsRequestParamRequired(TypedDict):
    location: str


class ChargePointGetDiagnosticsRequestParam(
    _ChargePointGetDiagnosticsRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointGetDiagnosticsRequest`, for a type-checked mapping."""

    start: datetime
    stop: datetime


class ChargePointGetInstalledCertificateIdsRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointGetInstalledCertificateIdsRequest`, for a type-checked mapping."""

    certificateType: (
        models.ChargePointGetInstalledCertificateIdsRequestCertificateType
        | ChargePointGetInstalledCertificateIdsRequestCertificateTypeLiteral
        | None
    )


class _ChargePointGetSecurityLogRequestParamRequired(TypedDict):
    url: str
    reason: str


class ChargePointGetSecurityLogRequestParam(
    _ChargePointGetSecurityLogRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointGetSecurityLogRequest`, for a type-checked mapping."""

    retries: int
    interval: int
    startTime: str
    stopTime: str


class ChargePointInstallCertificateRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.ChargePointInstallCertificateRequest`, for a type-checked mapping."""

    certificateType: (
        models.ChargePointInstallCertificateRequestCertificateType
        | ChargePointInstallCertificateRequestCertificateTypeLiteral
    )


class _ChargePointModelCreateRequestParamRequired(TypedDict):
    name: str
    vendorId: int


class ChargePointModelCreateRequestParam(
    _ChargePointModelCreateRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointModelCreateRequest`, for a type-checked mapping."""

    userManual: str
    installerManual: str


class ChargePointModelUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointModelUpdateRequest`, for a type-checked mapping."""

    name: str
    vendorId: int
    userManual: str
    installerManual: str


class ChargePointModelsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointModelsListingFilter`, for a type-checked mapping."""

    vendorId: str


class ChargePointMoveEvsesToSatelliteRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.ChargePointMoveEvsesToSatelliteRequest`, for a type-checked mapping."""

    satelliteChargePointId: int
    evseIds: Sequence[int]


class ChargePointNetworkParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointNetwork`, for a type-checked mapping."""

    id: str | None
    protocol: (
        models.ChargePointDeprecatedNetworkProtocol
        | ChargePointDeprecatedNetworkProtocolLiteral
    )
    password: str
    ip: str
    port: int


class ChargePointPartnerParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointPartner`, for a type-checked mapping."""

    id: int
    contractId: int
    contactId: int
    corporateBillingAsDefault: bool
    accessType: (
        models.ChargePointPartnerAccessType | ChargePointPartnerAccessTypeLiteral
    )
    notice: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]


class _ChargePointPersonalSmartChargingPreferencesOption1ParamRequired(TypedDict):
    type: (
        models.ChargePointPersonalSmartChargingPreferencesOption1Type
        | ChargePointPersonalSmartChargingPreferencesOption1TypeLiteral
    )
    preferences: (
        models.ChargePointPersonalSmartChargingPreferencesOption1Preferences
        | ChargePointPersonalSmartChargingPreferencesOption1PreferencesParam
    )


class ChargePointPersonalSmartChargingPreferencesOption1Param(
    _ChargePointPersonalSmartChargingPreferencesOption1ParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointPersonalSmartChargingPreferencesOption1`, for a type-checked mapping."""

    enabled: bool


class _ChargePointPersonalSmartChargingPreferencesOption1PreferencesParamRequired(
    TypedDict
):
    startTime: time
    endTime: time


class ChargePointPersonalSmartChargingPreferencesOption1PreferencesParam(
    _ChargePointPersonalSmartChargingPreferencesOption1PreferencesParamRequired,
    total=False,
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointPersonalSmartChargingPreferencesOption1Preferences`, for a type-checked mapping."""

    targetCharge: (
        models.ChargePointChargingPreferencesOption1PreferencesTargetCharge
        | ChargePointChargingPreferencesOption1PreferencesTargetChargeParam
        | None
    )
    trackElectricityCosts: (
        models.ChargePointPreferencesOption1PreferencesTrackElectricityCosts
        | ChargePointPreferencesOption1PreferencesTrackElectricityCostsParam
        | None
    )
    weekDays: Sequence[
        models.ChargePointSmartChargingPreferencesOption1PreferencesWeekDay
        | ChargePointSmartChargingPreferencesOption1PreferencesWeekDayParam
    ]


class _ChargePointPersonalSmartChargingPreferencesOption2ParamRequired(TypedDict):
    type: (
        models.ChargePointPersonalSmartChargingPreferencesOption2Type
        | ChargePointPersonalSmartChargingPreferencesOption2TypeLiteral
    )
    preferences: (
        models.ChargePointPersonalSmartChargingPreferencesOption2Preferences
        | ChargePointPersonalSmartChargingPreferencesOption2PreferencesParam
    )


class ChargePointPersonalSmartChargingPreferencesOption2Param(
    _ChargePointPersonalSmartChargingPreferencesOption2ParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointPersonalSmartChargingPreferencesOption2`, for a type-checked mapping."""

    enabled: bool


class ChargePointPersonalSmartChargingPreferencesOption2PreferencesParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.ChargePointPersonalSmartChargingPreferencesOption2Preferences`, for a type-checked mapping."""

    maxCurrentFromGrid: float
    solarStableTime: float


class _ChargePointPersonalSmartChargingPreferencesOption3ParamRequired(TypedDict):
    type: (
        models.ChargePointPersonalSmartChargingPreferencesOption3Type
        | ChargePointPersonalSmartChargingPreferencesOption3TypeLiteral
    )
    integrationId: int
    preferences: (
        models.ChargePointPersonalSmartChargingPreferencesOption3Preferences
        | ChargePointPersonalSmartChargingPreferencesOption3PreferencesParam
    )


class ChargePointPersonalSmartChargingPreferencesOption3Param(
    _ChargePointPersonalSmartChargingPreferencesOption3ParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointPersonalSmartChargingPreferencesOption3`, for a type-checked mapping."""

    enabled: bool


class _ChargePointPersonalSmartChargingPreferencesOption3PreferencesParamRequired(
    TypedDict
):
    applicableTaxId: int
    postCode: str
    priceThreshold: float


class ChargePointPersonalSmartChargingPreferencesOption3PreferencesParam(
    _ChargePointPersonalSmartChargingPreferencesOption3PreferencesParamRequired,
    total=False,
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointPersonalSmartChargingPreferencesOption3Preferences`, for a type-checked mapping."""

    targetCharge: (
        models.ChargePointChargingPreferencesOption3PreferencesTargetCharge
        | ChargePointChargingPreferencesOption3PreferencesTargetChargeParam
        | None
    )


class _ChargePointPersonalSmartChargingPreferencesOption4ParamRequired(TypedDict):
    type: (
        models.ChargePointPersonalSmartChargingPreferencesOption4Type
        | ChargePointPersonalSmartChargingPreferencesOption4TypeLiteral
    )
    integrationId: int
    preferences: (
        models.ChargePointPersonalSmartChargingPreferencesOption4Preferences
        | ChargePointPersonalSmartChargingPreferencesOption4PreferencesParam
    )


class ChargePointPersonalSmartChargingPreferencesOption4Param(
    _ChargePointPersonalSmartChargingPreferencesOption4ParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointPersonalSmartChargingPreferencesOption4`, for a type-checked mapping."""

    enabled: bool


class _ChargePointPersonalSmartChargingPreferencesOption4PreferencesParamRequired(
    TypedDict
):
    applicableTaxId: int
    postCode: str


class ChargePointPersonalSmartChargingPreferencesOption4PreferencesParam(
    _ChargePointPersonalSmartChargingPreferencesOption4PreferencesParamRequired,
    total=False,
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointPersonalSmartChargingPreferencesOption4Preferences`, for a type-checked mapping."""

    targetCharge: (
        models.ChargePointChargingPreferencesOption3PreferencesTargetCharge
        | ChargePointChargingPreferencesOption3PreferencesTargetChargeParam
        | None
    )
    priceThreshold: float


class _ChargePointPersonalSmartChargingPreferencesOption5ParamRequired(TypedDict):
    type: (
        models.ChargePointPersonalSmartChargingPreferencesOption5Type
        | ChargePointPersonalSmartChargingPreferencesOption5TypeLiteral
    )


class ChargePointPersonalSmartChargingPreferencesOption5Param(
    _ChargePointPersonalSmartChargingPreferencesOption5ParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointPersonalSmartChargingPreferencesOption5`, for a type-checked mapping."""

    enabled: bool
    integrationId: int
    preferences: (
        models.ChargePointPersonalSmartChargingPreferencesOption5Preferences
        | ChargePointPersonalSmartChargingPreferencesOption5PreferencesParam
    )


class ChargePointPersonalSmartChargingPreferencesOption5PreferencesParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.ChargePointPersonalSmartChargingPreferencesOption5Preferences`, for a type-checked mapping."""

    location: (
        models.ChargePointSmartChargingPreferencesOption5PreferencesLocation
        | ChargePointSmartChargingPreferencesOption5PreferencesLocationLiteral
    )
    targetCharge: (
        models.ChargePointChargingPreferencesOption5PreferencesTargetCharge
        | ChargePointChargingPreferencesOption5PreferencesTargetChargeParam
    )


class _ChargePointPersonalSmartChargingPreferencesOption6ParamRequired(TypedDict):
    type: (
        models.ChargePointPersonalSmartChargingPreferencesOption6Type
        | ChargePointPersonalSmartChargingPreferencesOption6TypeLiteral
    )
    electricityRateId: int
    preferences: (
        models.ChargePointPersonalSmartChargingPreferencesOption6Preferences
        | ChargePointPersonalSmartChargingPreferencesOption6PreferencesParam
    )


class ChargePointPersonalSmartChargingPreferencesOption6Param(
    _ChargePointPersonalSmartChargingPreferencesOption6ParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointPersonalSmartChargingPreferencesOption6`, for a type-checked mapping."""

    enabled: bool


class _ChargePointPersonalSmartChargingPreferencesOption6PreferencesParamRequired(
    TypedDict
):
    startTime: time
    endTime: time
    targetCharge: (
        models.ChargePointChargingPreferencesOption5PreferencesTargetCharge
        | ChargePointChargingPreferencesOption5PreferencesTargetChargeParam
    )


class ChargePointPersonalSmartChargingPreferencesOption6PreferencesParam(
    _ChargePointPersonalSmartChargingPreferencesOption6PreferencesParamRequired,
    total=False,
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointPersonalSmartChargingPreferencesOption6Preferences`, for a type-checked mapping."""

    solar: bool
    weekDays: Sequence[
        models.ChargePointSmartChargingPreferencesOption1PreferencesWeekDay
        | ChargePointSmartChargingPreferencesOption1PreferencesWeekDayParam
    ]


class ChargePointPreferencesOption1PreferencesTrackElectricityCostsParam(
    TypedDict, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointPreferencesOption1PreferencesTrackElectricityCosts`, for a type-checked mapping."""

    priceOffPeak: float
    pricePeak: float


class _ChargePointRequestChargingScheduleChargingSchedulePeriodItemParamRequired(
    TypedDict
):
    startPeriod: int
    limit: float


class ChargePointRequestChargingScheduleChargingSchedulePeriodItemParam(
    _ChargePointRequestChargingScheduleChargingSchedulePeriodItemParamRequired,
    total=False,
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointRequestChargingScheduleChargingSchedulePeriodItem`, for a type-checked mapping."""

    numberPhases: int


class _ChargePointReserveRequestParamRequired(TypedDict):
    userId: int


class ChargePointReserveRequestParam(
    _ChargePointReserveRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointReserveRequest`, for a type-checked mapping."""

    reason: str


class _ChargePointSendDataTransferRequestParamRequired(TypedDict):
    vendorId: str


class ChargePointSendDataTransferRequestParam(
    _ChargePointSendDataTransferRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointSendDataTransferRequest`, for a type-checked mapping."""

    messageId: str | None
    data: str | None


class _ChargePointSetChargingProfileRequestParamRequired(TypedDict):
    stackLevel: int
    chargingProfilePurpose: (
        models.ChargePointSetChargingProfileRequestChargingProfilePurpose
        | ChargePointSetChargingProfileRequestChargingProfilePurposeLiteral
    )
    chargingProfileKind: (
        models.ChargePointSetChargingProfileRequestChargingProfileKind
        | ChargePointSetChargingProfileRequestChargingProfileKindLiteral
    )
    chargingSchedule: (
        models.ChargePointSetChargingProfileRequestChargingSchedule
        | ChargePointSetChargingProfileRequestChargingScheduleParam
    )


class ChargePointSetChargingProfileRequestParam(
    _ChargePointSetChargingProfileRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointSetChargingProfileRequest`, for a type-checked mapping."""

    transactionId: int
    recurrencyKind: (
        models.ChargePointSetChargingProfileRequestRecurrencyKind
        | ChargePointSetChargingProfileRequestRecurrencyKindLiteral
    )
    validFrom: datetime
    validTo: datetime


class _ChargePointSetChargingProfileRequestChargingScheduleParamRequired(TypedDict):
    chargingRateUnit: (
        models.ChargePointDeprecatedChargingProfileChargingRateUnit
        | ChargePointDeprecatedChargingProfileChargingRateUnitLiteral
    )
    chargingSchedulePeriod: Sequence[
        models.ChargePointRequestChargingScheduleChargingSchedulePeriodItem
        | ChargePointRequestChargingScheduleChargingSchedulePeriodItemParam
    ]


class ChargePointSetChargingProfileRequestChargingScheduleParam(
    _ChargePointSetChargingProfileRequestChargingScheduleParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointSetChargingProfileRequestChargingSchedule`, for a type-checked mapping."""

    id: float | None
    duration: int
    startSchedule: datetime
    minChargingRate: float


class _ChargePointSetConfigurationRequestParamRequired(TypedDict):
    value: str
    name: str


class ChargePointSetConfigurationRequestParam(
    _ChargePointSetConfigurationRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointSetConfigurationRequest`, for a type-checked mapping."""

    instance: str
    componentName: str
    evseId: int


class ChargePointSetSecurityProfileRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.ChargePointSetSecurityProfileRequest`, for a type-checked mapping."""

    setSecurityProfile: (
        models.ChargePointSetSecurityProfileRequestSetSecurityProfile
        | ChargePointSetSecurityProfileRequestSetSecurityProfileLiteral
    )
    reason: str


class ChargePointShareCreateRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.ChargePointShareCreateRequest`, for a type-checked mapping."""

    userId: int


class ChargePointSharedPartnersSyncRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.ChargePointSharedPartnersSyncRequest`, for a type-checked mapping."""

    partnerIds: Sequence[int]


class ChargePointSmartChargingOption1PeriodParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.ChargePointSmartChargingOption1Period`, for a type-checked mapping."""

    weekDay: (
        models.ChargePointSmartChargingOption1PeriodWeekDay
        | ChargePointSmartChargingOption1PeriodWeekDayLiteral
    )
    elements: Sequence[
        models.ChargePointSmartChargingOption1PeriodElement
        | ChargePointSmartChargingOption1PeriodElementParam
    ]


class _ChargePointSmartChargingOption1PeriodElementParamRequired(TypedDict):
    startAt: time
    endAt: time


class ChargePointSmartChargingOption1PeriodElementParam(
    _ChargePointSmartChargingOption1PeriodElementParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointSmartChargingOption1PeriodElement`, for a type-checked mapping."""

    maxCurrent: float | None


class _ChargePointSmartChargingOption4ParamRequired(TypedDict):
    mode: (
        models.ChargePointSmartChargingOption4Mode
        | ChargePointSmartChargingOption4ModeLiteral
    )


class ChargePointSmartChargingOption4Param(
    _ChargePointSmartChargingOption4ParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointSmartChargingOption4`, for a type-checked mapping."""

    preconditioningTime: int


class ChargePointSmartChargingPreferencesOption1PreferencesWeekDayParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.ChargePointSmartChargingPreferencesOption1PreferencesWeekDay`, for a type-checked mapping."""

    days: Sequence[
        models.ElectricityRateDeprecatedIntervalPricingItemWeekDay
        | ElectricityRateDeprecatedIntervalPricingItemWeekDayLiteral
    ]
    startTime: time
    endTime: time


class _ChargePointSmartChargingUpdateRequestOption1ParamRequired(TypedDict):
    mode: (
        models.ChargePointSmartChargingOption1Mode
        | ChargePointSmartChargingOption1ModeLiteral
    )
    defaultChargePointMaxCurrent: float
    maxVoltage: models.EvseDeprecatedMaxVoltage | EvseDeprecatedMaxVoltageLiteral
    phases: models.CircuitPhases | CircuitPhasesLiteral
    phaseRotation: models.CircuitPhaseRotation | CircuitPhaseRotationLiteral | None


class ChargePointSmartChargingUpdateRequestOption1Param(
    _ChargePointSmartChargingUpdateRequestOption1ParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointSmartChargingUpdateRequestOption1`, for a type-checked mapping."""

    periods: Sequence[
        models.ChargePointSmartChargingOption1Period
        | ChargePointSmartChargingOption1PeriodParam
    ]
    preconditioningTime: int
    minCurrent: float | None
    enableKeepAwake: bool | None
    electricalConfiguration: (
        models.CircuitElectricalConfiguration | CircuitElectricalConfigurationLiteral
    )
    connectedPhase: models.CircuitConnectedPhase | CircuitConnectedPhaseLiteral | None


class _ChargePointSmartChargingUpdateRequestOption2ParamRequired(TypedDict):
    mode: (
        models.ChargePointSmartChargingOption2Mode
        | ChargePointSmartChargingOption2ModeLiteral
    )
    defaultChargePointMaxCurrent: float
    maxVoltage: models.EvseDeprecatedMaxVoltage | EvseDeprecatedMaxVoltageLiteral
    phases: models.CircuitPhases | CircuitPhasesLiteral
    phaseRotation: models.CircuitPhaseRotation | CircuitPhaseRotationLiteral | None


class ChargePointSmartChargingUpdateRequestOption2Param(
    _ChargePointSmartChargingUpdateRequestOption2ParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointSmartChargingUpdateRequestOption2`, for a type-checked mapping."""

    preconditioningTime: int
    minCurrent: float | None
    enableKeepAwake: bool | None
    electricalConfiguration: (
        models.CircuitElectricalConfiguration | CircuitElectricalConfigurationLiteral
    )
    connectedPhase: models.CircuitConnectedPhase | CircuitConnectedPhaseLiteral | None


class _ChargePointSmartChargingUpdateRequestOption3ParamRequired(TypedDict):
    mode: (
        models.ChargePointSmartChargingOption3Mode
        | ChargePointSmartChargingOption3ModeLiteral
    )
    defaultChargePointMaxCurrent: float
    minCurrent: float | None
    enableKeepAwake: bool | None
    maxVoltage: models.EvseDeprecatedMaxVoltage | EvseDeprecatedMaxVoltageLiteral
    phases: models.CircuitPhases | CircuitPhasesLiteral
    phaseRotation: models.CircuitPhaseRotation | CircuitPhaseRotationLiteral | None


class ChargePointSmartChargingUpdateRequestOption3Param(
    _ChargePointSmartChargingUpdateRequestOption3ParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointSmartChargingUpdateRequestOption3`, for a type-checked mapping."""

    preconditioningTime: int
    electricalConfiguration: (
        models.CircuitElectricalConfiguration | CircuitElectricalConfigurationLiteral
    )
    allowDynamicLoadManagement: bool
    connectedPhase: models.CircuitConnectedPhase | CircuitConnectedPhaseLiteral | None


class ChargePointStartChargingSessionRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointStartChargingSessionRequest`, for a type-checked mapping."""

    userId: int
    paymentMethodId: str | None
    externalSessionId: str | None
    idTag: str
    connectorId: int | None
    bookingId: int | None
    chargingProfile: (
        models.ChargePointSetChargingProfileRequest
        | ChargePointSetChargingProfileRequestParam
    )


class ChargePointStartChargingSessionWithoutEvseRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointStartChargingSessionWithoutEvseRequest`, for a type-checked mapping."""

    userId: int
    paymentMethodId: str | None
    externalSessionId: str | None
    idTag: str
    connectorId: int | None
    bookingId: int | None


class ChargePointStopChargingSessionRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointStopChargingSessionRequest`, for a type-checked mapping."""

    force: bool


class ChargePointSubscriptionParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointSubscription`, for a type-checked mapping."""

    required: bool
    planIds: Sequence[int]


class ChargePointSyncConfigurationRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointSyncConfigurationRequest`, for a type-checked mapping."""

    keys: Sequence[
        models.ChargePointConfigurationReadKeyOption1
        | ChargePointConfigurationReadKeyOption1Literal
        | str
    ]


class ChargePointTriggerMessageChargePointRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.ChargePointTriggerMessageChargePointRequest`, for a type-checked mapping."""

    type: (
        models.ChargePointTriggerMessageChargePointRequestType
        | ChargePointTriggerMessageChargePointRequestTypeLiteral
    )


class ChargePointUpdateDeprecatedRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointUpdateDeprecatedRequest`, for a type-checked mapping."""

    name: str
    networkId: str | None
    networkProtocol: (
        models.ChargePointDeprecatedNetworkProtocol
        | ChargePointDeprecatedNetworkProtocolLiteral
    )
    networkPassword: str | None
    networkIp: str | None
    networkPort: str | None
    status: models.ChargePointDeprecatedStatus | ChargePointDeprecatedStatusLiteral
    plugAndCharge: bool
    locationId: int | None
    pin: str
    accessType: (
        models.ChargePointDeprecatedAccessType | ChargePointDeprecatedAccessTypeLiteral
    )
    desiredSecurityProfile: int | None
    ownerPartnerId: int | None
    ownerPartnerContractId: int | None
    partnerCorporateBillingAsDefault: bool
    partnerAccessType: (
        models.ChargePointDeprecatedPartnerAccessType
        | ChargePointDeprecatedPartnerAccessTypeLiteral
    )
    capabilities: Sequence[
        models.ChargePointDeprecatedCapability | ChargePointDeprecatedCapabilityLiteral
    ]
    managedByOperator: bool
    uptimeTrackingEnabled: bool
    tags: Sequence[str]
    evses: Mapping[
        str,
        models.ChargePointCreateDeprecatedRequestEvsesValue
        | ChargePointCreateDeprecatedRequestEvsesValueParam,
    ]
    externalId: str | None


class _ChargePointUpdateFirmwareRequestParamRequired(TypedDict):
    signed: bool


class ChargePointUpdateFirmwareRequestParam(
    _ChargePointUpdateFirmwareRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ChargePointUpdateFirmwareRequest`, for a type-checked mapping."""

    url: str
    firmwareVersionId: int
    retrieveAfter: datetime
    retries: int
    interval: int
    signingCertificate: str
    signature: str
    downloadUrlProtocol: (
        models.ChargePointUpdateFirmwareRequestDownloadUrlProtocol
        | ChargePointUpdateFirmwareRequestDownloadUrlProtocolLiteral
    )


class ChargePointUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointUpdateRequest`, for a type-checked mapping."""

    name: str
    type: (
        models.ChargePointDeprecatedAccessType | ChargePointDeprecatedAccessTypeLiteral
    )
    pin: str | None
    locationId: int | None
    chargingZoneId: int | None
    electricityRateId: int | None
    electricityCostReimbursementIntegrationId: int | None
    installationAndMaintenanceCompanyId: int | None
    subscription: models.ChargePointSubscription | ChargePointSubscriptionParam
    networkType: models.ChargePointNetworkType | ChargePointNetworkTypeLiteral
    status: (
        models.ChargePointCreateRequestStatus | ChargePointCreateRequestStatusLiteral
    )
    managedByOperator: bool
    externalId: str | None
    network: (
        models.ChargePointUpdateRequestNetwork | ChargePointUpdateRequestNetworkParam
    )
    capabilities: Sequence[models.ChargePointCapability | ChargePointCapabilityLiteral]
    autoStartWithoutAuthorization: bool
    disableAutoStartEmulation: bool
    security: (
        models.ChargePointCreateRequestSecurity | ChargePointCreateRequestSecurityParam
    )
    modelId: int | None
    enableAutoFaultRecovery: bool
    user: models.ChargePointUser | ChargePointUserParam
    partner: (
        models.ChargePointUpdateRequestPartner | ChargePointUpdateRequestPartnerParam
    )
    utilityId: int | None
    tags: Sequence[str]
    enabledRandomisedDelay: bool
    noticeId: int | None
    usesRenewableEnergy: bool
    integratedAt: datetime | None
    manufacturedAt: datetime | None


class ChargePointUpdateRequestNetworkParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointUpdateRequestNetwork`, for a type-checked mapping."""

    id: str | None
    protocol: (
        models.ChargePointDeprecatedNetworkProtocol
        | ChargePointDeprecatedNetworkProtocolLiteral
        | None
    )
    password: str | None
    ip: str | None
    port: int | None


class ChargePointUpdateRequestPartnerParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointUpdateRequestPartner`, for a type-checked mapping."""

    id: int | None
    contractId: int | None
    contactId: int | None
    corporateBillingAsDefault: bool
    accessType: (
        models.ChargePointPartnerAccessType | ChargePointPartnerAccessTypeLiteral | None
    )
    notice: (
        Sequence[
            models.PaymentTerminalOption12InfoItem
            | PaymentTerminalOption12InfoItemParam
        ]
        | None
    )


class ChargePointUserParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointUser`, for a type-checked mapping."""

    id: int | None
    automaticFirmwareUpdatesEnabled: bool


class ChargePointVendorCreateRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.ChargePointVendorCreateRequest`, for a type-checked mapping."""

    name: str


class ChargePointVendorUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointVendorUpdateRequest`, for a type-checked mapping."""

    name: str


class ChargePointsListingDeprecatedFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointsListingDeprecatedFilter`, for a type-checked mapping."""

    desiredSecurityProfileStatus: (
        models.ChargePointDeprecatedDesiredSecurityProfileStatus
        | ChargePointDeprecatedDesiredSecurityProfileStatusLiteral
    )
    evseId: str
    evsePhysicalReference: str
    physicalReference: str
    chargePointNetworkId: str
    chargePointBootNotificationSerialNumber: str
    userId: str
    partnerId: str
    accessType: (
        models.ChargePointsListingFilterType | ChargePointsListingFilterTypeLiteral
    )
    subOperatorId: str
    roaming: str
    name: str
    locationId: str
    managedByOperator: str
    externalId: str
    evseExternalId: str
    tag: str


class ChargePointsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ChargePointsListingFilter`, for a type-checked mapping."""

    desiredSecurityProfileStatus: (
        models.ChargePointDeprecatedDesiredSecurityProfileStatus
        | ChargePointDeprecatedDesiredSecurityProfileStatusLiteral
    )
    evsePhysicalReference: str
    networkId: str
    bootNotificationSerialNumber: str
    modelId: str
    vendorId: str
    userId: str
    partnerId: str
    type: models.ChargePointsListingFilterType | ChargePointsListingFilterTypeLiteral
    subOperatorId: str
    roaming: str
    roamingOperatorIds: Sequence[int]
    name: str
    locationId: str
    circuitId: int
    chargingZoneId: str
    managedByOperator: str
    externalId: str
    utilityId: int
    tag: str
    sharingCode: str
    lastUpdatedAfter: datetime
    lastUpdatedBefore: datetime


class _CircuitAttachChargePointRequestParamRequired(TypedDict):
    chargePointId: int


class CircuitAttachChargePointRequestParam(
    _CircuitAttachChargePointRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.CircuitAttachChargePointRequest`, for a type-checked mapping."""

    priority: float


class _CircuitCreateDeprecatedRequestParamRequired(TypedDict):
    name: str
    phases: models.CircuitDeprecatedPhases | CircuitDeprecatedPhasesLiteral
    maxCurrent: float
    chargePoints: Sequence[
        models.CircuitDeprecatedChargePoint | CircuitDeprecatedChargePointParam
    ]


class CircuitCreateDeprecatedRequestParam(
    _CircuitCreateDeprecatedRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.CircuitCreateDeprecatedRequest`, for a type-checked mapping."""

    minChargePointCurrent: float
    setSessionLimitToZeroOnIdle: bool


class _CircuitCreateRequestParamRequired(TypedDict):
    name: str
    phases: models.CircuitPhases | CircuitPhasesLiteral
    maxCurrent: float


class CircuitCreateRequestParam(_CircuitCreateRequestParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.CircuitCreateRequest`, for a type-checked mapping."""

    parentCircuitId: int | None
    phaseRotation: models.CircuitPhaseRotation | CircuitPhaseRotationLiteral
    connectedPhase: models.CircuitConnectedPhase | CircuitConnectedPhaseLiteral
    electricalConfiguration: (
        models.CircuitElectricalConfiguration | CircuitElectricalConfigurationLiteral
    )
    maxVoltage: models.EvseDeprecatedMaxVoltage | EvseDeprecatedMaxVoltageLiteral | None
    minChargePointCurrent: float | None
    setSessionLimitToZeroOnIdle: bool
    electricityMeterId: float | None
    offlineReservedCurrent: float | None
    loadBalancingIntegration: (
        models.CircuitLoadBalancingIntegration
        | CircuitLoadBalancingIntegrationParam
        | None
    )


class CircuitDeprecatedChargePointParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.CircuitDeprecatedChargePoint`, for a type-checked mapping."""

    id: int
    maxCurrent: float
    phases: models.CircuitDeprecatedPhases | CircuitDeprecatedPhasesLiteral
    inputVoltage: (
        models.CircuitDeprecatedChargePointInputVoltage
        | CircuitDeprecatedChargePointInputVoltageLiteral
    )
    phaseRotation: (
        models.CircuitDeprecatedChargePointPhaseRotation
        | CircuitDeprecatedChargePointPhaseRotationLiteral
    )


class CircuitLoadBalancingIntegrationParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.CircuitLoadBalancingIntegration`, for a type-checked mapping."""

    id: int | None
    fields: (
        models.CircuitLoadBalancingIntegrationFieldsOption1
        | CircuitLoadBalancingIntegrationFieldsOption1Param
        | models.CircuitLoadBalancingIntegrationFieldsOption2
        | CircuitLoadBalancingIntegrationFieldsOption2Param
    )


class CircuitLoadBalancingIntegrationFieldsOption1Param(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.CircuitLoadBalancingIntegrationFieldsOption1`, for a type-checked mapping."""

    startDate: date | None


class CircuitLoadBalancingIntegrationFieldsOption2Param(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.CircuitLoadBalancingIntegrationFieldsOption2`, for a type-checked mapping."""

    installationId: str


class CircuitSetChargePointEvsePriorityRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.CircuitSetChargePointEvsePriorityRequest`, for a type-checked mapping."""

    priority: float


class CircuitSetCircuitSocPriorityRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.CircuitSetCircuitSocPriorityRequest`, for a type-checked mapping."""

    upperThresholdPercent: float | None
    highSoCPriority: float
    lowerThresholdPercent: float | None
    lowSoCPriority: float


class CircuitUpdateDeprecatedRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.CircuitUpdateDeprecatedRequest`, for a type-checked mapping."""

    name: str
    phases: models.CircuitDeprecatedPhases | CircuitDeprecatedPhasesLiteral
    maxCurrent: float
    minChargePointCurrent: float
    setSessionLimitToZeroOnIdle: bool
    chargePoints: Sequence[
        models.CircuitDeprecatedChargePoint | CircuitDeprecatedChargePointParam
    ]


class CircuitUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.CircuitUpdateRequest`, for a type-checked mapping."""

    name: str
    parentCircuitId: int | None
    phases: models.CircuitPhases | CircuitPhasesLiteral
    phaseRotation: models.CircuitPhaseRotation | CircuitPhaseRotationLiteral
    connectedPhase: models.CircuitConnectedPhase | CircuitConnectedPhaseLiteral
    electricalConfiguration: (
        models.CircuitElectricalConfiguration | CircuitElectricalConfigurationLiteral
    )
    maxVoltage: models.EvseDeprecatedMaxVoltage | EvseDeprecatedMaxVoltageLiteral | None
    maxCurrent: float
    minChargePointCurrent: float | None
    setSessionLimitToZeroOnIdle: bool
    electricityMeterId: float | None
    offlineReservedCurrent: float | None
    loadBalancingIntegration: (
        models.CircuitLoadBalancingIntegration
        | CircuitLoadBalancingIntegrationParam
        | None
    )


class CircuitUserPriorityCreateRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.CircuitUserPriorityCreateRequest`, for a type-checked mapping."""

    targetId: int
    type: models.CircuitUserPriorityType | CircuitUserPriorityTypeLiteral
    priority: float


class CircuitUserPriorityUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.CircuitUserPriorityUpdateRequest`, for a type-checked mapping."""

    targetId: int
    type: models.CircuitUserPriorityType | CircuitUserPriorityTypeLiteral
    priority: float


class CircuitsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.CircuitsListingFilter`, for a type-checked mapping."""

    lastUpdatedAfter: datetime
    lastUpdatedBefore: datetime


class ConfigurationTemplateApplyToChargePointsRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ConfigurationTemplateApplyToChargePointsRequest`, for a type-checked mapping."""

    chargePointIds: Sequence[int]
    shouldPersist: bool


class ConfigurationTemplateVariableUpdateRequestOption1Param(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ConfigurationTemplateVariableUpdateRequestOption1`, for a type-checked mapping."""

    keyName: str
    value: str


class ConfigurationTemplateVariableUpdateRequestOption2Param(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ConfigurationTemplateVariableUpdateRequestOption2`, for a type-checked mapping."""

    value: str
    variableName: str
    variableType: (
        models.ConfigurationTemplateVariableOption2VariableType
        | ConfigurationTemplateVariableOption2VariableTypeLiteral
        | None
    )
    variableInstance: str | None
    component: str
    componentInstance: str | None
    evseId: int | None
    connectorId: int | None


class ConfigurationVariableForOcpp16Param(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.ConfigurationVariableForOcpp16`, for a type-checked mapping."""

    keyName: str
    value: str


class _ConfigurationVariableForOcpp201ParamRequired(TypedDict):
    value: str
    variableName: str
    component: str


class ConfigurationVariableForOcpp201Param(
    _ConfigurationVariableForOcpp201ParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ConfigurationVariableForOcpp201`, for a type-checked mapping."""

    variableType: (
        models.ConfigurationTemplateVariableOption2VariableType
        | ConfigurationTemplateVariableOption2VariableTypeLiteral
        | None
    )
    variableInstance: str | None
    componentInstance: str | None
    evseId: int | None
    connectorId: int | None


class ConsentsCreateRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.ConsentsCreateRequest`, for a type-checked mapping."""

    userId: int
    termVersionId: int
    status: models.ConsentStatus | ConsentStatusLiteral


class ConsentsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ConsentsListingFilter`, for a type-checked mapping."""

    userId: Sequence[int]
    termType: Sequence[models.ConsentTermType | ConsentTermTypeLiteral]
    status: Sequence[models.ConsentStatus | ConsentStatusLiteral]
    agreedAfter: datetime
    agreedBefore: datetime
    rejectedAfter: datetime
    rejectedBefore: datetime


class _ContactDetailsUpdateRequestParamRequired(TypedDict):
    email: str


class ContactDetailsUpdateRequestParam(
    _ContactDetailsUpdateRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ContactDetailsUpdateRequest`, for a type-checked mapping."""

    phone: str | None


class CraneParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.Crane`, for a type-checked mapping."""

    name: str
    integrationId: int
    terminalType: (
        models.PaymentTerminalOption6TerminalType
        | PaymentTerminalOption6TerminalTypeLiteral
    )
    operatorId: int
    chargingZoneId: int
    chargePointId: int
    serialNumber: str
    externalId: str


class _CreateBookingRequestInputParamRequired(TypedDict):
    type: models.BookingRequestOption1Type | BookingRequestOption1TypeLiteral
    userId: int
    locationId: int
    startAt: datetime
    endAt: datetime


class CreateBookingRequestInputParam(
    _CreateBookingRequestInputParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.CreateBookingRequestInput`, for a type-checked mapping."""

    externalId: str
    evseId: int
    evseCriteria: (
        models.BookingRequestOption1EvseCriteria
        | BookingRequestOption1EvseCriteriaParam
    )
    parkingSpaceCriteria: (
        models.BookingRequestOption1ParkingSpaceCriteria
        | BookingRequestOption1ParkingSpaceCriteriaParam
    )
    authorizedTokenIds: Sequence[int]


class CreateConfigurationTemplateRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.CreateConfigurationTemplateRequest`, for a type-checked mapping."""

    name: str
    ocppVersion: (
        models.ConfigurationTemplateOcppVersion
        | ConfigurationTemplateOcppVersionLiteral
    )


class CreateCurrencyRateRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.CreateCurrencyRateRequest`, for a type-checked mapping."""

    base: str
    target: str
    rate: float


class _CreateFlexibilityAssetRequestParamRequired(TypedDict):
    dlmCircuitId: float | None
    chargePointId: float | None
    evseId: float | None
    integrationId: float
    status: (
        models.ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
    )


class CreateFlexibilityAssetRequestParam(
    _CreateFlexibilityAssetRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.CreateFlexibilityAssetRequest`, for a type-checked mapping."""

    description: str | None
    integrationParameters: Mapping[str, Any]
    endsAt: datetime


class _CreateInstallerJobRequestParamRequired(TypedDict):
    installationAndMaintenanceCompanyId: int
    description: str


class CreateInstallerJobRequestParam(
    _CreateInstallerJobRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.CreateInstallerJobRequest`, for a type-checked mapping."""

    installerAdminId: int
    pin: str


class _CreateParkingSpaceRequestParamRequired(TypedDict):
    label: str
    locationId: int


class CreateParkingSpaceRequestParam(
    _CreateParkingSpaceRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.CreateParkingSpaceRequest`, for a type-checked mapping."""

    externalId: str
    status: (
        models.ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
    )
    occupancyStatus: (
        models.ParkingSpaceOccupancyStatus | ParkingSpaceOccupancyStatusLiteral
    )
    disabilitiesAccessible: bool
    evses: Sequence[int]


class _CreatePaymentTerminalRequestOption1Option1ParamRequired(TypedDict):
    name: str
    integrationId: int
    terminalType: (
        models.PaymentTerminalOption6TerminalType
        | PaymentTerminalOption6TerminalTypeLiteral
    )
    serialNumber: str
    defaultLanguage: str
    operatorId: int
    preauthorizeAmount: float


class CreatePaymentTerminalRequestOption1Option1Param(
    _CreatePaymentTerminalRequestOption1Option1ParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.CreatePaymentTerminalRequestOption1Option1`, for a type-checked mapping."""

    chargingZoneId: int
    chargePointId: int
    displayTextTimeout: int
    displayText: str
    externalId: str


class _CreatePaymentTerminalRequestOption3ParamRequired(TypedDict):
    name: str
    integrationId: int
    terminalType: (
        models.PaymentTerminalOption6TerminalType
        | PaymentTerminalOption6TerminalTypeLiteral
    )
    operatorId: int
    serialNumber: str


class CreatePaymentTerminalRequestOption3Param(
    _CreatePaymentTerminalRequestOption3ParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.CreatePaymentTerminalRequestOption3`, for a type-checked mapping."""

    chargingZoneId: int
    chargePointId: int
    externalId: str


class _CreatePaymentTerminalRequestOption7ParamRequired(TypedDict):
    name: str
    integrationId: int
    terminalType: (
        models.PaymentTerminalOption6TerminalType
        | PaymentTerminalOption6TerminalTypeLiteral
    )
    operatorId: int
    verificationCode: str
    defaultLanguage: str
    info: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]


class CreatePaymentTerminalRequestOption7Param(
    _CreatePaymentTerminalRequestOption7ParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.CreatePaymentTerminalRequestOption7`, for a type-checked mapping."""

    chargingZoneId: int
    chargePointId: int
    presentCardOnStopSession: bool
    serialNumber: str
    externalId: str


class _CreatePcIdRequestParamRequired(TypedDict):
    pcId: str
    name: str
    vehicleType: models.PcIdVehicleType | PcIdVehicleTypeLiteral
    userId: int


class CreatePcIdRequestParam(_CreatePcIdRequestParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.CreatePcIdRequest`, for a type-checked mapping."""

    idTags: Sequence[models.PcIdIdTag | PcIdIdTagParam]


class _CreateRoamingCustomTariffFilterRequestParamRequired(TypedDict):
    name: str
    status: (
        models.ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
    )


class CreateRoamingCustomTariffFilterRequestParam(
    _CreateRoamingCustomTariffFilterRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.CreateRoamingCustomTariffFilterRequest`, for a type-checked mapping."""

    countryCode: str
    applicableCurrentTypes: Sequence[
        models.RoamingCustomTariffFilterApplicableCurrentType
        | RoamingCustomTariffFilterApplicableCurrentTypeLiteral
    ]
    powerBelowKw: float
    evseIdPrefix: str
    order: int


class CreateUtilityRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.CreateUtilityRequest`, for a type-checked mapping."""

    name: str


class _CurrencyCreateRequestParamRequired(TypedDict):
    alphabeticCode: models.CurrencyAlphabeticCode | CurrencyAlphabeticCodeLiteral


class CurrencyCreateRequestParam(_CurrencyCreateRequestParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.CurrencyCreateRequest`, for a type-checked mapping."""

    prefix: str | None
    suffix: str | None
    decimal: int | None
    unitPriceAndCalculationsDecimal: int | None
    enableUseOfMinorCurrencyUnit: bool
    minorUnitSign: str | None


class CustomFeesListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.CustomFeesListingFilter`, for a type-checked mapping."""

    createdAfter: datetime
    createdBefore: datetime


class _ElectricityMeterCreateRequestParamRequired(TypedDict):
    name: str
    integrationId: int


class ElectricityMeterCreateRequestParam(
    _ElectricityMeterCreateRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ElectricityMeterCreateRequest`, for a type-checked mapping."""

    integrationParameters: Mapping[str, str]


class ElectricityMeterReportConsumptionRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ElectricityMeterReportConsumptionRequest`, for a type-checked mapping."""

    timestamp: datetime
    currentL1: int
    currentL2: int
    currentL3: int


class ElectricityMeterUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ElectricityMeterUpdateRequest`, for a type-checked mapping."""

    name: str
    integrationId: int
    integrationParameters: Mapping[str, str]


class _ElectricityRateCreateDeprecatedRequestParamRequired(TypedDict):
    name: str
    pricingGranularityInMinutes: (
        models.ElectricityRateDeprecatedPricingGranularityInMinutes
        | ElectricityRateDeprecatedPricingGranularityInMinutesLiteral
    )
    defaultPricePerKwh: float


class ElectricityRateCreateDeprecatedRequestParam(
    _ElectricityRateCreateDeprecatedRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ElectricityRateCreateDeprecatedRequest`, for a type-checked mapping."""

    utilityId: int | None
    taxId: int
    taxPercentage: float
    intervalPricing: (
        Sequence[
            models.ElectricityRateDeprecatedIntervalPricingItem
            | ElectricityRateDeprecatedIntervalPricingItemParam
        ]
        | None
    )
    intervalSpecialPricing: (
        Sequence[
            models.ElectricityRateDeprecatedIntervalSpecialPricingItem
            | ElectricityRateDeprecatedIntervalSpecialPricingItemParam
        ]
        | None
    )


class _ElectricityRateCreateRequestParamRequired(TypedDict):
    name: str
    defaultPrice: Decimal
    taxPercentage: float | None


class ElectricityRateCreateRequestParam(
    _ElectricityRateCreateRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ElectricityRateCreateRequest`, for a type-checked mapping."""

    utilityId: int | None


class _ElectricityRateDeprecatedIntervalPricingItemParamRequired(TypedDict):
    weekDays: Sequence[
        models.ElectricityRateDeprecatedIntervalPricingItemWeekDay
        | ElectricityRateDeprecatedIntervalPricingItemWeekDayLiteral
    ]


class ElectricityRateDeprecatedIntervalPricingItemParam(
    _ElectricityRateDeprecatedIntervalPricingItemParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ElectricityRateDeprecatedIntervalPricingItem`, for a type-checked mapping."""

    elements: Sequence[
        models.ElectricityRateDeprecatedIntervalPricingItemElement
        | ElectricityRateDeprecatedIntervalPricingItemElementParam
    ]


class _ElectricityRateDeprecatedIntervalPricingItemElementParamRequired(TypedDict):
    startAt: str
    endAt: str


class ElectricityRateDeprecatedIntervalPricingItemElementParam(
    _ElectricityRateDeprecatedIntervalPricingItemElementParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ElectricityRateDeprecatedIntervalPricingItemElement`, for a type-checked mapping."""

    price: float | None


class _ElectricityRateDeprecatedIntervalSpecialPricingItemParamRequired(TypedDict):
    specialPricingName: str
    validOn: Sequence[date]


class ElectricityRateDeprecatedIntervalSpecialPricingItemParam(
    _ElectricityRateDeprecatedIntervalSpecialPricingItemParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.ElectricityRateDeprecatedIntervalSpecialPricingItem`, for a type-checked mapping."""

    elements: Sequence[
        models.ElectricityRateDeprecatedIntervalPricingItemElement
        | ElectricityRateDeprecatedIntervalPricingItemElementParam
    ]


class ElectricityRateEnergyMixParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ElectricityRateEnergyMix`, for a type-checked mapping."""

    solar: float
    wind: float
    hydro: float
    nuclear: float
    coal: float
    naturalGas: float
    otherRenewable: float
    otherNonRenewable: float


class ElectricityRatePricePeriodOption1PeriodParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.ElectricityRatePricePeriodOption1Period`, for a type-checked mapping."""

    startsAt: str
    endsAt: str
    price: Decimal


class ElectricityRatePricePeriodsDateCreateOrUpdateRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.ElectricityRatePricePeriodsDateCreateOrUpdateRequest`, for a type-checked mapping."""

    periods: Sequence[
        models.ElectricityRatePricePeriodOption1Period
        | ElectricityRatePricePeriodOption1PeriodParam
    ]


class ElectricityRateUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ElectricityRateUpdateRequest`, for a type-checked mapping."""

    name: str
    utilityId: int | None
    defaultPrice: Decimal
    taxPercentage: float | None


class ElectricityRatesListingDeprecatedFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ElectricityRatesListingDeprecatedFilter`, for a type-checked mapping."""

    utilityId: int


class ElectricityRatesListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ElectricityRatesListingFilter`, for a type-checked mapping."""

    utilityId: int
    type: models.ElectricityRateType | ElectricityRateTypeLiteral


class _EvseBulkAssignTariffGroupsRequestParamRequired(TypedDict):
    tariffGroupId: int | None


class EvseBulkAssignTariffGroupsRequestParam(
    _EvseBulkAssignTariffGroupsRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.EvseBulkAssignTariffGroupsRequest`, for a type-checked mapping."""

    filters: (
        models.EvseBulkAssignTariffGroupsRequestFilters
        | EvseBulkAssignTariffGroupsRequestFiltersParam
    )


class EvseBulkAssignTariffGroupsRequestFiltersParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.EvseBulkAssignTariffGroupsRequestFilters`, for a type-checked mapping."""

    locationIds: Sequence[int]
    partnerIds: Sequence[int]
    evseIds: Sequence[int]
    chargePointIds: Sequence[int]
    tariffGroupIds: Sequence[int]


class _EvseCreateRequestParamRequired(TypedDict):
    chargePointId: int
    physicalReference: str
    currentType: models.EvseCurrentType | EvseCurrentTypeLiteral
    networkId: str
    status: models.EvseStatus | EvseStatusLiteral


class EvseCreateRequestParam(_EvseCreateRequestParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.EvseCreateRequest`, for a type-checked mapping."""

    label: str
    midMeterCertificationEndYear: int | None
    tariffGroupId: int | None
    allowsReservation: bool
    bookingEnabled: bool
    powerOptions: models.EvsePowerOptions | EvsePowerOptionsParam
    externalId: str


class EvseDeprecatedConnectorParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.EvseDeprecatedConnector`, for a type-checked mapping."""

    id: int
    type: models.EvseDeprecatedConnectorType | EvseDeprecatedConnectorTypeLiteral | None
    format: (
        models.ChargePointEvseConnectorFormat
        | ChargePointEvseConnectorFormatLiteral
        | None
    )
    status: models.LocationDeprecatedStatus | LocationDeprecatedStatusLiteral | None


class EvseDowntimePeriodCreateRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.EvseDowntimePeriodCreateRequest`, for a type-checked mapping."""

    evseId: int
    noticeId: int
    startedAt: datetime
    endedAt: datetime


class EvseDowntimePeriodsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.EvseDowntimePeriodsListingFilter`, for a type-checked mapping."""

    evseId: int
    chargePointId: int
    locationId: int
    entryMode: models.EvseDowntimePeriodEntryMode | EvseDowntimePeriodEntryModeLiteral
    type: models.EvseDowntimePeriodType | EvseDowntimePeriodTypeLiteral
    startedAfter: datetime
    stoppedBefore: datetime
    durationLessThan: int
    durationGreaterThan: int
    lastUpdatedAfter: datetime
    lastUpdatedBefore: datetime


class EvsePowerOptionsParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.EvsePowerOptions`, for a type-checked mapping."""

    maxPower: int | None
    maxVoltage: models.EvseDeprecatedMaxVoltage | EvseDeprecatedMaxVoltageLiteral | None
    maxAmperage: float | None
    phases: models.CircuitPhases | CircuitPhasesLiteral | None
    phaseRotation: models.CircuitPhaseRotation | CircuitPhaseRotationLiteral | None
    connectedPhase: models.CircuitConnectedPhase | CircuitConnectedPhaseLiteral | None


class _EvseUpdateDeprecatedRequestParamRequired(TypedDict):
    physicalReference: str
    type: models.EvseCurrentType | EvseCurrentTypeLiteral
    networkId: str
    status: models.EvseDeprecatedStatus | EvseDeprecatedStatusLiteral
    allowsReservation: bool
    maxVoltage: models.EvseDeprecatedMaxVoltage | EvseDeprecatedMaxVoltageLiteral
    phases: models.EvseDeprecatedPhases | EvseDeprecatedPhasesLiteral | None


class EvseUpdateDeprecatedRequestParam(
    _EvseUpdateDeprecatedRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.EvseUpdateDeprecatedRequest`, for a type-checked mapping."""

    connectors: (
        Sequence[models.EvseDeprecatedConnector | EvseDeprecatedConnectorParam] | None
    )
    tariffGroupId: int | None
    maxPowerKw: float | None
    maxAmperage: float | None
    phaseRotation: (
        models.EvseDeprecatedPhaseRotation | EvseDeprecatedPhaseRotationLiteral | None
    )
    midMeterCertificationEndYear: int | None
    externalId: str | None


class EvsesListingDeprecatedFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.EvsesListingDeprecatedFilter`, for a type-checked mapping."""

    chargePointId: str
    physicalReference: str
    evseStatus: models.EvseDeprecatedStatus | EvseDeprecatedStatusLiteral
    hardwareStatus: (
        models.EvseDeprecatedHardwareStatus | EvseDeprecatedHardwareStatusLiteral
    )
    evseType: models.EvseCurrentType | EvseCurrentTypeLiteral
    connectorId: str
    tariffGroupId: str
    partnerId: str
    roamingPlatformId: str


class EvsesListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.EvsesListingFilter`, for a type-checked mapping."""

    chargePointId: str
    physicalReference: str
    externalId: str
    roaming: bool
    lastUpdatedAfter: datetime
    lastUpdatedBefore: datetime
    hasRoamingTariffIds: bool
    hasTariffGroup: bool
    roamingOperatorIds: Sequence[int]


class ExpensesListingDeprecatedFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ExpensesListingDeprecatedFilter`, for a type-checked mapping."""

    partnerId: str
    dateFrom: datetime
    dateTo: datetime
    origin: models.ExpenseOrigin | ExpenseOriginLiteral
    currency: str


class ExpensesListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ExpensesListingFilter`, for a type-checked mapping."""

    partnerId: str
    settlementReportId: str
    dateBefore: datetime
    dateAfter: datetime
    origin: models.ExpenseOrigin | ExpenseOriginLiteral
    currencyCode: str


class FaqCreateRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.FaqCreateRequest`, for a type-checked mapping."""

    question: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    answer: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]


class FaqUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.FaqUpdateRequest`, for a type-checked mapping."""

    question: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    answer: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]


class FirmwareVersionsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.FirmwareVersionsListingFilter`, for a type-checked mapping."""

    vendorId: Sequence[int]
    modelId: Sequence[int]
    firmwareVersion: str


class FlexibilityAssetCreateActivationRequestRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.FlexibilityAssetCreateActivationRequestRequest`, for a type-checked mapping."""

    periods: Sequence[
        models.FlexibilityAssetCreateActivationRequestRequestPeriod
        | FlexibilityAssetCreateActivationRequestRequestPeriodParam
    ]


class _FlexibilityAssetCreateActivationRequestRequestPeriodParamRequired(TypedDict):
    startTime: datetime
    endTime: datetime


class FlexibilityAssetCreateActivationRequestRequestPeriodParam(
    _FlexibilityAssetCreateActivationRequestRequestPeriodParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.FlexibilityAssetCreateActivationRequestRequestPeriod`, for a type-checked mapping."""

    energy: int
    maxPower: int


class GetDowntimePeriodNoticesFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.GetDowntimePeriodNoticesFilter`, for a type-checked mapping."""

    type: models.EvseDowntimePeriodType | EvseDowntimePeriodTypeLiteral


class GetHistoricalTimeSeriesFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.GetHistoricalTimeSeriesFilter`, for a type-checked mapping."""

    startTime: datetime
    endTime: datetime


class GetInstallerJobsListFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.GetInstallerJobsListFilter`, for a type-checked mapping."""

    installationAndMaintenanceCompanyId: int
    locationId: int
    chargePointId: int
    status: models.InstallerJobsListStatus | InstallerJobsListStatusLiteral
    installerAdminId: int
    createdAfter: datetime
    createdBefore: datetime
    lastUpdatedAfter: datetime
    lastUpdatedBefore: datetime


class GetPaymentTerminalsFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.GetPaymentTerminalsFilter`, for a type-checked mapping."""

    serialNumber: str


class _HubjectParamRequired(TypedDict):
    platformId: int


class HubjectParam(_HubjectParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.Hubject`, for a type-checked mapping."""

    businessName: str | None
    partnerId: int | None
    hubjectId: str | None


class _IdTagCreateRequestParamRequired(TypedDict):
    idTagUid: str
    status: models.RfidTagStatus | RfidTagStatusLiteral
    type: models.IdTagCreateResultType | IdTagCreateResultTypeLiteral


class IdTagCreateRequestParam(_IdTagCreateRequestParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.IdTagCreateRequest`, for a type-checked mapping."""

    idLabel: str | None
    expireAt: datetime | None
    vehicleType: models.IdTagVehicleType | IdTagVehicleTypeLiteral | None
    paymentMethodId: str | None
    userId: int | None
    externalId: str | None
    partnerId: int


class IdTagUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.IdTagUpdateRequest`, for a type-checked mapping."""

    idTagUid: str
    idLabel: str | None
    expireAt: datetime | None
    status: models.RfidTagStatus | RfidTagStatusLiteral
    type: models.IdTagCreateResultType | IdTagCreateResultTypeLiteral
    vehicleType: models.IdTagVehicleType | IdTagVehicleTypeLiteral | None
    paymentMethodId: str | None
    userId: int | None
    externalId: str | None
    partnerId: int | None


class IdTagsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.IdTagsListingFilter`, for a type-checked mapping."""

    idTagUid: str
    idLabel: str
    userId: str
    expireAt: datetime
    status: models.RfidTagStatus | RfidTagStatusLiteral
    type: models.IdTagType | IdTagTypeLiteral
    partnerId: str | None
    lastUpdatedAfter: datetime
    lastUpdatedBefore: datetime


class _InvoiceDetailsCreateOrUpdateRequestOption1ParamRequired(TypedDict):
    requireInvoice: bool
    invoiceType: (
        models.AmpecoInvoiceManagerInvoiceType
        | AmpecoInvoiceManagerInvoiceTypeLiteral
        | None
    )


class InvoiceDetailsCreateOrUpdateRequestOption1Param(
    _InvoiceDetailsCreateOrUpdateRequestOption1ParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.InvoiceDetailsCreateOrUpdateRequestOption1`, for a type-checked mapping."""

    individualName: str | None
    individualPersonalId: str | None
    individualTaxId: str | None
    companyName: str | None
    companyRegNo: str | None
    companyTaxId: str | None
    companyTaxAdministrationOfficeName: str | None
    country: models.PartnerCountry | PartnerCountryLiteral | None
    region: str | None
    state: models.PartnerState | PartnerStateLiteral
    city: str | None
    postCode: str | None
    address: str | None


class _InvoiceDetailsCreateOrUpdateRequestOption2ParamRequired(TypedDict):
    invoiceRequired: bool
    clientType: (
        models.AmpecoInvoiceManagerInvoiceType
        | AmpecoInvoiceManagerInvoiceTypeLiteral
        | None
    )


class InvoiceDetailsCreateOrUpdateRequestOption2Param(
    _InvoiceDetailsCreateOrUpdateRequestOption2ParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.InvoiceDetailsCreateOrUpdateRequestOption2`, for a type-checked mapping."""

    name: str | None
    email: str | None
    mobilePhoneNumber: str | None
    landlinePhoneNumber: str | None
    taxId: str | None
    country: models.PartnerCountry | PartnerCountryLiteral | None
    city: str | None
    postcode: str | None
    address: str | None


class _InvoiceDetailsCreateOrUpdateRequestOption3ParamRequired(TypedDict):
    firstName: str
    lastName: str
    email: str


class InvoiceDetailsCreateOrUpdateRequestOption3Param(
    _InvoiceDetailsCreateOrUpdateRequestOption3ParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.InvoiceDetailsCreateOrUpdateRequestOption3`, for a type-checked mapping."""

    phone: str | None
    country: models.PartnerCountry | PartnerCountryLiteral | None
    city: str | None
    postcode: str | None
    address: str | None


class _InvoiceDetailsCreateOrUpdateRequestOption4ParamRequired(TypedDict):
    invoiceType: (
        models.EcpayInvoiceManagerInvoiceType | EcpayInvoiceManagerInvoiceTypeLiteral
    )
    name: str | None
    email: str | None
    phone: str | None


class InvoiceDetailsCreateOrUpdateRequestOption4Param(
    _InvoiceDetailsCreateOrUpdateRequestOption4ParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.InvoiceDetailsCreateOrUpdateRequestOption4`, for a type-checked mapping."""

    carrierType: (
        models.EcpayInvoiceManagerCarrierType
        | EcpayInvoiceManagerCarrierTypeLiteral
        | None
    )
    loveCode: str | None
    mobileBarCode: str | None
    citizenId: str | None
    companyId: str | None
    country: models.PartnerCountry | PartnerCountryLiteral | None
    city: str | None
    postcode: str | None
    address: str | None


class InvoicesListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.InvoicesListingFilter`, for a type-checked mapping."""

    issuedFrom: str
    issuedTo: str


class ListConfigurationTemplatesFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ListConfigurationTemplatesFilter`, for a type-checked mapping."""

    ocppVersion: (
        models.ListConfigurationTemplatesFilterOcppVersion
        | ListConfigurationTemplatesFilterOcppVersionLiteral
    )


class ListCurrencyRatesFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ListCurrencyRatesFilter`, for a type-checked mapping."""

    base: str
    target: str
    updatedBefore: datetime
    updatedAfter: datetime


class ListFlexibilityActivationRequestsFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ListFlexibilityActivationRequestsFilter`, for a type-checked mapping."""

    assetId: str


class ListFlexibilityAssetsFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ListFlexibilityAssetsFilter`, for a type-checked mapping."""

    updatedSince: datetime


class ListParkingSpaceFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ListParkingSpaceFilter`, for a type-checked mapping."""

    externalId: str
    evseId: str
    lastUpdatedAfter: datetime
    lastUpdatedBefore: datetime


class ListRoamingCustomTariffFiltersFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ListRoamingCustomTariffFiltersFilter`, for a type-checked mapping."""

    status: (
        models.ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
    )
    createdAfter: datetime
    createdBefore: datetime


class LocationChargingZoneAdditionalInfoParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.LocationChargingZoneAdditionalInfo`, for a type-checked mapping."""

    enabled: bool
    title: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    description: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]


class _LocationChargingZoneCreateRequestParamRequired(TypedDict):
    name: str
    status: (
        models.ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
    )


class LocationChargingZoneCreateRequestParam(
    _LocationChargingZoneCreateRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.LocationChargingZoneCreateRequest`, for a type-checked mapping."""

    additionalInfo: (
        models.LocationChargingZoneAdditionalInfo
        | LocationChargingZoneAdditionalInfoParam
    )


class LocationChargingZoneUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.LocationChargingZoneUpdateRequest`, for a type-checked mapping."""

    name: str
    status: (
        models.ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
    )
    additionalInfo: (
        models.LocationChargingZoneAdditionalInfo
        | LocationChargingZoneAdditionalInfoParam
    )


class LocationCheckBookingAvailabilityRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.LocationCheckBookingAvailabilityRequest`, for a type-checked mapping."""

    startAfter: datetime
    endBefore: datetime


class _LocationCreateDeprecatedRequestParamRequired(TypedDict):
    name: Mapping[str, str | None]
    geoposition: models.LocationGeoposition | LocationGeopositionParam
    post_code: str
    region: (
        models.UsState
        | UsStateLiteral
        | models.AustralianState
        | AustralianStateLiteral
        | str
    )
    city: str
    country: models.PartnerCountry | PartnerCountryLiteral


class LocationCreateDeprecatedRequestParam(
    _LocationCreateDeprecatedRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.LocationCreateDeprecatedRequest`, for a type-checked mapping."""

    status: models.LocationDeprecatedStatus | LocationDeprecatedStatusLiteral
    description: Mapping[str, str | None]
    detailed_description: Mapping[str, str | None]
    additional_description: Mapping[str, str | None]
    address: Mapping[str, str | None]
    external_id: str | None
    timezone: str | None
    working_hours: (
        models.LocationDeprecatedWorkingHours | LocationDeprecatedWorkingHoursParam
    )


class _LocationCreateRequestParamRequired(TypedDict):
    name: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    geoposition: models.LocationGeoposition | LocationGeopositionParam
    address: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    country: models.PartnerCountry | PartnerCountryLiteral


class LocationCreateRequestParam(_LocationCreateRequestParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.LocationCreateRequest`, for a type-checked mapping."""

    externalId: str | None
    description: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    shortDescription: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    additionalDescription: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    streetAddress: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    city: str | None
    region: str | None
    state: models.PartnerState | PartnerStateLiteral
    postCode: str | None
    timezone: str | None
    parkingType: models.LocationParkingType | LocationParkingTypeLiteral | None
    accessMethods: (
        Sequence[models.LocationAccessMethod | LocationAccessMethodLiteral] | None
    )
    facilities: Sequence[models.LocationFacility | LocationFacilityLiteral] | None
    workingHours: models.LocationWorkingHours | LocationWorkingHoursParam
    roamingOperatorId: int
    tags: Sequence[str]
    externalAppData: Mapping[str, Any] | None


class _LocationDeprecatedWorkingHoursParamRequired(TypedDict):
    is_always_open: bool


class LocationDeprecatedWorkingHoursParam(
    _LocationDeprecatedWorkingHoursParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.LocationDeprecatedWorkingHours`, for a type-checked mapping."""

    stop_session_outside_working_hours: bool | None
    hours: (
        models.LocationDeprecatedWorkingHoursHours
        | LocationDeprecatedWorkingHoursHoursParam
        | None
    )
    always_open_for_user_group_ids: Sequence[float] | None


class LocationDeprecatedWorkingHoursHoursParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.LocationDeprecatedWorkingHoursHours`, for a type-checked mapping."""

    monday: Sequence[
        models.LocationDeprecatedWorkingHoursHoursFridayItem
        | LocationDeprecatedWorkingHoursHoursFridayItemParam
    ]
    tuesday: Sequence[
        models.LocationDeprecatedWorkingHoursHoursFridayItem
        | LocationDeprecatedWorkingHoursHoursFridayItemParam
    ]
    wednesday: Sequence[
        models.LocationDeprecatedWorkingHoursHoursFridayItem
        | LocationDeprecatedWorkingHoursHoursFridayItemParam
    ]
    thursday: Sequence[
        models.LocationDeprecatedWorkingHoursHoursFridayItem
        | LocationDeprecatedWorkingHoursHoursFridayItemParam
    ]
    friday: Sequence[
        models.LocationDeprecatedWorkingHoursHoursFridayItem
        | LocationDeprecatedWorkingHoursHoursFridayItemParam
    ]
    saturday: Sequence[
        models.LocationDeprecatedWorkingHoursHoursFridayItem
        | LocationDeprecatedWorkingHoursHoursFridayItemParam
    ]
    sunday: Sequence[
        models.LocationDeprecatedWorkingHoursHoursFridayItem
        | LocationDeprecatedWorkingHoursHoursFridayItemParam
    ]


class LocationDeprecatedWorkingHoursHoursFridayItemParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.LocationDeprecatedWorkingHoursHoursFridayItem`, for a type-checked mapping."""

    start: time
    end: time


class LocationGeopositionParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.LocationGeoposition`, for a type-checked mapping."""

    latitude: float
    longitude: float


class LocationUpdateDeprecatedRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.LocationUpdateDeprecatedRequest`, for a type-checked mapping."""

    name: Mapping[str, str | None]
    status: models.LocationDeprecatedStatus | LocationDeprecatedStatusLiteral
    description: Mapping[str, str | None]
    detailed_description: Mapping[str, str | None]
    additional_description: Mapping[str, str | None]
    geoposition: models.LocationGeoposition | LocationGeopositionParam
    address: Mapping[str, str | None]
    post_code: str
    region: (
        models.UsState
        | UsStateLiteral
        | models.AustralianState
        | AustralianStateLiteral
        | str
    )
    city: str
    country: models.PartnerCountry | PartnerCountryLiteral
    external_id: str | None
    timezone: str | None
    working_hours: (
        models.LocationDeprecatedWorkingHours | LocationDeprecatedWorkingHoursParam
    )


class LocationUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.LocationUpdateRequest`, for a type-checked mapping."""

    externalId: str | None
    name: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    description: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    shortDescription: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    additionalDescription: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    geoposition: models.LocationGeoposition | LocationGeopositionParam
    address: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    streetAddress: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    city: str | None
    region: str | None
    state: models.PartnerState | PartnerStateLiteral
    country: models.PartnerCountry | PartnerCountryLiteral
    postCode: str | None
    timezone: str | None
    parkingType: models.LocationParkingType | LocationParkingTypeLiteral | None
    accessMethods: (
        Sequence[models.LocationAccessMethod | LocationAccessMethodLiteral] | None
    )
    facilities: Sequence[models.LocationFacility | LocationFacilityLiteral] | None
    workingHours: models.LocationWorkingHours | LocationWorkingHoursParam
    roamingOperatorId: int
    tags: Sequence[str]
    externalAppData: Mapping[str, Any] | None


class LocationWorkingHoursParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.LocationWorkingHours`, for a type-checked mapping."""

    isAlwaysOpen: bool
    stopSessionOutsideWorkingHours: bool | None
    alwaysOpenForUserGroupIds: Sequence[float] | None
    hours: (
        models.LocationDeprecatedWorkingHoursHours
        | LocationDeprecatedWorkingHoursHoursParam
        | None
    )


class LocationsListingDeprecatedFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.LocationsListingDeprecatedFilter`, for a type-checked mapping."""

    postCode: str
    partnerId: str | None
    country: str
    status: str
    externalId: str | None


class LocationsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.LocationsListingFilter`, for a type-checked mapping."""

    country: models.PartnerCountry | PartnerCountryLiteral
    state: models.LocationsListingFilterState | LocationsListingFilterStateLiteral
    region: str
    city: str
    partnerId: int
    externalId: str
    tag: str
    roaming: bool
    lastUpdatedAfter: datetime
    lastUpdatedBefore: datetime


class _NayaxParamRequired(TypedDict):
    name: str
    integrationId: int
    terminalType: (
        models.PaymentTerminalOption6TerminalType
        | PaymentTerminalOption6TerminalTypeLiteral
    )
    operatorId: int
    terminalId: str


class NayaxParam(_NayaxParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.Nayax`, for a type-checked mapping."""

    chargingZoneId: int
    chargePointId: int
    serialNumber: str
    externalId: str


class _NotificationKafkaParamRequired(TypedDict):
    topic: str
    brokers: Sequence[str]


class NotificationKafkaParam(_NotificationKafkaParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.NotificationKafka`, for a type-checked mapping."""

    compressionCodec: (
        models.NotificationKafkaCompressionCodec
        | NotificationKafkaCompressionCodecLiteral
    )
    securityProtocol: (
        models.NotificationKafkaSecurityProtocol
        | NotificationKafkaSecurityProtocolLiteral
    )
    saslMechanism: (
        models.NotificationKafkaSaslMechanism
        | NotificationKafkaSaslMechanismLiteral
        | None
    )
    saslUsername: str | None
    saslPassword: str | None


class NotificationWebhookParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.NotificationWebhook`, for a type-checked mapping."""

    callbackUrl: str


class _NotificationsCreateRequestParamRequired(TypedDict):
    via: models.NotificationVia | NotificationViaLiteral
    notifications: Sequence[
        models.NotificationNotification | NotificationNotificationLiteral
    ]


class NotificationsCreateRequestParam(
    _NotificationsCreateRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.NotificationsCreateRequest`, for a type-checked mapping."""

    webhook: models.NotificationWebhook | NotificationWebhookParam
    kafka: models.NotificationKafka | NotificationKafkaParam


class _NotificationsResendFailedRequestParamRequired(TypedDict):
    notifications: Sequence[
        models.NotificationNotification | NotificationNotificationLiteral
    ]


class NotificationsResendFailedRequestParam(
    _NotificationsResendFailedRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.NotificationsResendFailedRequest`, for a type-checked mapping."""

    startTime: datetime
    endTime: datetime


class NotificationsSubscribeDeprecatedRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.NotificationsSubscribeDeprecatedRequest`, for a type-checked mapping."""

    notifications: Sequence[
        models.NotificationNotification | NotificationNotificationLiteral
    ]
    callbackUrl: str


class _OcpiOrGireve221ParamRequired(TypedDict):
    platformId: int


class OcpiOrGireve221Param(_OcpiOrGireve221ParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.OcpiOrGireve221`, for a type-checked mapping."""

    businessName: str | None
    partnerId: int | None
    countryCode: str | None
    partyId: str


class ParkingSpaceUpdateOccupancyStatusRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.ParkingSpaceUpdateOccupancyStatusRequest`, for a type-checked mapping."""

    status: (
        models.ParkingSpaceOccupancyStatusChangedNotificationOccupancyStatus
        | ParkingSpaceOccupancyStatusChangedNotificationOccupancyStatusLiteral
    )


class PartnerContactDetailsParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PartnerContactDetails`, for a type-checked mapping."""

    administrative: (
        models.PartnerContactDetailsBilling | PartnerContactDetailsBillingParam | None
    )
    technical: (
        models.PartnerContactDetailsBilling | PartnerContactDetailsBillingParam | None
    )
    billing: (
        models.PartnerContactDetailsBilling | PartnerContactDetailsBillingParam | None
    )


class PartnerContactDetailsBillingParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PartnerContactDetailsBilling`, for a type-checked mapping."""

    contactPerson: str | None
    email: str | None
    phone: str | None


class PartnerContractAccessAndPermissionsParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PartnerContractAccessAndPermissions`, for a type-checked mapping."""

    sessionsRemoteControl: bool
    startReservation: bool
    stopReservation: bool
    resetChargePoint: bool
    firmwareUpdate: bool


class _PartnerContractCreateRequestParamRequired(TypedDict):
    title: str
    partnerId: int
    startDate: datetime


class PartnerContractCreateRequestParam(
    _PartnerContractCreateRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.PartnerContractCreateRequest`, for a type-checked mapping."""

    endDate: datetime | None
    autoRenewal: bool
    externalId: str | None
    accessAndPermissions: (
        models.PartnerContractAccessAndPermissions
        | PartnerContractAccessAndPermissionsParam
    )
    revenueSharing: (
        models.PartnerContractRevenueSharing | PartnerContractRevenueSharingParam
    )
    monthlyPlatformFees: (
        models.PartnerContractMonthlyPlatformFees
        | PartnerContractMonthlyPlatformFeesParam
    )


class PartnerContractMonthlyPlatformFeesParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PartnerContractMonthlyPlatformFees`, for a type-checked mapping."""

    perChargePoint: float
    perAcEvse: float
    perDcEvse: float


class PartnerContractRevenueSharingParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PartnerContractRevenueSharing`, for a type-checked mapping."""

    partnerSharePercentageAcEvse: float
    partnerSharePercentageDcEvse: float
    excludeConnectionFee: bool
    deductElectricityCost: bool
    reimburseForElectricityCost: bool
    fixedFeePerSessionAc: float | None
    fixedFeePerSessionDc: float | None
    feePerKwhAc: float | None
    feePerKwhDc: float | None
    handlingFee: float | None


class PartnerCorporateBillingParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PartnerCorporateBilling`, for a type-checked mapping."""

    enabled: bool
    monthlyLimit: Decimal | None
    discount: Decimal | None


class _PartnerCreateDeprecatedRequestParamRequired(TypedDict):
    name: str


class PartnerCreateDeprecatedRequestParam(
    _PartnerCreateDeprecatedRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.PartnerCreateDeprecatedRequest`, for a type-checked mapping."""

    regNo: str | None
    vatNo: str | None
    country: models.PartnerCountry | PartnerCountryLiteral | None
    city: str | None
    postcode: str | None
    address: str | None
    contactPerson: str | None
    email: str | None
    phone: str | None
    faultNotificationsEmail: str | None
    monthlyPlatformFee: Decimal | None
    options: models.PartnerOptions | PartnerOptionsParam
    corporateBilling: models.PartnerCorporateBilling | PartnerCorporateBillingParam
    externalId: str | None


class _PartnerCreateRequestParamRequired(TypedDict):
    name: str


class PartnerCreateRequestParam(_PartnerCreateRequestParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.PartnerCreateRequest`, for a type-checked mapping."""

    businessName: str
    regNo: str | None
    vatNo: str | None
    address: str | None
    postcode: str | None
    city: str | None
    country: models.PartnerCountry | PartnerCountryLiteral | None
    region: str | None
    state: models.PartnerState | PartnerStateLiteral
    contactDetails: models.PartnerContactDetails | PartnerContactDetailsParam | None
    notifications: models.PartnerNotifications | PartnerNotificationsParam
    monthlyPlatformFee: Decimal | None
    options: models.PartnerOptions | PartnerOptionsParam
    corporateBilling: models.PartnerCorporateBilling | PartnerCorporateBillingParam
    externalId: str | None
    bankDetails: models.UserBankDetails | UserBankDetailsParam


class _PartnerInviteCreateRequestParamRequired(TypedDict):
    partnerId: int


class PartnerInviteCreateRequestParam(
    _PartnerInviteCreateRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.PartnerInviteCreateRequest`, for a type-checked mapping."""

    sendViaEmail: bool
    email: str
    language: str
    options: models.PartnerInviteOptions | PartnerInviteOptionsParam


class PartnerInviteOptionsParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PartnerInviteOptions`, for a type-checked mapping."""

    allowCorporateAccountBilling: bool
    limitCorporateAccountBillingToPartnerChargePoints: bool
    allowAccessToPrivateChargePoints: bool


class PartnerInviteUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PartnerInviteUpdateRequest`, for a type-checked mapping."""

    partnerId: int
    options: models.PartnerInviteOptions | PartnerInviteOptionsParam


class PartnerInvitesListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PartnerInvitesListingFilter`, for a type-checked mapping."""

    partnerId: str
    status: models.PartnerInviteStatus | PartnerInviteStatusLiteral
    createdFrom: datetime
    createdTo: datetime
    userId: str
    inviteEmail: str
    lastUpdatedAfter: datetime
    lastUpdatedBefore: datetime
    acceptedAfter: datetime
    acceptedBefore: datetime


class PartnerNotificationsParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PartnerNotifications`, for a type-checked mapping."""

    technical: models.PartnerNotificationsTechnical | PartnerNotificationsTechnicalParam
    billing: models.PartnerNotificationsBilling | PartnerNotificationsBillingParam


class PartnerNotificationsBillingParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PartnerNotificationsBilling`, for a type-checked mapping."""

    settlementReports: bool


class PartnerNotificationsTechnicalParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PartnerNotificationsTechnical`, for a type-checked mapping."""

    chargePointFaults: bool


class PartnerOptionsParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PartnerOptions`, for a type-checked mapping."""

    createUsers: bool
    addUserBalance: bool
    supplierOnReceipts: bool
    allowToControlTariffs: bool
    allowToControlTariffGroups: bool


class PartnerSettlementReportPartnerSettlementRecordCreateRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.PartnerSettlementReportPartnerSettlementRecordCreateRequest`, for a type-checked mapping."""

    date: date
    paidAmount: float
    note: str


class PartnerSettlementReportsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PartnerSettlementReportsListingFilter`, for a type-checked mapping."""

    partnerId: int
    periodAfter: date
    periodBefore: date


class PartnerUpdateRequestOption1Param(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PartnerUpdateRequestOption1`, for a type-checked mapping."""

    businessName: str
    name: str
    regNo: str | None
    vatNo: str | None
    address: str | None
    postcode: str | None
    city: str | None
    country: models.PartnerCountry | PartnerCountryLiteral | None
    region: str | None
    state: models.PartnerState | PartnerStateLiteral
    contactDetails: models.PartnerContactDetails | PartnerContactDetailsParam | None
    notifications: models.PartnerNotifications | PartnerNotificationsParam
    monthlyPlatformFee: Decimal | None
    options: models.PartnerOptions | PartnerOptionsParam
    corporateBilling: models.PartnerCorporateBilling | PartnerCorporateBillingParam
    externalId: str | None
    bankDetails: models.UserBankDetails | UserBankDetailsParam


class PartnersListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PartnersListingFilter`, for a type-checked mapping."""

    country: models.PartnerCountry | PartnerCountryLiteral
    regNo: str
    externalId: str | None
    lastUpdatedAfter: datetime
    lastUpdatedBefore: datetime


class PatchDowntimePeriodNoticeRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PatchDowntimePeriodNoticeRequest`, for a type-checked mapping."""

    type: models.EvseDowntimePeriodType | EvseDowntimePeriodTypeLiteral
    notice: str
    description: str | None


class PaxParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.Pax`, for a type-checked mapping."""

    name: str
    integrationId: int
    terminalType: (
        models.PaymentTerminalOption6TerminalType
        | PaymentTerminalOption6TerminalTypeLiteral
    )
    operatorId: int
    chargingZoneId: int
    chargePointId: int
    verificationCode: str
    defaultLanguage: str
    presentCardOnStopSession: bool
    info: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    serialNumber: str
    externalId: str


class PaymentMethodCreateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PaymentMethodCreateRequest`, for a type-checked mapping."""

    tokenizedType: models.PaymentMethodTokenizedType | PaymentMethodTokenizedTypeLiteral
    bankTransferType: (
        models.PaymentMethodCreateRequestBankTransferType
        | PaymentMethodCreateRequestBankTransferTypeLiteral
    )
    transactionId: float | None


class PaymentMethodUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PaymentMethodUpdateRequest`, for a type-checked mapping."""

    default: bool


class PaymentTerminalOption12InfoItemParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PaymentTerminalOption12InfoItem`, for a type-checked mapping."""

    locale: str
    translation: str


class PayterOnCpParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PayterOnCp`, for a type-checked mapping."""

    name: str
    integrationId: int
    terminalType: (
        models.PaymentTerminalOption6TerminalType
        | PaymentTerminalOption6TerminalTypeLiteral
    )
    operatorId: int
    chargingZoneId: int
    chargePointId: int
    serialNumber: str
    defaultLanguage: str
    displayTextTimeout: int
    displayText: str
    externalId: str
    preauthorizeAmount: float


class _PayterOnLocationParamRequired(TypedDict):
    name: str
    integrationId: int
    terminalType: (
        models.PaymentTerminalOption6TerminalType
        | PaymentTerminalOption6TerminalTypeLiteral
    )
    serialNumber: str
    defaultLanguage: str
    operatorId: int
    transactionTimeout: int


class PayterOnLocationParam(_PayterOnLocationParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.PayterOnLocation`, for a type-checked mapping."""

    chargingZoneId: int
    chargePointId: int
    displayTextTimeout: int
    displayText: str
    externalId: str


class PcIdIdTagParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PcIdIdTag`, for a type-checked mapping."""

    id: int
    type: models.IdTagType | IdTagTypeLiteral
    name: str
    paymentMethod: str
    status: (
        models.RfidTagsListingDeprecatedFilterStatus
        | RfidTagsListingDeprecatedFilterStatusLiteral
    )
    expireAt: datetime


class PersonalSmartChargingPreferencesOption7Param(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.PersonalSmartChargingPreferencesOption7`, for a type-checked mapping."""

    enabled: bool


class _PostDowntimePeriodNoticeRequestParamRequired(TypedDict):
    type: models.EvseDowntimePeriodType | EvseDowntimePeriodTypeLiteral
    notice: str


class PostDowntimePeriodNoticeRequestParam(
    _PostDowntimePeriodNoticeRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.PostDowntimePeriodNoticeRequest`, for a type-checked mapping."""

    description: str | None


class PrintecCastlesParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.PrintecCastles`, for a type-checked mapping."""

    name: str
    integrationId: int
    terminalType: (
        models.PaymentTerminalOption6TerminalType
        | PaymentTerminalOption6TerminalTypeLiteral
    )
    operatorId: int
    chargingZoneId: int
    chargePointId: int
    networkStatus: (
        models.PaymentTerminalOption12NetworkStatus
        | PaymentTerminalOption12NetworkStatusLiteral
    )
    phone: str
    defaultLanguage: str
    presentCardOnStopSession: bool
    info: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    serialNumber: str
    externalId: str


class ReceiptsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ReceiptsListingFilter`, for a type-checked mapping."""

    userId: str
    taxId: str
    paymentStatus: models.ReceiptPaymentStatus | ReceiptPaymentStatusLiteral
    periodStart: datetime
    periodEnd: datetime


class ReorderRoamingCustomTariffFiltersRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.ReorderRoamingCustomTariffFiltersRequest`, for a type-checked mapping."""

    filters: Sequence[
        models.ReorderRoamingCustomTariffFiltersRequestFilter
        | ReorderRoamingCustomTariffFiltersRequestFilterParam
    ]


class ReorderRoamingCustomTariffFiltersRequestFilterParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.ReorderRoamingCustomTariffFiltersRequestFilter`, for a type-checked mapping."""

    id: int
    order: int


class ReservationCancelRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ReservationCancelRequest`, for a type-checked mapping."""

    force: bool
    reason: str | None


class ReservationsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.ReservationsListingFilter`, for a type-checked mapping."""

    evseId: str
    userId: str
    status: models.ReservationStatus | ReservationStatusLiteral
    reservedFrom: datetime
    reservedTo: datetime


class RevenuesListingDeprecatedFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.RevenuesListingDeprecatedFilter`, for a type-checked mapping."""

    partnerId: str
    dateFrom: datetime
    dateTo: datetime
    origin: models.RevenueOrigin | RevenueOriginLiteral
    currency: str


class RevenuesListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.RevenuesListingFilter`, for a type-checked mapping."""

    partnerId: str
    settlementReportId: str
    dateBefore: datetime
    dateAfter: datetime
    origin: models.RevenueOrigin | RevenueOriginLiteral
    currencyCode: str


class _RfidTagCreateDeprecatedRequestParamRequired(TypedDict):
    rfidTagUid: str
    status: models.RfidTagStatus | RfidTagStatusLiteral


class RfidTagCreateDeprecatedRequestParam(
    _RfidTagCreateDeprecatedRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.RfidTagCreateDeprecatedRequest`, for a type-checked mapping."""

    rfidLabel: str | None
    expireAt: date | None
    userId: int | None


class RfidTagsListingDeprecatedFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.RfidTagsListingDeprecatedFilter`, for a type-checked mapping."""

    rfidTagUid: str
    rfidLabel: str
    userId: str
    expireAt: datetime
    status: (
        models.RfidTagsListingDeprecatedFilterStatus
        | RfidTagsListingDeprecatedFilterStatusLiteral
    )
    type: models.IdTagType | IdTagTypeLiteral


class RoamingOperatorCpoSettingsParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.RoamingOperatorCpoSettings`, for a type-checked mapping."""

    cpoQrcodePrefix: str | None
    manualEvseManagement: bool | None
    applyCustomTariffsToEvsesWithRoamingTariff: bool | None
    sendsPeriodicMeterUpdates: bool | None
    externalTariffIntegration: str | None
    threatEvseStatusUnknownAs: (
        models.RoamingOperatorCpoSettingsThreatEvseStatusUnknownAs
        | RoamingOperatorCpoSettingsThreatEvseStatusUnknownAsLiteral
    )
    phaseAcPowerFormula: (
        models.RoamingOperatorCpoSettingsPhaseAcPowerFormula
        | RoamingOperatorCpoSettingsPhaseAcPowerFormulaLiteral
    )


class RoamingOperatorUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.RoamingOperatorUpdateRequest`, for a type-checked mapping."""

    businessName: str | None
    partnerId: int | None
    enabled: bool
    cpoSettings: (
        models.RoamingOperatorCpoSettings | RoamingOperatorCpoSettingsParam | None
    )


class RoamingProviderUpdateRequestOption1Param(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.RoamingProviderUpdateRequestOption1`, for a type-checked mapping."""

    businessName: str | None
    platformId: int
    partnerId: int | None
    hubjectId: str | None


class RoamingProviderUpdateRequestOption2Param(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.RoamingProviderUpdateRequestOption2`, for a type-checked mapping."""

    businessName: str | None
    platformId: int
    partnerId: int | None
    countryCode: str | None
    partyId: str


class RoamingProvidersListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.RoamingProvidersListingFilter`, for a type-checked mapping."""

    platformId: int
    countryCode: str
    partyId: str


class RoamingTariffUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.RoamingTariffUpdateRequest`, for a type-checked mapping."""

    tariffGroupId: int | None


class SecurityEventsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.SecurityEventsListingFilter`, for a type-checked mapping."""

    type: models.SecurityEventType | SecurityEventTypeLiteral
    chargePoint: str
    timestampFrom: str
    timestampTo: str


class SessionRetryPaymentRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.SessionRetryPaymentRequest`, for a type-checked mapping."""

    paymentMethodId: int | None


class SessionsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.SessionsListingFilter`, for a type-checked mapping."""

    evseId: str
    chargePointId: str
    evsePhysicalReference: str
    chargePointNetworkId: str
    reason: models.SessionsListingFilterReason | SessionsListingFilterReasonLiteral
    chargePointBootNotificationSerialNumber: str
    chargePointBootNotificationVendor: str
    startedAfter: datetime
    startedBefore: datetime
    userId: str
    status: models.SessionsListingFilterStatus | SessionsListingFilterStatusLiteral
    endedAfter: datetime
    endedBefore: datetime
    partnerId: str
    subOperatorId: str
    idTag: str
    paymentType: models.SessionPaymentType | SessionPaymentTypeLiteral
    paymentStatus: models.SessionPaymentStatus | SessionPaymentStatusLiteral
    taxId: str
    paymentStatusUpdatedBefore: datetime
    paymentStatusUpdatedAfter: datetime
    externalAppData: str
    receiptId: str
    authorizationSource: (
        models.SessionsListingFilterAuthorizationSource
        | SessionsListingFilterAuthorizationSourceLiteral
    )
    billingStatus: (
        models.SessionsListingFilterBillingStatus
        | SessionsListingFilterBillingStatusLiteral
    )
    terminalId: str
    lastUpdatedAfter: datetime
    lastUpdatedBefore: datetime
    roaming: models.SessionsListingFilterRoaming | SessionsListingFilterRoamingParam


class SessionsListingFilterRoamingParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.SessionsListingFilterRoaming`, for a type-checked mapping."""

    roamingOperatorCpoIds: Sequence[int]


class SubscriptionPlanAllowanceParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.SubscriptionPlanAllowance`, for a type-checked mapping."""

    resetCycle: (
        models.SubscriptionPlanAllowanceResetCycle
        | SubscriptionPlanAllowanceResetCycleLiteral
    )
    type: models.SubscriptionPlanAllowanceType | SubscriptionPlanAllowanceTypeLiteral
    homeChargersOnly: bool
    includedCountries: Sequence[models.PartnerCountry | PartnerCountryLiteral]
    excludedCountries: Sequence[models.PartnerCountry | PartnerCountryLiteral]
    excludeRoaming: bool
    includedPartnerChargePoints: Sequence[int]
    excludedPartnerChargePoints: Sequence[int]
    combined: int | None
    ac: int | None
    dc: int | None


class _SubscriptionPlanCreateRequestParamRequired(TypedDict):
    name: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    description: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    renewalCycle: (
        models.SubscriptionPlanRenewalCycle | SubscriptionPlanRenewalCycleLiteral
    )
    type: models.SubscriptionPlanType | SubscriptionPlanTypeLiteral
    status: (
        models.ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
    )


class SubscriptionPlanCreateRequestParam(
    _SubscriptionPlanCreateRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.SubscriptionPlanCreateRequest`, for a type-checked mapping."""

    freeRenewalPeriods: int | None
    baseFee: float | None
    baseFeeAppliesPerEachHomeCharger: bool | None
    postPaidChargingSessionsAccumulation: (
        models.SubscriptionPlanPostPaidChargingSessionsAccumulation
        | SubscriptionPlanPostPaidChargingSessionsAccumulationLiteral
    )
    billingUsageThreshold: int | None
    billingType: models.SubscriptionPlanBillingType | SubscriptionPlanBillingTypeLiteral
    allowance: models.SubscriptionPlanAllowance | SubscriptionPlanAllowanceParam
    visibilityRestrictions: (
        models.SubscriptionPlanVisibilityRestrictions
        | SubscriptionPlanVisibilityRestrictionsParam
    )


class _SubscriptionPlanReplaceRequestParamRequired(TypedDict):
    planId: int
    reason: str


class SubscriptionPlanReplaceRequestParam(
    _SubscriptionPlanReplaceRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.SubscriptionPlanReplaceRequest`, for a type-checked mapping."""

    replaceAt: datetime | None


class SubscriptionPlanUpdateRequestOption1Param(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.SubscriptionPlanUpdateRequestOption1`, for a type-checked mapping."""

    name: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    description: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    renewalCycle: (
        models.SubscriptionPlanRenewalCycle | SubscriptionPlanRenewalCycleLiteral
    )
    freeRenewalPeriods: int | None
    type: models.SubscriptionPlanType | SubscriptionPlanTypeLiteral
    baseFee: float | None
    feePerEachPersonalChargePoint: float | None
    postPaidChargingSessionsAccumulation: (
        models.SubscriptionPlanPostPaidChargingSessionsAccumulation
        | SubscriptionPlanPostPaidChargingSessionsAccumulationLiteral
    )
    billingUsageThreshold: int | None
    billingType: models.SubscriptionPlanBillingType | SubscriptionPlanBillingTypeLiteral
    status: (
        models.ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
    )
    allowance: models.SubscriptionPlanAllowance | SubscriptionPlanAllowanceParam
    visibilityRestrictions: (
        models.SubscriptionPlanVisibilityRestrictions
        | SubscriptionPlanVisibilityRestrictionsParam
    )


class SubscriptionPlanVisibilityRestrictionsParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.SubscriptionPlanVisibilityRestrictions`, for a type-checked mapping."""

    includedPartnerUsers: Sequence[int]
    excludedPartnerUsers: Sequence[int]
    includedUserGroups: Sequence[int]
    excludedUserGroups: Sequence[int]


class SubscriptionsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.SubscriptionsListingFilter`, for a type-checked mapping."""

    planId: str
    endDateFrom: datetime
    endDateTo: datetime
    status: models.SubscriptionStatus | SubscriptionStatusLiteral
    billedExternally: str


class _TariffCreateRequestParamRequired(TypedDict):
    name: str
    type: models.TariffType | TariffTypeLiteral


class TariffCreateRequestParam(_TariffCreateRequestParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.TariffCreateRequest`, for a type-checked mapping."""

    description: Mapping[str, str | None] | None
    additionalInformation: Mapping[str, str | None] | None
    learnMoreUrl: Mapping[str, str | None] | None
    dayTariffStart: time
    nightTariffStart: time
    pricing: models.TariffCreateRequestPricing | TariffCreateRequestPricingParam
    stopSession: models.TariffStopSession | TariffStopSessionParam
    restrictions: models.TariffRestrictions | TariffRestrictionsParam
    partner: models.TariffPartner | TariffPartnerParam
    display: (
        models.TariffSetDisplayInformationRequest
        | TariffSetDisplayInformationRequestParam
    )
    integrationId: int | None
    externalId: str | None


class TariffCreateRequestPricingParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.TariffCreateRequestPricing`, for a type-checked mapping."""

    pricePerSession: Decimal | None
    connectionFee: Decimal | None
    pricePerKwh: Decimal | None
    dayPricePerKwh: Decimal | None
    nightPricePerKwh: Decimal | None
    pricePeriodInMinutes: (
        models.TariffPricingPricePeriodInMinutes
        | TariffPricingPricePeriodInMinutesLiteral
        | None
    )
    pricePerPeriod: Decimal | None
    durationFeeLimit: Decimal | None
    dayPricePerPeriod: Decimal | None
    nightPricePerPeriod: Decimal | None
    dayIdleFeePerMinute: Decimal | None
    nightIdleFeePerMinute: Decimal | None
    idleFeePerMinute: Decimal | None
    idleFeeGracePeriodMinutes: Decimal | None
    idlePricingPeriodInMinutes: (
        models.TariffPricingPricePeriodInMinutes
        | TariffPricingPricePeriodInMinutesLiteral
        | None
    )
    idleFeePeriodStart: time | None
    idleFeePeriodEnd: time | None
    idleFeeLimit: Decimal | None
    connectionFeeMinimumSessionDuration: int | None
    connectionFeeMinimumSessionEnergy: Decimal | None
    durationFeeGracePeriod: int | None
    minPrice: Decimal | None
    preAuthorizeAmount: Decimal | None
    taxID: int | None
    chargePointElectricityRate: bool
    fallbackElectricityRateId: int | None
    markupPercentagePerKwh: float | None
    markupFixedFeePerKwh: float | None
    flexibleMarkUpAsFixedPerKwh: (
        models.TariffCreateRequestPricingFlexibleMarkUpAsFixedPerKwh
        | TariffCreateRequestPricingFlexibleMarkUpAsFixedPerKwhParam
        | None
    )
    multiPricePerKwh: Sequence[
        models.TariffPricingMultiPricePerKwhItem
        | TariffPricingMultiPricePerKwhItemParam
    ]
    multiPricePerDuration: Sequence[
        models.TariffPricingMultiIdleFeeItem | TariffPricingMultiIdleFeeItemParam
    ]
    multiIdleFee: Sequence[
        models.TariffPricingMultiIdleFeeItem | TariffPricingMultiIdleFeeItemParam
    ]
    regularUsePeriod: float | None
    averagePowerLevels: Sequence[
        models.TariffPricingAveragePowerLevel | TariffPricingAveragePowerLevelParam
    ]
    peakPowerLevels: Sequence[
        models.TariffPricingPeakPowerLevel | TariffPricingPeakPowerLevelParam
    ]
    timePeriods: Sequence[models.TariffPricingTimePeriod | TariffPricingTimePeriodParam]
    pricePeriods: models.TariffPricingPricePeriods | TariffPricingPricePeriodsParam
    daysWhenApplied: Sequence[
        models.TariffPricingDaysWhenAppliedItem | TariffPricingDaysWhenAppliedItemParam
    ]
    thresholdPriceForEnergy: Decimal | None
    priceForEnergyWhenOptimized: Decimal | None
    optimisedLabel: str | None
    durationFeeFrom: time | None
    durationFeeTo: time | None
    subsidyIntegrationId: int | None
    lockPriceOnSessionStart: bool
    lockEnergyPriceOnSessionStart: bool
    lockDurationPriceOnSessionStart: bool
    lockIdlePriceOnSessionStart: bool
    stateOfChargeIdleThreshold: (
        models.TariffPricingStateOfChargeIdleThreshold
        | TariffPricingStateOfChargeIdleThresholdLiteral
        | None
    )
    averagePowerIdleThreshold: Decimal | None


class TariffCreateRequestPricingFlexibleMarkUpAsFixedPerKwhParam(
    TypedDict, total=False
):
    """The wire (camelCase) keys of :class:`~.models.TariffCreateRequestPricingFlexibleMarkUpAsFixedPerKwh`, for a type-checked mapping."""

    defaultPrice: float
    intervalPricing: Sequence[
        models.ElectricityRatePricePeriodOption1Period
        | ElectricityRatePricePeriodOption1PeriodParam
    ]


class _TariffGroupCreateRequestParamRequired(TypedDict):
    name: str


class TariffGroupCreateRequestParam(
    _TariffGroupCreateRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.TariffGroupCreateRequest`, for a type-checked mapping."""

    tariffIds: Sequence[int]
    partnerId: int | None


class TariffGroupsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.TariffGroupsListingFilter`, for a type-checked mapping."""

    partnerId: float
    lastUpdatedAfter: datetime
    lastUpdatedBefore: datetime


class TariffPartnerParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.TariffPartner`, for a type-checked mapping."""

    id: int | None


class TariffPricingAveragePowerLevelParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.TariffPricingAveragePowerLevel`, for a type-checked mapping."""

    averagePowerUpToKw: float
    pricePerMinute: float


class TariffPricingDaysWhenAppliedItemParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.TariffPricingDaysWhenAppliedItem`, for a type-checked mapping."""

    name: str
    specialDates: Sequence[date]
    idleFeeGracePeriodMinutes: Decimal | None
    idlePricingPeriodInMinutes: (
        models.TariffPricingPricePeriodInMinutes
        | TariffPricingPricePeriodInMinutesLiteral
        | None
    )
    connectionFeeMinimumSessionDuration: int | None
    connectionFeeMinimumSessionEnergy: Decimal | None
    durationFeeGracePeriod: int | None
    pricePeriodInMinutes: (
        models.TariffPricingPricePeriodInMinutes
        | TariffPricingPricePeriodInMinutesLiteral
        | None
    )
    pricePeriods: models.TariffPricingPricePeriods | TariffPricingPricePeriodsParam


class _TariffPricingMultiIdleFeeItemParamRequired(TypedDict):
    firstUnit: int


class TariffPricingMultiIdleFeeItemParam(
    _TariffPricingMultiIdleFeeItemParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.TariffPricingMultiIdleFeeItem`, for a type-checked mapping."""

    lastUnit: int | None
    feePerUnit: float | None
    flatFee: float | None


class _TariffPricingMultiPricePerKwhItemParamRequired(TypedDict):
    firstKwh: float


class TariffPricingMultiPricePerKwhItemParam(
    _TariffPricingMultiPricePerKwhItemParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.TariffPricingMultiPricePerKwhItem`, for a type-checked mapping."""

    lastKwh: float | None
    feePerKwh: float | None
    flatFee: float | None


class TariffPricingPeakPowerLevelParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.TariffPricingPeakPowerLevel`, for a type-checked mapping."""

    peakPowerUpToKw: float
    regularPricePerMinute: float
    excessUsePricePerMin: float


class TariffPricingPricePeriodsParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.TariffPricingPricePeriods`, for a type-checked mapping."""

    connectionFeePeriods: (
        models.TariffPricingPricePeriodsIdleFeePeriods
        | TariffPricingPricePeriodsIdleFeePeriodsParam
    )
    energyFeePeriods: (
        models.TariffPricingPricePeriodsIdleFeePeriods
        | TariffPricingPricePeriodsIdleFeePeriodsParam
    )
    durationFeePeriods: (
        models.TariffPricingPricePeriodsIdleFeePeriods
        | TariffPricingPricePeriodsIdleFeePeriodsParam
    )
    idleFeePeriods: (
        models.TariffPricingPricePeriodsIdleFeePeriods
        | TariffPricingPricePeriodsIdleFeePeriodsParam
    )


class TariffPricingPricePeriodsIdleFeePeriodsParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.TariffPricingPricePeriodsIdleFeePeriods`, for a type-checked mapping."""

    fee: Sequence[float]


class TariffPricingTimePeriodParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.TariffPricingTimePeriod`, for a type-checked mapping."""

    startTime: str
    endTime: str


class TariffRestrictionsParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.TariffRestrictions`, for a type-checked mapping."""

    applyToUsersOfChargePointOwner: bool
    applyToUsersOfChargePointPartner: bool
    applyToUsersOfAllRoamingEmsps: bool
    applyToAdHocUsers: bool
    adHocPreAuthorizeAmount: float | None
    adHocStopWhenPreAuthorizedAmountFallsBelow: float
    applyToUsersOfPartners: Sequence[float]
    applyToUsersWithGroups: Sequence[str]
    applyToUserGroupIds: Sequence[float]
    applyToUsersWithSubscriptions: Sequence[float]
    startDate: date | None
    endDate: date | None


class TariffSetDisplayInformationRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.TariffSetDisplayInformationRequest`, for a type-checked mapping."""

    defaultPriceInformation: str | None
    defaultPriceInformationOffline: str | None
    priceInformation: str | None
    totalCostInformation: str | None


class TariffStopSessionParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.TariffStopSession`, for a type-checked mapping."""

    timeLimitMinutes: float | None
    stopWhenEnergyExceedsKwh: float | None


class TariffsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.TariffsListingFilter`, for a type-checked mapping."""

    tariffGroupId: str
    userId: str
    type: str
    partnerId: str


class _TaxCreateRequestParamRequired(TypedDict):
    name: str
    percentage: Decimal


class TaxCreateRequestParam(_TaxCreateRequestParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.TaxCreateRequest`, for a type-checked mapping."""

    displayName: (
        Sequence[
            models.PaymentTerminalOption12InfoItem
            | PaymentTerminalOption12InfoItemParam
        ]
        | None
    )
    taxIdentificationNumberId: int | None


class TaxUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.TaxUpdateRequest`, for a type-checked mapping."""

    name: str
    displayName: (
        Sequence[
            models.PaymentTerminalOption12InfoItem
            | PaymentTerminalOption12InfoItemParam
        ]
        | None
    )
    percentage: Decimal
    taxIdentificationNumberId: int | None


class TermsAndPoliciesListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.TermsAndPoliciesListingFilter`, for a type-checked mapping."""

    documentId: int
    validFrom: datetime


class _TopUpPackagCreateRequestParamRequired(TypedDict):
    price: Decimal
    bonus: Decimal


class TopUpPackagCreateRequestParam(
    _TopUpPackagCreateRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.TopUpPackagCreateRequest`, for a type-checked mapping."""

    enabled: bool | None


class TopUpPackageUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.TopUpPackageUpdateRequest`, for a type-checked mapping."""

    price: Decimal
    bonus: Decimal
    enabled: bool | None


class TopUpPackagesListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.TopUpPackagesListingFilter`, for a type-checked mapping."""

    enabled: str


class TransactionIssueInvoiceRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.TransactionIssueInvoiceRequest`, for a type-checked mapping."""

    email: str
    invoiceDetails: (
        models.TransactionIssueInvoiceRequestInvoiceDetails
        | TransactionIssueInvoiceRequestInvoiceDetailsParam
    )


class _TransactionIssueInvoiceRequestInvoiceDetailsParamRequired(TypedDict):
    invoiceType: (
        models.AmpecoInvoiceManagerInvoiceType | AmpecoInvoiceManagerInvoiceTypeLiteral
    )


class TransactionIssueInvoiceRequestInvoiceDetailsParam(
    _TransactionIssueInvoiceRequestInvoiceDetailsParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.TransactionIssueInvoiceRequestInvoiceDetails`, for a type-checked mapping."""

    individualName: str
    individualPersonalId: str
    individualTaxId: str
    companyName: str
    companyRegNo: str
    companyTaxId: str
    companyTaxAdministrationOfficeName: str
    country: models.PartnerCountry | PartnerCountryLiteral
    city: str
    postCode: str
    address: str


class TransactionUpdatePaymentReferenceRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.TransactionUpdatePaymentReferenceRequest`, for a type-checked mapping."""

    ref: str


class _TransactionUpdateRequestParamRequired(TypedDict):
    status: models.TransactionStatus | TransactionStatusLiteral
    totalAmount: float


class TransactionUpdateRequestParam(
    _TransactionUpdateRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.TransactionUpdateRequest`, for a type-checked mapping."""

    paymentMethod: (
        models.TransactionUpdateRequestPaymentMethod
        | TransactionUpdateRequestPaymentMethodParam
    )
    ref: str
    failureReason: str


class TransactionUpdateRequestPaymentMethodParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.TransactionUpdateRequestPaymentMethod`, for a type-checked mapping."""

    methodType: models.PaymentMethodTokenizedType | PaymentMethodTokenizedTypeLiteral
    cardNetwork: models.TransactionCardDetailsType | TransactionCardDetailsTypeLiteral
    bankTransferType: (
        models.TransactionUpdateRequestPaymentMethodBankTransferType
        | TransactionUpdateRequestPaymentMethodBankTransferTypeLiteral
    )
    type: models.TransactionCardDetailsType | TransactionCardDetailsTypeLiteral
    last4: str
    expMonth: str
    expYear: str


class _TransactionsCreateRequestParamRequired(TypedDict):
    totalAmount: float
    status: models.TransactionStatus | TransactionStatusLiteral


class TransactionsCreateRequestParam(
    _TransactionsCreateRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.TransactionsCreateRequest`, for a type-checked mapping."""

    sessionId: int
    paymentMethod: (
        models.TransactionsCreateRequestPaymentMethod
        | TransactionsCreateRequestPaymentMethodParam
    )
    ref: str
    failureReason: str


class TransactionsCreateRequestPaymentMethodParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.TransactionsCreateRequestPaymentMethod`, for a type-checked mapping."""

    methodType: (
        models.TransactionsCreateRequestPaymentMethodMethodType
        | TransactionsCreateRequestPaymentMethodMethodTypeLiteral
    )
    cardNetwork: models.TransactionCardDetailsType | TransactionCardDetailsTypeLiteral
    bankTransferType: (
        models.TransactionUpdateRequestPaymentMethodBankTransferType
        | TransactionUpdateRequestPaymentMethodBankTransferTypeLiteral
    )
    walletType: models.PaymentMethodWalletType | PaymentMethodWalletTypeLiteral
    type: models.TransactionCardDetailsType | TransactionCardDetailsTypeLiteral
    last4: str
    expMonth: str
    expYear: str


class TransactionsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.TransactionsListingFilter`, for a type-checked mapping."""

    createdAfter: datetime
    createdBefore: datetime
    lastUpdatedAfter: datetime
    lastUpdatedBefore: datetime
    paymentMethod: (
        models.TransactionsListingFilterPaymentMethod
        | TransactionsListingFilterPaymentMethodLiteral
    )
    userId: str
    invoiceNumber: str
    status: (
        models.TransactionsListingFilterStatus | TransactionsListingFilterStatusLiteral
    )
    sessionId: str
    ref: str
    billingType: models.TransactionBillingType | TransactionBillingTypeLiteral
    terminalId: str
    finalizedBefore: datetime
    finalizedAfter: datetime
    voucherId: str
    purchaseType: Sequence[
        models.TransactionsListingFilterPurchaseTypeItem
        | TransactionsListingFilterPurchaseTypeItemLiteral
    ]


class _UpdateBookingRequestInputParamRequired(TypedDict):
    type: models.BookingRequestOption2Type | BookingRequestOption2TypeLiteral
    bookingId: int


class UpdateBookingRequestInputParam(
    _UpdateBookingRequestInputParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.UpdateBookingRequestInput`, for a type-checked mapping."""

    userId: int
    externalId: str
    startAt: datetime
    endAt: datetime
    authorizedTokenIds: Sequence[int]


class UpdateCurrencyRateRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.UpdateCurrencyRateRequest`, for a type-checked mapping."""

    rate: float


class _UpdateCustomTariffFilterTariffRequestParamRequired(TypedDict):
    id: str
    currency: str
    elements: Sequence[
        models.UpdateCustomTariffFilterTariffRequestElement
        | UpdateCustomTariffFilterTariffRequestElementParam
    ]
    last_updated: datetime


class UpdateCustomTariffFilterTariffRequestParam(
    _UpdateCustomTariffFilterTariffRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.UpdateCustomTariffFilterTariffRequest`, for a type-checked mapping."""

    country_code: str
    party_id: str
    type: (
        models.UpdateCustomTariffFilterTariffRequestType
        | UpdateCustomTariffFilterTariffRequestTypeLiteral
    )
    tariff_alt_text: Sequence[
        models.UpdateCustomTariffFilterTariffRequestTariffAltTextItem
        | UpdateCustomTariffFilterTariffRequestTariffAltTextItemParam
    ]
    tariff_alt_url: str
    min_price: (
        models.UpdateCustomTariffFilterTariffRequestMaxPrice
        | UpdateCustomTariffFilterTariffRequestMaxPriceParam
    )
    max_price: (
        models.UpdateCustomTariffFilterTariffRequestMaxPrice
        | UpdateCustomTariffFilterTariffRequestMaxPriceParam
    )
    start_date_time: datetime
    end_date_time: datetime
    energy_mix: (
        models.UpdateCustomTariffFilterTariffRequestEnergyMix
        | UpdateCustomTariffFilterTariffRequestEnergyMixParam
    )


class _UpdateCustomTariffFilterTariffRequestElementParamRequired(TypedDict):
    price_components: Sequence[
        models.UpdateCustomTariffFilterTariffRequestElementPriceComponent
        | UpdateCustomTariffFilterTariffRequestElementPriceComponentParam
    ]


class UpdateCustomTariffFilterTariffRequestElementParam(
    _UpdateCustomTariffFilterTariffRequestElementParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.UpdateCustomTariffFilterTariffRequestElement`, for a type-checked mapping."""

    restrictions: (
        models.UpdateCustomTariffFilterTariffRequestElementRestrictions
        | UpdateCustomTariffFilterTariffRequestElementRestrictionsParam
    )


class _UpdateCustomTariffFilterTariffRequestElementPriceComponentParamRequired(
    TypedDict
):
    type: (
        models.UpdateCustomTariffFilterTariffRequestElementPriceComponentType
        | UpdateCustomTariffFilterTariffRequestElementPriceComponentTypeLiteral
    )
    price: float
    step_size: int


class UpdateCustomTariffFilterTariffRequestElementPriceComponentParam(
    _UpdateCustomTariffFilterTariffRequestElementPriceComponentParamRequired,
    total=False,
):
    """The wire (camelCase) keys of :class:`~.models.UpdateCustomTariffFilterTariffRequestElementPriceComponent`, for a type-checked mapping."""

    vat: float


class UpdateCustomTariffFilterTariffRequestElementRestrictionsParam(
    TypedDict, total=False
):
    """The wire (camelCase) keys of :class:`~.models.UpdateCustomTariffFilterTariffRequestElementRestrictions`, for a type-checked mapping."""

    start_time: str
    end_time: str
    start_date: date
    end_date: date
    min_kwh: float
    max_kwh: float
    min_current: float
    max_current: float
    min_power: float
    max_power: float
    min_duration: int
    max_duration: int
    day_of_week: Sequence[
        models.UpdateCustomFilterTariffRequestElementRestrictionsDayOfWeekItem
        | UpdateCustomFilterTariffRequestElementRestrictionsDayOfWeekItemLiteral
    ]
    reservation: (
        models.UpdateCustomFilterTariffRequestElementRestrictionsReservation
        | UpdateCustomFilterTariffRequestElementRestrictionsReservationLiteral
    )


class UpdateCustomTariffFilterTariffRequestEnergyMixParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.UpdateCustomTariffFilterTariffRequestEnergyMix`, for a type-checked mapping."""

    is_green_energy: bool
    energy_sources: Sequence[
        models.UpdateCustomTariffFilterTariffRequestEnergyMixEnergySource
        | UpdateCustomTariffFilterTariffRequestEnergyMixEnergySourceParam
    ]
    environ_impact: Sequence[
        models.UpdateCustomTariffFilterTariffRequestEnergyMixEnvironImpactItem
        | UpdateCustomTariffFilterTariffRequestEnergyMixEnvironImpactItemParam
    ]
    supplier_name: str
    energy_product_name: str


class UpdateCustomTariffFilterTariffRequestEnergyMixEnergySourceParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.UpdateCustomTariffFilterTariffRequestEnergyMixEnergySource`, for a type-checked mapping."""

    source: (
        models.UpdateCustomTariffFilterTariffRequestEnergyMixEnergySourceSource
        | UpdateCustomTariffFilterTariffRequestEnergyMixEnergySourceSourceLiteral
    )
    percentage: float


class UpdateCustomTariffFilterTariffRequestEnergyMixEnvironImpactItemParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.UpdateCustomTariffFilterTariffRequestEnergyMixEnvironImpactItem`, for a type-checked mapping."""

    category: (
        models.UpdateCustomTariffRequestEnergyMixEnvironImpactItemCategory
        | UpdateCustomTariffRequestEnergyMixEnvironImpactItemCategoryLiteral
    )
    amount: float


class UpdateCustomTariffFilterTariffRequestMaxPriceParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.UpdateCustomTariffFilterTariffRequestMaxPrice`, for a type-checked mapping."""

    excl_vat: float
    incl_vat: float


class UpdateCustomTariffFilterTariffRequestTariffAltTextItemParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.UpdateCustomTariffFilterTariffRequestTariffAltTextItem`, for a type-checked mapping."""

    language: str
    text: str


class UpdateFlexibilityAssetRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.UpdateFlexibilityAssetRequest`, for a type-checked mapping."""

    description: str | None
    integrationId: float
    integrationParameters: Mapping[str, Any]


class UpdateInstallerJobRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.UpdateInstallerJobRequest`, for a type-checked mapping."""

    installerAdminId: int
    pin: str
    description: str


class UpdatePaymentTerminalRequestOption10Param(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.UpdatePaymentTerminalRequestOption10`, for a type-checked mapping."""

    name: str
    integrationId: int
    terminalType: (
        models.PaymentTerminalOption6TerminalType
        | PaymentTerminalOption6TerminalTypeLiteral
    )
    operatorId: int
    chargingZoneId: int
    chargePointId: int
    networkStatus: (
        models.PaymentTerminalOption12NetworkStatus
        | PaymentTerminalOption12NetworkStatusLiteral
    )
    phone: str
    defaultLanguage: str
    presentCardOnStopSession: bool
    info: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]
    serialNumber: str
    externalId: str
    merchantAccount: str
    adyenApiKey: str


class UpdatePaymentTerminalRequestOption1Option2Param(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.UpdatePaymentTerminalRequestOption1Option2`, for a type-checked mapping."""

    name: str
    integrationId: int
    terminalType: (
        models.PaymentTerminalOption6TerminalType
        | PaymentTerminalOption6TerminalTypeLiteral
    )
    operatorId: int
    chargingZoneId: int
    chargePointId: int
    serialNumber: str
    defaultLanguage: str
    displayTextTimeout: int
    displayText: str
    externalId: str
    transactionTimeout: int


class UpdatePaymentTerminalRequestOption4Param(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.UpdatePaymentTerminalRequestOption4`, for a type-checked mapping."""

    name: str
    integrationId: int
    terminalType: (
        models.PaymentTerminalOption6TerminalType
        | PaymentTerminalOption6TerminalTypeLiteral
    )
    operatorId: int
    chargingZoneId: int
    chargePointId: int
    webhookUrl: str
    serialNumber: str
    externalId: str


class UpdatePaymentTerminalRequestOption5Param(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.UpdatePaymentTerminalRequestOption5`, for a type-checked mapping."""

    name: str
    integrationId: int
    terminalType: (
        models.PaymentTerminalOption6TerminalType
        | PaymentTerminalOption6TerminalTypeLiteral
    )
    operatorId: int
    chargingZoneId: int
    chargePointId: int
    terminalId: str
    serialNumber: str
    externalId: str


class UpdatePaymentTerminalRequestOption9Param(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.UpdatePaymentTerminalRequestOption9`, for a type-checked mapping."""

    name: str
    integrationId: int
    terminalType: (
        models.PaymentTerminalOption6TerminalType
        | PaymentTerminalOption6TerminalTypeLiteral
    )
    operatorId: int


class UpdatePcIdRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.UpdatePcIdRequest`, for a type-checked mapping."""

    pcId: str
    name: str
    vehicleType: models.PcIdVehicleType | PcIdVehicleTypeLiteral
    userId: int
    idTags: Sequence[models.PcIdIdTag | PcIdIdTagParam]


class UpdateRoamingCustomTariffFilterRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.UpdateRoamingCustomTariffFilterRequest`, for a type-checked mapping."""

    name: str
    status: (
        models.ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
    )
    countryCode: str | None
    applicableCurrentTypes: Sequence[
        models.RoamingCustomTariffFilterApplicableCurrentType
        | RoamingCustomTariffFilterApplicableCurrentTypeLiteral
    ]
    powerBelowKw: float | None
    evseIdPrefix: str | None
    order: int


class _UserActivateSubscriptionRequestParamRequired(TypedDict):
    planId: int


class UserActivateSubscriptionRequestParam(
    _UserActivateSubscriptionRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.UserActivateSubscriptionRequest`, for a type-checked mapping."""

    endDate: date | None
    autoRenewal: bool
    reason: str | None


class _UserAddBalanceRequestParamRequired(TypedDict):
    amount: float
    reason: str


class UserAddBalanceRequestParam(_UserAddBalanceRequestParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.UserAddBalanceRequest`, for a type-checked mapping."""

    app_info: str


class _UserApplyCustomFeeRequestParamRequired(TypedDict):
    amount: Decimal
    description: str


class UserApplyCustomFeeRequestParam(
    _UserApplyCustomFeeRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.UserApplyCustomFeeRequest`, for a type-checked mapping."""

    paymentMethodId: str | None


class UserBankDetailsParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.UserBankDetails`, for a type-checked mapping."""

    bankIban: str | None
    bankName: str | None
    bankAddress: str | None
    bankCode: str | None
    bankAccountNumber: str | None
    bankAccountType: str | None


class UserCancelSubscriptionRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.UserCancelSubscriptionRequest`, for a type-checked mapping."""

    reason: str


class UserChangeStatusRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.UserChangeStatusRequest`, for a type-checked mapping."""

    status: (
        models.ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
    )
    reason: str


class _UserCreateRequestParamRequired(TypedDict):
    email: str
    password: str


class UserCreateRequestParam(_UserCreateRequestParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.UserCreateRequest`, for a type-checked mapping."""

    emailVerified: str | None
    requirePasswordReset: bool
    first_name: str
    middle_name: str
    last_name: str
    phone: str
    country: models.PartnerCountry | PartnerCountryLiteral
    state: models.UserCreateRequestState | UserCreateRequestStateLiteral | None
    city: str
    post_code: str
    address: str
    vehicle_no: str
    personal_id: str
    locale: str | None
    userGroupIds: Sequence[int]
    externalId: str | None
    options: models.UserOptions | UserOptionsParam
    receiveNewsAndPromotions: bool
    bankDetails: models.UserBankDetails | UserBankDetailsParam
    externalAppData: Mapping[str, Any] | None
    nonce: str


class _UserGroupCreateRequestParamRequired(TypedDict):
    name: str


class UserGroupCreateRequestParam(_UserGroupCreateRequestParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.UserGroupCreateRequest`, for a type-checked mapping."""

    partnerId: int | None
    description: str | None
    externalId: str | None


class UserGroupsListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.UserGroupsListingFilter`, for a type-checked mapping."""

    noPartner: str
    partnerId: str
    lastUpdatedAfter: datetime
    lastUpdatedBefore: datetime


class UserOptionsParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.UserOptions`, for a type-checked mapping."""

    sessionsAllowed: (
        models.UserOptionsSessionsAllowed | UserOptionsSessionsAllowedLiteral
    )


class UserRedeemVoucherRequestParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.UserRedeemVoucherRequest`, for a type-checked mapping."""

    code: str


class UserUpdateRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.UserUpdateRequest`, for a type-checked mapping."""

    email: str
    emailVerified: str | None
    password: str
    requirePasswordReset: bool
    first_name: str
    middle_name: str
    last_name: str
    phone: str
    country: models.PartnerCountry | PartnerCountryLiteral
    state: models.UserCreateRequestState | UserCreateRequestStateLiteral | None
    city: str
    post_code: str
    address: str
    vehicle_no: str
    userGroupIds: Sequence[int]
    externalId: str | None
    options: models.UserOptions | UserOptionsParam
    receiveNewsAndPromotions: bool
    bankDetails: models.UserBankDetails | UserBankDetailsParam
    externalAppData: Mapping[str, Any] | None


class UsersListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.UsersListingFilter`, for a type-checked mapping."""

    userGroupId: str
    partnerId: str
    externalId: str
    email: str
    externalAppData: str
    lastUpdatedAfter: datetime
    lastUpdatedBefore: datetime


class _VendorErrorCodeCreateRequestParamRequired(TypedDict):
    vendorId: str
    errorCode: str


class VendorErrorCodeCreateRequestParam(
    _VendorErrorCodeCreateRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.VendorErrorCodeCreateRequest`, for a type-checked mapping."""

    errorCodeDescription: str | None
    errorCodeCustomerAction: str | None


class _VoucherCreateDeprecatedRequestParamRequired(TypedDict):
    amount: float


class VoucherCreateDeprecatedRequestParam(
    _VoucherCreateDeprecatedRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.VoucherCreateDeprecatedRequest`, for a type-checked mapping."""

    expireDate: date | None
    description: str


class _VoucherCreateRequestParamRequired(TypedDict):
    amount: float


class VoucherCreateRequestParam(_VoucherCreateRequestParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.VoucherCreateRequest`, for a type-checked mapping."""

    expireDate: date | None
    validityPeriod: models.VoucherValidityPeriod | VoucherValidityPeriodLiteral | None
    assignBeforeDate: date | None
    description: str
    prefix: str
    title: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]


class _VoucherUpdateDeprecatedRequestParamRequired(TypedDict):
    amount: float


class VoucherUpdateDeprecatedRequestParam(
    _VoucherUpdateDeprecatedRequestParamRequired, total=False
):
    """The wire (camelCase) keys of :class:`~.models.VoucherUpdateDeprecatedRequest`, for a type-checked mapping."""

    status: (
        models.ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
    )
    expireDate: date | None


class _VoucherUpdateRequestParamRequired(TypedDict):
    amount: float


class VoucherUpdateRequestParam(_VoucherUpdateRequestParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.VoucherUpdateRequest`, for a type-checked mapping."""

    status: (
        models.ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
    )
    expireDate: date | None
    validityPeriod: models.VoucherValidityPeriod | VoucherValidityPeriodLiteral | None
    assignBeforeDate: date
    prefix: str
    title: Sequence[
        models.PaymentTerminalOption12InfoItem | PaymentTerminalOption12InfoItemParam
    ]


class VouchersListingDeprecatedFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.VouchersListingDeprecatedFilter`, for a type-checked mapping."""

    type: models.VoucherType | VoucherTypeLiteral
    status: (
        models.ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
    )
    createdAt: date
    redeemedAfter: datetime
    redeemedBefore: datetime
    userId: int


class VouchersListingFilterParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.VouchersListingFilter`, for a type-checked mapping."""

    type: models.VoucherType | VoucherTypeLiteral
    status: (
        models.ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
    )
    createdAt: date
    redeemedAfter: datetime
    redeemedBefore: datetime
    userId: int
    expireDateAfter: date
    expireDateBefore: date
    code: str


class WebPortalParam(TypedDict):
    """The wire (camelCase) keys of :class:`~.models.WebPortal`, for a type-checked mapping."""

    name: str
    integrationId: int
    terminalType: (
        models.PaymentTerminalOption6TerminalType
        | PaymentTerminalOption6TerminalTypeLiteral
    )
    operatorId: int
