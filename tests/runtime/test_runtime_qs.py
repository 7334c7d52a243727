"""Wire encoding of query, path, header and cookie parameters (runtime/qs.py)."""

from __future__ import annotations

import enum
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, unquote

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import Field

from runtime.models import SDKModel, OpenEnum
from runtime.operation import Operation, Param
from runtime.qs import (
    encode_cookies,
    encode_pairs,
    encode_query,
    expand_path,
    format_header_value,
    format_scalar,
    query_pairs,
)
from runtime.types import NOT_GIVEN
from runtime_fakes import EVSES_LISTING, SESSIONS_LISTING


def decoded(raw: str) -> str:
    return "&".join(f"{k}={v}" for k, v in parse_qsl(raw, keep_blank_values=True))


class Color(OpenEnum):
    RED = "red"


class Level(enum.IntEnum):
    HIGH = 3


class EvseFilter(SDKModel):
    charge_point_id: str | None = Field(default=None, alias="chargePointId")
    roaming: bool | None = None
    roaming_operator_ids: list[int] | None = Field(
        default=None, alias="roamingOperatorIds"
    )


def test_design_example_exact_raw_and_decoded() -> None:
    raw = encode_query(
        {
            "filter": {"chargePointId": 12, "roamingOperatorIds": [3]},
            "include": ["connectors"],
            "per_page": 50,
        },
        EVSES_LISTING,
    )
    assert raw == (
        "filter%5BchargePointId%5D=12&filter%5BroamingOperatorIds%5D%5B%5D=3"
        "&include%5B%5D=connectors&per_page=50"
    )
    assert decoded(raw) == (
        "filter[chargePointId]=12&filter[roamingOperatorIds][]=3"
        "&include[]=connectors&per_page=50"
    )


def test_arrays_use_empty_brackets_for_every_item() -> None:
    pairs = query_pairs({"include": ["connectors", "evses"]}, EVSES_LISTING)
    assert pairs == [("include[]", "connectors"), ("include[]", "evses")]


def test_array_without_declared_param_still_uses_brackets() -> None:
    assert query_pairs({"ids": [1, 2]}) == [("ids[]", "1"), ("ids[]", "2")]


def test_nested_objects_in_deep_object() -> None:
    pairs = query_pairs({"filter": {"a": {"b": 1, "c": [True, False]}}})
    assert pairs == [
        ("filter[a][b]", "1"),
        ("filter[a][c][]", "true"),
        ("filter[a][c][]", "false"),
    ]


def test_arrays_of_objects_are_indexed() -> None:
    pairs = query_pairs({"filter": {"items": [{"a": 1}, {"a": 2, "b": None}]}})
    assert pairs == [("filter[items][0][a]", "1"), ("filter[items][1][a]", "2")]


def test_booleans_everywhere() -> None:
    pairs = query_pairs(
        {"withAuthorization": True, "filter": {"roaming": False}, "flags": [True]},
        SESSIONS_LISTING,
    )
    assert pairs == [
        ("withAuthorization", "true"),
        ("filter[roaming]", "false"),
        ("flags[]", "true"),
    ]


def test_none_and_not_given_are_omitted_at_every_level() -> None:
    raw = encode_query(
        {
            "filter": {"a": None, "b": NOT_GIVEN, "c": 1, "d": [None, 2]},
            "include": None,
            "cursor": NOT_GIVEN,
            "per_page": 10,
        },
        EVSES_LISTING,
    )
    assert decoded(raw) == "filter[c]=1&filter[d][]=2&per_page=10"


def test_empty_containers_produce_nothing() -> None:
    assert query_pairs({"filter": {}, "include": [], "x": {"y": {}}}) == []


def test_datetime_with_offset_is_percent_encoded() -> None:
    when = datetime(2024, 5, 1, 10, 0, 0, tzinfo=timezone(timedelta(hours=2)))
    raw = encode_query({"filter": {"lastUpdatedAfter": when}}, EVSES_LISTING)
    assert raw == "filter%5BlastUpdatedAfter%5D=2024-05-01T10%3A00%3A00%2B02%3A00"
    assert decoded(raw) == "filter[lastUpdatedAfter]=2024-05-01T10:00:00+02:00"


def test_datetime_utc_and_naive_and_date() -> None:
    utc = datetime(2024, 1, 2, 3, 4, 5, 600000, tzinfo=timezone.utc)
    assert format_scalar(utc) == "2024-01-02T03:04:05.600000+00:00"
    assert format_scalar(datetime(2024, 1, 2, 3, 4, 5)) == "2024-01-02T03:04:05"
    assert format_scalar(date(2024, 1, 2)) == "2024-01-02"
    assert format_scalar(time(3, 4)) == "03:04:00"


def test_decimal_enum_and_numbers() -> None:
    assert format_scalar(Decimal("12.50")) == "12.50"
    assert format_scalar(Decimal("1E+3")) == "1000"
    assert format_scalar(Decimal("-0.000001")) == "-0.000001"
    assert format_scalar(Color.RED) == "red"
    assert format_scalar(Color("unknown-colour")) == "unknown-colour"
    assert format_scalar(Level.HIGH) == "3"
    assert format_scalar(7) == "7"
    assert format_scalar(1.5) == "1.5"
    with pytest.raises(ValueError):
        format_scalar(float("nan"))
    with pytest.raises(ValueError):
        format_scalar(Decimal("Infinity"))


def test_pydantic_model_in_filter_uses_aliases_and_only_set_fields() -> None:
    flt = EvseFilter(chargePointId="12", roamingOperatorIds=[3, 4])
    raw = encode_query({"filter": flt, "per_page": 5}, EVSES_LISTING)
    assert decoded(raw) == (
        "filter[chargePointId]=12&filter[roamingOperatorIds][]=3"
        "&filter[roamingOperatorIds][]=4&per_page=5"
    )
    explicit_none = EvseFilter(roaming=None, chargePointId="1")
    assert query_pairs({"filter": explicit_none}) == [("filter[chargePointId]", "1")]


def test_parameter_order_is_kept() -> None:
    pairs = query_pairs({"per_page": 1, "filter": {"z": 1, "a": 2}, "cursor": "c"})
    assert [k for k, _ in pairs] == ["per_page", "filter[z]", "filter[a]", "cursor"]


def test_special_characters_are_percent_encoded() -> None:
    raw = encode_query({"filter": {"name": "a b&c=d/é+?#[]"}})
    assert raw == "filter%5Bname%5D=a%20b%26c%3Dd%2F%C3%A9%2B%3F%23%5B%5D"
    assert parse_qsl(raw) == [("filter[name]", "a b&c=d/é+?#[]")]


def query_operation(*params: Param) -> Operation:
    """A GET operation declaring ``params``."""
    return Operation("x", "GET", "/x", "x", "x", False, "x", params=params)


def test_explicit_explode_false_joins_with_the_style_delimiter() -> None:
    op = query_operation(
        Param("ids", "query", explode=False),
        Param("tags", "query", "pipeDelimited", explode=False),
    )
    assert query_pairs({"ids": [1, 2], "tags": ["a", "b"]}, op) == [
        ("ids", "1,2"),
        ("tags", "a|b"),
    ]
    # A parameter the operation does not declare is sent as deepObject (PHP-style).
    assert query_pairs({"ids": [1, 2]}) == [("ids[]", "1"), ("ids[]", "2")]


def test_form_style_follows_openapi() -> None:
    """The default style of query parameters: exploded arrays repeat their name,
    exploded objects send their properties; unexploded objects are flattened."""
    op = query_operation(
        Param("id", "query"),
        Param("point", "query"),
        Param("color", "query", "form", explode=False),
        Param("words", "query", "spaceDelimited", explode=False),
    )
    values = {
        "id": [3, 4, None],
        "point": {"x": 1, "y": None, "z": True},
        "color": {"R": 100, "G": 200},
        "words": ["a b", "c"],
    }
    assert query_pairs(values, op) == [
        ("id", "3"),
        ("id", "4"),
        ("x", "1"),
        ("z", "true"),
        ("color", "R,100,G,200"),
        ("words", "a b c"),
    ]
    assert encode_query({"words": ["a b", "c"]}, op) == "words=a%20b%20c"
    assert query_pairs({"id": [], "color": {}}, op) == []


def test_sets_are_sorted_for_a_deterministic_url() -> None:
    assert query_pairs({"include": {"b", "a"}}) == [
        ("include[]", "a"),
        ("include[]", "b"),
    ]


def test_expand_path_encodes_each_value_into_its_segment() -> None:
    template = "/public-api/actions/charge-point/v1.0/{chargePoint}/start/{evse}"
    assert (
        expand_path(template, {"chargePoint": "a/b c", "evse": 7})
        == "/public-api/actions/charge-point/v1.0/a%2Fb%20c/start/7"
    )
    assert expand_path("/x/{flag}", {"flag": True}) == "/x/true"
    assert expand_path("/x/{c}", {"c": Color.RED}) == "/x/red"
    assert expand_path("/x/{d}", {"d": "..", "e": 1}) == "/x/%2E%2E"
    assert expand_path("/x/{id}", {"id": "?#%"}) == "/x/%3F%23%25"


def test_expand_path_rejects_missing_or_empty_values() -> None:
    with pytest.raises(ValueError, match="evse"):
        expand_path("/evses/{evse}", {})
    with pytest.raises(ValueError, match="evse"):
        expand_path("/evses/{evse}", {"evse": None})
    with pytest.raises(ValueError, match="empty"):
        expand_path("/evses/{evse}", {"evse": ""})


def test_header_and_cookie_values() -> None:
    assert format_header_value(True) == "true"
    assert format_header_value(None) is None
    assert format_header_value([1, 2]) == "1,2"
    assert format_header_value({"a": 1, "b": 2}) == "a,1,b,2"
    assert format_header_value({"a": 1}, Param("X", "header", explode=True)) == "a=1"
    assert encode_cookies({"session": "a b", "skip": None}) == "session=a%20b"
    assert encode_cookies({"skip": None}) is None


_keys = st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters="[]"),
    min_size=1,
    max_size=8,
)
_values = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=12),
    st.integers(),
    st.booleans(),
)


@given(st.dictionaries(_keys, st.one_of(_values, st.lists(_values, max_size=3))))
def test_encoding_round_trips_through_a_php_style_decoder(
    filter_value: dict[str, Any],
) -> None:
    raw = encode_query({"filter": filter_value}, EVSES_LISTING)
    # Only unreserved characters and percent-escapes may appear on the wire.
    assert all(c.isascii() and (c.isalnum() or c in "-._~%=&") for c in raw)
    expected: list[tuple[str, str]] = []
    for key, value in filter_value.items():
        if isinstance(value, list):
            expected += [(f"filter[{key}][]", format_scalar(v)) for v in value]
        else:
            expected.append((f"filter[{key}]", format_scalar(value)))
    assert parse_qsl(raw, keep_blank_values=True) == expected
    assert [
        tuple(unquote(part) for part in pair.split("=", 1))
        for pair in raw.split("&")
        if pair
    ] == expected


def test_encode_pairs_is_plain_percent_encoding() -> None:
    assert encode_pairs([("a[]", "x y"), ("b", "")]) == "a%5B%5D=x%20y&b="
