"""Names within the normaliser: class names for drafts (from their sites), method names
per resource, resources from paths when tags do not group the operations. The identifier
rules themselves (case, words, keywords) are ``generator.naming``'s."""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from functools import lru_cache, partial

from .. import naming
from ..model.ir import Operation, Resource, evolve
from .ampeco import GENERIC_ERROR, link_deprecated
from .records import (
    ENUM,
    RANK_COMPONENT,
    RANK_DATA,
    RANK_ERROR,
    RANK_NESTED,
    RANK_TITLE,
    RANK_WEAK,
    Draft,
    NameOption,
    Score,
    best_text,
)


def derived_rank(rank: int) -> int:
    """Rank of a name derived from a site's name (``PetOption1``, ``PetItem``): below a
    component's own name, so a named member keeps its name."""
    return RANK_TITLE if rank == RANK_COMPONENT else RANK_WEAK if rank == RANK_WEAK else rank


def assign_names(drafts: dict[str, Draft], reserved: frozenset[str] = naming.RESERVED_CLASSES) -> None:
    """Give every draft a class name, independent of the order drafts were found in.

    Each site suggests names: a component name (rank 0), the thing an operation reads or
    lists (1: ``Evse`` for ``evseRead`` and the items of ``evsesListing``, then
    ``EvseDetails`` / ``EvseListItem`` / ``EvseCreateResult``; a body shared by several
    error statuses, ``ErrorBody``), a ``title`` (2), operation-level names (3: ``<OperationId>Request`` for bodies,
    ``<OperationId>Response``, ``<OperationId><Param>`` for parameters), error bodies
    (4: ``ValidationErrorBody``), nested names (5: ``<Parent><Property>``, singular
    for array items) and the names of components that name nothing (6: ``Model1`` for
    ``#/components/schemas/1``). Drafts are named in waves by depth, so a nested name is built on
    its parent's final name. A draft takes its best suggestion: lowest rank, then the
    one most of its sites agree on, then alphabetical. When several drafts want the same
    name, the strongest claim (rank, then not only from deprecated operations, then the
    number of sites, then the draft's structural hash) wins, and the others move on to their
    next suggestion; a draft with none left gets a numeric suffix. A name in ``reserved``
    (what the generated modules import, the resource classes) gets a trailing ``_``.
    Drafts named already (by an earlier call) keep their names, which are taken.
    """
    unique: dict[int, Draft] = {}
    for draft in drafts.values():
        unique.setdefault(id(draft), draft)
    all_drafts = sorted(unique.values(), key=lambda d: d.key)

    # depth: 0 for drafts with a direct (non-nested) site, else 1 + the parents' minimum
    _settle_depths(all_drafts, drafts)
    for draft in all_drafts:
        if draft.depth >= 1 << 30:
            draft.depth = 0  # unreachable parents: name from what it has

    # case-folded: file names must differ on any file system
    taken: set[str] = {d.name.casefold() for d in all_drafts if d.name}
    settled: dict[str, str] = {}  # suggestion -> class name (the same few recur on many sites)
    for depth in sorted({d.depth for d in all_drafts if not d.name}):
        wave = [d for d in all_drafts if d.depth == depth and not d.name]
        options = {draft.key: _options(draft, drafts, reserved, settled) for draft in wave}
        pending = sorted(wave, key=lambda d: d.key)
        cursor = {d.key: 0 for d in wave}
        strength = partial(_claim_strength, options, cursor)

        while pending:
            claims: dict[str, list[Draft]] = defaultdict(list)
            for draft in pending:
                opts = options[draft.key]
                while cursor[draft.key] < len(opts) and opts[cursor[draft.key]].name.casefold() in taken:
                    cursor[draft.key] += 1
                if cursor[draft.key] < len(opts):
                    claims[opts[cursor[draft.key]].name.casefold()].append(draft)
                else:
                    base = opts[0].name if opts else ("Enum" if draft.kind == ENUM else "Model") + draft.key[1:7].upper()
                    n = 2
                    while f"{base}{n}".casefold() in taken:
                        n += 1
                    draft.name = f"{base}{n}"
                    taken.add(draft.name.casefold())
            next_pending = []
            for folded in sorted(claims):
                contenders = claims[folded]
                contenders.sort(key=strength)
                winner = contenders[0]
                winner.name = options[winner.key][cursor[winner.key]].name
                taken.add(folded)
                for loser in contenders[1:]:
                    cursor[loser.key] += 1
                    next_pending.append(loser)
            pending = sorted(next_pending, key=lambda d: d.key)


def _settle_depths(all_drafts: list[Draft], drafts: dict[str, Draft]) -> None:
    """Lower each draft's ``depth`` to 0 when it has a direct (not nested) site, and to 1 +
    a parent's depth while that is less: the least depths that hold (what lowering them
    again and again until none changes gives), found shallowest first (Dijkstra's order)
    in one pass over the sites. Depths kept from an earlier call are upper bounds too."""
    children: dict[int, list[Draft]] = {}
    for draft in all_drafts:
        for site in draft.sites:
            if site.rank < RANK_NESTED:
                draft.depth = 0
            elif site.rank == RANK_NESTED and site.parent is not None:
                parent = drafts.get(site.parent.key)
                if parent is not None:
                    children.setdefault(id(parent), []).append(draft)
    queue = [(draft.depth, id(draft), draft) for draft in all_drafts if draft.depth < 1 << 30]
    heapq.heapify(queue)
    while queue:
        depth, _, parent = heapq.heappop(queue)
        if depth != parent.depth:
            continue  # lowered since it was queued
        for child in children.get(id(parent), ()):
            if depth + 1 < child.depth:
                child.depth = depth + 1
                heapq.heappush(queue, (child.depth, id(child), child))


def _claim_strength(options: dict[str, list[NameOption]], cursor: dict[str, int], d: Draft) -> tuple[int, bool, int, str]:
    """How strongly a draft claims the name its cursor is at (the smallest wins)."""
    option = options[d.key][cursor[d.key]]
    return (option.rank, option.only_deprecated, -option.weight, d.key)


def _options(draft: Draft, drafts: dict[str, Draft], reserved: frozenset[str], settled: dict[str, str]) -> list[NameOption]:
    """The names a draft's sites suggest, best first (its parents are named already)."""
    scored: dict[str, Score] = {}
    weights = draft.weights  # how many times each site counts (see ``Draft.weight``)
    # a name that says nothing counts only when nothing else names the draft
    sites = [site for site in draft.sites if site.rank != RANK_WEAK] or draft.sites
    for site in sites:
        names: tuple[str, ...]
        rank = site.rank
        if rank == RANK_NESTED:
            named_parent = drafts.get(site.parent.key) if site.parent is not None else None
            if named_parent is None or not named_parent.name:
                continue
            names = (named_parent.name.rstrip("_") + _nested_suffix(site.prop),)
        else:
            names = site.names
        weight = weights.get(id(site), 1)
        deprecated = site.deprecated
        for position, suggestion in enumerate(names):
            name = settled.get(suggestion)
            if name is None:
                name = naming.settled_class_name(suggestion)
                if name in reserved:
                    name += "_"
                settled[suggestion] = name
            score = scored.get(name)
            if score is None:
                scored[name] = Score(rank, weight, deprecated, position)
            else:
                if rank < score.rank:
                    score.rank = rank
                score.weight += weight
                score.only_deprecated = score.only_deprecated and deprecated
                if position < score.first:
                    score.first = position
    error_statuses = {site.names[0] for site in sites if site.rank == RANK_ERROR}
    if len(error_statuses) > 1:  # one body shared by several error statuses
        scored[GENERIC_ERROR] = Score(RANK_DATA, sum(draft.weight(site) for site in sites), False, 0)
        for status_name in error_statuses:
            scored[status_name].rank = RANK_ERROR + 1
    ordered = sorted(
        scored.items(),
        # a shorter nested name (``EvseStatus`` over ``EvseDetailsStatus``) wins a tie
        key=lambda kv: (kv[1].rank, kv[1].only_deprecated, -kv[1].weight, kv[1].first, len(kv[0]) if kv[1].rank == RANK_NESTED else 0, kv[0]),
    )
    return [NameOption(score.rank, score.weight, score.only_deprecated, name) for name, score in ordered]


@lru_cache(maxsize=4096)
def _nested_suffix(prop: str) -> str:
    """What a nested site adds to its parent's name: the property (``Status``), singular
    for array items (``Connectors[]`` -> ``Connector``, else ``...Item``)."""
    item = prop.endswith("[]")
    prop = prop.rstrip("[]") or "Item"
    suffix = naming.pascal(prop)
    if item:
        parts = naming.words(prop) or ["Item"]
        suffix = naming.pascal(" ".join([*parts[:-1], naming.singular(parts[-1])]))
        if suffix == naming.pascal(prop) and not prop.endswith("Item"):
            suffix += "Item"
    return suffix


def resolve_methods(operations: list[Operation]) -> list[Operation]:
    """Method names per resource.

    Two operations that would share one keep their full names; an operationId with no
    words (``":"``) is named after its HTTP method and path; names still shared after
    that get ``_2``, ``_3``... in operationId order. Deprecated twins then point at their
    live operation (``ampeco.link_deprecated``).
    """
    by_resource: dict[str, list[Operation]] = defaultdict(list)
    for op in operations:
        by_resource[op.resource].append(op)
    named: dict[str, Operation] = {}
    for resource, ops in by_resource.items():

        def full(op: Operation) -> str:
            text = op.operation_id if naming.words(op.operation_id) else f"{op.http_method} {op.path}"
            return naming.argument_name(naming.snake(text))

        wanted = {
            op.operation_id: op.method  # set from the path (``assign_path_resources``)
            or (naming.method_name(op.operation_id, resource) if naming.words(op.operation_id) else full(op))
            for op in ops
        }
        counts = Counter(wanted.values())
        chosen = {op.operation_id: wanted[op.operation_id] if counts[wanted[op.operation_id]] == 1 else full(op) for op in ops}
        order = sorted(chosen)
        by_id: dict[str, Operation] = {}
        for op in ops:
            by_id.setdefault(op.operation_id, op)  # the first, as a search in order finds it
        for op_id, method in zip(order, naming.dedupe([chosen[i] for i in order]), strict=True):
            named[op_id] = evolve(by_id[op_id], method=method)
    return link_deprecated(operations, named)


def assign_path_resources(operations: list[Operation]) -> list[Operation]:
    """Resources and methods from paths, when tags do not group the operations (none, or
    one tag for everything); otherwise the operations are returned as they are.

    ``/v1/customers/{customer}/sources`` is ``customers.sources`` (a nested resource:
    ``client.customers.sources``), version segments and format suffixes left out
    (``naming.path_segments``). A last static segment after a parameter is an action
    (``/sources/{id}/verify`` -> method ``verify``) when the path has no GET and no
    longer path continues it. Path-like operationIds (``GetCustomersCustomerSources``)
    give CRUD methods from the HTTP method and the path's shape; other operationIds
    keep their words, without the resource's noun (``ListCall`` -> ``list``).
    """
    if len({op.tag for op in operations}) > 1:
        return operations
    routes = {op.path for op in operations}
    gets = {op.path for op in operations if op.http_method == "GET"}
    out = []
    for op in operations:
        segments = naming.path_segments(op.path)
        action = ""
        if (
            len(segments) >= 2
            and not segments[-1][1]
            and segments[-2][1]
            and op.path not in gets
            and not any(r.startswith(op.path.rstrip("/") + "/") for r in routes)
        ):
            action = segments[-1][0]
            segments = segments[:-1]
        parts = naming.path_resource_parts([s for s, is_param in segments if not is_param])
        if action:
            method = naming.argument_name(action)
        elif not naming.words(op.operation_id) or naming.is_path_like(op.operation_id, op.http_method, op.path):
            method = naming.path_method(op.http_method, bool(segments) and segments[-1][1])
        else:
            method = naming.method_name_for_path(op.operation_id, parts[-1])
        out.append(evolve(op, resource=".".join(parts), method=method))
    # a nested resource is an attribute of its parent: a method of the parent by that
    # name gets a trailing "_" (``/things`` GET ``list`` beside ``/things/list``)
    children = {(r.rpartition(".")[0], r.rpartition(".")[2]) for op in out for r in _prefixes(op.resource) if "." in r}
    return [evolve(op, method=op.method + "_") if (op.resource, op.method) in children else op for op in out]


def _prefixes(resource: str) -> list[str]:
    """``a.b.c`` -> ``a``, ``a.b``, ``a.b.c``."""
    parts = resource.split(".")
    return [".".join(parts[:n]) for n in range(1, len(parts) + 1)]


def group(operations: list[Operation]) -> tuple[Resource, ...]:
    """Operations by resource; a nested resource's parents exist even when no operation
    is theirs (``accounts`` of ``accounts.calls``)."""
    by_resource: dict[str, list[Operation]] = defaultdict(list)
    tags: dict[str, Counter[str]] = defaultdict(Counter)
    for op in operations:
        by_resource[op.resource].append(op)
        tags[op.resource][op.tag] += 1
        parts = op.resource.split(".")
        for depth in range(1, len(parts)):
            by_resource.setdefault(".".join(parts[:depth]), [])
    resources = []
    for name in sorted(by_resource):
        ops = tuple(sorted(by_resource[name], key=lambda o: o.method))
        resources.append(
            Resource(
                name=name,
                class_name=naming.class_name(name) + "Resource",
                module=name.replace(".", "_"),
                operations=ops,
                description=best_text(tags[name]) or name.replace("_", " ").replace(".", " "),  # untagged: its path
            )
        )
    return tuple(resources)
