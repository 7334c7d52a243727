"""The normaliser's typed records (structural keys, the replay log) and the reuse of
inline readings."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from generator.errors import SpecError
from generator.load.document import Document, Resolver, load
from generator.model.ir import MISSING, Api, Constraints, TypeRef
from generator.normalise.normaliser import normalise
from generator.normalise.records import (
    NO_CONSTRAINTS,
    PLACEHOLDER,
    RANK_NESTED,
    CountEntry,
    DirectionEntry,
    Draft,
    DropEntry,
    EnumShape,
    FieldDraft,
    Log,
    ModelShape,
    ParentRef,
    Site,
    SiteEntry,
    digest,
    digest_text,
)
from generator.normalise.schemas import SchemaReader
from generator.pipeline import deep_recursion

from .conftest import FIXTURES


def old_digest(structure: object) -> str:
    """How draft keys were made when drafts were dicts: names are broken by these keys, so
    they must not change."""
    text = json.dumps(structure, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def field(wire: str, type_: TypeRef, **overrides: object) -> FieldDraft:
    values: dict[str, object] = dict(
        wire=wire,
        type=type_,
        required=False,
        default=MISSING,
        read_only=False,
        write_only=False,
        deprecated=False,
        format="",
        constraints=Constraints(),
        description="",
        example=MISSING,
    )
    values.update(overrides)
    return FieldDraft(**values)  # type: ignore[arg-type]


def test_model_keys_are_the_dict_era_keys() -> None:
    nested = TypeRef("list", items=(TypeRef("model", PLACEHOLDER + "mabc"),), nullable=True)
    shape = ModelShape(
        (
            field("id", TypeRef("primitive", "int"), required=True, constraints=Constraints(minimum=1, pattern="^é$")),
            field("tags", nested, default=["a", {"z": 1, "b": None}], format="x", description="per use", example=3),
        ),
        TypeRef("primitive", "str"),
        False,
    )
    constraints_min = {**Constraints()._asdict(), "minimum": 1, "pattern": "^é$"}
    old = {
        "fields": [
            {
                "wire": "id",
                "type": ["primitive", "int", [], False, "", []],
                "required": True,
                "default": "__missing__",
                "read_only": False,
                "write_only": False,
                "deprecated": False,
                "format": "",
                "constraints": constraints_min,
            },
            {
                "wire": "tags",
                "type": ["list", "", [["model", PLACEHOLDER + "mabc", [], False, "", []]], True, "", []],
                "required": False,
                "default": ["a", {"z": 1, "b": None}],
                "read_only": False,
                "write_only": False,
                "deprecated": False,
                "format": "x",
                "constraints": Constraints()._asdict(),
            },
        ],
        "extra": ["primitive", "str", [], False, "", []],
        "closed": False,
    }
    assert digest(shape.identity()) == old_digest(old)
    assert digest_text(shape.canonical()) == old_digest(old)  # written directly, the same text


def test_canonical_text_is_the_json_of_the_identity() -> None:
    union = TypeRef(
        "union", items=(TypeRef("model", PLACEHOLDER + "ma"), TypeRef("primitive", "None", nullable=True)), discriminator="kind", tags=("a", "ü")
    )
    odd = Constraints(minimum=0.5, exclusive_maximum=True, max_items=3)
    shapes = [
        ModelShape((field("x", union, deprecated=True, read_only=True, write_only=True, default=None, constraints=odd),), None, True),
        ModelShape((field('ç\n"q', TypeRef("dict", items=(TypeRef("any"),)), default=1.0, format="date-time"),), None, False),
        ModelShape(
            (field("a", TypeRef("primitive", "str"), constraints=Constraints()), field("b", TypeRef("tuple"), default={"b": [1, "x"], "a": True})),
            TypeRef("any", nullable=True),
            False,
        ),
    ]
    for shape in shapes:
        assert shape.canonical() == json.dumps(shape.identity(), sort_keys=True, separators=(",", ":"), default=str)


def test_enum_keys_are_the_dict_era_keys() -> None:
    assert digest(EnumShape(("a", "b"), "str").identity()) == old_digest({"values": ["a", "b"], "type": "str"})


def test_a_log_sums_its_children_by_weight_and_forgets_dropped_sites() -> None:
    draft = Draft("mx", EnumShape(("a",), "str"))
    kept, dropped = Site(RANK_NESTED), Site(RANK_NESTED)
    child = Log()
    child.entries += [SiteEntry(draft, kept, 2), CountEntry(draft.descriptions, "text", 1)]
    parent = Log()
    parent.children += [child, child]  # a named schema reached twice
    parent.entries += [SiteEntry(draft, kept, 1), SiteEntry(draft, dropped, 1), DropEntry(draft, (dropped,)), DirectionEntry(draft)]
    summary = parent.flat()
    assert [(e.site, e.times) for e in summary.sites.values()] == [(kept, 5)]
    assert [(e.text, e.times) for e in summary.counts.values()] == [("text", 2)]
    assert list(summary.directions.values()) == [draft]
    assert parent.flat() is summary  # summed up once


# -- an inline object met again replays its first reading: the IR must not show it ----------
SPECS = [
    FIXTURES / "mini.yaml",
    FIXTURES / "mixed" / "mixed.yaml",
    FIXTURES / "named" / "openapi.yaml",
    *sorted((FIXTURES / "other_apis").glob("*.yaml")),
    *sorted((FIXTURES / "corners").glob("*.yaml")),
]


def both_ways(document: Document, monkeypatch: pytest.MonkeyPatch) -> tuple[Api, Api]:
    reused = normalise(document)
    with monkeypatch.context() as patch:
        patch.setattr(SchemaReader, "reuse_readings", False)
        read_again = normalise(document)
    return reused, read_again


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_reusing_readings_changes_nothing_on_the_fixtures(spec: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reused, read_again = both_ways(load(spec), monkeypatch)
    assert reused == read_again


def test_reusing_readings_changes_nothing_on_the_real_spec(real_entry, monkeypatch: pytest.MonkeyPatch) -> None:
    with deep_recursion():
        reused, read_again = both_ways(load(real_entry.path, validate=False), monkeypatch)
    assert reused == read_again


def nested(height: int, leaf: str) -> dict:
    """An object schema ``height`` object levels deep, ending in a property ``leaf``."""
    schema: dict = {"type": "object", "properties": {leaf: {"type": "string"}}}
    for level in range(height - 1):
        schema = {"type": "object", "properties": {f"level{level}": schema}}
    return schema


def test_a_reading_is_not_reused_where_it_would_pass_the_depth_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same object written shallow and then deep: deep down, its inner levels pass the
    depth limit and become dicts, as reading it again would make them, whether the deep
    copy sits directly in the deep place or inside another object reused from shallow."""
    deep_part = nested(40, "tip")
    outer = {"type": "object", "properties": {"inner": deep_part}}
    wrapper = nested(100, "x")  # puts what follows ~100 schema levels down
    tail = wrapper
    while "x" not in tail["properties"]:
        tail = next(iter(tail["properties"].values()))
    tail["properties"]["x"] = copy.deepcopy(outer)

    def op(name: str, schema: dict) -> dict:
        return {"get": {"operationId": name, "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}}}

    data = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        # read in path order: the part alone, then inside ``outer`` (reused), then all of it deep
        "paths": {"/a": op("alone", copy.deepcopy(deep_part)), "/b": op("shallow", copy.deepcopy(outer)), "/c": op("deep", wrapper)},
    }
    path = Path("/virtual/spec.json")
    with deep_recursion():
        reused, read_again = both_ways(Document(path=path, data=data, sha256="", resolver=Resolver(path, data)), monkeypatch)
    assert reused == read_again
    assert any(f.type.kind == "dict" for m in reused.models for f in m.fields)  # the limit was reached


def test_a_reading_inside_a_recursion_is_not_reused_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    """Inside ``Node``, the object ``{node: Node}`` refers to a schema not read yet; written
    elsewhere, the same text refers to the finished ``Node``: it is read again there."""
    holder = {"type": "object", "properties": {"node": {"$ref": "#/components/schemas/Node"}}}
    node = {"type": "object", "properties": {"name": {"type": "string"}, "child": copy.deepcopy(holder)}}

    def op(name: str, schema: dict) -> dict:
        return {"get": {"operationId": name, "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}}}

    data = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": op("nodeRead", {"$ref": "#/components/schemas/Node"}), "/b": op("holderRead", holder)},
        "components": {"schemas": {"Node": node}},
    }
    path = Path("/virtual/spec.json")
    reused, read_again = both_ways(Document(path=path, data=data, sha256="", resolver=Resolver(path, data)), monkeypatch)
    assert reused == read_again


def test_a_reading_with_a_problem_is_read_again_so_each_copy_reports_it(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = {"type": "object", "properties": {"odd": {"type": "weird"}}}

    def op(name: str) -> dict:
        schema = copy.deepcopy(broken)
        return {"get": {"operationId": name, "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}}}

    data = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/a": op("one"), "/b": op("two")}}
    path = Path("/virtual/spec.json")
    with pytest.raises(SpecError) as raised:
        normalise(Document(path=path, data=data, sha256="", resolver=Resolver(path, data)))
    assert sorted(p.pointer for p in raised.value.problems) == [
        "/paths/~1a/get/responses/200/content/application~1json/schema/properties/odd",
        "/paths/~1b/get/responses/200/content/application~1json/schema/properties/odd",
    ]


def test_structure_key_tells_apart_what_json_would_merge():
    import datetime
    import sys

    from generator.normalise.schemas import structure_key

    one = {"type": "object", "properties": {"a": {"type": "integer", "default": 1}}}
    assert structure_key(one) == structure_key(json.loads(json.dumps(one)))
    name = "".join(["interned", "_not"])  # equal text, one interned and one not: the same key
    assert structure_key({sys.intern("interned_not"): [1]}) == structure_key({name: [1]})
    for other in (1.0, True, "1", -1):
        assert structure_key({"type": "object", "properties": {"a": {"type": "integer", "default": other}}}) != structure_key(one)
    assert structure_key({"b": 1, "a": 2}) != structure_key({"a": 2, "b": 1})  # another writing: read again, same result
    dated = {"type": "string", "example": datetime.date(2020, 1, 2)}
    assert structure_key(dated) == repr(dated)  # what marshal cannot write
    assert b"$ref" in structure_key({"properties": {"a": {"$ref": "#/x"}}})


def _op_both_ways(name: str, schema: dict) -> dict:
    """An operation that sends ``schema`` and gets it back."""
    content = {"application/json": {"schema": copy.deepcopy(schema)}}
    return {
        "post": {
            "operationId": name,
            "requestBody": {"content": content},
            "responses": {"200": {"description": "ok", "content": copy.deepcopy(content)}},
        }
    }


@pytest.mark.parametrize("keyword", ["", "readOnly", "writeOnly"])
@pytest.mark.sources
def test_an_object_read_in_one_direction_is_replayed_in_the_other_unless_a_field_depends_on_it(keyword: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same inline object sent and received: with no readOnly or writeOnly inside, the
    response replays the request's reading (the drafts take both directions); with one, each
    direction is read. Either way the IR is the one reading everything again gives."""
    inner = {"type": "object", "title": "Inner", "properties": {"code": {"type": "string", "description": "c"}}}
    if keyword:
        inner["properties"]["secret"] = {"type": "string", keyword: True}
    thing = {"type": "object", "properties": {"name": {"type": "string"}, "inner": inner, "tags": {"type": "array", "items": inner}}}
    data = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/a": _op_both_ways("thingCreate", thing)}}
    path = Path("/virtual/spec.json")
    document = Document(path=path, data=data, sha256="", resolver=Resolver(path, data))
    reused, read_again = both_ways(document, monkeypatch)
    assert reused == read_again
    reads: list[str] = []
    original = SchemaReader._read_object

    def counted(self: SchemaReader, schema: dict, direction: str, *rest: Any) -> TypeRef:
        reads.append(direction)
        return original(self, schema, direction, *rest)

    monkeypatch.setattr(SchemaReader, "_read_object", counted)
    normalise(document)
    assert reads.count("request") == 2  # ``thing`` and ``inner`` (met again in ``tags``: replayed)
    assert reads.count("response") == (2 if keyword else 0)
    inner_model = next(m for m in reused.models if m.title == "Inner" or m.name.startswith("Inner"))
    assert inner_model.direction == ("both" if not keyword else inner_model.direction)
    assert {m.direction for m in reused.models} == ({"both"} if not keyword else {"request", "response"})


def test_canonical_texts_kept_for_the_next_shapes_are_the_texts() -> None:
    known: dict = {}
    strings, numbers = TypeRef("primitive", "str"), TypeRef("primitive", "int")

    def plain(wire: str, type_: TypeRef, **overrides: object) -> FieldDraft:
        return field(wire, type_, **{"constraints": NO_CONSTRAINTS, **overrides})

    shapes = [
        ModelShape((plain("a", strings), plain("b", numbers, required=True)), None, False),
        ModelShape((plain("a", numbers), plain("b", numbers, required=True)), None, False),  # the same wire, another type
        ModelShape((plain("a", TypeRef("primitive", "str")), plain("c", strings, default=1)), None, True),  # an equal type, another object
        ModelShape((plain("a", strings, constraints=Constraints(min_length=1)), plain("a", strings, format="date")), TypeRef("any"), False),
    ]
    for shape in [*shapes, *shapes]:
        assert shape.canonical(known) == shape.canonical()
    assert len({shape.canonical(known) for shape in shapes}) == len(shapes)
    assert len(known) == 5  # the plain fields, each kind once


def _relaxed_depths(all_drafts: list[Draft], drafts: dict[str, Draft]) -> None:
    """Depths as ``assign_names`` found them before ``_settle_depths``: lowered pass after
    pass until none changes."""
    for draft in all_drafts:
        if any(site.rank < RANK_NESTED for site in draft.sites):
            draft.depth = 0
    changed = True
    while changed:
        changed = False
        for draft in all_drafts:
            for site in draft.sites:
                if site.rank == RANK_NESTED and site.parent is not None and site.parent.key in drafts:
                    parent = drafts[site.parent.key]
                    if parent.depth + 1 < draft.depth:
                        draft.depth = parent.depth + 1
                        changed = True


@pytest.mark.parametrize("seed", range(40))
def test_depths_settled_shallowest_first_are_the_relaxed_ones(seed: int) -> None:
    """Random draft graphs (cycles, parents outside the dict, depths kept from an earlier
    call, drafts no direct site reaches): the same depths either way."""
    import random

    from generator.normalise.names import _settle_depths
    from generator.normalise.records import RANK_ERROR, RANK_OPERATION, RANK_WEAK

    count = random.Random(seed).randint(1, 40)

    def graph() -> tuple[list[Draft], dict[str, Draft]]:
        local = random.Random(seed)
        made = [Draft(f"m{i:03d}", EnumShape((), "str")) for i in range(count)]
        refs = [ParentRef(d.key) for d in made] + [ParentRef("elsewhere")]
        for draft in made:
            for _ in range(local.randint(0, 4)):
                rank = local.choice([RANK_NESTED, RANK_NESTED, RANK_NESTED, RANK_OPERATION, RANK_ERROR, RANK_WEAK])
                draft.sites.append(Site(rank, parent=local.choice(refs) if rank == RANK_NESTED and local.random() < 0.9 else None))
            if local.random() < 0.2:
                draft.depth = local.randint(0, 5)  # from an earlier call
        by_key = {d.key: d for d in made if local.random() < 0.9}
        return sorted(by_key.values(), key=lambda d: d.key), by_key

    settled, by_key = graph()
    _settle_depths(settled, by_key)
    relaxed, by_key_again = graph()
    _relaxed_depths(relaxed, by_key_again)
    assert [d.depth for d in settled] == [d.depth for d in relaxed]


@pytest.mark.parametrize("change", ["append", "drop", "drop and append", "weight", "direction", "description", "field", "replay"])
def test_a_frozen_draft_keeps_its_evidence_and_the_log_still_records_it(change: str) -> None:
    """While ``State.frozen`` holds a draft and its counters (``finish.unused_components``
    reading the schemas nothing uses), whatever reading would add to it, directly or by a
    replay, leaves its sites, weights, texts and directions as they were; the log still
    records it, and a draft not frozen takes it all."""
    from collections import Counter

    from generator.normalise.records import Log
    from generator.normalise.state import State

    path = Path("/virtual/spec.json")
    first, second, third = Site(RANK_NESTED), Site(RANK_NESTED), Site(RANK_NESTED)

    def evidence(draft: Draft) -> tuple:
        fields = {k: dict(v) for k, v in draft.field_descriptions.items()}
        return (list(draft.sites), dict(draft.weights), dict(draft.descriptions), fields, set(draft.directions))

    def apply(state: State, draft: Draft) -> None:
        if "append" in change:
            state.add_site(draft, third)
        if "drop" in change:
            state.drop_sites(draft, [first])
        if change == "weight":
            state.add_site(draft, second)
        if change == "direction":
            state.add_direction(draft, "request")
        if change == "description":
            state.count(draft.descriptions, "said once more")
        if change == "field":
            state.count(draft.field_descriptions["a"], "the field, again")
        if change == "replay":
            log = Log()
            state.logs.append(log)
            state.add_site(draft, third)
            state.count(draft.descriptions, "replayed")
            state.add_direction(draft, "request")
            state.logs.pop()
            state.replay(log, "request")

    for frozen in (True, False):
        state = State(Document(path=path, data={}, sha256="", resolver=Resolver(path, {})))
        draft = Draft("mx", EnumShape(("a",), "str"))
        draft.add_site(first)
        draft.add_site(second)
        draft.descriptions = Counter({"said": 1})
        draft.field_descriptions["a"]["the field"] = 1
        draft.directions.add("response")
        before = evidence(draft)
        if frozen:
            state.frozen.update({id(draft), id(draft.descriptions), *map(id, draft.field_descriptions.values())})
        log = Log()
        state.logs.append(log)
        apply(state, draft)
        assert (evidence(draft) == before) == frozen, (change, frozen)
        assert log.entries or log.children, change  # recorded either way


@pytest.mark.parametrize(
    "values",
    [("a", "b"), (1, 2), (1, 1.0), (0.0, -0.0), (True, 1, "1"), (), (1.5,), ("x", 2.5, 3)],
)
def test_an_enum_fingerprint_pairs_each_value_with_its_type_and_floats_by_their_spelling(values: tuple) -> None:
    shape = EnumShape(values, "str")
    assert shape.fingerprint() == ("str", tuple((type(v), repr(v) if type(v) is float else v) for v in values))


def test_enums_of_plain_strings_and_of_other_values_are_typed_as_before() -> None:
    """The plain-string shortcut of ``type_of``: the same enums and types as the general way."""

    class Text(str):
        pass

    def typed(values: list) -> tuple[TypeRef, Any]:
        data = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}
        path = Path("/virtual/spec.json")
        from generator.normalise.state import State

        reader = SchemaReader(State(Document(path=path, data=data, sha256="", resolver=Resolver(path, data))))
        t = reader.type_of({"enum": values}, "response", Site(RANK_NESTED), ())
        shape = reader.state.drafts[t.name[1:]].shape if t.kind == "enum" else None
        return t, shape

    for values, value_type in ((["a", "b"], "str"), ([Text("a"), "b"], "str"), ([1, 2], "int"), ([1, 2.5], "float"), (["a", 1], "str")):
        t, shape = typed(values)
        assert t.kind == "enum" and shape.value_type == value_type
        assert shape.values == tuple(str(v) for v in values) if value_type == "str" else tuple(values)
    assert typed([True, False])[0] == TypeRef("primitive", "bool")
    assert typed(["a", None])[0].nullable
