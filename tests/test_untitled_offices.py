"""A head of state or government named by title alone ("the prime minister said") is the story
country's office holder (resolve/untitled_offices.py): on the document's date, else the one holder
the document names, else the office; no clear country, the wrong title or a name beside it leave it."""
import pytest


def resolve(nlp, gazetteer, text: str, published: str | None = None):
    from newsgraph.resolve.document import resolve_document

    doc = nlp(text)
    if published:
        doc.user_data["published"] = published
    return doc, resolve_document(doc, gazetteer)


def entity_of(nlp, gazetteer, text: str, word: str, published: str | None = None):
    doc, res = resolve(nlp, gazetteer, text, published)
    tok = next(t for t in doc if t.text == word)
    key = res.entity_at(tok.i)
    return res.entities[key] if key else None


ITALY = "Opposition deputies walked out of parliament in Rome on Tuesday. Italy's budget deficit has grown. "


def test_the_holder_on_the_documents_date(nlp, gazetteer):
    ent = entity_of(nlp, gazetteer, ITALY + "The prime minister said the cuts would stay.", "prime", "2004-11-02")
    assert ent is not None and "Berlusconi" in ent.name


def test_without_a_date_the_holder_the_document_names(nlp, gazetteer):
    text = ITALY + "Silvio Berlusconi met union leaders. Later the prime minister said the cuts would stay."
    ent = entity_of(nlp, gazetteer, text, "prime")
    assert ent is not None and "Berlusconi" in ent.name


def test_without_a_date_or_a_named_holder_the_office(nlp, gazetteer):
    ent = entity_of(nlp, gazetteer, ITALY + "The prime minister said the cuts would stay.", "prime")
    assert ent is not None and ent.key.startswith("office:ITA:") and ent.type == "GOVERNMENT"


def test_a_german_chancellor_heads_the_government(nlp, gazetteer):
    text = "Unemployment in Germany rose again in March. German unions blamed Berlin. The chancellor promised reforms."
    ent = entity_of(nlp, gazetteer, text, "chancellor", "2004-04-01")
    assert ent is not None and "Schr" in ent.name


@pytest.mark.parametrize("text", [
    # no country at all
    "Teachers walked out of schools on Monday. The prime minister said the offer was final.",
    # two countries compete
    "Indian and Pakistani officials traded charges. India and Pakistan both claim the region. The president spoke.",
    # a title the country's head does not bear ("chancellor" heads no government in Italy)
    ITALY + "The chancellor said the cuts would stay.",
])
def test_no_clear_country_or_title_leaves_it(nlp, gazetteer, text):
    word = "chancellor" if "chancellor" in text else ("prime" if "prime" in text else "president")
    ent = entity_of(nlp, gazetteer, text, word, "2004-11-02")
    assert ent is None or ent.type != "PERSON" and not ent.key.startswith("office:")


def test_a_name_beside_the_title_says_who(nlp, gazetteer):
    text = ITALY + "The prime minister, Mario Rossi, said the cuts would stay."
    ent = entity_of(nlp, gazetteer, text, "prime", "2004-11-02")
    assert ent is None or "Berlusconi" not in ent.name


def test_a_title_the_document_gives_another_owner_stays_open(nlp, gazetteer):
    text = ("Shares in Acme fell in New York. The company's president resigned. American regulators are "
            "investigating the United States firm. The president said sales were strong.")
    doc, res = resolve(nlp, gazetteer, text, "2004-11-02")
    tok = [t for t in doc if t.text == "president"][-1]
    key = res.entity_at(tok.i)
    assert key is None or not key.startswith("office:") and "Bush" not in res.entities[key].name


@pytest.mark.parametrize(("text", "word", "expected"), [
    # one party of a state and no country named: the title is that state's office (British news seldom names Britain)
    ("A Labour backbencher said the prime minister had misled voters over the cost of the scheme.", "prime",
     "office:GBR:head_of_government"),
    ("Schools will get more money next year, a Labour spokesman said. The chancellor will set out the plans on "
     "Wednesday.", "chancellor", "office:GBR:finance_minister"),
])
def test_the_state_whose_politics_the_story_shows_owns_the_title(nlp, gazetteer, text, word, expected):
    ent = entity_of(nlp, gazetteer, text, word)
    assert ent is not None and ent.key == expected


def test_a_visitors_state_does_not_own_the_title_of_the_story_country(nlp, gazetteer):
    text = "Tony Blair landed in Nairobi on Monday. Kenyan opposition leaders in Mombasa said the president would not meet him."
    ent = entity_of(nlp, gazetteer, text, "president")
    assert ent is None or "GBR" not in ent.key


@pytest.mark.parametrize(("text", "word", "expected"), [
    # British news capitalises its own state's titles: still the bare title
    ("A Labour backbencher said Tony Blair would soon ask the Queen to dissolve Parliament.", "Queen",
     "office:GBR:head_of_state"),
    ("Tory MPs accused the Chancellor of raiding pension funds to pay for Labour's spending plans.", "Chancellor",
     "office:GBR:finance_minister"),
])
def test_a_capitalised_bare_title_is_the_story_countrys_office(nlp, gazetteer, text, word, expected):
    ent = entity_of(nlp, gazetteer, text, word)
    assert ent is not None and ent.key == expected


@pytest.mark.parametrize(("text", "word"), [
    # the title owning a name is part of the name, no office acting
    ("A Labour backbencher said the Queen's Speech would hold twenty bills.", "Queen"),
    ("A Labour backbencher said the Prime Minister's Questions session was rowdy.", "Prime"),
])
def test_a_title_owning_a_name_stays_unresolved(nlp, gazetteer, text, word):
    ent = entity_of(nlp, gazetteer, text, word)
    assert ent is None or not ent.key.startswith("office:")
