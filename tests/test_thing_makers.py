"""A stance on a thing is a stance on its maker, named earlier in the article (extract/thing_makers.py,
session 24): "the council announced a plan ... the Liberal Democrats oppose the plan" (REJECT the council),
"welcomed the move" after "announced its decision" (SUPPORT its maker), "decided to ... condemned the
decision" (ACCUSE whoever decided). A thing made by the stance-taker itself, by nobody named, or of its
own name leaves the stance without another side."""
import pytest


def sides(analyse_text, text, kind):
    analysis = analyse_text(text)
    name = lambda key: analysis.entities[key].name if key else None   # noqa: E731
    return [(name(ev.subject), name(ev.object)) for ev in analysis.events if ev.type == kind and not ev.negated]


@pytest.mark.parametrize("text, kind, maker", [
    ("Leeds City Council announced a plan to shut the central library. The Liberal Democrats oppose the plan.",
     "REJECT", "Leeds"),
    ("Gordon Brown introduced a bill to ban smoking in pubs. The Conservatives voted against the legislation.",
     "REJECT", "Brown"),
    ("The European Commission announced its decision on Tuesday. The German government welcomed the move.",
     "SUPPORT", "Commission"),
    ("Microsoft unveiled a scheme to catch software pirates. Amnesty International welcomed the scheme.",
     "SUPPORT", "Microsoft"),
    ("The Bank of England decided to raise interest rates on Thursday. The TUC condemned the decision.",
     "ACCUSE", "Bank of England"),
    ("Under plans unveiled by the Conservatives, police chiefs would be elected. Labour attacked the proposals.",
     "ACCUSE", "Conservative"),
    ("Gordon Brown unveiled his plans on Monday. The plans were criticised by Amnesty International.",
     "ACCUSE", "Brown"),
    ("Nissan will close its Sunderland plant next year. Unions condemned the decision to close the plant.",
     "ACCUSE", "Nissan"),
    ("Nissan said it would close its Sunderland plant. Unions condemned the decision to close the plant.",
     "ACCUSE", "Nissan"),
    ("The Welsh Assembly unveiled plans to shut rural surgeries. The plans came under fire from the BMA.",
     "ACCUSE", "Welsh Assembly"),
    ("The Welsh Assembly unveiled plans to shut rural surgeries. The move drew criticism from the BMA.",
     "ACCUSE", "Welsh Assembly"),
])
def test_a_stance_on_a_thing_told_before_is_a_stance_on_its_maker(analyse_text, text, kind, maker):
    found = sides(analyse_text, text, kind)
    assert any(obj and maker in obj for _, obj in found), found


@pytest.mark.parametrize("text, kind, maker", [
    # the stance-taker's own plans
    ("The Conservatives unveiled plans to cut taxes. On Monday, Gordon Brown met bankers. "
     "The Conservatives defended the plans.", "SUPPORT", "Brown"),
    # the nearest mention is made by no one named: the earlier maker is not the one
    ("Gordon Brown spoke to reporters on Monday. Officials later unveiled a plan to close schools. "
     "Amnesty International condemned the plan.", "ACCUSE", "Brown"),
    # deciding makes a decision or a move, not the plans: "the plans" are not the decider's
    ("Michael Howard decided to back the bill on Monday. The Liberal Democrats oppose the plans.",
     "REJECT", "Howard"),
    # the same verb on another object is another act
    ("Leeds City Council closed the road on Monday. Parents criticised the decision to close the school.",
     "ACCUSE", "Leeds"),
    # a plan of its own name is not the plan told before
    ("Gordon Brown unveiled a plan for Africa. The Marshall Plan rebuilt Europe. Oxfam welcomed the plan.",
     "SUPPORT", "Marshall"),
])
def test_no_maker_when_the_thing_is_not_another_named_actors(analyse_text, text, kind, maker):
    found = sides(analyse_text, text, kind)
    assert not any(obj and maker in obj for _, obj in found), found


@pytest.mark.parametrize("text, kind, maker", [
    ("Environmental groups condemned the decision by the Dutch government to expand Schiphol airport.",
     "ACCUSE", "Dutch"),
    ("The shop workers' union attacked a plan by Sainsbury's to cut weekend pay.", "ACCUSE", "Sainsbury"),
    ("Farmers welcomed the decision by the European Commission to lift the beef ban.", "SUPPORT", "Commission"),
    ("The decision by Toyota to build a plant in Derby was praised by local MPs.", "SUPPORT", "Toyota"),
])
def test_a_stance_on_a_thing_its_own_phrase_gives_a_maker_is_on_that_maker(analyse_text, text, kind, maker):
    found = sides(analyse_text, text, kind)
    assert any(obj and maker in obj for _, obj in found), found


@pytest.mark.parametrize("text, kind", [
    # "by" a date or a vote names no maker
    ("The council criticised the plan by 2012 to shut three libraries.", "ACCUSE"),
    ("Opposition parties attacked the ban by a majority of two.", "ACCUSE"),
    ("Teachers criticised the decision by a show of hands to close the school.", "ACCUSE"),
])
def test_a_thing_whose_phrase_names_no_maker_gives_no_object(analyse_text, text, kind):
    found = sides(analyse_text, text, kind)
    assert all(obj is None for _, obj in found), found


@pytest.mark.parametrize("text, kind, maker", [
    # an acceptance of a proposal told before agrees with its maker
    ("Hamas put forward a proposal for a truce. Israel accepted the proposal.", "AGREE", "Hamas"),
    ("The Dutch government unveiled a plan to curb nitrogen emissions. Farmers' groups in Belgium agreed to "
     "the plan, and Germany accepted the plan on Friday.", "AGREE", "Dutch"),
    # of two makers, the one of the nearest mention
    ("Spain proposed a plan to cap gas prices. Italy tabled a plan to cut power bills. Austria rejected the plan.",
     "REJECT", "Italy"),
    # a making verb whose object is a thing of another kind made no plan: the plan is the one before
    ("Spain proposed a plan to cap gas prices. Italy proposed a budget. Austria rejected the plan.",
     "REJECT", "Spain"),
    ("Canada unveiled a plan to tax carbon. Mexico proposed a trade deal. Brazil criticised the plan.",
     "ACCUSE", "Canada"),
    # a noun naming whatever its verb made is that other thing
    ("Spain proposed a plan to cap gas prices. Italy proposed a budget. Austria rejected the proposal.",
     "REJECT", "Italy"),
    # a maker the stance's own sentence names wins over one told before
    ("Spain proposed a plan to cap gas prices. Austria rejected the plan put forward by Italy.", "REJECT", "Italy"),
])
def test_the_maker_of_the_nearest_same_thing(analyse_text, text, kind, maker):
    found = sides(analyse_text, text, kind)
    assert any(obj and maker in obj for _, obj in found), found
    assert all(obj is None or maker in obj for _, obj in found), found
