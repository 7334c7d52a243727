"""Models and enums of the AMPECO.CHARGE Public API 3.110.0, for the stub server.

The stub checks request bodies and invents responses with these shapes, read from
``_schemas.json`` beside this module (one model or enum a line). Names are the SDK's
class names; fields keep their wire names.
"""

from __future__ import annotations

from importlib.resources import files

from .._runtime.stub_schema import Schemas, read_schemas

SCHEMAS: Schemas = read_schemas(
    files(__package__).joinpath("_schemas.json").read_bytes()
)
MODELS = SCHEMAS.models
ENUMS = SCHEMAS.enums
