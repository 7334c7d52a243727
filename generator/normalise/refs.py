"""``$ref`` handling. A named schema (``components/schemas/X``, ``$defs/X``, a bundled
file's top level) is read once per direction; each further reference replays a summed-up
record of that reading (sites by weight, counted texts, directions), so a ``$ref`` counts
exactly as the schema written inline would (``tests/test_ref_form.py``). A reference to
anything else, or with keywords beside it, is read as its target written in its place."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import naming
from ..load.document import unescape_pointer_part
from ..model.ir import ANY, TypeRef
from .allof import nullable_deep, nullable_of
from .records import ENUM, MODEL, PLACEHOLDER, RANK_COMPONENT, RANK_WEAK, Log, Site, SiteEntry, digest
from .state import State

TypeOf = Callable[[Any, str, Site, tuple[Any, ...], int], TypeRef]


def is_named(pointer_parts: list[str]) -> bool:
    """components/schemas/X, any .../$defs/X or definitions/X, or the top level of a
    bundled schema file (x-bundled/<file>/X)."""
    parts = pointer_parts
    return (len(parts) >= 3 and parts[-2] in ("schemas", "$defs", "definitions")) or (len(parts) == 4 and parts[1] == "x-bundled")


class RefReader:
    """Reads ``$ref`` schemas for ``type_of`` (the schema reader's entry point)."""

    def __init__(self, state: State, type_of: TypeOf) -> None:
        self.state = state
        self.type_of = type_of
        self._pending: dict[str, list[Site]] = {}  # named schemas being read, with their sites
        self._sensitive: dict[str, bool] = {}
        self._in_progress: set[tuple[str, str]] = set()
        # named schemas read once per (location, direction): their type and what reading
        # them did to the drafts, replayed at every further use
        self._done: dict[str, tuple[TypeRef, Log]] = {}
        self._keys: dict[tuple[str, str], str] = {}
        # how many readings depended on what encloses them (a use of a named schema inside
        # itself, an unnamed cycle): a schema read meanwhile cannot be reused elsewhere
        self.context_marks = 0

    def read(self, schema: dict[str, Any], direction: str, site: Site, where: tuple[Any, ...], depth: int) -> TypeRef:
        state = self.state
        ref = schema["$ref"]
        try:
            target, file, pointer = state.resolver.lookup(ref)
        except KeyError as exc:
            state.problem(str(exc.args[0]), where)
            return ANY
        location = f"{file}#{pointer}"
        parts = pointer.split("/")
        extra = {k: v for k, v in schema.items() if k not in ("$ref", "description", "summary")}
        nullable = schema.get("nullable") is True
        if not is_named(parts) or not isinstance(target, dict) or extra:
            merged = dict(target) if isinstance(target, dict) else target
            if isinstance(merged, dict) and extra:
                merged = {**merged, **extra}
            if (location, direction) in self._in_progress:
                self.context_marks += 1
                return ANY  # an unnamed cycle: the inner occurrence is free-form
            self._in_progress.add((location, direction))
            try:
                return self.type_of(merged, direction, site, where, depth + 1).with_nullable(nullable or nullable_of(merged))
            finally:
                self._in_progress.discard((location, direction))
        component = unescape_pointer_part(parts[-1])
        # a name that says nothing (``1``, ``allOf-2``) yields to the names of its uses
        weak = naming.is_artefact_name(component)
        component_site = Site(RANK_WEAK if weak else RANK_COMPONENT, (naming.component_class_name(component),))
        # a named schema has a key fixed by where it lives, so a reference back to it
        # from inside itself (recursion) can name it before its structure is known
        # one key for both directions when nothing in reach is readOnly or writeOnly
        # (a recursive schema would otherwise split into a request and a response class)
        key = self._key(location, direction if self.direction_sensitive(location, target) else "")
        done = self._done.get(key)
        if done is not None:
            # read before: the same type (nullability included), and the drafts see this use
            # exactly as they would see the schema written here inline
            result, log = done
            state.replay(log, direction)
            if result.kind in (MODEL, ENUM):
                state.add_site(state.drafts[result.name[1:]], site)
            return result.with_nullable(result.nullable or nullable)
        if key in self._pending:  # a use inside itself (recursion): the type is not known yet
            self._pending[key].append(site)
            self.context_marks += 1
            return TypeRef(MODEL, PLACEHOLDER + key, nullable=nullable or nullable_deep(state, target, where))
        self._pending[key] = [site]
        state.logs.append(Log())
        try:
            result = self.type_of(target, direction, component_site, where, depth + 1)
        finally:
            waiting = self._pending.pop(key)
            log = state.logs.pop()
        draft = state.drafts[result.name[1:]] if result.kind in (MODEL, ENUM) else None
        if draft is not None:
            state.drafts[key] = draft  # the location key and the structural key share the draft
            for inner in waiting[1:]:  # uses from inside: part of reading the schema
                if state.evidence_of(draft):
                    draft.add_site(inner)
                log.entries.append(SiteEntry(draft, inner, 1))
        if state.logs:
            state.logs[-1].children.append(log)
        self._done[key] = (result, log)
        if draft is not None:
            state.add_site(draft, site)
        return result.with_nullable(result.nullable or nullable)

    def _key(self, location: str, direction: str) -> str:
        key = self._keys.get((location, direction))
        if key is None:
            key = self._keys[(location, direction)] = "c" + digest([location, direction])
        return key

    def direction_sensitive(self, location: str, target: Any) -> bool:
        """Whether a schema, following its references, has readOnly or writeOnly anywhere."""
        cached = self._sensitive.get(location)
        if cached is not None:
            return cached
        seen: set[int] = set()
        stack = [target]
        found = False
        while stack and not found:
            node = stack.pop()
            if isinstance(node, dict):
                if id(node) in seen:
                    continue
                seen.add(id(node))
                if node.get("readOnly") is True or node.get("writeOnly") is True:
                    found = True
                ref = node.get("$ref")
                if isinstance(ref, str):
                    with contextlib.suppress(KeyError):
                        stack.append(self.state.resolver.lookup(ref)[0])
                stack.extend(v for k, v in node.items() if k not in ("$ref", "example", "examples", "default", "enum", "const"))
            elif isinstance(node, list):
                stack.extend(node)
        self._sensitive[location] = found
        return found


def referenced(state: State) -> set[str]:
    """Every ``file#pointer`` a $ref reaches from the paths and webhooks, following
    references into components (what the operations use, modelled or not)."""
    seen: set[str] = set()
    if state.resolver.holds_no_ref():  # the loader saw no "$ref" in the text
        return seen
    data = state.document.data
    lookup = state.resolver.lookup
    followed: set[str] = set()  # each distinct $ref is looked up (and its target walked) once
    visited: set[int] = set(state.ref_free)  # nothing to find inside those
    stack: list[Any] = [v for v in (data.get("paths"), data.get("webhooks")) if isinstance(v, (dict, list))]
    push = stack.append
    while stack:  # only containers are pushed: scalars cannot hold a $ref
        node = stack.pop()
        if isinstance(node, dict):
            if id(node) in visited:
                continue
            visited.add(id(node))
            ref = node.get("$ref")
            if isinstance(ref, str) and ref not in followed:
                followed.add(ref)
                try:
                    target, file, pointer = lookup(ref)
                except KeyError:
                    target, file, pointer = None, Path(), ""
                if target is not None:
                    seen.add(f"{file}#{pointer}")
                    if isinstance(target, (dict, list)):
                        push(target)
            for value in node.values():
                if isinstance(value, (dict, list)):
                    push(value)
        else:
            for value in node:
                if isinstance(value, (dict, list)):
                    push(value)
    return seen
