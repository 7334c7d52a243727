"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ChargePointDeprecatedAccessType(OpenEnum):
    """`public` - a charge point visible on the map to everybody </br>
    `private` - by default hidden from the map and for private usage only - company and their employees for example. The visibility of the charge point could be managed in partner object, with the different options for accessType. </br>
    `personal` - the charge point could have a single owner only. The owner is set when the user claims the charger or with Actions / Change Owner. </br>
    """

    PRIVATE = "private"
    PUBLIC = "public"
    PERSONAL = "personal"
