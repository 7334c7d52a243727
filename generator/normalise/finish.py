"""Drafts to IR: which drafts the API reaches, the components nothing uses, ``Model`` and
``EnumType`` from named drafts, and placeholder type names replaced by class names."""

from __future__ import annotations

from collections import Counter
from collections.abc import Set
from typing import Any, overload

from .. import naming
from ..model.ir import MISSING, Body, EnumMember, EnumType, Field, Model, Operation, TypeRef, Webhook, evolve
from .records import ENUM, MODEL, PLACEHOLDER, RANK_COMPONENT, RESPONSE, Draft, EnumShape, ModelShape, Site, best_text
from .refs import referenced
from .schemas import SchemaReader


def reachable(drafts: dict[str, Draft], roots: list[TypeRef | None], known: Set[int] = frozenset()) -> set[int]:
    """Drafts (by id) used from ``roots`` (a union of enums replaces its members, which may
    be left unused), leaving out those in ``known``, which must hold everything its own
    drafts reach (a result of this function): the walk stops there."""
    seen: set[int] = set()
    stack = [t for t in roots if t is not None]
    while stack:  # every type inside the roots and inside the models they reach
        t = stack.pop()
        if t.items:
            stack.extend(t.items)
        if (t.kind == MODEL or t.kind == ENUM) and t.name.startswith(PLACEHOLDER):
            draft = drafts.get(t.name[1:])
            if draft is not None and id(draft) not in seen and id(draft) not in known:
                seen.add(id(draft))
                if isinstance(draft.shape, ModelShape):
                    stack.extend(draft.shape.types())
    return seen


def unused_components(schemas: SchemaReader, used: set[int]) -> list[tuple[str, TypeRef]]:
    """Read every ``components/schemas`` entry no operation or webhook reached, as a
    response would read it, so the published vocabulary has its models and enums too.
    The classes the API uses keep exactly the evidence they had (their sites,
    descriptions, examples and directions are ``State.frozen`` meanwhile: what the reading
    would add to them is only logged), so declaring a schema never renames a used one."""
    state = schemas.state
    components = state.document.data.get("components")
    declared = components.get("schemas") if isinstance(components, dict) else None
    if not isinstance(declared, dict):
        return []
    reached = referenced(state)
    frozen = state.frozen
    for draft in {id(d): d for d in state.drafts.values() if id(d) in used}.values():
        frozen.add(id(draft))
        frozen.add(id(draft.descriptions))
        frozen.update(map(id, draft.field_descriptions.values()))
    roots: list[tuple[str, TypeRef]] = []
    try:
        for name in sorted(declared, key=str):
            pointer = "/components/schemas/" + str(name).replace("~", "~0").replace("/", "~1")
            if f"{state.resolver.root_path}#{pointer}" in reached:
                continue
            site = Site(RANK_COMPONENT, (naming.component_class_name(str(name)),))
            roots.append((pointer, schemas.type_of({"$ref": "#" + pointer}, RESPONSE, site, ("components", "schemas", name))))
    finally:
        frozen.clear()
    return roots


_NO_TEXTS: Counter[str] = Counter()


def finish_drafts(drafts: dict[str, Draft], used: set[int]) -> tuple[tuple[Model, ...], tuple[EnumType, ...]]:
    """The named drafts in ``used`` as models and enums, each sorted by name."""
    models: list[Model] = []
    enums: list[EnumType] = []
    renamer = Renamer(drafts)
    seen: set[int] = set()
    attribute_names: dict[str, str] = {}
    member_names_of: dict[tuple[type, Any], str] = {}
    for draft in drafts.values():
        if id(draft) in seen or id(draft) not in used:
            continue
        seen.add(id(draft))
        description = best_text(draft.descriptions)
        shape = draft.shape
        if isinstance(shape, EnumShape):
            for v in shape.values:
                if (type(v), v) not in member_names_of:
                    member_names_of[(type(v), v)] = naming.enum_member_name(v)
            member_names = naming.dedupe([member_names_of[(type(v), v)] for v in shape.values])
            enums.append(
                EnumType(
                    name=draft.name,
                    members=tuple(EnumMember(n, v) for n, v in zip(member_names, shape.values, strict=True)),
                    value_type=shape.value_type,
                    description=description,
                )
            )
            continue
        fields = []
        for f in shape.fields:
            if f.wire not in attribute_names:
                attribute_names[f.wire] = naming.attribute_name(f.wire)
        names = naming.dedupe([attribute_names[f.wire] for f in shape.fields])
        for name, f in zip(names, shape.fields, strict=True):
            fields.append(
                Field(
                    name=name,
                    wire_name=f.wire,
                    # a scalar (most fields) holds no placeholder: it is its own renaming
                    type=renamer.type(f.type) if f.type.items or f.type.name[:1] == PLACEHOLDER else f.type,
                    required=f.required,
                    description=best_text(draft.field_descriptions.get(f.wire) or _NO_TEXTS),
                    default=f.default,
                    read_only=f.read_only,
                    write_only=f.write_only,
                    deprecated=f.deprecated,
                    format=f.format,
                    constraints=f.constraints,
                    example=draft.field_examples.get(f.wire, MISSING),
                )
            )
        directions = draft.directions
        models.append(
            Model(
                name=draft.name,
                fields=tuple(fields),
                description=description,
                title=best_text(draft.titles),
                extra=renamer.type(shape.extra) if shape.extra is not None else None,
                closed=shape.closed,
                direction="both" if len(directions) != 1 else next(iter(directions)),
            )
        )
    models.sort(key=lambda m: m.name)
    enums.sort(key=lambda e: e.name)
    return tuple(models), tuple(enums)


class Renamer:
    """Replaces draft placeholders in types with the names the drafts were given."""

    def __init__(self, drafts: dict[str, Draft]) -> None:
        self.drafts = drafts
        # types already renamed, by identity (a type read once is shared by all its uses);
        # the type itself is kept, so its id cannot be taken by another
        self._renamed: dict[int, tuple[TypeRef, TypeRef]] = {}

    @overload
    def type(self, t: TypeRef) -> TypeRef: ...
    @overload
    def type(self, t: None) -> None: ...
    def type(self, t: TypeRef | None) -> TypeRef | None:
        if t is None:
            return None
        known = self._renamed.get(id(t))
        if known is not None:
            return known[1]
        renamed = self._rename(t)
        self._renamed[id(t)] = (t, renamed)
        return renamed

    def _rename(self, t: TypeRef) -> TypeRef:
        name = t.name
        if name.startswith(PLACEHOLDER):
            draft = self.drafts.get(name[1:])
            if draft is None:  # a named schema that refers to itself but is no object
                return TypeRef("any", nullable=t.nullable)
            name = draft.name
        elif not t.items:
            return t  # nothing to rename
        items = tuple(self.type(i) for i in t.items)
        return TypeRef(t.kind, name, items, t.nullable, t.discriminator, t.tags)

    def body(self, b: Body | None) -> Body | None:
        return evolve(b, type=self.type(b.type)) if b else None

    def webhook(self, w: Webhook) -> Webhook:
        return evolve(w, body=self.body(w.body))

    def operation(self, op: Operation) -> Operation:
        return evolve(
            op,
            parameters=tuple(p if (renamed := self.type(p.type)) is p.type else evolve(p, type=renamed) for p in op.parameters),
            body=self.body(op.body),
            responses=tuple(r if (retyped := self.type(r.type)) is r.type else evolve(r, type=retyped) for r in op.responses),
            result=self.type(op.result),
            item_type=self.type(op.item_type),
            webhooks=tuple(self.webhook(w) for w in op.webhooks),
        )
