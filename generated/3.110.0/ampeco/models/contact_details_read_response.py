"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class ContactDetailsReadResponse(SDKModel):
    email: str
    phone: str | None = None
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
        deprecated="ContactDetailsReadResponse.last_updated_at is deprecated",
    )
    """Deprecated.

    ISO 8601 formatted date
    """
