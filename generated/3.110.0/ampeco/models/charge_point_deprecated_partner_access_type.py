"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ChargePointDeprecatedPartnerAccessType(OpenEnum):
    """Applicable only to Commercial Private charge points. Further defines the access type and visibility of the charge point."""

    PRIVATE_VIEW_PRIVATE_USE = "privateViewPrivateUse"
    PRIVATE_VIEW_PUBLIC_USE = "privateViewPublicUse"
    PUBLIC_VIEW_PRIVATE_USE = "publicViewPrivateUse"
