"""How a listing applies ``filter[...]`` query keys to the records it shows: equality
(or membership, for a list field) on the records' own fields, and ranges by name
(``createdAfter``, ``minPower``...) compared as numbers or date-times.

Part of the stub runtime.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timezone
from typing import Any

from .stub_schema import parse_datetime

__all__ = ["raw_filters", "apply_filters"]


def raw_filters(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    """``filter[name]`` (and ``filter[name][]``) values as sent, by field name."""
    found: dict[str, list[str]] = {}
    for key, value in pairs:
        if key.startswith("filter[") and "]" in key:
            name = key[len("filter[") : key.index("]")]
            found.setdefault(name, []).append(value)
    return found


def _as_text(value: Any) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, str)):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    return None


#: Filter names that bound a range, and how: ``createdAfter`` keeps the records whose
#: ``createdAt`` is at or after the value. Bounds are inclusive except the ``...Than``
#: ones (the real API's choice cannot be seen in the spec).
_RANGE_SUFFIXES = (
    ("GreaterThan", ">"),
    ("LessThan", "<"),
    ("After", ">="),
    ("Before", "<="),
    ("Since", ">="),
    ("Until", "<="),
    ("From", ">="),
    ("To", "<="),
    ("Min", ">="),
    ("Max", "<="),
)
_RANGE_PREFIXES = (("min", ">="), ("max", "<="), ("from", ">="), ("to", "<="))
#: Where a range's base name (``created``, ``lastUpdated``) finds its field.
_FIELD_ENDINGS = ("", "At", "Date", "DateTime", "Time", "On", "Timestamp")


def _range_of(name: str) -> tuple[str, str] | None:
    """``("created", ">=")`` for ``createdAfter``; None for a name that bounds nothing."""
    for suffix, op in _RANGE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)], op
    for prefix, op in _RANGE_PREFIXES:
        rest = name[len(prefix) :]
        if name.startswith(prefix) and rest[:1].isupper():
            return rest[0].lower() + rest[1:], op
    return None


def _filter_plan(name: str, item: Mapping[str, Any]) -> tuple[str, str] | None:
    """The item field a filter applies to and how (``eq`` or a comparison); None when
    the stub cannot tell (no such field: a filter on a relation, say).

    A field named exactly like the filter is compared by equality, unless the name
    bounds a range (``reservedFrom``: the record's ``reservedFrom`` at or after it).
    """
    bound = _range_of(name)
    if bound is not None:
        base, op = bound
        if name in item:
            return name, op
        for ending in _FIELD_ENDINGS:
            if base + ending in item:
                return base + ending, op
        return None
    return (name, "eq") if name in item else None


def _comparable(value: Any) -> tuple[int, Any] | None:
    """A value to order by: (0, number) or (1, UTC date-time) or (2, text)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return (0, float(value))
    if not isinstance(value, str):
        return None
    try:
        return (0, float(value))
    except ValueError:
        pass
    moment = parse_datetime(value)
    if moment is not None:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        return (1, moment)
    return (2, value)


_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    ">": lambda a, b: a > b,
    "<": lambda a, b: a < b,
    ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b,
}


def _in_range(value: Any, op: str, bounds: list[str]) -> bool:
    mine = _comparable(value)
    if mine is None:
        return False
    for bound in bounds:
        theirs = _comparable(bound)
        if theirs is None or theirs[0] != mine[0]:
            return False
        if not _COMPARE[op](mine[1], theirs[1]):
            return False
    return True


def _equal(value: Any, wanted: list[str]) -> bool | None:
    """Equality with any wanted text (membership for a list field); None when the
    value is an object the text cannot be compared with."""
    values = value if isinstance(value, list) else [value]
    texts = [_as_text(v) for v in values]
    if any(t is None and v is not None for t, v in zip(texts, values)):
        return None
    accepted = {w.lower() if w.lower() in ("true", "false") else w for w in wanted}
    accepted |= {{"1": "true", "0": "false"}[w] for w in wanted if w in ("1", "0")}
    return any(t is not None and t in accepted for t in texts)


def apply_filters(
    items: list[tuple[Any, Any]],
    filters: dict[str, list[str]],
    unapplied: set[str],
) -> list[tuple[Any, Any]]:
    """The items every filter keeps: equality (or membership) on the item's own
    fields, ranges by name (``...After``/``...Before``, ``...From``/``...To``,
    ``min...``/``max...``, ``...GreaterThan``/``...LessThan``) compared as numbers or
    date-times. A filter the stub cannot apply to an item (no such field, an object
    field) keeps it, and its name goes to ``unapplied``."""
    kept = []
    for id, item in items:
        keep = True
        if isinstance(item, dict):
            for name, wanted in filters.items():
                plan = _filter_plan(name, item)
                if plan is None:
                    unapplied.add(name)
                    continue
                field_name, op = plan
                value = item.get(field_name)
                if op == "eq":
                    found = _equal(value, wanted)
                    if found is None:
                        unapplied.add(name)
                        continue
                    keep = found
                else:
                    keep = value is not None and _in_range(value, op, wanted)
                if not keep:
                    break
        if keep:
            kept.append((id, item))
    return kept
