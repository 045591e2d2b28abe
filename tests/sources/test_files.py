from __future__ import annotations

import sys
from pathlib import Path

import pytest

from factcheck.errors import SourceError
from factcheck.model import SkippedSource
from factcheck.options import FetchOptions
from factcheck.sources import Collected, collect, display_path, files, is_url
from factcheck.sources.base import Raw

OPTIONS = FetchOptions()


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with notes of every kind, hidden files and binaries."""
    monkeypatch.chdir(tmp_path)
    notes = tmp_path / "notes"
    (notes / "sub").mkdir(parents=True)
    (notes / ".git").mkdir()
    (notes / "b.md").write_text("Second.\n")
    (notes / "a.txt").write_text("First.\n")
    (notes / "sub" / "c.txt").write_text("Third.\n")
    (notes / "sub" / "draft.bak").write_text("Draft.\n")
    (notes / ".hidden.txt").write_text("Hidden.\n")
    (notes / ".git" / "config").write_text("[core]\n")
    (notes / "photo.png").write_text("not really an image, but named like one")
    (notes / "blob.dat").write_bytes(b"MZ\x00\x01\x02")
    (notes / "report.pdf").write_bytes(b"%PDF-1.4\n\x00\x01 binary body")
    (notes / "page.html").write_text("<p>Page.</p>")
    (notes / "rows.csv").write_text("a,b\n1,2\n")
    return tmp_path


def sources(collected: Collected) -> list[str]:
    return [raw.source for raw in collected.raws]


def test_a_folder_is_walked_recursively_in_sorted_order(tree: Path) -> None:
    got = collect(["notes"], OPTIONS)
    assert sources(got) == [
        "notes/a.txt",
        "notes/b.md",
        "notes/page.html",
        "notes/report.pdf",
        "notes/rows.csv",
        "notes/sub/c.txt",
        "notes/sub/draft.bak",
    ]
    assert got.members["notes"] == tuple(sources(got))
    assert got.raws[0] == Raw(source="notes/a.txt", data=b"First.\n")


def test_binary_files_in_a_folder_are_skipped_with_a_note(tree: Path) -> None:
    got = collect(["notes"], OPTIONS)
    assert set(got.skipped) == {
        SkippedSource("notes/blob.dat", "binary file"),
        SkippedSource("notes/photo.png", "binary file"),
    }


def test_ignore_patterns_match_names_and_relative_paths(tree: Path) -> None:
    got = collect(["notes"], FetchOptions(ignore=("*.bak", "sub/c.txt", "*.html")))
    assert "notes/sub/draft.bak" not in sources(got)
    assert "notes/sub/c.txt" not in sources(got)
    assert "notes/page.html" not in sources(got)
    assert "notes/a.txt" in sources(got)
    assert collect(["notes"], FetchOptions(ignore=("sub",))).members["notes"][-1] == "notes/rows.csv"


def test_sources_are_unique_in_order_of_first_mention(tree: Path) -> None:
    got = collect(["notes/sub/c.txt", "notes", "notes/a.txt", "notes/sub/c.txt"], OPTIONS)
    assert sources(got)[:2] == ["notes/sub/c.txt", "notes/a.txt"]
    assert len(sources(got)) == len(set(sources(got)))
    assert got.members["notes/a.txt"] == ("notes/a.txt",)
    assert "notes/sub/c.txt" in got.members["notes"]


def test_globs_expand_to_matching_files(tree: Path) -> None:
    got = collect(["notes/*.txt", "notes/**/*.txt"], OPTIONS)
    assert got.members["notes/*.txt"] == ("notes/a.txt",)
    assert got.members["notes/**/*.txt"] == ("notes/a.txt", "notes/sub/c.txt")
    assert sources(got) == ["notes/a.txt", "notes/sub/c.txt"]
    assert got.skipped == ()


def test_a_glob_without_a_match_and_a_missing_path_are_skipped(tree: Path) -> None:
    got = collect(["nothing/*.md", "missing.txt", "notes/a.txt"], OPTIONS)
    assert sources(got) == ["notes/a.txt"]
    assert got.skipped == (
        SkippedSource("nothing/*.md", "no file matches this pattern"),
        SkippedSource("missing.txt", "no such file or folder"),
    )
    assert got.members["missing.txt"] == ()


def test_an_empty_folder_is_skipped(tree: Path) -> None:
    (tree / "empty").mkdir()
    assert collect(["empty"], OPTIONS).skipped == (SkippedSource("empty", "folder holds no source files"),)


def test_a_named_binary_file_is_skipped_but_a_named_pdf_is_kept(tree: Path) -> None:
    got = collect(["notes/blob.dat", "notes/report.pdf"], OPTIONS)
    assert sources(got) == ["notes/report.pdf"]
    assert got.skipped == (SkippedSource("notes/blob.dat", "binary file"),)


def test_a_file_with_a_bad_encoding_is_collected_and_fails_when_parsed(tree: Path) -> None:
    (tree / "latin.txt").write_bytes(b"Fine line.\ncaf\xe9\n")
    got = collect(["latin.txt"], OPTIONS)
    assert sources(got) == ["latin.txt"]
    from factcheck.sources.base import parse

    with pytest.raises(SourceError) as caught:
        parse(got.raws[0])
    assert (caught.value.path, caught.value.line) == ("latin.txt", 2)


def test_an_unreadable_file_is_skipped_and_the_others_go_on(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    got = collect(["notes"], OPTIONS)
    assert SkippedSource("notes/a.txt", "permission denied") in got.skipped
    assert "notes/b.md" in sources(got)


def test_read_names_the_file_in_its_errors(tree: Path) -> None:
    with pytest.raises(SourceError, match="notes: is a folder"):
        files.read(tree / "notes")
    with pytest.raises(SourceError, match="gone.txt: no such file"):
        files.read(Path("gone.txt"))


def test_members_cannot_be_changed(tree: Path) -> None:
    got = collect(["notes/a.txt"], OPTIONS)
    with pytest.raises(TypeError):
        got.members["x"] = ()  # type: ignore[index]


def test_urls_are_fetched_through_the_url_module(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.sources import urls

    def fetch(url: str, options: FetchOptions) -> Raw:
        if "bad" in url:
            raise SourceError("HTTP 404 Not Found", path=url)
        return Raw(source=url, data=b"Fetched.", media_type="text/plain")

    monkeypatch.setattr(urls, "fetch", fetch)
    got = collect(["https://example.org/a", "http://example.org/bad", "notes/a.txt"], OPTIONS)
    assert sources(got) == ["https://example.org/a", "notes/a.txt"]
    assert got.skipped == (SkippedSource("http://example.org/bad", "HTTP 404 Not Found"),)
    assert got.members["https://example.org/a"] == ("https://example.org/a",)


def test_urls_are_skipped_when_the_url_module_is_missing(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.sources

    monkeypatch.delattr(factcheck.sources, "urls", raising=False)
    monkeypatch.setitem(sys.modules, "factcheck.sources.urls", None)
    got = collect(["https://example.org/a"], OPTIONS)
    assert got.skipped == (SkippedSource("https://example.org/a", "URL sources are not supported yet"),)


@pytest.mark.parametrize(
    ("ref", "expected"),
    [("https://x.org/a", True), ("HTTP://x.org", True), ("notes/http.txt", False), ("ftp://x.org", False), ("", False)],
)
def test_is_url(ref: str, expected: bool) -> None:
    assert is_url(ref) is expected


def test_display_path_is_relative_under_the_working_folder(tree: Path) -> None:
    assert display_path(tree / "notes" / "a.txt") == "notes/a.txt"
    assert display_path(Path("notes/sub/../a.txt")) == "notes/a.txt"
    outside = tree.parent / "elsewhere.txt"
    assert display_path(outside) == outside.as_posix()
    assert Path(display_path(outside)).is_absolute()


def test_a_symbolic_link_loop_is_walked_once(tree: Path) -> None:
    (tree / "notes" / "sub" / "loop").symlink_to(tree / "notes", target_is_directory=True)
    got = collect(["notes"], OPTIONS)
    assert sources(got).count("notes/a.txt") == 1
    assert not any("loop" in s for s in sources(got))


def test_a_folder_that_cannot_be_listed_is_skipped(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = Path.iterdir

    def iterdir(self: Path):  # type: ignore[no-untyped-def]
        if self.name == "sub":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    got = collect(["notes"], OPTIONS)
    assert SkippedSource("notes/sub", "cannot list the folder") in got.skipped
    assert "notes/a.txt" in sources(got)
