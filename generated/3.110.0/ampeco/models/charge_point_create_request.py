"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .charge_point_capability import ChargePointCapability
from .charge_point_create_request_security import ChargePointCreateRequestSecurity
from .charge_point_create_request_status import ChargePointCreateRequestStatus
from .charge_point_deprecated_access_type import ChargePointDeprecatedAccessType
from .charge_point_network import ChargePointNetwork
from .charge_point_network_type import ChargePointNetworkType
from .charge_point_partner import ChargePointPartner
from .charge_point_subscription import ChargePointSubscription
from .charge_point_user import ChargePointUser

if TYPE_CHECKING:
    from ..params import (
        ChargePointCapabilityLiteral,
        ChargePointCreateRequestCommunicationModeLiteral,
        ChargePointCreateRequestStatusLiteral,
        ChargePointDeprecatedAccessTypeLiteral,
        ChargePointNetworkTypeLiteral,
    )


class ChargePointCreateRequestCommunicationMode(OpenEnum):
    """This property is required!</br>
    It obsoletes the `managedByOperator` property, which can still be used by older implementations, so neither is marked as required.</br>
    Indicates how the charge point communicates with the backend.</br>
    `none` - the charge point is not connected to the backend. The charge point can be displayed to users with instructions how to use it. An informational notice can be associated with the charge point using the `noticeId` property.</br>
    `direct_ocpp` - the charge point is connected through OCPP and is actively being managed by the backend.</br>
    `via_ocpp_connected_charge_point` - the charge point is a satellite of another charge point which communicates through OCPP and is identified by `ocppConnectedChargePointId`. The charge point is not actively managed, but inherits most of its properties from its master charge point. When creating this type of charge point, the following fields are not required and will not be used:</br>
      - electricityRateId</br>
      - networkType</br>
      - capabilities</br>
      - network</br>
      - autoStartWithoutAuthorization</br>
      - disableAutoStartEmulation</br>
      - security</br>
      - modelId</br>
      - enableAutoFaultRecovery</br>
      - utilityId</br>
      - usesRenewableEnergy</br>
      - enabledRandomisedDelay</br>
      - integratedAt</br>
      - manufacturedAt</br>
    """

    NONE = "none"
    DIRECT_OCPP = "direct_ocpp"
    VIA_OCPP_CONNECTED_CHARGE_POINT = "via_ocpp_connected_charge_point"


class ChargePointCreateRequest(SDKModel):
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
        deprecated="ChargePointCreateRequest.managed_by_operator is deprecated; use communication_mode instead",
    )
    """Deprecated; use communication_mode instead.

    This flag indicates whether the operator can actively manage the charge point. If the flag is set to `false` the charge point can still be shown to users, but they can't request to start a session on it.

    Deprecated. Please use `communicationMode` instead.
    """
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    network: ChargePointNetwork | None = None
    capabilities: list[ChargePointCapability] | None = None
    """`remote_start_stop_capable` - whether Remote start/stop is possible for the Charge Point </br>
    `meter_values` - whether the Charge Point should send meter updates to the system </br>
    `stop_transaction_on_ev_disconnect` - for ongoing sessions, when the cable is unplugged this should stop the session and if it is returned back a new session would be created. </br>
    `disregard_the_heartbeats` - only for OCPP 1.5 SOAP. Network status by default is updated based on the heartbeat messages. When enabled, the Charge Point would be always treated as available and its network status would not depend on heartbeat messages. </br>
    `display_messages` - charger has a display and it is enabled to display messages. This capability is enabled automatically when the charger reports the corresponding configuration key. When creating a charge point, the capability is ignored as it is automatically detected on boot. </br>
    """
    auto_start_without_authorization: bool | None = Field(
        default=False,
        validation_alias="autoStartWithoutAuthorization",
        serialization_alias="autoStartWithoutAuthorization",
    )
    """When enabled the system would allow charging sessions initiated </br>
    locally by the charge point assuming it is setup to work in auto-start / </br>
    plug-and-charge mode. It would also automatically start a </br>
    session with a remote start command if one is not already started by the charging stations a  </br>
    few seconds after a Preparing status is detected indicating that a vehicle is connected.
    """
    disable_auto_start_emulation: bool | None = Field(
        default=False,
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
    security: ChargePointCreateRequestSecurity | None = None
    field_model_id: int | None = Field(
        default=None, validation_alias="modelId", serialization_alias="modelId"
    )
    """The ID of the CP Model, if one is associated with the Charge Point. Can be set to null to remove the current CP Model associated with the Charge Point. Mind that on boot the charger reports the hardware model and it is automatically updated."""
    enable_auto_fault_recovery: bool | None = Field(
        default=True,
        validation_alias="enableAutoFaultRecovery",
        serialization_alias="enableAutoFaultRecovery",
    )
    user: ChargePointUser | None = None
    """Owner information along with owner preferences of the charge point when of type *personal*. If smart charging is enabled, smart charging preferences are also included."""
    partner: ChargePointPartner | None = None
    utility_id: int | None = Field(
        default=None, validation_alias="utilityId", serialization_alias="utilityId"
    )
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
    ocpp_connected_charge_point_id: int | None = Field(
        default=None,
        validation_alias="ocppConnectedChargePointId",
        serialization_alias="ocppConnectedChargePointId",
    )
    """The ID of the charge point that is connected to the backend and used by this charge point for OCPP communication. Required when the `communicationMode` is `via_ocpp_connected_charge_point`."""
    communication_mode: ChargePointCreateRequestCommunicationMode | None = Field(
        default=None,
        validation_alias="communicationMode",
        serialization_alias="communicationMode",
    )
    """This property is required!</br>
    It obsoletes the `managedByOperator` property, which can still be used by older implementations, so neither is marked as required.</br>
    Indicates how the charge point communicates with the backend.</br>
    `none` - the charge point is not connected to the backend. The charge point can be displayed to users with instructions how to use it. An informational notice can be associated with the charge point using the `noticeId` property.</br>
    `direct_ocpp` - the charge point is connected through OCPP and is actively being managed by the backend.</br>
    `via_ocpp_connected_charge_point` - the charge point is a satellite of another charge point which communicates through OCPP and is identified by `ocppConnectedChargePointId`. The charge point is not actively managed, but inherits most of its properties from its master charge point. When creating this type of charge point, the following fields are not required and will not be used:</br>
      - electricityRateId</br>
      - networkType</br>
      - capabilities</br>
      - network</br>
      - autoStartWithoutAuthorization</br>
      - disableAutoStartEmulation</br>
      - security</br>
      - modelId</br>
      - enableAutoFaultRecovery</br>
      - utilityId</br>
      - usesRenewableEnergy</br>
      - enabledRandomisedDelay</br>
      - integratedAt</br>
      - manufacturedAt</br>
    """
    electricity_cost_reimbursement_integration_id: int | None = Field(
        default=None,
        validation_alias="electricityCostReimbursementIntegrationId",
        serialization_alias="electricityCostReimbursementIntegrationId",
    )
    """The ID of the third-party electricity cost reimbursement integration to use for processing reimbursements for charging sessions at this charge point. Only applicable to personal (home) charge points - ignored for public and private charge points."""
    installation_and_maintenance_company_id: int | None = Field(
        default=None,
        validation_alias="installationAndMaintenanceCompanyId",
        serialization_alias="installationAndMaintenanceCompanyId",
    )
    """Optional. The ID of the Installation & Maintenance company associated with this charge point. Must be owned by the same operator.

    Validation:
    - If provided and not null, must reference a valid I&M company ID that belongs to the operator
    - Invalid or cross-operator I&M company IDs return validation error: \"The selected installation and maintenance company ID is invalid\"
    - Can be set to null to remove I&M company assignment
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
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
            network: ChargePointNetwork | None = ...,
            capabilities: (
                list[ChargePointCapability | ChargePointCapabilityLiteral] | None
            ) = ...,
            auto_start_without_authorization: bool | None = ...,
            disable_auto_start_emulation: bool | None = ...,
            security: ChargePointCreateRequestSecurity | None = ...,
            field_model_id: int | None = ...,
            enable_auto_fault_recovery: bool | None = ...,
            user: ChargePointUser | None = ...,
            partner: ChargePointPartner | None = ...,
            utility_id: int | None = ...,
            tags: list[str] | None = ...,
            sharing_code: str | None = ...,
            enabled_randomised_delay: bool | None = ...,
            notice_id: int | None = ...,
            uses_renewable_energy: bool | None = ...,
            ocpp_connected_charge_point_id: int | None = ...,
            communication_mode: (
                ChargePointCreateRequestCommunicationMode
                | ChargePointCreateRequestCommunicationModeLiteral
                | None
            ) = ...,
            electricity_cost_reimbursement_integration_id: int | None = ...,
            installation_and_maintenance_company_id: int | None = ...,
        ) -> None: ...
