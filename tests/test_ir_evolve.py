"""``ir.evolve``: what ``_replace`` gives, for the IR's records."""

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
