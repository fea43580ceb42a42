"""Actor resolution in a document, across documents, and the gazetteer as data.
The sentences are news-style English written for these tests, not taken from the seed articles."""
from __future__ import annotations

from collections import Counter

import pytest

from newsgraph.errors import ConfigError
from newsgraph.pipeline import ingest
from newsgraph.resolve.corpus import KeyInfo, cluster_keys
from newsgraph.resolve.document import resolve_document
from newsgraph.resolve.gazetteer import load_file, load_gazetteer
from newsgraph.store import Store


@pytest.fixture(scope="module")
def resolve(nlp, gazetteer):
    def run(text):
        doc = nlp(text)
        res = resolve_document(doc, gazetteer)
        by_text = {}
        for m in res.mentions:
            by_text.setdefault(m.text, m)
        return res, by_text
    return run


def key_of(found, text):
    return found[text].entity if text in found else None


def test_sector_phrases_go_to_the_force(resolve):
    res, found = resolve("Egypt's army said on Tuesday that Egyptian security forces killed 12 militants. "
                         "The Egyptian military and police were deployed near Arish.")
    assert key_of(found, "Egypt's army") == "gaz:EGY-MIL"
    assert key_of(found, "Egyptian security forces") == "gaz:EGY-MIL"
    assert key_of(found, "Egyptian military") == "gaz:EGY-MIL"
    assert key_of(found, "police") == "gaz:EGY-POL"
    assert res.entities["gaz:EGY-MIL"].parent == "gaz:EGY"


def test_sector_phrase_inside_a_name_is_the_name(resolve):
    res, found = resolve("Free Syrian Army fighters clashed with the Syrian army near Aleppo.")
    assert key_of(found, "Free Syrian Army") == "gaz:FSA"
    assert key_of(found, "Syrian army") == "gaz:SYR-MIL"


def test_country_without_written_forces_gets_derived_ones(resolve):
    res, found = resolve("Malian troops clashed with rebels while the Malian government called for talks.")
    assert key_of(found, "Malian troops") == "gaz:MLI-MIL"
    assert key_of(found, "Malian government") == "gaz:MLI-GOV"
    assert res.entities["gaz:MLI-MIL"].parent == "gaz:MLI"


def test_anonymous_sources_are_entities(resolve):
    res, found = resolve("Syrian sources said the convoy was hit. Israeli intelligence officials declined to "
                         "comment, and one Syrian official denied it. Western diplomats disagreed.")
    assert key_of(found, "Syrian sources") == "anon:SYR:sources"
    assert key_of(found, "Syrian official") == "anon:SYR:officials"
    intel = res.entities[key_of(found, "Israeli intelligence officials")]
    assert intel.type == "ANONYMOUS_SOURCE" and intel.parent == "gaz:ISR-INT"
    assert res.entities[key_of(found, "Western diplomats")].type == "ANONYMOUS_SOURCE"


def test_capital_acts_only_as_subject_or_object(resolve):
    res, found = resolve("Moscow and Ankara agreed on a ceasefire in Idlib. The delegation later flew to Moscow.")
    moscow = [m for m in res.mentions if m.text == "Moscow"]
    assert moscow[0].entity == "gaz:RUS-GOV"
    assert key_of(found, "Ankara") == "gaz:TUR-GOV"
    assert moscow[-1].entity != "gaz:RUS-GOV"


def test_short_name_and_role_find_the_person(resolve):
    res, found = resolve("Jordanian Foreign Minister Ayman Safadi met the envoy in Amman. Safadi said the "
                         "talks were useful. Later the Jordanian foreign minister flew to Cairo.")
    full = key_of(found, "Ayman Safadi")
    assert full and full.startswith("PERSON:")
    assert key_of(found, "Safadi") == full
    roles = [m for m in res.mentions if m.reason.startswith("role")]
    assert roles and roles[0].entity == full


def test_role_from_gazetteer_only_for_people_named(resolve):
    res, _ = resolve("Vladimir Putin met reporters in Sochi. Later the Russian president praised the deal.")
    roles = [m for m in res.mentions if m.reason.startswith("role")]
    assert roles and roles[0].entity == "gaz:PUTIN"
    res, _ = resolve("Later the Russian president praised the deal.")
    assert not [m for m in res.mentions if m.reason.startswith("role")]


def test_deputy_is_not_the_office(resolve):
    res, _ = resolve("Deputy Prime Minister Walter Kross spoke first. Then the prime minister left.")
    assert not [m for m in res.mentions if m.reason.startswith("role")]


def test_group_descriptions_and_pronouns(resolve):
    res, found = resolve("Hezbollah fired rockets at northern Israel on Sunday. The group said it had "
                         "targeted a military base.")
    coref = {m.text: m.entity for m in res.mentions if m.reason == "coreference"}
    assert coref.get("The group") == "gaz:HEZBOLLAH"
    assert coref.get("it") == "gaz:HEZBOLLAH"


def test_description_skips_the_subject_of_its_clause(resolve):
    res, _ = resolve("Al-Shabaab attacked a base in Somalia. Hamas praised the group in a statement.")
    coref = [m for m in res.mentions if m.reason == "coreference"]
    assert coref and coref[0].entity == "gaz:AL_SHABAAB"


def test_military_wing_is_the_affiliate(resolve):
    res, found = resolve("Hamas's military wing claimed the attack on Sunday.")
    wing = [m for m in res.mentions if m.entity == "gaz:QASSAM"]
    assert wing and "military wing" in wing[0].text


def test_look_alike_groups_stay_apart(resolve):
    res, found = resolve("The Islamic State claimed the bombing, while Islamic Jihad denied any role.")
    assert key_of(found, "Islamic State") == "gaz:ISIS"
    assert key_of(found, "Islamic Jihad") == "gaz:PIJ"


def test_pronoun_he_goes_to_the_last_person(resolve):
    res, found = resolve("Turkish President Recep Tayyip Erdogan spoke on Friday. He warned the Kurdish militias.")
    he = [m for m in res.mentions if m.text == "He"]
    assert he and he[0].entity == "gaz:ERDOGAN"


def test_he_after_a_quote_is_its_speaker(resolve):
    res, _ = resolve('Minister Lena Haddad spoke to reporters. "We told Omar Farouk that the deal is done," '
                     'Haddad said. "Farouk knows it," she added.')
    she = [m for m in res.mentions if m.text == "she"]
    haddad = [m for m in res.mentions if m.text == "Lena Haddad"]
    assert she and haddad and she[0].entity == haddad[0].entity


def test_mentions_are_sorted_and_tokens_mapped(resolve):
    res, _ = resolve("Israel and Egypt signed a deal. Israeli officials praised it.")
    starts = [m.start for m in res.mentions]
    assert starts == sorted(starts)
    for m in res.mentions:
        assert m.entity in res.entities


# --- across documents --------------------------------------------------------------------------

def info(key, typ, *names, docs=1):
    return KeyInfo(key, names=Counter({n: 1 for n in names}), type=typ, documents=docs, mentions=1)


def test_short_person_name_joins_the_only_full_name():
    infos = {k.key: k for k in [info("PERSON:karan", "PERSON", "Koren"),
                                info("PERSON:ham karan", "PERSON", "Haim Koren")]}
    uf = cluster_keys(infos, load_gazetteer())
    assert uf.find("PERSON:karan") == uf.find("PERSON:ham karan")
    assert "alias rule" in uf.why["PERSON:karan"]


def test_short_person_name_with_two_candidates_stays_apart():
    infos = {k.key: k for k in [info("PERSON:karan", "PERSON", "Koren"),
                                info("PERSON:ham karan", "PERSON", "Haim Koren"),
                                info("PERSON:dav karan", "PERSON", "David Koren")]}
    uf = cluster_keys(infos, load_gazetteer())
    assert uf.find("PERSON:karan") == "PERSON:karan"


def test_unknown_actor_typed_differently_merges_and_gazetteer_names_join():
    infos = {k.key: k for k in [info("ORGANIZATION:jash al adl", "ORGANIZATION", "Jaish al-Adl"),
                                info("ARMED_GROUP:jash al adl", "ARMED_GROUP", "Jaish al Adl"),
                                info("ORGANIZATION:dash", "ORGANIZATION", "Daesh"),
                                info("ORGANIZATION:islamak jahad", "ORGANIZATION", "Islamic Jihad")]}
    uf = cluster_keys(infos, load_gazetteer())
    assert uf.find("ORGANIZATION:jash al adl") == uf.find("ARMED_GROUP:jash al adl")
    assert uf.find("ORGANIZATION:dash") == "gaz:ISIS"
    assert uf.find("ORGANIZATION:islamak jahad") == "gaz:PIJ"
    assert uf.find("ORGANIZATION:dash") != uf.find("ORGANIZATION:islamak jahad")


def test_clustering_does_not_depend_on_order():
    items = [info("PERSON:karan", "PERSON", "Koren"), info("PERSON:ham karan", "PERSON", "Haim Koren"),
             info("ORGANIZATION:x y", "ORGANIZATION", "X Y"), info("MEDIA:x y", "MEDIA", "X Y")]
    a = cluster_keys({i.key: i for i in items}, load_gazetteer())
    b = cluster_keys({i.key: i for i in reversed(items)}, load_gazetteer())
    assert {k: a.find(k) for k in (i.key for i in items)} == {k: b.find(k) for k in (i.key for i in items)}


SHOT = "Police officers shot Tyrone Kessler, 17, in Brooklyn on Saturday, the Brookfield Tenants Union said."
STORIES = {
    "same person": (SHOT, "Kessler's mother said on Monday that her son had been unarmed, and the Brookfield"
                          " Tenants Union demanded an inquiry.", True),
    "one surname, two people": (SHOT, "Kessler scored twice on Sunday as Hartlepool beat Barnsley, and he said"
                                      " the team had deserved the win.", False),
    "gazetteer figure": ("Vladimir Putin met the Chinese president in Beijing on Tuesday.",
                         "Putin said on Friday that Russia would not withdraw its troops.", True),
}


@pytest.mark.parametrize("story", sorted(STORIES))
def test_lone_surname_joins_a_full_name_of_another_document_only_in_its_story(story, tmp_path):
    first, second, joined = STORIES[story]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(first, encoding="utf-8")
    (folder / "b.txt").write_text(second, encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        ingest([str(folder)], store, workers=0)
        entity = {}
        for d in store.read.export_documents():
            for m in store.read.document(d["id"])["mentions"]:
                entity[m["text"]] = m["entity"]
    full, short = ("Vladimir Putin", "Putin") if story == "gazetteer figure" else ("Tyrone Kessler", "Kessler")
    assert (entity[short] == entity[full]) == joined


def surname_info(key, *names, docs):
    return KeyInfo(key, names=Counter({n: 1 for n in names}), type="PERSON", documents=len(docs), mentions=1,
                   docs={d: set(names) for d in docs})


def actor(key, *docs):
    return KeyInfo(key, names=Counter({key: 1}), type="ORGANIZATION", documents=len(docs), mentions=1,
                   docs={d: {key} for d in docs})


def test_lone_surname_in_one_unrelated_document_keeps_all_its_documents_apart():
    full = surname_info("PERSON:tarane kaslar", "Tyrone Kessler", docs=["a"])
    union = actor("ORGANIZATION:brokfald tanants unan", "a", "b")
    story = surname_info("PERSON:kaslar", "Kessler", docs=["b"])
    infos = {i.key: i for i in (full, union, story)}
    assert cluster_keys(infos, load_gazetteer()).find("PERSON:kaslar") == "PERSON:tarane kaslar"
    infos["PERSON:kaslar"] = surname_info("PERSON:kaslar", "Kessler", docs=["b", "c"])
    assert cluster_keys(infos, load_gazetteer()).find("PERSON:kaslar") == "PERSON:kaslar"


def test_lone_surname_joins_where_its_document_writes_the_full_name_with_a_suffix():
    full = surname_info("PERSON:arvan dalmar", "Arvin Dollmar", docs=["a"])
    suffixed = surname_info("PERSON:arvan dalmar jr", "Arvin Dollmar Jr", docs=["b"])
    short = surname_info("PERSON:dalmar", "Dollmar", docs=["b"])
    uf = cluster_keys({i.key: i for i in (full, suffixed, short)}, load_gazetteer())
    assert uf.find("PERSON:dalmar") == uf.find("PERSON:arvan dalmar")


def test_actor_named_in_many_documents_does_not_tie_two_stories():
    full = surname_info("PERSON:tarane kaslar", "Tyrone Kessler", docs=["a"])
    award = actor("ORGANIZATION:oskars", *"abcdefghijkl")
    short = surname_info("PERSON:kaslar", "Kessler", docs=["b"])
    uf = cluster_keys({i.key: i for i in (full, award, short)}, load_gazetteer())
    assert uf.find("PERSON:kaslar") == "PERSON:kaslar"


def test_surname_with_a_second_candidate_cut_by_its_story_still_stays_apart():
    short = surname_info("PERSON:kaslar", "Kessler", docs=["b"])
    union = actor("ORGANIZATION:brokfald tanants unan", "a", "b")
    infos = {i.key: i for i in (short, union, surname_info("PERSON:tarane kaslar", "Tyrone Kessler", docs=["a"]),
                                surname_info("PERSON:ana kaslar", "Anna Kessler", docs=["c"]))}
    assert cluster_keys(infos, load_gazetteer()).find("PERSON:kaslar") == "PERSON:kaslar"


# --- the gazetteer as data ---------------------------------------------------------------------

def test_user_gazetteer_file_adds_actors(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("- {id: JAISH_AL_ADL, name: Jaish al-Adl, type: ARMED_GROUP, country: IRN,"
                    " aliases: [Army of Justice]}\n", encoding="utf-8")
    gaz = load_gazetteer((str(path),))
    assert gaz.lookup("Army of Justice").id == "JAISH_AL_ADL"
    assert gaz.lookup("Jaish al Adl").id == "JAISH_AL_ADL"


@pytest.mark.parametrize("content,message", [
    ("- {name: No Id}\n", "needs at least"),
    ("- {id: X, name: X, type: ALIEN}\n", "unknown type"),
    ("- {id: X, name: X, type: COUNTRY, sectors: {navy2: Y}}\n", "unknown sector"),
    ("not: [a list\n", "invalid YAML"),
])
def test_bad_gazetteer_file_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as err:
        load_file(path)
    assert "bad.yaml" in str(err.value)


def test_gazetteer_covers_un_members_with_types_and_countries(gazetteer):
    countries = [a for a in gazetteer.actors.values() if a.type == "COUNTRY"]
    assert len(countries) >= 193
    for a in gazetteer.actors.values():
        if a.type in ("GOVERNMENT", "MILITARY"):
            assert a.country, a.id
    assert gazetteer.role_holders("president", "EGY")[0].id == "SISI"


# --- the sample corpus, through the CLI ----------------------------------------------------------

def test_entities_command_lists_one_entity_per_actor(sample_db):
    import json

    from click.testing import CliRunner

    from newsgraph.cli import cli
    from newsgraph.query import find_entities
    from newsgraph.store import Store

    result = CliRunner().invoke(cli, ["entities", "--db", str(sample_db), "sissi"])
    assert result.exit_code == 0, result.output
    assert result.output.count("[PERSON") == 1 and "(gazetteer)" in result.output

    with Store(sample_db, readonly=True) as store:
        rows = find_entities(store, None, limit=1000)
        keys = {k for r in rows for k, _ in r["keys"]}
        assert len(keys) == store.db.execute("SELECT count(*) FROM entity_keys").fetchone()[0]
        entities = [(r["name"], {a.lower() for a in r["aliases"]} | {r["name"].lower()}) for r in rows]
        assert all(r["keys"] and all(reason for _, reason in r["keys"]) for r in rows)
        assert json.loads(json.dumps(rows))  # plain data

    def holders(form):
        return [n for n, names in entities if form.lower() in names]

    for forms in (["Sissi", "el-Sisi", "Abdel-Fattah el-Sissi"], ["Ansar Bayt al-Maqdis", "Sinai Province"],
                  ["Egypt’s military", "Egyptian army"], ["Netanyahu", "Benjamin Netanyahu"]):
        owners = {tuple(holders(f)) for f in forms}
        assert len(owners) == 1 and len(next(iter(owners))) == 1, (forms, owners)
    assert holders("Islamic Jihad") != holders("Islamic State")
    assert holders("Israel Air Force") != holders("Israel")


def test_corpus_merge_into_a_gazetteer_actor_no_document_names_directly(tmp_path, gazetteer):
    """A key that merges into a gazetteer actor used by no document still yields that actor."""
    from newsgraph.model import Analysis, Document, Entity
    from newsgraph.resolve.corpus import resolve_corpus
    from newsgraph.store import Store

    with Store(tmp_path / "g.db") as store:
        doc = Document(source="a.txt", text="The Times of Israel reported it.")
        ent = Entity(key="MEDIA:times of israel", name="Times of Israel", type="ORGANIZATION",
                     aliases={"Times of Israel"})
        store.write(Analysis(document=doc, entities={ent.key: ent}))
        resolve_corpus(store, gazetteer)
        rows = store.db.execute("SELECT e.name FROM entities e JOIN entity_keys k ON k.entity = e.id"
                                " WHERE k.key = 'MEDIA:times of israel'").fetchall()
    assert [r[0] for r in rows] == ["The Times of Israel"]


def test_possessive_in_a_reported_subject_belongs_to_the_speaker(analyse_text):
    analysis = analyse_text("Israel's military said its aircraft struck a Hamas command centre in Gaza City.")
    its = [m for m in analysis.mentions if m.text == "its"]
    assert its and analysis.entities[its[0].entity].name == "Israel Defense Forces"


def test_lone_surname_joins_the_only_full_name_written_with_a_generation():
    # "Arvin Dollmar Jr" is Dollmar: the generation is no surname
    suffixed = surname_info("PERSON:arvan dalmar jr", "Arvin Dollmar Jr", docs=["a"])
    short = surname_info("PERSON:dalmar", "Dollmar", docs=["a"])
    other = surname_info("PERSON:jr", "Jr", docs=["b"])
    uf = cluster_keys({i.key: i for i in (suffixed, short, other)}, load_gazetteer())
    assert uf.find("PERSON:dalmar") == "PERSON:arvan dalmar jr"
    assert uf.find("PERSON:jr") == "PERSON:jr"
