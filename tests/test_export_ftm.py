"""Groups' names in time and successions in the export, and the FollowTheMoney export read back
with followthemoney's own model."""
from __future__ import annotations

import io
import json

from click.testing import CliRunner
from followthemoney import model
from followthemoney.proxy import EntityProxy

from newsgraph.cli import cli
from newsgraph.export import write_export
from newsgraph.store import Store


def test_sinai_province_has_its_old_name_with_an_end_date(sample_export):
    sinai = next(e for e in sample_export["entities"] if e["name"] == "Sinai Province")
    old = [n for n in sinai["names"] if n["name"] == "Ansar Bayt al-Maqdis"]
    assert old and old[0]["until"] == "2014-11"
    assert "Ansar Bayt al-Maqdis" in sinai["aliases"]       # the old name still finds the group


def test_people_carry_their_dated_offices(sample_export):
    sisi = next(e for e in sample_export["entities"] if e["name"] == "Abdel Fattah el-Sisi")
    egypt = next(e["id"] for e in sample_export["entities"] if e["type"] == "COUNTRY" and e["country"] == "EGY")
    president = [r for r in sisi["roles"] if r["role"] == "president"]
    assert president == [{"role": "president", "of": egypt, "from": "2014-06-08", "until": None}]


def test_group_successions_are_standing_relations_between_groups_in_the_corpus(sample_export):
    names = {e["id"]: e["name"] for e in sample_export["entities"]}
    links = {(names[r["subject"]], r["type"], names[r["object"]]) for r in sample_export["relations"]
             if r["type"] in ("SUCCESSOR_OF", "SPLIT_FROM")}
    assert ("Islamic State", "SPLIT_FROM", "al-Qaeda") in links
    assert all(not r["events"] for r in sample_export["relations"] if r["type"] == "SPLIT_FROM")


def read_ftm(text: str) -> list[EntityProxy]:
    return [EntityProxy.from_dict(json.loads(line)) for line in text.splitlines()]


def test_ftm_export_of_the_seeds_parses_with_followthemoney(sample_db):
    out = io.StringIO()
    with Store(sample_db, readonly=True) as store:
        write_export(store, "ftm", out)
    proxies = read_ftm(out.getvalue())
    assert len(proxies) >= 20
    by_id = {p.id: p for p in proxies}
    schemata = {p.schema.name for p in proxies}
    assert {"Person", "Organization", "PublicBody", "Address", "Event", "UnknownLink", "Membership",
            "Directorship", "Representation"} <= schemata
    sisi = next(p for p in proxies if "Abdel Fattah el-Sisi" in p.get("name"))
    assert sisi.schema.name == "Person" and any(pos.startswith("president") for pos in sisi.get("position"))
    sinai = next(p for p in proxies if "Sinai Province" in p.get("name"))
    assert "Ansar Bayt al-Maqdis" in sinai.get("previousName")
    # every link points at entities of the file, of the schema its property allows, and cites a sentence
    for link in (p for p in proxies if p.schema.edge):
        for prop in (link.schema.source_prop, link.schema.target_prop):
            target = by_id[link.first(prop.name)]
            assert target.schema.is_a(prop.range), (link.schema.name, prop.name, target.schema.name)
    cited = [p for p in proxies if p.schema.name == "Membership"]
    assert cited and all(p.first("summary") for p in cited)


def test_ftm_entities_use_model_schemata(sample_db, tmp_path):
    target = tmp_path / "graph.ftm.jsonl"
    result = CliRunner().invoke(cli, ["export", "--db", str(sample_db), "--format", "ftm", "-o", str(target)])
    assert result.exit_code == 0, result.output
    for proxy in read_ftm(target.read_text(encoding="utf-8")):
        assert model.get(proxy.schema.name) is proxy.schema
        assert proxy.id
