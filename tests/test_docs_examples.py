"""Every Python example in the generated docs and README runs against the stub (issue 10).

Examples take their configuration from AMPECO_BASE_URL / AMPECO_API_TOKEN, which point
at the generated stub served on 127.0.0.1; resource pages use the ``client`` the index
page creates.
"""

from __future__ import annotations

import contextlib
import io
import re
import warnings

import pytest

BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def python_blocks(text: str) -> list[str]:
    return BLOCK.findall(text)


@pytest.fixture(scope="module")
def stub_url(sdk):
    from ampeco.stub import AmpecoStub

    stub = AmpecoStub(seed=1)
    with stub.serve() as url:
        yield url


@pytest.fixture()
def env(stub_url, monkeypatch):
    monkeypatch.setenv("AMPECO_BASE_URL", stub_url)
    monkeypatch.setenv("AMPECO_API_TOKEN", "docs-token")
    return stub_url


def run_block(code: str, namespace: dict, where: str) -> None:
    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            exec(compile(code, where, "exec"), namespace)
        except Exception as exc:  # report which example failed, with its code
            raise AssertionError(f"{where} failed: {type(exc).__name__}: {exc}\n{code}") from exc


def doc_pages(golden_dir):
    return sorted((golden_dir / "docs").rglob("*.md"))


def test_every_docs_example_runs_against_the_stub(sdk, golden_dir, env):
    from ampeco import Ampeco
    from ampeco.stub import AmpecoStub

    pages = doc_pages(golden_dir)
    assert len(pages) > 800
    count = 0
    for page in pages:
        for index, code in enumerate(python_blocks(page.read_text())):
            stub = AmpecoStub(seed=1)  # each example starts from the same data
            with Ampeco("http://stub.local", "docs-token", transport=stub.transport(), max_retries=0) as client:
                run_block(code, {"client": client}, f"{page.relative_to(golden_dir)}[{index}]")
            assert stub.requests or "Ampeco()" in code, f"{page.name}[{index}] made no call"
            assert all(r.status < 400 for r in stub.requests), (page.name, index, [(r.path, r.status) for r in stub.requests])
            count += 1
    assert count >= 452  # one example per operation, plus the index


def test_every_readme_example_runs(sdk, golden_dir, env):
    blocks = python_blocks((golden_dir / "README.md").read_text())
    assert len(blocks) >= 4
    namespace: dict = {}
    for index, code in enumerate(blocks):
        run_block(code, namespace, f"README.md[{index}]")
