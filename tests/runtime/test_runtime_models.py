"""Models, open enums, loose parsing and JSON encoding (runtime/models.py)."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Annotated, Any, Literal, Union

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, Field, RootModel

from runtime.models import (
    SDKModel,
    OpenEnum,
    encode_json,
    get_adapter,
    is_unknown_member,
    parse_json,
    parse_loose,
    to_jsonable,
)
from runtime_fakes import (
    Connector,
    CurrentType,
    Evse,
    EvseStatus,
    Phases,
    StartSessionAccepted,
    StartSessionRequest,
    evse_json,
)


def is_a(value: object, cls: type) -> bool:
    """isinstance without type narrowing: loose values may break declared types."""
    return isinstance(value, cls)


# -- open enums ------------------------------------------------------------------------


def test_known_enum_values_are_the_members() -> None:
    assert EvseStatus("out of order") is EvseStatus.OUT_OF_ORDER
    assert not is_unknown_member(EvseStatus.ENABLED)


def test_unknown_string_value_gives_a_stable_readable_pseudo_member() -> None:
    member = EvseStatus("charging-v2")
    assert isinstance(member, EvseStatus)
    assert member.value == "charging-v2"
    assert member == "charging-v2"
    assert str(member) == "charging-v2"
    assert f"{member}" == "charging-v2"
    assert EvseStatus("charging-v2") is member
    assert is_unknown_member(member)
    assert "charging-v2" not in EvseStatus.__members__
    assert len(EvseStatus) == 3


def test_open_enum_rejects_non_strings() -> None:
    with pytest.raises(ValueError):
        EvseStatus(5)


def test_open_int_enum() -> None:
    assert Phases(3) is Phases.THREE
    unknown = Phases(2)
    assert isinstance(unknown, Phases) and unknown.value == 2 and unknown == 2
    assert is_unknown_member(unknown)
    with pytest.raises(ValueError):
        Phases(False)
    with pytest.raises(ValueError):
        Phases("x")


def test_pydantic_parses_unknown_enum_values_and_extra_fields() -> None:
    evse = parse_json(
        Evse,
        json.dumps(
            evse_json(1, status="reserved-v9", phases=2, brandNewField={"x": 1})
        ),
    )
    assert isinstance(evse, Evse)
    assert evse.status == "reserved-v9" and isinstance(evse.status, EvseStatus)
    assert evse.phases == 2 and isinstance(evse.phases, Phases)
    assert evse.brandNewField == {"x": 1}  # type: ignore[attr-defined]
    assert evse.model_extra == {"brandNewField": {"x": 1}}
    assert evse.current_type is CurrentType.AC
    assert evse.last_updated_at == datetime(2024, 5, 1, 10, tzinfo=timezone.utc)
    # Unknown values survive a round trip back to the wire.
    dumped = evse.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert dumped["status"] == "reserved-v9" and dumped["phases"] == 2


def test_model_accepts_field_names_and_aliases() -> None:
    assert Evse(chargePointId=1).charge_point_id == 1
    assert Evse(charge_point_id=2).charge_point_id == 2  # type: ignore[call-arg]


# -- loose parsing ---------------------------------------------------------------------


def test_missing_required_field_is_parsed_loosely() -> None:
    data = evse_json(1)
    del data["chargePointId"]
    evse = parse_loose(Evse, data)
    assert isinstance(evse, Evse)
    assert evse.charge_point_id is None  # readable, not an AttributeError
    assert "charge_point_id" not in evse.model_fields_set
    assert evse.id == 1 and evse.status is EvseStatus.ENABLED
    assert evse.last_updated_at == datetime(2024, 5, 1, 10, tzinfo=timezone.utc)
    assert "chargePointId" not in evse.model_dump(by_alias=True, exclude_unset=True)


def test_wrong_types_are_kept_raw_and_valid_fields_still_validated() -> None:
    data = evse_json(
        1,
        id="not-a-number",
        connectors=[{"id": 1, "type": "CCS"}, {"id": "x"}, "garbage"],
        lastUpdatedAt="yesterday",
        extra=[1, 2],
    )
    evse: Any = parse_loose(Evse, data)
    assert is_a(evse, Evse)
    assert evse.id == "not-a-number"
    assert evse.last_updated_at == "yesterday"
    assert evse.connectors[0] == Connector(id=1, type="CCS")
    assert is_a(evse.connectors[1], Connector)
    assert evse.connectors[1].id == "x"
    assert evse.connectors[2] == "garbage"
    assert evse.current_type is CurrentType.AC
    assert evse.extra == [1, 2]


def test_a_whole_unknown_shape_never_raises() -> None:
    assert parse_loose(Evse, [1, 2, 3]) == [1, 2, 3]
    assert parse_loose(Evse, "text") == "text"
    odd = parse_loose(Evse, {"totally": {"different": True}})
    assert isinstance(odd, Evse)
    assert odd.totally == {"different": True}  # type: ignore[attr-defined]
    assert parse_loose(list[Evse], {"not": "a list"}) == {"not": "a list"}
    assert parse_loose(int, "abc") == "abc"


def test_loose_lists_dicts_and_unions() -> None:
    items = parse_loose(list[Evse], [evse_json(1), {"id": 2}])
    assert [type(i) for i in items] == [Evse, Evse]
    assert items[1].charge_point_id is None
    mapping: Any = parse_loose(dict[str, Connector], {"a": {"id": "z"}})
    assert is_a(mapping["a"], Connector) and mapping["a"].id == "z"

    class A(SDKModel):
        kind: Literal["a"]
        a_value: int = Field(alias="aValue")

    class B(SDKModel):
        kind: Literal["b"]
        b_value: int = Field(alias="bValue")

    union: Any = Union[A, B]
    assert isinstance(parse_loose(union, {"kind": "b", "bValue": 1}), B)
    loose: Any = parse_loose(union, {"kind": "b", "bValue": "x"})
    assert is_a(loose, B) and loose.b_value == "x"
    discriminated: Any = Annotated[Union[A, B], Field(discriminator="kind")]
    assert isinstance(parse_loose(discriminated, {"kind": "a", "aValue": 2}), A)
    assert parse_loose(discriminated, {"kind": "c"}) is not None


def test_loose_root_model() -> None:
    class Ids(RootModel[list[int]]):
        pass

    assert parse_loose(Ids, [1, 2]).root == [1, 2]
    loose: Any = parse_loose(Ids, [1, "x"])
    assert loose.root == [1, "x"]


def test_required_nullable_field_missing() -> None:
    accepted = parse_loose(StartSessionAccepted, {"success": True, "sessionId": 5})
    assert accepted.success is True and accepted.session_id == 5
    assert accepted.authorization_id is None


def test_parse_json_fast_path_and_errors() -> None:
    assert parse_json(list[int], b"[1,2]") == [1, 2]
    assert parse_json(dict[str, Any], b'{"a": 1}') == {"a": 1}
    assert parse_json(bool, b"true") is True
    with pytest.raises(ValueError):
        parse_json(Evse, b"<html>")
    with pytest.raises(ValueError):
        parse_json(Evse, b"")


def test_type_adapters_are_cached() -> None:
    assert get_adapter(list[Evse]) is get_adapter(list[Evse])
    unhashable: Any = Annotated[int, Field(ge=0)]
    first = get_adapter(unhashable)
    assert first is get_adapter(unhashable)


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda inner: st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=5), inner, max_size=3),
        max_leaves=10,
    )
)
def test_loose_parsing_never_raises_for_any_json(value: Any) -> None:
    for tp in (Evse, list[Evse], StartSessionAccepted, int, dict[str, Evse]):
        parse_loose(tp, value)
    if isinstance(value, dict):
        assert isinstance(parse_loose(Evse, value), Evse)


# -- JSON encoding ---------------------------------------------------------------------


def test_body_model_by_alias_only_set_fields_and_explicit_null() -> None:
    body = StartSessionRequest(userId=7, paymentMethodId=None)
    assert json.loads(encode_json(body)) == {"userId": 7, "paymentMethodId": None}
    assert encode_json(StartSessionRequest()) == b"{}"


def test_decimal_is_a_json_number_with_its_exact_digits() -> None:
    raw = encode_json({"amount": Decimal("12.30"), "tiny": Decimal("0.1000000001")})
    assert raw == b'{"amount":12.30,"tiny":0.1000000001}'
    assert json.loads(raw, parse_float=Decimal)["amount"] == Decimal("12.30")
    assert encode_json(StartSessionRequest(maxAmount=Decimal("99.99"))) == (
        b'{"maxAmount":99.99}'
    )
    assert encode_json(Decimal("1E+2")) == b"100"
    with pytest.raises(ValueError):
        encode_json(Decimal("NaN"))
    with pytest.raises(ValueError):
        encode_json(float("inf"))


def test_dates_enums_nested_models_and_mappings() -> None:
    aware = datetime(2024, 5, 1, 10, 0, tzinfo=timezone(timedelta(hours=-5)))
    naive = datetime(2024, 5, 1, 10, 0)
    payload = {
        "when": aware,
        "naive": naive,
        "day": date(2024, 5, 1),
        "status": EvseStatus.OUT_OF_ORDER,
        "unknown": EvseStatus("new-value"),
        "phases": Phases.THREE,
        "connector": Connector(id=1),
        "list": (1, 2.5, "x", None, True),
        "uuid": uuid.UUID(int=1),
        "text": 'quote " and é',
    }
    assert json.loads(encode_json(payload)) == {
        "when": "2024-05-01T10:00:00-05:00",
        "naive": "2024-05-01T10:00:00",
        "day": "2024-05-01",
        "status": "out of order",
        "unknown": "new-value",
        "phases": 3,
        "connector": {"id": 1},
        "list": [1, 2.5, "x", None, True],
        "uuid": "00000000-0000-0000-0000-000000000001",
        "text": 'quote " and é',
    }


def test_nested_model_inside_model_keeps_exclude_unset() -> None:
    class Outer(SDKModel):
        inner: Connector | None = None
        evse_status: EvseStatus | None = Field(default=None, alias="evseStatus")
        when: datetime | None = None

    outer = Outer(inner=Connector(type="CCS"), evseStatus=EvseStatus.ENABLED)
    assert to_jsonable(outer) == {"inner": {"type": "CCS"}, "evseStatus": "enabled"}


def test_unencodable_values_raise_type_error() -> None:
    with pytest.raises(TypeError):
        encode_json({"x": object()})
    with pytest.raises(TypeError):
        encode_json({(1, 2): 1})


def test_plain_base_model_is_encoded_too() -> None:
    class Plain(BaseModel):
        a: int = 1
        b: int = 2

    assert encode_json(Plain(b=3)) == b'{"b":3}'


def test_loose_parsing_keeps_keys_that_look_like_parameters() -> None:
    from runtime.models import parse_loose

    class Thing(SDKModel):
        name: str

    parsed = parse_loose(Thing, {"cls": None, "_fields_set": 1, "self": 2})
    assert parsed.name is None
    assert parsed.model_extra == {"cls": None, "_fields_set": 1, "self": 2}
