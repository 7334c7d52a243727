"""The loader's stages, timed in a fresh process: what the fast check costs, and how it grows.

    python3 benchmarks/validation.py SPEC            # one JSON line: seconds per stage
    python3 benchmarks/validation.py SPEC --engines  # also jsonschema_rs vs fastjsonschema

Stages: read+parse, structural checks (kind, every ``$ref``, operationIds), the OpenAPI
meta-schema through jsonschema_rs (compile included), the semantic checks. ``run.py``
calls this for its validation section (``--only validate``); it is also usable alone.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def stages(path: Path) -> dict[str, float]:
    started = time.perf_counter()
    from generator.load import document
    from generator.load.validate import (
        Locations,
        SemanticChecker,
        meta_check,
        schema_dialect_check,
    )

    out = {"import": time.perf_counter() - started}
    t = time.perf_counter()
    data = document.parse_text(document.read_bytes(path), path)
    out["parse"] = time.perf_counter() - t
    t = time.perf_counter()
    resolver = document.Resolver(path, data)
    problems = document.structural_problems(data, path, resolver)
    out["structural"] = time.perf_counter() - t
    where = Locations(str(path))
    checker = SemanticChecker(data, where)
    t = time.perf_counter()
    found = meta_check(data, where, lambda ref: checker.deref({"$ref": ref}))
    if checker.v31:
        found.extend(schema_dialect_check(data, where, checker))
    out["meta-schema"] = time.perf_counter() - t
    t = time.perf_counter()
    found.extend(checker.run())
    out["semantic"] = time.perf_counter() - t
    out["validation"] = out["structural"] + out["meta-schema"] + out["semantic"]
    out["problems"] = len(problems) + len(found.errors)
    out["distinct schema roots"] = len(checker.checked)
    return out


def engines(path: Path) -> dict[str, float]:
    """The meta-schema alone through both compiled validators (compile + validate)."""
    from generator.load.validate import meta_schema

    data = json.loads(path.read_text())
    schema = meta_schema("3.1" if str(data.get("openapi", "")).startswith("3.1") else "3.0")
    out: dict[str, float] = {}
    import jsonschema_rs

    t = time.perf_counter()
    validator = jsonschema_rs.validator_for(schema)
    out["jsonschema_rs compile"] = time.perf_counter() - t
    t = time.perf_counter()
    list(validator.iter_errors(data))
    out["jsonschema_rs validate"] = time.perf_counter() - t
    try:
        import fastjsonschema
    except ImportError:
        return out
    t = time.perf_counter()
    check = fastjsonschema.compile(schema)
    out["fastjsonschema compile"] = time.perf_counter() - t
    t = time.perf_counter()
    try:
        check(data)
    except fastjsonschema.JsonSchemaException:
        pass
    out["fastjsonschema validate"] = time.perf_counter() - t
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("spec", type=Path)
    parser.add_argument("--engines", action="store_true")
    args = parser.parse_args()
    result = engines(args.spec) if args.engines else stages(args.spec)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
