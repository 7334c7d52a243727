"""Models generated from Mixed API 2.0.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .error import Error

if TYPE_CHECKING:
    from ..params import DogPetTypeLiteral


class DogPetType(OpenEnum):
    DOG = "dog"


class Dog(SDKModel):
    pet_type: DogPetType = Field(
        validation_alias="petType", serialization_alias="petType"
    )
    name: str
    weight: float | None = None
    owner: Error | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            pet_type: DogPetType | DogPetTypeLiteral,
            name: str,
            weight: float | None = ...,
            owner: Error | None = ...,
        ) -> None: ...
