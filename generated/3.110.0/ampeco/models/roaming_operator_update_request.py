"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel
from .roaming_operator_cpo_settings import RoamingOperatorCpoSettings


class RoamingOperatorUpdateRequest(SDKModel):
    business_name: str | None = Field(
        default=None,
        validation_alias="businessName",
        serialization_alias="businessName",
    )
    partner_id: int | None = Field(
        default=None,
        validation_alias="partnerId",
        serialization_alias="partnerId",
        deprecated="RoamingOperatorUpdateRequest.partner_id is deprecated",
    )
    """Deprecated.

    If a non-null value is provided, it will set enabled to true. If null is provided, it will set enabled to false.
    """
    enabled: bool | None = None
    cpo_settings: RoamingOperatorCpoSettings | None = Field(
        default=None, validation_alias="cpoSettings", serialization_alias="cpoSettings"
    )
