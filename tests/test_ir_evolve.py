"""``ir.evolve`` and ``ir.build``: what ``_replace`` and the constructor give, for the IR's records."""

from __future__ import annotations

import pickle
import pytest

from generator.model.ir import ANY, Body, Field, Model, Operation, Parameter, Response, TypeRef, Webhook, evolve


@pytest.mark.parametrize(
    ("obj", "changes"),
    [
        (TypeRef("model", "A"), {"name": "B", "nullable": True}),
        (Field("a", "a", ANY, True), {"type": TypeRef("primitive", "str"), "description": "d"}),
        (Model("M", ()), {"name": "N"}),
        (Response("200", "ok", "application/json", ANY), {"type": None}),
        (Parameter("a", "a", "query", ANY, False, "form", True), {"name": "b"}),
        (Body("application/json", ANY, True), {"encoding": ()}),
        (Webhook("w", "op", "{$url}", "post", None), {"body": Body("application/json", ANY, False)}),
        (Operation("op", "GET", "/x", "t", "r", "m"), {"method": "read", "replacement": "r.list"}),
    ],
)
def test_evolve_is_replace(obj, changes):
    evolved = evolve(obj, **changes)
    replaced = obj._replace(**changes)
    assert evolved == replaced and hash(evolved) == hash(replaced)
    assert type(evolved) is type(obj) and evolved is not obj
    assert [getattr(evolved, name) for name in obj._fields] == [getattr(replaced, name) for name in obj._fields]
    assert pickle.loads(pickle.dumps(evolved)) == evolved
    assert evolve(obj) == obj  # no change: an equal copy
    with pytest.raises(AttributeError):
        evolved.name = "other"  # still frozen


def test_evolve_refuses_what_is_not_a_field():
    with pytest.raises(ValueError, match="not fields of TypeRef"):
        evolve(TypeRef("any"), nam="typo")


def test_build_is_the_constructor_given_every_field():
    from generator.model.ir import MISSING, Constraints, build

    values = {
        "name": "a",
        "wire_name": "a",
        "type": TypeRef("primitive", "str"),
        "required": True,
        "description": "d",
        "default": MISSING,
        "read_only": False,
        "write_only": True,
        "deprecated": False,
        "format": "date",
        "constraints": Constraints(min_length=1),
        "example": MISSING,
    }
    assert list(Field._fields) == list(values)  # every field, in order
    built, made = build(Field, **values), Field(**values)
    assert built == made and hash(built) == hash(made) and repr(built) == repr(made)
    assert list(built._asdict().items()) == list(made._asdict().items())
    assert pickle.dumps(built) == pickle.dumps(made)
    with pytest.raises(AttributeError):
        built.name = "b"


def test_build_refuses_a_missing_field():
    from generator.model.ir import build

    with pytest.raises(AssertionError, match="not every field of TypeRef"):
        build(TypeRef, kind="any")
