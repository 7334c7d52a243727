"""Models and enums of the Mixed API 2.0.0, for the stub server.

The stub checks request bodies and invents responses with these shapes. Names are the
SDK's class names; fields keep their wire names.
"""

from __future__ import annotations

from .._runtime.stub_schema import (
    ANY,
    BOOL,
    BYTES,
    DATE,
    FLOAT,
    INT,
    STR,
    Field,
    Model,
    Schemas,
    array_of,
    choice,
    map_of,
    model,
    nullable,
    one_of,
    ref,
    tuple_of,
)

MODELS: dict[str, Model] = {
    "Cat": model(
        Field("petType", choice("CatPetType"), required=True),
        Field("name", STR, required=True, example="Tom"),
        Field("lives", choice("CatLives")),
    ),
    "Dog": model(
        Field("petType", choice("DogPetType"), required=True),
        Field("name", STR, required=True, example="Tom"),
        Field("weight", choice("DogWeight")),
        Field("owner", ref("Error")),
    ),
    "Error": model(Field("message", STR, required=True), Field("code", INT)),
    "FileUploadRequest": model(Field("file", BYTES), Field("title", STR)),
    "FileUploadResponse": model(Field("size", INT)),
    "FormSubmitRequest": model(
        Field("name", STR), Field("count", INT), Field("agree", BOOL)
    ),
    "Node": model(
        Field("value", nullable(STR)),
        Field("children", array_of(ref("Node"))),
        Field("tags", map_of(STR)),
        Field("pets", map_of(one_of(ref("Cat"), ref("Dog")))),
        Field("matrix", array_of(array_of(INT))),
        Field("extra", ANY),
        Field("point", tuple_of(FLOAT, FLOAT)),
        Field("span", tuple_of(DATE, INT), min_items=2, max_items=2),
        Field("labelled", array_of(one_of(STR, INT))),
        Field("kind", choice("NodeKind")),
        Field("shape", choice("Shape")),
        Field("ti~lde", STR),
        Field("slash", one_of(ref("Cat"), ref("Dog"))),
        Field("tilde", STR),
    ),
}

ENUMS: dict[str, list[str | int | float]] = {
    "CatLives": [7, 9],
    "CatPetType": ["cat"],
    "DogPetType": ["dog"],
    "DogWeight": [1.5, 2.5],
    "NodeKind": ["node"],
    "Shape": ["round", "square"],
}

SCHEMAS = Schemas(MODELS, ENUMS)
