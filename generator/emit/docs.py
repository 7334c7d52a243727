"""Reference docs (Markdown) of a generated package: an index by resource, a page per
resource with every method, and a page per model and enum."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from ..model.ir import MISSING, EnumType, Model, Operation, Parameter, Resource, TypeRef
from .examples import ExampleValues, call_example

if TYPE_CHECKING:
    from .sdk import Renderer, TypeContext


def cell(text: str) -> str:
    """Text for one Markdown table cell: one line, pipes escaped."""
    return " ".join(str(text).split()).replace("|", "\\|") or " "


_WORD = re.compile(r"\w+")


def type_markdown(t: TypeRef, ctx: TypeContext, prefix: str, input: bool = False) -> str:
    """A type as text, with model and enum names linked to their pages."""
    names = {i.name for i in t.walk() if i.kind in ("model", "enum")}

    def link(word: re.Match[str]) -> str:  # whole names only: not ``EvseStatus`` in ``EvseStatusLiteral``
        name = word.group()
        return f"[`{name}`]({prefix}{name}.md)" if name in names else name

    out = _WORD.sub(link, ctx.annotation(t, input=input).replace("|", "\\|"))
    return f"`{out}`" if "[" not in out else out


class _TypeMarkdown:
    """``type_markdown`` with ``ctx``, each (type, prefix, input) made once: the docs'
    context only spells types (what it collects for imports is not read), so the text of
    a type is the same every time."""

    def __init__(self, ctx: TypeContext) -> None:
        self.ctx = ctx
        self.made: dict[tuple[TypeRef, str, bool], str] = {}

    def __call__(self, t: TypeRef, prefix: str, input: bool = False) -> str:
        key = (t, prefix, input)
        text = self.made.get(key)
        if text is None:
            text = self.made[key] = type_markdown(t, self.ctx, prefix, input)
        return text


class _MethodDoc(NamedTuple):
    """What ``docs/resource.md.j2`` shows of one method (attributes, not a dict: Jinja
    looks a name up as an attribute first, and a dict's failed lookup costs an exception)."""

    op: Operation
    signature: str
    params: list[str]  # the rows of its parameters' table
    body: str
    returns: str
    example: str


def _param_row(p: Parameter, types: _TypeMarkdown) -> str:
    """A parameter's row in a method's table of parameters."""
    wire = f" (`{p.wire_name}`)" if p.name != p.wire_name else ""
    default = f" Default `{p.default!r}`." if p.default is not MISSING else ""
    return (
        f"| `{p.name}`{wire} | {p.location} | {types(p.type, '../models/', input=True)} | {'yes' if p.required else 'no'} "
        f"| {cell(p.description)}{default} |"
    )


def signature(op: Operation) -> str:
    path = [p.name for p in op.parameters if p.location == "path"]
    rest = [p.name for p in op.parameters if p.location != "path"]
    body = ["body"] if op.body is not None else []
    keywords = ", ".join([*body, *rest])
    return ", ".join([*path, *(["*", keywords] if keywords else [])])


def docs_files(renderer: Renderer) -> dict[str, str]:
    """Every page of the reference docs, by path."""
    return {path: make() for path, make in doc_pages(renderer)}


def doc_pages(renderer: Renderer) -> list[tuple[str, Callable[[], str]]]:
    """Each page of the reference docs, in order: its path and what makes it. Pages are
    independent of each other (and of the order they are made in), so ``emit.package``
    shares them out between its two processes as each becomes free."""
    from .sdk import TypeContext

    api = renderer.api
    values = ExampleValues(api)
    types = _TypeMarkdown(TypeContext(renderer.enums))

    def resource_page(resource: Resource) -> str:
        methods = [
            _MethodDoc(
                op=op,
                signature=signature(op),
                params=[_param_row(p, types) for p in op.parameters],
                body=types(op.body.type, "../models/", input=True) if op.body else "",
                returns=_returns(op, types),
                example=call_example(op, values),
            )
            for op in resource.operations
        ]
        return renderer.template("docs/resource.md.j2", resource=resource, methods=methods)

    def model_page(model: Model) -> str:
        rows = [
            f"| `{f.name}` | `{f.wire_name}` | {types(f.type, '')} | {'yes' if f.required else 'no'} | {cell(f.description)} |" for f in model.fields
        ]
        return renderer.template("docs/model.md.j2", model=model, rows=rows)

    def enum_page(enum: EnumType) -> str:
        rows = [f"| `{member.name}` | `{cell(str(member.value))}` |" for member in enum.members]
        return renderer.template("docs/enum.md.j2", enum=enum, rows=rows)

    pages: list[tuple[str, Callable[[], str]]] = []
    pages.extend((f"docs/resources/{r.name}.md", partial(resource_page, r)) for r in api.resources)
    pages.extend((f"docs/models/{m.name}.md", partial(model_page, m)) for m in api.models)
    pages.extend((f"docs/models/{e.name}.md", partial(enum_page, e)) for e in api.enums)
    index = partial(renderer.template, "docs/index.md.j2", resources=list(api.resources), models=api.models, enums=api.enums, cell=cell)
    pages.append(("docs/index.md", index))
    pages.append(("docs/webhooks.md", partial(webhooks_page, renderer)))
    pages.append(("docs/stub.md", partial(renderer.template, "docs/stub.md.j2")))
    return pages


def webhooks_page(renderer: Renderer) -> str:
    """``docs/webhooks.md``: each notification type (the name ``dispatcher.on`` takes)
    with its payload model(s), verification, and a receiver tested with the stub."""
    from .webhooks import notification_kinds

    kinds = notification_kinds(renderer.api)
    names = [k.name for k in kinds]
    preferred = renderer.usage.notification
    example = preferred if preferred in names else (names[0] if names else "")
    return renderer.template("docs/webhooks.md.j2", kinds=kinds, example=example, cell=cell)


def _returns(op: Operation, types: _TypeMarkdown) -> str:
    if op.pagination and op.item_type is not None:
        return f"a pager of {types(op.item_type, '../models/')} (iterate it; `.first_page()` for `links` and `meta`)"
    if op.result is None:
        return "`None`"
    return types(op.result, "../models/")
