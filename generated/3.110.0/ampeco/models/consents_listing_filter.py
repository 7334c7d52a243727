"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .consent_status import ConsentStatus
from .consent_term_type import ConsentTermType

if TYPE_CHECKING:
    from ..params import ConsentStatusLiteral, ConsentTermTypeLiteral


class ConsentsListingFilter(SDKModel):
    user_id: list[int] | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    """Filter consents by specific user IDs"""
    term_type: list[ConsentTermType] | None = Field(
        default=None, validation_alias="termType", serialization_alias="termType"
    )
    """Filter by term types:
    - marketing: Marketing and promotional communications consent
    - signup: Initial registration terms and conditions
    - subscription: Subscription service terms
    - top-up: Top-up service terms
    """
    status: list[ConsentStatus] | None = None
    """Filter by consent statuses:
    - agreed: User has agreed to the terms
    - rejected: User has explicitly rejected the terms
    """
    agreed_after: datetime | None = Field(
        default=None, validation_alias="agreedAfter", serialization_alias="agreedAfter"
    )
    """Filter consents agreed after this date (ISO 8601 formatted date)"""
    agreed_before: datetime | None = Field(
        default=None,
        validation_alias="agreedBefore",
        serialization_alias="agreedBefore",
    )
    """Filter consents agreed before this date (ISO 8601 formatted date)"""
    rejected_after: datetime | None = Field(
        default=None,
        validation_alias="rejectedAfter",
        serialization_alias="rejectedAfter",
    )
    """Filter consents rejected after this date (ISO 8601 formatted date)"""
    rejected_before: datetime | None = Field(
        default=None,
        validation_alias="rejectedBefore",
        serialization_alias="rejectedBefore",
    )
    """Filter consents rejected before this date (ISO 8601 formatted date)"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            user_id: list[int] | None = ...,
            term_type: list[ConsentTermType | ConsentTermTypeLiteral] | None = ...,
            status: list[ConsentStatus | ConsentStatusLiteral] | None = ...,
            agreed_after: datetime | None = ...,
            agreed_before: datetime | None = ...,
            rejected_after: datetime | None = ...,
            rejected_before: datetime | None = ...,
        ) -> None: ...
