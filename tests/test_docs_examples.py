"""Every Python example in the generated docs, README and module docstrings runs against
the stub (issue 10), for AMPECO's API and for other specs.

Examples take their configuration from <PREFIX>_BASE_URL / <PREFIX>_API_TOKEN, which point
at the generated stub served on 127.0.0.1; resource pages use the ``client`` the index
page creates. The examples of other specs are generated from their own operations, so
they run against their own stubs and name nothing of AMPECO's.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import re
import sys
import textwrap
import warnings
from types import ModuleType

import pytest

from generator.emit import examples
from generator.emit.sdk import Renderer

from .conftest import FIXTURES, generate_package, sdk_names

BLOCK = re.compile(r"```python\n(.*?)```", re.S)

# A spec unlike AMPECO's: an API key in a header is its only security scheme, its server
# URL has a variable, and it has no paginated listing and no webhooks.
KEYS_SPEC = """\
openapi: 3.0.3
info: {title: Key Vault, version: 1.4.0}
servers:
  - url: https://{region}.vault.example.com
    variables: {region: {default: eu}}
security: [{apiKey: []}]
components:
  securitySchemes:
    apiKey: {type: apiKey, in: header, name: X-Api-Key}
  schemas:
    Secret:
      type: object
      required: [id, label, state]
      properties:
        id: {type: integer, readOnly: true}
        label: {type: string}
        state: {type: string, enum: [sealed, open]}
paths:
  /secrets:
    post:
      operationId: secretStore
      tags: [secrets]
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Secret'}
      responses:
        '201':
          description: stored
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Secret'}
  /secrets/{secretId}:
    get:
      operationId: secretRead
      tags: [secrets]
      parameters:
        - {in: path, name: secretId, required: true, schema: {type: integer}}
      responses:
        '200':
          description: the secret
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Secret'}
        '404': {description: no such secret}
"""
OTHER_SPECS = {
    "mixed": FIXTURES / "mixed" / "mixed.yaml",
    "named": FIXTURES / "named" / "openapi.yaml",
    "keys": None,  # KEYS_SPEC, written to a temporary file
}
# Names from AMPECO's API, or from prose only true of it
AMPECO_ONLY = ("evse", "charge_point", "chargePoint", "sessions", "session.start", "userId", "connectors", "AMPECO's", "access token")


def python_blocks(text: str) -> list[str]:
    return BLOCK.findall(text)


def docstring_blocks(module: ModuleType) -> list[str]:
    """The indented code examples of a module docstring, dedented."""
    blocks: list[list[str]] = []
    current: list[str] | None = None
    for line in (module.__doc__ or "").splitlines():
        if line.startswith("    "):
            if current is None:
                current = []
                blocks.append(current)
            current.append(line)
        elif line.strip():
            current = None
        elif current is not None:
            current.append(line)
    return [textwrap.dedent("\n".join(block)).strip() + "\n" for block in blocks]


def run_block(code: str, namespace: dict, where: str) -> str:
    """Run one example; what it printed."""
    out = io.StringIO()
    with warnings.catch_warnings(), contextlib.redirect_stdout(out):
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            exec(compile(code, where, "exec"), namespace)
        except Exception as exc:  # report which example failed, with its code
            raise AssertionError(f"{where} failed: {type(exc).__name__}: {exc}\n{code}") from exc
    return out.getvalue()


def run_readme(text: str, where: str) -> list[str]:
    """Run every example of a README in one namespace; what each printed."""
    blocks = python_blocks(text)
    namespace: dict = {}
    outputs = [run_block(code, namespace, f"{where}[{index}]") for index, code in enumerate(blocks)]
    for code, output in zip(blocks, outputs):
        if "except NotFoundError" in code:
            assert "404" in output, f"{where}: the missing record was found\n{code}"
    return outputs


def serve_stub(pkg: str):
    return getattr(importlib.import_module(f"{pkg}.stub"), sdk_names(pkg).stub)(seed=1).serve()


def point_env_at(monkeypatch, url: str, pkg: str = "ampeco") -> None:
    """The package's own variables (``AMPECO_*`` for ``ampeco``) point at ``url``."""
    prefix = sdk_names(pkg).prefix
    monkeypatch.setenv(f"{prefix}_BASE_URL", url)
    monkeypatch.setenv(f"{prefix}_API_TOKEN", "docs-token")


def run_package_docstring(module: ModuleType, url: str, monkeypatch) -> None:
    """The package docstring's example, with its client sent to ``url`` instead."""
    client = sdk_names(module.__name__).client
    real = getattr(module, client)

    def to_stub(base_url: str | None = None, *args, **options):
        return real(url, *args, **options)

    monkeypatch.setattr(module, client, to_stub)
    (code,) = docstring_blocks(module)
    assert f"{client}(" in code
    run_block(code, {}, f"{module.__name__}.__doc__")


def run_stub_docstring(module: ModuleType) -> None:
    stub = importlib.import_module(f"{module.__name__}.stub")
    (code,) = docstring_blocks(stub)
    assert f"{sdk_names(module.__name__).stub}(" in code
    run_block(code, {}, f"{stub.__name__}.__doc__")


# -- AMPECO's API (the committed SDK) -------------------------------------------------------


@pytest.fixture(scope="module")
def stub_url(sdk):
    with serve_stub("ampeco") as url:
        yield url


@pytest.fixture()
def env(stub_url, monkeypatch):
    point_env_at(monkeypatch, stub_url)
    return stub_url


# pages whose examples make their own stub (tests/stub/test_stub_docs.py checks them)
GUIDES = ("webhooks.md", "stub.md")


def doc_pages(golden_dir):
    return sorted((golden_dir / "docs").rglob("*.md"))


def test_every_docs_example_runs_against_the_stub(sdk, golden_dir, env):
    from ampeco import Ampeco
    from ampeco.stub import AmpecoStub

    pages = doc_pages(golden_dir)
    assert len(pages) > 800
    count = 0
    for page in pages:
        if page.parent.name == "docs" and page.name in GUIDES:
            for index, code in enumerate(python_blocks(page.read_text())):
                run_block(code, {}, f"{page.relative_to(golden_dir)}[{index}]")  # own stubs
            continue
        for index, code in enumerate(python_blocks(page.read_text())):
            stub = AmpecoStub(seed=1)  # each example starts from the same data
            with Ampeco("http://stub.local", "docs-token", transport=stub.transport(), max_retries=0) as client:
                run_block(code, {"client": client}, f"{page.relative_to(golden_dir)}[{index}]")
            assert stub.requests or "Ampeco()" in code, f"{page.name}[{index}] made no call"
            assert all(r.status < 400 for r in stub.requests), (page.name, index, [(r.path, r.status) for r in stub.requests])
            count += 1
    assert count >= 452  # one example per operation, plus the index


def test_every_readme_example_runs(sdk, golden_dir, env):
    assert len(run_readme((golden_dir / "README.md").read_text(), "README.md")) >= 4


def test_package_and_stub_docstring_examples_run(sdk, env, monkeypatch):
    run_package_docstring(sdk, env, monkeypatch)
    run_stub_docstring(sdk)


def test_ampeco_readme_shows_its_hand_picked_calls(real_api):
    usage = examples.usage_examples(real_api)
    picked = [e.op.operation_id for e in (usage.read, usage.listing, usage.create, usage.missing, usage.second_listing)]
    assert picked == ["evseRead", "evsesListing", "chargePointStartChargingSession", "chargePointRead", "sessionsListing"]
    assert usage.read.call(showcase=True) == 'client.evses.read(1, include=["connectors"])'
    assert usage.notification == "session.start.stop.notification" and usage.client_options == ""


def test_ampeco_readme_picked_by_shape_alone_runs(real_api, sdk, golden_dir, env, monkeypatch):
    """Without AMPECO's hand-picked calls the general rules still give runnable examples."""
    monkeypatch.setattr(examples, "PREFERRED", {role: ("", {}) for role in examples.PREFERRED})
    text = Renderer(real_api, "0.0.0").template("README.md.j2", distribution="ampeco")
    assert 'include=["connectors"]' not in text and "client.evses.listing(filter" not in text
    golden = (golden_dir / "README.md").read_text()
    assert len(run_readme(text, "README.md (picked by shape)")) == len(python_blocks(golden))


# -- other specs (generated here) -------------------------------------------------------------


@pytest.fixture(scope="module", params=sorted(OTHER_SPECS))
def other(request, tmp_path_factory):
    """A non-AMPECO spec generated as package ``docs_<name>``: (README text, package)."""
    name = request.param
    out = tmp_path_factory.mktemp(name)
    spec = OTHER_SPECS[name]
    if spec is None:
        spec = out / "openapi.yaml"
        spec.write_text(KEYS_SPEC)
    package = f"docs_{name}"
    generate_package(spec, out / "sdk", package)
    yield (out / "sdk" / "README.md").read_text(), importlib.import_module(package)
    sys.path.remove(str(out / "sdk"))
    for module in [m for m in sys.modules if m == package or m.startswith(f"{package}.")]:
        del sys.modules[module]


@pytest.fixture()
def other_url(other, monkeypatch):
    with serve_stub(other[1].__name__) as url:
        point_env_at(monkeypatch, url, other[1].__name__)
        yield url


def test_readme_examples_of_other_specs_run_against_their_stub(other, other_url):
    text, pkg = other
    outputs = run_readme(text, f"{pkg.__name__}/README.md")
    assert len(outputs) >= 5
    assert "scripted 503" in outputs[-1]  # the stub example's scripted failure happened


def test_docstring_examples_of_other_specs_run(other, other_url, monkeypatch):
    run_package_docstring(other[1], other_url, monkeypatch)
    run_stub_docstring(other[1])


def test_other_specs_name_nothing_of_ampeco(other):
    text, pkg = other
    stub = importlib.import_module(f"{pkg.__name__}.stub")
    for where, prose in (("README.md", text), ("__init__", pkg.__doc__), ("stub", stub.__doc__)):
        found = [name for name in AMPECO_ONLY if name.lower() in prose.lower()]
        assert not found, f"{pkg.__name__} {where} mentions {found}"


# what each spec's README shows: (a credentials= example, a pager example, webhooks)
SECTIONS = {"mixed": (True, False, True), "named": (False, True, False), "keys": (True, False, False)}


def test_other_specs_readme_sections_follow_the_api(other):
    text, pkg = other
    name = pkg.__name__.removeprefix("docs_")
    credentials, pager, webhooks = SECTIONS[name]
    assert ("credentials={" in text) == credentials
    assert ("\npager = client." in text) == pager and ("is paginated" in text) != pager
    assert ("## Webhooks" in text) == webhooks
    configuration = text.split("## Configuration")[1].split("## Pagination")[0]
    if name == "mixed":  # every scheme besides the bearer token, by name
        assert '"keyHeader": "...",  # API key in the "X-Api-Key" header' in configuration
        assert '"basicAuth": ("user", "password"),' in configuration
    if name == "keys":  # an API key only: no token, and the key on every client
        assert "api_token" not in configuration
        assert 'client = DocsKeys(credentials={"apiKey": "..."})' in text
