"""Generate the JSON Schema files from the data model: ``python -m storydiff.schema [DIR]``.

The files under ``schema/`` are checked against this output by the test suite, so the
documented schema can never drift from what the code writes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .model import DOCUMENT_SCHEMA_ID, SCHEMA_ID, Comparison, Document


def schemas() -> dict[str, dict[str, object]]:
    comparison = Comparison.model_json_schema(by_alias=True, mode="serialization")
    comparison["$id"] = SCHEMA_ID
    document = Document.model_json_schema(mode="serialization")
    document["$id"] = DOCUMENT_SCHEMA_ID
    return {"comparison.schema.json": comparison, "document.schema.json": document}


def main(argv: list[str] | None = None) -> int:
    out = Path((argv or sys.argv[1:] or ["schema"])[0])
    out.mkdir(parents=True, exist_ok=True)
    for name, schema in schemas().items():
        (out / name).write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
