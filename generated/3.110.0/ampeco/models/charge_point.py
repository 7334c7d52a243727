"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .charge_point_capability import ChargePointCapability
from .charge_point_charging_profile import ChargePointChargingProfile
from .charge_point_create_request_status import ChargePointCreateRequestStatus
from .charge_point_deprecated_access_type import ChargePointDeprecatedAccessType
from .charge_point_deprecated_desired_security_profile_status import (
    ChargePointDeprecatedDesiredSecurityProfileStatus,
)
from .charge_point_deprecated_hardware_status import ChargePointDeprecatedHardwareStatus
from .charge_point_network import ChargePointNetwork
from .charge_point_network_type import ChargePointNetworkType
from .charge_point_partner import ChargePointPartner
from .charge_point_subscription import ChargePointSubscription
from .charge_point_user import ChargePointUser

if TYPE_CHECKING:
    from ..params import (
        ChargePointCapabilityLiteral,
        ChargePointCommunicationModeLiteral,
        ChargePointCreateRequestStatusLiteral,
        ChargePointDeprecatedAccessTypeLiteral,
        ChargePointDeprecatedDesiredSecurityProfileStatusLiteral,
        ChargePointDeprecatedHardwareStatusLiteral,
        ChargePointNetworkStatusLiteral,
        ChargePointNetworkTypeLiteral,
    )


class ChargePointCommunicationMode(OpenEnum):
    """Indicates how the charge point communicates with the backend.</br>
    `none` - the charge point is not connected to the backend. The charge point can be displayed to users with instructions how to use it.</br>
    `direct_ocpp` - the charge point is connected through OCPP and is actively being managed by the backend.</br>
    `via_ocpp_connected_charge_point` - the charge point is a satellite of another charge point which communicates through OCPP and is identified by `ocppConnectedChargePointId`. The charge point is not actively managed, but inherits most of its properties from its master charge point.</br>
    `roaming` - the charge point was received from a roaming partner. The charge point can be controlled as much as the roaming connection allows.
    """

    NONE = "none"
    DIRECT_OCPP = "direct_ocpp"
    VIA_OCPP_CONNECTED_CHARGE_POINT = "via_ocpp_connected_charge_point"
    ROAMING = "roaming"


class ChargePointNetworkStatus(OpenEnum):
    """Connection status of the charge point </br>
    `never_connected` - the charge point has not yet connected to the CPMS </br>
    `available` - connected to the CPMS </br>
    `temporarily_unavailable` - disconnected a short while ago </br>
    `long-term_unavailable` - disconnected, and some time has passed, so we dont expect the connection will be restores. </br>
    """

    NEVER_CONNECTED = "never_connected"
    AVAILABLE = "available"
    TEMPORARILY_UNAVAILABLE = "temporarily_unavailable"
    LONG_TERM_UNAVAILABLE = "long-term_unavailable"


class ChargePointLastBootNotification(SDKModel):
    model: str | None = None
    vendor: str | None = None
    charge_box_serial_number: str | None = Field(
        default=None,
        validation_alias="chargeBoxSerialNumber",
        serialization_alias="chargeBoxSerialNumber",
    )
    charge_point_serial_number: str | None = Field(
        default=None,
        validation_alias="chargePointSerialNumber",
        serialization_alias="chargePointSerialNumber",
    )
    firmware_version: str | None = Field(
        default=None,
        validation_alias="firmwareVersion",
        serialization_alias="firmwareVersion",
    )
    iccid: str | None = None
    imsi: str | None = None
    meter_serial_number: str | None = Field(
        default=None,
        validation_alias="meterSerialNumber",
        serialization_alias="meterSerialNumber",
    )
    meter_type: str | None = Field(
        default=None, validation_alias="meterType", serialization_alias="meterType"
    )
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""


class ChargePointSecurity(SDKModel):
    desired_profile: int | None = Field(
        default=None,
        validation_alias="desiredProfile",
        serialization_alias="desiredProfile",
    )
    """The backend will try to set it 3 times at boot notification. If the charge point does not support it, the backend will use the highest security profile the charge point could use. </br>
    The following security profiles are supported: </br>
    0: `No Authentication` </br>
    1: `Unsecured Trasport with Basic Authentication (Plain-back Authentication)` - It does not include authentication for the CSMS, or measures to set up a secure communication channel. Therefore, it should only be used in trusted networks, for instance in networks where there is a VPN between the CSMS and the Charging Station. For field operation it is highly recommended to use a security profile with TLS. </br>
    2: `TLS with Basic Authentication (Encrypted Authentication)` - In the TLS with Basic Authentication profile, the communication channel is secured using Transport Layer Security (TLS). The CSMS authenticates itself using a TLS server certificate. The Charging Stations authenticate themselves using HTTP Basic Authentication. </br>
    3: `TLS with client-side certificates profile` </br>
    """
    current_profile: int = Field(
        validation_alias="currentProfile", serialization_alias="currentProfile"
    )
    """The security profile that is currenty being used by the charge point. Description of the supported security profiles can be found in the security whitepaper available here - https://www.openchargealliance.org/protocols/ocpp-16/"""
    hardware_enabled_profile: int | None = Field(
        default=None,
        validation_alias="hardwareEnabledProfile",
        serialization_alias="hardwareEnabledProfile",
    )
    """The maximum security profile that the charge point hardware supports. Description of the supported security profiles can be found in the security whitepaper available here - https://www.openchargealliance.org/protocols/ocpp-16/"""
    desired_profile_status: ChargePointDeprecatedDesiredSecurityProfileStatus | None = (
        Field(
            default=None,
            validation_alias="desiredProfileStatus",
            serialization_alias="desiredProfileStatus",
        )
    )
    """Whether the last requested desiredSecurityProfile was successfully applied to the charge point."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            desired_profile: int | None = ...,
            current_profile: int,
            hardware_enabled_profile: int | None = ...,
            desired_profile_status: (
                ChargePointDeprecatedDesiredSecurityProfileStatus
                | ChargePointDeprecatedDesiredSecurityProfileStatusLiteral
                | None
            ) = ...,
        ) -> None: ...


class ChargePoint(SDKModel):
    id: int
    name: str
    type: ChargePointDeprecatedAccessType
    """`public` - a charge point visible on the map to everybody </br>
    `private` - by default hidden from the map and for private usage only - company and their employees for example. The visibility of the charge point could be managed in partner object, with the different options for accessType. </br>
    `personal` - the charge point could have a single owner only. The owner is set when the user claims the charger or with Actions / Change Owner. </br>
    """
    pin: str | None = None
    """Required for personal charge points. The PIN should be provided in the mobile app when the charge point is claimed by a user. Should contain only numbers."""
    location_id: int | None = Field(
        default=None, validation_alias="locationId", serialization_alias="locationId"
    )
    """locationId is always a REQUIRED field for commercial public and commercial private charge points. It is NOT a required field only for personal charge points."""
    charging_zone_id: int | None = Field(
        default=None,
        validation_alias="chargingZoneId",
        serialization_alias="chargingZoneId",
    )
    electricity_rate_id: int | None = Field(
        default=None,
        validation_alias="electricityRateId",
        serialization_alias="electricityRateId",
    )
    """If there is Electricity rate set to the Charge point the electricity cost for each charging session would be tracked. Dynamic electricity rates could not be selected, only ones created in the resource / electricity-rate."""
    subscription: ChargePointSubscription | None = None
    """An active subscription could be required for personal (home) charge points in order to use the charge point."""
    network_type: ChargePointNetworkType | None = Field(
        default=None, validation_alias="networkType", serialization_alias="networkType"
    )
    status: ChargePointCreateRequestStatus
    """Shows the system status of the Charge Point. </br>
    `enabled` - the charge point is fully operative.
    `disabled` - the charge point would not be shown on the map if it is a commercial public or commercial private with the relevant option for visibility nor could be claimed or found by ID if it is personal (home). </br>
    `demo` - acts as a simulator so different setups could be tested. </br>
    `out of order` - the charge point is visible and shared with users, but a charging session
    """
    managed_by_operator: bool | None = Field(
        default=True,
        validation_alias="managedByOperator",
        serialization_alias="managedByOperator",
        deprecated="ChargePoint.managed_by_operator is deprecated; use communication_mode instead",
    )
    """Deprecated; use communication_mode instead.

    This flag indicates whether the operator can actively manage the charge point. If the flag is set to `false` the charge point can still be shown to users, but they can't request to start a session on it.

    Deprecated. Please use `communicationMode` instead.
    """
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    network: ChargePointNetwork
    capabilities: list[ChargePointCapability] | None = None
    """`remote_start_stop_capable` - whether Remote start/stop is possible for the Charge Point </br>
    `meter_values` - whether the Charge Point should send meter updates to the system </br>
    `stop_transaction_on_ev_disconnect` - for ongoing sessions, when the cable is unplugged this should stop the session and if it is returned back a new session would be created. </br>
    `disregard_the_heartbeats` - only for OCPP 1.5 SOAP. Network status by default is updated based on the heartbeat messages. When enabled, the Charge Point would be always treated as available and its network status would not depend on heartbeat messages. </br>
    `display_messages` - charger has a display and it is enabled to display messages. This capability is enabled automatically when the charger reports the corresponding configuration key. When creating a charge point, the capability is ignored as it is automatically detected on boot. </br>
    """
    auto_start_without_authorization: bool = Field(
        validation_alias="autoStartWithoutAuthorization",
        serialization_alias="autoStartWithoutAuthorization",
    )
    """When enabled the system would allow charging sessions initiated </br>
    locally by the charge point assuming it is setup to work in auto-start / </br>
    plug-and-charge mode. It would also automatically start a </br>
    session with a remote start command if one is not already started by the charging stations a  </br>
    few seconds after a Preparing status is detected indicating that a vehicle is connected.
    """
    disable_auto_start_emulation: bool = Field(
        validation_alias="disableAutoStartEmulation",
        serialization_alias="disableAutoStartEmulation",
    )
    """The Auto-start option above does 2 things: (1) it allows charging </br>
    sessions started by the charge point assuming that it may be set up locally </br>
    to auto-start charging when a vehicle is connected and (2) if the charging </br>
    station doesnt start the session within a few seconds after the vehicles is </br>
    connected the system sends a remote start command - which is to emulate auto-start </br>
    charging. With this checkbox you can disable the emulation and rely </br>
    entirely on the charging station to auto-start the charging. </br>
    """
    security: ChargePointSecurity
    field_model_id: int | None = Field(
        default=None, validation_alias="modelId", serialization_alias="modelId"
    )
    """The ID of the CP Model, if one is associated with the Charge Point. Can be set to null to remove the current CP Model associated with the Charge Point. Mind that on boot the charger reports the hardware model and it is automatically updated."""
    enable_auto_fault_recovery: bool = Field(
        validation_alias="enableAutoFaultRecovery",
        serialization_alias="enableAutoFaultRecovery",
    )
    user: ChargePointUser | None = None
    """Owner information along with owner preferences of the charge point when of type *personal*. If smart charging is enabled, smart charging preferences are also included."""
    partner: ChargePointPartner | None = None
    utility_id: int | None = Field(
        default=None, validation_alias="utilityId", serialization_alias="utilityId"
    )
    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """ISO 8601 formatted date"""
    first_contact_at: date | None = Field(
        default=None,
        validation_alias="firstContactAt",
        serialization_alias="firstContactAt",
    )
    """ISO 8601 formatted date"""
    roaming_operator_id: int | None = Field(
        default=None,
        validation_alias="roamingOperatorId",
        serialization_alias="roamingOperatorId",
    )
    """When null, the charge point is a local one. For roaming charge points, the ID of the roaming operator is provided"""
    charging_profile: ChargePointChargingProfile | None = Field(
        default=None,
        validation_alias="chargingProfile",
        serialization_alias="chargingProfile",
    )
    display_tariff_and_costs: bool | None = Field(
        default=None,
        validation_alias="displayTariffAndCosts",
        serialization_alias="displayTariffAndCosts",
    )
    """The charge point has a display and messages could be shown to the user."""
    last_boot_notification: ChargePointLastBootNotification | None = Field(
        default=None,
        validation_alias="lastBootNotification",
        serialization_alias="lastBootNotification",
    )
    network_status: ChargePointNetworkStatus = Field(
        validation_alias="networkStatus", serialization_alias="networkStatus"
    )
    """Connection status of the charge point </br>
    `never_connected` - the charge point has not yet connected to the CPMS </br>
    `available` - connected to the CPMS </br>
    `temporarily_unavailable` - disconnected a short while ago </br>
    `long-term_unavailable` - disconnected, and some time has passed, so we dont expect the connection will be restores. </br>
    """
    hardware_status: ChargePointDeprecatedHardwareStatus | None = Field(
        default=None,
        validation_alias="hardwareStatus",
        serialization_alias="hardwareStatus",
    )
    """When hardware status is null, that means that the charge point has not connected yet or has not reported a hardware status for the charge point in the past."""
    vendor_error_code: str | None = Field(
        default=None,
        validation_alias="vendorErrorCode",
        serialization_alias="vendorErrorCode",
    )
    """This property is shown only when the hardwareStatus is `faulted`"""
    tags: list[str] | None = None
    """Tags can be used for filtering and grouping chargers by tag. When doing a PATCH input all tags that should be associated with the charge point. Omitting a tag would remove it from the charge point."""
    sharing_code: str | None = Field(
        default=None, validation_alias="sharingCode", serialization_alias="sharingCode"
    )
    enabled_randomised_delay: bool | None = Field(
        default=None,
        validation_alias="enabledRandomisedDelay",
        serialization_alias="enabledRandomisedDelay",
    )
    """Applicable only for personal charge points. For `public` and `private` charge points will be omitted"""
    notice_id: int | None = Field(
        default=None, validation_alias="noticeId", serialization_alias="noticeId"
    )
    """If both noticeId and partner.notice object are provided in the request the noticeId will be used to complete the request NOT the partner.notice object!"""
    uses_renewable_energy: bool | None = Field(
        default=False,
        validation_alias="usesRenewableEnergy",
        serialization_alias="usesRenewableEnergy",
    )
    """When enabled, if no electricity rate is assigned to the charge point any roaming session will be marked as using renewable energy.
    The actual energy mix can be specified in an electricity rate, which can then be assigned to the charge point. In that case the energy mix will be provided for roaming sessions.
    This information can be gathered from the utility provider or third-party platforms that provide this information to the public.
    """
    integrated_at: datetime | None = Field(
        default=None,
        validation_alias="integratedAt",
        serialization_alias="integratedAt",
    )
    """ISO 8601 formatted date"""
    manufactured_at: datetime | None = Field(
        default=None,
        validation_alias="manufacturedAt",
        serialization_alias="manufacturedAt",
    )
    """ISO 8601 formatted date"""
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
    ocpp_connected_charge_point_id: int | None = Field(
        default=None,
        validation_alias="ocppConnectedChargePointId",
        serialization_alias="ocppConnectedChargePointId",
    )
    """The ID of the charge point that is connected to the backend and used by this charge point for OCPP communication. Required when the `communicationMode` is `via_ocpp_connected_charge_point`."""
    communication_mode: ChargePointCommunicationMode = Field(
        validation_alias="communicationMode", serialization_alias="communicationMode"
    )
    """Indicates how the charge point communicates with the backend.</br>
    `none` - the charge point is not connected to the backend. The charge point can be displayed to users with instructions how to use it.</br>
    `direct_ocpp` - the charge point is connected through OCPP and is actively being managed by the backend.</br>
    `via_ocpp_connected_charge_point` - the charge point is a satellite of another charge point which communicates through OCPP and is identified by `ocppConnectedChargePointId`. The charge point is not actively managed, but inherits most of its properties from its master charge point.</br>
    `roaming` - the charge point was received from a roaming partner. The charge point can be controlled as much as the roaming connection allows.
    """
    electricity_cost_reimbursement_integration_id: int | None = Field(
        default=None,
        validation_alias="electricityCostReimbursementIntegrationId",
        serialization_alias="electricityCostReimbursementIntegrationId",
    )
    """The ID of the third-party electricity cost reimbursement integration to use for processing reimbursements for charging sessions at this charge point. Only applicable to personal (home) charge points - ignored for public and private charge points. When not set, this property is omitted from the response."""
    installation_and_maintenance_company_id: int | None = Field(
        default=None,
        validation_alias="installationAndMaintenanceCompanyId",
        serialization_alias="installationAndMaintenanceCompanyId",
    )
    """The ID of the Installation & Maintenance company associated with this charge point. Must be owned by the same operator. When not set, this property is omitted from the response."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            name: str,
            type: (
                ChargePointDeprecatedAccessType | ChargePointDeprecatedAccessTypeLiteral
            ),
            pin: str | None = ...,
            location_id: int | None = ...,
            charging_zone_id: int | None = ...,
            electricity_rate_id: int | None = ...,
            subscription: ChargePointSubscription | None = ...,
            network_type: (
                ChargePointNetworkType | ChargePointNetworkTypeLiteral | None
            ) = ...,
            status: (
                ChargePointCreateRequestStatus | ChargePointCreateRequestStatusLiteral
            ),
            managed_by_operator: bool | None = ...,
            external_id: str | None = ...,
            network: ChargePointNetwork,
            capabilities: (
                list[ChargePointCapability | ChargePointCapabilityLiteral] | None
            ) = ...,
            auto_start_without_authorization: bool,
            disable_auto_start_emulation: bool,
            security: ChargePointSecurity,
            field_model_id: int | None = ...,
            enable_auto_fault_recovery: bool,
            user: ChargePointUser | None = ...,
            partner: ChargePointPartner | None = ...,
            utility_id: int | None = ...,
            created_at: datetime | None = ...,
            first_contact_at: date | None = ...,
            roaming_operator_id: int | None = ...,
            charging_profile: ChargePointChargingProfile | None = ...,
            display_tariff_and_costs: bool | None = ...,
            last_boot_notification: ChargePointLastBootNotification | None = ...,
            network_status: ChargePointNetworkStatus | ChargePointNetworkStatusLiteral,
            hardware_status: (
                ChargePointDeprecatedHardwareStatus
                | ChargePointDeprecatedHardwareStatusLiteral
                | None
            ) = ...,
            vendor_error_code: str | None = ...,
            tags: list[str] | None = ...,
            sharing_code: str | None = ...,
            enabled_randomised_delay: bool | None = ...,
            notice_id: int | None = ...,
            uses_renewable_energy: bool | None = ...,
            integrated_at: datetime | None = ...,
            manufactured_at: datetime | None = ...,
            last_updated_at: datetime,
            ocpp_connected_charge_point_id: int | None = ...,
            communication_mode: (
                ChargePointCommunicationMode | ChargePointCommunicationModeLiteral
            ),
            electricity_cost_reimbursement_integration_id: int | None = ...,
            installation_and_maintenance_company_id: int | None = ...,
        ) -> None: ...


ChargePoint.model_rebuild()
ChargePointLastBootNotification.model_rebuild()
ChargePointSecurity.model_rebuild()
