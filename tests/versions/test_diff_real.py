"""The change report at full size: variants of the real 3.110.0 spec, each changed in one way.

Each variant is the real spec with one edit (made in memory); the report must find exactly
that edit and what the SDK derives from it, nothing else, among its 452 operations.
"""

from __future__ import annotations

import json


from generator.cli import main
from generator.versions.diff import diff_apis

from .conftest import build, find_operation


def kinds(report) -> list[tuple[str, str, str, bool]]:
    return sorted((c.kind, c.operation, c.path, c.breaking) for c in report.changes)


def variant(real_data, version="3.110.1"):
    real_data["info"]["version"] = version
    return real_data


def test_identical_specs_report_nothing(real_api, real_data):
    other = build(variant(real_data))
    report = diff_apis(real_api, other)
    assert report.changes == ()
    assert (report.old_version, report.new_version) == ("3.110.0", "3.110.1")


def test_remove_an_operation(real_api, real_data):
    route, method, _ = find_operation(real_data, "taxUpdate")
    del real_data["paths"][route][method]
    report = diff_apis(real_api, build(variant(real_data)))
    assert kinds(report) == [
        ("operation-removed", "taxUpdate", "", True),
        ("sdk-class-removed", "", "TaxUpdateRequest", True),  # only taxUpdate used it
        ("sdk-method-removed", "taxUpdate", "taxes.update", True),
    ]


def test_deprecate_an_operation(real_api, real_data):
    find_operation(real_data, "taxUpdate")[2]["deprecated"] = True
    report = diff_apis(real_api, build(variant(real_data)))
    assert kinds(report) == [("operation-deprecated", "taxUpdate", "", False)]
    assert not report.has_breaking


def test_rename_an_operation_id(real_api, real_data):
    find_operation(real_data, "taxCreate")[2]["operationId"] = "taxAdd"
    report = diff_apis(real_api, build(variant(real_data)))
    assert kinds(report) == [
        ("operation-id-changed", "taxAdd", "", True),
        ("sdk-class-renamed", "", "TaxCreateRequest", True),  # the body class is named after the operation
        ("sdk-method-renamed", "taxAdd", "taxes.create", True),
    ]
    by_kind = {c.kind: c for c in report.changes}
    assert by_kind["sdk-class-renamed"].new == "TaxAddRequest"
    assert by_kind["sdk-method-renamed"].new == "taxes.add"


def test_add_a_required_request_field(real_api, real_data):
    schema = find_operation(real_data, "taxCreate")[2]["requestBody"]["content"]["application/json"]["schema"]
    schema["properties"]["countryCode"] = {"type": "string"}
    schema["required"].append("countryCode")
    report = diff_apis(real_api, build(variant(real_data)))
    assert kinds(report) == [("request-property-added", "taxCreate", "countryCode", True)]
    assert report.changes[0].where == "request body" and report.changes[0].new == "str"


def test_drop_a_request_enum_value(real_api, real_data):
    body = find_operation(real_data, "chargePointCreate")[2]["requestBody"]["content"]["application/json"]["schema"]
    body["allOf"][0]["properties"]["type"]["enum"].remove("personal")
    report = diff_apis(real_api, build(variant(real_data)))
    assert kinds(report) == [("request-property-enum-value-removed", "chargePointCreate", "type", True)]
    assert report.changes[0].old == "personal"


def test_move_an_operation_to_a_new_path(real_api, real_data):
    route, method, operation = find_operation(real_data, "taxRead")
    item = real_data["paths"][route]
    del item[method]
    moved = {method: operation}
    if "parameters" in item:
        moved["parameters"] = item["parameters"]
    real_data["paths"][route.replace("/v2.0/", "/v2.1/")] = moved
    report = diff_apis(real_api, build(variant(real_data)))
    assert kinds(report) == [("operation-moved", "taxRead", "", False)]
    change = report.changes[0]
    assert (change.old, change.new) == (f"GET {route}", f"GET {route.replace('/v2.0/', '/v2.1/')}")


def test_ampeco_style_version_bump_of_an_endpoint(real_api, real_data):
    """AMPECO's pattern: the live operationId moves to a new path, the old path gets ``...Deprecated``."""
    route, method, operation = find_operation(real_data, "taxRead")
    old_item = real_data["paths"][route]
    new_route = route.replace("/v2.0/", "/v2.1/")
    real_data["paths"][new_route] = {method: json.loads(json.dumps(operation)), "parameters": old_item.get("parameters", [])}
    operation["operationId"] = "taxReadDeprecated"
    operation["deprecated"] = True
    report = diff_apis(real_api, build(variant(real_data)))
    api_level = [(c.kind, c.operation) for c in report.changes if c.section != "sdk"]
    assert api_level == [("operation-moved", "taxRead"), ("operation-added", "taxReadDeprecated")]
    assert "taxReadDeprecated" in next(c for c in report.changes if c.kind == "operation-moved").message
    # the one SDK entry today: a shared item class changes its name because the copied
    # operation adds naming sites (see test_stable_names.py); the report rightly calls it breaking
    assert {c.kind for c in report.changes if c.section == "sdk"} <= {"sdk-class-renamed"}


def test_cli_on_two_full_size_specs(real_entry, real_data, tmp_path, capsys):
    schema = find_operation(real_data, "taxCreate")[2]["requestBody"]["content"]["application/json"]["schema"]
    schema["properties"]["countryCode"] = {"type": "string"}
    schema["required"].append("countryCode")
    newer = tmp_path / "openapi.json"
    newer.write_text(json.dumps(variant(real_data)))
    assert main(["diff", "3.110.0", str(newer), "--format", "json", "--fail-on-breaking"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [c["kind"] for c in report["changes"]] == ["request-property-added"]
    assert report["old"]["label"] == "3.110.0" and report["new"]["version"] == "3.110.1"
