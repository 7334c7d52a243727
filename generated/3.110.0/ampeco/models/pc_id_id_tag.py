"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel
from .id_tag_type import IdTagType
from .rfid_tags_listing_deprecated_filter_status import (
    RfidTagsListingDeprecatedFilterStatus,
)


class PcIdIdTag(AmpecoModel):
    id: int | None = None
    type: IdTagType | None = None
    name: str | None = None
    payment_method: str | None = Field(
        default=None,
        validation_alias="paymentMethod",
        serialization_alias="paymentMethod",
    )
    status: RfidTagsListingDeprecatedFilterStatus | None = None
    expire_at: datetime | None = Field(
        default=None, validation_alias="expireAt", serialization_alias="expireAt"
    )
