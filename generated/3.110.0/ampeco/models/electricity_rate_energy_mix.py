"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ElectricityRateEnergyMix(SDKModel):
    solar: float | None = 0.0
    """Represents what percent of the energy is generated from solar power."""
    wind: float | None = 0.0
    """Represents what percent of the energy is generated from wind turbines."""
    hydro: float | None = 0.0
    """Represents what percent of the energy is generated from hydropower."""
    nuclear: float | None = 0.0
    """Represents what percent of the energy is generated from nuclear power plants."""
    coal: float | None = 0.0
    """Represents what percent of the energy is generated from burning coal."""
    natural_gas: float | None = Field(
        default=0.0, validation_alias="naturalGas", serialization_alias="naturalGas"
    )
    """Represents what percent of the energy is generated from natural gas."""
    other_renewable: float | None = Field(
        default=0.0,
        validation_alias="otherRenewable",
        serialization_alias="otherRenewable",
    )
    """Represents what percent of the energy is generated from any other type of renewable energy source. This could include any other renewable source not specifically listed."""
    other_non_renewable: float | None = Field(
        default=0.0,
        validation_alias="otherNonRenewable",
        serialization_alias="otherNonRenewable",
    )
    """Represents what percent of the energy is generated from any other type of non-renewable energy source. This could include any other non-renewable source not specifically listed."""
