"""Other APIs (issue 17): SDKs named after their own API, credentials that never cross
between packages, resources from paths, the ``encoding`` object of form bodies, and
webhooks for any spec.

Fixtures under ``tests/fixtures/other_apis/`` are written in the style of the APIs they
are named after (no text of theirs): an untagged Stripe-like API with form bodies and an
``encoding`` object, a Twilio-like API with ``{Sid}.json`` paths, basic auth and
``StartTime<``/``StartTime>`` parameters, and an OCPI-like 3.1 API with ``webhooks`` and
a server with variables. Every call goes over HTTP to the recording server on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import importlib
import json
import sys
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import parse_qsl

import pytest

from generator.emit.identity import identity
from generator.normalise.normaliser import default_base_url
from generator.pipeline import build_api, generate

from .conftest import FIXTURES, generate_package
from .runtime.runtime_server import Reply

OTHER = FIXTURES / "other_apis"
SPECS = {"stripe_api": OTHER / "stripe_like.yaml", "twilio_api": OTHER / "twilio_like.yaml", "ocpi_hub": OTHER / "ocpi_like.yaml"}


def _load(package: str, out: Path):
    result = generate_package(SPECS[package], out, package)
    return result, importlib.import_module(package)


def _unload(package: str, out: Path) -> None:
    if str(out) in sys.path:
        sys.path.remove(str(out))
    for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
        del sys.modules[name]


@pytest.fixture(scope="module")
def packages(tmp_path_factory):
    """The three fixtures generated and imported: package -> (Generated, module)."""
    loaded = {}
    outs = {}
    for package in SPECS:
        outs[package] = tmp_path_factory.mktemp(package)
        loaded[package] = _load(package, outs[package])
    yield loaded
    for package, out in outs.items():
        _unload(package, out)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for prefix in ("AMPECO", "STRIPE_API", "TWILIO_API", "OCPI_HUB"):
        for suffix in ("BASE_URL", "API_TOKEN", "API_KEY", "USERNAME", "PASSWORD"):
            monkeypatch.delenv(f"{prefix}_{suffix}", raising=False)


# -- names ----------------------------------------------------------------------------------


def test_names_come_from_the_package_name_or_client_name():
    api = build_api(SPECS["stripe_api"], package="stripe_api")
    names = identity(api)
    assert (names.client, names.async_client, names.stub, names.error) == ("StripeApi", "AsyncStripeApi", "StripeApiStub", "StripeApiError")
    assert (names.base_url_env, names.api_token_env) == ("STRIPE_API_BASE_URL", "STRIPE_API_API_TOKEN")
    assert dict(names.credential_envs) == {"basicAuth": ("STRIPE_API_USERNAME", "STRIPE_API_PASSWORD")}
    named = identity(build_api(SPECS["stripe_api"], package="stripe_api", client_name="Payments"))
    assert (named.client, named.stub, named.error, named.base_url_env) == ("Payments", "PaymentsStub", "PaymentsError", "PAYMENTS_BASE_URL")


def test_ampeco_keeps_its_public_names(real_generated):
    names = identity(real_generated.api)
    assert (names.client, names.async_client, names.stub, names.error) == ("Ampeco", "AsyncAmpeco", "AmpecoStub", "AmpecoError")
    assert (names.base_url_env, names.api_token_env, names.credential_envs, names.default_base_url) == ("AMPECO_BASE_URL", "AMPECO_API_TOKEN", (), "")
    files = real_generated.files
    init = files["ampeco/__init__.py"]
    for name in ("Ampeco", "AsyncAmpeco", "AmpecoError"):
        assert f'"{name}":' in init
    assert "class Ampeco(SyncClient):" in files["ampeco/_client.py"] and "class AsyncAmpeco(AsyncClient):" in files["ampeco/_client.py"]
    assert "class AmpecoStub(Stub):" in files["ampeco/stub/__init__.py"]
    assert "AmpecoError = SDKError" in files["ampeco/_exceptions.py"]


@pytest.mark.parametrize("package", sorted(SPECS) + ["mixed_api"])
def test_no_ampeco_word_in_a_package_generated_from_another_spec(package):
    spec = SPECS.get(package, FIXTURES / "mixed" / "mixed.yaml")
    files = generate(spec, package=package).files
    assert len(files) > 20
    found = sorted(path for path, text in files.items() if "ampeco" in path.lower() or "ampeco" in text.lower())
    assert not found, f"{package}: AMPECO named in {found}"


def test_the_grep_would_catch_a_leak(monkeypatch):
    """The test above can fail: the same grep over AMPECO's own package finds its name."""
    files = generate(SPECS["stripe_api"], package="stripe_api", client_name="AmpecoPayments").files
    assert any("ampeco" in text.lower() for text in files.values())


def test_the_base_error_catches_every_error(packages):
    pkg = packages["stripe_api"][1]
    assert issubclass(pkg.NotFoundError, pkg.StripeApiError) and issubclass(pkg.ConfigurationError, pkg.StripeApiError)


# -- credentials never cross ------------------------------------------------------------------


def test_two_packages_in_one_process_never_read_each_others_variables(packages, sdk, server, monkeypatch):
    stripe = packages["stripe_api"][1]
    monkeypatch.setenv("AMPECO_BASE_URL", server.url)
    monkeypatch.setenv("AMPECO_API_TOKEN", "ampeco-secret")
    # AMPECO's variables set, the other package's not: it has no base URL and no token
    with pytest.raises(stripe.StripeApiError, match="STRIPE_API_BASE_URL") as info:
        stripe.StripeApi()
    assert "AMPECO" not in str(info.value)
    with pytest.raises(stripe.ConfigurationError) as info:
        stripe.StripeApi(base_url=server.url)
    assert "STRIPE_API_API_TOKEN" in str(info.value) and "AMPECO" not in str(info.value)

    monkeypatch.setenv("STRIPE_API_BASE_URL", server.url)
    monkeypatch.setenv("STRIPE_API_API_TOKEN", "stripe-secret")
    server.on("GET", "/v1/customers/cus_1", Reply(body={"id": "cus_1", "object": "customer"}))
    server.on("GET", "/public-api/resources/evses/v2.1/5", Reply(body={"data": {"id": 5}}))
    with stripe.StripeApi(max_retries=0) as other, sdk.Ampeco(max_retries=0) as ampeco:
        assert other.customers.retrieve("cus_1").id == "cus_1"
        assert ampeco.evses.read(5).id == 5
    to_stripe, to_ampeco = server.requests
    assert to_stripe.headers["authorization"] == "Bearer stripe-secret"
    assert to_ampeco.headers["authorization"] == "Bearer ampeco-secret"
    everything_sent = [json.dumps(r.headers) + r.target + r.body.decode() for r in server.requests]
    assert "ampeco-secret" not in everything_sent[0] and "stripe-secret" not in everything_sent[1]

    # and the other way round: the other package's variables set, AMPECO's token not
    monkeypatch.delenv("AMPECO_API_TOKEN")
    with pytest.raises(sdk.ConfigurationError) as info:
        sdk.Ampeco()
    assert "AMPECO_API_TOKEN" in str(info.value) and "STRIPE" not in str(info.value)


def test_basic_credentials_from_the_packages_own_variables(packages, server, monkeypatch):
    twilio = packages["twilio_api"][1]
    monkeypatch.setenv("AMPECO_API_TOKEN", "ampeco-secret")
    with pytest.raises(twilio.ConfigurationError, match="TWILIO_API_USERNAME"):
        twilio.TwilioApi(base_url=server.url).accounts.calls.fetch("AC1", "CA1")
    monkeypatch.setenv("TWILIO_API_USERNAME", "AC1")
    monkeypatch.setenv("TWILIO_API_PASSWORD", "auth-token")
    server.on("GET", "/2010-04-01/Accounts/AC1/Calls/CA1.json", Reply(body={"sid": "CA1"}))
    with twilio.TwilioApi(base_url=server.url, max_retries=0) as client:
        assert client.accounts.calls.fetch("AC1", "CA1").sid == "CA1"
    expected = "Basic " + base64.b64encode(b"AC1:auth-token").decode()
    assert server.requests[0].headers["authorization"] == expected


# -- base URL from servers ----------------------------------------------------------------------


def test_default_base_url_from_the_first_server_with_variables_filled_in(packages, server):
    ocpi = packages["ocpi_hub"][1]
    assert ocpi.OcpiHub._default_base_url == "https://ocpi.cpo-platform.io/ocpi/2.2.1"
    client = ocpi.OcpiHub(credentials={"tokenAuth": "tok-abc"})
    assert str(client.base_url) == "https://ocpi.cpo-platform.io/ocpi/2.2.1"
    client.close()
    # base_url= still wins (and only loopback is ever called)
    server.on("GET", "/ocpi/2.2.1/locations", Reply(body=[{"id": "L1", "latitude": "52.00000", "longitude": "4.00000"}]))
    with ocpi.OcpiHub(base_url=server.url + "/ocpi/2.2.1", credentials={"tokenAuth": "tok-abc"}, max_retries=0) as client:
        (location,) = client.locations.list(limit=1)
    assert location.id == "L1"
    assert server.requests[0].target == "/ocpi/2.2.1/locations?limit=1"
    assert server.requests[0].headers["authorization"] == "tok-abc"


@pytest.mark.parametrize(
    ("servers", "expected"),
    [
        ([{"url": "https://{host}/v{n}/", "variables": {"host": {"default": "api.shop.io"}, "n": {"default": "2"}}}], "https://api.shop.io/v2"),
        ([{"url": "/api/v1"}], ""),  # relative: only the user knows the host
        ([{"url": "https://{tenant}.example.com"}], ""),  # a variable without a default
        ([{"url": "https://{tenantUrl}", "variables": {"tenantUrl": {"default": "example.com"}}}], ""),  # AMPECO's placeholder
        ([{"url": "https://api.payments.invalid"}], ""),
        ([{"url": "http://localhost:8080/"}], "http://localhost:8080"),
        ([], ""),
        (None, ""),
    ],
)
def test_default_base_url_rules(servers, expected):
    assert default_base_url(servers) == expected


# -- resources and methods from paths ----------------------------------------------------------


def test_untagged_paths_become_nested_resources_with_crud_methods(packages):
    result, pkg = packages["stripe_api"]
    ops = {op.operation_id: (op.resource, op.method) for op in result.api.operations}
    assert ops == {
        "GetCustomers": ("customers", "list"),
        "PostCustomers": ("customers", "create"),
        "GetCustomersCustomer": ("customers", "retrieve"),
        "PostCustomersCustomer": ("customers", "update"),
        "DeleteCustomersCustomer": ("customers", "delete"),
        "GetCustomersCustomerSources": ("customers.sources", "list"),
        "PostCustomersCustomerSources": ("customers.sources", "create"),
        "GetCustomersCustomerSourcesId": ("customers.sources", "retrieve"),
        "DeleteCustomersCustomerSourcesId": ("customers.sources", "delete"),
        "PostCustomersCustomerSourcesIdVerify": ("customers.sources", "verify"),
        "Get3dSecureThreeDSecure": ("n3d_secure", "retrieve"),
    }
    client = pkg.StripeApi(base_url="http://127.0.0.1:9", api_token="t")
    for op in pkg.OPERATIONS.values():  # a dotted resource walks attributes
        target = client
        for part in op.resource.split("."):
            target = getattr(target, part)
        assert callable(getattr(target, op.method)), op.operation_id
    client.close()


def test_twilio_like_paths_skip_versions_and_suffixes(packages):
    result, _ = packages["twilio_api"]
    ops = {op.operation_id: (op.resource, op.method) for op in result.api.operations}
    assert ops == {
        "ListCall": ("accounts.calls", "list"),
        "CreateCall": ("accounts.calls", "create"),
        "FetchCall": ("accounts.calls", "fetch"),
        "DeleteCall": ("accounts.calls", "delete"),
    }
    (listing,) = [op for op in result.api.operations if op.operation_id == "ListCall"]
    assert [p.name for p in listing.parameters] == ["account_sid", "start_time", "start_time_before", "start_time_after", "page_size"]


def test_nested_resource_calls_go_over_the_wire(packages, server):
    pkg = packages["stripe_api"][1]
    server.on("GET", "/v1/customers/cus_1/sources", Reply(body={"data": [{"id": "src_1"}]}))
    server.on("POST", "/v1/customers/cus_1/sources/src_1/verify", Reply(body={"id": "src_1"}))
    with pkg.StripeApi(base_url=server.url, api_token="t", max_retries=0) as client:
        # the runtime unwraps a ``{"data": [...]}`` envelope, as for AMPECO's listings
        assert [s.id for s in client.customers.sources.list("cus_1")] == ["src_1"]
        assert client.customers.sources.verify("cus_1", "src_1").id == "src_1"
        raw = client.with_raw_response.customers.sources.list("cus_1")
        assert raw.status_code == 200
    assert [r.target for r in server.requests] == ["/v1/customers/cus_1/sources", "/v1/customers/cus_1/sources/src_1/verify", "/v1/customers/cus_1/sources"]


def test_nested_resources_of_the_async_client(packages, server):
    pkg = packages["stripe_api"][1]
    server.on("DELETE", "/v1/customers/cus_1/sources/src_1", Reply(body={"id": "src_1"}))

    async def call() -> str:
        async with pkg.AsyncStripeApi(base_url=server.url, api_token="t", max_retries=0) as client:
            return (await client.customers.sources.delete("cus_1", "src_1")).id

    assert asyncio.run(call()) == "src_1"
    assert server.requests[0].method == "DELETE"


def test_operator_parameters_are_named_by_meaning_and_sent_by_wire_name(packages, server):
    pkg = packages["twilio_api"][1]
    server.on("GET", "/2010-04-01/Accounts/AC1/Calls.json", Reply(body={"calls": [], "page": 0}))
    before = datetime(2024, 5, 1, tzinfo=timezone.utc)
    after = datetime(2024, 4, 1, tzinfo=timezone.utc)
    with pkg.TwilioApi(base_url=server.url, credentials={"accountSid_authToken": ("AC1", "tok")}, max_retries=0) as client:
        client.accounts.calls.list("AC1", start_time_before=before, start_time_after=after, page_size=20)
    assert server.requests[0].query_pairs == [
        ("StartTime<", "2024-05-01T00:00:00+00:00"),
        ("StartTime>", "2024-04-01T00:00:00+00:00"),
        ("PageSize", "20"),
    ]


def test_query_operator_brackets(packages, server):
    pkg = packages["stripe_api"][1]
    server.on("GET", "/v1/customers", Reply(body={"data": [], "has_more": False}))
    with pkg.StripeApi(base_url=server.url, api_token="t", max_retries=0) as client:
        client.customers.list(created_gte=10, created_lt=20)
    assert server.requests[0].query_pairs == [("created[gte]", "10"), ("created[lt]", "20")]


# -- the encoding object -------------------------------------------------------------------------


def test_form_body_follows_the_encoding_object(packages, server):
    result, pkg = packages["stripe_api"]
    (create,) = [op for op in result.api.operations if op.operation_id == "PostCustomers"]
    assert {e.name: (e.style, e.explode, e.required) for e in create.body.encoding} == {
        "address": ("deepObject", True, False),
        "codes": ("form", False, False),
        "expand": ("deepObject", True, False),
        "metadata": ("deepObject", True, False),
        "tags": ("deepObject", True, True),
    }
    server.on("POST", "/v1/customers", Reply(body={"id": "cus_9", "object": "customer"}))
    body = {
        "email": "a@b.c",
        "expand": ["sources", "tax"],
        "tags": [],  # required, empty: sent, not dropped
        "codes": ["x", "y"],
        "metadata": {"order": "7"},
        "address": {"city": "Sofia", "lines": ["Main 1", "Floor 2"]},
    }
    with pkg.StripeApi(base_url=server.url, api_token="t", max_retries=0) as client:
        assert client.customers.create(body=body).id == "cus_9"
    sent = server.requests[0]
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(sent.body.decode(), keep_blank_values=True) == [
        ("email", "a@b.c"),
        ("expand[0]", "sources"),
        ("expand[1]", "tax"),
        ("tags", ""),
        ("codes", "x,y"),
        ("metadata[order]", "7"),
        ("address[city]", "Sofia"),
        ("address[lines][0]", "Main 1"),
        ("address[lines][1]", "Floor 2"),
    ]


def test_form_body_without_an_encoding_keeps_the_default(packages, server):
    pkg = packages["stripe_api"][1]
    server.on("POST", "/v1/customers/cus_1", Reply(body={"id": "cus_1", "object": "customer"}))
    with pkg.StripeApi(base_url=server.url, api_token="t", max_retries=0) as client:
        client.customers.update("cus_1", body={"email": "e@f.g"})
    assert server.requests[0].body == b"email=e%40f.g"


def test_multipart_part_content_type_from_the_encoding_object(packages, server):
    pkg = packages["stripe_api"][1]
    server.on("POST", "/v1/customers/cus_1/sources", Reply(body={"id": "src_2"}))
    with pkg.StripeApi(base_url=server.url, api_token="t", max_retries=0) as client:
        client.customers.sources.create("cus_1", body={"source": "tok_1", "metadata": {"a": "b"}})
    sent = server.requests[0]
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    text = sent.body.decode()
    metadata_part = text.split('name="metadata"')[1].split("--")[0]
    assert "Content-Type: application/json" in metadata_part and '{"a":"b"}' in metadata_part.replace(" ", "")
    source_part = text.split('name="source"')[1].split("--")[0]
    assert "Content-Type" not in source_part and "tok_1" in source_part


# -- webhooks for any spec -----------------------------------------------------------------------


def test_parse_payload_chooses_the_type_from_the_payload(packages):
    hooks = importlib.import_module("ocpi_hub.webhooks")
    session = hooks.parse_payload({"object": "session", "id": "S1", "status": "ACTIVE"})
    cdr = hooks.parse_payload({"object": "cdr", "id": "C1", "total_cost": 3.5})
    patch = hooks.parse_payload({"location_id": "L1", "patch": {"name": "x"}})
    assert (type(session).__name__, type(cdr).__name__, type(patch).__name__) == ("Session", "Cdr", "LocationPatch")
    assert cdr.total_cost == 3.5 and patch.location_id == "L1"
    unknown = hooks.parse_payload({"object": "tariff", "id": "T1"})
    assert isinstance(unknown, hooks.UnknownNotification) and unknown.raw["id"] == "T1"
    told = hooks.parse_payload({"object": "session", "id": "S2", "status": "COMPLETED"}, webhook_type="sessionUpdated")
    assert type(told).__name__ == "Session"
    # told the type, a payload without a field its model requires still does not fit (issue 16)
    with pytest.raises(hooks.WebhookPayloadError, match="object"):
        hooks.parse_payload({"id": "S2", "status": "COMPLETED"}, webhook_type="sessionUpdated")


def test_no_signature_check_unless_configured(packages):
    hooks = importlib.import_module("ocpi_hub.webhooks")
    body = json.dumps({"object": "cdr", "id": "C1", "total_cost": 1}).encode()
    notification = hooks.parse(body, {})
    assert notification.type == "cdrCreated" and notification.known
    seen = []
    dispatcher = hooks.WebhookDispatcher()

    @dispatcher.on("cdrCreated")
    def handle(n):
        seen.append(n.payload.id)
        return "handled"

    assert dispatcher.dispatch(body, {}) == "handled" and seen == ["C1"]

    def refuse(raw, headers):
        if headers.get("x-mine") != "ok":
            raise hooks.WebhookVerificationError("not from the hub")

    with pytest.raises(hooks.WebhookVerificationError):
        hooks.parse(body, {}, verify=refuse)
    assert hooks.parse(body, {"x-mine": "ok"}, verify=refuse).known
    with pytest.raises(hooks.WebhookVerificationError):
        hooks.WebhookDispatcher(verify=refuse).dispatch(body, {})


def _standard_signature(secret: str, msg_id: str, stamp: str, body: bytes) -> str:
    """Written from the Standard Webhooks specification, independently of the runtime."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    digest = hmac.new(key, f"{msg_id}.{stamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def test_standard_webhooks_scheme_as_an_option(packages):
    hooks = importlib.import_module("ocpi_hub.webhooks")
    secret = "whsec_" + base64.b64encode(b"0123456789abcdef0123456789abcdef").decode()
    body = json.dumps({"object": "session", "id": "S1", "status": "ACTIVE"}).encode()
    now = 1_700_000_000
    headers = {"webhook-id": "msg_1", "webhook-timestamp": str(now), "webhook-signature": "v1,bogus= " + _standard_signature(secret, "msg_1", str(now), body)}
    assert hooks.standard_webhook_headers(body, secret, msg_id="msg_1", timestamp=now)["webhook-signature"] == _standard_signature(secret, "msg_1", str(now), body)
    notification = hooks.parse(body, headers, secret=secret, now=lambda: now + 10)
    assert notification.type == "sessionUpdated" and notification.webhook_id == "msg_1"
    assert notification.timestamp == datetime.fromtimestamp(now, timezone.utc)
    for changed in ({**headers, "webhook-id": "msg_2"}, {**headers, "webhook-timestamp": str(now + 1)}):
        with pytest.raises(hooks.WebhookVerificationError):
            hooks.parse(body, changed, secret=secret, now=lambda: now)
    with pytest.raises(hooks.WebhookVerificationError, match="missing webhook-signature"):
        hooks.parse(body, {"webhook-id": "m", "webhook-timestamp": str(now)}, secret=secret, now=lambda: now)
    with pytest.raises(hooks.WebhookVerificationError, match="tolerance"):
        hooks.parse(body, headers, secret=secret, now=lambda: now + 3600)
    with pytest.raises(hooks.WebhookVerificationError):
        hooks.WebhookDispatcher(secret, now=lambda: now).dispatch(body + b" ", headers)
    with pytest.raises(packages["ocpi_hub"][1].ConfigurationError, match="whsec_"):
        hooks.WebhookDispatcher("whsec_!!!")  # a malformed secret fails at once


def test_ampeco_keeps_its_signature_scheme(sdk):
    body = json.dumps({"notification": "session.start.stop.notification"}).encode()
    with pytest.raises(sdk.webhooks.WebhookVerificationError, match="X-Signature"):
        sdk.webhooks.parse(body, {}, "secret")
    with pytest.raises(TypeError):
        sdk.webhooks.WebhookDispatcher()  # the shared secret stays required


# -- module sizes --------------------------------------------------------------------------------


def test_generated_client_modules_of_the_fixtures_are_small(packages):
    for result, _ in packages.values():
        sizes = {path: len(text.encode()) for path, text in result.files.items() if path.endswith(".py")}
        assert max(sizes.values()) < 300_000, max(sizes, key=sizes.get)


def test_one_huge_schema_is_split_across_modules(tmp_path):
    """A response of 30 nested single-use objects of 40 fields each (1,230 fields) would be
    one module; past ``MAX_MODULE_FIELDS`` each class gets its own, and they still import
    and parse."""
    from generator.emit.sdk import MAX_MODULE_FIELDS

    def level(n: int) -> dict:
        props = {f"field{i}": {"type": "string"} for i in range(40)}
        if n < 29:
            props["next"] = level(n + 1)
        return {"type": "object", "properties": props}

    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Huge", "version": "1"},
        "paths": {"/things/{id}": {"get": {"operationId": "GetThingsId", "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}], "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": level(0)}}}}}}},
    }
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(spec))
    result = generate_package(path, tmp_path / "out", "huge_api")
    try:
        models = {p: t for p, t in result.files.items() if p.startswith("huge_api/models/") and not p.endswith("__init__.py")}
        assert 30 * 41 > MAX_MODULE_FIELDS and len(models) == 30
        assert max(len(t.encode()) for t in models.values()) < 20_000
        pkg = importlib.import_module("huge_api")
        (op,) = [o for o in result.api.operations]
        model = getattr(importlib.import_module("huge_api.models"), op.result.name)
        parsed = model.model_validate({"field0": "a", "next": {"field1": "b", "next": {"field2": "c"}}})
        assert parsed.next.next.field2 == "c" and pkg.HugeApi.__name__ == "HugeApi"
    finally:
        _unload("huge_api", tmp_path / "out")


# -- the stub, where it routes the fixture's paths ------------------------------------------------


@pytest.mark.parametrize("package", sorted(SPECS))
def test_readme_examples_run_against_the_packages_own_stub(packages, package, monkeypatch):
    from .test_docs_examples import run_readme, serve_stub

    result, _ = packages[package]
    prefix = identity(result.api).env_prefix
    with serve_stub(package) as url:
        monkeypatch.setenv(f"{prefix}_BASE_URL", url)
        monkeypatch.setenv(f"{prefix}_API_TOKEN", "docs-token")
        outputs = run_readme(result.files["README.md"], f"{package}/README.md")
    assert len(outputs) >= 5
    assert "scripted 503" in outputs[-1]  # the stub example's scripted failure happened


def test_nested_resources_against_the_stub(packages):
    pkg = packages["stripe_api"][1]
    stub = importlib.import_module("stripe_api.stub").StripeApiStub(seed=3)
    with pkg.StripeApi("http://stub.local", "tok", transport=stub.transport(), max_retries=0) as client:
        customer = client.customers.retrieve("1")
        sources = client.customers.sources.list("1")
        source = client.customers.sources.retrieve("1", "1")
    assert customer.id and isinstance(sources, list) and source.id
    assert [(r.method, r.path) for r in stub.requests] == [
        ("GET", "/v1/customers/1"),
        ("GET", "/v1/customers/1/sources"),
        ("GET", "/v1/customers/1/sources/1"),
    ]


# -- the command line ---------------------------------------------------------------------------


def test_client_name_option(tmp_path, capsys):
    from generator.cli import main

    out = tmp_path / "sdk"
    assert main(["generate", str(SPECS["twilio_api"]), "--package-name", "messaging", "--client-name", "Messenger", "--out", str(out), "-q"]) == 0
    client = (out / "messaging" / "_client.py").read_text()
    assert "class Messenger(SyncClient):" in client and "class AsyncMessenger(AsyncClient):" in client
    assert '_base_url_env = "MESSENGER_BASE_URL"' in client
    assert "class MessengerStub(Stub):" in (out / "messaging" / "stub" / "__init__.py").read_text()
    assert "MessengerError = SDKError" in (out / "messaging" / "_exceptions.py").read_text()
    capsys.readouterr()
    assert main(["generate", str(SPECS["twilio_api"]), "--client-name", "2fast", "--out", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err
    assert "--client-name '2fast' is not a valid Python class name" in err and "Traceback" not in err


def test_a_method_never_shadows_a_nested_resource(tmp_path):
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {"id": {"type": "string"}}}}}}}
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Shadow", "version": "1"},
        "paths": {
            "/v1/things": {"get": {"operationId": "GetThings", "responses": ok}},
            "/v1/things/list": {"get": {"operationId": "GetThingsList", "responses": ok}},
        },
    }
    path = tmp_path / "shadow.json"
    path.write_text(json.dumps(spec))
    api = build_api(path, package="shadow_api")
    assert {op.operation_id: (op.resource, op.method) for op in api.operations} == {
        "GetThings": ("things", "list_"),
        "GetThingsList": ("things.list", "list"),
    }


@pytest.mark.parametrize(
    ("encoding", "value", "expected"),
    [
        ({"style": "deepObject", "explode": True}, {"a": {"b": ["x", "y"]}}, [("p[a][b][0]", "x"), ("p[a][b][1]", "y")]),
        ({"style": "deepObject"}, [{"id": 1}, {"id": 2}], [("p[0][id]", "1"), ("p[1][id]", "2")]),
        ({"style": "form", "explode": False}, ["a", "b"], [("p", "a,b")]),
        ({"style": "form", "explode": False}, {"k": "v", "n": 1}, [("p", "k,v,n,1")]),
        ({"style": "form", "explode": True}, ["a", "b"], [("p", "a"), ("p", "b")]),
        ({"style": "form", "explode": True}, {"k": "v"}, [("k", "v")]),
        ({"style": "pipeDelimited", "explode": False}, ["a", "b"], [("p", "a|b")]),
        ({"style": "spaceDelimited", "explode": False}, ["a", "b"], [("p", "a b")]),
        ({"style": "form", "explode": False}, [], [("p", "")]),
        ({"style": "deepObject"}, [], [("p", "")]),
        ({"required": True}, [], [("p", "")]),
        ({"content_type": "application/json"}, {"a": [1, None]}, [("p", '{"a":[1,null]}')]),
        ({"style": "deepObject"}, {"a": None, "b": True}, [("p[b]", "true")]),
    ],
)
def test_form_encoding_rules(packages, encoding, value, expected):
    qs = importlib.import_module("stripe_api._runtime.qs")
    operation = importlib.import_module("stripe_api._runtime.operation")
    declared = {"p": operation.Encoding("p", **encoding)}
    assert qs.form_pairs({"p": value}, declared) == expected
    assert qs.form_pairs({"q": []}, declared) == []  # undeclared: the default leaves an empty array out
