"""A "he" whose nearest subject is a bare title ("The prime minister said ... But he rejected") is
the title's holder once resolve/untitled_offices.py has given it one, not the person named before the
title (resolve/title_pronouns.py); a person subject nearer, or a title left unresolved, leaves
coreference's choice."""
from named_events import named_sides

STORY = "Labour will set out its plans for immigration in Britain this week. Mr Clarke will publish the new rules on Monday. "


def rejecters(nlp, gazetteer, text: str, published: str | None = "2005-02-07") -> set:
    from newsgraph.extract import analyse
    from newsgraph.model import Document

    a = analyse(Document(source="test", text=text, published=published), nlp(text), gazetteer)
    return {s for s, _ in named_sides(a, "REJECT")}


def test_a_he_after_a_bare_title_is_its_holder(nlp, gazetteer):
    found = rejecters(nlp, gazetteer, STORY + "The prime minister said on Sunday that asylum rules would be "
                      "tightened. But he rejected the Tories' demand for a cap on migrants.")
    assert found == {"Tony Blair"}


def test_a_he_in_the_titles_own_report_is_its_holder(nlp, gazetteer):
    found = rejecters(nlp, gazetteer, STORY + "The prime minister said on Sunday that he would reject the "
                      "Tories' demand for a cap.")
    assert found == {"Tony Blair"}


def test_a_named_subject_nearer_keeps_its_he(nlp, gazetteer):
    found = rejecters(nlp, gazetteer, STORY + "The prime minister said on Sunday that asylum rules would be "
                      "tightened. Mr Clarke said the figures were wrong. But he rejected the Tories' demand for a cap.")
    assert found == {"Clarke"}


def test_a_title_no_date_resolves_leaves_the_he(nlp, gazetteer):
    found = rejecters(nlp, gazetteer, STORY + "The prime minister said on Sunday that asylum rules would be "
                      "tightened. But he rejected the Tories' demand for a cap on migrants.", published=None)
    assert "Tony Blair" not in found


def test_a_speaker_after_a_title_keeps_the_he(nlp, gazetteer):
    found = rejecters(nlp, gazetteer, STORY + "Asylum was an issue the prime minister wanted to settle, said a "
                      "spokesman. But he rejected the Tories' demand for a cap on migrants.")
    assert "Tony Blair" not in found
