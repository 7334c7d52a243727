"""The stub runtime's modules: imports between the runtime's modules go one way, each
``stub_*`` module imports on its own, and ``stub_engine`` still offers every name it
always did (as the very objects its sibling modules define)."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
_RUNTIME = _TEMPLATES / "runtime"
STUB_MODULES = sorted(p.stem for p in _RUNTIME.glob("stub_*.py"))


def _import_time_edges(path: Path) -> set[str]:
    """The runtime modules ``path`` imports when it is imported: relative imports at
    module level, not those under ``if TYPE_CHECKING:`` nor inside functions."""
    found: set[str] = set()

    def visit(statements: list[ast.stmt]) -> None:
        for node in statements:
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                if node.module:
                    found.add(node.module.split(".")[0])
                else:
                    found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.If):
                test = node.test
                if not (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING"):
                    visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.Try):
                visit(node.body)
                for handler in node.handlers:
                    visit(handler.body)

    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    return found


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1 on the current path, 2 done

    def walk(name: str, path: list[str]) -> list[str] | None:
        state[name] = 1
        for target in sorted(graph.get(name, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state:
                found = walk(target, [*path, target])
                if found:
                    return found
        state[name] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            found = walk(start, [start])
            if found:
                return found
    return None


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def test_runtime_modules_import_each_other_one_way() -> None:
    graph = {path.stem: _import_time_edges(path) for path in _RUNTIME.glob("*.py")}
    assert graph["stub_call"] >= {"stub_routes", "stub_records", "stub_state"}
    assert "stub_engine" not in graph["stub_call"]  # it sees the Stub for typing only
    assert _cycle(graph) is None


@pytest.mark.parametrize("module", STUB_MODULES)
def test_each_stub_module_imports_on_its_own(module: str) -> None:
    code = f"import runtime.{module} as m; print(sorted(set(m.__all__) - set(dir(m))))"
    out = subprocess.run([sys.executable, "-c", code], cwd=_TEMPLATES, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]"


def test_stub_engine_still_offers_its_names() -> None:
    engine = importlib.import_module("runtime.stub_engine")
    home = {
        "Route": "stub_routes",
        "RouteTable": "stub_routes",
        "Reply": "stub_records",
        "RecordedRequest": "stub_records",
        "FormPart": "stub_records",
        "Call": "stub_call",
        "Store": "stub_state",
        "parse_php_query": "stub_query",
        "read_query": "stub_query",
        "MalformedRequest": "stub_query",
        "Stub": "stub_engine",
        "StubTransport": "stub_engine",
        "AsyncStubTransport": "stub_engine",
    }
    assert sorted(engine.__all__) == sorted(home)
    for name, module in home.items():
        assert getattr(engine, name) is getattr(importlib.import_module(f"runtime.{module}"), name), name


def test_importing_the_stub_loads_no_asyncio_or_email_policy() -> None:
    # asyncio (~20 ms) comes with the first async request, email.policy with the first
    # multipart body; httpx itself loads neither
    code = "import sys, runtime.stub_engine; print([m for m in ('asyncio', 'email.policy') if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], cwd=_TEMPLATES, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout
