"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import BookingRequestOption1ParkingSpaceCriteriaVehicleTypeLiteral


class BookingRequestOption1ParkingSpaceCriteriaVehicleType(OpenEnum):
    """Required vehicle type. Omitted in response when not specified."""

    TWO_AND_THREE_WHEEL_VEHICLES_AND_QUADRICYCLES = (
        "two_and_three_wheel_vehicles_and_quadricycles"
    )
    PASSENGER_VEHICLES = "passenger_vehicles"
    PASSENGER_VEHICLES_WITH_TRAILER = "passenger_vehicles_with_trailer"
    LIGHT_DUTY_VANS = "light_duty_vans"
    HEAVY_DUTY_TRACTOR_UNITS_WITHOUT_TRAILER = (
        "heavy_duty_tractor_units_without_trailer"
    )
    HEAVY_DUTY_TRUCKS_WITHOUT_ARTICULATION_POINT = (
        "heavy_duty_trucks_without_articulation_point"
    )
    HEAVY_DUTY_TRUCKS_WITH_TRAILER_ATTACHED = "heavy_duty_trucks_with_trailer_attached"
    BUSES_OR_MOTOR_COACHES = "buses_or_motor_coaches"


class BookingRequestOption1ParkingSpaceCriteria(SDKModel):
    """Parking space criteria for selecting EVSE with suitable parking.

    Response behavior: This property is only included in the response when parking criteria were specified in the request. If no criteria were provided, this property is omitted entirely.
    """

    vehicle_weight_kg: int | None = Field(
        default=None,
        validation_alias="vehicleWeightKg",
        serialization_alias="vehicleWeightKg",
    )
    """Vehicle weight in kilograms. Omitted in response when not specified."""
    vehicle_height_cm: int | None = Field(
        default=None,
        validation_alias="vehicleHeightCm",
        serialization_alias="vehicleHeightCm",
    )
    """Vehicle height in centimeters. Omitted in response when not specified."""
    vehicle_length_cm: int | None = Field(
        default=None,
        validation_alias="vehicleLengthCm",
        serialization_alias="vehicleLengthCm",
    )
    """Vehicle length in centimeters. Omitted in response when not specified."""
    vehicle_width_cm: int | None = Field(
        default=None,
        validation_alias="vehicleWidthCm",
        serialization_alias="vehicleWidthCm",
    )
    """Vehicle width in centimeters. Omitted in response when not specified."""
    vehicle_type: BookingRequestOption1ParkingSpaceCriteriaVehicleType | None = Field(
        default=None, validation_alias="vehicleType", serialization_alias="vehicleType"
    )
    """Required vehicle type. Omitted in response when not specified."""
    drive_through_required: bool | None = Field(
        default=None,
        validation_alias="driveThroughRequired",
        serialization_alias="driveThroughRequired",
    )
    """Whether parking space must support drive-through charging. Omitted in response when not specified."""
    refrigeration_outlet_required: bool | None = Field(
        default=None,
        validation_alias="refrigerationOutletRequired",
        serialization_alias="refrigerationOutletRequired",
    )
    """Whether parking space must have refrigeration outlet. Omitted in response when not specified."""
    dangerous_goods_allowed: bool | None = Field(
        default=None,
        validation_alias="dangerousGoodsAllowed",
        serialization_alias="dangerousGoodsAllowed",
    )
    """Whether parking space must allow dangerous goods vehicles. Omitted in response when not specified."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            vehicle_weight_kg: int | None = ...,
            vehicle_height_cm: int | None = ...,
            vehicle_length_cm: int | None = ...,
            vehicle_width_cm: int | None = ...,
            vehicle_type: (
                BookingRequestOption1ParkingSpaceCriteriaVehicleType
                | BookingRequestOption1ParkingSpaceCriteriaVehicleTypeLiteral
                | None
            ) = ...,
            drive_through_required: bool | None = ...,
            refrigeration_outlet_required: bool | None = ...,
            dangerous_goods_allowed: bool | None = ...,
        ) -> None: ...
