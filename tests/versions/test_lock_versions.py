"""The names lock, one entry per version: its file form, what each version sees, the
reserved-name guard, deprecated aliases, pruning, and the scoped breaking-change gate."""

from __future__ import annotations

import json

import pytest

from generator.cli import main
from generator.errors import SpecError
from generator.versions.diff import diff_apis
from generator.versions.lock import (
    NamesLock,
    VersionsLock,
    aliases_for,
    anchors,
    apply_lock,
    entry_of,
    live_classes,
    locked_api,
    make_lock,
    read_versions_lock,
    write_versions_lock,
)

from .conftest import build, find_operation
from .test_versions_cli import repo  # noqa: F401  (the two-version fixture repository)


def test_the_file_round_trips_and_stores_later_entries_as_differences(fixture_apis, tmp_path):
    lock = VersionsLock().with_entry("2.0.0", entry_of(fixture_apis["v2"], "b" * 64)).with_entry("1.0.0", entry_of(fixture_apis["v1"], "a" * 64))
    assert list(lock.versions) == ["1.0.0", "2.0.0"]  # manifest order, whatever the order of arrival
    path = tmp_path / "names.lock.json"
    assert write_versions_lock(path, lock)
    assert not write_versions_lock(path, lock)  # unchanged text: the file is left alone
    assert read_versions_lock(path) == lock
    raw = json.loads(path.read_text())
    second = raw["versions"][1]
    assert second["base"] == "previous"
    assert len(second["classes"]) < len(lock.versions["2.0.0"].classes)  # only what changed
    assert lock.find("b" * 64) == "2.0.0" and lock.find("c" * 64) is None


def test_a_new_version_sees_only_the_versions_before_it():
    lock = VersionsLock({"1.0.0": NamesLock({"A": ["x"]}), "3.0.0": NamesLock({"B": ["y"], "A2": ["x"]})})
    seen = lock.seen_by("2.0.0")
    assert seen.classes == {"A": ["x"]}
    assert lock.previous("2.0.0") == lock.versions["1.0.0"]
    # later versions win an anchor; the name that lost all its anchors stays reserved
    assert lock.seen_by("4.0.0").classes == {"A": [], "A2": ["x"], "B": ["y"]}
    assert lock.only({"3.0.0"}).versions == {"3.0.0": lock.versions["3.0.0"]}


def test_a_lock_never_overrides_the_reserved_name_guard(real_api):
    assert "Notification_" in {m.name for m in real_api.models} | {e.name for e in real_api.enums}
    lock = make_lock(real_api)
    classes = dict(lock.classes)
    classes["Notification"] = classes.pop("Notification_")  # as a lock made by older code had it
    named = apply_lock(real_api, NamesLock(classes, lock.methods))
    names = {m.name for m in named.models} | {e.name for e in named.enums}
    assert "Notification_" in names and "Notification" not in names


def test_a_class_that_lost_its_name_is_aliased_to_its_heir(fixture_apis):
    """Two classes of the previous version merged: the one with most anchors keeps its name,
    the other stays importable as an alias; aliases it had follow it; reserved names never."""
    api = fixture_apis["v1"]
    found = sorted(anchors(api).items(), key=lambda kv: (-len(kv[1]), kv[0]))
    big, big_anchors = found[0]
    text = sorted(f"{p}.{a}" if p else a for p, a in big_anchors)
    previous = NamesLock({big: text[1:], "Gone": text[:1]}, aliases={"Older": "Gone", "Notification": "Gone"})
    assert aliases_for(api, previous) == {"Gone": big, "Older": big}
    named = locked_api(api, VersionsLock({"0.9.0": previous}), "1.0.0")
    assert big in {m.name for m in named.models} | {e.name for e in named.enums}
    assert named.extras["aliases"] == {"Gone": big, "Older": big}
    assert entry_of(named).aliases == {"Gone": big, "Older": big}
    # the version's own entry brings the same aliases back, whatever came before it
    frozen = locked_api(api, VersionsLock({"1.0.0": entry_of(named)}), "1.0.0")
    assert frozen.extras["aliases"] == named.extras["aliases"]


def test_a_bad_lock_file_is_a_located_error(tmp_path, capsys):
    path = tmp_path / "names.lock.json"
    path.write_text('{"format": "ampeco-codegen/names-lock/2", "versions": [{"classes": {}}]}')
    with pytest.raises(SpecError, match="not a names lock"):
        read_versions_lock(path)
    assert main(["generate", "does-not-matter.json", "--names-lock", str(path)]) == 1
    assert "names.lock.json: not a names lock" in capsys.readouterr().err


def test_versions_that_leave_the_manifest_are_pruned(repo):  # noqa: F811
    assert main(["--manifest", str(repo), "generate", "--all", "-q"]) == 0
    lock_path = repo.parent / "names.lock.json"
    assert list(read_versions_lock(lock_path).versions) == ["1.0.0", "2.0.0"]
    repo.write_text(repo.read_text().split('\n[versions."2.0.0"]')[0])
    assert main(["--manifest", str(repo), "generate", "--all", "-q"]) == 0
    assert list(read_versions_lock(lock_path).versions) == ["1.0.0"]


def test_the_gate_can_ignore_what_was_already_deprecated(real_api, real_data):
    route, method, _ = find_operation(real_data, "evseReadDeprecated")
    del real_data["paths"][route][method]
    report = diff_apis(real_api, apply_lock(build(real_data), make_lock(real_api)))
    assert {c.kind for c in report.breaking} == {"operation-removed", "sdk-method-removed"}
    assert report.gate() == report.breaking
    assert report.gate(ignore_deprecated=True) == ()
    assert report.gate(uses={"evses.read"}) == ()
    assert report.gate(uses={"evses.read_deprecated"}) == report.breaking


def test_classes_only_deprecated_operations_reach_are_not_live(real_api):
    live = live_classes(real_api)
    deprecated = {key for op in real_api.operations if op.deprecated for key in (op.operation_id, f"{op.http_method} {op.path}")}
    found = anchors(real_api)
    dead = sorted(set(found) - live)
    assert "EvseHardwareStatus" in live and dead
    for name in dead:
        for parent, path in found[name]:
            if parent:
                assert parent not in live, (name, parent)
            else:
                assert any(path.startswith(key + " ") for key in deprecated), (name, path)


def test_a_live_class_takes_the_live_name_over_the_deprecated_one(fixture_apis):
    """Two locked names meet in one class (a merge): the name made from a ``...Deprecated``
    operation loses even with more votes."""
    api = fixture_apis["v1"]
    live = live_classes(api)
    name, found = max(((n, a) for n, a in anchors(api).items() if n in live), key=lambda kv: (len(kv[1]), kv[0]))
    assert len(found) >= 3
    text = sorted(f"{p}.{a}" if p else a for p, a in found)
    lock = NamesLock({"WidgetDeprecatedKind": text[1:], "WidgetKind": text[:1]})
    named = apply_lock(api, lock)
    names = {m.name for m in named.models} | {e.name for e in named.enums}
    assert "WidgetKind" in names and "WidgetDeprecatedKind" not in names and name not in names
    assert aliases_for(named, lock) == {"WidgetDeprecatedKind": "WidgetKind"}


def test_ignore_deprecated_on_the_command_line(real_entry, real_data, tmp_path, capsys):
    route, method, _ = find_operation(real_data, "evseReadDeprecated")
    del real_data["paths"][route][method]
    real_data["info"]["version"] = "3.110.1"
    newer = tmp_path / "openapi.json"
    newer.write_text(json.dumps(real_data))
    assert main(["diff", "3.110.0", str(newer), "--fail-on-breaking"]) == 1
    assert "evseReadDeprecated: removed" in capsys.readouterr().err
    assert main(["diff", "3.110.0", str(newer), "--fail-on-breaking", "--ignore-deprecated"]) == 0
    assert "breaking change" not in capsys.readouterr().err


def test_check_fails_when_a_version_has_no_names_recorded(repo, capsys):  # noqa: F811
    assert main(["--manifest", str(repo), "generate", "--all", "-q"]) == 0
    assert main(["--manifest", str(repo), "generate", "--check"]) == 0
    (repo.parent / "names.lock.json").unlink()
    assert main(["--manifest", str(repo), "generate", "--check"]) == 1
    assert "no names recorded for 1.0.0, 2.0.0" in capsys.readouterr().err
    assert not (repo.parent / "names.lock.json").exists()  # --check writes nothing


def test_a_lock_of_the_single_entry_format_is_read_as_names_every_version_sees(fixture_apis, tmp_path):
    from generator.versions.lock import lock_text

    old = make_lock(fixture_apis["v1"])
    path = tmp_path / "names.lock.json"
    path.write_text(lock_text(old))
    lock = read_versions_lock(path)
    assert lock.versions == {} and lock.legacy == old
    assert lock.seen_by("0.1.0").classes == old.classes


def test_same_files_from_new_inputs_only_restamp_the_marker(repo, capsys):  # noqa: F811
    from generator.writer import MARKER, read_marker

    assert main(["--manifest", str(repo), "generate", "--all", "-q"]) == 0
    out = repo.parent.parent / "generated" / "1.0.0"
    readme = out / "README.md"
    before = readme.stat().st_ino, (out / MARKER).read_text()
    marker = read_marker(out)
    (out / MARKER).write_text(f"generated by ampeco-codegen\\nstamp: {'0' * 64}\\ntree: {marker['tree']}\\n")  # as if the generator changed
    assert main(["--manifest", str(repo), "generate", "1.0.0", "-q"]) == 0
    assert readme.stat().st_ino == before[0]  # not rewritten
    assert (out / MARKER).read_text() == before[1]  # the stamp is current again
    assert main(["--manifest", str(repo), "generate", "1.0.0"]) == 0
    assert "unchanged" in capsys.readouterr().out


def _renamed_everywhere(api, mapping):
    """The plain renaming ``rename_classes`` must equal: every object rebuilt, names changed."""
    from generator.model.ir import evolve

    from generator.model.ir import TypeRef

    def t(ref):
        return None if ref is None else tt(ref)

    def tt(ref):
        name = mapping.get(ref.name, ref.name) if ref.kind in ("model", "enum") else ref.name
        return TypeRef(ref.kind, name, tuple(tt(i) for i in ref.items), ref.nullable, ref.discriminator, ref.tags)

    def body(b):
        return evolve(b, type=tt(b.type)) if b is not None else None

    def hook(w):
        return evolve(w, body=body(w.body))

    def operation(op):
        return evolve(
            op,
            parameters=tuple(evolve(p, type=tt(p.type)) for p in op.parameters),
            body=body(op.body),
            responses=tuple(evolve(r, type=t(r.type)) for r in op.responses),
            result=t(op.result),
            item_type=t(op.item_type),
            webhooks=tuple(hook(w) for w in op.webhooks),
        )

    models = sorted(
        (evolve(m, name=mapping.get(m.name, m.name), fields=tuple(evolve(f, type=tt(f.type)) for f in m.fields), extra=t(m.extra)) for m in api.models),
        key=lambda m: m.name,
    )
    enums = sorted((evolve(e, name=mapping.get(e.name, e.name)) for e in api.enums), key=lambda e: e.name)
    resources = tuple(evolve(r, operations=tuple(operation(op) for op in r.operations)) for r in api.resources)
    return evolve(api, resources=resources, models=tuple(models), enums=tuple(enums), webhooks=tuple(hook(w) for w in api.webhooks))


@pytest.mark.parametrize("step", [3, 1000])
def test_renaming_classes_keeps_what_it_does_not_rename_and_equals_renaming_everything(real_api, step):
    from generator.versions.lock import rename_classes

    names = sorted({m.name for m in real_api.models} | {e.name for e in real_api.enums})
    mapping = {name: name + "Renamed" for name in names[::step]}
    renamed = rename_classes(real_api, mapping)
    assert renamed == _renamed_everywhere(real_api, mapping)
    before = {m.name: m for m in real_api.models}
    assert {m.name for m in renamed.models} == {mapping.get(name, name) for name in before}
    # a model whose name and types stay (no renamed class in them) is the very same object
    after = {m.name: m for m in renamed.models}
    untouched = [
        m
        for m in real_api.models
        if m.name not in mapping
        and not any(tr.name in mapping for t in [*(f.type for f in m.fields), *([m.extra] if m.extra else [])] for tr in t.walk())
    ]
    assert untouched and all(after[m.name] is m for m in untouched)


def test_a_version_locked_to_its_own_names_renders_the_same_files():
    """Locking changes names only: the mixed fixture's discriminated unions (pets.yaml) keep
    their tags, so the package made with the lock is the one made without it. (Renaming
    once dropped every union's tags: with a lock, a discriminated union became a plain one.)"""
    from pathlib import Path

    from generator.emit.package import emitted
    from generator.pipeline import build_api, sdk_version

    spec = Path(__file__).resolve().parent.parent / "fixtures" / "mixed" / "mixed.yaml"
    api = build_api(spec, package="mixed_api", use_cache=False)
    assert any(t.tags for m in api.models for f in m.fields for t in f.type.walk())  # the fixture has them
    lock = VersionsLock().with_entry("1.0", entry_of(api, "sha"))
    locked = locked_api(api, lock, "1.0")
    assert locked == api
    renamed = locked_api(api, VersionsLock().with_entry("1.0", _renamed_entry(entry_of(api, "sha"))), "1.0")
    tagged = [t for m in renamed.models for f in m.fields for t in f.type.walk() if t.tags]
    assert tagged and all(len(t.tags) == len(t.items) for t in tagged)
    plain = emitted(api, sdk_version(api.version))
    assert emitted(locked, sdk_version(api.version)) == plain
    assert any("Discriminator(" in text for text in plain.values())


def _renamed_entry(entry: NamesLock) -> NamesLock:
    """``entry`` with every class of a tagged union's alternatives given another name."""
    from generator.model.ir import evolve

    classes = {(f"{name}Locked" if name.startswith(("Cat", "Dog")) else name): anchors for name, anchors in entry.classes.items()}
    assert classes != entry.classes
    return entry._replace(classes=dict(sorted(classes.items())))
