"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ChargePointPartnerAccessType(OpenEnum):
    """`private_view_private_use` - only users invited by the partner with the option to access private charge points could view this charge point on the map and use it. </br>
    `private_view_public_use` - only users invited by the partner with the option to access private charge points can view this charge point on the map but anyone who scans the QR or enters the ID can use it. </br>
    `public_view_private_use` - anyone could see the charge point on the map with a notice but only users invited by the partner with the option to access private charge points could use it.` </br>
    """

    PRIVATE_VIEW_PRIVATE_USE = "private_view_private_use"
    PRIVATE_VIEW_PUBLIC_USE = "private_view_public_use"
    PUBLIC_VIEW_PRIVATE_USE = "public_view_private_use"
