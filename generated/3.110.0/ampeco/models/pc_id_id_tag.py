"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .id_tag_type import IdTagType
from .rfid_tags_listing_deprecated_filter_status import (
    RfidTagsListingDeprecatedFilterStatus,
)

if TYPE_CHECKING:
    from ..params import IdTagTypeLiteral, RfidTagsListingDeprecatedFilterStatusLiteral


class PcIdIdTag(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int | None = ...,
            type: IdTagType | IdTagTypeLiteral | None = ...,
            name: str | None = ...,
            payment_method: str | None = ...,
            status: (
                RfidTagsListingDeprecatedFilterStatus
                | RfidTagsListingDeprecatedFilterStatusLiteral
                | None
            ) = ...,
            expire_at: datetime | None = ...,
        ) -> None: ...
