"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import SDKModel


class NotAcceptableErrorBody(SDKModel):
    success: bool | None = None
    message: str | None = None
    """Descriptive error message explaining why the transition failed. Possible messages include:
    - Cannot transition from security profile 2 to 1. Only raising the profile is allowed.
    - Cannot set security profile to 2. Charge point does not support security profiles.
    - Cannot set security profile to 2. Charge point's maximum supported level is 1.
    """
