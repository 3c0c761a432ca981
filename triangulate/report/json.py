"""The JSON report and its JSON Schema (report.schema.json beside this module)."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ..model import Report

SCHEMA_PATH = Path(__file__).with_name("report.schema.json")


def to_json(report: Report, indent: int | None = 1) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=indent)


@lru_cache(maxsize=1)
def _validator():
    import jsonschema
    schema = json.loads(SCHEMA_PATH.read_text())
    return jsonschema.Draft202012Validator(schema)


def validate(data: dict) -> list[str]:
    """Every way `data` breaks the report schema, as readable messages (empty when valid)."""
    return [f"{'/'.join(map(str, e.path)) or '(top)'}: {e.message}"
            for e in _validator().iter_errors(data)]
