"""IR -> files of the generated package (as an in-memory mapping path -> text).

Python decides what each file says (types, imports); the Jinja2 templates in
``templates/`` arrange it. Both write plain code, one logical line per statement:
``format.tree`` proves it compiles and formats the whole tree in one pass.
"""

from __future__ import annotations

import keyword
import re
from collections import defaultdict
from typing import Any, NamedTuple

from .. import naming
from ..format import pyfmt
from ..format.pyfmt import import_line
from ..model.ir import MISSING, Api, BodyEncoding, EnumType, Field, Model, Operation, Parameter, Resource, TypeRef
from .examples import usage_examples
from .identity import identity
from .templates import environment, templates_dir
from .webhooks import signing_scheme

PRIMITIVE_IMPORTS = {
    "datetime": ("datetime", "datetime"),
    "date": ("datetime", "date"),
    "time": ("datetime", "time"),
    "Decimal": ("decimal", "Decimal"),
}
RUNTIME_SUFFIXES = (".py",)


# -- types ------------------------------------------------------------------------------


class TypeContext:
    """Collects the names a rendered annotation needs imported."""

    def __init__(
        self,
        enums: dict[str, EnumType],
        *,
        tagged: bool = False,
        param_models: frozenset[str] = frozenset(),
        prefix: str = "",
    ) -> None:
        self.enums = enums
        self.stdlib: set[tuple[str, str]] = set()
        self.typing: set[str] = set()
        self.classes: set[str] = set()
        self.pydantic: set[str] = set()
        self.runtime: set[tuple[str, str]] = set()
        self.tagged = tagged  # render discriminated unions as pydantic tagged unions
        # names from the ``params`` module (TypedDicts, Literal aliases) an annotation needs
        self.params: set[str] = set()
        # models that have a TypedDict (the input models), for ``Model | ModelParam``
        self.param_models = param_models
        # how class names are spelled (``models.`` inside the params module)
        self.prefix = prefix
        # enums as ``Enum | EnumLiteral`` without the other input changes (model __init__)
        self.literal_enums = False

    def annotation(self, t: TypeRef, *, input: bool = False) -> str:
        text = self._bare(t, input)
        if t.nullable and text not in ("Any", "None"):  # None: a null-only schema
            text += " | None"
        return text

    def _enum_input(self, name: str) -> str | None:
        """``Enum | EnumLiteral``: the enum or one of its values as a string literal."""
        enum = self.enums.get(name)
        if enum is None or enum.value_type == "float" or not enum.members:
            return None
        literal = literal_alias(name)
        self.params.add(literal)
        return f"{self.prefix}{name} | {literal}"

    def _bare(self, t: TypeRef, input: bool) -> str:
        if t.kind == "primitive":
            if t.name in PRIMITIVE_IMPORTS:
                self.stdlib.add(PRIMITIVE_IMPORTS[t.name])
            return t.name
        if t.kind == "any":
            self.typing.add("Any")
            return "Any"
        if t.kind == "enum":
            enum = self.enums.get(t.name)
            if enum is not None and enum.value_type == "float":
                return "float"
            self.classes.add(t.name)
            if input or self.literal_enums:
                typed = self._enum_input(t.name)
                if typed is not None:
                    return typed
                return f"{self.prefix}{t.name} | {'str' if enum is None or enum.value_type == 'str' else 'int'}"
            return f"{self.prefix}{t.name}"
        if t.kind == "model":
            self.classes.add(t.name)
            if input and t.name in self.param_models:
                self.params.add(param_name(t.name))
                return f"{self.prefix}{t.name} | {param_name(t.name)}"
            if input:
                self.typing.add("Any")
                self.stdlib.add(("collections.abc", "Mapping"))
                return f"{self.prefix}{t.name} | Mapping[str, Any]"
            return f"{self.prefix}{t.name}"
        if t.kind == "list":
            inner = self.annotation(t.items[0], input=input)
            if input:
                self.stdlib.add(("collections.abc", "Sequence"))
                return f"Sequence[{inner}]"
            return f"list[{inner}]"
        if t.kind == "tuple":
            return f"tuple[{', '.join(self.annotation(item, input=input) for item in t.items)}]"
        if t.kind == "dict":
            inner = self.annotation(t.items[0], input=input)
            if input:
                self.stdlib.add(("collections.abc", "Mapping"))
                return f"Mapping[str, {inner}]"
            return f"dict[str, {inner}]"
        if t.kind == "union" and self.tagged and not input and t.tags and len(t.tags) == len(t.items):
            self.typing.update({"Annotated", "Union"})
            self.pydantic.update({"Discriminator", "Tag"})
            self.runtime.add(("discriminator", "tag_of"))
            members = [f"Annotated[{self.annotation(item)}, Tag({pyfmt.py_str(tag)})]" for item, tag in zip(t.items, t.tags, strict=True)]
            return f"Annotated[Union[{', '.join(members)}], Discriminator(tag_of({pyfmt.py_str(t.discriminator)}))]"
        if t.kind == "union":
            parts: list[str] = []
            for item in t.items:
                for piece in _union_parts(self.annotation(item, input=input)):
                    if piece not in parts:
                        parts.append(piece)
            if "Any" in parts:
                return "Any"
            return " | ".join(parts)
        self.typing.add("Any")
        return "Any"

    def runtime_type(self, t: TypeRef) -> str:
        """The expression the SDK parses a response with (``Evse``, ``list[Evse]``)."""
        return self.annotation(t)


def _union_parts(annotation: str) -> list[str]:
    """``A | list[B | C] | None`` -> ``["A", "list[B | C]", "None"]`` (top level only)."""
    if "[" not in annotation:
        return annotation.split(" | ")
    parts, depth, start = [], 0, 0
    for index, ch in enumerate(annotation):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif depth == 0 and annotation.startswith(" | ", index):
            parts.append(annotation[start:index])
            start = index + 3
    parts.append(annotation[start:])
    return parts


# -- models -----------------------------------------------------------------------------


def _default_literal(f_default: Any, t: TypeRef, enums: dict[str, EnumType]) -> str | None:
    """A Python literal for a field default when it is a valid value, else None."""
    if f_default is MISSING or f_default is None:
        return None
    if t.kind == "primitive":
        ok = {
            "bool": isinstance(f_default, bool),
            "int": isinstance(f_default, int) and not isinstance(f_default, bool),
            "float": isinstance(f_default, (int, float)) and not isinstance(f_default, bool),
            "str": isinstance(f_default, str),
        }.get(t.name, False)
        if ok:
            value = float(f_default) if t.name == "float" else f_default
            return pyfmt.py_value(value)
        return None
    if t.kind == "enum":
        enum = enums.get(t.name)
        if enum is None or enum.value_type == "float":
            return None
        for member in enum.members:
            if member.value == f_default and type(member.value) is type(f_default):
                return f"{enum.name}.{member.name}"
    return None


def model_lines(model: Model, ctx: TypeContext, enums: dict[str, EnumType]) -> list[str]:
    """The body lines of a model class (fields and their docstrings)."""
    lines: list[str] = []
    for f in model.fields:
        ann = ctx.annotation(f.type)
        optional = not f.required
        if optional and not ann.endswith("| None") and ann not in ("Any", "None"):
            ann += " | None"
        default = _default_literal(f.default, f.type, enums) if optional else None
        if optional and default is None:
            default = "None"
        head = f"    {f.name}: {ann}"
        if f.name == f.wire_name and not f.deprecated:  # the common case: no ``Field(...)``
            lines.append(head if default is None else f"{head} = {default}")
        else:
            lines.append(_field_line(model, f, ann, default, ctx))
        doc = f.description
        if f.deprecated and not doc.lstrip().lower().startswith("deprecated"):
            doc = f"Deprecated{_replacement_note(model, f)}.\n\n{doc}".strip()
        if doc:
            lines.append(pyfmt.docstring(doc, 4))
    if model.extra is not None:
        # additionalProperties: a mapping given for it may have keys of its own
        ctx.typing.add("ClassVar")
        lines.append("    _open_keys: ClassVar[bool] = True")
    lines.extend(_init_for_type_checkers(model, ctx, enums))
    return lines


def _field_line(model: Model, f: Field, ann: str, default: str | None, ctx: TypeContext) -> str:
    """A field's line where the field has ``Field(...)`` arguments, an alias or a deprecation
    (``model_lines`` writes the others itself)."""
    head = f"    {f.name}: {ann}"
    args: list[str] = []
    if default is not None:
        args.append(f"default={default}")
    if f.name != f.wire_name:
        # not ``alias=``: type checkers would then only accept the wire name as the
        # constructor keyword; this way ``Model(charge_point_id=1)`` type-checks
        wire = pyfmt.py_str(f.wire_name)
        args.extend([f"validation_alias={wire}", f"serialization_alias={wire}"])
    if f.deprecated:
        args.append(f"deprecated={pyfmt.py_str(deprecation_message(model, f))}")
    if args == [f"default={default}"]:
        return f"{head} = {default}"
    if args and " | " not in ann and pyfmt.width(f"{head} = Field(") > pyfmt.LINE_LENGTH:
        # black would parenthesise the annotation (in one of three layouts), ruff would
        # not; in ``Annotated`` the two lay it out alike, and no file goes to black for it
        ctx.typing.update({"__Field__", "Annotated"})
        return f"    {f.name}: Annotated[{ann}, Field({', '.join(args)})]"
    if args:
        ctx.typing.add("__Field__")
        return f"{head} = Field({', '.join(args)})"
    return head


_REPLACEMENT = re.compile(r"\b[Uu]se (?:the )?((?:`[^`]+`(?:,? (?:and|or) )?)+)(?: (?:fields?|propert(?:y|ies)|parameters?))? instead")


def replacement_names(model: Model, f: Any) -> list[str]:
    """What the spec says replaces a deprecated field ("Use `idTag` instead"), as the
    Python names of this model's fields where they are fields of it."""
    match = _REPLACEMENT.search(f.description or "")
    if match is None:
        return []
    by_wire = {other.wire_name: other.name for other in model.fields}
    names = re.findall(r"`([^`]+)`", match.group(1))
    return [by_wire.get(name, name) for name in names]


def _replacement_note(model: Model, f: Any) -> str:
    names = replacement_names(model, f)
    return f"; use {' and '.join(names)} instead" if names else ""


def deprecation_message(model: Model, f: Any) -> str:
    """The warning reading a deprecated field gives: model, field and replacement."""
    return f"{model.name}.{f.name} is deprecated{_replacement_note(model, f)}"


def _init_for_type_checkers(model: Model, ctx: TypeContext, enums: dict[str, EnumType]) -> list[str]:
    """A constructor signature (for type checkers only) accepting each enum's values as
    string literals: pydantic's synthesized one would take only the enum members, so
    ``Filter(status="finished")``, valid at run time, would be a mypy error."""

    def has_enum(t: TypeRef) -> bool:
        return any(i.kind == "enum" and i.name in enums and enums[i.name].value_type != "float" for i in t.walk())

    if not any(has_enum(f.type) for f in model.fields):
        return []
    saved = ctx.tagged, ctx.literal_enums
    ctx.tagged, ctx.literal_enums = False, True
    try:
        # pydantic forbids field names with a leading underscore: "_self" never clashes
        args = ["_self" if any(f.name == "self" for f in model.fields) else "self", "*"]
        for f in model.fields:
            ann = ctx.annotation(f.type)
            if not f.required and not ann.endswith("| None") and ann != "Any":
                ann += " | None"
            args.append(f"{f.name}: {ann}" + ("" if f.required else " = ..."))
    finally:
        ctx.tagged, ctx.literal_enums = saved
    ctx.typing.add("TYPE_CHECKING")
    # one argument per line (the trailing comma keeps it so); the formatting pass settles
    # any line still too long
    inner = "\n".join(f"            {_parenthesised(a, 12)}," for a in args)
    return ["", "    if TYPE_CHECKING:", "", "        def __init__(", inner, "        ) -> None: ..."]


def _strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative; components and their members sorted by name."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in graph:
                    continue
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                out.append(sorted(component))
    return sorted(out)


def model_refs(api: Api) -> dict[str, set[str]]:
    """The classes each model's fields use, by model name."""
    return {m.name: _model_refs(m) for m in api.models}


def _model_refs(model: Model) -> set[str]:
    names = set()
    types = [f.type for f in model.fields] + ([model.extra] if model.extra else [])
    for t in types:
        for inner in t.walk():
            if inner.kind in ("model", "enum"):
                names.add(inner.name)
    return names


def _api_roots(api: Api) -> set[str]:
    """Classes that operations and webhooks use directly."""
    types: list[TypeRef] = []
    for op in api.operations:
        types.extend(p.type for p in op.parameters)
        types.extend(r.type for r in op.responses if r.type is not None)
        types.extend(t for t in (op.result, op.item_type) if t is not None)
        if op.body is not None:
            types.append(op.body.type)
    types.extend(w.body.type for w in api.webhooks if w.body is not None)
    return {inner.name for t in types for inner in t.walk() if inner.kind in ("model", "enum")}


#: Fields one models module may hold (~250 bytes each) before a group of single-use
#: classes is split into a module per class; mutually recursive classes stay together.
MAX_MODULE_FIELDS = 800


def _split_large_homes(homes: list[int], components: list[list[str]], fields: dict[str, int]) -> list[int]:
    """Every component of a module group holding more than ``MAX_MODULE_FIELDS`` fields
    gets a module of its own (single-use classes of one huge schema would otherwise
    make a module of megabytes). Components depend on each other without cycles, so
    their modules import each other without cycles too."""
    size: dict[int, int] = defaultdict(int)
    for index, home_index in enumerate(homes):
        size[home_index] += sum(fields.get(member, 0) + 1 for member in components[index])
    return [index if size[home_index] > MAX_MODULE_FIELDS else home_index for index, home_index in enumerate(homes)]


def module_names(api: Api, refs: dict[str, set[str]] | None = None) -> dict[str, str]:
    """Class name -> module under ``models/``.

    Mutually recursive classes share a module. A class (or recursive group) used by just
    one other class and by no operation directly lives in that class's module, so a
    chain of single-use nested classes is one module (one import, however deep), unless
    that module would grow past ``MAX_MODULE_FIELDS`` fields. ``refs``: ``model_refs(api)``
    when the caller has it already.
    """
    graph: dict[str, set[str]] = dict(refs if refs is not None else model_refs(api))
    for e in api.enums:
        graph[e.name] = set()
    components = _strongly_connected(graph)
    component_of = {member: index for index, component in enumerate(components) for member in component}
    referrers: dict[int, set[int]] = defaultdict(set)
    for name, uses in graph.items():
        for ref in uses:
            if ref in component_of and component_of[ref] != component_of[name]:
                referrers[component_of[ref]].add(component_of[name])
    roots = _api_roots(api)

    def home(index: int) -> int:
        while len(referrers[index]) == 1 and not any(m in roots for m in components[index]):
            index = next(iter(referrers[index]))
        return index

    homes = [home(i) for i in range(len(components))]
    homes = _split_large_homes(homes, components, {m.name: len(m.fields) for m in api.models})
    taken = {"__init__"}
    module_of_home: dict[int, str] = {}
    for index in sorted(set(homes), key=lambda i: components[i][0]):
        base = naming.snake(components[index][0]) or "model"
        if keyword.iskeyword(base) or base in taken:
            base += "_"
        name, n = base, 2
        while name in taken:
            name = f"{base}{n}"
            n += 1
        taken.add(name)
        module_of_home[index] = name
    return {member: module_of_home[homes[i]] for i, component in enumerate(components) for member in component}


# -- operations -------------------------------------------------------------------------


def _typed_dict(model: Model, ctx: TypeContext) -> str:
    """``class <Model>Param(TypedDict, total=False)`` with the model's wire keys.

    Required keys go in a base TypedDict (``typing.Required`` is Python 3.11+); keys
    that are not identifiers (``from``, ``x-id``) use TypedDict's functional form.
    """
    name = param_name(model.name)
    required = [f for f in model.fields if f.required]
    optional = [f for f in model.fields if not f.required]

    def annotation(f: Any) -> str:
        return ctx.annotation(f.type, input=True)

    def plain(f: Any) -> bool:
        key = f.wire_name
        return key.isidentifier() and not keyword.iskeyword(key) and not key.startswith("__")

    doc = pyfmt.docstring(f"The wire (camelCase) keys of :class:`~.models.{model.name}`, for a type-checked mapping.", 4)
    if all(plain(f) for f in model.fields):
        parts = []
        base = "TypedDict"
        if required and optional:
            parts.append(f"class _{name}Required(TypedDict):\n" + "\n".join(f"    {f.wire_name}: {annotation(f)}" for f in required))
            base = f"_{name}Required"
        fields = optional if (required and optional) else (required or optional)
        total = "" if (required and not optional) else ", total=False"
        if base != "TypedDict" and optional:
            total = ", total=False"
        body = "\n".join(f"    {f.wire_name}: {annotation(f)}" for f in fields) or "    pass"
        parts.append(f"class {name}({base}{total}):\n{doc}\n\n{body}")
        return "\n\n\n".join(parts)

    def functional(target: str, fields: list[Any], total: bool) -> str:
        # plain text: black (run over the whole module) settles the layout, and never
        # splits the string literals
        entries = "".join(f"        {pyfmt.py_str(f.wire_name)}: {pyfmt.py_str(annotation(f))},\n" for f in fields)
        tail = "" if total else "    total=False,\n"
        return f"{target} = TypedDict(\n    {pyfmt.py_str(target)},\n    {{\n{entries}    }},\n{tail})"

    if required and optional:
        return "\n\n".join(
            [
                functional(f"_{name}Required", required, True),
                functional(f"_{name}Optional", optional, False),
                f"\n\nclass {name}(_{name}Required, _{name}Optional):\n{doc}",
            ]
        )
    return functional(name, required or optional, bool(required))


def param_name(model: str) -> str:
    """The TypedDict of a model's wire keys, in the ``params`` module."""
    return f"{model}Param"


def literal_alias(enum: str) -> str:
    """The ``Literal[...]`` alias of an enum's values, in the ``params`` module."""
    return f"{enum}Literal"


def _checked_model(t: TypeRef) -> str | None:
    """The model a mapping given for ``t`` is checked against (None: not an object)."""
    return t.name if t.kind == "model" else None


def input_models(api: Api) -> set[str]:
    """Models a caller builds: request bodies and object-valued query parameters, and
    every model nested in them. Each gets a TypedDict in the ``params`` module."""
    by_name = {m.name: m for m in api.models}
    todo: list[TypeRef] = []
    for op in api.operations:
        if op.body is not None:
            todo.append(op.body.type)
        todo.extend(p.type for p in op.parameters if p.location == "query")
    found: set[str] = set()
    while todo:
        for inner in todo.pop().walk():
            if inner.kind == "model" and inner.name not in found and inner.name in by_name:
                found.add(inner.name)
                todo.extend(f.type for f in by_name[inner.name].fields)
    return found


class MethodView(NamedTuple):
    op: Operation
    signature: str  # "def ...:" with its arguments, indented 4
    async_signature: str
    docstring: str
    imports: list[str]  # local import lines inside the method
    call: str  # the call expression statement(s), indented 8
    async_call: str

    @property
    def sync_block(self) -> str:
        """The method in the sync resource class (a blank line first)."""
        return self._block(self.signature, self.call)

    @property
    def async_block(self) -> str:
        """The method in the async resource class (a blank line first)."""
        return self._block(self.async_signature, self.async_call)

    def _block(self, signature: str, call: str) -> str:
        imports = "".join(line + "\n" for line in self.imports)
        return "\n" + signature + "\n" + self.docstring + "\n" + imports + ("\n" if imports else "") + call + "\n"

    def wrapper(self, helper: str) -> str:
        """``self.<method> = <helper>(resource.<method>)`` in a with_* view's __init__."""
        name = self.op.method
        return f"        self.{name} = {helper}(resource.{name})"


def _param_annotation(p: Parameter, ctx: TypeContext) -> str:
    ann = ctx.annotation(p.type, input=True)
    if not p.required and not ann.endswith("| None") and ann not in ("Any", "None"):
        ann += " | None"
    return ann


def _method_doc(op: Operation, api: Api | None) -> str:
    parts = []
    head = op.summary or op.operation_id
    parts.append(head)
    if op.description and op.description.strip() != head.strip():
        parts.append(op.description)
    if op.deprecated:
        note = "Deprecated."
        if op.replacement:
            note += f" Use ``client.{op.replacement}()`` instead."
        parts.append(note)
    args = []
    for p in op.parameters:
        if p.location == "path" or p.description:
            desc = " ".join(p.description.split()) if p.description else f"the {p.wire_name} path parameter"
            args.append(f"    {p.name}: {desc}")
    if op.body is not None:
        args.append(
            f"    body: the request body ({'required' if op.body.required else 'optional'}); a model or a mapping with the API's camelCase keys"
        )
    if args:
        parts.append("Args:\n" + "\n".join(args))
    parts.append(f"``{op.http_method} {op.path}`` (operationId ``{op.operation_id}``)")
    return "\n\n".join(parts)


def method_view(op: Operation, ctx: TypeContext, modules: dict[str, str]) -> MethodView:
    args = ["self"]
    path_params = [p for p in op.parameters if p.location == "path"]
    other = [p for p in op.parameters if p.location != "path"]
    for p in path_params:
        args.append(f"{p.name}: {_param_annotation(p, ctx)}")
    args.append("*")
    required_other = [p for p in other if p.required]
    optional_other = [p for p in other if not p.required]
    if op.body is not None and op.body.required:
        args.append(f"body: {ctx.annotation(op.body.type, input=True)}")
    for p in required_other:
        args.append(f"{p.name}: {_param_annotation(p, ctx)}")
    if op.body is not None and not op.body.required:
        ann = ctx.annotation(op.body.type, input=True)
        ctx.stdlib.add(("", "NotGiven"))
        args.append(f"body: {ann} | NotGiven = NOT_GIVEN")
    for p in optional_other:
        args.append(f"{p.name}: {_param_annotation(p, ctx)} = None")
    ctx.stdlib.add(("collections.abc", "Mapping"))
    args.append("extra_headers: Mapping[str, str] | None = None")
    args.append("extra_query: Mapping[str, object] | None = None")
    if op.body is not None:
        args.append("extra_body: Mapping[str, object] | None = None")
    args.append("timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN")
    if op.pagination:
        item = ctx.annotation(op.item_type) if op.item_type else "Any"
        sync_ret, async_ret = f"SyncPager[{item}]", f"AsyncPager[{item}]"
    elif op.result is not None:
        sync_ret = async_ret = ctx.annotation(op.result)
    else:
        sync_ret = async_ret = "None"

    needed: set[str] = set()
    parse_type = op.item_type if op.pagination else op.result
    if parse_type is not None:
        for inner in parse_type.walk():
            if inner.kind in ("model", "enum") and inner.name in modules:
                needed.add(inner.name)
    # models a mapping is checked against before sending (unknown keys, snake_case)
    body_model = _checked_model(op.body.type) if op.body is not None else None
    query_models = [(p, _checked_model(p.type)) for p in op.parameters if p.location == "query"]
    query_models = [(p, m) for p, m in query_models if m is not None]
    needed.update(m for m in [body_model, *(m for _, m in query_models)] if m and m in modules)
    imports = [import_line(f"..models.{modules[n]}", [n], 8) for n in sorted(needed)]

    call_args: list[str] = [f"OPERATIONS[{pyfmt.py_str(op.operation_id)}]"]
    cast_expr = ctx.runtime_type(parse_type) if parse_type is not None else "None"
    call_args.append(cast_expr)

    def mapping(params: list[Parameter]) -> str:
        return "{" + ", ".join(f"{pyfmt.py_str(p.wire_name)}: {p.name}" for p in params) + "}"

    by_location: dict[str, list[Parameter]] = defaultdict(list)
    for p in op.parameters:
        by_location[p.location].append(p)
    for location, keyword_name in (("path", "path"), ("query", "query"), ("header", "headers"), ("cookie", "cookies")):
        if by_location.get(location):
            call_args.append(f"{keyword_name}={mapping(by_location[location])}")
    if op.body is not None:
        call_args.append("body=body")
    if op.unwrap and not op.pagination:
        call_args.append(f"unwrap={pyfmt.py_str(op.unwrap)}")
    call_args.append("timeout=timeout")
    if body_model is not None:
        call_args.append(f"body_type={body_model}")
    if query_models:
        entries = [f"{pyfmt.py_str(p.wire_name)}: {m}" for p, m in query_models]
        call_args.append("query_types={" + ", ".join(entries) + "}")
    call_args.extend(["extra_headers=extra_headers", "extra_query=extra_query"])
    if op.body is not None:
        call_args.append("extra_body=extra_body")

    joined = ", ".join(call_args)

    def render_call(is_async: bool) -> str:
        if op.pagination:
            return f"        return self._client._paginate({joined})"
        prefix = "await " if is_async else ""
        request = f"{prefix}self._client._request({joined})"
        if sync_ret == "None":
            # returned all the same: with_raw_response / with_streaming_response get
            # the response object from it
            return f"        return {request}"
        # ``Model`` and ``list[Model]`` match the runtime's ``type[T] -> T`` overload;
        # a union or an optional type does not, and is cast
        simple = parse_type is not None and parse_type.kind not in ("union", "any") and not parse_type.nullable
        if sync_ret == "Any" or simple:  # the runtime's overloads already give ``type[T] -> T``
            return f"        return {request}"
        ctx.typing.add("cast")
        return f"        return cast({sync_ret}, {request})"

    def signature(is_async: bool, ret: str) -> str:
        head = f"{'async ' if is_async and not op.pagination else ''}def {op.method}("
        return f"    {head}{', '.join(_parenthesised(arg, 8) for arg in args)}) -> {ret}:"

    ctx.typing.add("__httpx__")
    return MethodView(
        op=op,
        signature=signature(False, sync_ret),
        async_signature=signature(True, async_ret),
        docstring=pyfmt.docstring(_method_doc(op, None), 8),
        imports=imports,
        call=render_call(False),
        async_call=render_call(True),
    )


def _parenthesised(parameter: str, indent: int) -> str:
    """``name: A | B = default`` with the annotation in parentheses when the parameter,
    alone on its line at ``indent``, is wider than 88 columns: black parenthesises such a
    union (and removes the parentheses again where it fits), ruff keeps the parentheses it
    is given. Everything else is laid out by the formatting pass."""
    if indent + pyfmt.width(parameter) + 1 <= pyfmt.LINE_LENGTH:  # with its comma
        return parameter  # the cheap test first: most parameters fit
    name, colon, rest = parameter.partition(": ")
    annotation, equals, default = rest.rpartition(" = ") if rest.endswith((" = None", " = NOT_GIVEN", " = ...")) else (rest, "", "")
    if not colon or "'" in annotation or '"' in annotation or len(_union_parts(annotation)) < 2:
        return parameter
    return f"{name}: ({annotation}){equals}{default}"


# -- package ------------------------------------------------------------------------------


class Renderer:
    def __init__(self, api: Api, sdk_version: str, distribution: str = "", use_cache: bool = False, ready: dict[str, bytes] | None = None) -> None:
        self.api = api
        self.sdk_version = sdk_version
        self.distribution = distribution or api.package.replace("_", "-")
        self.env, _ = environment(use_cache, ready)
        # what the README and the package and stub docstrings show (see ``examples``)
        self.usage = usage_examples(api)
        self.env.globals["usage"] = self.usage
        # the package's own names: client classes, stub, base error, environment variables
        self.names = identity(api)
        self.env.globals["names"] = self.names
        self.env.globals["webhook_signing"] = signing_scheme(api)
        self.enums = {e.name: e for e in api.enums}
        # the classes each model uses (read by ``module_names`` and each models module)
        self.model_refs = model_refs(api)
        self.modules = module_names(api, self.model_refs)
        self.input_models = frozenset(input_models(api))

    def template(self, name: str, **context: Any) -> str:
        return self.env.get_template(name).render(api=self.api, sdk_version=self.sdk_version, **context)

    def sdk_files(self) -> dict[str, str]:
        """The SDK's own generated files (package, resources, models), without stub,
        webhooks, docs or runtime: ``emit.package`` puts the whole tree together."""
        out = self.sdk_files_but_resources()
        out.update(self.resource_files())
        return out

    def resource_files(self) -> dict[str, str]:
        """One module per resource (``resources/<name>.py``)."""
        return {f"{self.api.package}/resources/{resource.module}.py": self.resource_module(resource) for resource in self.api.resources}

    def sdk_files_but_resources(self) -> dict[str, str]:
        """``sdk_files`` without the resource modules."""
        pkg = self.api.package
        out: dict[str, str] = {}
        out["pyproject.toml"] = self.template("pyproject.toml.j2", distribution=self.distribution)
        out["README.md"] = self.template("README.md.j2", distribution=self.distribution)
        out[f"{pkg}/py.typed"] = ""
        out[f"{pkg}/__init__.py"] = self.template("package_init.py.j2", error_names=runtime_error_names())
        out[f"{pkg}/_version.py"] = self.template("version.py.j2")
        out[f"{pkg}/_operations.py"] = self.operations_module()
        out[f"{pkg}/_exceptions.py"] = self.template("exceptions.py.j2")
        top_level = [r for r in self.api.resources if "." not in r.name]  # nested ones hang off their parent
        out[f"{pkg}/_client.py"] = self.template("client.py.j2", resources=top_level, security=self.security_lines())
        out[f"{pkg}/resources/__init__.py"] = self.template("resources_init.py.j2", resources=self.api.resources)
        out.update(self.model_modules())
        out[f"{pkg}/params.py"] = self.params_module()
        return out

    def params_module(self) -> str:
        """``params.py``: a TypedDict of wire keys per input model, and a ``Literal``
        alias of the values of each enum, for type-checked mappings and strings."""
        ctx = TypeContext(self.enums, param_models=self.input_models, prefix="models.")
        by_name = {m.name: m for m in self.api.models}
        blocks: list[str] = []
        for enum in sorted(self.api.enums, key=lambda e: e.name):
            if enum.value_type == "float" or not enum.members:
                continue
            values = [pyfmt.py_value(m.value) for m in enum.members]
            blocks.append(f"{literal_alias(enum.name)}: TypeAlias = Literal[{', '.join(dict.fromkeys(values))}]")
        for name in sorted(self.input_models):
            blocks.append(_typed_dict(by_name[name], ctx))
        stdlib = sorted((m, n) for m, n in ctx.stdlib if m)
        text = self.template(
            "params.py.j2",
            blocks=blocks,
            type_imports=_group_imports(stdlib)
            + (
                [f"from typing import {', '.join(sorted(n for n in ctx.typing if not n.startswith('__')))}"]
                if any(not n.startswith("__") for n in ctx.typing)
                else []
            ),
            uses_models=bool(self.input_models),
        )
        return text

    def security_lines(self) -> list[str]:
        """Class attributes describing the API's security, when it is not the runtime's
        default (one bearer scheme, ``bearerAuth``, required everywhere: AMPECO's)."""
        schemes = self.api.security_schemes
        default = (("bearerAuth",),)
        if [(s.name, s.kind, s.scheme) for s in schemes] == [("bearerAuth", "http", "bearer")] and self.api.default_security == default:
            return []
        entries = []
        for scheme in schemes:
            args = [pyfmt.py_str(scheme.name), pyfmt.py_str(scheme.kind)]
            args += [f"scheme={pyfmt.py_str(scheme.scheme)}"] if scheme.scheme else []
            args += [f"location={pyfmt.py_str(scheme.location)}"] if scheme.location else []
            args += [f"parameter={pyfmt.py_str(scheme.parameter)}"] if scheme.parameter else []
            entries.append(f"{pyfmt.py_str(scheme.name)}: SecurityScheme({', '.join(args)})")
        return [
            f"    _security_schemes: ClassVar[dict[str, SecurityScheme]] = {{{', '.join(entries)}}}",
            f"    _default_security: ClassVar[tuple[tuple[str, ...], ...]] = {_security_literal(self.api.default_security)}",
        ]

    def operations_module(self) -> str:
        entries = []
        uses_encoding = False
        for op in sorted(self.api.operations, key=lambda o: o.operation_id):
            fields = [
                f"operation_id={pyfmt.py_str(op.operation_id)}",
                f"http_method={pyfmt.py_str(op.http_method)}",
                f"path={pyfmt.py_str(op.path)}",
                f"resource={pyfmt.py_str(op.resource)}",
                f"method={pyfmt.py_str(op.method)}",
                f"deprecated={op.deprecated}",
                f"summary={pyfmt.py_str(op.summary)}",
            ]
            if op.parameters:
                params = [
                    f"Param({pyfmt.py_str(p.wire_name)}, {pyfmt.py_str(p.location)}, {pyfmt.py_str(p.style)}, {p.explode}, {p.required})"
                    for p in op.parameters
                ]
                # a trailing comma: a one-tuple, or (magic) one parameter per line
                fields.append(f"params=({', '.join(params)},)")
            if op.pagination:
                fields.append(f"pagination={pyfmt.py_str(op.pagination)}")
            if op.replacement:
                fields.append(f"replacement={pyfmt.py_str(op.replacement)}")
            statuses = op.success_statuses
            if statuses != (200,):
                fields.append("success_statuses=(" + ", ".join(map(str, statuses)) + ("," if len(statuses) == 1 else "") + ")")
            if op.body is not None:
                fields.append(f"request_content_type={pyfmt.py_str(op.body.content_type)}")
            if op.body is not None and op.body.encoding:
                uses_encoding = True
                fields.append("body_encoding=(" + "".join(_encoding_call(e) + ", " for e in op.body.encoding) + ")")
            if op.response_content_type and op.response_content_type != "application/json":
                fields.append(f"response_content_type={pyfmt.py_str(op.response_content_type)}")
            if op.security is not None and op.security != self.api.default_security:
                fields.append(f"security={_security_literal(op.security)}")
            # the trailing (magic) comma keeps one field per line, a readable diff
            entries.append(f"    {pyfmt.py_str(op.operation_id)}: Operation({', '.join(fields)},),")
        return self.template("operations.py.j2", entries=entries, uses_encoding=uses_encoding)

    def resource_module(self, resource: Resource) -> str:
        ctx = TypeContext(self.enums, param_models=self.input_models)
        methods = [method_view(op, ctx, self.modules) for op in resource.operations]
        type_imports = defaultdict(set)
        for name in ctx.classes:
            type_imports[self.modules[name]].add(name)
        model_imports = [import_line(f"..models.{mod}", sorted(names), 4) for mod, names in sorted(type_imports.items())]
        if ctx.params:
            model_imports.append(import_line("..params", sorted(ctx.params), 4))
        stdlib = sorted((m, n) for m, n in ctx.stdlib if m)
        return self.template(
            "resource.py.j2",
            resource=resource,
            methods=methods,
            stdlib=_group_imports(stdlib),
            typing=sorted(n for n in ctx.typing if not n.startswith("__")),
            model_imports=model_imports,
            uses_sync_pager=any(m.op.pagination for m in methods),
            children=[r for r in self.api.resources if r.name.rpartition(".")[0] == resource.name],
        )

    def model_modules(self) -> dict[str, str]:
        pkg = self.api.package
        grouped: dict[str, list[Any]] = defaultdict(list)
        for enum in self.api.enums:
            if enum.value_type != "float":
                grouped[self.modules[enum.name]].append(enum)
        for model in self.api.models:
            grouped[self.modules[model.name]].append(model)
        out = {}
        exports: list[tuple[str, str]] = []
        for module in sorted(grouped):
            items = grouped[module]
            ctx = TypeContext(self.enums, tagged=True)
            blocks = []
            names_here = {item.name for item in items}
            models_here = {item.name for item in items if isinstance(item, Model)}
            # a model using another of its module: annotations are postponed and models rebuilt
            recursive = False
            for item in _definition_order(items, self.model_refs):
                if isinstance(item, EnumType):
                    blocks.append(self.enum_block(item))
                else:
                    lines = model_lines(item, ctx, self.enums)
                    recursive = recursive or not self.model_refs[item.name].isdisjoint(models_here)
                    blocks.append(("model", item, _body(lines)))
                exports.append((item.name, module))
            imports = defaultdict(set)
            for name in ctx.classes - names_here:
                imports[self.modules[name]].add(name)
            stdlib = sorted((m, n) for m, n in ctx.stdlib if m)
            typing = sorted(n for n in ctx.typing if not n.startswith("__"))
            runtime_names = sorted(
                (["SDKModel"] if any(isinstance(i, Model) for i in items) else []) + sorted({_enum_base(i) for i in items if isinstance(i, EnumType)})
            )
            imports_checking = ["if TYPE_CHECKING:", import_line("..params", sorted(ctx.params), 4)] if ctx.params else []
            groups = [
                _group_imports(stdlib) + ([f"from typing import {', '.join(typing)}"] if typing else []),
                (
                    [import_line("pydantic", sorted(ctx.pydantic | ({"Field"} if "__Field__" in ctx.typing else set())))]
                    if ctx.pydantic or "__Field__" in ctx.typing
                    else []
                ),
                [import_line(".._runtime.models", runtime_names)]
                + [import_line(f".._runtime.{mod}", [name]) for mod, name in sorted(ctx.runtime)]
                + [import_line(f".{mod}", sorted(names)) for mod, names in sorted(imports.items())],
                imports_checking,
            ]
            out[f"{pkg}/models/{module}.py"] = self.template(
                "model.py.j2",
                blocks=blocks,
                imports="\n\n".join("\n".join(g) for g in groups if g),
                recursive=recursive,
                model_names=[i.name for i in items if isinstance(i, Model)],
            )
        # old names a previous version had, kept as deprecated aliases (``versions.lock.aliases_for``)
        aliases = [(old, new, self.modules[new]) for old, new in sorted(self.api.extras.get("aliases", {}).items()) if new in self.modules]
        out[f"{pkg}/models/__init__.py"] = self.template("models_init.py.j2", exports=sorted(exports), aliases=aliases)
        return out

    def enum_block(self, enum: EnumType) -> tuple[str, EnumType, str]:
        """An enum's class body in ``model.py.j2``."""
        return ("enum", enum, _body([f"    {member.name} = {pyfmt.py_value(member.value)}" for member in enum.members]))


def _body(lines: list[str]) -> str:
    """A class body of ``lines`` (``pass`` when there are none), as one text."""
    return "\n".join(lines) if lines else "    pass"


def _encoding_call(encoding: BodyEncoding) -> str:
    """``Encoding("name", style=..., ...)``: only what the spec declares."""
    args = [pyfmt.py_str(encoding.name)]
    args += [f"style={pyfmt.py_str(encoding.style)}"] if encoding.style else []
    args += [f"explode={encoding.explode}"] if encoding.explode is not None else []
    args += [f"content_type={pyfmt.py_str(encoding.content_type)}"] if encoding.content_type else []
    args += ["required=True"] if encoding.required else []
    return f"Encoding({', '.join(args)})"


def _security_literal(requirements: tuple[tuple[str, ...], ...]) -> str:
    """``(("basicAuth",), ())`` spelled as black writes tuples."""

    def one(names: tuple[str, ...]) -> str:
        inner = ", ".join(pyfmt.py_str(n) for n in names)
        return f"({inner},)" if len(names) == 1 else f"({inner})"

    parts = [one(r) for r in requirements]
    return f"({parts[0]},)" if len(parts) == 1 else f"({', '.join(parts)})"


def runtime_error_names() -> list[str]:
    """Public exception classes of the runtime's errors module, re-exported by the package."""
    import ast

    tree = ast.parse((templates_dir() / "runtime" / "errors.py").read_text(encoding="utf-8"))
    # the base, ``SDKError``, is exported under the API's own name instead (``_exceptions``)
    return sorted(node.name for node in tree.body if isinstance(node, ast.ClassDef) and not node.name.startswith("_") and node.name != "SDKError")


def _enum_base(enum: EnumType) -> str:
    return "OpenIntEnum" if enum.value_type == "int" else "OpenEnum"


def _definition_order(items: list[Any], refs: dict[str, set[str]]) -> list[Any]:
    """Enums first, then models so that a class comes after the classes it uses
    (``refs``: ``model_refs`` of the API)."""
    enums = sorted((i for i in items if isinstance(i, EnumType)), key=lambda e: e.name)
    models = {i.name: i for i in items if isinstance(i, Model)}
    ordered: list[Any] = []
    done: set[str] = set()

    def visit(name: str, trail: set[str]) -> None:
        if name in done or name in trail:
            return
        trail.add(name)
        for ref in sorted(refs[name]):
            if ref in models:
                visit(ref, trail)
        done.add(name)
        ordered.append(models[name])

    for name in sorted(models):
        visit(name, set())
    return enums + ordered


def _group_imports(pairs: list[tuple[str, str]]) -> list[str]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for module, name in pairs:
        grouped[module].append(name)
    return [import_line(m, sorted(set(ns))) for m, ns in sorted(grouped.items())]
