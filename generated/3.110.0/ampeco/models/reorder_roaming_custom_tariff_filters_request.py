"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from .._runtime.models import SDKModel


class ReorderRoamingCustomTariffFiltersRequestFilter(SDKModel):
    id: int
    """The ID of the custom tariff filter"""
    order: int
    """The new position for this filter (starting from 1)"""


class ReorderRoamingCustomTariffFiltersRequest(SDKModel):
    filters: list[ReorderRoamingCustomTariffFiltersRequestFilter]
    """Array of custom tariff filter IDs with their new positions. Only include filters that need to be moved - others will maintain their relative positions."""


ReorderRoamingCustomTariffFiltersRequest.model_rebuild()
ReorderRoamingCustomTariffFiltersRequestFilter.model_rebuild()
