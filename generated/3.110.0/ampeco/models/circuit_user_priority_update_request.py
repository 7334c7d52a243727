"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .circuit_user_priority_type import CircuitUserPriorityType

if TYPE_CHECKING:
    from ..params import CircuitUserPriorityTypeLiteral


class CircuitUserPriorityUpdateRequest(SDKModel):
    target_id: int | None = Field(
        default=None, validation_alias="targetId", serialization_alias="targetId"
    )
    """The ID of the User Group the user must be part of or the ID of the Partner from which the user must have an invite from, for the set priority apply for the session."""
    type: CircuitUserPriorityType | None = None
    priority: float | None = None
    """The priority where 1 is equal to anyone else, 2 is twice as important, 0.5 is half as important."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            target_id: int | None = ...,
            type: CircuitUserPriorityType | CircuitUserPriorityTypeLiteral | None = ...,
            priority: float | None = ...,
        ) -> None: ...
