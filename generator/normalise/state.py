"""What every part of the normaliser shares: the document, the drafts found so far, the
problems and warnings, and the recording of what reading a schema does to the drafts (so
that a further use of a named schema can replay it, see ``refs``)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..errors import Problem, json_pointer
from ..load.document import Document
from .records import CountEntry, DirectionEntry, Draft, DropEntry, Log, Site, SiteEntry


class State:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.resolver = document.resolver
        self.drafts: dict[str, Draft] = {}  # by structural key, and by location for named schemas
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.logs: list[Log] = []  # the named (and inline object) schemas being read, innermost last
        # schemas known to hold no $ref anywhere inside, by id (kept alive, so no other
        # object can take the id): ``refs.referenced`` need not look into them
        self.ref_free: dict[int, Any] = {}
        # drafts and counters whose evidence stays as it is, by id: what reading further
        # schemas would add to them is only logged (``finish.unused_components``: reading the
        # schemas nothing uses never renames a class the API uses)
        self.frozen: set[int] = set()

    def evidence_of(self, draft: Draft) -> bool:
        """Whether reading may add to ``draft``'s evidence (it is not ``frozen``)."""
        return not self.frozen or id(draft) not in self.frozen

    # -- problems -------------------------------------------------------------------
    def problem(self, message: str, where: tuple[Any, ...]) -> None:
        self.problems.append(Problem(message, str(self.document.path), json_pointer(where)))

    def warning(self, message: str, where: tuple[Any, ...]) -> None:
        self.warnings.append(Problem(message, str(self.document.path), json_pointer(where)))

    def deref(self, node: Any, where: tuple[Any, ...]) -> Any:
        if not isinstance(node, dict) or not isinstance(node.get("$ref"), str):
            return node  # not a reference (AMPECO's are all written inline)
        try:
            return self.resolver.deref(node)[0]
        except KeyError as exc:
            self.problem(str(exc.args[0]), where)
            return {}

    def quiet_deref(self, node: Any) -> dict[str, Any]:
        """``node`` resolved, or {} (the schema's own walk reports unresolved refs)."""
        if not isinstance(node, dict):
            return {}
        try:
            resolved = self.resolver.deref(node)[0]
        except (KeyError, ValueError, TypeError):
            return {}
        return resolved if isinstance(resolved, dict) else {}

    # -- what reading a schema does to the drafts (recorded, so a reuse can replay it) ----
    def add_site(self, draft: Draft, site: Site, times: int = 1) -> None:
        if not self.frozen or id(draft) not in self.frozen:
            draft.add_site(site, times)
        if self.logs:
            self.logs[-1].entries.append(SiteEntry(draft, site, times))

    def count(self, counter: Counter[str], text: str) -> None:
        if not self.frozen or id(counter) not in self.frozen:
            counter[text] += 1
        if self.logs:
            self.logs[-1].entries.append(CountEntry(counter, text, 1))

    def add_direction(self, draft: Draft, direction: str) -> None:
        if not self.frozen or id(draft) not in self.frozen:
            draft.directions.add(direction)
        if self.logs:
            self.logs[-1].entries.append(DirectionEntry(draft))

    def drop_sites(self, draft: Draft, sites: list[Site]) -> None:
        if not self.frozen or id(draft) not in self.frozen:
            ids = {id(s) for s in sites}
            draft.sites = [s for s in draft.sites if id(s) not in ids]
            for i in ids:
                draft.weights.pop(i, None)
        if self.logs:
            self.logs[-1].entries.append(DropEntry(draft, tuple(sites)))

    def replay(self, log: Log, direction: str) -> None:
        """Do again what reading a named schema did, as reading it inline would: the same
        sites and texts, counted again (by weight, so a schema reached 2^n ways costs no
        2^n steps). Only the direction can differ between uses that share a log."""
        summary = log.flat()
        frozen = self.frozen
        for draft, site, times in summary.sites.values():
            if not frozen or id(draft) not in frozen:
                draft.add_site(site, times)
        for counter, text, times in summary.counts.values():
            if not frozen or id(counter) not in frozen:
                counter[text] += times
        for draft in summary.directions.values():
            if not frozen or id(draft) not in frozen:
                draft.directions.add(direction)
        if self.logs:
            self.logs[-1].children.append(log)
