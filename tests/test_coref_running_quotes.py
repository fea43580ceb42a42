"""A quote that runs on over several sentences without a new attribution is still its speaker's:
"he"/"him" inside it is someone else (resolve/coref.py quote_speakers). Sentences are our own."""
from __future__ import annotations


def test_him_in_a_running_quote_is_not_its_speaker(resolved_entity):
    text = ('A former worker walked into the depot in Leeds and fired a shotgun. "A man who had just '
            'lost his job came back and shot at the manager," Sergeant Paul Reid told reporters. '
            '"There were twenty people inside. Most of them ran out. "Our negotiators phoned him at once."')
    entity = resolved_entity(text, "him", -1, folded=True)
    assert entity is None or entity.name != "Paul Reid"


def test_him_right_after_the_attribution_is_still_not_the_speaker(resolved_entity):
    text = ('A man attacked a guard in Derby. "He came in shouting," Sergeant Paul Reid said. '
            '"We stopped him at the door."')
    entity = resolved_entity(text, "him", -1, folded=True)
    assert entity is None or entity.name != "Paul Reid"
