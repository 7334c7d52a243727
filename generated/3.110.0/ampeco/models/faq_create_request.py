"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import SDKModel
from .payment_terminal_option12_info_item import PaymentTerminalOption12InfoItem


class FaqCreateRequest(SDKModel):
    question: list[PaymentTerminalOption12InfoItem]
    answer: list[PaymentTerminalOption12InfoItem]
