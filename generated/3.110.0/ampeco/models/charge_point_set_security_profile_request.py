"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import Annotated, TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenIntEnum, SDKModel

if TYPE_CHECKING:
    from ..params import ChargePointSetSecurityProfileRequestSetSecurityProfileLiteral


class ChargePointSetSecurityProfileRequestSetSecurityProfile(OpenIntEnum):
    """Target security profile level:
    - 1: Unsecured transport with basic authentication (plain-text authentication)
    - 2: TLS with basic authentication (encrypted authentication)
    """

    V1 = 1
    V2 = 2


class ChargePointSetSecurityProfileRequest(SDKModel):
    set_security_profile: Annotated[
        ChargePointSetSecurityProfileRequestSetSecurityProfile,
        Field(
            validation_alias="setSecurityProfile",
            serialization_alias="setSecurityProfile",
        ),
    ]
    """Target security profile level:
    - 1: Unsecured transport with basic authentication (plain-text authentication)
    - 2: TLS with basic authentication (encrypted authentication)
    """
    reason: str
    """Free text reason for changing the security profile"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            set_security_profile: (
                ChargePointSetSecurityProfileRequestSetSecurityProfile
                | ChargePointSetSecurityProfileRequestSetSecurityProfileLiteral
            ),
            reason: str,
        ) -> None: ...
