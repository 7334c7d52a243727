"""Models generated from Mixed API 2.0.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum
from .error import Error


class DogPetType(OpenEnum):
    DOG = "dog"


class Dog(AmpecoModel):
    pet_type: DogPetType = Field(
        validation_alias="petType", serialization_alias="petType"
    )
    name: str
    weight: float | None = None
    owner: Error | None = None
