"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel
from .id_tag_type import IdTagType
from .rfid_tags_listing_deprecated_filter_status import (
    RfidTagsListingDeprecatedFilterStatus,
)


class RfidTagsListingDeprecatedFilter(AmpecoModel):
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
