"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .currency_alphabetic_code import CurrencyAlphabeticCode

if TYPE_CHECKING:
    from ..params import CurrencyAlphabeticCodeLiteral


class Currency(SDKModel):
    id: int | None = None
    name: str | None = None
    """The name is auto generated and is of format: alphabeticCode + {currency name}, for example EUR (Euro)."""
    alphabetic_code: CurrencyAlphabeticCode = Field(
        validation_alias="alphabeticCode", serialization_alias="alphabeticCode"
    )
    """The currency 3-letter code."""
    numeric_code: str | None = Field(
        default=None, validation_alias="numericCode", serialization_alias="numericCode"
    )
    """The currency numeric code that corresponds to the alphabeticCode."""
    prefix: str | None = None
    """When displaying amounts in this currency, the prefix is added in front of the amount. This could be symbols, for example $ or £."""
    suffix: str | None = None
    """When displaying amounts in this currency, the suffix is added after the amount."""
    decimal: int | None = None
    """The actual precision of the currency. This is used when charging a payment method or calculating totals."""
    unit_price_and_calculations_decimal: int | None = Field(
        default=None,
        validation_alias="unitPriceAndCalculationsDecimal",
        serialization_alias="unitPriceAndCalculationsDecimal",
    )
    """Used when setting price per kWh and per minute in tariffs."""
    enable_use_of_minor_currency_unit: bool | None = Field(
        default=None,
        validation_alias="enableUseOfMinorCurrencyUnit",
        serialization_alias="enableUseOfMinorCurrencyUnit",
    )
    """When enabled, the minor currency unit is used to set electricity price threshold for flexible tariffs and to set electricity cost tracking in the home charging app. The minor currency unit for the US dollar, for example, is the cent."""
    minor_unit_sign: str | None = Field(
        default=None,
        validation_alias="minorUnitSign",
        serialization_alias="minorUnitSign",
    )
    """The sign or letter for the minor currency unit. For US dollar, for example, this could be \"¢\" or \"c\" for cents."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int | None = ...,
            name: str | None = ...,
            alphabetic_code: CurrencyAlphabeticCode | CurrencyAlphabeticCodeLiteral,
            numeric_code: str | None = ...,
            prefix: str | None = ...,
            suffix: str | None = ...,
            decimal: int | None = ...,
            unit_price_and_calculations_decimal: int | None = ...,
            enable_use_of_minor_currency_unit: bool | None = ...,
            minor_unit_sign: str | None = ...,
        ) -> None: ...
