"""The normaliser's working records: naming sites, drafts (a model or enum before it has a
name, identified by its structure), the log of what reading a named schema did, and the
scores names are chosen by. Small typed records; nothing here reads the document.

Records compared by value are named tuples; those compared by identity, or changed in
place, are plain classes with ``__slots__``. No dataclasses: each costs ~0.6 ms to create
at import (its methods are compiled from text), which every run paid."""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from json.encoder import encode_basestring_ascii
from typing import Any, NamedTuple

from ..model.ir import MISSING, NO_CONSTRAINTS, Constraints, TypeRef

PLACEHOLDER = "\x00"  # a type's name before its draft is named: PLACEHOLDER + draft key

# Naming ranks: lower wins. See ``names.assign_names``.
RANK_COMPONENT, RANK_DATA, RANK_TITLE, RANK_OPERATION, RANK_ERROR, RANK_NESTED, RANK_WEAK = range(7)

MODEL, ENUM = "model", "enum"
REQUEST, RESPONSE = "request", "response"


class ParentRef:
    """The model a nested site belongs to; its key is filled in once that model's
    structure (and so its key) is known. Sites derived from one property share it."""

    __slots__ = ("key",)

    def __init__(self, key: str = "") -> None:
        self.key = key


class Site:
    """One place a model or enum is used, and the names that place suggests (compared by
    identity: two uses that suggest the same names are still two uses)."""

    __slots__ = ("rank", "names", "parent", "prop", "deprecated")

    def __init__(
        self,
        rank: int,
        names: tuple[str, ...] = (),
        parent: ParentRef | None = None,  # the containing model, for nested sites
        prop: str = "",  # property (or "item"/"option N") inside the parent
        deprecated: bool = False,
    ) -> None:
        self.rank = rank
        self.names = names
        self.parent = parent
        self.prop = prop
        self.deprecated = deprecated


class FieldDraft:
    """One property of a model draft as one use wrote it. ``identity`` is what makes two
    models the same; the description and example are per use and counted on the draft.
    Never changed once made, compared by identity."""

    __slots__ = ("wire", "type", "required", "default", "read_only", "write_only", "deprecated", "format", "constraints", "description", "example")

    def __init__(
        self,
        wire: str,
        type: TypeRef,
        required: bool,
        default: Any,  # MISSING when none is given
        read_only: bool,
        write_only: bool,
        deprecated: bool,
        format: str,
        constraints: Constraints,
        description: str,
        example: Any,  # MISSING when none is given
    ) -> None:
        self.wire = wire
        self.type = type
        self.required = required
        self.default = default
        self.read_only = read_only
        self.write_only = write_only
        self.deprecated = deprecated
        self.format = format
        self.constraints = constraints
        self.description = description
        self.example = example

    def identity(self) -> dict[str, Any]:
        return {
            "wire": self.wire,
            "type": type_key(self.type),
            "required": self.required,
            "default": self.default if self.default is not MISSING else "__missing__",
            "read_only": self.read_only,
            "write_only": self.write_only,
            "deprecated": self.deprecated,
            "format": self.format,
            "constraints": self.constraints._asdict(),
        }

    def canonical(self) -> str:
        """``identity`` as canonical JSON (what ``digest`` would write), written directly."""
        return (
            '{"constraints":'
            + (_NO_CONSTRAINTS_JSON if self.constraints is NO_CONSTRAINTS else _json(self.constraints._asdict()))
            + ',"default":'
            + ('"__missing__"' if self.default is MISSING else _json(self.default))
            + (',"deprecated":true,"format":' if self.deprecated is True else ',"deprecated":false,"format":')
            + _string(self.format)
            + (',"read_only":true,"required":' if self.read_only is True else ',"read_only":false,"required":')
            + ("true" if self.required is True else "false")
            + ',"type":'
            + type_json(self.type)
            + ',"wire":'
            + _string(self.wire)
            + (',"write_only":true}' if self.write_only is True else ',"write_only":false}')
        )


# a plain field's canonical text by what it is made of (its type by identity, and held)
FieldTexts = dict[tuple[str, int, bool, bool, bool, bool, str], tuple[TypeRef, str]]


class ModelShape(NamedTuple):
    """An object schema's structure: its fields, the type of additional properties."""

    fields: tuple[FieldDraft, ...]
    extra: TypeRef | None
    closed: bool  # additionalProperties: false

    def identity(self) -> dict[str, Any]:
        return {
            "fields": [f.identity() for f in self.fields],
            "extra": type_key(self.extra) if self.extra is not None else None,
            "closed": self.closed,
        }

    def canonical(self, known: FieldTexts | None = None) -> str:
        """``identity`` as canonical JSON: two models are the same when this text is, and
        their key is its ``digest_text``. ``known`` keeps the texts of plain fields (no
        default, no constraints) for the next shapes: the same few recur in many models."""
        extra = "null" if self.extra is None else type_json(self.extra)
        if known is None:
            fields = ",".join([f.canonical() for f in self.fields])
        else:
            texts = []
            for f in self.fields:
                if f.default is not MISSING or f.constraints is not NO_CONSTRAINTS:
                    texts.append(f.canonical())
                    continue
                key = (f.wire, id(f.type), f.required, f.read_only, f.write_only, f.deprecated, f.format)
                held = known.get(key)
                if held is None or held[0] is not f.type:  # the type is kept with its text: its id names no other
                    held = known[key] = (f.type, f.canonical())
                texts.append(held[1])
            fields = ",".join(texts)
        return ('{"closed":true,"extra":' if self.closed is True else '{"closed":false,"extra":') + extra + ',"fields":[' + fields + "]}"

    def types(self) -> list[TypeRef]:
        """The types this model refers to: its fields' and its additional properties'."""
        out = [f.type for f in self.fields]
        if self.extra is not None:
            out.append(self.extra)
        return out


class EnumShape(NamedTuple):
    """An enum's values and their JSON type ("str", "int" or "float")."""

    values: tuple[Any, ...]
    value_type: str

    def identity(self) -> dict[str, Any]:
        return {"values": list(self.values), "type": self.value_type}

    def fingerprint(self) -> tuple[Any, ...]:
        """A hashable stand-in for ``identity``: values with their types (``1`` is not
        ``1.0``), floats by their JSON spelling (``-0.0`` is not ``0.0``)."""
        types = tuple(map(type, self.values))
        if float not in types:  # most enums: each value with its type, paired without a Python loop
            return (self.value_type, tuple(zip(types, self.values, strict=True)))
        return (self.value_type, tuple((type(v), repr(v) if type(v) is float else v) for v in self.values))


class Draft:
    """A model or enum before it has a name."""

    __slots__ = ("key", "shape", "sites", "descriptions", "field_descriptions", "field_examples", "directions", "titles", "depth", "name", "weights")

    def __init__(self, key: str, shape: ModelShape | EnumShape) -> None:
        self.key = key
        self.shape = shape
        self.sites: list[Site] = []
        self.descriptions: Counter[str] = Counter()
        self.field_descriptions: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.field_examples: dict[str, Any] = {}
        self.directions: set[str] = set()
        self.titles: Counter[str] = Counter()
        self.depth = 1 << 30
        self.name = ""
        # how many times each site (by id) is counted: a named schema's reuse counts its
        # sites again without copying them (see ``state.State.replay``)
        self.weights: dict[int, int] = {}

    @property
    def kind(self) -> str:
        return ENUM if isinstance(self.shape, EnumShape) else MODEL

    def add_site(self, site: Site, times: int = 1) -> None:
        if id(site) in self.weights:
            self.weights[id(site)] += times
        else:
            self.sites.append(site)
            self.weights[id(site)] = times

    def weight(self, site: Site) -> int:
        return self.weights.get(id(site), 1)


# -- what reading a named schema did (replayed at each further use) -------------------
class SiteEntry(NamedTuple):
    draft: Draft
    site: Site
    times: int


class CountEntry(NamedTuple):
    counter: Counter[str]
    text: str
    times: int


class DirectionEntry(NamedTuple):
    draft: Draft


class DropEntry(NamedTuple):
    """Sites added and then taken back (the members of a union of enums): no net effect."""

    draft: Draft
    sites: tuple[Site, ...]


LogEntry = SiteEntry | CountEntry | DirectionEntry | DropEntry


class Summary(NamedTuple):
    """A log summed up: sites and counted texts with their total weights, keyed by
    identity, and the drafts that took the reading's direction."""

    sites: dict[tuple[int, int], SiteEntry]
    counts: dict[tuple[int, str], CountEntry]
    directions: dict[int, Draft]


class Log:
    """What reading one named schema did to the drafts: its own entries and the logs of
    the named schemas it reached (shared, not copied). ``flat`` sums it all up once."""

    __slots__ = ("entries", "children", "_flat")

    def __init__(self) -> None:
        self.entries: list[LogEntry] = []
        self.children: list[Log] = []
        self._flat: Summary | None = None

    def flat(self) -> Summary:
        if self._flat is not None:
            return self._flat
        sites: dict[tuple[int, int], SiteEntry] = {}
        counts: dict[tuple[int, str], CountEntry] = {}
        directions: dict[int, Draft] = {}

        def add_site(k: tuple[int, int], entry: SiteEntry) -> None:
            before = sites.get(k)
            sites[k] = entry if before is None else before._replace(times=before.times + entry.times)

        def add_count(k: tuple[int, str], entry: CountEntry) -> None:
            before = counts.get(k)
            counts[k] = entry if before is None else before._replace(times=before.times + entry.times)

        for child in self.children:
            summary = child.flat()
            for site_key, site_entry in summary.sites.items():
                add_site(site_key, site_entry)
            for count_key, count_entry in summary.counts.items():
                add_count(count_key, count_entry)
            directions.update(summary.directions)
        dropped: set[tuple[int, int]] = set()
        for entry in self.entries:
            if isinstance(entry, SiteEntry):
                add_site((id(entry.draft), id(entry.site)), entry)
            elif isinstance(entry, CountEntry):
                add_count((id(entry.counter), entry.text), entry)
            elif isinstance(entry, DirectionEntry):
                directions[id(entry.draft)] = entry.draft
            else:
                dropped.update((id(entry.draft), id(s)) for s in entry.sites)
        for k in dropped:
            sites.pop(k, None)
        self._flat = Summary(sites, counts, directions)
        return self._flat


class Reading(NamedTuple):
    """An inline object schema read once: its type, what reading it did (without the use's
    own site) and how many schema levels it went down."""

    result: TypeRef
    log: Log
    height: int


# -- naming scores --------------------------------------------------------------------
class Score:
    """How a draft's sites support one name: the best rank among them, their total weight,
    whether they all come from deprecated operations, the name's best position in a site's
    list of suggestions (summed up site by site, in place)."""

    __slots__ = ("rank", "weight", "only_deprecated", "first")

    def __init__(self, rank: int, weight: int, only_deprecated: bool, first: int) -> None:
        self.rank = rank
        self.weight = weight
        self.only_deprecated = only_deprecated
        self.first = first


class NameOption(NamedTuple):
    """One name a draft may take, with its support (in the draft's order of preference)."""

    rank: int
    weight: int
    only_deprecated: bool
    name: str


# -- keys -----------------------------------------------------------------------------
def type_key(t: TypeRef | None) -> Any:
    """A JSON-able identity of a type for structural keys (placeholders hold draft keys)."""
    if t is None:
        return None
    return [t.kind, t.name, [type_key(i) for i in t.items], t.nullable, t.discriminator, list(t.tags)]


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)


_string = encode_basestring_ascii  # a str as ``_json`` writes it
_NO_CONSTRAINTS_JSON = _json(NO_CONSTRAINTS._asdict())


def type_json(t: TypeRef) -> str:
    """``type_key(t)`` as canonical JSON, written directly."""
    items = ",".join([type_json(i) for i in t.items])
    tags = ",".join([_string(tag) for tag in t.tags])
    nullable = "true" if t.nullable is True else "false"
    return f"[{_string(t.kind)},{_string(t.name)},[{items}],{nullable},{_string(t.discriminator)},[{tags}]]"


def digest(structure: Any) -> str:
    """A draft's key: a hash of its structure as canonical JSON. Names break ties by it,
    so it must not change (``tests/test_normaliser_records.py``)."""
    return digest_text(_json(structure))


def digest_text(text: str) -> str:
    """``digest`` of a structure already written as canonical JSON."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def best_text(counter: Counter[str]) -> str:
    """The most used text; ties go to the alphabetically first (order independent)."""
    if len(counter) <= 1:  # the common case: one text, or none
        return next(iter(counter), "")
    return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]
