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


class RfidTagsListingDeprecatedFilter(SDKModel):
    rfid_tag_uid: str | None = Field(
        default=None, validation_alias="rfidTagUid", serialization_alias="rfidTagUid"
    )
    """Only list RFID tags with a certain UID"""
    rfid_label: str | None = Field(
        default=None, validation_alias="rfidLabel", serialization_alias="rfidLabel"
    )
    """Only list RFID tags with a certain label"""
    user_id: str | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    """Only list RFID tags with a certain user id"""
    expire_at: datetime | None = Field(
        default=None, validation_alias="expireAt", serialization_alias="expireAt"
    )
    """Only list RFID tags that have an expiration date grater or equal to the supplied date"""
    status: RfidTagsListingDeprecatedFilterStatus | None = None
    """Only list RFID tags in this status"""
    type: IdTagType | None = None
    """Only list RFID tags in this type"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            rfid_tag_uid: str | None = ...,
            rfid_label: str | None = ...,
            user_id: str | None = ...,
            expire_at: datetime | None = ...,
            status: (
                RfidTagsListingDeprecatedFilterStatus
                | RfidTagsListingDeprecatedFilterStatusLiteral
                | None
            ) = ...,
            type: IdTagType | IdTagTypeLiteral | None = ...,
        ) -> None: ...
