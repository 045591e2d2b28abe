"""Terminal facts, progress policy and atomic output."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from factcheck.cli import common
from factcheck.errors import UsageError
from factcheck.output import write_atomic


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("ci", "quiet", "for_people", "tty", "shown"), [
    (False, False, True, True, True),
    (True, False, True, True, False),
    (False, True, True, True, False),
    (False, False, False, True, False),
    (False, False, True, False, False),
])  # fmt: skip
def test_progress_only_for_people_at_a_terminal(monkeypatch: pytest.MonkeyPatch, ci, quiet, for_people, tty, shown) -> None:
    if ci:
        monkeypatch.setenv("CI", "true")
    else:
        monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr("sys.stderr", Tty() if tty else io.StringIO())
    assert common.show_progress(quiet=quiet, for_people=for_people) is shown


def test_colour_needs_a_terminal_and_no_NO_COLOR(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert common.color_enabled(Tty()) and not common.color_enabled(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not common.color_enabled(Tty())


def test_width_follows_COLUMNS(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "123")
    assert common.terminal_width() == 123


def test_write_atomic_replaces_whole_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "report.xml"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, "new ✓\n")
    assert target.read_text(encoding="utf-8") == "new ✓\n"
    assert os.listdir(tmp_path) == ["report.xml"]


def test_write_atomic_refuses_a_missing_folder_or_a_folder(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="does not exist"):
        write_atomic(tmp_path / "nope" / "r.json", "x")
    with pytest.raises(UsageError, match="is a folder"):
        write_atomic(tmp_path, "x")


def test_parse_format_lists_the_choices() -> None:
    assert common.parse_format("SARIF").value == "sarif"
    with pytest.raises(UsageError, match="choose from table, json"):
        common.parse_format("xml")
