"""What the commands share: the stderr console, error reporting, terminal facts, writing output."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, ContextManager

import typer
from rich.console import Console

from factcheck.errors import FactcheckError, UsageError

if TYPE_CHECKING:
    from factcheck.report import Format

stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def fatal(err: FactcheckError, *, as_json: bool = False) -> typer.Exit:
    """Report an error on stderr (also as a JSON object for JSON formats); the Exit to raise."""
    warn_error(err, as_json=as_json)
    return typer.Exit(code=int(err.exit_code))


def crash(err: Exception, *, as_json: bool = False) -> typer.Exit:
    """Report an unexpected exception (a bug) with its traceback; exit 2, never 1, so CI never reads it as findings."""
    import traceback

    traceback.print_exception(err, file=sys.stderr)
    message = f"internal error: {type(err).__name__}: {err}"
    return fatal(FactcheckError(message, hint="please report it with the traceback above"), as_json=as_json)


def warn_error(err: FactcheckError, *, as_json: bool = False) -> None:
    """Write `error: <message>` on stderr, and its JSON object after it when `as_json`."""
    stderr.print(f"[bold red]error:[/] {_escape(err.describe())}")
    if as_json:
        detail = {"type": type(err).__name__, "message": err.message, "path": err.path, "line": err.line,
                  "hint": err.hint, "exit_code": int(err.exit_code)}  # fmt: skip
        sys.stderr.write(json.dumps({"error": detail}, sort_keys=True) + "\n")


def warn(message: str) -> None:
    """Write `warning: <message>` on stderr."""
    stderr.print(f"[yellow]warning:[/] {_escape(message)}")


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def parse_format(value: str) -> Format:
    """The Format named `value`; UsageError listing the choices when there is none."""
    from factcheck.report import Format

    try:
        return Format(value.strip().lower())
    except ValueError:
        raise UsageError(f"unknown format {value!r} (choose from {', '.join(Format)})") from None


def complete_format(incomplete: str) -> list[str]:
    """Shell completion for --format."""
    from factcheck.report import Format

    return [f.value for f in Format if f.value.startswith(incomplete)]


def color_enabled(stream: object = None) -> bool:
    """Colour on a terminal, unless NO_COLOR is set (https://no-color.org)."""
    stream = stream or sys.stdout
    return "NO_COLOR" not in os.environ and bool(getattr(stream, "isatty", lambda: False)())


def terminal_width() -> int:
    """The terminal's width in columns (COLUMNS wins; 80 when output is not a terminal)."""
    return shutil.get_terminal_size((80, 24)).columns


def show_progress(*, quiet: bool, for_people: bool) -> bool:
    """Progress only for people: stderr a terminal, not CI, not --quiet, not a machine format."""
    return for_people and not quiet and not os.environ.get("CI") and sys.stderr.isatty()


@contextmanager
def _spinner(description: str) -> Iterator[None]:
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=stderr, transient=True) as bar:
        bar.add_task(description, total=None)
        yield


def progress(description: str, *, enabled: bool) -> ContextManager[None]:
    """A transient spinner on stderr while the work runs, when `enabled`."""
    return _spinner(description) if enabled else nullcontext()


def emit(text: str, output: Path | None) -> None:
    """Write a rendering to `output` atomically, or to stdout as is."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from factcheck.output import write_atomic

    write_atomic(output, text)


def append_step_summary(markdown: str) -> None:
    """Append to the GitHub Actions job summary when GITHUB_STEP_SUMMARY names a file."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    try:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(markdown)
    except OSError as err:
        warn(f"cannot append the job summary to {target}: {err.strerror}")

