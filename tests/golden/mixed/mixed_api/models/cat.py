"""Models generated from Mixed API 2.0.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum, OpenIntEnum


class CatLives(OpenIntEnum):
    V7 = 7
    V9 = 9


class CatPetType(OpenEnum):
    CAT = "cat"


class Cat(AmpecoModel):
    pet_type: CatPetType = Field(
        validation_alias="petType", serialization_alias="petType"
    )
    name: str
    lives: CatLives | None = None
