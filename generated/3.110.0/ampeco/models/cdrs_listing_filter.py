"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .cdr_delivery_response import CdrDeliveryResponse

if TYPE_CHECKING:
    from ..params import CdrDeliveryResponseLiteral


class CdrsListingFilter(SDKModel):
    start_date_time_from: datetime | None = Field(
        default=None,
        validation_alias="startDateTimeFrom",
        serialization_alias="startDateTimeFrom",
    )
    """Filters CDRs by the start time, selecting records with a start time equal to or later than the specified value. The date-time should be formatted according to ISO 8601 standards."""
    start_date_time_to: datetime | None = Field(
        default=None,
        validation_alias="startDateTimeTo",
        serialization_alias="startDateTimeTo",
    )
    """Filters CDRs by the start time, selecting records with a start time equal to or earlier than the specified value. This filter helps in selecting records up to a certain start time. The provided date-time should be in ISO 8601 format."""
    end_date_time_from: datetime | None = Field(
        default=None,
        validation_alias="endDateTimeFrom",
        serialization_alias="endDateTimeFrom",
    )
    """This filter retrieves CDRs with an end time equal to or later than the specified value. It helps filter records based on the end of a timeframe, ensuring that only records ending after a certain point are selected. The date-time format should adhere to ISO 8601 standards."""
    end_date_time_to: datetime | None = Field(
        default=None,
        validation_alias="endDateTimeTo",
        serialization_alias="endDateTimeTo",
    )
    """Filters CDRs based on their end time, selecting those with an end time equal to or earlier than the provided value. This filter limits the selection to records that conclude by a certain time. The date-time should be in ISO 8601 format."""
    operator_id: str | None = Field(
        default=None, validation_alias="operatorId", serialization_alias="operatorId"
    )
    """Only CDRs associated with a specific Roaming Operator/Provider."""
    platform_id: str | None = Field(
        default=None, validation_alias="platformId", serialization_alias="platformId"
    )
    """Only CDRs linked to a specific Roaming Platform."""
    roaming_id: str | None = Field(
        default=None, validation_alias="roamingId", serialization_alias="roamingId"
    )
    """Filters CDRs by the unique identifier within the CPO's platform (and sub-operator platforms)."""
    credit: str | None = None
    """Only Credit CDRs."""
    is_local: str | None = Field(
        default=None, validation_alias="isLocal", serialization_alias="isLocal"
    )
    """If true only CDRs that we issued as CPO will be returned, if false only CDRs that we received as eMSP will be returned."""
    received_after: datetime | None = Field(
        default=None,
        validation_alias="receivedAfter",
        serialization_alias="receivedAfter",
    )
    """Filters CDRs by the time when received from CPOs, selecting records with a received time equal to or later than the specified value. This filter helps in selecting received records from a certain time and works for non local CDRs. The provided date-time should be following the ISO 8601 standard."""
    received_before: datetime | None = Field(
        default=None,
        validation_alias="receivedBefore",
        serialization_alias="receivedBefore",
    )
    """Filters CDRs by the time when received from CPOs, selecting records with a start time equal to or earlier than the specified value. This filter helps in selecting received records up to a certain time and works for non local CDRs. The provided date-time should be following the ISO 8601 standard."""
    sent_after: datetime | None = Field(
        default=None, validation_alias="sentAfter", serialization_alias="sentAfter"
    )
    """Filters CDRs by the time when sent to EMSP, selecting records with a sent time equal to or later than the specified value. This filter helps in selecting sent records from a certain time and works for local CDRs. The provided date-time should be following the ISO 8601 standard."""
    sent_before: datetime | None = Field(
        default=None, validation_alias="sentBefore", serialization_alias="sentBefore"
    )
    """Filters CDRs by the time when sent to EMSP, selecting records with a sent time equal to or earlier than the specified value. This filter helps in selecting sent records from a certain time and works for local CDRs. The provided date-time should be following the ISO 8601 standard."""
    delivery_response: CdrDeliveryResponse | None = Field(
        default=None,
        validation_alias="deliveryResponse",
        serialization_alias="deliveryResponse",
    )
    """Filters CDRs that were sent to the EMSP based on their delivery status.
    Use this dropdown filter to retrieve CDRs with one of the following statuses:
      - `success`: CDRs successfully **accepted** by the EMSP.
      - `fail`: CDRs that were **rejected** (not accepted) by the EMSP.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            start_date_time_from: datetime | None = ...,
            start_date_time_to: datetime | None = ...,
            end_date_time_from: datetime | None = ...,
            end_date_time_to: datetime | None = ...,
            operator_id: str | None = ...,
            platform_id: str | None = ...,
            roaming_id: str | None = ...,
            credit: str | None = ...,
            is_local: str | None = ...,
            received_after: datetime | None = ...,
            received_before: datetime | None = ...,
            sent_after: datetime | None = ...,
            sent_before: datetime | None = ...,
            delivery_response: (
                CdrDeliveryResponse | CdrDeliveryResponseLiteral | None
            ) = ...,
        ) -> None: ...
