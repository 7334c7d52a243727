"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import UserOptionsSessionsAllowedLiteral


class UserOptionsSessionsAllowed(OpenEnum):
    """Determine the number of sessions a user could start - single or multiple simultaneous sessions, or whether the user could start simultaneous sessions with several Id Tags."""

    SINGLE_SESSION = "single_session"
    MULTIPLE_SIMULTANEOUS_SESSIONS_PER_IDTAG = (
        "multiple_simultaneous_sessions_per_idtag"
    )
    SIMULTANEOUS_USE_OF_IDTAGS = "simultaneous_use_of_idtags"
    MULTIPLE_SIMULTANEOUS_SESSIONS_REMOTELY_AND_IDTAGS = (
        "multiple_simultaneous_sessions_remotely_and_idtags"
    )


class UserOptions(SDKModel):
    sessions_allowed: UserOptionsSessionsAllowed | None = Field(
        default=None,
        validation_alias="sessionsAllowed",
        serialization_alias="sessionsAllowed",
    )
    """Determine the number of sessions a user could start - single or multiple simultaneous sessions, or whether the user could start simultaneous sessions with several Id Tags."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            sessions_allowed: (
                UserOptionsSessionsAllowed | UserOptionsSessionsAllowedLiteral | None
            ) = ...,
        ) -> None: ...
