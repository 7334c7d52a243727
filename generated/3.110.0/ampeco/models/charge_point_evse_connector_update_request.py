"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from .._runtime.models import SDKModel
from .charge_point_evse_connector_format import ChargePointEvseConnectorFormat
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus
from .charge_point_evse_connector_type import ChargePointEvseConnectorType

if TYPE_CHECKING:
    from ..params import (
        ChargePointEvseConnectorFormatLiteral,
        ChargePointEvseConnectorStatusLiteral,
        ChargePointEvseConnectorTypeLiteral,
    )


class ChargePointEvseConnectorUpdateRequest(SDKModel):
    type: ChargePointEvseConnectorType | None = None
    """Type of connector available on the EVSE:
    - **type1**: Type 1 connector (SAE J1772 AC)
    - **type2**: Type 2 connector (IEC 62196-2 AC)
    - **type3**: Type 3 connector (IEC 62196-2 AC)
    - **chademo**: CHAdeMO DC fast charging
    - **ccs1**: Combined Charging System 1 (CCS1/Combo 1)
    - **ccs2**: Combined Charging System 2 (CCS2/Combo 2)
    - **schuko**: Standard European household socket
    - **nacs**: North American Charging Standard (Tesla)
    - **cee16**: CEE 16A industrial connector
    - **cee32**: CEE 32A industrial connector
    - **j1772**: SAE J1772 connector
    - **inductive**: Inductive/wireless charging
    - **nema-5-20**: Domestic M NEMA 5-20 Socket
    - **type-e-french**: French Type E socket
    - **type-g-british**: British Type G socket
    - **type-j-swiss**: Swiss Type J socket
    - **avcon**: AVCON connector (Australian standard)
    - **gb-t-ac**: GB/T AC connector (Chinese standard)
    - **gb-t-dc**: GB/T DC connector (Chinese standard)
    - **chaoji**: ChaoJi (CHAdeMO 3.0)
    - **nema-6-30**: NEMA 6-30
    - **nema-6-50**: NEMA 6-50
    """
    format: ChargePointEvseConnectorFormat | None = None
    status: ChargePointEvseConnectorStatus | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: (
                ChargePointEvseConnectorType
                | ChargePointEvseConnectorTypeLiteral
                | None
            ) = ...,
            format: (
                ChargePointEvseConnectorFormat
                | ChargePointEvseConnectorFormatLiteral
                | None
            ) = ...,
            status: (
                ChargePointEvseConnectorStatus
                | ChargePointEvseConnectorStatusLiteral
                | None
            ) = ...,
        ) -> None: ...
