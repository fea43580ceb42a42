"""Near-duplicate detection: copies of a story point at the earliest original, across runs."""
from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.dedup import NearDuplicates, signature
from newsgraph.pipeline import ingest
from newsgraph.store import Store

STORY = ("Government troops shelled the northern town of Idlib on Monday, killing at least seven "
         "civilians and wounding dozens more, according to local rescue workers. The opposition "
         "accused the army of targeting a market, while the defence ministry said it struck "
         "militant positions on the outskirts. Thousands of families fled towards the border.")
# A syndicated copy: a dateline, one word changed, a credit line added.
COPY = ("IDLIB (Reuters) - " + STORY.replace("seven", "eight") + " Reporting by staff; editing by the desk.")
OTHER = ("The central bank raised interest rates by half a percentage point on Thursday, citing "
         "persistent inflation in food and energy prices, and signalled further increases this year.")


def test_signature_is_stable_and_none_for_no_words():
    assert signature(STORY) == signature(STORY)
    assert signature(STORY) != signature(OTHER)
    assert signature("  ... !! ") is None


def test_index_finds_the_copy_not_the_other_story():
    index = NearDuplicates()
    assert index.check("story", signature(STORY)) is None
    assert index.check("copy", signature(COPY)) == "story"
    assert index.check("other", signature(OTHER)) is None


def test_copies_point_at_the_earliest_original():
    index = NearDuplicates([("first", signature(STORY))])
    assert index.check("copy", signature(COPY)) == "first"
    # The copy is not indexed itself: a copy of the copy still names the original.
    assert index.check("copy2", signature(COPY + " More.")) == "first"


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(STORY.split()), min_size=5, max_size=60))
def test_a_text_is_a_duplicate_of_itself(words):
    text = " ".join(words)
    index = NearDuplicates([("a", signature(text))])
    assert index.original_of(signature(text)) == "a"


def test_duplicate_of_across_two_runs(tmp_path):
    first, second = tmp_path / "run1", tmp_path / "run2"
    first.mkdir()
    second.mkdir()
    (first / "story.txt").write_text(STORY, encoding="utf-8")
    (second / "copy.txt").write_text(COPY, encoding="utf-8")
    (second / "other.txt").write_text(OTHER, encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        ingest([str(first)], store, workers=1)
    with Store(tmp_path / "s.db") as store:  # a new run loads the index from the stored signatures
        report = ingest([str(second)], store, workers=1)
        rows = {r["source"]: (r["id"], r["duplicate_of"], r["minhash"]) for r in store.documents()}
    assert report.duplicates == 1
    story_id = rows["run1/story.txt"][0]
    assert rows["run2/copy.txt"][1] == story_id
    assert rows["run2/other.txt"][1] is None
    assert rows["run1/story.txt"][1] is None
    assert all(sig for _, _, sig in rows.values())


def test_signatures_drawn_with_the_shared_permutations_are_datasketchs():
    from datasketch import MinHash

    from newsgraph.dedup import NUM_PERM, SCHEME, shingles, signature

    text = "Police said on Monday that the two men were arrested after the fire at the depot."
    plain = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    plain.update_batch(list(shingles(text)))
    assert signature(text) == plain.hashvalues.astype("uint32").tobytes()


def test_a_long_signature_hashed_in_blocks_is_datasketchs():
    from datasketch import MinHash

    from newsgraph.dedup import NUM_PERM, SCHEME, shingles, signature

    # more shingles than one numpy block holds, so that the blocks' minima are combined
    text = " ".join(f"word{i} said the minister in town{i % 97}" for i in range(3000))
    plain = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    plain.update_batch(list(shingles(text)))
    assert signature(text) == plain.hashvalues.astype("uint32").tobytes()


def test_the_bands_are_those_datasketch_chooses():
    from datasketch import MinHashLSH

    from newsgraph.dedup import BANDS, NUM_PERM, ROWS, THRESHOLD

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, ROWS)


def test_the_index_finds_what_datasketchs_finds():
    from datasketch import LeanMinHash, MinHashLSH

    from newsgraph.dedup import NUM_PERM, SCHEME, THRESHOLD

    words = STORY.split()
    # copies that keep less and less of the story: some above the threshold, some below
    texts = [" ".join(words[:n]) for n in range(len(words), 10, -3)] + [OTHER, COPY]
    theirs = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    hashes = {}
    for i, text in enumerate(texts):
        hashes[i] = LeanMinHash(seed=1, hashvalues=np.frombuffer(signature(text), dtype="uint32"), scheme=SCHEME)
        theirs.insert(i, hashes[i])
    ours = NearDuplicates((str(i), signature(t)) for i, t in enumerate(texts))
    for i, text in enumerate(texts):
        expected = [str(d) for d in theirs.query(hashes[i]) if hashes[d].jaccard(hashes[i]) >= THRESHOLD]
        assert ours.original_of(signature(text)) == min(expected, key=int)
