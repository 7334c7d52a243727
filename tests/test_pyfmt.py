"""Source fragments are black-stable, and spec text reads back unchanged."""

from __future__ import annotations

import ast
import inspect

import black
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.format import pyfmt

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


LAYOUTS = [
    ("call", pyfmt.Group("self._client._request(", ['OPERATIONS["x"]', "Evse", "timeout=timeout"], ")")),
    ("long call", pyfmt.Group("self._client._request(", ['OPERATIONS["evsesListingDeprecated"]', "EvseDeprecatedListItem", "body=body", "timeout=timeout"], ")")),
    (
        "nested",
        pyfmt.Group(
            "self._client._paginate(",
            ['OPERATIONS["evsesListing"]', "Evse", pyfmt.Group("query={", ['"filter": filter', '"include": include', '"per_page": per_page', '"cursor": cursor'], "}", "collection"), "timeout=timeout"],
            ")",
        ),
    ),
    ("def one", pyfmt.Group("def flexibility_activation_requests_and_more(", ["self"], ") -> AsyncFlexibilityActivationRequestsResource:", "def")),
    ("def many", pyfmt.Group("def read(", ["self", "evse: int", "*", "include: Sequence[EvseReadIncludeItem | str] | None = None", "timeout: float | None = None"], ") -> Evse:", "def")),
    ("def hug", pyfmt.Group("def delete(", ["self", "evse: int", "*", "timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN"], ") -> None:", "def")),
]


@pytest.mark.parametrize(("name", "group"), LAYOUTS, ids=[n for n, _ in LAYOUTS])
def test_layout_matches_black(name, group):
    text = pyfmt.layout(group, 4, "return " if not group.head.startswith("def") else "")
    if group.head.startswith("def"):
        source = f"class C:\n{text}\n        pass\n"
    else:
        source = f"def f():\n{text}\n"
    assert black_stable(source), black.format_str(source, mode=black.Mode())


ASSIGNMENTS = [
    ("short: int | None", "None"),
    ("require_invoice_enforced_by: AmpecoInvoiceManagerRequireInvoiceEnforcedBy | None", pyfmt.Group("Field(", ["default=None", 'alias="requireInvoiceEnforcedBy"'], ")")),
    ("network_status: PaymentTerminalDetailsOption12NetworkStatus | None", pyfmt.Group("Field(", ["default=None", 'alias="networkStatus"'], ")")),
    ("status: ChargePointEvseConnectorStatusLongerName | None", "ChargePointEvseConnectorStatusLongerName.ENABLED"),
    ("target_charge: ChargePointAvailablePersonalSmartChargingModeItemOptionDefaults | None", "None"),
    ("TWO_AND_THREE_WHEEL_VEHICLES_AND_QUADRICYCLES", '"two_and_three_wheel_vehicles_and_quadricycles"'),
    ("X", '"a string far too long to fit on one line even on its own line, so black leaves it alone"'),
    # `target = (` fits: the value goes in parentheses, split further inside them
    ("legacy_hashed_data: CdrOicpQrCodeIdentificationHashedPinLegacyHashedData | None", pyfmt.Group("Field(", ["default=None", 'validation_alias="legacyHashedData"', 'serialization_alias="legacyHashedData"'], ")")),
    ("charging_rate_unit: ChargePointDeprecatedChargingProfileChargingRateUnit | None", "None"),
    # a subscript annotation splits at its own bracket
    ("charging_schedule_period: list[ChargePointRequestChargingScheduleChargingSchedulePeriodItem]", pyfmt.Group("Field(", ['validation_alias="chargingSchedulePeriod"', 'serialization_alias="chargingSchedulePeriod"'], ")")),
    # `target = (` does not fit: the annotation goes in parentheses, split at its `|`
    ("charging_profile: ChargePointSetChargingProfileRequestChargingProfileKindLonger | ChargePointDeprecatedChargingProfileKind | None", "None"),
]


@pytest.mark.parametrize(("target", "value"), ASSIGNMENTS)
def test_assignment_matches_black(target, value):
    source = f"class C:\n{pyfmt.assignment(target, value, 4)}\n"
    assert black_stable(source), black.format_str(source, mode=black.Mode())


def test_needs_black_ignores_long_strings_and_docstrings():
    doc = '    """' + "word " * 30 + '"""\n'
    assert not pyfmt.needs_black("class C:\n" + doc + "    x = 1\n")
    assert not pyfmt.needs_black('x = "' + "y" * 100 + '"\n')
    assert pyfmt.needs_black("x = f(" + "a, " * 40 + ")\n")
    assert pyfmt.needs_black("def f() -> " + " | ".join(["LongModelName"] * 8) + ":\n    pass\n")  # black wraps unions


def test_width_counts_wide_characters_like_black():
    from black.strings import str_width

    for text in ["abc", "中文字", "é", "e\u0301", "😀", "\U0003b3f6", "ﵵ", "mixed 中 text"]:
        assert pyfmt.width(text) == str_width(text), text
    wide_args = [f'"{"中" * 10}"', "x"]
    source = "def f():\n" + pyfmt.layout(pyfmt.Group("return g(", wide_args * 2, ")"), 4) + "\n"
    assert black_stable(source)


LONG = [
    ("desired_security_profile_status: ChargePointDeprecatedDesiredSecurityProfileStatus | None", pyfmt.Group("Field(", ["default=None", 'validation_alias="desiredSecurityProfileStatus"', 'serialization_alias="desiredSecurityProfileStatus"'], ")")),
    ("target_charge: ChargePointAvailablePersonalSmartChargingModeItemOption3DefaultsTargetCharge | None", "None"),
    ("applicable_current_types: list[RoamingCustomTariffFilterApplicableCurrentTypeLongerNameX] | None", pyfmt.Group("Field(", ["default=None", 'validation_alias="applicableCurrentTypes"'], ")")),
    ("__all__", pyfmt.Group("[", ['"AsyncChargePointDowntimePeriodsResource"', '"ChargePointDowntimePeriodsResource"'], "]", "collection")),
]


@pytest.mark.parametrize(("target", "value"), LONG)
def test_long_annotations_match_black(target, value):
    source = f"class C:\n{pyfmt.assignment(target, value, 4)}\n"
    assert black_stable(source), black.format_str(source, mode=black.Mode())


@pytest.mark.parametrize(
    "param",
    [
        "body: CreateBookingRequestInput | Mapping[str, Any] | UpdateBookingRequestInputWithMore = NOT_GIVEN",
        "body: Sequence[ConfigurationVariableForOcpp16 | Mapping[str, Any]] | CreateConfigurationVariableForOcpp201",
    ],
)
def test_long_parameter_annotations_match_black(param):
    group = pyfmt.Group("def f(", ["self", "*", param, "timeout: float | None = None"], ") -> None:", "def")
    source = f"class C:\n{pyfmt.layout(group, 4)}\n        pass\n"
    assert black_stable(source), black.format_str(source, mode=black.Mode())
