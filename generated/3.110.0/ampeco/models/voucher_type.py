"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class VoucherType(OpenEnum):
    """Lists only vouchers that are with one of these types `voucher`, `manual_top_up`, `top_up_auto`, `auto_top_up`, `top_up_by_operator`, `api_top_up`, `promo_code`, `subscribe_to_plan`."""

    VOUCHER = "voucher"
    MANUAL_TOP_UP = "manual_top_up"
    AUTO_TOP_UP = "auto_top_up"
    TOP_UP_BY_OPERATOR = "top_up_by_operator"
    API_TOP_UP = "api_top_up"
    PROMO_CODE = "promo_code"
    SUBSCRIBE_TO_PLAN = "subscribe_to_plan"
