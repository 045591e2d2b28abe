"""tables.parse: a passage per row that carries its header names, cited by the row's line."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import SourceError
from factcheck.sources import tables
from factcheck.sources.base import Raw

WEB = Path(__file__).parent.parent / "fixtures" / "web"


def table(text: str, source: str = "table.csv", **kwargs: str) -> Raw:
    return Raw(source=source, data=text.encode("utf-8"), **kwargs)


def test_a_row_carries_its_header_names() -> None:
    document = tables.parse(Raw(source="fighters.csv", data=(WEB / "fighters.csv").read_bytes()))
    assert document.kind == "csv"
    first = document.blocks[0]
    assert document.text[first.start : first.end] == "country: Turkmenistan; fighters: 360; source: ICSR tally; date: 2015-01"
    assert first.line == 2 and first.atomic


def test_rows_slice_exactly_and_cite_their_line_in_the_file() -> None:
    text = "country,fighters\n\nTurkmenistan,360\n\"Tajikistan,\nGorno-Badakhshan\",190\nKyrgyzstan,100\n"
    document = tables.parse(table(text))
    assert [block.line for block in document.blocks] == [3, 4, 6]
    assert [document.text[b.start : b.end] for b in document.blocks] == document.text.split("\n")
    assert document.text.split("\n")[1] == "country: Tajikistan, Gorno-Badakhshan; fighters: 190"


@pytest.mark.parametrize(
    ("text", "source", "media_type"),
    [
        ("country;fighters\nTurkmenistan;360\n", "t.csv", None),
        ("country\tfighters\nTurkmenistan\t360\n", "t.csv", None),
        ("country|fighters\nTurkmenistan|360\n", "t.csv", None),
        ("country\tfighters\nTurkmenistan\t360\n", "t.tsv", None),
        ("country\tfighters\nTurkmenistan\t360\n", "https://example.org/data?id=3", "text/tab-separated-values"),
    ],
)
def test_the_delimiter_is_sniffed(text: str, source: str, media_type: str | None) -> None:
    raw = Raw(source=source, data=text.encode(), media_type=media_type)
    assert tables.parse(raw).text == "country: Turkmenistan; fighters: 360"


def test_tsv_fixture_keeps_thousands_separators_in_values() -> None:
    document = tables.parse(Raw(source="fighters.tsv", data=(WEB / "fighters.tsv").read_bytes()))
    assert document.text.split("\n")[0] == "country: Tajikistan; base: 201st base; troops: 7,000; leased until: 2042"


def test_empty_cells_are_left_out_and_extra_cells_named_by_column() -> None:
    document = tables.parse(table("country,,fighters\nTurkmenistan,x,\nUzbekistan,,500,ICSR\n"))
    assert document.text.split("\n") == ["country: Turkmenistan; column 2: x", "country: Uzbekistan; fighters: 500; column 4: ICSR"]


def test_a_table_without_data_rows_is_reported() -> None:
    with pytest.raises(SourceError, match="no data rows"):
        tables.parse(table("country,fighters\n\n"))


def test_a_local_table_must_be_utf8_but_a_fetched_one_is_detected() -> None:
    data = "country,note\nKyrgyzstan,Kant – 700 servicemen\n".encode("cp1252")
    with pytest.raises(SourceError, match="not valid UTF-8"):
        tables.parse(Raw(source="t.csv", data=data))
    fetched = tables.parse(Raw(source="https://example.org/t.csv", data=data, charset="windows-1252"))
    assert fetched.text == "country: Kyrgyzstan; note: Kant – 700 servicemen"
