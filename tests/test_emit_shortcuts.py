"""The emitters' shortcuts give what the general paths give (``benchmarks/render_cpu.py``
measures what they save): the one-line docstring, ``Field`` without constraints, the
reachable classes and the models' module names over ``model_refs``, the docs' spelling
of each type once, the resource methods' blocks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.emit import stub
from generator.emit.docs import _TypeMarkdown, type_markdown
from generator.emit.sdk import MethodView, TypeContext, model_refs, module_names
from generator.format import pyfmt
from generator.model.ir import Constraints, TypeRef
from generator.pipeline import build_api

from .conftest import FIXTURES

DOCSTRINGS = [
    "",
    " ",
    "   ",
    "plain",
    "  padded on both sides  ",
    'ends with a quote "',
    'has "quotes" inside',
    "a back\\slash",
    "tab\there",
    "two\nlines",
    "carriage\rreturn",
    "non-ASCII é",
    "form\x0cfeed",
    "vertical\x0btab",
    "trailing newline\n",
    "x" * 200,
    "'single quotes' are fine",
]


@pytest.mark.parametrize("text", DOCSTRINGS)
@pytest.mark.parametrize("indent", [0, 4, 8])
def test_docstring_shortcut_is_the_general_path(text, indent):
    assert pyfmt.docstring(text, indent) == pyfmt._docstring(text, indent)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x7F)) | st.text(), st.sampled_from([0, 4, 8]))
def test_docstring_shortcut_agrees_on_any_text(text, indent):
    assert pyfmt.docstring(text, indent) == pyfmt._docstring(text, indent)


def test_field_without_constraints_skips_only_what_adds_nothing():
    names = stub.Names()
    int_type = TypeRef("primitive", "int")
    assert stub._constraint_args(Constraints()) == []
    plain = stub.field_expr("count", int_type, True, Constraints(), names)
    assert plain == 'Field("count", INT, required=True)'
    # not the empty constraints: the general path, which may still add nothing
    assert stub.field_expr("count", int_type, True, Constraints(exclusive_minimum=True), names) == plain
    assert stub.field_expr("count", int_type, False, Constraints(minimum=1, exclusive_minimum=True, max_length=3), names) == (
        'Field("count", INT, minimum=1, exclusive_minimum=True, max_length=3)'
    )


@pytest.fixture(scope="module")
def mixed_api():
    return build_api(FIXTURES / "mixed" / "mixed.yaml", package="mixed_api", use_cache=False)


def test_reachable_over_model_refs_is_the_walk_of_every_type(mixed_api, real_api):
    for api in (mixed_api, real_api):
        assert stub._reachable(api, model_refs(api)) == stub._reachable(api)


def test_module_names_with_refs_given_are_the_same(mixed_api, real_api):
    for api in (mixed_api, real_api):
        assert module_names(api, model_refs(api)) == module_names(api)


def test_docs_spell_each_type_once_and_the_same(mixed_api):
    ctx = TypeContext({e.name: e for e in mixed_api.enums})
    types = _TypeMarkdown(ctx)
    fresh = TypeContext({e.name: e for e in mixed_api.enums})
    seen = 0
    for model in mixed_api.models:
        for f in model.fields:
            for prefix, input in (("", False), ("../models/", True)):
                first = types(f.type, prefix, input)
                assert types(f.type, prefix, input) is first  # made once
                assert first == type_markdown(f.type, fresh, prefix, input)
                seen += 1
    assert seen and len(types.made) < seen


def test_method_blocks_lay_out_signature_docstring_imports_and_call():
    view = MethodView(
        op=None,  # type: ignore[arg-type]  (not read by the blocks)
        signature="    def read(self) -> Evse:",
        async_signature="    async def read(self) -> Evse:",
        docstring='        """Read."""',
        imports=["        from ..models.evse import Evse"],
        call="        return self._client._request(...)",
        async_call="        return await self._client._request(...)",
    )
    assert view.sync_block == (
        '\n    def read(self) -> Evse:\n        """Read."""\n        from ..models.evse import Evse\n\n        return self._client._request(...)\n'
    )
    bare = MethodView(view.op, view.signature, view.async_signature, view.docstring, [], view.call, view.async_call)
    assert bare.async_block == '\n    async def read(self) -> Evse:\n        """Read."""\n        return await self._client._request(...)\n'


def test_plain_field_line_is_what_the_general_path_writes(mixed_api, real_api):
    from generator.emit.sdk import _default_literal, _field_line, model_lines

    checked = 0
    for api in (mixed_api, real_api):
        enums = {e.name: e for e in api.enums}
        for model in api.models:
            ctx = TypeContext(enums, tagged=True)
            lines = model_lines(model, ctx, enums)
            for f in model.fields:
                if f.name != f.wire_name or f.deprecated:
                    continue
                ann = ctx.annotation(f.type)
                default = None
                if not f.required:
                    if not ann.endswith("| None") and ann not in ("Any", "None"):
                        ann += " | None"
                    default = _default_literal(f.default, f.type, enums) or "None"
                general = _field_line(model, f, ann, default, ctx)
                assert general in lines
                checked += 1
    assert checked > 1000
