"""Exports for analysts' tools: GEXF and GraphML parse back with networkx, CSV with csv."""
from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from click.testing import CliRunner

from hand_store import HOSTILE_NAME, build_hand_store
from newsgraph.cli import cli
from newsgraph.export import CSV_COLUMNS, write_export
from newsgraph.store import Store


@pytest.fixture(scope="module")
def hand_db(tmp_path_factory):
    return build_hand_store(tmp_path_factory.mktemp("exports") / "hand.db")


def export_text(db, fmt: str) -> str:
    out = io.StringIO()
    with Store(db, readonly=True) as store:
        write_export(store, fmt, out)
    return out.getvalue()


@pytest.mark.parametrize("fmt,reader", [("gexf", nx.read_gexf), ("graphml", nx.read_graphml)])
def test_network_formats_parse_back(hand_db, tmp_path, fmt, reader):
    path = tmp_path / f"graph.{fmt}"
    path.write_text(export_text(hand_db, fmt), encoding="utf-8")
    graph = reader(path)
    labels = {data.get("label") for _, data in graph.nodes(data=True)}
    assert {"Alpha Front", "Beta Brigade", HOSTILE_NAME} <= labels
    edges = [d for _, _, d in graph.edges(data=True)]
    assert sorted(d["relation"] for d in edges) == ["ASSAULT", "COERCE", "COOPERATE"]
    coop = next(d for d in edges if d["relation"] == "COOPERATE")
    assert int(coop["origins"]) == 1 and int(coop["documents"]) == 2
    assert int(coop["contradicted_by"]) == 2 and coop["quad_class"] == "material_cooperation"


def test_csv_has_one_row_per_event(hand_db):
    rows = list(csv.DictReader(io.StringIO(export_text(hand_db, "csv"))))
    assert len(rows) == 5
    assert tuple(rows[0]) == CSV_COLUMNS
    crackdown = next(r for r in rows if r["event_type"] == "COERCE")
    assert (crackdown["subject_name"], crackdown["object_name"]) == ("Alpha Front", "Beta Brigade")
    assert crackdown["source_name"] == "Egyptian sources" and crackdown["certainty"] == "reported"
    assert crackdown["date"] == "2018-02" and crackdown["outlet"] == "Ahram Online"
    assert crackdown["quad_class"] == "material_conflict" and crackdown["negated"] == "0"
    assert json.loads(crackdown["quantities"]) == {}
    assert sum(r["negated"] == "1" for r in rows) == 1


def test_json_contract_counts_relay_origins_once(hand_db):
    data = json.loads(export_text(hand_db, "json"))
    coop = next(r for r in data["relations"] if r["type"] == "COOPERATE")
    assert coop["origins"] == 1 and coop["documents"] == 2


@pytest.mark.parametrize("fmt", ["json", "gexf", "graphml", "csv"])
def test_cli_export_formats(hand_db, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(cli, ["export", "--db", str(hand_db), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == export_text(hand_db, fmt)


def test_cli_export_rejects_unknown_format(hand_db):
    result = CliRunner().invoke(cli, ["export", "--db", str(hand_db), "--format", "xlsx"])
    assert result.exit_code != 0 and "xlsx" in result.output


def test_sample_export_still_matches_schema_with_new_fields(sample_export):
    assert sample_export["relations"]
    for rel in sample_export["relations"]:
        assert rel["origins"] <= rel["documents"]
        assert rel["first_seen"] is None or rel["first_seen"] <= rel["last_seen"]
