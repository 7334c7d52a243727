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


# -- no dict for unknown keys until there is one ---------------------------------------


def test_models_without_unknown_keys_hold_no_extra_dict() -> None:
    parsed = Evse.model_validate(evse_json(1))
    made = StartSessionRequest(user_id=1)
    assert parsed.__pydantic_extra__ is None and made.__pydantic_extra__ is None
    unknown = Evse.model_validate(evse_json(1, newField=True))
    assert unknown.__pydantic_extra__ == {"newField": True}


def test_no_extra_dict_changes_nothing_a_caller_sees() -> None:
    import copy
    import pickle

    evse = Evse.model_validate(evse_json(1))
    twin = Evse.model_validate_json(Evse.model_validate(evse_json(1)).model_dump_json())
    assert evse == twin and evse == copy.copy(evse) == copy.deepcopy(evse)
    assert pickle.loads(pickle.dumps(evse)) == evse
    assert "newField" not in evse.model_dump(by_alias=True)
    assert evse.model_copy(update={"newField": 1}).model_dump()["newField"] == 1
    with_extra = Evse.model_validate(evse_json(1, newField=True))
    assert evse != with_extra
    evse.newField = 2  # an unknown attribute set: kept as pydantic keeps it
    assert evse.model_extra == {"newField": 2} and evse == Evse.model_validate(
        evse_json(1, newField=2)
    )
    other = Evse.model_validate(evse_json(2))
    other.model_extra["later"] = True  # model_extra is the live dict, as in pydantic
    assert other.later is True and other.model_dump()["later"] is True
    del other.later
    assert other.model_extra == {}
