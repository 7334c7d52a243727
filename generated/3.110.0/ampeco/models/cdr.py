"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .cdr_delivery_response import CdrDeliveryResponse

if TYPE_CHECKING:
    from ..params import (
        CdrDeliveryResponseLiteral,
        CdrOcpiDataVersionLiteral,
        CdrOicpDataSignedMeteringValueMeteringStatusLiteral,
        CdrOicpDataVersionLiteral,
        CdrProtocolTypeLiteral,
    )


class CdrOcpiDataVersion(OpenEnum):
    V2_1_1 = "2.1.1"
    V2_2 = "2.2"


class CdrOicpDataSignedMeteringValueMeteringStatus(OpenEnum):
    START = "Start"
    PROGRESS = "Progress"
    END = "End"


class CdrOicpDataVersion(OpenEnum):
    V2_2 = "2.2"
    V2_3 = "2.3"


class CdrProtocolType(OpenEnum):
    OCPI = "OCPI"
    HUBJECT = "Hubject"


class CdrOcpiData(SDKModel):
    """When the CDR is based on the OCPI protocols. The field descriptions follow the specifications in the different protocols (OCPI 2.1.1, OCPI 2.2). As the data is served in the API without any, based on the protocol validation, the response can contain differences compared to the protocol description."""

    version: CdrOcpiDataVersion
    signed_data: dict[str, Any] | None = Field(
        default=None, validation_alias="signedData", serialization_alias="signedData"
    )
    """Signed data that belongs to this charging Session. Omitted if protocol differs from OCPI 2.2 or object is empty."""
    cdr_token: dict[str, Any] | None = Field(
        default=None, validation_alias="cdrToken", serialization_alias="cdrToken"
    )
    """Token used to start this charging session, includes all the relevant information to identify the unique token. Omitted if protocol differs from OCPI 2.2."""
    auth_method: str | None = Field(
        default=None, validation_alias="authMethod", serialization_alias="authMethod"
    )
    """Method used for authentication."""
    authorization_reference: str | None = Field(
        default=None,
        validation_alias="authorizationReference",
        serialization_alias="authorizationReference",
    )
    """Reference to the authorization given by the eMSP. Omitted if protocol differs from OCPI 2.2 or OCPI 2.1.1 Gireve"""
    cdr_location: dict[str, Any] | None = Field(
        default=None, validation_alias="cdrLocation", serialization_alias="cdrLocation"
    )
    """Location where the charging session took place, including only the relevant EVSE and Connector. The properties in the object differ according to the version and source of protocol OCPI 2.1.1, OCPI 2.2"""
    charging_periods: list[dict[str, Any]] | None = Field(
        default=None,
        validation_alias="chargingPeriods",
        serialization_alias="chargingPeriods",
    )
    """List of Charging Periods that make up this charging session. A session consists of 1 or more periods, where each period has a different relevant Tariff. The properties in the object differ according to the version and source of protocol (OCPI 2.1.1 or OCPI 2.2)"""
    currency: str | None = None
    """ISO 4217 code of the currency used for this session."""
    total_cost: float | None = Field(
        default=None, validation_alias="totalCost", serialization_alias="totalCost"
    )
    """The total cost excl VAT of the session in the specified currency."""
    total_fixed_cost: float | None = Field(
        default=None,
        validation_alias="totalFixedCost",
        serialization_alias="totalFixedCost",
    )
    """Total sum excl VAT of all the fixed costs in the specified currency, except fixed price components of parking and reservation."""
    total_energy: float | None = Field(
        default=None, validation_alias="totalEnergy", serialization_alias="totalEnergy"
    )
    """Total energy charged, in kWh."""
    total_energy_cost: float | None = Field(
        default=None,
        validation_alias="totalEnergyCost",
        serialization_alias="totalEnergyCost",
    )
    """Total sum excl VAT of all the cost of all the energy used, in the specified currency."""
    total_time: float | None = Field(
        default=None, validation_alias="totalTime", serialization_alias="totalTime"
    )
    """Total duration of the charging session (including the duration of charging and not charging), in hours."""
    total_time_cost: float | None = Field(
        default=None,
        validation_alias="totalTimeCost",
        serialization_alias="totalTimeCost",
    )
    """Total sum of all the cost related to duration of charging during this transaction, in the specified currency."""
    total_parking_time: float | None = Field(
        default=None,
        validation_alias="totalParkingTime",
        serialization_alias="totalParkingTime",
    )
    """Total duration of the charging session where the EV was not charging (no energy was transferred between EVSE and EV), in hours."""
    total_parking_cost: float | None = Field(
        default=None,
        validation_alias="totalParkingCost",
        serialization_alias="totalParkingCost",
    )
    """Total sum excl VAT of all the cost related to parking of this transaction, including fixed price components, in the specified currency."""
    invoice_reference_id: str | None = Field(
        default=None,
        validation_alias="invoiceReferenceId",
        serialization_alias="invoiceReferenceId",
    )
    """This field can be used to reference an invoice, that will later be send for this CDR."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            version: CdrOcpiDataVersion | CdrOcpiDataVersionLiteral,
            signed_data: dict[str, Any] | None = ...,
            cdr_token: dict[str, Any] | None = ...,
            auth_method: str | None = ...,
            authorization_reference: str | None = ...,
            cdr_location: dict[str, Any] | None = ...,
            charging_periods: list[dict[str, Any]] | None = ...,
            currency: str | None = ...,
            total_cost: float | None = ...,
            total_fixed_cost: float | None = ...,
            total_energy: float | None = ...,
            total_energy_cost: float | None = ...,
            total_time: float | None = ...,
            total_time_cost: float | None = ...,
            total_parking_time: float | None = ...,
            total_parking_cost: float | None = ...,
            invoice_reference_id: str | None = ...,
        ) -> None: ...


class CdrOicpDataCalibrationLawVerificationInfo(SDKModel):
    """Omitted if protocol differs from version 2.3"""

    calibration_law_certificate_id: str | None = Field(
        default=None,
        validation_alias="calibrationLawCertificateId",
        serialization_alias="calibrationLawCertificateId",
    )
    public_key: str | None = Field(
        default=None, validation_alias="publicKey", serialization_alias="publicKey"
    )
    metering_signature_url: str | None = Field(
        default=None,
        validation_alias="meteringSignatureUrl",
        serialization_alias="meteringSignatureUrl",
    )
    metering_signature_encoding_format: str | None = Field(
        default=None,
        validation_alias="meteringSignatureEncodingFormat",
        serialization_alias="meteringSignatureEncodingFormat",
    )
    signed_metering_values_verification_instruction: str | None = Field(
        default=None,
        validation_alias="signedMeteringValuesVerificationInstruction",
        serialization_alias="signedMeteringValuesVerificationInstruction",
    )


class CdrOicpQrCodeIdentificationHashedPinLegacyHashedData(SDKModel):
    function: str
    salt: str | None = None
    value: str | None = None


class CdrOicpDataIdentificationQrCodeIdentificationHashedPin(SDKModel):
    value: str
    function: str
    legacy_hashed_data: CdrOicpQrCodeIdentificationHashedPinLegacyHashedData | None = (
        Field(
            default=None,
            validation_alias="legacyHashedData",
            serialization_alias="legacyHashedData",
        )
    )
    pin: str | None = None


class CdrOicpDataIdentificationQrCodeIdentification(SDKModel):
    evco_id: str = Field(validation_alias="evcoID", serialization_alias="evcoID")
    hashed_pin: CdrOicpDataIdentificationQrCodeIdentificationHashedPin | None = Field(
        default=None, validation_alias="hashedPin", serialization_alias="hashedPin"
    )
    pin: str | None = None


class CdrOicpDataIdentificationRemoteIdentification(SDKModel):
    evco_id: str = Field(validation_alias="evcoId", serialization_alias="evcoId")


class CdrOicpDataIdentificationRfidIdentification(SDKModel):
    uid: str
    evco_id: str | None = Field(
        default=None, validation_alias="evcoId", serialization_alias="evcoId"
    )
    rfid: str
    printed_number: str | None = Field(
        default=None,
        validation_alias="printedNumber",
        serialization_alias="printedNumber",
    )
    expiry_date: datetime | None = Field(
        default=None, validation_alias="expiryDate", serialization_alias="expiryDate"
    )


class CdrOicpDataIdentificationRfidMifareFamilyIdentification(SDKModel):
    uid: str


class CdrOicpDataIdentification(SDKModel):
    """Authentication data details. The data structure differs depending on the authentication technology"""

    plug_and_charge_identification: (
        CdrOicpDataIdentificationRemoteIdentification | None
    ) = Field(
        default=None,
        validation_alias="plugAndChargeIdentification",
        serialization_alias="plugAndChargeIdentification",
    )
    qr_code_identification: CdrOicpDataIdentificationQrCodeIdentification | None = (
        Field(
            default=None,
            validation_alias="qrCodeIdentification",
            serialization_alias="qrCodeIdentification",
        )
    )
    rfid_identification: CdrOicpDataIdentificationRfidIdentification | None = Field(
        default=None,
        validation_alias="rfidIdentification",
        serialization_alias="rfidIdentification",
    )
    rfid_mifare_family_identification: (
        CdrOicpDataIdentificationRfidMifareFamilyIdentification | None
    ) = Field(
        default=None,
        validation_alias="rfidMifareFamilyIdentification",
        serialization_alias="rfidMifareFamilyIdentification",
    )
    remote_identification: CdrOicpDataIdentificationRemoteIdentification | None = Field(
        default=None,
        validation_alias="remoteIdentification",
        serialization_alias="remoteIdentification",
    )


class CdrOicpDataSignedMeteringValue(SDKModel):
    signed_metering_value: str | None = Field(
        default=None,
        validation_alias="signedMeteringValue",
        serialization_alias="signedMeteringValue",
    )
    metering_status: CdrOicpDataSignedMeteringValueMeteringStatus | None = Field(
        default=None,
        validation_alias="meteringStatus",
        serialization_alias="meteringStatus",
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            signed_metering_value: str | None = ...,
            metering_status: (
                CdrOicpDataSignedMeteringValueMeteringStatus
                | CdrOicpDataSignedMeteringValueMeteringStatusLiteral
                | None
            ) = ...,
        ) -> None: ...


class CdrOicpData(SDKModel):
    """When the CDR is based on the OICP protocols. The field descriptions follow the specifications in the different protocols (Hubject 2.2, Hubject 2.3). As the data is served in the API without any, based on the protocol validation, the response can contain differences compared to the protocol description."""

    session_id: str = Field(
        validation_alias="sessionId", serialization_alias="sessionId"
    )
    version: CdrOicpDataVersion
    cpo_partner_session_id: str | None = Field(
        default=None,
        validation_alias="cpoPartnerSessionId",
        serialization_alias="cpoPartnerSessionId",
    )
    emp_partner_session_id: str | None = Field(
        default=None,
        validation_alias="empPartnerSessionId",
        serialization_alias="empPartnerSessionId",
    )
    partner_product_id: str | None = Field(
        default=None,
        validation_alias="partnerProductId",
        serialization_alias="partnerProductId",
    )
    evse_id: str = Field(validation_alias="evseId", serialization_alias="evseId")
    identification: CdrOicpDataIdentification
    """Authentication data details. The data structure differs depending on the authentication technology"""
    charging_start: datetime | None = Field(
        default=None,
        validation_alias="chargingStart",
        serialization_alias="chargingStart",
    )
    """The date and time at which the charging process started. The field is required in version 2.3 and optional in version 2.2"""
    charging_end: datetime | None = Field(
        default=None, validation_alias="chargingEnd", serialization_alias="chargingEnd"
    )
    """The date and time at which the charging process stopped. The field is required in version 2.3 and optional in version 2.2."""
    session_start: datetime = Field(
        validation_alias="sessionStart", serialization_alias="sessionStart"
    )
    session_end: datetime = Field(
        validation_alias="sessionEnd", serialization_alias="sessionEnd"
    )
    meter_value_start: Decimal | None = Field(
        default=None,
        validation_alias="meterValueStart",
        serialization_alias="meterValueStart",
    )
    meter_value_end: Decimal | None = Field(
        default=None,
        validation_alias="meterValueEnd",
        serialization_alias="meterValueEnd",
    )
    meter_value_in_between: str | None = Field(
        default=None,
        validation_alias="meterValueInBetween",
        serialization_alias="meterValueInBetween",
    )
    consumed_energy: Decimal | None = Field(
        default=None,
        validation_alias="consumedEnergy",
        serialization_alias="consumedEnergy",
    )
    """The difference between MeterValueEnd and MeterValueStart in kWh. The field is required in version 2.3 and optional in version 2.2."""
    signed_metering_values: list[CdrOicpDataSignedMeteringValue] | None = Field(
        default=None,
        validation_alias="signedMeteringValues",
        serialization_alias="signedMeteringValues",
    )
    """Omitted if protocol differs from version 2.3"""
    metering_signature: str | None = Field(
        default=None,
        validation_alias="meteringSignature",
        serialization_alias="meteringSignature",
    )
    """Omitted if protocol differs from version 2.2"""
    calibration_law_verification_info: (
        CdrOicpDataCalibrationLawVerificationInfo | None
    ) = Field(
        default=None,
        validation_alias="calibrationLawVerificationInfo",
        serialization_alias="calibrationLawVerificationInfo",
    )
    """Omitted if protocol differs from version 2.3"""
    hub_operator_id: str | None = Field(
        default=None,
        validation_alias="hubOperatorId",
        serialization_alias="hubOperatorId",
    )
    hub_provider_id: str | None = Field(
        default=None,
        validation_alias="hubProviderId",
        serialization_alias="hubProviderId",
    )
    operator_id: str | None = Field(
        default=None, validation_alias="operatorId", serialization_alias="operatorId"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            session_id: str,
            version: CdrOicpDataVersion | CdrOicpDataVersionLiteral,
            cpo_partner_session_id: str | None = ...,
            emp_partner_session_id: str | None = ...,
            partner_product_id: str | None = ...,
            evse_id: str,
            identification: CdrOicpDataIdentification,
            charging_start: datetime | None = ...,
            charging_end: datetime | None = ...,
            session_start: datetime,
            session_end: datetime,
            meter_value_start: Decimal | None = ...,
            meter_value_end: Decimal | None = ...,
            meter_value_in_between: str | None = ...,
            consumed_energy: Decimal | None = ...,
            signed_metering_values: list[CdrOicpDataSignedMeteringValue] | None = ...,
            metering_signature: str | None = ...,
            calibration_law_verification_info: (
                CdrOicpDataCalibrationLawVerificationInfo | None
            ) = ...,
            hub_operator_id: str | None = ...,
            hub_provider_id: str | None = ...,
            operator_id: str | None = ...,
        ) -> None: ...


class Cdr(SDKModel):
    id: int
    operator_id: int = Field(
        validation_alias="operatorId", serialization_alias="operatorId"
    )
    platform_id: int = Field(
        validation_alias="platformId", serialization_alias="platformId"
    )
    protocol_type: CdrProtocolType = Field(
        validation_alias="protocolType", serialization_alias="protocolType"
    )
    session_id: str | None = Field(
        default=None, validation_alias="sessionId", serialization_alias="sessionId"
    )
    """Unique ID of the session for which this CDR is sent."""
    received_at: datetime = Field(
        validation_alias="receivedAt", serialization_alias="receivedAt"
    )
    """ISO 8601 formatted date"""
    start_time: datetime = Field(
        validation_alias="startTime", serialization_alias="startTime"
    )
    """Start timestamp of the charging session, or in-case of a reservation (before the start of a session) the start of the reservation."""
    end_time: datetime = Field(
        validation_alias="endTime", serialization_alias="endTime"
    )
    """The timestamp when the session was completed/finished, charging might have finished before the session ends, for example - EV is full, but parking cost also has to be paid."""
    ocpi_data: CdrOcpiData | None = Field(
        default=None, validation_alias="ocpiData", serialization_alias="ocpiData"
    )
    """When the CDR is based on the OCPI protocols. The field descriptions follow the specifications in the different protocols (OCPI 2.1.1, OCPI 2.2). As the data is served in the API without any, based on the protocol validation, the response can contain differences compared to the protocol description."""
    oicp_data: CdrOicpData | None = Field(
        default=None, validation_alias="oicpData", serialization_alias="oicpData"
    )
    """When the CDR is based on the OICP protocols. The field descriptions follow the specifications in the different protocols (Hubject 2.2, Hubject 2.3). As the data is served in the API without any, based on the protocol validation, the response can contain differences compared to the protocol description."""
    roaming_id: str | None = Field(
        default=None, validation_alias="roamingId", serialization_alias="roamingId"
    )
    """Uniquely identifies the CDR within the CPO’s platform (and sub operator platforms)."""
    credit: bool | None = None
    """Indicates whether it is a credit CDR."""
    is_local: bool = Field(validation_alias="isLocal", serialization_alias="isLocal")
    """True indicates that we issued the CDR in the role of CPO, false indicates that we received the CDR as an eMSP."""
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""
    sent_at: datetime | None = Field(
        default=None, validation_alias="sentAt", serialization_alias="sentAt"
    )
    """ISO 8601 formatted date"""
    delivery_response: CdrDeliveryResponse | None = Field(
        default=None,
        validation_alias="deliveryResponse",
        serialization_alias="deliveryResponse",
    )
    """Status of the response from the EMSP. Presented only for local CDRs."""
    external_app_data: dict[str, Any] | None = Field(
        default=None,
        validation_alias="externalAppData",
        serialization_alias="externalAppData",
    )
    """Used to hold any external application data related to the CDR."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            operator_id: int,
            platform_id: int,
            protocol_type: CdrProtocolType | CdrProtocolTypeLiteral,
            session_id: str | None = ...,
            received_at: datetime,
            start_time: datetime,
            end_time: datetime,
            ocpi_data: CdrOcpiData | None = ...,
            oicp_data: CdrOicpData | None = ...,
            roaming_id: str | None = ...,
            credit: bool | None = ...,
            is_local: bool,
            last_updated_at: datetime | None = ...,
            sent_at: datetime | None = ...,
            delivery_response: (
                CdrDeliveryResponse | CdrDeliveryResponseLiteral | None
            ) = ...,
            external_app_data: dict[str, Any] | None = ...,
        ) -> None: ...


Cdr.model_rebuild()
CdrOcpiData.model_rebuild()
CdrOicpData.model_rebuild()
CdrOicpDataCalibrationLawVerificationInfo.model_rebuild()
CdrOicpDataIdentification.model_rebuild()
CdrOicpDataIdentificationQrCodeIdentification.model_rebuild()
CdrOicpDataIdentificationQrCodeIdentificationHashedPin.model_rebuild()
CdrOicpDataIdentificationRemoteIdentification.model_rebuild()
CdrOicpDataIdentificationRfidIdentification.model_rebuild()
CdrOicpDataIdentificationRfidMifareFamilyIdentification.model_rebuild()
CdrOicpDataSignedMeteringValue.model_rebuild()
CdrOicpQrCodeIdentificationHashedPinLegacyHashedData.model_rebuild()
