"""Extraction reads the gazetteer the document is analysed with: a party, country or group that only
the user's --gazetteer file lists is treated as the bundled ones are (a party's backbenchers do not
speak for it, "two MPs" of it are a share of it). Sentences and the file are written for these tests."""
import pytest

USER_PARTIES = """\
- {id: ZZ-VERDANT, name: Verdant Party, type: ORGANIZATION, country: GRC, aliases: [Verdants], kinds: [party]}
"""


@pytest.fixture(scope="module")
def user_events(tmp_path_factory):
    """(type, subject name, object name) of a text analysed with a user gazetteer file of one party."""
    from newsgraph.extract import analyse
    from newsgraph.model import Document
    from newsgraph.nlp import load_pipeline
    from newsgraph.resolve.gazetteer import load_gazetteer

    path = tmp_path_factory.mktemp("gaz") / "parties.yaml"
    path.write_text(USER_PARTIES, encoding="utf-8")
    files = (str(path),)
    nlp, gaz = load_pipeline(gazetteer_files=files), load_gazetteer(files)

    def run(text: str) -> set[tuple]:
        analysis = analyse(Document(source="test", text=text), nlp(text), gaz)

        def name(key):
            return analysis.entities[key].name if key in analysis.entities else key
        return {(e.type, name(e.subject), name(e.object)) for e in analysis.events}
    return run


@pytest.mark.parametrize("text", [
    "Verdant Party backbenchers criticised the finance minister over the pension cuts.",
    "Two Verdant Party MPs accused the finance minister of hiding the deficit.",
])
def test_a_part_of_a_party_from_the_users_gazetteer_is_not_the_party(user_events, text):
    found = user_events(text)
    assert found, text
    assert not any(subject == "Verdant Party" for _, subject, _ in found), found


def test_the_users_party_still_acts_through_its_leaders(user_events):
    found = user_events("The Verdant Party accused the finance minister of hiding the deficit.")
    assert any(subject == "Verdant Party" for _, subject, _ in found), found
