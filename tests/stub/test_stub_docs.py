"""The generated ``docs/webhooks.md`` and ``docs/stub.md`` (issue 19): present in every
package, every Python example runs against the stub, and what they list follows the
API (AMPECO's 39 notification types; another spec's own webhooks, or none)."""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from ..conftest import FIXTURES, generate_package
from ..test_docs_examples import KEYS_SPEC, python_blocks, run_block


def run_page(page: Path) -> list[str]:
    outputs = []
    for index, code in enumerate(python_blocks(page.read_text(encoding="utf-8"))):
        outputs.append(run_block(code, {}, f"{page.name}[{index}]"))
    return outputs


def test_ampeco_pages_run_and_list_every_notification_type(gen: Any) -> None:
    docs = gen.root / "docs"
    webhooks = (docs / "webhooks.md").read_text(encoding="utf-8")
    module = importlib.import_module(f"{gen.sdk.__name__}.webhooks")
    rows = re.findall(r"^\| `([^`]+)` \| \[", webhooks, re.M)
    assert sorted(rows) == sorted(module.NOTIFICATION_TYPES) and len(rows) == 39
    for name, model in module.NOTIFICATION_TYPES.items():
        assert f"[`{model.__name__}`](models/{model.__name__}.md)" in webhooks
        assert (docs / "models" / f"{model.__name__}.md").is_file()
    outputs = run_page(docs / "webhooks.md")
    expected = module.NOTIFICATION_TYPES["session.start.stop.notification"].__name__
    assert outputs[0].startswith(f"{expected}\nrefused: X-Signature")
    stub_outputs = run_page(docs / "stub.md")
    assert len(stub_outputs) == 2
    assert "True" in stub_outputs[0]
    assert "scripted 503" in stub_outputs[1] and "overridden 418" in stub_outputs[1]
    index = (docs / "index.md").read_text(encoding="utf-8")
    assert "(webhooks.md)" in index and "(stub.md)" in index


@pytest.mark.parametrize("name", ["mixed", "keys"])
def test_other_specs_get_both_pages(name: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    out = tmp_path_factory.mktemp(f"pages-{name}")
    spec = FIXTURES / "mixed" / "mixed.yaml" if name == "mixed" else out / "keys.yaml"
    if name == "keys":
        spec.write_text(KEYS_SPEC, encoding="utf-8")
    package = f"pages_{name}"
    result = generate_package(spec, out / "sdk", package)
    try:
        docs = out / "sdk" / "docs"
        webhooks = (docs / "webhooks.md").read_text(encoding="utf-8")
        if result.api.webhooks:
            assert "## Notification types" in webhooks
        else:
            assert "declares no webhooks" in webhooks and "```python" not in webhooks
        for page in ("webhooks.md", "stub.md"):
            run_page(docs / page)
            text = (docs / page).read_text(encoding="utf-8")
            assert "AMPECO" not in text and "evse" not in text.lower()
    finally:
        sys.path.remove(str(out / "sdk"))
        for module in [m for m in sys.modules if m == package or m.startswith(f"{package}.")]:
            del sys.modules[module]
