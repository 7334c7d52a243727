"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_partner_access_type import ChargePointPartnerAccessType
from .payment_terminal_option12_info_item import PaymentTerminalOption12InfoItem

if TYPE_CHECKING:
    from ..params import ChargePointPartnerAccessTypeLiteral


class ChargePointPartner(SDKModel):
    id: int | None = None
    contract_id: int | None = Field(
        default=None, validation_alias="contractId", serialization_alias="contractId"
    )
    contact_id: int | None = Field(
        default=None,
        validation_alias="contactId",
        serialization_alias="contactId",
        deprecated="ChargePointPartner.contact_id is deprecated",
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
        default=None, deprecated="ChargePointPartner.notice is deprecated"
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
