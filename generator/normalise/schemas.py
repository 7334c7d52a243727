"""Schema kinds -> ``TypeRef``: objects, enums, unions, arrays and tuples, scalars.

``SchemaReader.type_of`` first settles what applies to any schema (``$ref``, nullability
and 3.1 type lists, ``allOf``, ``oneOf``/``anyOf``, ``enum``/``const``), then hands the
schema to the reader of its kind (``type``, or what its keywords imply) from a table.
Object schemas and enums become *drafts* identified by their structure; every use is a
naming site on the draft.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable
from typing import Any

from .. import naming
from ..load.document import unescape_pointer_part
from ..model.ir import ANY, MISSING, NO_CONSTRAINTS, NONE, Constraints, TypeRef
from .allof import flatten, merge_all_of
from .names import derived_rank
from .records import (
    ENUM,
    MODEL,
    PLACEHOLDER,
    RANK_NESTED,
    RANK_TITLE,
    Draft,
    EnumShape,
    FieldDraft,
    FieldTexts,
    Log,
    ModelShape,
    ParentRef,
    Reading,
    Site,
    digest,
    digest_text,
)
from .refs import RefReader
from .state import State

STRING_FORMATS = {
    "date-time": "datetime",
    "datetime": "datetime",
    "datatime": "datetime",
    "date": "date",
    "time": "time",
    "binary": "bytes",
    "byte": "str",
}
NUMBER_FORMATS = {"decimal": "Decimal"}
JSON_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
# Object schemas nested deeper than this (counted in schema levels) are typed as free-form
# dicts: pydantic's model building recurses once per level and would exceed Python's
# default recursion limit on schemas hundreds of levels deep.
MAX_MODEL_DEPTH = 120
MAX_SCHEMA_DEPTH = 400

_ONLY_STR = {str}

# keywords that make a schema more than its ``type`` says (checked before the kind's reader)
_COMPOSED = frozenset(("$ref", "allOf", "oneOf", "anyOf", "const", "enum"))

KindReader = Callable[[dict[str, Any], str, Site, tuple[Any, ...], int, bool], TypeRef]


class SchemaReader:
    # whether an inline object schema met again replays its first reading (see ``_object``);
    # the tests turn it off to check that the IR is the same either way
    reuse_readings = True

    def __init__(self, state: State) -> None:
        self.state = state
        self.refs = RefReader(state, self.type_of)
        # a model's key by its fingerprint: a structure met again is not hashed again
        self._model_keys: dict[str, str] = {}
        self._enum_keys: dict[tuple[Any, ...], str] = {}
        self._readings: dict[tuple[bytes | str, str], Reading] = {}  # inline object schemas read, by ``structure_key``
        self._field_texts: FieldTexts = {}  # see ``ModelShape.canonical``
        # the document's text spells no "$ref" (AMPECO's): no schema needs looking into for one,
        # and ``refs.referenced`` finds nothing without reading ``state.ref_free``
        self._no_refs = state.resolver.holds_no_ref()
        self._deepest = 0  # the deepest level type_of has reached (see ``_object``)
        self._primitives: dict[tuple[str, bool], TypeRef] = {}
        self._kinds: dict[str | None, KindReader] = {
            "object": self._object_kind,
            "array": self._array,
            "null": self._null,
            None: self._free_form,
        }
        for json_type in JSON_TYPES:
            self._kinds[json_type] = self._scalar

    def type_of(self, schema: Any, direction: str, site: Site, where: tuple[Any, ...], depth: int = 0) -> TypeRef:
        """The SDK type for a schema used in ``direction`` ("request" or "response")."""
        if depth > self._deepest:
            self._deepest = depth
        if depth > MAX_SCHEMA_DEPTH:
            self.state.problem(f"schema nested more than {MAX_SCHEMA_DEPTH} levels deep", where)
            return ANY
        if schema is True or schema is None or schema == {}:
            return ANY
        if not isinstance(schema, dict):
            self.state.problem(f"expected a schema object, found {type(schema).__name__}", where)
            return ANY
        if schema.keys().isdisjoint(_COMPOSED):  # the common case: a plain schema of one type
            types = schema.get("type")
            if type(types) is str:
                reader = self._kinds.get(types)
                if reader is not None:
                    return reader(schema, direction, site, where, depth, schema.get("nullable") is True)
        if isinstance(schema.get("$ref"), str):
            return self.refs.read(schema, direction, site, where, depth)
        nullable = schema.get("nullable") is True
        types = schema.get("type")
        if isinstance(types, list):  # OpenAPI 3.1: type: [string, "null"]
            nullable = nullable or "null" in types
            types = [t for t in types if t != "null"]
            if not types and "null" in schema["type"]:
                return NONE
            if len(types) > 1:
                options = tuple(self.type_of({**schema, "type": t, "nullable": False}, direction, site, where, depth + 1) for t in types)
                return TypeRef("union", items=options, nullable=nullable)
            types = types[0] if types else None
            schema = {**schema, "type": types}
        if "allOf" in schema and isinstance(schema["allOf"], list):
            merged = merge_all_of(self.state, schema, where)
            if merged is not None:
                return self.type_of(merged, direction, site, where, depth + 1).with_nullable(nullable or merged.get("nullable") is True)
        for keyword in ("oneOf", "anyOf"):
            if isinstance(schema.get(keyword), list) and schema[keyword]:
                if isinstance(schema.get("properties"), dict) and schema["properties"]:
                    # properties beside a union apply to every option: allOf[properties, union]
                    own = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf")}
                    return self.type_of({"allOf": [own, {keyword: schema[keyword]}]}, direction, site, where, depth + 1)
                union = self._union(schema, keyword, direction, site, where, depth)
                return union.with_nullable(union.nullable or nullable)  # a null member counts too
        if "const" in schema:
            schema = {**schema, "enum": [schema["const"]]}
        if isinstance(schema.get("enum"), list):
            values = [v for v in schema["enum"] if v is not None]
            if None in schema["enum"]:
                nullable = True
                if not values:  # enum: [null], const: null
                    return NONE
            if values and set(map(type, values)) == _ONLY_STR:  # the common case: plain strings
                return self._enum(schema, values, site, where, "str").with_nullable(nullable)
            if values and all(isinstance(v, bool) for v in values):
                return TypeRef("primitive", "bool", nullable=nullable)
            if values and all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in values):
                return self._enum(schema, values, site, where).with_nullable(nullable)
        kind = types if isinstance(types, str) else None
        if kind is None:
            if "properties" in schema or "additionalProperties" in schema:
                kind = "object"
            elif "items" in schema or "prefixItems" in schema:
                kind = "array"
        reader = self._kinds.get(kind)
        if reader is None:
            self.state.problem(f"unknown schema type {kind!r}; treated as any JSON value", where)
            reader = self._free_form
        return reader(schema, direction, site, where, depth, nullable)

    # -- the kinds ------------------------------------------------------------------
    def _free_form(self, schema: dict[str, Any], direction: str, site: Site, where: tuple[Any, ...], depth: int, nullable: bool) -> TypeRef:
        return TypeRef("any", nullable=nullable)

    def _null(self, schema: dict[str, Any], direction: str, site: Site, where: tuple[Any, ...], depth: int, nullable: bool) -> TypeRef:
        return NONE

    def _scalar(self, schema: dict[str, Any], direction: str, site: Site, where: tuple[Any, ...], depth: int, nullable: bool) -> TypeRef:
        return self._scalar_type(schema, schema["type"], nullable)

    def _scalar_type(self, schema: dict[str, Any], kind: str, nullable: bool) -> TypeRef:
        fmt = _text(schema.get("format"))
        name = JSON_TYPES[kind]
        if kind == "string":
            name = STRING_FORMATS.get(fmt, "str")
        elif kind == "number":
            name = NUMBER_FORMATS.get(fmt, "float")
        primitive = self._primitives.get((name, nullable))
        if primitive is None:  # one object per scalar type: types are immutable
            primitive = self._primitives[(name, nullable)] = TypeRef("primitive", name, nullable=nullable)
        return primitive

    def _object_kind(self, schema: dict[str, Any], direction: str, site: Site, where: tuple[Any, ...], depth: int, nullable: bool) -> TypeRef:
        if depth > MAX_MODEL_DEPTH:  # pydantic cannot build models nested deeper
            return TypeRef("dict", items=(ANY,), nullable=nullable)
        return self._object(schema, direction, site, where, depth).with_nullable(nullable)

    def _array(self, schema: dict[str, Any], direction: str, site: Site, where: tuple[Any, ...], depth: int, nullable: bool) -> TypeRef:
        items = schema.get("items")
        if isinstance(schema.get("prefixItems"), list) and schema["prefixItems"]:
            return self._prefix_items(schema, direction, site, where, depth).with_nullable(nullable)
        if isinstance(items, dict) and items:
            item_site = (
                Site(RANK_NESTED, parent=site.parent, prop=site.prop + "[]")
                if not site.names
                else Site(derived_rank(site.rank), tuple(n + "Item" for n in site.names), deprecated=site.deprecated)
            )
            inner = self.type_of(items, direction, item_site, (*where, "items"), depth + 1)
        else:
            inner = ANY
        return TypeRef("list", items=(inner,), nullable=nullable)

    def _prefix_items(self, schema: dict[str, Any], direction: str, site: Site, where: tuple[Any, ...], depth: int) -> TypeRef:
        """OpenAPI 3.1 ``prefixItems``: a tuple when no further items may follow (``items:
        false`` or ``maxItems``) and ``minItems`` does not let any be left out; otherwise a
        list of any of them (and of what ``items`` allows after them)."""
        prefix = schema["prefixItems"]
        members = []
        for index, item in enumerate(prefix):
            item_site = (
                Site(RANK_NESTED, parent=site.parent, prop=f"{site.prop}{index + 1}")
                if not site.names
                else Site(derived_rank(site.rank), tuple(f"{n}{index + 1}" for n in site.names), deprecated=site.deprecated)
            )
            members.append(self.type_of(item, direction, item_site, (*where, "prefixItems", index), depth + 1))
        max_items, min_items = schema.get("maxItems"), schema.get("minItems")
        closed = schema.get("items") is False or (isinstance(max_items, int) and max_items <= len(prefix))
        if closed and (not isinstance(min_items, int) or min_items >= len(prefix)):
            return TypeRef("tuple", items=tuple(members))
        rest = schema.get("items")
        if isinstance(rest, dict) and rest:
            members.append(self.type_of(rest, direction, site, (*where, "items"), depth + 1))
        elif rest is not False:
            members.append(ANY)  # more items of any kind may follow
        unique = list(dict.fromkeys(members))
        if ANY in unique:
            return TypeRef("list", items=(ANY,))
        return TypeRef("list", items=(unique[0] if len(unique) == 1 else TypeRef("union", items=tuple(unique)),))

    def _union(self, schema: dict[str, Any], keyword: str, direction: str, site: Site, where: tuple[Any, ...], depth: int) -> TypeRef:
        state = self.state
        members = []
        member_sites = []
        for index, member in enumerate(schema[keyword]):
            member_schema = member
            if isinstance(member, dict) and not isinstance(member.get("$ref"), str):
                # a member inherits the outer type/format when it does not say its own
                inherited = {k: schema[k] for k in ("type", "format") if k in schema and k not in member}
                member_schema = {**inherited, **member} if inherited and "allOf" not in member else member
            member_site = (
                Site(derived_rank(site.rank), tuple(f"{n}Option{index + 1}" for n in site.names), deprecated=site.deprecated)
                if site.names
                else Site(RANK_NESTED, parent=site.parent, prop=f"{site.prop}Option{index + 1}")
            )
            member_sites.append(member_site)
            members.append(self.type_of(member_schema, direction, member_site, (*where, keyword, index), depth + 1))
        nulls = [m == NONE or (m.kind == "any" and m.nullable) for m in members]  # null members
        nullable = any(nulls)
        members = [m for m, null in zip(members, nulls, strict=True) if not null]
        enums = [m for m in members if m.kind == ENUM]
        if enums and len(enums) == len(members):
            merged_values: list[Any] = []
            for member in enums:
                shape = state.drafts[member.name[1:]].shape
                assert isinstance(shape, EnumShape)
                for value in shape.values:
                    if value not in merged_values:
                        merged_values.append(value)
            for member in enums:  # the merged enum replaces its members here
                state.drop_sites(state.drafts[member.name[1:]], member_sites)
            titled = {k: v for k, v in schema.items() if k not in (keyword,)}
            return self._enum(titled, merged_values, site, where).with_nullable(nullable or any(m.nullable for m in members))
        unique: list[TypeRef] = []
        for member in members:
            nested = member.items if member.kind == "union" and not member.discriminator else (member,)
            for option in nested:  # a union inside a union is one flat union
                option = option.with_nullable(option.nullable or member.nullable)
                if option not in unique:
                    unique.append(option)
        if not unique:  # only null members
            return NONE
        if any(m.kind == "any" and not m.nullable for m in unique):
            return TypeRef("any", nullable=nullable)
        if len(unique) == 1:
            return unique[0].with_nullable(unique[0].nullable or nullable)
        disc = schema.get("discriminator")
        prop = disc.get("propertyName", "") if isinstance(disc, dict) else ""
        prop = prop if isinstance(prop, str) else ""
        tags: tuple[str, ...] = ()
        if prop and isinstance(disc, dict) and len(unique) == len(members) == len(schema[keyword]):
            tags = self._tags(schema[keyword], disc, prop)
        return TypeRef("union", items=tuple(unique), nullable=nullable, discriminator=prop, tags=tags)

    def _tags(self, options: list[Any], disc: dict[str, Any], prop: str) -> tuple[str, ...]:
        """Each option's discriminator value: from ``mapping``, else the referenced
        schema's name, else a single enum/const value of the property; () if any is unknown."""
        state = self.state
        mapping = disc.get("mapping")
        if not isinstance(mapping, dict):
            mapping = {}
        tags = []
        for option in options:
            ref = option.get("$ref") if isinstance(option, dict) else None
            tag = ""
            if isinstance(ref, str):
                name = unescape_pointer_part(ref.rsplit("/", 1)[-1])
                matches = sorted(str(k) for k, v in mapping.items() if v in (ref, name) or str(v).rsplit("/", 1)[-1] == name)
                tag = matches[0] if matches else name
            if not tag or (mapping and not isinstance(ref, str)):
                resolved = state.deref(option, ()) if isinstance(option, dict) else {}
                merged = merge_all_of(state, resolved, ()) if isinstance(resolved, dict) and "allOf" in resolved else resolved
                spec = (merged or {}).get("properties", {}).get(prop, {}) if isinstance(merged, dict) else {}
                spec = state.deref(spec, ()) if isinstance(spec, dict) else {}
                enum = spec.get("enum")
                values = enum if isinstance(enum, list) else [spec["const"]] if "const" in spec else []
                tag = str(values[0]) if len(values) == 1 else tag
            if not tag:
                return ()
            tags.append(tag)
        return tuple(tags) if len(set(tags)) == len(tags) else ()

    def _enum(self, schema: dict[str, Any], values: list[Any], site: Site, where: tuple[Any, ...], value_type: str = "") -> TypeRef:
        """An enum's type; ``value_type`` "str" when the caller saw only plain strings."""
        state = self.state
        if not value_type:
            value_type, values = _enum_values(values)
        shape = EnumShape(tuple(values), value_type)
        fingerprint = shape.fingerprint()
        known = self._enum_keys.get(fingerprint)
        key = known if known is not None else self._enum_keys.setdefault(fingerprint, "e" + digest(shape.identity()))
        draft = state.drafts.get(key)
        if draft is None:
            draft = state.drafts[key] = Draft(key, shape)
        state.add_site(draft, site)
        description = schema.get("description")
        if isinstance(description, str):
            state.count(draft.descriptions, description)
        title = schema.get("title")
        if isinstance(title, str) and title.strip():
            state.add_site(draft, Site(RANK_TITLE, (naming.class_name(title),)))
        return TypeRef(ENUM, PLACEHOLDER + key)

    def _object(self, schema: dict[str, Any], direction: str, site: Site, where: tuple[Any, ...], depth: int) -> TypeRef:
        """An object schema's type. One with properties is a model; the same schema written
        again (AMPECO repeats its inline objects thousands of times) is not read again: what
        its first reading did is replayed, as for a named schema (``refs``), and the use's
        site added. A reading that depended on its surroundings (recursion, a problem, the
        depth limit) is not reused."""
        state = self.state
        properties = schema.get("properties")
        if not isinstance(properties, dict) or not properties:
            return self._read_object(schema, direction, site, where, depth)
        structure = structure_key(schema)
        if self._no_refs or (b"$ref" not in structure if isinstance(structure, bytes) else "'$ref': " not in structure):
            if not self._no_refs:
                state.ref_free[id(schema)] = schema  # "$ref" appears nowhere inside
            # with no readOnly or writeOnly inside either, a reading is the same in both
            # directions but for the direction it gives its drafts, which a replay gives too
            both = b"Only" not in structure if isinstance(structure, bytes) else "Only" not in structure
            text = (structure, "" if both else direction)
        else:
            text = (structure, direction)
        known = self._readings.get(text) if self.reuse_readings else None
        if known is not None and depth + known.height <= MAX_MODEL_DEPTH:
            self._deepest = max(self._deepest, depth + known.height)  # as deep as reading it again would go
            state.replay(known.log, direction)
            state.add_site(state.drafts[known.result.name[1:]], site)
            return known.result
        problems, marks, deepest = len(state.problems), self.refs.context_marks, self._deepest
        self._deepest = depth
        log = Log()
        state.logs.append(log)
        try:
            result = self._read_object(schema, direction, None, where, depth)
        finally:
            state.logs.pop()
            height = self._deepest - depth
            self._deepest = max(deepest, self._deepest)
        if state.logs:
            state.logs[-1].children.append(log)
        state.add_site(state.drafts[result.name[1:]], site)
        if len(state.problems) == problems and self.refs.context_marks == marks and depth + height <= MAX_MODEL_DEPTH:
            self._readings[text] = Reading(result, log, height)
        return result

    def _read_object(self, schema: dict[str, Any], direction: str, site: Site | None, where: tuple[Any, ...], depth: int) -> TypeRef:
        """Read an object schema; ``site`` (the use) is None when the caller adds it."""
        state = self.state
        properties = schema.get("properties")
        additional = schema.get("additionalProperties")
        if not isinstance(properties, dict) or not properties:
            assert site is not None
            if isinstance(additional, dict) and additional:
                value_site = (
                    Site(RANK_NESTED, parent=site.parent, prop=site.prop + "Value")
                    if not site.names
                    else Site(derived_rank(site.rank), tuple(n + "Value" for n in site.names))
                )
                value = self.type_of(additional, direction, value_site, (*where, "additionalProperties"), depth + 1)
                return TypeRef("dict", items=(value,))
            return TypeRef("dict", items=(ANY,))
        required = schema.get("required")
        if not isinstance(required, list):
            required = []
        undeclared = [name for name in required if isinstance(name, str) and name not in properties]
        if undeclared:  # required but not described: a required field of any JSON value
            properties = {**properties, **{name: {} for name in undeclared}}
        parent_ref = ParentRef()
        fields = []
        for wire, prop in properties.items():
            # the property's own keywords as written inline: through $refs (a keyword
            # beside a $ref wins) and allOf wrappers, however deep
            if isinstance(prop, dict) and "allOf" not in prop and not isinstance(prop.get("$ref"), str):
                flags = prop  # written inline already (the common case): ``flatten`` is a no-op
                read_only = prop.get("readOnly") is True
                write_only = prop.get("writeOnly") is True
                description = prop.get("description")  # the same as the fallback below
            else:
                raw = prop
                flags = flatten(state, prop, (*where, "properties", wire))
                read_only = flags.get("readOnly") is True or (isinstance(raw, dict) and raw.get("readOnly") is True)
                write_only = flags.get("writeOnly") is True or (isinstance(raw, dict) and raw.get("writeOnly") is True)
                description = _text(flags.get("description"), raw.get("description") if isinstance(raw, dict) else None)
            if read_only and direction == "request":
                continue
            if write_only and direction == "response":
                continue
            name = str(wire)
            kind = prop.get("type") if type(prop) is dict else None
            if type(kind) is str and kind in JSON_TYPES and prop.keys().isdisjoint(_COMPOSED) and depth < MAX_SCHEMA_DEPTH:
                # a plain scalar, most properties: what ``type_of`` gives it, without the naming
                # site no scalar uses
                if depth + 1 > self._deepest:
                    self._deepest = depth + 1
                ftype = self._scalar_type(prop, kind, prop.get("nullable") is True)
            else:
                ftype = self.type_of(prop, direction, Site(RANK_NESTED, (), parent_ref, name), (*where, "properties", wire), depth + 1)
            default = flags.get("default", MISSING)
            fmt = flags.get("format")
            fields.append(
                FieldDraft(
                    name,
                    ftype,
                    wire in required,
                    jsonable(default) if default is not MISSING else MISSING,
                    read_only,
                    write_only,
                    flags.get("deprecated") is True,
                    fmt if isinstance(fmt, str) else "",
                    NO_CONSTRAINTS if flags.keys().isdisjoint(CONSTRAINT_KEYWORDS) else constraints(flags),
                    description if isinstance(description, str) else "",
                    example_of(flags),
                )
            )
        extra_type = None
        if isinstance(additional, dict) and additional:
            extra_type = self.type_of(
                additional, direction, Site(RANK_NESTED, parent=parent_ref, prop="Extra"), (*where, "additionalProperties"), depth + 1
            )
        shape = ModelShape(tuple(fields), extra_type, additional is False)
        text = shape.canonical(self._field_texts)
        known = self._model_keys.get(text)
        key = known if known is not None else self._model_keys.setdefault(text, "m" + digest_text(text))
        draft = state.drafts.get(key)
        if draft is None:
            draft = state.drafts[key] = Draft(key, shape)
        if site is not None:
            state.add_site(draft, site)
        state.add_direction(draft, direction)
        description = schema.get("description")
        if isinstance(description, str) and description.strip():
            state.count(draft.descriptions, description)
        title = schema.get("title")
        if isinstance(title, str) and title.strip():
            state.add_site(draft, Site(RANK_TITLE, (naming.class_name(title),)))
        if state.evidence_of(draft):
            for f in fields:
                if f.description:
                    state.count(draft.field_descriptions[f.wire], f.description)
                if f.example is not MISSING and f.wire not in draft.field_examples:
                    draft.field_examples[f.wire] = jsonable(f.example)
        parent_ref.key = key  # nested sites point at this model now that its key is known
        return TypeRef(MODEL, PLACEHOLDER + key)


def _enum_values(values: list[Any]) -> tuple[str, list[Any]]:
    """An enum's JSON value type ("str", "int" or "float") and its values (mixed ones as strings)."""
    if all(isinstance(v, str) for v in values):
        return "str", values
    if all(isinstance(v, int) for v in values):
        return "int", values
    if all(isinstance(v, (int, float)) for v in values):
        return "float", values
    return "str", [str(v) for v in values]


def structure_key(schema: dict[str, Any]) -> bytes | str:
    """A key equal only for schemas written the same way: the same keys in the same order,
    the same values of the same types (``1``, ``1.0``, ``True`` and ``"1"`` all differ).

    ``marshal`` at version 2 (which writes no back-references and no interning marks, so
    equal structures give equal bytes), about three times faster than ``repr`` on AMPECO's
    schemas; ``repr`` for what marshal cannot write (a YAML date, nesting past its limit)."""
    try:
        return marshal.dumps(schema, 2)
    except ValueError:
        return repr(schema)


def _text(value: Any, fallback: Any = None) -> str:
    """``value`` when it is a string, else ``fallback`` when that is one, else ""."""
    if isinstance(value, str):
        return value
    return fallback if isinstance(fallback, str) else ""


CONSTRAINT_KEYWORDS = frozenset(
    ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern", "minItems", "maxItems")
)


def constraints(schema: dict[str, Any]) -> Constraints:
    if schema.keys().isdisjoint(CONSTRAINT_KEYWORDS):
        return NO_CONSTRAINTS

    def num(key: str) -> int | float | None:
        value = schema.get(key)
        return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None

    def whole(key: str) -> int | None:
        value = schema.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    minimum, maximum = num("minimum"), num("maximum")
    excl_min = schema.get("exclusiveMinimum")
    excl_max = schema.get("exclusiveMaximum")
    if isinstance(excl_min, (int, float)) and not isinstance(excl_min, bool):  # OpenAPI 3.1 form
        minimum, excl_min = excl_min, True
    if isinstance(excl_max, (int, float)) and not isinstance(excl_max, bool):
        maximum, excl_max = excl_max, True
    pattern = schema.get("pattern")
    return Constraints(
        minimum=minimum,
        maximum=maximum,
        exclusive_minimum=excl_min is True,
        exclusive_maximum=excl_max is True,
        multiple_of=num("multipleOf"),
        min_length=whole("minLength"),
        max_length=whole("maxLength"),
        pattern=pattern if isinstance(pattern, str) else None,
        min_items=whole("minItems"),
        max_items=whole("maxItems"),
    )


def jsonable(value: Any) -> Any:
    """Keep only JSON-like defaults and examples (YAML may give dates and the like)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return str(value)


def example_of(schema: dict[str, Any]) -> Any:
    """A schema's example: 3.0's ``example``, else the first of 3.1's ``examples``."""
    if "example" in schema:
        return schema["example"]
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        return examples[0]
    return MISSING
