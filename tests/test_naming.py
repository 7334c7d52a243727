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


# -- other APIs: names of the package, resources and methods from paths ----------------------


def test_client_and_environment_names_from_the_package():
    assert naming.client_class_name("ampeco") == "Ampeco"
    assert naming.client_class_name("stripe_api") == "StripeApi"
    assert naming.client_class_name("stripe_api", "Stripe") == "Stripe"
    assert naming.client_class_name("x", "my-client") == "MyClient"
    assert naming.env_prefix("Ampeco") == "AMPECO" and naming.env_prefix("StripeApi") == "STRIPE_API"
    assert naming.credential_env_names("P", "basicAuth", "http", "basic", False) == ("P_USERNAME", "P_PASSWORD")
    assert naming.credential_env_names("P", "headerKey", "apiKey", "", True) == ("P_HEADER_KEY_API_KEY",)
    assert naming.credential_env_names("P", "bearerAuth", "http", "bearer", False) == ()


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("StartTime<", "start_time_before"),
        ("StartTime>", "start_time_after"),
        ("StartTime<=", "start_time_on_or_before"),
        ("StartTime>=", "start_time_on_or_after"),
        ("Status!=", "status_not"),
        ("created[gte]", "created_gte"),
        ("StartTime", "start_time"),
    ],
)
def test_operator_parameters_named_by_meaning(wire, expected):
    assert naming.argument_name(wire) == expected


def test_path_segments_skip_versions_and_format_suffixes():
    assert naming.path_segments("/v1/customers/{customer}/sources") == [("customers", False), ("{customer}", True), ("sources", False)]
    assert naming.path_segments("/2010-04-01/Accounts/{Sid}.json") == [("Accounts", False), ("{Sid}", True)]
    assert naming.path_segments("/api/2.0/items/{id}") == [("api", False), ("items", False), ("{id}", True)]
    assert naming.path_segments("/ocpi/2.2.1/locations") == [("ocpi", False), ("locations", False)]
    for version in ("v1", "V2", "v2.1", "v1beta1", "2010-04-01", "2.0", "3"):
        assert naming.is_version_segment(version), version
    for word in ("vouchers", "v", "customers", "3d_secure", "ev2go"):
        assert not naming.is_version_segment(word), word


def test_path_resource_parts_are_identifiers():
    assert naming.path_resource_parts(["customers", "sources"]) == ("customers", "sources")
    assert naming.path_resource_parts(["3d_secure"]) == ("n3d_secure",)
    assert naming.path_resource_parts(["Accounts", "IncomingPhoneNumbers"]) == ("accounts", "incoming_phone_numbers")
    assert naming.path_resource_parts([]) == ("default",)
    assert naming.path_resource_parts(["copy"]) == ("copy_",)  # a client attribute of its own


def test_path_like_operation_ids_and_crud_methods():
    assert naming.is_path_like("GetCustomersCustomerSources", "GET", "/v1/customers/{customer}/sources")
    assert naming.is_path_like("Get3dSecureThreeDSecure", "GET", "/v1/3d_secure/{three_d_secure}")
    assert naming.is_path_like("getV1Customers", "GET", "/v1/customers")
    assert not naming.is_path_like("ListCall", "GET", "/2010-04-01/Accounts/{AccountSid}/Calls.json")
    assert not naming.is_path_like("evsesListing", "GET", "/evses")
    assert [naming.path_method(m, item) for m, item in [("GET", False), ("GET", True), ("POST", False), ("POST", True), ("DELETE", True), ("PUT", True), ("PATCH", False), ("HEAD", True)]] == [
        "list",
        "retrieve",
        "create",
        "update",
        "delete",
        "update",
        "patch",
        "head",
    ]
    assert naming.method_name_for_path("ListCall", "calls") == "list"
    assert naming.method_name_for_path("FetchIncomingPhoneNumber", "incoming_phone_numbers") == "fetch"
    assert naming.method_name_for_path("Call", "calls") == "call"  # nothing would remain
    assert naming.method_name_for_path("UpdateCallFeedback", "calls") == "update_call_feedback"
    assert naming.method_name_for_path("reportRead", "reports") == "read"  # as with tags
    assert naming.method_name_for_path("chargePointsListing", "charge_points") == "listing"
