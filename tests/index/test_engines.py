from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.index.base import Index
from factcheck.index.memory import MemoryIndex
from factcheck.index.sqlite import SqliteIndex
from factcheck.index.tantivy_index import TantivyIndex
from factcheck.model import Passage

from index_fixtures import make_passages

ICG = make_passages(
    "notes/icg.md",
    "Between 2,000 and 4,000 Central Asians have joined ISIL in Syria and Iraq.",
    "The Kant air base near Bishkek hosts Russian jets and helicopters.",
    "Kyrgyzstan signed the law on religious freedom in 2012.",
)
TCA = make_passages(
    "articles/tca.txt",
    "Figures vary from a few thousand to a few hundred Central Asians fighting for ISIL.",
    "Russia has not controlled the Tajik-Afghan border since 2005.",
    "Uzbekistan's exit from the CSTO was announced in June 2012.",
    "Page views: 2363 readings.",
)


def fill(index: Index) -> Index:
    index.replace("notes/icg.md", "d-icg", ICG)
    index.replace("articles/tca.txt", "d-tca", TCA)
    return index


def where(hits: list) -> list[tuple[str, int]]:
    return [(h.passage.source, h.passage.line) for h in hits]


def test_search_returns_full_passage_records_best_first(engine: Index) -> None:
    hits = fill(engine).search("Russian jets at the Kant air base", limit=5)
    assert hits[0].passage == ICG[1]
    assert all(a.score >= b.score for a, b in zip(hits, hits[1:]))


def test_search_filters_by_sources(engine: Index) -> None:
    fill(engine)
    query = "Central Asians fighting for ISIL"
    assert {h.passage.source for h in engine.search(query, limit=10)} == {"notes/icg.md", "articles/tca.txt"}
    assert where(engine.search(query, limit=10, sources={"articles/tca.txt"})) == [("articles/tca.txt", 1)]
    assert where(engine.search(query, limit=10, sources=["notes/icg.md", "elsewhere.md"])) == [("notes/icg.md", 1)]
    assert engine.search(query, limit=10, sources=set()) == []
    assert engine.search(query, limit=10, sources={"elsewhere.md"}) == []


def test_search_without_known_words_or_room_finds_nothing(engine: Index) -> None:
    fill(engine)
    assert engine.search("the of and", limit=5) == []
    assert engine.search("zzyzx quux", limit=5) == []
    assert engine.search("ISIL", limit=0) == []


def test_replace_drops_what_a_source_held_before(engine: Index) -> None:
    fill(engine)
    new = make_passages("notes/icg.md", "A few hundred recruits, according to the ministry.")
    engine.replace("notes/icg.md", "d-icg-2", new)
    assert engine.has("notes/icg.md", "d-icg-2") and not engine.has("notes/icg.md", "d-icg")
    assert list(engine.passages("notes/icg.md")) == new
    assert engine.search("Kant air base Russian jets", limit=5) == []
    assert list(engine.passages("articles/tca.txt")) == TCA


def test_prune_drops_sources_not_kept(engine: Index) -> None:
    fill(engine)
    assert engine.prune({"articles/tca.txt", "never/indexed.md"}) == 1
    assert not engine.has("notes/icg.md", "d-icg")
    assert list(engine.passages("notes/icg.md")) == []
    assert {h.passage.source for h in engine.search("Central Asians ISIL", limit=5)} == {"articles/tca.txt"}
    assert engine.prune(["articles/tca.txt"]) == 0


def test_persistent_index_survives_reopening(persistent, tmp_path: Path) -> None:
    index = fill(persistent(tmp_path / "ix"))
    index.close()
    again = persistent(tmp_path / "ix")
    assert again.notes == ()
    assert again.has("notes/icg.md", "d-icg") and again.has("articles/tca.txt", "d-tca")
    assert not again.has("notes/icg.md", "other")
    assert list(again.passages("articles/tca.txt")) == TCA
    assert where(again.search("Tajik-Afghan border", limit=3))[0] == ("articles/tca.txt", 2)


def test_unflushed_writes_are_not_recorded(persistent, tmp_path: Path) -> None:
    index = fill(persistent(tmp_path / "ix"))
    index.flush()
    index.replace("notes/new.md", "d-new", make_passages("notes/new.md", "Unsaved words."))
    # another handle on the folder sees the last flush, not the writes in progress
    # (the writer lock is held by the first handle until it flushes; readers take none)
    reader = TantivyIndex if isinstance(index, TantivyIndex) else SqliteIndex
    other = reader(tmp_path / "ix")
    assert other.has("notes/icg.md", "d-icg")
    assert not other.has("notes/new.md", "d-new")
    index.close()
    assert reader(tmp_path / "ix").has("notes/new.md", "d-new")


def test_engines_agree_on_the_top_passages(tmp_path: Path) -> None:
    corpus = {
        f"s{n}.txt": make_passages(
            f"s{n}.txt",
            f"The Kant air base hosts {n} Russian jets.",
            f"Central Asians fight in Syria, {n} of them from Osh.",
            "Parliament debated the religion law for a week." if n % 2 else "Bishkek saw protests in 2010.",
        )
        for n in range(6)
    }
    engines = [MemoryIndex(), SqliteIndex(tmp_path / "s"), TantivyIndex(tmp_path / "t")]
    for index in engines:
        for source, passages in corpus.items():
            index.replace(source, source, passages)
    for query, limit in [("religion law parliament", 3), ("protests in Bishkek 2010", 3), ("jets at Kant", 6)]:
        tops = [sorted(where(index.search(query, limit=limit))) for index in engines]
        assert tops[0] == tops[1] == tops[2], query
        assert len(tops[0]) == limit
    # ties (same text in three sources) come in source order in every engine
    orders = [where(index.search("religion law parliament", limit=3)) for index in engines]
    assert orders[0] == orders[1] == orders[2] == [("s1.txt", 3), ("s3.txt", 3), ("s5.txt", 3)]


def test_only_the_rarest_terms_are_queried_when_asked(tmp_path: Path) -> None:
    index = TantivyIndex(tmp_path / "t", max_terms=1)
    common = [Passage("c.txt", f"Common words {n}", n + 1, 20 * n, 20 * n + 15) for n in range(5)]
    index.replace("c.txt", "c", [*common, Passage("c.txt", "Common rare", 9, 200, 211)])
    assert [h.passage.line for h in index.search("common rare", limit=10)] == [9]
    assert len(TantivyIndex(tmp_path / "t").search("common rare", limit=10)) == 6


def test_pdf_pages_and_offsets_come_back_as_indexed(engine: Index) -> None:
    page = Passage("report.pdf", "Tab\tseparated text on page seven.", 12, 4000, 4033, 7)
    engine.replace("report.pdf", "d", [page])
    assert [h.passage for h in engine.search("separated text", limit=2)] == [page]


def test_an_index_can_be_searched_from_forked_workers(engine: Index) -> None:
    from factcheck.batch import map_ordered

    fill(engine)
    queries = ["Kant air base", "Central Asians ISIL", "CSTO exit 2012", "nothing here", "Tajik-Afghan border"]
    here = [where(engine.search(q, limit=3)) for q in queries]
    assert map_ordered(lambda q: where(engine.search(q, limit=3)), queries, jobs=2) == here


def test_first_and_before_look_up_neighbours_without_reading_a_source(engine: Index) -> None:
    fill(engine)
    assert engine.first("articles/tca.txt") == TCA[0]
    assert [engine.before("articles/tca.txt", p.start) for p in TCA] == [None, *TCA[:-1]]
    assert engine.before("articles/tca.txt", TCA[2].start + 5) == TCA[2]  # inside a passage
    assert engine.before("articles/tca.txt", 10**9) == TCA[-1]
    assert engine.first("never/indexed.md") is None and engine.before("never/indexed.md", 50) is None
    assert [engine.after("articles/tca.txt", p.start) for p in TCA] == [*TCA[1:], None]
    assert engine.after("articles/tca.txt", TCA[0].start + 5) == TCA[1]  # inside a passage
    assert engine.after("articles/tca.txt", -1) == TCA[0] and engine.after("never/indexed.md", 0) is None


def test_neighbours_at_a_passages_start_never_read_the_whole_source(engine: Index, monkeypatch: pytest.MonkeyPatch) -> None:
    if isinstance(engine, MemoryIndex):
        pytest.skip("the in-memory engine holds every source in memory already")
    fill(engine)

    def whole(source: str) -> list[Passage]:
        raise AssertionError(f"read the whole of {source}")

    monkeypatch.setattr(engine, "passages", whole)
    assert [engine.after("articles/tca.txt", p.start) for p in TCA] == [*TCA[1:], None]  # the last one too
    assert [engine.before("articles/tca.txt", p.start) for p in TCA] == [None, *TCA[:-1]]


def test_neighbours_follow_start_order_and_replacements(engine: Index) -> None:
    shuffled = [ICG[2], ICG[0], ICG[1]]  # given out of order: neighbours are by position in the text
    engine.replace("notes/icg.md", "d1", shuffled)
    assert engine.first("notes/icg.md") == ICG[0]
    assert engine.before("notes/icg.md", ICG[2].start) == ICG[1]
    assert engine.after("notes/icg.md", ICG[0].start) == ICG[1] and engine.after("notes/icg.md", ICG[2].start) is None
    new = make_passages("notes/icg.md", "Kyrgyzstan joined the Eurasian Economic Union in 2015.", "It did so in August.")
    engine.replace("notes/icg.md", "d2", new)
    assert engine.first("notes/icg.md") == new[0]
    assert engine.before("notes/icg.md", new[1].start) == new[0]
    assert engine.after("notes/icg.md", new[0].start) == new[1] and engine.after("notes/icg.md", new[1].start) is None
    engine.prune(set())
    assert engine.first("notes/icg.md") is None and engine.before("notes/icg.md", new[1].start) is None


def test_neighbours_survive_reopening(persistent, tmp_path: Path) -> None:
    fill(persistent(tmp_path / "ix")).close()
    again = persistent(tmp_path / "ix")
    assert again.first("notes/icg.md") == ICG[0]
    assert again.before("notes/icg.md", ICG[1].start) == ICG[0]
    assert again.after("notes/icg.md", ICG[0].start) == ICG[1]


def test_a_reused_source_filter_follows_later_writes(engine: Index) -> None:
    fill(engine)
    only = frozenset({"notes/icg.md", "articles/tca.txt"})  # every source: no filter needed yet
    query = "Central Asians ISIL"
    assert {h.passage.source for h in engine.search(query, limit=10, sources=only)} == set(only)
    engine.replace("other.md", "d-other", make_passages("other.md", "Central Asians in ISIL, says another note."))
    assert {h.passage.source for h in engine.search(query, limit=10, sources=only)} == set(only)
    assert len(engine.search(query, limit=10)) == 3


def test_terms_read_back_from_the_index_are_the_texts_own(engine: Index) -> None:
    from factcheck.index import base

    texts = [p.text for p in [*ICG, *TCA]]
    fill(engine)
    base._KNOWN.clear()
    found = [h.passage.text for h in engine.search("Central Asians ISIL Kant base 2012 CSTO", limit=10)]
    assert found
    for text in texts:
        fresh = base.terms(text + " ")  # another string: computed, not read back
        assert base.terms(text) == fresh
    if isinstance(engine, TantivyIndex):
        assert set(found) <= set(base._KNOWN)  # what a search returned is known without analysis
