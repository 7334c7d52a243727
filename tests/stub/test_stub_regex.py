"""The stub's regex-to-example generator (``_runtime/stub_regex.py``): every construct
of the subset OpenAPI patterns use, lengths, determinism, and what it refuses."""

from __future__ import annotations

import importlib
import random
import re
from types import ModuleType
from typing import Any

import pytest

from .conftest import PACKAGE

PATTERNS = [
    r"^[A-Z]{2}$",
    r"^\d{2}:\d{2}$",
    r"^([01]?[0-9]|2[0-3]):[0-5][0-9]$",
    r"^(\([0-9]{3}\))?[0-9]{3}-[0-9]{4}$",  # the phone pattern of issue 20
    r"^-?([1-8]?[0-9]\.[0-9]{5,7}|90\.0{5,7})$",  # OCPI latitude
    r"^[\w.+-]+@[a-z]+\.(com|org)$",
    r"^(?P<pair>ab|cd){2,}$",
    r"^(?:x|y|z)+?\d*$",
    r"[^,;]+",
    r"^\s?\S+\s*$",
    r"^[^\W_]{3,5}$",
    r"^[\x41-\x43\u0044]{4}$",
    r"\bword\b",
    r"\Aend\Z",
    r"^a.c$",
    r"^[-a-z]{1,}[.]?$",
    r"^[]a]+$",
    r"^\$\{[A-Z_]+\}$",
]


@pytest.fixture(scope="module")
def rx(gen: Any) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}._runtime.stub_regex")


@pytest.mark.parametrize("pattern", PATTERNS)
def test_examples_match_their_pattern(rx: ModuleType, pattern: str) -> None:
    for seed in range(20):
        found = rx.example(pattern, random.Random(seed))
        assert found is not None, pattern
        assert re.search(pattern, found), (pattern, found)


def test_examples_are_deterministic_and_varied(rx: ModuleType) -> None:
    pattern = r"^[A-Z]{3}-\d{4}$"
    first = [rx.example(pattern, random.Random(seed)) for seed in range(10)]
    assert first == [rx.example(pattern, random.Random(seed)) for seed in range(10)]
    assert len(set(first)) > 5


def test_length_bounds_are_met_or_none(rx: ModuleType) -> None:
    found = rx.example(r"^[a-z]+$", random.Random(1), min_length=12)
    assert found is not None and len(found) >= 12 and found.isalpha()
    found = rx.example(r"^[a-z]*x$", random.Random(1), max_length=1)
    assert found == "x"
    assert rx.example(r"^[A-Z]{2}$", random.Random(1), min_length=3) is None


@pytest.mark.parametrize("pattern", [r"(?=a)a", r"(?!b)a", r"(?<=a)b", r"(a)\1", r"[", r"a{3,1}", r"(?i)a", r"\p{L}"])
def test_outside_the_subset_is_none_not_an_exception(rx: ModuleType, pattern: str) -> None:
    assert rx.example(pattern, random.Random(0)) is None


def test_parse_reports_unsupported(rx: ModuleType) -> None:
    with pytest.raises(rx.Unsupported):
        rx.parse(r"(?=x)")
    with pytest.raises(rx.Unsupported):
        rx.parse(r"a)")
