"""OpenAPI corner cases other generators' test suites exercise (issue 20, generation side).

Fixtures in ``tests/fixtures/corners/``: an undefined security scheme, null-only schemas,
a document of components only and one of webhooks only. Each is generated, checked at
generation time, and (where it has operations) called through its client against its own
stub on 127.0.0.1.
"""

from __future__ import annotations

import importlib
import subprocess
import sys

import pydantic
import pytest

from generator.cli import main
from generator.model.ir import NONE, TypeRef
from generator.pipeline import build_api

from .conftest import FIXTURES, REPO, generate_package

CORNERS = FIXTURES / "corners"


def _package(tmp_path_factory, spec: str, package: str):
    out = tmp_path_factory.mktemp(package)
    result = generate_package(CORNERS / spec, out, package)
    return result, importlib.import_module(package), out


def _client_class(pkg):
    """The generated sync client, whatever the API's naming rules call it."""
    exported = [(name, getattr(pkg, name)) for name in sorted(pkg.__all__) if not name.startswith("_")]
    return next(v for k, v in exported if isinstance(v, type) and hasattr(v, "_security_schemes") and not k.startswith("Async"))


def _stub_class(pkg):
    stub = importlib.import_module(pkg.__name__ + ".stub")
    return next(v for k, v in sorted(vars(stub).items()) if isinstance(v, type) and k.endswith("Stub") and v.__module__ == stub.__name__)


# -- an undefined security scheme --------------------------------------------------------------


@pytest.fixture(scope="module")
def loose(tmp_path_factory):
    return _package(tmp_path_factory, "undefined_security.yaml", "loose_security_api")


def test_undefined_security_scheme_is_a_located_warning(loose):
    api = loose[0].api
    assert sorted(w.pointer for w in api.warnings) == [
        "/paths/~1items~1{id}/delete/security/1/ApiKeyAuth",
        "/paths/~1items~1{id}/get/security/0/ApiKeyAuth",
        "/security/0/BearerAuth",
    ]
    assert all("not defined in components/securitySchemes" in w.message for w in api.warnings)
    assert all(w.file.endswith("undefined_security.yaml") for w in api.warnings)
    # the requirements that cannot be met are dropped: nothing, or what is left
    ops = {o.operation_id: o for o in api.operations}
    assert api.default_security == ()
    assert ops["itemRead"].security == ()
    assert ops["itemDelete"].security == (("basic",),)
    assert ops["itemsListing"].security is None  # the API's default: none now


def test_generate_prints_the_warnings_and_succeeds(tmp_path, capsys):
    spec = CORNERS / "undefined_security.yaml"
    assert main(["generate", str(spec), "--out", str(tmp_path / "out"), "--package-name", "loose_cli"]) == 0
    err = capsys.readouterr().err.splitlines()
    warnings = [line for line in err if line.startswith("warning: ")]
    assert len(warnings) == 3
    assert any(f"{spec} at /security/0/BearerAuth: security scheme 'BearerAuth'" in line for line in warnings)


def test_defined_security_gives_no_warning():
    api = build_api(FIXTURES / "mini.yaml")
    assert api.warnings == ()


def test_operations_without_a_known_scheme_need_no_credential(loose):
    pkg = loose[1]
    Client, Stub = _client_class(pkg), _stub_class(pkg)
    stub = Stub(seed=1, credentials={"basic": ("ann", "pw")})
    with stub.serve() as url:
        with Client(base_url=url) as client:  # no token, no credentials: none is needed
            items = client.items.listing()
            assert all(isinstance(i.id, int) for i in items)
            assert isinstance(client.items.read(1).id, int)
        with Client(base_url=url, credentials={"basic": ("ann", "pw")}) as client:
            client.items.delete(1)
    assert [r.status for r in stub.requests] == [200, 200, 204]
    assert "authorization" not in {k.lower() for k in stub.requests[0].headers}
    assert stub.requests[2].headers.get("authorization", stub.requests[2].headers.get("Authorization", "")).startswith("Basic ")


# -- null-only schemas -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def nulls(tmp_path_factory):
    return _package(tmp_path_factory, "null_enum.yaml", "null_corners_api")


def test_null_only_schemas_are_none(nulls):
    api = nulls[0].api
    (signal,) = api.models
    types = {f.wire_name: f.type for f in signal.fields}
    assert types["cleared"] == NONE and types["gone"] == NONE and types["nothing"] == NONE
    assert types["history"] == TypeRef("list", items=(NONE,))
    assert types["level"].kind == "enum" and types["level"].nullable
    assert types["reason"] == TypeRef("primitive", "str", nullable=True)  # a null member: nullable
    text = nulls[0].files["null_corners_api/models/signal.py"]
    assert "    cleared: None\n" in text and "    gone: None\n" in text and "    nothing: None = None\n" in text
    assert "history: list[None] | None = None" in text
    assert "Any" not in text


def test_null_only_package_passes_mypy_strict(nulls):
    out = nulls[2]
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(out / ".mypy"), "null_corners_api"],
        cwd=out,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_null_only_fields_round_trip_through_the_stub(nulls):
    pkg = nulls[1]
    Client, Stub = _client_class(pkg), _stub_class(pkg)
    stub = Stub(seed=4)
    with stub.serve() as url, Client(base_url=url) as client:
        signal = client.signals.read(1)
        assert signal.cleared is None and signal.gone is None
        updated = client.signals.update(1, body={"id": 1, "cleared": None, "gone": None, "history": [None, None]})
        assert updated.cleared is None
        with pytest.raises(pydantic.ValidationError):  # only null fits: the SDK's model refuses anything else
            pkg.models.Signal.model_validate({"id": 1, "cleared": "x", "gone": None}, strict=True)
    assert [r.status for r in stub.requests] == [200, 200]


# -- named schemas no operation uses -----------------------------------------------------------------


def _class_names(api) -> set[str]:
    return {m.name for m in api.models} | {e.name for e in api.enums}


def test_components_only_document_has_every_class(tmp_path_factory):
    result, pkg, _ = _package(tmp_path_factory, "components_only.yaml", "vocabulary_api")
    # objects and enums are classes (named by the component naming rules, nested ones after
    # their parents); a plain string component is no class
    assert _class_names(result.api) == {"Tariff", "TariffElement", "Currency", "ConnectorRead", "Model7"}
    tariff = pkg.models.Tariff.model_validate({"id": 3, "currency": "EUR", "elements": [{"price": 0.3, "stepSize": 60}]})
    assert tariff.currency is pkg.models.Currency.EUR and tariff.elements[0].step_size == 60
    assert pkg.models.Model7.__doc__.strip() == "a tool's name"


def test_webhooks_only_document_has_its_payload_and_its_spare_components():
    api = build_api(CORNERS / "webhooks_only.yaml")
    assert _class_names(api) == {"SessionEvent", "Spare"}
    assert [w.body.type for w in api.webhooks] == [TypeRef("model", "SessionEvent")]


@pytest.mark.parametrize("spec", ["components_only.yaml", "webhooks_only.yaml"])
def test_no_unused_components_option(spec, tmp_path):
    api = build_api(CORNERS / spec, unused_components=False)
    assert _class_names(api) == ({"SessionEvent"} if spec.startswith("webhooks") else set())
    out = tmp_path / "out"
    assert main(["generate", str(CORNERS / spec), "--out", str(out), "--package-name", "lean_api", "--no-unused-components", "-q"]) == 0
    assert sorted(p.name for p in (out / "lean_api" / "models").glob("*.py")) == (
        ["__init__.py", "session_event.py"] if spec.startswith("webhooks") else ["__init__.py"]
    )


def test_unused_components_never_rename_or_change_a_used_class(real_api, real_entry):
    """The real spec declares 14 components and uses none by $ref: 13 are the same
    structure as classes the API uses (nothing changes), one is new and takes a free name."""
    lean = build_api(real_entry.path, sha256=real_entry.sha256, unused_components=False)
    full_models, full_enums = {m.name: m for m in real_api.models}, {e.name: e for e in real_api.enums}
    assert all(full_models[m.name] == m for m in lean.models)
    assert all(full_enums[e.name] == e for e in lean.enums)
    assert lean.resources == real_api.resources
    extra = _class_names(real_api) - _class_names(lean)
    assert extra == {"TariffGroup2"}  # `TariffGroup` is the used class's name
    # only the component that adds a class is listed (the lock anchors it there) ...
    assert real_api.unused_components == (("/components/schemas/TariffGroup", TypeRef("model", "TariffGroup2")),)
    # ... and under the committed names lock no used class is renamed either
    lock = REPO / "specs" / "names.lock.json"
    locked = build_api(real_entry.path, sha256=real_entry.sha256, names_lock=lock)
    locked_lean = build_api(real_entry.path, sha256=real_entry.sha256, names_lock=lock, unused_components=False)
    assert _class_names(locked) - _class_names(locked_lean) == {"TariffGroup2"}
    assert {m.name: m for m in locked.models if m.name != "TariffGroup2"} == {m.name: m for m in locked_lean.models}


def test_unused_component_loses_a_name_clash_to_the_used_class():
    from generator.normalise.normaliser import normalise

    from .test_normaliser import document

    spec = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/items/{id}": {
                "get": {
                    "operationId": "itemRead",
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"type": "object", "properties": {"data": {"type": "object", "properties": {"id": {"type": "integer"}}}}}}},
                        }
                    },
                }
            }
        },
        # `Item` is declared but not used; the used (inline) item is named `Item` from its operation
        "components": {"schemas": {"Item": {"type": "object", "properties": {"id": {"type": "string"}, "old": {"type": "boolean"}}}}},
    }
    with_unused, without = normalise(document(spec)), normalise(document(spec), unused_components=False)
    assert [m.name for m in without.models] == ["Item"]
    assert sorted(m.name for m in with_unused.models) == ["Item", "Item2"]
    assert next(m for m in with_unused.models if m.name == "Item") == without.models[0]


def test_unused_components_are_listed_for_the_names_lock():
    from generator.versions.lock import apply_lock, make_lock

    api = build_api(CORNERS / "webhooks_only.yaml")
    assert api.unused_components == (("/components/schemas/Spare", TypeRef("model", "Spare")),)
    # the lock knows the class by its component, so locking a version changes nothing
    lock = make_lock(api)
    assert "component /components/schemas/Spare" in lock.classes["Spare"]
    assert apply_lock(api, lock) is api
