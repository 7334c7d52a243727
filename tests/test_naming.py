"""Unit tests of the naming rules (generator/naming.py)."""

import keyword

import pytest

from generator import naming


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("chargePointId", ["charge", "Point", "Id"]),
        ("EVSEStatus", ["EVSE", "Status"]),
        ("per_page", ["per", "page"]),
        ("out of order", ["out", "of", "order"]),
        ("evse-downtime.periods/v2", ["evse", "downtime", "periods", "v2"]),
        ("authorizationsListingV2_1", ["authorizations", "Listing", "V2", "1"]),
        ("1stName", ["1st", "Name"]),
        ("Ünïcödé name", ["Unicode", "name"]),
        ("", []),
    ],
)
def test_words(text, words):
    assert naming.words(text) == words


def test_case_conversions():
    assert naming.snake("chargePointId") == "charge_point_id"
    assert naming.pascal("resource / charge points") == "ResourceChargePoints"
    assert naming.pascal("EVSE Status") == "EvseStatus"
    assert naming.camel("start charging session") == "startChargingSession"


@pytest.mark.parametrize(
    ("wire", "attr"),
    [
        ("class", "class_"),
        ("def", "def_"),
        ("match", "match"),
        ("1stName", "n1st_name"),
        ("first name", "first_name"),
        ("model_config", "field_model_config"),
        ("schema", "schema_"),
        ("date", "date_"),
        ("list", "list_"),
        ("x-rate.limit", "x_rate_limit"),
        ("", "value"),
    ],
)
def test_attribute_names_are_safe(wire, attr):
    name = naming.attribute_name(wire)
    assert name == attr
    assert name.isidentifier() and not keyword.iskeyword(name)


def test_argument_names_avoid_generated_parameters():
    assert naming.argument_name("body") == "body_"
    assert naming.argument_name("timeout") == "timeout_"
    assert naming.argument_name("per_page") == "per_page"
    assert naming.argument_name("chargePoint") == "charge_point"


@pytest.mark.parametrize(
    ("value", "member"),
    [
        ("out of order", "OUT_OF_ORDER"),
        ("ac", "AC"),
        ("1", "V1"),
        ("", "EMPTY"),
        ("None", "NONE"),
        ("name", "V_NAME"),
        (3, "V3"),
        (-1, "V_MINUS_1"),
        (None, "NONE"),
    ],
)
def test_enum_member_names(value, member):
    assert naming.enum_member_name(value) == member
    assert member.isidentifier()


def test_dedupe_keeps_first_and_numbers_later_ones():
    assert naming.dedupe(["foo_bar", "foo_bar", "x", "foo_bar"]) == ["foo_bar", "foo_bar_2", "x", "foo_bar_3"]
    assert naming.dedupe(["a"], frozenset({"a"})) == ["a_2"]


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("evses", "evse"), ("Currencies", "Currency"), ("statuses", "status"), ("Boxes", "Box"), ("status", "status"), ("data", "data"), ("EVSEs", "EVSE")],
)
def test_singular(plural, singular):
    assert naming.singular(plural) == singular


@pytest.mark.parametrize(
    ("tag", "resource"),
    [
        ("resource / charge points", "charge_points"),
        ("action / charge point", "charge_points"),
        ("action / evse", "evses"),
        ("resource / evses", "evses"),
        ("resource / currencies", "currencies"),
        ("action / subscription-plan", "subscription_plans"),
        ("resource / revenues & expenses", "revenues_expenses"),
        ("notifications", "notifications"),
        ("", "public_apis"),
    ],
)
def test_resource_names(tag, resource):
    assert naming.resource_name(tag, "/public-api/x") == resource


@pytest.mark.parametrize(
    ("operation_id", "resource", "method"),
    [
        ("evsesListing", "evses", "listing"),
        ("evseRead", "evses", "read"),
        ("chargePointStartChargingSession", "charge_points", "start_charging_session"),
        ("chargePointsListingDeprecated", "charge_points", "listing_deprecated"),
        ("listChargePointHardwareStatusLogs", "charge_points", "list_charge_point_hardware_status_logs"),
        ("evses", "evses", "evses"),
        ("import", "things", "import_"),
    ],
)
def test_method_names(operation_id, resource, method):
    assert naming.method_name(operation_id, resource) == method


@pytest.mark.parametrize(
    ("operation_id", "deprecated", "names"),
    [
        ("evseRead", False, ["Evse", "EvseDetails"]),
        ("evsesListing", False, ["Evse", "EvseListItem"]),
        ("evsesListingDeprecated", True, ["Evse", "EvseDeprecated", "EvseListItem"]),
        ("chargePointCreate", False, ["ChargePoint", "ChargePointCreateResult"]),
        ("listChargePointHardwareStatusLogs", False, ["ChargePointHardwareStatusLog", "ChargePointHardwareStatusLogListItem"]),
        ("chargePointReset", False, ["ChargePointResetResult"]),
    ],
)
def test_data_names(operation_id, deprecated, names):
    assert naming.data_names(operation_id, deprecated) == names


@pytest.mark.parametrize(
    ("component", "name"),
    [
        # already class names: kept as written
        ("US", "US"),
        ("TerminalTypeV1_1", "TerminalTypeV1_1"),
        ("EVSEStatus", "EVSEStatus"),
        ("Pet", "Pet"),
        # otherwise words in Pascal case, `_` kept only between digits
        ("Partner-read", "PartnerRead"),
        ("Partner_read", "PartnerRead"),
        ("Partner.jsonld-read", "PartnerJsonldRead"),
        ("validation-error", "ValidationError"),
        ("read", "Read"),
        ("terminal-type-v1.1", "TerminalTypeV1_1"),
        ("allOf-1", "AllOf1"),
        ("1", "Model1"),
        ("2fa-settings", "Model2faSettings"),
        ("None", "None_"),
        ("class", "Class"),
        ("Ünïcödé", "Unicode"),
        ("X" * 70, "X" + "x" * 63),  # too long to keep: shortened to 64 characters
    ],
)
def test_component_class_names(component, name):
    result = naming.component_class_name(component)
    assert result == name
    assert result.isidentifier() and not keyword.iskeyword(result) and len(result) <= naming.MAX_CLASS_NAME


@pytest.mark.parametrize("component", ["1", "42", "allOf-1", "anyOf_2", "oneOf3", "schema-12", "Items 4", "Model7"])
def test_artefact_names_name_nothing(component):
    assert naming.is_artefact_name(component)


@pytest.mark.parametrize("component", ["read", "get", "US", "Partner-read", "TerminalTypeV1_1", "v2", "Ocpp16", "allOf"])
def test_names_a_person_gave_are_not_artefacts(component):
    assert not naming.is_artefact_name(component)


def test_settled_class_names_keep_class_names_and_fix_others():
    assert naming.settled_class_name("EvseStatus") == "EvseStatus"
    assert naming.settled_class_name("US") == "US"
    assert naming.settled_class_name("evse status") == "EvseStatus"
    assert naming.settled_class_name("A" + "b" * 80) == naming.class_name("A" + "b" * 80)
    # every name the generated modules import is reserved
    assert {"Any", "Field", "SDKModel", "OpenEnum", "Page", "Notification"} <= naming.RESERVED_CLASSES
