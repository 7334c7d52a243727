"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class VoucherValidityPeriod(OpenEnum):
    """Defines the validity period for the voucher. When a user redeems the voucher, this period is added to the `redeemedAt` timestamp to calculate the voucher's `expireDate`. This field is only used when `expireDate` is not already set - if `expireDate` has a value, this period is ignored and the defined `expireDate` is used instead."""

    V1_MONTH = "1 month"
    V3_MONTHS = "3 months"
    V6_MONTHS = "6 months"
    V1_YEAR = "1 year"
    V2_YEARS = "2 years"
    V3_YEARS = "3 years"
    V5_YEARS = "5 years"
