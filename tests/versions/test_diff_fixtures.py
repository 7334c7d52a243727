"""The change report on the small v1 -> v2 -> v3 fixture specs: every change kind, classified.

The expected entries below were reviewed one by one against the fixture files (their header
comments say what each version changes). ``fixtures/v2-v3.txt`` is the golden text report.
"""

from __future__ import annotations

import json
import shutil

import pytest
import yaml

from generator.cli import main
from generator.versions.diff import REPORT_FORMAT, diff_apis

from ..conftest import REPO
from .conftest import V1, V2, V3, VERSIONS_FIXTURES

V1_V2 = {
    ("operation-id-changed", "chargePointEdit", "", True),
    ("operation-deprecated", "chargePointsListing", "", False),
    ("operation-removed", "evseDelete", "", True),
    ("operation-removed", "evseReset", "", True),
    ("operation-added", "evseRestart", "", False),
    ("operation-moved", "evsesListing", "", False),
    ("operation-added", "evsesListingDeprecated", "", False),
    ("operation-added", "sessionStop", "", False),
    ("operation-moved", "tariffRead", "", False),
    ("request-parameter-property-enum-value-removed", "evsesListing", "filter.status", True),
    ("request-parameter-style-changed", "evsesListing", "include", False),
    ("request-parameter-enum-value-added", "evsesListing", "include[]", False),
    ("request-parameter-type-changed", "evsesListing", "per_page", True),
    ("request-parameter-added", "evsesListing", "sort", False),
    ("request-parameter-became-required", "sessionRead", "include", True),
    ("request-parameter-location-changed", "sessionsListing", "locale", False),
    ("request-parameter-removed", "sessionsListing", "cursor", True),
    ("request-parameter-added", "sessionsListing", "locationId", True),
    ("request-property-enum-value-added", "chargePointCreate", "accessType", False),
    ("request-property-enum-value-removed", "chargePointCreate", "accessType", True),
    ("request-property-became-required", "chargePointCreate", "locationId", True),
    ("request-property-type-changed", "chargePointCreate", "locationId", False),  # int -> float widens
    ("request-property-became-nullable", "chargePointCreate", "name", False),
    ("request-property-added", "chargePointCreate", "notes", False),
    ("request-property-added", "chargePointCreate", "ownerId", True),
    ("request-body-became-required", "chargePointStartChargingSession", "", True),
    ("response-property-type-changed", "evsesListing", "[].chargePointId", True),
    ("response-property-became-nullable", "evsesListing", "[].connectors", True),
    ("response-property-enum-value-added", "evsesListing", "[].connectors[].type", False),
    ("response-property-added", "evsesListing", "[].floorLevel", False),
    ("response-property-removed", "evsesListing", "[].maxPower", True),
    ("response-property-became-optional", "evsesListing", "[].status", True),
    ("response-property-enum-value-added", "evsesListing", "[].status", False),
    ("response-property-enum-value-removed", "evsesListing", "[].status", False),
    ("response-property-type-changed", "sessionRead", "energy", False),  # float -> int narrows
    ("response-property-type-changed", "sessionRead", "startedAt", True),
    ("response-property-enum-value-added", "sessionRead", "status", False),
    ("response-property-enum-value-removed", "sessionRead", "status", False),
    ("response-property-type-changed", "sessionsListing", "[].energy", False),
    ("response-property-type-changed", "sessionsListing", "[].startedAt", True),
    ("response-property-enum-value-added", "sessionsListing", "[].status", False),
    ("response-property-enum-value-removed", "sessionsListing", "[].status", False),
    ("webhook-property-added", "webhook session.start.stop.notification", "state", False),
    ("sdk-class-renamed", "", "ChargePointUpdateRequest", True),
    ("sdk-class-removed", "", "EvseResetRequest", True),
    ("sdk-enum-removed", "", "EvseResetRequestType", True),
    ("sdk-enum-member-removed", "", "SessionStatus.FINISHED", True),
    ("sdk-resource-renamed", "", "tariffs", True),
    ("sdk-method-renamed", "chargePointEdit", "charge_points.update", True),
    ("sdk-method-removed", "evseDelete", "evses.delete", True),
    ("sdk-method-removed", "evseReset", "evses.reset", True),
    ("sdk-parameter-removed", "sessionsListing", "sessions.listing(cursor)", True),
    ("sdk-method-renamed", "tariffRead", "tariffs.read", True),
}

V2_V3 = {
    ("operation-moved", "chargePointStartChargingSession", "", False),
    ("operation-undeprecated", "chargePointsListing", "", False),
    ("operation-removed", "evsesListingDeprecated", "", True),
    ("request-parameter-removed", "chargePointsListing", "page", True),
    ("request-parameter-removed", "chargePointsListing", "per_page", True),
    ("request-parameter-deprecated", "sessionsListing", "filter", False),
    ("request-parameter-became-optional", "sessionsListing", "locationId", False),
    ("request-parameter-added", "sessionsListing", "perPage", False),
    ("request-property-became-not-nullable", "chargePointCreate", "name", True),
    ("request-property-removed", "chargePointCreate", "notes", True),
    ("request-property-type-changed", "chargePointCreate", "ownerId", True),
    ("request-property-type-changed", "chargePointEdit", "accessType", False),  # enum -> str widens
    ("response-body-removed", "chargePointStartChargingSession", "", True),
    ("response-pagination-changed", "chargePointsListing", "", True),
    ("response-property-enum-value-added", "evseRead", "status", False),
    ("request-body-added", "evseRestart", "", False),
    ("response-body-added", "evseRestart", "", False),
    ("response-property-became-not-nullable", "evsesListing", "[].connectors", False),
    ("response-property-became-required", "evsesListing", "[].status", False),
    ("response-property-added", "sessionRead", "started_at", False),
    ("request-body-removed", "sessionStop", "", True),
    ("response-property-added", "sessionsListing", "[].started_at", False),
    ("webhook-removed", "webhook charge.point.changed.notification", "", True),
    ("webhook-added", "webhook evse.status.notification", "", False),
    ("webhook-property-removed", "webhook session.start.stop.notification", "energy", True),
    ("webhook-property-type-changed", "webhook session.start.stop.notification", "sessionId", True),
    ("sdk-class-removed", "", "ChargePointChangedNotification", True),
    ("sdk-enum-removed", "", "ChargePointChangedNotificationNotification", True),
    ("sdk-field-removed", "", "SessionStartStopNotification.energy", True),
    ("sdk-field-removed", "", "ChargePointCreateRequest.notes", True),
    ("sdk-class-removed", "", "ChargePointStartChargingSessionResponse", True),
    ("sdk-enum-member-renamed", "", "EvseStatus.AVAILABLE", True),
    ("sdk-class-removed", "", "EvsesListingDeprecatedFilter", True),
    ("sdk-field-renamed", "", "Session.started_at", True),
    ("sdk-class-removed", "", "SessionStopRequest", True),
    ("sdk-parameter-position-changed", "chargePointStartChargingSession", "charge_points.start_charging_session", True),
    ("sdk-parameter-removed", "chargePointsListing", "charge_points.listing(page)", True),
    ("sdk-parameter-removed", "chargePointsListing", "charge_points.listing(per_page)", True),
    ("sdk-method-removed", "evsesListingDeprecated", "evses.listing_deprecated", True),
    ("sdk-parameter-renamed", "sessionsListing", "sessions.listing(per_page)", True),
}


def entries(report) -> set[tuple[str, str, str, bool]]:
    return {(c["kind"], c["operation"] or c["where"], c["path"], c["breaking"]) for c in report.to_json()["changes"]}


def test_v1_to_v2_finds_exactly_the_changes(fixture_apis):
    report = diff_apis(fixture_apis["v1"], fixture_apis["v2"])
    assert entries(report) == V1_V2
    assert len(report.changes) == len(V1_V2)  # no duplicates


def test_v2_to_v3_finds_exactly_the_changes(fixture_apis):
    report = diff_apis(fixture_apis["v2"], fixture_apis["v3"])
    assert entries(report) == V2_V3
    assert len(report.changes) == len(V2_V3)


def test_every_section_and_the_brief_s_change_kinds_are_exercised():
    kinds = {k for k, *_ in V1_V2 | V2_V3}
    wanted = {
        # operations
        "operation-added", "operation-removed", "operation-deprecated", "operation-moved", "operation-id-changed",
        # parameters
        "request-parameter-added", "request-parameter-removed", "request-parameter-type-changed",
        "request-parameter-location-changed", "request-parameter-style-changed", "request-parameter-became-required",
        # schemas
        "request-property-added", "request-property-removed", "request-property-type-changed",
        "request-property-became-nullable", "request-property-enum-value-added", "request-property-enum-value-removed",
        "request-property-became-required", "response-property-added", "response-property-removed",
        "response-property-type-changed", "response-property-became-nullable", "response-property-enum-value-added",
        "response-property-enum-value-removed", "response-property-became-required",
        # SDK surface
        "sdk-class-renamed", "sdk-class-removed", "sdk-method-renamed", "sdk-method-removed", "sdk-field-renamed",
        "sdk-field-removed", "sdk-parameter-renamed", "sdk-parameter-removed", "sdk-resource-renamed",
        # webhooks
        "webhook-added", "webhook-removed", "webhook-property-added", "webhook-property-removed",
    }  # fmt: skip
    assert wanted <= kinds, sorted(wanted - kinds)


def test_operation_details(fixture_apis):
    report = diff_apis(fixture_apis["v1"], fixture_apis["v2"]).to_json()
    by_key = {(c["kind"], c["operation"]): c for c in report["changes"]}
    moved = by_key[("operation-moved", "evsesListing")]
    assert moved["old"] == "GET /public-api/resources/evses/v2.0"
    assert moved["new"] == "GET /public-api/resources/evses/v2.1"
    assert "evsesListingDeprecated" in moved["message"]  # the old endpoint lives on under another id
    renamed = by_key[("operation-id-changed", "chargePointEdit")]
    assert (renamed["old"], renamed["new"]) == ("chargePointUpdate", "chargePointEdit")
    assert renamed["endpoint"] == "PATCH /public-api/resources/charge-points/v1.0/{chargePoint}"
    assert by_key[("sdk-method-renamed", "chargePointEdit")]["new"] == "charge_points.edit"
    location = by_key[("request-parameter-location-changed", "sessionsListing")]
    assert (location["old"], location["new"], location["where"]) == ("query", "header", "header parameter")


def test_no_changes_between_a_version_and_itself(fixture_apis):
    report = diff_apis(fixture_apis["v2"], fixture_apis["v2"])
    assert report.changes == () and not report.has_breaking
    assert "No changes." in report.text()


def test_golden_text_report(monkeypatch, capsys):
    monkeypatch.chdir(REPO)
    assert main(["diff", "tests/versions/fixtures/v2.yaml", "tests/versions/fixtures/v3.yaml"]) == 0
    golden = (VERSIONS_FIXTURES / "v2-v3.txt").read_text()
    assert capsys.readouterr().out == golden


def test_json_report_shape_and_stable_order(capsys):
    assert main(["diff", str(V1), str(V2), "--format", "json"]) == 0
    text = capsys.readouterr().out
    report = json.loads(text)
    assert list(report) == ["format", "old", "new", "summary", "changes"]
    assert report["format"] == REPORT_FORMAT
    assert report["old"] == {"version": "1.0.0", "label": str(V1), "operations": 12}
    assert report["new"]["version"] == "2.0.0" and report["new"]["operations"] == 13
    assert list(report["summary"]) == ["breaking", "non_breaking", "sections", "kinds"]
    assert report["summary"]["breaking"] == sum(1 for *_, b in V1_V2 if b)
    assert report["summary"]["non_breaking"] == sum(1 for *_, b in V1_V2 if not b)
    assert list(report["summary"]["sections"]) == ["operations", "parameters", "schemas", "webhooks", "sdk"]
    keys = ["section", "kind", "breaking", "operation", "endpoint", "sdk", "where", "path", "old", "new", "deprecated", "message"]
    assert all(list(c) == keys for c in report["changes"])
    sections = [c["section"] for c in report["changes"]]
    assert sections == sorted(sections, key=["operations", "parameters", "schemas", "webhooks", "sdk"].index)
    assert main(["diff", str(V1), str(V2), "--format", "json"]) == 0
    assert capsys.readouterr().out == text  # deterministic


def test_markdown_report(capsys):
    assert main(["diff", str(V2), str(V3), "--format", "markdown"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("# API changes from 2.0.0")
    assert "## Operations" in text and "## Generated SDK surface" in text
    rows = [line for line in text.splitlines() if line.startswith("| **breaking**") or line.startswith("| ok")]
    assert len(rows) == len(V2_V3)


def test_fail_on_breaking_exit_codes(tmp_path, capsys):
    assert main(["diff", str(V1), str(V2), "--fail-on-breaking"]) == 1
    assert "breaking change(s)" in capsys.readouterr().err
    assert main(["diff", str(V1), str(V1), "--fail-on-breaking"]) == 0
    # only additions: nothing breaks
    data = yaml.safe_load(V1.read_text())
    data["info"]["version"] = "1.1.0"
    data["components"]["schemas"]["Tariff"]["properties"]["currency"] = {"type": "string"}
    newer = tmp_path / "v1.1.yaml"
    newer.write_text(yaml.safe_dump(data))
    capsys.readouterr()
    assert main(["diff", str(V1), str(newer), "--fail-on-breaking", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [(c["kind"], c["path"], c["breaking"]) for c in report["changes"]] == [("response-property-added", "currency", False)]


def test_output_file_and_errors(tmp_path, capsys):
    out = tmp_path / "report.md"
    assert main(["diff", str(V1), str(V2), "--format", "markdown", "-o", str(out)]) == 0
    assert out.read_text().startswith("# API changes")
    assert "breaking" in capsys.readouterr().err
    assert main(["diff", str(V1), str(tmp_path / "missing.yaml")]) == 1
    assert "no such file" in capsys.readouterr().err
    assert main(["diff", "9.9.9", str(V1)]) == 2
    assert "unknown API version '9.9.9'" in capsys.readouterr().err
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.0.0\npaths: {a: [\n")
    assert main(["diff", str(V1), str(broken)]) == 1
    err = capsys.readouterr().err
    assert "invalid YAML" in err and "Traceback" not in err
    assert main(["diff", str(V1)]) == 2


def test_validate_flag_runs_the_validator(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    data = yaml.safe_load(V1.read_text())
    data["paths"]["/public-api/resources/evses/v2.0"]["get"]["responses"] = "nope"
    bad.write_text(yaml.safe_dump(data))
    assert main(["diff", str(V1), str(bad), "--validate"]) == 1
    assert "problem" in capsys.readouterr().err


def test_paths_and_copies_compare_equal(tmp_path, capsys):
    copy = tmp_path / "same.yaml"
    shutil.copy(V3, copy)
    assert main(["diff", str(V3), str(copy), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["changes"] == []


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_v1_to_v3_in_one_step_renders(fixture_apis, fmt):
    report = diff_apis(fixture_apis["v1"], fixture_apis["v3"])
    assert report.has_breaking
    assert report.render(fmt).endswith("\n")
