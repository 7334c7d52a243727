"""The IR cache behind ``diff``, and how two specs are built (cached, once, or side by side)."""

from __future__ import annotations

import pickle

import pytest
import yaml

from generator.cli import build_two, main
from generator.errors import SpecError
from generator.versions.ircache import build_api_cached, file_digest, is_cached

from .conftest import V1, V2


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(folder))
    return folder


def entries(cache):
    return sorted(p.name for p in (cache / "ir").glob("*.pickle")) if (cache / "ir").is_dir() else []


def test_built_once_then_read_back(cache):
    assert not is_cached(V1, file_digest(V1))
    first = build_api_cached(V1)
    assert len(entries(cache)) == 1 and is_cached(V1, file_digest(V1))
    again = build_api_cached(V1)
    assert again == first and again is not first  # unpickled, equal
    assert not is_cached(V1, file_digest(V1), validate=True)  # built without the validator
    assert build_api_cached(V1, validate=True) == first
    assert is_cached(V1, file_digest(V1), validate=True)
    assert len(entries(cache)) == 2


def test_damaged_entries_are_rebuilt_and_pins_checked(cache):
    build_api_cached(V2)
    (entry,) = (cache / "ir").glob("*.pickle")
    entry.write_bytes(b"not a pickle")
    assert build_api_cached(V2).version == "2.0.0"
    entry.write_bytes(pickle.dumps({"not": "an Api"}))
    assert build_api_cached(V2).version == "2.0.0"
    with pytest.raises(SpecError, match="checksum mismatch"):
        build_api_cached(V2, sha256="0" * 64)
    assert build_api_cached(V2, use_cache=False).version == "2.0.0"


def test_entries_of_older_generator_code_are_dropped(cache):
    build_api_cached(V1)
    (entry,) = (cache / "ir").glob("*.pickle")
    spec_part, _, key_part = entry.name.split("-")
    old = entry.with_name(f"{spec_part}-0123456789abcdef-{key_part}")  # the same spec, other generator code
    entry.rename(old)
    build_api_cached(V1)
    assert [p.name for p in (cache / "ir").glob("*.pickle")] == [entry.name]


def test_an_unwritable_cache_is_not_used(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(blocker))  # a file where the folder should be
    assert build_api_cached(V1).version == "1.0.0"


def test_two_cold_specs_are_built_side_by_side_and_errors_come_back(cache, tmp_path, capsys):
    old, new = build_two([(V1, None), (V2, None)], validate=False)
    assert (old.version, new.version) == ("1.0.0", "2.0.0")
    assert len(entries(cache)) == 2  # the worker stored its IR too
    broken = tmp_path / "broken.yaml"
    data = yaml.safe_load(V2.read_text())
    data["paths"]["/public-api/resources/evses/v2.1"]["get"]["parameters"][0] = {"$ref": "#/components/parameters/nope"}
    broken.write_text(yaml.safe_dump(data))
    with pytest.raises(SpecError, match="unresolvable reference"):
        build_two([(V1, None), (broken, None)], validate=False, use_cache=False)
    with pytest.raises(SpecError, match="unresolvable reference"):
        build_two([(broken, None), (V1, None)], validate=False, use_cache=False)
    assert main(["diff", str(V1), str(broken), "--no-cache"]) == 1
    err = capsys.readouterr().err
    assert "unresolvable reference" in err and "Traceback" not in err


def test_the_same_file_twice_is_built_once(cache):
    old, new = build_two([(V1, None), (V1, None)], validate=False)
    assert old is new


def test_an_output_stamp_changes_with_the_formatters_that_lay_out_the_files(monkeypatch):
    """An output made with another ruff-api (another ruff inside) or black is not up to
    date: the same emitted code may be laid out differently."""
    from generator import distributions
    from generator.versions.ircache import output_stamp

    real = distributions.version_of
    before = output_stamp("0" * 64, "names", "ampeco")
    assert output_stamp("0" * 64, "names", "ampeco") == before
    for tool in ("ruff-api", "black"):
        monkeypatch.setattr(distributions, "version_of", lambda name, tool=tool: "0.0.0-other" if name == tool else real(name))
        assert output_stamp("0" * 64, "names", "ampeco") != before, tool
