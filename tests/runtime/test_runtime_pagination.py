"""Page parsing and next-page resolution (runtime/pagination.py), plus Operation."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx
import pytest

from runtime.errors import UnsafeRedirectError
from runtime.operation import Operation, Param
from runtime.pagination import (
    Page,
    PageLinks,
    PageMeta,
    next_page_url,
    parse_page,
    same_origin,
)
from runtime_fakes import EVSES_LISTING, Evse, evse_json

BASE = httpx.URL("https://cpo.example.com")
FIRST = httpx.URL("https://cpo.example.com/public-api/resources/evses/v2.1?per_page=2")


def page(
    data: list[Any],
    *,
    next_link: str | None = None,
    meta: Mapping[str, Any] | None = None,
) -> Page[Any]:
    return Page(
        data,
        PageLinks(next=next_link),
        PageMeta.model_validate(meta or {}),
        httpx.Response(200),
    )


def build_url(query: Mapping[str, Any]) -> httpx.URL:
    encoded = "&".join(f"{k}={v}" for k, v in query.items() if v is not None)
    return httpx.URL(
        f"https://cpo.example.com/public-api/resources/evses/v2.1?{encoded}"
    )


def resolve(p: Page[Any], pagination: str | None = "cursor", **kw: Any) -> Any:
    return next_page_url(
        p,
        pagination=pagination,
        base_url=kw.get("base_url", BASE),
        current_url=FIRST,
        query_pairs=kw.get("query_pairs", [("per_page", "2")]),
        build_url=lambda extra: build_url({"per_page": 2, **extra}),
    )


def test_operation_repr_matches_the_design_example() -> None:
    assert repr(EVSES_LISTING) == (
        "Operation(operation_id='evsesListing', http_method='GET', "
        "path='/public-api/resources/evses/v2.1', resource='evses', method='listing', "
        "deprecated=False, summary='EVSEs / Listing')"
    )
    assert EVSES_LISTING.param("query", "filter") == Param(
        "filter", "query", "deepObject"
    )
    assert EVSES_LISTING.param("path", "filter") is None
    assert Param("x", "query").effective_style == "form"
    assert Param("x", "query").effective_explode is True
    assert Param("x", "path").effective_style == "simple"
    assert Param("x", "path").effective_explode is False
    assert hash(EVSES_LISTING) == hash(EVSES_LISTING)


def test_follows_same_origin_next_link() -> None:
    link = (
        "https://cpo.example.com/public-api/resources/evses/v2.1?cursor=abc&per_page=2"
    )
    assert resolve(page([1], next_link=link)) == httpx.URL(link)
    relative = resolve(page([1], next_link="/public-api/resources/evses/v2.1?cursor=r"))
    assert str(relative) == (
        "https://cpo.example.com/public-api/resources/evses/v2.1?cursor=r&per_page=2"
    )
    explicit_port = "https://cpo.example.com:443/x?cursor=p"
    assert resolve(page([1], next_link=explicit_port)) is not None


@pytest.mark.parametrize(
    "link",
    [
        "http://cpo.example.com/public-api/resources/evses/v2.1?cursor=abc",
        "https://cpo.example.com:8443/x?cursor=abc",
        "https://evil.example.com/x?cursor=abc",
        "https://cpo.example.com.evil.com/x",
        "//evil.example.com/x",
    ],
)
def test_refuses_other_origins(link: str) -> None:
    with pytest.raises(UnsafeRedirectError, match="Refusing to follow"):
        resolve(page([1], next_link=link))


def test_missing_parameters_are_added_back_to_next_link() -> None:
    pairs = [("filter[chargePointId]", "12"), ("include[]", "a"), ("per_page", "2")]
    url = resolve(
        page([1], next_link="https://cpo.example.com/x?cursor=c&include%5B%5D=b"),
        query_pairs=pairs,
    )
    assert (
        url.query == b"cursor=c&include%5B%5D=b&filter%5BchargePointId%5D=12&per_page=2"
    )


def test_cursor_meta_fallback_and_page_numbers() -> None:
    assert resolve(page([1], meta={"next_cursor": "n1"})) == build_url(
        {"per_page": 2, "cursor": "n1"}
    )
    numbered = page([1], meta={"current_page": 2, "last_page": 3})
    assert resolve(numbered, "page") == build_url({"per_page": 2, "page": 3})
    assert resolve(numbered, "cursor+page") == build_url({"per_page": 2, "page": 3})
    assert resolve(numbered, "cursor") is None
    last = page([1], meta={"current_page": 3, "last_page": 3})
    assert resolve(last, "page") is None
    assert resolve(page([1]), "page") is None
    assert resolve(page([1], meta={"next_cursor": "n1"}), None) is None


def test_stops_on_empty_data_even_with_a_next_link() -> None:
    assert resolve(page([], next_link="https://evil.example.com/")) is None


def test_same_origin_normalises_default_ports_and_case() -> None:
    assert same_origin(
        httpx.URL("https://A.example.com:443/x"), httpx.URL("https://a.example.com")
    )
    assert not same_origin(
        httpx.URL("http://a.example.com"), httpx.URL("https://a.example.com")
    )


def test_parse_page_fast_and_loose() -> None:
    body = {
        "data": [evse_json(1), {"id": 2}],
        "links": {"next": None},
        "meta": {"per_page": "5", "unknown": 1},
    }
    parsed = parse_page(Evse, httpx.Response(200, json=body))
    assert [type(item) for item in parsed.data] == [Evse, Evse]
    assert parsed.data[1].charge_point_id is None
    assert parsed.meta is not None and parsed.meta.per_page == 5
    assert len(parsed) == 2 and [e.id for e in parsed] == [1, 2]

    odd = parse_page(
        Evse, httpx.Response(200, json={"data": [], "links": [], "meta": "?"})
    )
    assert odd.data == [] and odd.links is None and odd.meta is None
    bare = parse_page(dict[str, Any], httpx.Response(200, json=[{"a": 1}]))
    assert bare.data == [{"a": 1}] and bare.links is None
    scalar = parse_page(Evse, httpx.Response(200, json=5))
    assert scalar.data == []
    with pytest.raises(ValueError):
        parse_page(Evse, httpx.Response(200, content=b"<html>"))


def test_a_bare_array_page_has_no_error_of_its_shape() -> None:
    fits = parse_page(Evse, httpx.Response(200, json=[evse_json(1), evse_json(2)]))
    assert [e.id for e in fits.data] == [1, 2] and fits.validation_errors == []
    mixed = parse_page(
        Evse, httpx.Response(200, json=[evse_json(1), evse_json(2, id="two")])
    )
    assert [e.id for e in mixed.data] == [1, "two"]
    assert [e["loc"] for e in mixed.validation_errors] == [("data", 1, "id")]
    assert [e["loc"] for e in mixed.data[1].model_validation_errors] == [("id",)]


def test_a_page_that_does_not_fit_keeps_what_fits() -> None:
    body = {
        "data": [evse_json(1, id="one", newField=1), evse_json(2)],
        "links": {"next": 5},
        "meta": {"total": "many", "per_page": 2},
    }
    page = parse_page(Evse, httpx.Response(200, json=body))
    assert [e.id for e in page.data] == ["one", 2]
    assert page.data[0].newField == 1 and page.data[1].model_extra == {}
    assert page.links is not None and page.links.next == 5
    assert page.meta is not None and page.meta.per_page == 2
    assert [e["loc"] for e in page.validation_errors] == [
        ("data", 0, "id"),
        ("links", "next"),
        ("meta", "total"),
    ]
    not_a_list = parse_page(
        Evse, httpx.Response(200, json={"data": {"id": 1}, "meta": {"total": 1}})
    )
    assert not_a_list.data == [] and not_a_list.meta is not None
    assert [e["loc"] for e in not_a_list.validation_errors] == [("data",)]


def test_parse_page_typed_fast_path_keeps_extras() -> None:
    content = json.dumps({"data": [evse_json(1, newField=True)], "meta": {"total": 1}})
    parsed = parse_page(Evse, httpx.Response(200, content=content.encode()))
    assert parsed.data[0].model_extra == {"newField": True}
    assert parsed.links is None and parsed.meta is not None and parsed.meta.total == 1


def test_operation_defaults() -> None:
    op = Operation("a", "POST", "/a", "r", "m", False, "s")
    assert op.params == () and op.pagination is None and op.replacement is None
    assert op.success_statuses == (200,) and op.request_content_type is None
    assert op.display_name == "a (POST /a)"
