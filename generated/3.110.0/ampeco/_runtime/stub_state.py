"""The stub's memory: a :class:`Store` of records by collection, each record known by
the text of its id (``7``, ``"7"`` and a path's ``7`` are one id), and the cursors of
cursor-paginated listings, which point into the order of those ids.

Part of the stub runtime (``stub_engine`` re-exports :class:`Store`).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from typing import Any

__all__ = [
    "Store",
    "Collection",
    "Entry",
    "id_text",
    "id_order",
    "encode_cursor",
    "decode_cursor",
]


def id_text(value: Any) -> str:
    """The text a record id is known by: ``7``, ``"7"`` and a path's ``7`` are one id."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class Entry:
    """One record: the id it was created with, what clients wrote to it, and how each
    operation shows it (cached, cleared on a write)."""

    __slots__ = ("id", "data", "cache")

    def __init__(self, id: Any, data: dict[str, Any]) -> None:
        self.id = id
        self.data = data
        self.cache: dict[str, Any] = {}


def id_order(value: Any) -> tuple[int, int, str]:
    """Where a record id sorts: whole numbers first, by value, then the others by text."""
    if isinstance(value, int) and not isinstance(value, bool):
        return (0, value, "")
    return (1, 0, str(value))


class Collection:
    """Records by id text (:func:`id_text`); each keeps the id it was created with."""

    def __init__(self, sample_items: int) -> None:
        self.entries: dict[str, Entry] = {}
        self.deleted: set[str] = set()
        for number in range(1, sample_items + 1):
            self.entries[id_text(number)] = Entry(number, {})

    def next_id(self) -> int:
        """One more than the largest whole-number id ever used (deleted ones too)."""
        ints = [
            int(k)
            for k in (*self.entries, *self.deleted)
            if k.isascii() and k.isdigit()
        ]
        return max(ints, default=0) + 1

    def find(self, id: Any) -> Entry | None:
        return self.entries.get(id_text(id))

    def put(self, id: Any, data: dict[str, Any]) -> Entry:
        entry = self.entries[id_text(id)] = Entry(id, data)
        self.deleted.discard(id_text(id))
        return entry

    def drop(self, id: Any) -> bool:
        self.deleted.add(id_text(id))
        return self.entries.pop(id_text(id), None) is not None

    def ordered(self) -> list[Entry]:
        return sorted(self.entries.values(), key=lambda e: id_order(e.id))


class Store:
    """Records by collection (``resources/evses``, ``resources/charge-points/7/evses``).

    A collection starts with ``sample_items`` records (ids 1..n) the first time it is
    used; their fields are invented (deterministically from the seed) when read. A
    record holds only what clients wrote; reads lay it over the invented values.
    """

    def __init__(self, sample_items: int = 3) -> None:
        self.sample_items = sample_items
        self._collections: dict[str, Collection] = {}

    def _get(self, collection: str, *, samples: bool = True) -> Collection:
        found = self._collections.get(collection)
        if found is None:
            found = Collection(self.sample_items if samples else 0)
            self._collections[collection] = found
        return found

    def _peek(self, collection: str) -> Collection:
        """The collection as ``_get`` gives it, without starting it when it is new."""
        found = self._collections.get(collection)
        return found if found is not None else Collection(self.sample_items)

    def add(
        self, collection: str, data: Mapping[str, Any] | None = None, id: Any = None
    ) -> Any:
        """Store a record (a new integer id unless ``id`` is given); returns its id."""
        coll = self._get(collection)
        key = coll.next_id() if id is None else id
        coll.put(key, dict(data or {}))
        return key

    def get(self, collection: str, id: Any) -> dict[str, Any] | None:
        """What was written to a record (``{}`` for a sample), or None when absent.

        ``7`` and ``"7"`` name the same record (as they do in a URL)."""
        entry = self._get(collection).find(id)
        return dict(entry.data) if entry is not None else None

    def ids(self, collection: str) -> list[Any]:
        return [entry.id for entry in self._get(collection).ordered()]

    def remove(self, collection: str, id: Any) -> bool:
        return self._get(collection).drop(id)

    def clear(self, collection: str | None = None) -> None:
        """Forget one collection (or all): it starts over with its samples."""
        if collection is None:
            self._collections.clear()
        else:
            self._collections.pop(collection, None)

    def collections(self) -> list[str]:
        return sorted(self._collections)


# -- cursors --------------------------------------------------------------------------------


def encode_cursor(id: Any, forward: bool) -> str:
    text = json.dumps({"id": id, "_pointsToNextItems": forward}, separators=(",", ":"))
    return base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(raw: Any) -> tuple[tuple[int, int, str], bool] | None:
    if not isinstance(raw, str) or not raw:
        return None
    try:
        text = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
        data = json.loads(text)
    except (ValueError, binascii.Error):
        return None
    if not isinstance(data, dict) or "id" not in data:
        return None
    return id_order(data["id"]), data.get("_pointsToNextItems") is not False
