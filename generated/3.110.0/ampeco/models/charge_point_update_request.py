"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_capability import ChargePointCapability
from .charge_point_create_request_security import ChargePointCreateRequestSecurity
from .charge_point_create_request_status import ChargePointCreateRequestStatus
from .charge_point_deprecated_access_type import ChargePointDeprecatedAccessType
from .charge_point_deprecated_network_protocol import (
    ChargePointDeprecatedNetworkProtocol,
)
from .charge_point_network_type import ChargePointNetworkType
from .charge_point_partner_access_type import ChargePointPartnerAccessType
from .charge_point_subscription import ChargePointSubscription
from .charge_point_user import ChargePointUser
from .payment_terminal_option12_info_item import PaymentTerminalOption12InfoItem

if TYPE_CHECKING:
    from ..params import (
        ChargePointCapabilityLiteral,
        ChargePointCreateRequestStatusLiteral,
        ChargePointDeprecatedAccessTypeLiteral,
        ChargePointDeprecatedNetworkProtocolLiteral,
        ChargePointNetworkTypeLiteral,
        ChargePointPartnerAccessTypeLiteral,
    )


class ChargePointUpdateRequestNetwork(SDKModel):
    id: str | None = None
    """OCPP Identifier"""
    protocol: ChargePointDeprecatedNetworkProtocol | None = None
    password: str | None = None
    ip: str | None = None
    """Required for ocpp 1.5 (SOAP)"""
    port: int | None = None
    """Required for ocpp 1.5 (SOAP)"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: str | None = ...,
            protocol: (
                ChargePointDeprecatedNetworkProtocol
                | ChargePointDeprecatedNetworkProtocolLiteral
                | None
            ) = ...,
            password: str | None = ...,
            ip: str | None = ...,
            port: int | None = ...,
        ) -> None: ...


class ChargePointUpdateRequestPartner(SDKModel):
    id: int | None = None
    contract_id: int | None = Field(
        default=None, validation_alias="contractId", serialization_alias="contractId"
    )
    contact_id: int | None = Field(
        default=None,
        validation_alias="contactId",
        serialization_alias="contactId",
        deprecated="ChargePointUpdateRequestPartner.contact_id is deprecated",
    )
    """Deprecated."""
    corporate_billing_as_default: bool | None = Field(
        default=False,
        validation_alias="corporateBillingAsDefault",
        serialization_alias="corporateBillingAsDefault",
    )
    """The partner's corporate billing would be used as a payment method by default, when a user who is invited to use the partner's corporate billing starts a session on the charge point."""
    access_type: ChargePointPartnerAccessType | None = Field(
        default=None, validation_alias="accessType", serialization_alias="accessType"
    )
    """`private_view_private_use` - only users invited by the partner with the option to access private charge points could view this charge point on the map and use it. </br>
    `private_view_public_use` - only users invited by the partner with the option to access private charge points can view this charge point on the map but anyone who scans the QR or enters the ID can use it. </br>
    `public_view_private_use` - anyone could see the charge point on the map with a notice but only users invited by the partner with the option to access private charge points could use it.` </br>
    """
    notice: list[PaymentTerminalOption12InfoItem] | None = Field(
        default=None, deprecated="ChargePointUpdateRequestPartner.notice is deprecated"
    )
    """Deprecated.

    The notice is only available if the charge point is of type `private` and the accessType is `public_view_private_use`
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int | None = ...,
            contract_id: int | None = ...,
            contact_id: int | None = ...,
            corporate_billing_as_default: bool | None = ...,
            access_type: (
                ChargePointPartnerAccessType
                | ChargePointPartnerAccessTypeLiteral
                | None
            ) = ...,
            notice: list[PaymentTerminalOption12InfoItem] | None = ...,
        ) -> None: ...


class ChargePointUpdateRequest(SDKModel):
    name: str | None = None
    type: ChargePointDeprecatedAccessType | None = None
    """`public` - a charge point visible on the map to everybody </br>
    `private` - by default hidden from the map and for private usage only - company and their employees for example. The visibility of the charge point could be managed in partner object, with the different options for accessType. </br>
    `personal` - the charge point could have a single owner only. The owner is set when the user claims the charger or with Actions / Change Owner. </br>
    """
    pin: str | None = None
    """Required if `accessType` is `personal`. The PIN should be provided in the mobile app when the charge point is claimed by a user. Should contain only numbers."""
    location_id: int | None = Field(
        default=None, validation_alias="locationId", serialization_alias="locationId"
    )
    """Required if `accessType` is `public` or `private`. NOT required if `accessType` is `personal`."""
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
    """The ID of the Installation & Maintenance company associated with this charge point. Must be owned by the same operator.

    Validation:
    - If provided and not null, must reference a valid I&M company ID that belongs to the operator
    - Invalid or cross-operator I&M company IDs return validation error: \"The selected installation and maintenance company ID is invalid\"
    - Can be set to null to remove I&M company assignment
    """
    subscription: ChargePointSubscription | None = None
    """An active subscription could be required for personal (home) charge points in order to use the charge point."""
    network_type: ChargePointNetworkType | None = Field(
        default=None, validation_alias="networkType", serialization_alias="networkType"
    )
    status: ChargePointCreateRequestStatus | None = None
    """Shows the system status of the Charge Point.
    * `enabled` - the charge point is fully operative.
    * `disabled` - the charge point would not be shown on the map if it is a commercial public or commercial private with the relevant option for visibility nor could be claimed or found by ID if it is personal (home). </br>
    * `demo` - acts as a simulator so different setups could be tested.
    * `out of order` - the charge point is visible and shared with users, but a charging session
    """
    managed_by_operator: bool | None = Field(
        default=True,
        validation_alias="managedByOperator",
        serialization_alias="managedByOperator",
        deprecated="ChargePointUpdateRequest.managed_by_operator is deprecated; use communicationMode instead",
    )
    """Deprecated; use communicationMode instead.

    This flag indicates whether the operator can actively manage the charge point. If the flag is set to `false` the charge point can still be shown to users, but they can't request to start a session on it.

    Deprecated. Please use `communicationMode` instead. The `communicationMode` can only be set when creating a charge point.
    """
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    network: ChargePointUpdateRequestNetwork | None = None
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
    partner: ChargePointUpdateRequestPartner | None = None
    utility_id: int | None = Field(
        default=None, validation_alias="utilityId", serialization_alias="utilityId"
    )
    tags: list[str] | None = None
    """Tags can be used for filtering and grouping chargers by tag. When doing a PATCH input all tags that should be associated with the charge point. Omitting a tag would remove it from the charge point."""
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: str | None = ...,
            type: (
                ChargePointDeprecatedAccessType
                | ChargePointDeprecatedAccessTypeLiteral
                | None
            ) = ...,
            pin: str | None = ...,
            location_id: int | None = ...,
            charging_zone_id: int | None = ...,
            electricity_rate_id: int | None = ...,
            electricity_cost_reimbursement_integration_id: int | None = ...,
            installation_and_maintenance_company_id: int | None = ...,
            subscription: ChargePointSubscription | None = ...,
            network_type: (
                ChargePointNetworkType | ChargePointNetworkTypeLiteral | None
            ) = ...,
            status: (
                ChargePointCreateRequestStatus
                | ChargePointCreateRequestStatusLiteral
                | None
            ) = ...,
            managed_by_operator: bool | None = ...,
            external_id: str | None = ...,
            network: ChargePointUpdateRequestNetwork | None = ...,
            capabilities: (
                list[ChargePointCapability | ChargePointCapabilityLiteral] | None
            ) = ...,
            auto_start_without_authorization: bool | None = ...,
            disable_auto_start_emulation: bool | None = ...,
            security: ChargePointCreateRequestSecurity | None = ...,
            field_model_id: int | None = ...,
            enable_auto_fault_recovery: bool | None = ...,
            user: ChargePointUser | None = ...,
            partner: ChargePointUpdateRequestPartner | None = ...,
            utility_id: int | None = ...,
            tags: list[str] | None = ...,
            enabled_randomised_delay: bool | None = ...,
            notice_id: int | None = ...,
            uses_renewable_energy: bool | None = ...,
            integrated_at: datetime | None = ...,
            manufactured_at: datetime | None = ...,
        ) -> None: ...


ChargePointUpdateRequest.model_rebuild()
ChargePointUpdateRequestNetwork.model_rebuild()
ChargePointUpdateRequestPartner.model_rebuild()
