"""``generator.distributions.version_of`` answers what importlib.metadata answers."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import PackageNotFoundError, version

import pytest

from generator.distributions import version_of


@pytest.mark.parametrize("name", ["ruff", "ruff-api", "black", "openapi-spec-validator", "jsonschema_rs", "Jinja2", "pyyaml", "ampeco-codegen", "no-such-x"])
def test_the_same_version_as_importlib_metadata(name):
    try:
        expected = version(name)
    except PackageNotFoundError:
        expected = "unknown"
    assert version_of(name) == expected


def test_reading_the_versions_of_the_cache_keys_does_not_import_importlib_metadata():
    code = (
        "import sys; from generator.format import cache; cache._salt();"
        "from generator.load.validate import validator_version; validator_version();"
        "print('importlib.metadata' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
