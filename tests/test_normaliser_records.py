"""The normaliser's typed records: structural keys and the replay log."""

from __future__ import annotations

import hashlib
import json

from generator.model.ir import MISSING, Constraints, TypeRef
from generator.normalise.records import (
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
    Site,
    SiteEntry,
    digest,
)


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
    constraints_min = {**Constraints().__dict__, "minimum": 1, "pattern": "^é$"}
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
                "constraints": Constraints().__dict__,
            },
        ],
        "extra": ["primitive", "str", [], False, "", []],
        "closed": False,
    }
    assert digest(shape.identity()) == old_digest(old)


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
