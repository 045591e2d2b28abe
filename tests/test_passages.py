from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.model import Block, Document, Passage
from factcheck import passages as passages_module
from factcheck.passages import split


def texts(passages: tuple[Passage, ...]) -> list[str]:
    return [p.text for p in passages]


def assert_exact(doc: Document, passages: tuple[Passage, ...]) -> None:
    for p in passages:
        assert p.text == doc.text[p.start : p.end]
        assert p.source == doc.source


def test_plain_text_is_split_into_sentences_with_lines_and_offsets() -> None:
    doc = Document("notes.txt", "Title line\n\nFirst sentence. Second one\nruns on.\n\nLast.\n")
    passages = split(doc)
    assert_exact(doc, passages)
    assert [(p.text, p.line) for p in passages] == [
        ("Title line", 1),
        ("First sentence.", 3),
        ("Second one\nruns on.", 3),
        ("Last.", 6),
    ]
    assert all(p.page is None for p in passages)


def test_fragments_without_a_letter_are_dropped() -> None:
    doc = Document("n.txt", "2014.\n\n---\n\n42 % 7\n\nIt rose 40% in 2014.")
    assert texts(split(doc)) == ["It rose 40% in 2014."]


def test_a_table_row_of_figures_alone_is_kept() -> None:
    doc = Document("t.md", "| year | Russia | China |\n| --- | --- | --- |\n| 2014 | 9.0 | 25.5 |\n\n2014.\n", kind="markdown")
    assert texts(split(doc)) == ["year | Russia | China", "2014 | 9.0 | 25.5"]


def test_blocks_are_split_on_their_own_with_their_line_and_page() -> None:
    text = "Page one ends mid\nsentence on page one. Page two starts. Second line\nhere."
    cut = text.index("Page two")
    doc = Document(
        "r.pdf",
        text,
        kind="pdf",
        blocks=(Block(0, cut, line=1, page=1), Block(cut, len(text), line=1, page=2)),
    )
    passages = split(doc)
    assert_exact(doc, passages)
    assert [(p.text, p.line, p.page) for p in passages] == [
        ("Page one ends mid\nsentence on page one.", 1, 1),
        ("Page two starts.", 1, 2),
        ("Second line\nhere.", 1, 2),
    ]


def test_atomic_blocks_are_one_passage_each() -> None:
    text = "country: Kyrgyzstan. fighters: 500\ncountry: Tajikistan. fighters: 300\n"
    second = text.index("country: Tajik")
    doc = Document(
        "f.csv",
        text,
        kind="csv",
        blocks=(Block(0, second, line=2, atomic=True), Block(second, len(text), line=3, atomic=True)),
    )
    passages = split(doc)
    assert_exact(doc, passages)
    assert [(p.text, p.line) for p in passages] == [
        ("country: Kyrgyzstan. fighters: 500", 2),
        ("country: Tajikistan. fighters: 300", 3),
    ]


def test_an_atomic_block_of_numbers_only_is_kept_but_an_empty_one_is_not() -> None:
    doc = Document("t.csv", "2014, 500\n \n", kind="csv", blocks=(Block(0, 9, 1, atomic=True), Block(10, 12, 2, atomic=True)))
    assert texts(split(doc)) == ["2014, 500"]


MARKDOWN = """# Central Asia *notes*

Some text. Mr. Smith said it.
- item one
- item two. More of it
  continued here.

```python
x = 1. Not prose
```

| country | fighters |
|---|:-:|
| Kyrgyzstan | 500 |

---
> Quoted text. And more
> on a second line.

1. Numbered item
## Heading ##
***
Last line.
"""


def test_markdown_markers_and_markup_lines_are_left_out() -> None:
    doc = Document("n.md", MARKDOWN, kind="markdown")
    passages = split(doc)
    assert_exact(doc, passages)
    assert [(p.text, p.line) for p in passages] == [
        ("Central Asia *notes*", 1),
        ("Some text.", 3),
        ("Mr. Smith said it.", 3),
        ("item one", 4),
        ("item two.", 5),
        ("More of it\n  continued here.", 5),
        ("country | fighters", 12),
        ("Kyrgyzstan | 500", 14),
        ("Quoted text.", 17),
        ("And more\n> on a second line.", 17),
        ("Numbered item", 20),
        ("Heading", 21),
        ("Last line.", 23),
    ]


def test_plain_text_keeps_what_looks_like_markdown() -> None:
    doc = Document("n.txt", "# not a heading\n\n- a dash line.", kind="text")
    assert texts(split(doc)) == ["# not a heading", "- a dash line."]


def test_an_empty_document_has_no_passages() -> None:
    assert split(Document("e.txt", "")) == ()
    assert split(Document("e.md", "\n\n```\ncode\n```\n", kind="markdown")) == ()


PIECES = [*"ab .?\n#->|1`", "Mr. ", "U.S. ", "3.2 ", "\n\n", "```", "- ", "# ", "1. ", "> ", "|---|", "\n---\n", "é"]


@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join), st.sampled_from(["text", "markdown"]))
def test_passages_slice_the_text_exactly_and_lines_are_right(text: str, kind: str) -> None:
    doc = Document("p.md", text, kind=kind)
    passages = split(doc)
    end = 0
    for p in passages:
        assert p.text == text[p.start : p.end]
        assert p.line == text.count("\n", 0, p.start) + 1
        assert p.start >= end
        # a letter, or a table row of figures ("2014 | 9.0 | 25.5")
        assert any(c.isalpha() for c in p.text) or (" | " in p.text and any(c.isdigit() for c in p.text))
        assert p.text == p.text.strip()
        end = p.end


@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map("".join), st.data())
def test_passages_of_blocks_stay_inside_their_block(text: str, data: st.DataObject) -> None:
    cuts = sorted(data.draw(st.sets(st.integers(0, len(text)), max_size=4)) | {0, len(text)})
    blocks = tuple(
        Block(a, b, line=text.count("\n", 0, a) + 1, page=i + 1) for i, (a, b) in enumerate(zip(cuts, cuts[1:])) if a < b
    )
    doc = Document("p.pdf", text, kind="pdf", blocks=blocks)
    for p in split(doc):
        assert p.text == text[p.start : p.end]
        assert p.line == text.count("\n", 0, p.start) + 1
        block = blocks[p.page - 1] if p.page else None
        assert block is not None and block.start <= p.start < p.end <= block.end


def test_a_long_run_without_full_stops_is_split_at_line_breaks() -> None:
    rows = [f"Region {i} population {1000 + i} growth {i}%" for i in range(60)]
    doc = Document("table.pdf", "Intro sentence.\n" + "\n".join(rows) + "\n")
    passages = split(doc)
    assert_exact(doc, passages)
    assert texts(passages) == ["Intro sentence.", *rows]
    assert [p.line for p in passages] == list(range(1, 62))


def test_a_very_long_line_is_cut_at_spaces_into_similar_parts() -> None:
    words = " ".join(f"word{i}" for i in range(1500))
    doc = Document("long.txt", words)
    passages = split(doc)
    assert_exact(doc, passages)
    assert len(passages) > 1
    assert all(len(p.text) <= 2_600 for p in passages)
    assert " ".join(texts(passages)) == words


@given(st.lists(st.sampled_from(PIECES), max_size=80).map("".join), st.sampled_from(["text", "markdown"]))
def test_long_spans_cut_into_pieces_still_slice_exactly(text: str, kind: str) -> None:
    doc = Document("p.txt", text, kind=kind)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(passages_module, "LONG", 12)
        patch.setattr(passages_module, "CAP", 16)
        found = split(doc)
    end = 0
    for p in found:
        assert p.text == text[p.start : p.end] == p.text.strip()
        assert p.line == text.count("\n", 0, p.start) + 1
        assert p.start >= end
        end = p.end


def test_markdown_front_matter_is_skipped() -> None:
    doc = Document("n.md", "---\ntitle: Notes\ndate: 2014\n---\n\nThe text starts here.\n", kind="markdown")
    assert [(p.text, p.line) for p in split(doc)] == [("The text starts here.", 6)]
    unclosed = Document("n.md", "---\ntitle: Notes\n", kind="markdown")
    assert texts(split(unclosed)) == ["title: Notes"]


def test_a_cut_at_a_double_space_leaves_no_trailing_space() -> None:
    text = "U.S.  U.S. U.S. a"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(passages_module, "LONG", 12)
        patch.setattr(passages_module, "CAP", 16)
        found = split(Document("p.txt", text))
    assert [p.text for p in found] == ["U.S.", "U.S. U.S. a"]
    assert all(p.text == text[p.start : p.end] for p in found)
