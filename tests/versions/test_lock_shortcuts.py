"""The names lock's shortcuts give what the plain computations give: anchors found once
for both of an operation's keys, live classes from live anchor paths, anchors of a renamed
IR derived from those of the IR before naming (what ``entry_of`` reads after
``locked_api``), and the quick "no deprecated word" check."""

from __future__ import annotations

import pytest

from generator import naming
from generator.model.ir import Api, evolve
from generator.versions import lock as lock_module
from generator.versions.lock import (
    NamesLock,
    VersionsLock,
    anchors,
    entry_of,
    live_classes,
    live_slots,
    locked_api,
    make_lock,
    rename_classes,
)


def _slow_anchors(api: Api) -> dict[str, set[tuple[str, str]]]:
    """Anchors the plain way: every slot of ``_slots``, each type walked for each."""
    found: dict[str, set[tuple[str, str]]] = {}
    for slot, t in lock_module._slots(api):
        for name, path in lock_module._walk(t, ""):
            found.setdefault(name, set()).add(("", slot + (" " + path if path else "")))
    for model in api.models:
        for f in model.fields:
            for name, path in lock_module._walk(f.type, f.wire_name):
                found.setdefault(name, set()).add((model.name, path))
        for name, path in lock_module._walk(model.extra, "{}"):
            found.setdefault(name, set()).add((model.name, path))
    return found


def _slow_live(api: Api) -> set[str]:
    """Live classes the plain way: the classes a live slot's anchor names, then their
    fields' classes, and so on."""
    found = _slow_anchors(api)
    keys = live_slots(api)
    live = {c for c, items in found.items() if any(not parent and lock_module._slot_key(path) in keys for parent, path in items)}
    while True:
        reached = {c for c, items in found.items() if any(parent in live for parent, _ in items if parent)} - live
        if not reached:
            return live
        live |= reached


def _swapped(entry: NamesLock, step: int = 5) -> NamesLock:
    """``entry`` with pairs of classes trading their anchors (so locking renames them)."""
    names = sorted(entry.classes)
    classes = dict(entry.classes)
    for a, b in zip(names[::step], names[2::step], strict=False):
        if a != b:
            classes[a], classes[b] = entry.classes[b], entry.classes[a]
    return entry._replace(classes=classes)


def test_anchors_found_once_per_type_are_the_plain_ones_in_the_same_order(real_api, fixture_apis):
    for api in (real_api, *fixture_apis.values()):
        found = anchors(api)
        assert found == _slow_anchors(api)
        assert list(found) == list(_slow_anchors(api))  # the order names are met in


def test_live_classes_from_live_anchor_paths_are_the_plain_ones(real_api, fixture_apis):
    for api in (real_api, *fixture_apis.values()):
        assert live_classes(api) == _slow_live(api) == live_classes(api, anchors(api))
    assert live_classes(real_api) != {m.name for m in real_api.models} | {e.name for e in real_api.enums}  # some are not live


def test_anchors_of_a_renamed_ir_derived_from_the_ir_before_it(real_api):
    assert real_api.unused_components  # their types keep their names: the derivation must too
    names = sorted({m.name for m in real_api.models} | {e.name for e in real_api.enums})
    component_classes = {name for _, t in real_api.unused_components for name, _ in lock_module._walk(t, "")}
    assert component_classes
    swapped = {names[1]: names[2], names[2]: names[1]}
    merged = {names[3]: names[4]}  # into a class that keeps its name: the sets meet
    for mapping in (
        *({name: name + "Renamed" for name in [*names[::step], *sorted(component_classes)[:2]]} for step in (3, 50)),
        swapped,
        merged,
    ):
        walked = lock_module._find(real_api)
        assert not walked.overlap
        before = {name: set(items) for name, items in walked.found.items()}
        expected = anchors(rename_classes(real_api, mapping))
        assert walked.renamed(mapping) == expected
        walked.children = lock_module._uses(walked.found, set())[2]  # as ``_resolve`` leaves it
        assert walked.renamed(mapping) == expected
        assert walked.found == before  # the sets it shares are left alone


@pytest.mark.parametrize("swap", [False, True])
def test_the_entry_of_a_locked_ir_is_the_one_a_fresh_walk_gives(real_api, swap):
    own = make_lock(real_api)
    entry = _swapped(own) if swap else own
    lock = VersionsLock().with_entry("1.0", entry)
    locked = locked_api(real_api, lock, "1.0")
    assert (locked.models == real_api.models) is not swap
    assert lock_module._named is not None and lock_module._named[0][1] is locked.models  # remembered
    remembered = entry_of(locked, "sha")
    lock_module._named = None
    assert remembered == entry_of(locked, "sha")
    # another IR with the same names is not taken for the one remembered
    locked = locked_api(real_api, lock, "1.0")
    other = evolve(locked, models=tuple(reversed(locked.models)))
    assert entry_of(other, "sha") == remembered


def test_the_quick_deprecated_check_agrees_with_the_words(real_api):
    names = [m.name for m in real_api.models] + [e.name for e in real_api.enums]
    names += ["Deprecated", "UndeprecatedThing", "DEPRECATEDItem", "ÐeprecatedX", "Ｄeprecated", "PartnerDeprecatedUser", "Dépréciated"]
    for name in names:
        assert lock_module._from_deprecated(name) == ("deprecated" in (w.lower() for w in naming.words(name))), name
    assert any(lock_module._from_deprecated(name) for name in names)
