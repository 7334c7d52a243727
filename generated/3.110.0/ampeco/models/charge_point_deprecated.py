"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_deprecated_access_type import ChargePointDeprecatedAccessType
from .charge_point_deprecated_capability import ChargePointDeprecatedCapability
from .charge_point_deprecated_charging_profile import (
    ChargePointDeprecatedChargingProfile,
)
from .charge_point_deprecated_desired_security_profile_status import (
    ChargePointDeprecatedDesiredSecurityProfileStatus,
)
from .charge_point_deprecated_hardware_status import ChargePointDeprecatedHardwareStatus
from .charge_point_deprecated_last_boot_notification import (
    ChargePointDeprecatedLastBootNotification,
)
from .charge_point_deprecated_network_protocol import (
    ChargePointDeprecatedNetworkProtocol,
)
from .charge_point_deprecated_network_status import ChargePointDeprecatedNetworkStatus
from .charge_point_deprecated_partner_access_type import (
    ChargePointDeprecatedPartnerAccessType,
)
from .charge_point_deprecated_status import ChargePointDeprecatedStatus
from .charge_point_evse_connector_format import ChargePointEvseConnectorFormat
from .evse_current_type import EvseCurrentType
from .evse_deprecated_connector_type import EvseDeprecatedConnectorType
from .evse_deprecated_hardware_status import EvseDeprecatedHardwareStatus
from .evse_deprecated_status import EvseDeprecatedStatus
from .evse_roaming_status import EvseRoamingStatus
from .location_deprecated_status import LocationDeprecatedStatus

if TYPE_CHECKING:
    from ..params import (
        ChargePointDeprecatedAccessTypeLiteral,
        ChargePointDeprecatedCapabilityLiteral,
        ChargePointDeprecatedDesiredSecurityProfileStatusLiteral,
        ChargePointDeprecatedHardwareStatusLiteral,
        ChargePointDeprecatedNetworkProtocolLiteral,
        ChargePointDeprecatedNetworkStatusLiteral,
        ChargePointDeprecatedPartnerAccessTypeLiteral,
        ChargePointDeprecatedStatusLiteral,
        ChargePointEvseConnectorFormatLiteral,
        EvseCurrentTypeLiteral,
        EvseDeprecatedConnectorTypeLiteral,
        EvseDeprecatedHardwareStatusLiteral,
        EvseDeprecatedStatusLiteral,
        EvseRoamingStatusLiteral,
        LocationDeprecatedStatusLiteral,
    )


class ChargePointDeprecatedEvseConnector(SDKModel):
    id: int | None = None
    status: LocationDeprecatedStatus | None = None
    type: EvseDeprecatedConnectorType | None = None
    """Type of connector available on the EVSE:
    - **type1**: Type 1 connector (SAE J1772 AC)
    - **type2**: Type 2 connector (IEC 62196-2 AC)
    - **type3**: Type 3 connector (IEC 62196-2 AC)
    - **chademo**: CHAdeMO DC fast charging
    - **ccs1**: Combined Charging System 1 (CCS1/Combo 1)
    - **ccs2**: Combined Charging System 2 (CCS2/Combo 2)
    - **catarc**: CATARC connector (Chinese standard)
    - **schuko**: Standard European household socket
    - **nacs**: North American Charging Standard (Tesla)
    - **cee16**: CEE 16A industrial connector
    - **cee32**: CEE 32A industrial connector
    - **j1772**: SAE J1772 connector
    - **inductive**: Inductive/wireless charging
    - **nema-5-20**: Domestic M NEMA 5-20 Socket
    - **type-e-french**: French Type E socket
    - **type-g-british**: British Type G socket
    - **type-j-swiss**: Swiss Type J socket
    - **avcon**: AVCON connector (Australian standard)
    - **chaoji**: ChaoJi (CHAdeMO 3.0)
    - **nema-6-30**: NEMA 6-30
    - **nema-6-50**: NEMA 6-50
    """
    format: ChargePointEvseConnectorFormat | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int | None = ...,
            status: (
                LocationDeprecatedStatus | LocationDeprecatedStatusLiteral | None
            ) = ...,
            type: (
                EvseDeprecatedConnectorType | EvseDeprecatedConnectorTypeLiteral | None
            ) = ...,
            format: (
                ChargePointEvseConnectorFormat
                | ChargePointEvseConnectorFormatLiteral
                | None
            ) = ...,
        ) -> None: ...


class ChargePointDeprecatedEvseRoaming(SDKModel):
    """If the evse was received from a roaming CPO, this object will contain the details"""

    evse_id: str | None = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )
    """The EVSE Id that we receive through roaming"""
    tariff_ids: list[str] | None = Field(
        default=None, validation_alias="tariffIds", serialization_alias="tariffIds"
    )
    """The tariffs IDS that we received from roaming (as were specified by the CPO)"""
    capabilities: list[str] | None = None
    """The evse capabilities defined by the CPO"""
    status: EvseRoamingStatus | None = None
    """* `available` - The EVSE/Connector is able to start a new charging session. * `blocked` - The EVSE/Connector is not accessible because of a physical barrier, i.e. a car. * `charging` - The EVSE/Connector is in use. * `inoperative` - The EVSE/Connector is not yet active or it is no longer available (deleted). * `outoforder` - The EVSE/Connector is currently out of order. * `planned` - The EVSE/Connector is planned, will be operating soon. * `removed` - The EVSE/Connector/charge point is discontinued/removed. * `reserved` - The EVSE/Connector is reserved for a particular EV driver and is unavailable for other drivers. * `unknown` -  No status information available. (Also used when offline)"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            evse_id: str | None = ...,
            tariff_ids: list[str] | None = ...,
            capabilities: list[str] | None = ...,
            status: EvseRoamingStatus | EvseRoamingStatusLiteral | None = ...,
        ) -> None: ...


class ChargePointDeprecatedEvse(SDKModel):
    id: int
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    charging_profile: ChargePointDeprecatedChargingProfile | None = Field(
        default=None,
        validation_alias="chargingProfile",
        serialization_alias="chargingProfile",
    )
    roaming: ChargePointDeprecatedEvseRoaming | None = None
    """If the evse was received from a roaming CPO, this object will contain the details"""
    connectors: list[ChargePointDeprecatedEvseConnector] | None = None
    network_id: str = Field(
        validation_alias="networkId", serialization_alias="networkId"
    )
    """The OCPP evse identidier (should be consecutive numbers starting from 1)"""
    physical_reference: str | None = Field(
        default=None,
        validation_alias="physicalReference",
        serialization_alias="physicalReference",
    )
    """The identifier that is presented to the user, so he can identify the EVSE at the location"""
    current_type: EvseCurrentType | None = Field(
        default=None, validation_alias="currentType", serialization_alias="currentType"
    )
    """Type of current available on the EVSE:
    - **ac**: Alternating Current (AC) charging
    - **dc**: Direct Current (DC) fast charging
    """
    max_power: float | None = Field(
        default=None, validation_alias="maxPower", serialization_alias="maxPower"
    )
    """in Wh"""
    max_voltage: str | None = Field(
        default=None, validation_alias="maxVoltage", serialization_alias="maxVoltage"
    )
    """The maxVoltage of a CP can fluctuate. Hence, when creating a CP in Ampeco system the maxVoltage is given as a range. For OCPI purposes it maps as follows:
    * `220-240` = 230
    * `110-130` = 120
    * `400` = 400
    * `380` = 380
    """
    max_amperage: float | None = Field(
        default=None, validation_alias="maxAmperage", serialization_alias="maxAmperage"
    )
    status: EvseDeprecatedStatus | None = None
    mid_meter_certification_end_year: float | None = Field(
        default=None,
        validation_alias="midMeterCertificationEndYear",
        serialization_alias="midMeterCertificationEndYear",
    )
    """The mid meter certification end year."""
    tariff_group_id: int | None = Field(
        default=None,
        validation_alias="tariffGroupId",
        serialization_alias="tariffGroupId",
    )
    """The id of the tariff group associated with the evse"""
    allows_reservation: bool | None = Field(
        default=None,
        validation_alias="allowsReservation",
        serialization_alias="allowsReservation",
    )
    """are reservations allowed on this EVSE"""
    hardware_status: EvseDeprecatedHardwareStatus | None = Field(
        default=None,
        validation_alias="hardwareStatus",
        serialization_alias="hardwareStatus",
    )
    """Status reported by the charge point's EVSE:
     * `available` - When a Connector becomes available for a new user (Operative)
     * `preparing` - When a Connector becomes no longer available for a new user but there is no ongoing Transaction (yet). Typically a Connector is in preparing state when a user presents a tag, inserts a cable or a vehicle occupies the parking bay (Operative)
     * `charging` - When the contactor of a Connector closes, allowing the vehicle to charge (Operative)
     * `suspendedEVSE` - When the EV is connected to the EVSE but the EVSE is not offering energy to the EV, e.g. due to a smart charging restriction, local supply power constraints. (Operative)
     * `suspendedEV` - When the EV is connected to the EVSE and the EVSE is offering energy but the EV is not taking any energy. For example the driver has unlocked the car, and the car has paused charging. (Operative)
     * `finishing` - When a Transaction has stopped at a Connector, but the Connector is not yet available for a new user, e.g. the cable has not been removed or the vehicle has not left the parking bay (Operative)
     * `reserved` - When a EVSE becomes reserved as a result of a Reserve Now command (Operative)
     * `unavailable` - When a EVSE becomes unavailable as the result of a Change Availability command or an event upon which the Charge Point transitions to unavailable at its discretion. Upon receipt of a Change Availability command, the status MAY change immediately or the change MAY be scheduled. When scheduled, the Status Notification shall be send when the availability change becomes effective (Inoperative)
     * `faulted` - When a Charge Point or connector has reported an error and is not available for energy delivery (Inoperative)

    When hardware status is null, that means that the charge point has not connected yet or has not reported a hardware status for this evse in the past
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            external_id: str | None = ...,
            charging_profile: ChargePointDeprecatedChargingProfile | None = ...,
            roaming: ChargePointDeprecatedEvseRoaming | None = ...,
            connectors: list[ChargePointDeprecatedEvseConnector] | None = ...,
            network_id: str,
            physical_reference: str | None = ...,
            current_type: EvseCurrentType | EvseCurrentTypeLiteral | None = ...,
            max_power: float | None = ...,
            max_voltage: str | None = ...,
            max_amperage: float | None = ...,
            status: EvseDeprecatedStatus | EvseDeprecatedStatusLiteral | None = ...,
            mid_meter_certification_end_year: float | None = ...,
            tariff_group_id: int | None = ...,
            allows_reservation: bool | None = ...,
            hardware_status: (
                EvseDeprecatedHardwareStatus
                | EvseDeprecatedHardwareStatusLiteral
                | None
            ) = ...,
        ) -> None: ...


class ChargePointDeprecated(SDKModel):
    id: int
    charging_profile: ChargePointDeprecatedChargingProfile | None = Field(
        default=None,
        validation_alias="chargingProfile",
        serialization_alias="chargingProfile",
    )
    evses: list[ChargePointDeprecatedEvse]
    last_boot_notification: ChargePointDeprecatedLastBootNotification | None = Field(
        default=None,
        validation_alias="lastBootNotification",
        serialization_alias="lastBootNotification",
    )
    show_to_public_with_notice: bool | None = Field(
        default=None,
        validation_alias="showToPublicWithNotice",
        serialization_alias="showToPublicWithNotice",
    )
    """Only available if the ChargePoint has private access"""
    notice: str | None = None
    """The notice is only available if showToPublicWithNotice is set to \"true\x22"""
    current_security_profile: int | None = Field(
        default=None,
        validation_alias="currentSecurityProfile",
        serialization_alias="currentSecurityProfile",
    )
    """The security profile that is currenty being used by the charge point. Description of the supported security profiles can be found in the security whitepaper available here - https://www.openchargealliance.org/protocols/ocpp-16/"""
    hardware_enabled_security_profile: int | None = Field(
        default=None,
        validation_alias="hardwareEnabledSecurityProfile",
        serialization_alias="hardwareEnabledSecurityProfile",
    )
    """The maximum security profile that the charge point hardware supports. Description of the supported security profiles can be found in the security whitepaper available here - https://www.openchargealliance.org/protocols/ocpp-16/"""
    desired_security_profile_status: (
        ChargePointDeprecatedDesiredSecurityProfileStatus | None
    ) = Field(
        default=None,
        validation_alias="desiredSecurityProfileStatus",
        serialization_alias="desiredSecurityProfileStatus",
    )
    """Whether the last requested desiredSecurityProfile was successfully applied to the charge point"""
    roaming_operator_id: int | None = Field(
        default=None,
        validation_alias="roamingOperatorId",
        serialization_alias="roamingOperatorId",
    )
    """When null the charge point is a local one. For roaming charge points, the ID of the roaming operator is provided"""
    auto_fault_recovery: bool | None = Field(
        default=None,
        validation_alias="autoFaultRecovery",
        serialization_alias="autoFaultRecovery",
    )
    """By enabling this, the charge point will attempt to automatically recover from the faulted state and resume normal operations."""
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    """The field should have unique value"""
    display_tariffs_and_costs: bool | None = Field(
        default=None,
        validation_alias="displayTariffsAndCosts",
        serialization_alias="displayTariffsAndCosts",
    )
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""
    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """ISO 8601 formatted date"""
    first_connection: datetime | None = Field(
        default=None,
        validation_alias="firstConnection",
        serialization_alias="firstConnection",
    )
    """ISO 8601 formatted date"""
    owner_user_id: int | None = Field(
        default=None, validation_alias="ownerUserId", serialization_alias="ownerUserId"
    )
    vendor_error_code: str | None = Field(
        default=None,
        validation_alias="vendorErrorCode",
        serialization_alias="vendorErrorCode",
    )
    """This property is shown only when the hardwareStatus is faulted."""
    tags: list[str] | None = None
    """Tags can be used for filtering and grouping chargers by tag. When doing a PATCH input all tags that should be associated with the charge point. Omitting a tag would remove it from the charge point."""
    uptime_tracking_enabled: bool | None = Field(
        default=False,
        validation_alias="uptimeTrackingEnabled",
        serialization_alias="uptimeTrackingEnabled",
    )
    """When set to true, enables Uptime tracking for the charge point by creating an operational period.
    When set to false or omitted, Uptime tracking remains disabled.

    **Requirements:**
    - Charge point must be commercial type (public or private)
    - Operator must have operational availability enabled

    **Validation Errors:**
    - Returns HTTP 422 if charge point is personal type
    - Returns HTTP 422 if operator has operational availability disabled

    **Examples:**
    ```json
    {
      \"name\": \"CP-001\",
      \"accessType\": \"public\",
      \"uptimeTrackingEnabled\": true
    }
    ```

    **Validation Error Examples:**

    Personal charge point error:
    ```json
    {
      \"message\": \"The given data was invalid.\",
      \"errors\": {
        \"uptimeTrackingEnabled\": [
          \"Uptime tracking can only be enabled for commercial charge points\"
        ]
      }
    }
    ```

    Operator settings error:
    ```json
    {
      \"message\": \"The given data was invalid.\",
      \"errors\": {
        \"uptimeTrackingEnabled\": [
          \"Operator must have operational availability enabled to track uptime\"
        ]
      }
    }
    ```
    """
    uptime_tracking_activated_at: datetime | None = Field(
        default=None,
        validation_alias="uptimeTrackingActivatedAt",
        serialization_alias="uptimeTrackingActivatedAt",
    )
    """The timestamp when Uptime tracking was activated (start of current open operational period).
    Omitted from response if Uptime tracking is not enabled or has never been activated.
    Format: ISO 8601 with timezone offset.

    **Example:**
    `\"2025-10-14T08:30:00+00:00\"` - When uptime tracking is enabled

    **Note:** This field is omitted from the response when uptime tracking is disabled or never activated.
    """
    name: str | None = None
    network_id: str | None = Field(
        default=None, validation_alias="networkId", serialization_alias="networkId"
    )
    """OCPP Identifier"""
    network_protocol: ChargePointDeprecatedNetworkProtocol = Field(
        validation_alias="networkProtocol", serialization_alias="networkProtocol"
    )
    network_password: str | None = Field(
        default=None,
        validation_alias="networkPassword",
        serialization_alias="networkPassword",
    )
    network_ip: str | None = Field(
        default=None, validation_alias="networkIp", serialization_alias="networkIp"
    )
    """required for ocpp 1.5 (SOAP)"""
    network_port: str | None = Field(
        default=None, validation_alias="networkPort", serialization_alias="networkPort"
    )
    """required for ocpp 1.5 (SOAP)"""
    status: ChargePointDeprecatedStatus | None = None
    plug_and_charge: bool | None = Field(
        default=None,
        validation_alias="plugAndCharge",
        serialization_alias="plugAndCharge",
    )
    """Enable this flag if you the CP is configured in plug and charge mode, it automatically starts a session when a car is plugged in, and the ID tag should not be authorized"""
    location_id: int | None = Field(
        default=None, validation_alias="locationId", serialization_alias="locationId"
    )
    """locationId is always a REQUIRED field for commercial public and commercial private charge points. It is NOT a required field only for personal charge points."""
    pin: str | None = None
    """pin is always a REQUIRED field for personal charge points. It is NOT a required field for commercial public and commercial private charge points."""
    access_type: ChargePointDeprecatedAccessType = Field(
        validation_alias="accessType", serialization_alias="accessType"
    )
    desired_security_profile: int | None = Field(
        default=None,
        validation_alias="desiredSecurityProfile",
        serialization_alias="desiredSecurityProfile",
    )
    """The security profile that the backend will try to force the charge point to use for connecting to the backend. Description of the supported security profiles can be found in the security whitepaper available here - https://www.openchargealliance.org/protocols/ocpp-16/"""
    owner_partner_id: int | None = Field(
        default=None,
        validation_alias="ownerPartnerId",
        serialization_alias="ownerPartnerId",
    )
    owner_partner_contract_id: int | None = Field(
        default=None,
        validation_alias="ownerPartnerContractId",
        serialization_alias="ownerPartnerContractId",
    )
    partner_corporate_billing_as_default: bool | None = Field(
        default=None,
        validation_alias="partnerCorporateBillingAsDefault",
        serialization_alias="partnerCorporateBillingAsDefault",
    )
    """For users who have corporate billing with the same Partner as the Partner assigned to the charge point, the default payment method on this charge point will be the respective corporate billing account of the Partner."""
    partner_access_type: ChargePointDeprecatedPartnerAccessType | None = Field(
        default=None,
        validation_alias="partnerAccessType",
        serialization_alias="partnerAccessType",
    )
    """Applicable only to Commercial Private charge points. Further defines the access type and visibility of the charge point."""
    capabilities: list[ChargePointDeprecatedCapability] | None = None
    managed_by_operator: bool | None = Field(
        default=None,
        validation_alias="managedByOperator",
        serialization_alias="managedByOperator",
    )
    network_status: ChargePointDeprecatedNetworkStatus = Field(
        validation_alias="networkStatus", serialization_alias="networkStatus"
    )
    """Connection status of the charge point:
    * `never connected` - the charge point has not yet connected to the CPMS
    * `available` - connected to the CPMS
    * `temporarily unavailable` - disconnected a short while ago
    * `long-term unavailable` - disconnected, and some time has passed, so we dont expect the connection will be restores
    """
    hardware_status: ChargePointDeprecatedHardwareStatus | None = Field(
        default=None,
        validation_alias="hardwareStatus",
        serialization_alias="hardwareStatus",
    )
    """When hardware status is null, that means that the charge point has not connected yet or has not reported a hardware status for the charge point in the past"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            charging_profile: ChargePointDeprecatedChargingProfile | None = ...,
            evses: list[ChargePointDeprecatedEvse],
            last_boot_notification: (
                ChargePointDeprecatedLastBootNotification | None
            ) = ...,
            show_to_public_with_notice: bool | None = ...,
            notice: str | None = ...,
            current_security_profile: int | None = ...,
            hardware_enabled_security_profile: int | None = ...,
            desired_security_profile_status: (
                ChargePointDeprecatedDesiredSecurityProfileStatus
                | ChargePointDeprecatedDesiredSecurityProfileStatusLiteral
                | None
            ) = ...,
            roaming_operator_id: int | None = ...,
            auto_fault_recovery: bool | None = ...,
            external_id: str | None = ...,
            display_tariffs_and_costs: bool | None = ...,
            last_updated_at: datetime | None = ...,
            created_at: datetime | None = ...,
            first_connection: datetime | None = ...,
            owner_user_id: int | None = ...,
            vendor_error_code: str | None = ...,
            tags: list[str] | None = ...,
            uptime_tracking_enabled: bool | None = ...,
            uptime_tracking_activated_at: datetime | None = ...,
            name: str | None = ...,
            network_id: str | None = ...,
            network_protocol: (
                ChargePointDeprecatedNetworkProtocol
                | ChargePointDeprecatedNetworkProtocolLiteral
            ),
            network_password: str | None = ...,
            network_ip: str | None = ...,
            network_port: str | None = ...,
            status: (
                ChargePointDeprecatedStatus | ChargePointDeprecatedStatusLiteral | None
            ) = ...,
            plug_and_charge: bool | None = ...,
            location_id: int | None = ...,
            pin: str | None = ...,
            access_type: (
                ChargePointDeprecatedAccessType | ChargePointDeprecatedAccessTypeLiteral
            ),
            desired_security_profile: int | None = ...,
            owner_partner_id: int | None = ...,
            owner_partner_contract_id: int | None = ...,
            partner_corporate_billing_as_default: bool | None = ...,
            partner_access_type: (
                ChargePointDeprecatedPartnerAccessType
                | ChargePointDeprecatedPartnerAccessTypeLiteral
                | None
            ) = ...,
            capabilities: (
                list[
                    ChargePointDeprecatedCapability
                    | ChargePointDeprecatedCapabilityLiteral
                ]
                | None
            ) = ...,
            managed_by_operator: bool | None = ...,
            network_status: (
                ChargePointDeprecatedNetworkStatus
                | ChargePointDeprecatedNetworkStatusLiteral
            ),
            hardware_status: (
                ChargePointDeprecatedHardwareStatus
                | ChargePointDeprecatedHardwareStatusLiteral
                | None
            ) = ...,
        ) -> None: ...


ChargePointDeprecated.model_rebuild()
ChargePointDeprecatedEvse.model_rebuild()
ChargePointDeprecatedEvseConnector.model_rebuild()
ChargePointDeprecatedEvseRoaming.model_rebuild()
