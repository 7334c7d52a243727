"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class CircuitConnectedPhase(OpenEnum):
    """Specifies the active line conductors used in the circuit.
    - `L1_L2` - Valid when `phases` = `split_phase` in electrical configuration `star` or `phases` = `single_phase` in electrical configuration `delta`
    - `L2_L3` - Valid when `phases` = `split_phase` in electrical configuration `star` or `phases` = `single_phase` in electrical configuration `delta`
    - `L1_L3` - Valid when `phases` = `split_phase` in electrical configuration `star` or `phases` = `single_phase` in electrical configuration `delta`
    - `L1` - Valid when `phases` = `single_phase` in electrical configuration `star`
    - `L2` - Valid when `phases` = `single_phase` in electrical configuration `star`
    - `L3` - Valid when `phases` = `single_phase` in electrical configuration `star`
    """

    L1 = "L1"
    L2 = "L2"
    L3 = "L3"
    L1_L2 = "L1_L2"
    L1_L3 = "L1_L3"
    L2_L3 = "L2_L3"
