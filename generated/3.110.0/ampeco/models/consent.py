"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .consent_collection import ConsentCollection
from .consent_status import ConsentStatus
from .consent_term_type import ConsentTermType

if TYPE_CHECKING:
    from ..params import (
        ConsentCollectionLiteral,
        ConsentSourceLiteral,
        ConsentStatusLiteral,
        ConsentTermTypeLiteral,
    )


class ConsentSource(OpenEnum):
    """Where the consent originated:
    - app: Consent created via mobile application
    - api: Consent created via API endpoint
    """

    APP = "app"
    API = "api"


class Consent(SDKModel):
    user_id: int = Field(validation_alias="userId", serialization_alias="userId")
    """The ID of the user who gave or rejected consent"""
    term_version_id: int = Field(
        validation_alias="termVersionId", serialization_alias="termVersionId"
    )
    """The ID of the specific term version for which consent was given or rejected"""
    term_type: ConsentTermType = Field(
        validation_alias="termType", serialization_alias="termType"
    )
    """The type of term:
    - marketing: Marketing and promotional communications consent
    - signup: Initial registration terms and conditions
    - subscription: Subscription service terms
    - top-up: Top-up service terms
    """
    status: ConsentStatus
    """The consent status:
    - agreed: User has agreed to the terms
    - rejected: User has explicitly rejected the terms
    """
    collection: ConsentCollection
    """Defines how consent is collected:
    - **explicit**: Requires user explicit confirmation
    - **automatic**: Assumes consent upon use
    """
    source: ConsentSource
    """Where the consent originated:
    - app: Consent created via mobile application
    - api: Consent created via API endpoint
    """
    agreed_at: datetime | None = Field(
        default=None, validation_alias="agreedAt", serialization_alias="agreedAt"
    )
    """ISO 8601 formatted date"""
    rejected_at: datetime | None = Field(
        default=None, validation_alias="rejectedAt", serialization_alias="rejectedAt"
    )
    """ISO 8601 formatted date"""
    term_version_is_active: bool = Field(
        validation_alias="termVersionIsActive",
        serialization_alias="termVersionIsActive",
    )
    """Whether the associated term version is currently active (not past or future)"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            user_id: int,
            term_version_id: int,
            term_type: ConsentTermType | ConsentTermTypeLiteral,
            status: ConsentStatus | ConsentStatusLiteral,
            collection: ConsentCollection | ConsentCollectionLiteral,
            source: ConsentSource | ConsentSourceLiteral,
            agreed_at: datetime | None = ...,
            rejected_at: datetime | None = ...,
            term_version_is_active: bool,
        ) -> None: ...
