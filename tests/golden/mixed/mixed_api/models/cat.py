"""Models generated from Mixed API 2.0.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, OpenIntEnum, SDKModel

if TYPE_CHECKING:
    from ..params import CatLivesLiteral, CatPetTypeLiteral


class CatLives(OpenIntEnum):
    V7 = 7
    V9 = 9


class CatPetType(OpenEnum):
    CAT = "cat"


class Cat(SDKModel):
    pet_type: CatPetType = Field(
        validation_alias="petType", serialization_alias="petType"
    )
    name: str
    lives: CatLives | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            pet_type: CatPetType | CatPetTypeLiteral,
            name: str,
            lives: CatLives | CatLivesLiteral | None = ...,
        ) -> None: ...
