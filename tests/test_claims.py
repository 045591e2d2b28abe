from __future__ import annotations

import io
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.claims import claim_files, from_texts, read_claims, slug
from factcheck.errors import ClaimsError, ExitCode
from factcheck.model import Claim, Verdict

FIXTURES = Path(__file__).parent / "fixtures" / "claims"
RECRUITS = "Between 2,000 and 4,000 Central Asians have joined ISIL."
TROOPS = "Russia keeps 7,000 troops at the 201st base in Tajikistan."
CSTO = "Uzbekistan left the CSTO in 2012."


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder holding copies of the claims fixtures under claims/."""
    shutil.copytree(FIXTURES, tmp_path / "claims")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# -- slug and typed claims


def test_slug_takes_the_first_words_in_lower_case_ascii() -> None:
    assert slug(RECRUITS, set()) == "between-2000-and-4000-central-asians"
    assert slug("Çà et là: the Über-Plan!", set()) == "ca-et-la-uber-plan"


def test_slug_is_short() -> None:
    long = "Extraordinarily-long-compound-words keep coming indefinitely throughout everything"
    got = slug(long, set())
    assert len(got) <= 48
    assert got.startswith("extraordinarily-long-compound-words")


def test_slug_de_duplicates_and_records_what_it_gives() -> None:
    taken: set[str] = {"one-claim"}
    assert slug("One claim", taken) == "one-claim-2"
    assert slug("One claim!", taken) == "one-claim-3"
    assert taken == {"one-claim", "one-claim-2", "one-claim-3"}


def test_slug_of_text_without_words() -> None:
    assert slug("—?!", set()) == "claim"
    assert slug("A", set()) == "a"


def test_from_texts_derives_ids_and_cleans_white_space() -> None:
    claims = from_texts(["Russia has  a base\nin Kant.", "Russia has a base in Kant."])
    assert claims == (
        Claim(id="russia-has-base-in-kant", text="Russia has a base in Kant."),
        Claim(id="russia-has-base-in-kant-2", text="Russia has a base in Kant."),
    )


def test_an_empty_typed_claim_is_an_error() -> None:
    with pytest.raises(ClaimsError, match="claim 2 .* is empty"):
        from_texts(["fine", "  "])


# -- every format


def test_yaml_with_sources_ids_expect_and_origin(work: Path) -> None:
    claims = read_claims("claims/good/claims.yaml")
    assert claims == (
        Claim(
            id="ca-recruits",
            text=RECRUITS,
            expect=Verdict.DISPUTED,
            sources=("claims/sources", "https://example.org/report.html", "claims/good/notes/icg.md"),
            origin="articles/tca-2014.txt:14",
            file="claims/good/claims.yaml",
            line=4,
        ),
        Claim(
            id="russia-keeps-7000-troops-at-201st",
            text=TROOPS,
            sources=("claims/sources", "https://example.org/report.html"),
            file="claims/good/claims.yaml",
            line=10,
        ),
        Claim(
            id="kyrgyzstans-national-security-concept-was-signed",
            text="Kyrgyzstan's National Security Concept was signed into law in 2012.",
            expect=Verdict.SUPPORTED,
            sources=("claims/sources", "https://example.org/report.html", "https://example.org/nsc.html"),
            file="claims/good/claims.yaml",
            line=11,
        ),
    )


def test_a_bare_yaml_list(work: Path) -> None:
    claims = read_claims("claims/good/list.yml")
    assert [(c.id, c.text, c.line, c.sources) for c in claims] == [
        ("uzbekistan-left-csto-in-2012", CSTO, 1, ()),
        ("border", "Russia has not controlled the Tajik-Afghan border since 2005.", 2, ()),
    ]


def test_json_with_lines_of_each_claim(work: Path) -> None:
    claims = read_claims("claims/good/claims.json")
    assert [(c.id, c.text, c.expect, c.line) for c in claims] == [
        ("ca-recruits", RECRUITS, Verdict.DISPUTED, 4),
        ("russia-keeps-7000-troops-at-201st", TROOPS, None, 7),
        ("uzbekistan-left-csto-in-2012", CSTO, None, 8),
    ]
    assert claims[2].sources == ("claims/sources", "claims/good/notes/cst.md")
    assert claims[2].origin == "articles/tca-2014.txt:22"


def test_json_lines(work: Path) -> None:
    claims = read_claims("claims/good/claims.jsonl")
    assert [(c.id, c.text, c.line) for c in claims] == [
        ("ca-recruits", RECRUITS, 1),
        ("russia-keeps-7000-troops-at-201st", TROOPS, 3),
        ("uzbekistan-left-csto-in-2012", CSTO, 4),
    ]
    assert claims[2].sources == ("claims/good/notes/cst.md", "https://example.org/cst")


def test_csv_with_a_claim_column_and_a_quoted_line_break(work: Path) -> None:
    claims = read_claims("claims/good/claims.csv")
    assert [(c.id, c.text, c.expect, c.line) for c in claims] == [
        ("ca-recruits", RECRUITS, Verdict.DISPUTED, 2),
        ("russia-keeps-7000-troops-at-201st", TROOPS, None, 3),
        ("uzbekistan-left-csto-in-2012", CSTO, None, 5),
    ]
    assert claims[0].sources == ("claims/good/notes/icg.md", "https://example.org/r")
    assert claims[0].origin == "articles/tca-2014.txt:14"


def test_plain_text_one_claim_a_line(work: Path) -> None:
    claims = read_claims("claims/good/claims.txt")
    assert [(c.text, c.line, c.file) for c in claims] == [
        (RECRUITS, 2, "claims/good/claims.txt"),
        (TROOPS, 4, "claims/good/claims.txt"),
    ]


def test_a_folder_reads_its_claims_files_recursively_in_sorted_order(work: Path) -> None:
    claims = read_claims("claims/good")
    files = list(dict.fromkeys(c.file for c in claims))
    assert files == [
        "claims/good/claims.csv",
        "claims/good/claims.json",
        "claims/good/claims.jsonl",
        "claims/good/claims.txt",
        "claims/good/claims.yaml",
        "claims/good/list.yml",
        "claims/good/sub/more.yaml",
    ]
    derived = [c.id for c in claims if c.text == RECRUITS and c.id != "ca-recruits"]
    assert len(derived) == len(set(derived)) == 2
    assert claim_files("claims/good")[-1] == "claims/good/sub/more.yaml"


def test_sources_resolve_against_the_file_not_the_working_folder(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(work / "claims" / "good")
    claims = read_claims("claims.yaml")
    assert claims[0].sources[0] == (work / "claims" / "sources").as_posix()  # outside the working folder
    assert claims[0].sources[-1] == "notes/icg.md"
    assert claims[0].file == "claims.yaml"


def test_absolute_sources_stay_absolute_outside_the_working_folder(work: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    outside = tmp_path_factory.mktemp("elsewhere") / "notes"
    (work / "c.yaml").write_text(f"sources: ['{outside}']\nclaims: [A claim.]\n")
    assert read_claims("c.yaml")[0].sources == (outside.as_posix(),)


@pytest.mark.parametrize(
    ("data", "texts"),
    [
        ("claims:\n  - First.\n  - Second.\n", ["First.", "Second."]),
        ("- First.\n- text: Second.\n", ["First.", "Second."]),
        ('[{"text": "First."}, "Second."]', ["First.", "Second."]),
        ('{"claims": ["First."]}', ["First."]),
        ('{"text": "First."}\n{"claim": "Second."}\n', ["First.", "Second."]),
        ("# comment\nFirst.\nSecond: with a colon.\n", ["First.", "Second: with a colon."]),
    ],
)
def test_stdin_format_is_sniffed(data: str, texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    claims = read_claims("-")
    assert [c.text for c in claims] == texts
    assert {c.file for c in claims} == {"<stdin>"}


# -- every bad input: one ClaimsError naming the file and the line


@pytest.mark.parametrize(
    ("name", "line", "fragment"),
    [
        ("claims-not-list.yaml", 1, "'claims' must be a list"),
        ("text-number.yaml", 3, "claim text must be a string, not a number"),
        ("bad-expect.yaml", 3, "expect must be one of supported, contradicted, disputed, unverified, not 'true-ish'"),
        ("duplicate-id.yaml", 4, "duplicate id 'a' (first at line 2)"),
        ("unclosed-quote.yaml", 2, "malformed YAML"),
        ("unclosed-bracket.yaml", 2, "malformed YAML"),
        ("missing-colon.yaml", 3, "malformed YAML"),
        ("bad-indent.yaml", 3, "malformed YAML: mapping values are not allowed"),
        ("no-text.yaml", 2, "claim has no 'text' (keys found: foo)"),
        ("empty-text.yaml", 2, "claim text is empty"),
        ("no-claims-key.yaml", 1, "expected a 'claims:' list (keys found: just)"),
        ("empty-list.yaml", None, "no claims in the file"),
        ("bad-sources.yaml", 1, "sources must be a list of paths or URLs, not a number"),
        ("text-number.json", 3, "claim text must be a string, not a number"),
        ("trailing-comma.json", 2, "malformed JSON: Expecting property name"),
        ("malformed.jsonl", 2, "malformed JSON"),
        ("wrong-shape.jsonl", 2, "a claim must be a text or a mapping with 'text', not a list"),
        ("no-text-column.csv", 1, "no 'text' (or 'claim') column; the columns are: 'a', 'b'"),
        ("empty-cell.csv", 3, "claim text is empty"),
        ("latin1.txt", 2, "not valid UTF-8"),
        ("binary.txt", None, "binary file"),
        ("empty.txt", None, "empty file"),
        ("comments-only.txt", None, "no claims in the file"),
    ],
)
def test_bad_files_raise_one_clear_error(work: Path, name: str, line: int | None, fragment: str) -> None:
    path = f"claims/bad/{name}"
    with pytest.raises(ClaimsError) as caught:
        read_claims(path)
    err = caught.value
    assert (err.path, err.line) == (path, line)
    assert fragment in err.message
    where = f"{path}:{line}: " if line else f"{path}: "
    assert str(err).startswith(where)
    assert err.exit_code == ExitCode.ERROR
    assert "Traceback" not in str(err) and "\n" not in str(err)


def test_a_missing_path_is_an_error(work: Path) -> None:
    with pytest.raises(ClaimsError, match="^nowhere.yaml: no such file or folder$"):
        read_claims("nowhere.yaml")


def test_a_folder_without_claims_files_is_an_error(work: Path) -> None:
    (work / "notes").mkdir()
    (work / "notes" / "a.md").write_text("# not claims\n")
    with pytest.raises(ClaimsError, match="^notes: folder holds no claims files"):
        read_claims("notes")


def test_a_bad_file_in_a_folder_stops_the_read_and_claim_files_lists_them_for_keep_going(work: Path) -> None:
    with pytest.raises(ClaimsError):
        read_claims("claims/bad")
    assert len(claim_files("claims/bad")) == 23


def test_an_unreadable_file_is_an_error(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(ClaimsError, match="claims.txt: cannot read: Permission denied"):
        read_claims("claims/good/claims.txt")


def test_synonyms_and_a_single_claim_mapping(work: Path) -> None:
    (work / "one.json").write_text('{"claim": "A claim.", "expected": "Contradicted", "source": "notes/"}')
    (claim,) = read_claims("one.json")
    assert (claim.text, claim.expect, claim.sources, claim.line) == ("A claim.", Verdict.CONTRADICTED, ("notes",), 1)


def test_a_semicolon_separated_csv(work: Path) -> None:
    (work / "excel.csv").write_text("Text;Expect\nIt rose 3,2 %.;supported\n")
    (claim,) = read_claims("excel.csv")
    assert (claim.text, claim.expect, claim.line) == ("It rose 3,2 %.", Verdict.SUPPORTED, 2)


def test_several_yaml_documents_are_an_error(work: Path) -> None:
    (work / "two.yaml").write_text("- a\n---\n- b\n")
    with pytest.raises(ClaimsError, match=r"^two.yaml:2: malformed YAML: .*single document"):
        read_claims("two.yaml")


def test_unsafe_yaml_tags_are_refused(work: Path) -> None:
    (work / "tag.yaml").write_text("claims:\n  - !!python/object:os.system echo\n")
    with pytest.raises(ClaimsError, match=r"^tag.yaml:2: malformed YAML"):
        read_claims("tag.yaml")


FUZZ_PIECES = [*"ab \n:-,;\"'{}[]#\t|0", "claims:", "text:", "  - ", "expect: x", "id: a", '{"text": 1}', "\x00", "é"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(FUZZ_PIECES), max_size=40).map("".join),
    st.sampled_from([".yaml", ".json", ".jsonl", ".csv", ".tsv", ".txt", ".md"]),
)
def test_any_file_gives_claims_or_one_claims_error(content: str, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"c{suffix}"
        path.write_bytes(content.encode("utf-8") + (b"\xff" if "0" in content and "\x00" not in content else b""))
        try:
            claims = read_claims(str(path))
        except ClaimsError as err:
            assert err.path is not None and "\n" not in err.message
        else:
            assert claims and all(c.text and c.id for c in claims)


def test_errors_point_at_the_member_that_is_wrong(work: Path) -> None:
    (work / "c.json").write_text('{"claims": [\n  {\n    "text": "fine",\n    "expect": "maybe"\n  }\n]}\n')
    with pytest.raises(ClaimsError, match=r"^c.json:4: expect must be one of"):
        read_claims("c.json")
    (work / "c.yaml").write_text("sources:\n  - 3\nclaims: [a]\n")
    with pytest.raises(ClaimsError, match=r"^c.yaml:2: sources must be a list of paths or URLs"):
        read_claims("c.yaml")
