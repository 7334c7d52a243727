"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .consent_status import ConsentStatus

if TYPE_CHECKING:
    from ..params import ConsentStatusLiteral


class ConsentsCreateRequest(SDKModel):
    user_id: int = Field(validation_alias="userId", serialization_alias="userId")
    """The ID of the user for whom consent is being created"""
    term_version_id: int = Field(
        validation_alias="termVersionId", serialization_alias="termVersionId"
    )
    """The ID of the specific term version for which consent is being given or rejected"""
    status: ConsentStatus
    """The consent status:
    - agreed: User has agreed to the terms
    - rejected: User has explicitly rejected the terms
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            user_id: int,
            term_version_id: int,
            status: ConsentStatus | ConsentStatusLiteral,
        ) -> None: ...
