"""Models share the set of their field names (so a parsed listing page holds little
more than its body, issue 18; measured in test_generated_runtime.py), and assigning a
field unshares it."""

from __future__ import annotations

from runtime_fakes import Evse, StartSessionRequest, evse_json


def test_assigning_a_field_does_not_touch_other_items() -> None:
    items = [Evse.model_validate(evse_json(n)) for n in range(3)]
    assert (
        items[0].__pydantic_fields_set__ is items[1].__pydantic_fields_set__
    )  # shared
    assert items[1].__pydantic_fields_set__ is items[2].__pydantic_fields_set__
    items[0].phases = 3
    assert "phases" in items[0].model_fields_set
    assert (
        "phases" not in items[1].model_fields_set
        and "phases" not in items[2].model_fields_set
    )
    assert (
        items[1].model_dump(exclude_unset=True, by_alias=True).keys()
        == evse_json(1).keys()
    )


def test_request_models_keep_exactly_the_fields_given() -> None:
    a = StartSessionRequest(user_id=1)
    b = StartSessionRequest(id_tag="x")
    c = StartSessionRequest(user_id=2)
    assert a.model_dump(exclude_unset=True) == {"user_id": 1}
    assert b.model_dump(exclude_unset=True) == {"id_tag": "x"}
    c.max_amount = None
    assert c.model_dump(exclude_unset=True) == {"user_id": 2, "max_amount": None}
    assert StartSessionRequest(user_id=3).model_fields_set == {"user_id"}
