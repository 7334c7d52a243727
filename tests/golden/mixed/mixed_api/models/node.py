"""Models generated from Mixed API 2.0.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, TYPE_CHECKING, Union

from pydantic import Discriminator, Field, Tag

from .._runtime.models import OpenEnum, SDKModel
from .._runtime.discriminator import tag_of
from .cat import Cat
from .dog import Dog

if TYPE_CHECKING:
    from ..params import NodeKindLiteral, ShapeLiteral


class NodeKind(OpenEnum):
    NODE = "node"


class Shape(OpenEnum):
    ROUND = "round"
    SQUARE = "square"


class Node(SDKModel):
    value: str | None = None
    children: list[Node] | None = None
    tags: dict[str, str] | None = None
    pets: (
        dict[
            str,
            Annotated[
                Union[Annotated[Cat, Tag("cat")], Annotated[Dog, Tag("dog")]],
                Discriminator(tag_of("petType")),
            ],
        ]
        | None
    ) = None
    matrix: list[list[int]] | None = None
    extra: Any = None
    point: tuple[float, float] | None = None
    span: tuple[date, int] | None = None
    labelled: list[str | int] | None = None
    kind: NodeKind | None = None
    shape: Shape | None = None
    ti_lde: str | None = Field(
        default=None, validation_alias="ti~lde", serialization_alias="ti~lde"
    )
    """a property name with a tilde"""
    slash: (
        Annotated[
            Union[Annotated[Cat, Tag("cat")], Annotated[Dog, Tag("dog")]],
            Discriminator(tag_of("petType")),
        ]
        | None
    ) = None
    tilde: str | None = None
    """a property name with a tilde"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            value: str | None = ...,
            children: list[Node] | None = ...,
            tags: dict[str, str] | None = ...,
            pets: dict[str, Cat | Dog] | None = ...,
            matrix: list[list[int]] | None = ...,
            extra: Any = ...,
            point: tuple[float, float] | None = ...,
            span: tuple[date, int] | None = ...,
            labelled: list[str | int] | None = ...,
            kind: NodeKind | NodeKindLiteral | None = ...,
            shape: Shape | ShapeLiteral | None = ...,
            ti_lde: str | None = ...,
            slash: Cat | Dog | None = ...,
            tilde: str | None = ...,
        ) -> None: ...


Node.model_rebuild()
