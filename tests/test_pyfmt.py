"""Source fragments are black-stable, and spec text reads back unchanged."""

from __future__ import annotations

import ast
import inspect

import black
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.emit.sdk import _parenthesised
from generator.format import pyfmt, tree

HOSTILE = [
    'plain',
    'ends with a quote "',
    '"""; import os; os.system("echo pwned") #',
    "'''; raise SystemExit; '''",
    "back\\slash at the end \\",
    "line\nbreaks\r\nand\rreturns",
    "{{ jinja }} {% raw %} {# c #}",
    "null\x00byte and \x1b escape",
    "separators \u2028 \u2029 \x85 \x0b \x0c",
    "tab\there",
    "  indented\n  all lines\n  alike",
    "non-ASCII: é € 😀 — “quotes”",
    "",
]


def black_stable(source: str) -> bool:
    return black.format_str(source, mode=black.Mode()) == source


@pytest.mark.parametrize("text", HOSTILE)
def test_string_literal_round_trip_and_black(text):
    literal = pyfmt.py_str(text)
    assert ast.literal_eval(literal) == text
    assert black_stable(f"x = {literal}\n")


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("indent", [0, 4, 8])
def test_docstring_reads_back_and_cannot_escape(text, indent):
    pad = " " * indent
    body = pyfmt.docstring(text, indent + 4) or f'{pad}    """"""'
    source = f"{pad}def f():\n{body}\n{pad}    return 1\n"
    if indent:
        source = "class C:\n" + source.replace(pad, "    ", 1) if indent == 4 else "class C:\n    class D:\n" + source
    tree = ast.parse(source)
    functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
    assert len(functions) == 1
    function = functions[0]
    # only the docstring and the return statement: nothing injected
    assert [type(n).__name__ for n in function.body] == ["Expr", "Return"]
    doc = ast.get_docstring(function, clean=False) or ""
    assert inspect.cleandoc(doc) == "\n".join(pyfmt.clean_text(text))
    assert black_stable(source)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_is_a_safe_literal_and_docstring(text):
    assert ast.literal_eval(pyfmt.py_str(text)) == text
    source = f"def f():\n{pyfmt.docstring(text, 4) or '    pass'}\n    return 1\n"
    function = ast.parse(source).body[0]
    assert isinstance(function, ast.FunctionDef)
    assert type(function.body[-1]).__name__ == "Return"
    assert len(function.body) <= 2


@pytest.mark.parametrize("value", [1, -2, 0.1, 1e20, 1.5e-7, 3.0, True, None, "x", [1, "a"], {"k": [None, 2.5]}])
def test_values(value):
    literal = pyfmt.py_value(value)
    assert ast.literal_eval(literal) == value
    assert black_stable(f"x = {literal}\n")


# -- the formatting pass: plain one-line code in, black's layout out -----------------------
# Each case is written the way the emitters now write code (one logical line); the cases
# are those pyfmt's removed layout rules had to get right, where ruff and black differ most.

CALLS = [
    'return self._client._request(OPERATIONS["x"], Evse, timeout=timeout)',
    'return self._client._request(OPERATIONS["evsesListingDeprecated"], EvseDeprecatedListItem, body=body, timeout=timeout)',
    'return self._client._paginate(OPERATIONS["evsesListing"], Evse, query={"filter": filter, "include": include, "per_page": per_page, "cursor": cursor}, timeout=timeout)',
    'return cast(BookingRequestOption1 | BookingRequestOption2 | BookingRequestOption3, self._client._request(OPERATIONS["bookingRequestCreate"], BookingRequestOption1 | BookingRequestOption2, body=body, timeout=timeout))',
    'return self._client._request(OPERATIONS["x"], None, query={"withClockAlignedEnergyConsumption": with_clock_aligned_energy_consumption}, timeout=timeout)',
]
SIGNATURES = [
    "def g(self, *, a_very_long_parameter_name_here_and_more: AVeryLongTypeNameThatIsReallyLongIndee = None) -> None:",
    "def h(self) -> AVeryLongTypeNameThatIsReallyLongIndeedForTheTestAVeryLongTypeNameThatIsReally:",
    "def flexibility_activation_requests_and_more(self) -> AsyncFlexibilityActivationRequestsResource:",
    "def read(self, evse: int, *, include: Sequence[EvseReadIncludeItem | str] | None = None, timeout: float | None = None) -> Evse:",
    "def delete(self, evse: int, *, timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN) -> None:",
    "def create(self, *, body: CreateBookingRequestInput | Mapping[str, Any] | UpdateBookingRequestInputWithMore = NOT_GIVEN, timeout: float | None = None) -> None:",
    "def create(self, *, body: Sequence[ConfigurationVariableForOcpp16 | Mapping[str, Any]] | CreateConfigurationVariableForOcpp201, timeout: float | None = None) -> None:",
    "def listing(self) -> SyncPager[ChargePointAvailablePersonalSmartChargingModeItemOption3DefaultsTargetCharge]:",
    "def create(self, *, body: A | B = NOT_GIVEN) -> BookingRequestOption1 | BookingRequestOption2 | BookingRequestOption3 | None:",
]
ASSIGNMENTS = [
    "short: int | None = None",
    'require_invoice_enforced_by: AmpecoInvoiceManagerRequireInvoiceEnforcedBy | None = Field(default=None, alias="requireInvoiceEnforcedBy")',
    "status: ChargePointEvseConnectorStatusLongerName | None = ChargePointEvseConnectorStatusLongerName.ENABLED",
    "target_charge: ChargePointAvailablePersonalSmartChargingModeItemOptionDefaults | None = None",
    'TWO_AND_THREE_WHEEL_VEHICLES_AND_QUADRICYCLES = "two_and_three_wheel_vehicles_and_quadricycles"',
    'X = "a string far too long to fit on one line even on its own line, so black leaves it alone"',
    'legacy_hashed_data: CdrOicpQrCodeIdentificationHashedPinLegacyHashedData | None = Field(default=None, validation_alias="legacyHashedData", serialization_alias="legacyHashedData")',
    'charging_schedule_period: list[ChargePointRequestChargingScheduleChargingSchedulePeriodItem] = Field(validation_alias="chargingSchedulePeriod", serialization_alias="chargingSchedulePeriod")',
    "charging_profile: ChargePointSetChargingProfileRequestChargingProfileKindLonger | ChargePointDeprecatedChargingProfileKind | None = None",
    'charging_profile_purpose: ChargePointSetChargingProfileRequestChargingProfilePurpose = Field(default=None, validation_alias="x")',
    'desired_security_profile_status: ChargePointDeprecatedDesiredSecurityProfileStatus | None = Field(default=None, validation_alias="desiredSecurityProfileStatus", serialization_alias="desiredSecurityProfileStatus")',
    "target_charge: ChargePointAvailablePersonalSmartChargingModeItemOption3DefaultsTargetCharge | None = None",
    '__all__ = ["AsyncChargePointDowntimePeriodsResource", "ChargePointDowntimePeriodsResource"]',
    'note: str = "note: aaa | bbb ' + "x" * 80 + '"',
]


def formatted(source: str) -> str:
    return tree.format_python({"m.py": source})["m.py"]


@pytest.mark.parametrize("line", CALLS)
def test_calls_come_out_black_clean(line):
    out = formatted(f"def f():\n    {line}\n")
    assert black_stable(out), out
    assert ast.dump(ast.parse(out)) == ast.dump(ast.parse(f"def f():\n    {line}\n"))


@pytest.mark.parametrize("line", SIGNATURES)
def test_signatures_come_out_black_clean(line):
    name, _, rest = line.partition("(")
    args = [_parenthesised(a, 8) for a in _split_args(rest.rpartition(")")[0])]
    source = f"class C:\n    {name}({', '.join(args)}){rest.rpartition(')')[2]}\n        pass\n"
    out = formatted(source)
    assert black_stable(out), out


@pytest.mark.parametrize("line", ASSIGNMENTS)
def test_assignments_come_out_black_clean(line):
    out = formatted(f"class C:\n    {line}\n")
    assert black_stable(out), out


def _split_args(text: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch in "[("
        depth -= ch in "])"
        if ch == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def test_a_wide_union_parameter_is_parenthesised_only_when_black_would():
    wide = "body: CreateBookingRequestInput | Mapping[str, Any] | UpdateBookingRequestInputWithMore = NOT_GIVEN"
    assert _parenthesised(wide, 8) == "body: (CreateBookingRequestInput | Mapping[str, Any] | UpdateBookingRequestInputWithMore) = NOT_GIVEN"
    assert _parenthesised("body: A | B = NOT_GIVEN", 8) == "body: A | B = NOT_GIVEN"
    assert _parenthesised("evse: " + "LongName" * 12, 8) == "evse: " + "LongName" * 12  # no union
    # the keyword-only ``= ...`` parameters of a model's ``__init__`` for type checkers too:
    # black parenthesises them, so they are written so and no file goes to black for them
    long_optional = "n0: dict[str, list[SomeVeryLongModelNameForTesting | AnotherVeryLongNameXyz]] | None = ..."
    assert _parenthesised(long_optional, 12) == long_optional.replace("n0: ", "n0: (").replace(" = ...", ") = ...")
    source = f"class M:\n    def __init__(\n        self,\n        *,\n        {_parenthesised(long_optional, 8)},\n    ) -> None: ...\n"
    ruffed = tree.ruff_format({"m.py": source})["m.py"]
    assert black_stable(ruffed) and not tree.needs_black(ruffed)
    # without the parentheses ruff splits the union bare; the check sends such a file to black
    bare = tree.ruff_format({"m.py": f"class C:\n    def f(self, *, {wide}) -> None:\n        pass\n"})["m.py"]
    assert not black_stable(bare) and tree.needs_black(bare)
    assert black_stable(formatted(f"class C:\n    def f(self, *, {wide}) -> None:\n        pass\n"))


def test_needs_black_ignores_long_strings_comments_and_docstrings():
    doc = '    """' + "word ( | " * 30 + '"""\n'
    assert not tree.needs_black("class C:\n" + doc + "    x = 1\n")
    assert not tree.needs_black('x = "' + "y(" * 100 + '"\n')
    assert not tree.needs_black("x = 1  # " + "(" * 100 + "\n")
    assert not tree.needs_black("x = '\"\"\"'\n" + 'y = "' + "y(" * 100 + '"\n')  # quotes in a string
    assert tree.needs_black("x = f(" + "a, " * 40 + ")\n")
    assert tree.needs_black("def f() -> " + " | ".join(["LongModelName"] * 8) + ":\n    pass\n")
    assert tree.needs_black("def f(\n    x: A\n    | B,\n) -> None:\n    pass\n")  # a bare union
    assert not tree.needs_black("x = (\n    a\n    | b\n)\n")  # in parentheses already
    assert not tree.needs_black("x = f(\n    a,\n    A\n    | B,\n)\n")  # an argument of its own
    assert tree.needs_black("def f(\n    a,\n) -> A\n| B:\n    pass\n")  # a return annotation
    assert tree.black_suspects("x = 1\ny = f(" + "a, " * 40 + ")\n") == [2]
    long_param = "def f(\n    *,\n    " + "a" * 40 + ": " + "T" * 40 + " = None,\n) -> None:\n    pass\n"
    assert not tree.needs_black(long_param)  # black keeps a long parameter as it is too
    assert tree.needs_black("class C:\n    note: str = " + '"' + "n" * 90 + '"\n')  # black wraps the value


def test_width_counts_wide_characters_like_black():
    from black.strings import str_width

    for text in ["abc", "中文字", "é", "e\u0301", "😀", "\U0003b3f6", "ﵵ", "mixed 中 text"]:
        assert pyfmt.width(text) == str_width(text), text
    wide_args = [f'"{"中" * 10}"', "x"]
    assert black_stable(formatted(f"def f():\n    return g({', '.join(wide_args * 2)})\n"))


@pytest.mark.sources
def test_the_pass_remembers_what_it_formatted(tmp_path, monkeypatch):
    from generator.format import cache

    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(tmp_path / "cache"))
    files = {"p/a.py": "x = f(" + "a, " * 40 + ")\n", "p/b.py": "y = 1\n", "README.md": "x = f( a )\n"}
    first = tree.format_python(files)
    assert first["README.md"] == files["README.md"] and black_stable(first["p/a.py"])
    calls = []
    real = tree.ruff_format
    monkeypatch.setattr(tree, "ruff_format", lambda todo, **kw: calls.append(sorted(todo)) or real(todo, **kw))
    assert tree.format_python(files) == first and calls == [[]]  # nothing formatted again
    changed = dict(files, **{"p/b.py": "y = 2\n"})
    assert tree.format_python(changed)["p/b.py"] == "y = 2\n" and calls[-1] == ["p/b.py"]
    assert tree.format_python(files, use_cache=False) == first and calls[-1] == ["p/a.py", "p/b.py"]
    # a damaged cache file is no cache, never an error; it is started over (not left to
    # turn every later run into a cold one)
    (tmp_path / "cache" / "format.sqlite3").write_bytes(b"not a database" * 100)
    assert cache.get_many([cache.key(files["p/b.py"])]) == {}
    assert not (tmp_path / "cache" / "format.sqlite3").exists()
    (tmp_path / "cache" / "format.sqlite3").write_bytes(b"not a database" * 100)
    assert tree.format_python(files) == first
    assert cache.get_many([cache.key(files["p/b.py"])]) == {cache.key(files["p/b.py"]): first["p/b.py"]}
    assert tree.format_python(files) == first and calls[-1] == []


def test_looking_up_an_empty_cache_makes_no_file(tmp_path, monkeypatch):
    from generator.format import cache

    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(tmp_path / "cache"))
    assert cache.get_many(["k"]) == {} and not (tmp_path / "cache").exists()
    cache.put_many({"k": "text"})
    assert cache.get_many(["k", "other"]) == {"k": "text"}


def test_a_busy_cache_file_is_kept(tmp_path, monkeypatch):
    """Only a damaged file is removed: a locked one is in use by another run."""
    import sqlite3

    from generator.format import cache

    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(tmp_path))
    cache.put_many({"k": "text"})
    path = tmp_path / "format.sqlite3"
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        connect = sqlite3.connect
        monkeypatch.setattr(sqlite3, "connect", lambda *a, **kw: connect(*a, **{**kw, "timeout": 0.01}))
        assert cache.get_many(["k"]) == {}
        cache.put_many({"k2": "other"})
    finally:
        monkeypatch.undo()
        holder.rollback()
        holder.close()
    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(tmp_path))
    assert path.is_file() and cache.get_many(["k"]) == {"k": "text"}


def test_a_union_after_a_split_subscript_goes_to_black():
    """ruff splits ``n0: dict[...] | None = ...`` at the subscript and leaves ``| None``
    bare after it; black parenthesises the whole annotation (found by the property test)."""
    source = (
        "class M:\n    def __init__(\n        self,\n        *,\n"
        "        n0: dict[str, list[SomeVeryLongModelNameForTesting | AnotherVeryLongNameXyz]] | None = ...,\n"
        "        n1: dict[str, list[SomeVeryLongModelNameForTesting | AnotherVeryLongNameXyz]] = ...,\n"
        "    ) -> None: ...\n"
    )
    ruffed = tree.ruff_format({"m.py": source})["m.py"]
    assert not black_stable(ruffed) and tree.needs_black(ruffed)
    assert black_stable(formatted(source))


# statements where ruff and black lay a long line out differently (black parenthesises a long
# annotation, or the value after it), at every depth black can see
_DIFFERING_VALUES = [
    "Field(default=None)",
    'Field(validation_alias="v", serialization_alias="v")',
    'Field(default=None, description="' + "x" * 70 + '")',
    "[]",
]


def _differing_sources() -> list[str]:
    sources = []
    for width_ in range(40, 90, 7):
        for value in _DIFFERING_VALUES:
            statement = f"{'n' * 20}: {'A' * width_} = {value}"
            sources.append(f"class C:\n    {statement}\n")
            sources.append(f"class C:\n    class D:\n        {statement}\n")
            sources.append(
                "class C:\n    @decorated\n    def f(self) -> None:\n        try:\n"
                f"            {statement}\n        except ValueError:\n            {statement}\n"
                f"        finally:\n            pass\n        {statement}\n"
            )
    return sources


def test_black_on_the_suspect_statements_alone_gives_what_black_makes_of_the_file():
    sources = _differing_sources()
    ruffed = tree.ruff_format({f"m{i}.py": text for i, text in enumerate(sources)})
    differing = 0
    for i, text in enumerate(sources):
        ruff_text = ruffed[f"m{i}.py"]
        whole = black.format_str(ruff_text, mode=black.Mode())
        differing += whole != ruff_text
        every_line = [n + 1 for n, line in enumerate(ruff_text.split("\n")) if line.strip()]
        assert tree.black_statements(ruff_text, every_line) == whole
        # and what the formatting pass makes of the file: the suspects found suffice
        assert tree.format_python({"m.py": text}, use_cache=False)["m.py"] == whole
    assert differing > len(sources) // 4  # the cases do exercise the difference


def test_a_statement_less_indented_than_its_own_lines_sends_the_file_to_black():
    # a multi-line string's continuation line at column 0 cannot be cut out and dedented
    source = 'class C:\n    x: int = f(\n        """a\nb""",\n    )\n'
    assert tree.black_statements(source, [2]) == black.format_str(source, mode=black.Mode())


def test_a_union_black_already_parenthesised_is_no_suspect():
    member = "ChargePointEvseDeleteIncludeItemWithAVeryLongName"
    parenthesised = (
        f"class C:\n    def f(\n        self,\n        *,\n        include: (\n            Sequence[\n                {member}\n"
        f"                | {member}Literal\n            ]\n            | None\n        ) = None,\n    ) -> None:\n        pass\n"
    )
    assert black_stable(parenthesised) and tree.black_suspects(parenthesised) == []
    # the same union without its parentheses: black would add them
    bare = parenthesised.replace("include: (\n            Sequence[", "include: Sequence[").replace("            | None\n        ) = None", "        | None = None")
    assert not black_stable(bare) and tree.black_suspects(bare)


def test_a_field_in_annotated_form_is_laid_out_alike_by_ruff_and_black():
    # the form model fields with a long bare annotation take (``emit.sdk.model_lines``)
    values = ['Field(validation_alias="v", serialization_alias="v")', 'Field(default=None, description="' + "x" * 70 + '")']
    sources = []
    for width_ in range(30, 80, 7):
        for annotation in ("A" * width_, "A" * width_ + " | None", f"list[{'A' * width_}] | None"):
            for value in values:
                sources.append(f"class C:\n    {'n' * 24}: Annotated[{annotation}, {value}]\n")
    ruffed = tree.ruff_format({f"m{i}.py": text for i, text in enumerate(sources)})
    for i, text in enumerate(sources):
        assert ruffed[f"m{i}.py"] == black.format_str(text, mode=black.Mode())


def test_no_statement_of_the_real_sdk_needs_black(real_entry):
    # what ruff makes of the emitted files of 3.110.0 is already black's layout: the
    # differences are designed out of what is emitted (parenthesised unions, ``Annotated``)
    from generator.emit.package import emitted
    from generator.pipeline import build_api, deep_recursion, sdk_version

    with deep_recursion():
        api = build_api(real_entry.path, sha256=real_entry.sha256, validate=False)
        files = emitted(api, sdk_version(api.version))
    ruffed = tree.ruff_format({rel: text for rel, text in files.items() if rel.endswith(".py")})
    assert {rel: lines for rel, text in ruffed.items() if (lines := tree.black_suspects(text))} == {}
