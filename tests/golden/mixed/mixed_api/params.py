"""Typed mappings for the Mixed API 2.0.0: regenerate, do not edit.

``<Model>Param`` is a ``TypedDict`` of a request model's wire (camelCase) keys: pass one
(or a plain dict literal) wherever the model is accepted, and a type checker catches a
wrong key or value type. ``<Enum>Literal`` is the ``Literal`` of an enum's values, so
``status="finished"`` type-checks where the enum is expected. At run time a mapping
with a key its model does not know raises ``UnknownKeyError`` before anything is sent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date
    from typing import Any
    from . import models


CatLivesLiteral: TypeAlias = Literal[7, 9]


CatPetTypeLiteral: TypeAlias = Literal["cat"]


DogPetTypeLiteral: TypeAlias = Literal["dog"]


NodeKindLiteral: TypeAlias = Literal["node"]


ShapeLiteral: TypeAlias = Literal["round", "square"]


class _CatParamRequired(TypedDict):
    petType: models.CatPetType | CatPetTypeLiteral
    name: str


class CatParam(_CatParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.Cat`, for a type-checked mapping."""

    lives: models.CatLives | CatLivesLiteral


class _DogParamRequired(TypedDict):
    petType: models.DogPetType | DogPetTypeLiteral
    name: str


class DogParam(_DogParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.Dog`, for a type-checked mapping."""

    weight: float
    owner: models.Error | ErrorParam


class _ErrorParamRequired(TypedDict):
    message: str


class ErrorParam(_ErrorParamRequired, total=False):
    """The wire (camelCase) keys of :class:`~.models.Error`, for a type-checked mapping."""

    code: int


class FileUploadRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.FileUploadRequest`, for a type-checked mapping."""

    file: bytes
    title: str


class FormSubmitRequestParam(TypedDict, total=False):
    """The wire (camelCase) keys of :class:`~.models.FormSubmitRequest`, for a type-checked mapping."""

    name: str
    count: int
    agree: bool


NodeParam = TypedDict(
    "NodeParam",
    {
        "value": "str | None",
        "children": "Sequence[models.Node | NodeParam]",
        "tags": "Mapping[str, str]",
        "pets": "Mapping[str, models.Cat | CatParam | models.Dog | DogParam]",
        "matrix": "Sequence[Sequence[int]]",
        "extra": "Any",
        "point": "tuple[float, float]",
        "span": "tuple[date, int]",
        "labelled": "Sequence[str | int]",
        "kind": "models.NodeKind | NodeKindLiteral",
        "shape": "models.Shape | ShapeLiteral",
        "ti~lde": "str",
        "slash": "models.Cat | CatParam | models.Dog | DogParam",
        "tilde": "str",
    },
    total=False,
)
