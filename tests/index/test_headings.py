"""A table row is indexed with its header row and the sentence introducing its table."""

from __future__ import annotations

from factcheck.index import with_headings
from factcheck.model import Document
from factcheck.passages import split


def test_a_row_is_indexed_with_its_header_and_lead() -> None:
    text = (
        "Export volumes by destination (bcm):\n\n| year | Russia | China |\n| --- | --- | --- |\n"
        "| 2014 | 9.0 | 25.5 |\n\nExports to China grew.\n"
    )
    found = split(Document("gas.md", text, kind="markdown"))
    words = dict(zip([p.text for p in found], with_headings(found), strict=True))
    assert words["2014 | 9.0 | 25.5"][0] == "2014"  # its own words first
    assert {"china", "russia", "export", "bcm"} <= set(words["2014 | 9.0 | 25.5"])
    assert "russia" not in words["Exports to China grew."]  # a sentence after the table inherits nothing


def test_a_labelled_list_has_no_header_every_item_inherits_its_lead() -> None:
    text = "Foreign fighters by country of origin:\n\n- Uzbekistan: 500\n- Tajikistan: 386\n"
    found = split(Document("f.md", text, kind="markdown"))
    words = dict(zip([p.text for p in found], with_headings(found), strict=True))
    assert {"fighter", "countri"} <= set(words["Uzbekistan: 500"]) and {"fighter", "countri"} <= set(words["Tajikistan: 386"])
    assert "uzbekistan" not in words["Tajikistan: 386"]

