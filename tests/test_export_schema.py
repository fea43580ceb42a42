import json

import jsonschema

from conftest import SHARED, require_shared

SCHEMA = SHARED / "contract" / "export.schema.json"


def test_sample_export_validates_against_contract(sample_export):
    require_shared(SCHEMA)
    schema = json.loads(SCHEMA.read_text())
    jsonschema.validate(sample_export, schema)


def test_export_has_every_section(sample_export):
    assert sample_export["format"] == "newsgraph-export" and sample_export["version"] == 1
    assert len(sample_export["documents"]) == 5
    assert sample_export["entities"] and sample_export["events"]
    ids = {e["id"] for e in sample_export["entities"]}
    for ev in sample_export["events"]:
        for field in ("subject", "object", "location"):
            assert ev[field] is None or ev[field] in ids
        doc_text_ok = all(e["end"] > e["start"] for e in ev["evidence"])
        assert doc_text_ok
