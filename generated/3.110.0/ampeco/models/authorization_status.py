"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class AuthorizationStatus(OpenEnum):
    """The status of the authorization request.
    - `accepted` - Authorization was approved and the user can start charging
    - `rejected` - Authorization was denied and the user cannot charge
    - `pending` - Authorization is awaiting approval or validation
    """

    ACCEPTED = "accepted"
    REJECTED = "rejected"
    PENDING = "pending"
