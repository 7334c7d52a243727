"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class EvseDeprecatedConnectorType(OpenEnum):
    """Type of connector available on the EVSE:
    - **type1**: Type 1 connector (SAE J1772 AC)
    - **type2**: Type 2 connector (IEC 62196-2 AC)
    - **type3**: Type 3 connector (IEC 62196-2 AC)
    - **chademo**: CHAdeMO DC fast charging
    - **ccs1**: Combined Charging System 1 (CCS1/Combo 1)
    - **ccs2**: Combined Charging System 2 (CCS2/Combo 2)
    - **catarc**: CATARC connector (Chinese standard)
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
    - **chaoji**: ChaoJi (CHAdeMO 3.0)
    - **nema-6-30**: NEMA 6-30
    - **nema-6-50**: NEMA 6-50
    """

    TYPE1 = "type1"
    TYPE2 = "type2"
    TYPE3 = "type3"
    CHADEMO = "chademo"
    CCS1 = "ccs1"
    CCS2 = "ccs2"
    CATARC = "catarc"
    SCHUKO = "schuko"
    NACS = "nacs"
    CEE16 = "cee16"
    CEE32 = "cee32"
    J1772 = "j1772"
    INDUCTIVE = "inductive"
    NEMA_5_20 = "nema-5-20"
    TYPE_E_FRENCH = "type-e-french"
    TYPE_G_BRITISH = "type-g-british"
    TYPE_J_SWISS = "type-j-swiss"
    AVCON = "avcon"
    CHAOJI = "chaoji"
    NEMA_6_30 = "nema-6-30"
    NEMA_6_50 = "nema-6-50"
