"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .consent_collection import ConsentCollection
from .consent_term_type import ConsentTermType
from .payment_terminal_option12_info_item import PaymentTerminalOption12InfoItem

if TYPE_CHECKING:
    from ..params import (
        ConsentCollectionLiteral,
        ConsentTermTypeLiteral,
        TermsAndPolicyStatusLiteral,
    )


class TermsAndPolicyStatus(OpenEnum):
    FUTURE = "future"
    ACTIVE = "active"
    PAST = "past"


class TermsAndPolicyDocument(SDKModel):
    id: int
    title: list[PaymentTerminalOption12InfoItem] | None = None
    subtitle: list[PaymentTerminalOption12InfoItem] | None = None
    consent_text: list[PaymentTerminalOption12InfoItem] = Field(
        validation_alias="consentText", serialization_alias="consentText"
    )
    """The official text displayed to the user for giving their consent."""
    term_type: ConsentTermType = Field(
        validation_alias="termType", serialization_alias="termType"
    )
    """The type of term:
    - marketing: Marketing and promotional communications consent
    - signup: Initial registration terms and conditions
    - subscription: Subscription service terms
    - top-up: Top-up service terms
    """
    consent_required: bool = Field(
        validation_alias="consentRequired", serialization_alias="consentRequired"
    )
    """Indicates whether explicit user consent is required for this term."""
    consent_collection: ConsentCollection = Field(
        validation_alias="consentCollection", serialization_alias="consentCollection"
    )
    """Defines how consent is collected:
    - **explicit**: Requires user explicit confirmation
    - **automatic**: Assumes consent upon use
    """
    consent_checkbox_default_state: bool = Field(
        validation_alias="consentCheckboxDefaultState",
        serialization_alias="consentCheckboxDefaultState",
    )
    """The default checked state for the consent checkbox in the UI."""
    show_on_signup: bool | None = Field(
        default=None,
        validation_alias="showOnSignup",
        serialization_alias="showOnSignup",
    )
    """Indicates whether this term should be displayed during the user signup flow. Only applicable for marketing terms."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            title: list[PaymentTerminalOption12InfoItem] | None = ...,
            subtitle: list[PaymentTerminalOption12InfoItem] | None = ...,
            consent_text: list[PaymentTerminalOption12InfoItem],
            term_type: ConsentTermType | ConsentTermTypeLiteral,
            consent_required: bool,
            consent_collection: ConsentCollection | ConsentCollectionLiteral,
            consent_checkbox_default_state: bool,
            show_on_signup: bool | None = ...,
        ) -> None: ...


class TermsAndPolicy(SDKModel):
    id: int
    document: TermsAndPolicyDocument
    valid_from: datetime = Field(
        validation_alias="validFrom", serialization_alias="validFrom"
    )
    summary: list[PaymentTerminalOption12InfoItem] | None = None
    content: list[PaymentTerminalOption12InfoItem]
    status: TermsAndPolicyStatus | None = None
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            document: TermsAndPolicyDocument,
            valid_from: datetime,
            summary: list[PaymentTerminalOption12InfoItem] | None = ...,
            content: list[PaymentTerminalOption12InfoItem],
            status: TermsAndPolicyStatus | TermsAndPolicyStatusLiteral | None = ...,
            last_updated_at: datetime | None = ...,
        ) -> None: ...


TermsAndPolicy.model_rebuild()
TermsAndPolicyDocument.model_rebuild()
