"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_create_deprecated_request_evses_value import (
    ChargePointCreateDeprecatedRequestEvsesValue,
)
from .charge_point_deprecated_access_type import ChargePointDeprecatedAccessType
from .charge_point_deprecated_capability import ChargePointDeprecatedCapability
from .charge_point_deprecated_network_protocol import (
    ChargePointDeprecatedNetworkProtocol,
)
from .charge_point_deprecated_partner_access_type import (
    ChargePointDeprecatedPartnerAccessType,
)
from .charge_point_deprecated_status import ChargePointDeprecatedStatus

if TYPE_CHECKING:
    from ..params import (
        ChargePointDeprecatedAccessTypeLiteral,
        ChargePointDeprecatedCapabilityLiteral,
        ChargePointDeprecatedNetworkProtocolLiteral,
        ChargePointDeprecatedPartnerAccessTypeLiteral,
        ChargePointDeprecatedStatusLiteral,
    )


class ChargePointUpdateDeprecatedRequest(SDKModel):
    name: str | None = None
    network_id: str | None = Field(
        default=None, validation_alias="networkId", serialization_alias="networkId"
    )
    """OCPP Identifier"""
    network_protocol: ChargePointDeprecatedNetworkProtocol | None = Field(
        default=None,
        validation_alias="networkProtocol",
        serialization_alias="networkProtocol",
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
    access_type: ChargePointDeprecatedAccessType | None = Field(
        default=ChargePointDeprecatedAccessType.PUBLIC,
        validation_alias="accessType",
        serialization_alias="accessType",
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
    tags: list[str] | None = None
    """Tags can be used for filtering and grouping chargers by tag. When doing a PATCH input all tags that should be associated with the charge point. Omitting a tag would remove it from the charge point."""
    evses: dict[str, ChargePointCreateDeprecatedRequestEvsesValue] | None = None
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    """The field should have unique value"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: str | None = ...,
            network_id: str | None = ...,
            network_protocol: (
                ChargePointDeprecatedNetworkProtocol
                | ChargePointDeprecatedNetworkProtocolLiteral
                | None
            ) = ...,
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
                ChargePointDeprecatedAccessType
                | ChargePointDeprecatedAccessTypeLiteral
                | None
            ) = ...,
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
            uptime_tracking_enabled: bool | None = ...,
            tags: list[str] | None = ...,
            evses: dict[str, ChargePointCreateDeprecatedRequestEvsesValue] | None = ...,
            external_id: str | None = ...,
        ) -> None: ...
