from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.config import Config, check_options, load_config, parse_fail_on
from factcheck.errors import ConfigError
from factcheck.model import Verdict
from factcheck.options import CheckOptions, Thresholds


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_gives_an_empty_config(tmp_path: Path) -> None:
    assert load_config(tmp_path) == Config()
    assert check_options(Config()) == CheckOptions()


def test_factcheck_toml_is_found_from_a_subfolder(tmp_path: Path) -> None:
    write(tmp_path / "factcheck.toml", 'sources = ["notes/", "https://example.org/r.html"]\nformat = "json"\n')
    below = tmp_path / "articles" / "2014"
    below.mkdir(parents=True)
    config = load_config(below)
    assert config.path == tmp_path / "factcheck.toml"
    assert config.sources == ("../../notes", "https://example.org/r.html")  # relative to where the run starts
    assert config.format == "json"


def test_pyproject_table_and_precedence(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.factcheck]\nfail-on = "contradicted,disputed"\ntop-k = 3\n')
    assert load_config(tmp_path).fail_on == {Verdict.CONTRADICTED, Verdict.DISPUTED}
    write(tmp_path / "factcheck.toml", "top-k = 7\n")
    assert load_config(tmp_path).top_k == 7  # factcheck.toml wins in the same folder


def test_pyproject_without_the_table_is_passed_over(tmp_path: Path) -> None:
    write(tmp_path / "factcheck.toml", "top-k = 2\n")
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    assert load_config(tmp_path / "sub").top_k == 2


def test_every_key_maps_onto_options(tmp_path: Path) -> None:
    write(tmp_path / "factcheck.toml", """
top-k = 3
candidates = 20
timeout = 2
max-bytes = 1000
retries = 0
offline = true
jobs = 4
strict = true
cache-dir = "cache"
index-dir = ".index"
ignore = ["drafts/*"]
fail_on = "none"
[thresholds]
relevant = 70
related = 40.5
negates = 55
""")
    config = load_config(tmp_path)
    assert config.fail_on == frozenset() and config.strict is True
    options = check_options(config)
    assert (options.top_k, options.candidates, options.jobs) == (3, 20, 4)
    assert options.index_dir == tmp_path / ".index"
    assert options.thresholds == Thresholds(relevant=70.0, related=40.5, negates=55.0)
    fetch = options.fetch
    assert (fetch.timeout, fetch.max_bytes, fetch.retries, fetch.offline) == (2.0, 1000, 0, True)
    assert fetch.cache_dir == tmp_path / "cache" and fetch.ignore == ("drafts/*",)


def test_command_line_wins(tmp_path: Path) -> None:
    write(tmp_path / "factcheck.toml", "top-k = 3\ntimeout = 2\n")
    options = check_options(load_config(tmp_path), top_k=9, timeout=None, offline=True)
    assert options.top_k == 9 and options.fetch.timeout == 2.0 and options.fetch.offline is True


def test_explicit_path(tmp_path: Path) -> None:
    config = write(tmp_path / "ci" / "strict.toml", 'sources = ["../notes"]\n')
    assert load_config(tmp_path, config).sources == ("notes",)
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path, tmp_path / "missing.toml")


@pytest.mark.parametrize(
    ("text", "line", "needle"),
    [
        ('top-k = 3\nformat = "json\n', 2, "invalid TOML"),
        ("top-k = 3\ncolour = true\n", 2, "unknown key"),
        ('top-k = "three"\n', 1, "must be a positive integer, not str"),
        ("top-k = 0\n", 1, "must be a positive integer"),
        ('\nfail-on = ["contradicted", "disproved"]\n', 2, "unknown verdict 'disproved'"),
        ('format = "xml"\n', 1, "unknown format 'xml'"),
        ("sources = [1, 2]\n", 1, "list of strings"),
        ("offline = 1\n", 1, "true or false"),
        ("[thresholds]\nrelevant = 120\n", 2, "score from 0 to 100"),
        ("[thresholds]\nrelevance = 50\n", 2, "unknown threshold"),
    ],
)
def test_malformed_files_name_the_file_and_line(tmp_path: Path, text: str, line: int, needle: str) -> None:
    write(tmp_path / "factcheck.toml", text)
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    err = caught.value
    assert err.path == "factcheck.toml" and err.line == line
    assert needle in err.describe() and err.describe().startswith(f"factcheck.toml:{line}: ")


def test_misspelt_key_in_pyproject_points_into_the_table(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\ntop_kk = 1\n\n[tool.factcheck]\ntop_kk = 2\n')
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    assert caught.value.line == 6


def test_parse_fail_on() -> None:
    assert parse_fail_on(["contradicted, Disputed", "unverified"]) == {Verdict.CONTRADICTED, Verdict.DISPUTED, Verdict.UNVERIFIED}
    assert parse_fail_on(["none"]) == frozenset()
    with pytest.raises(ValueError, match="unknown verdict 'contradictd'"):
        parse_fail_on(["contradictd"])

