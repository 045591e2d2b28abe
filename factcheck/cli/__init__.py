"""The command line: a thin Typer app; each command lives in its own module here.

Commands are registered here; their modules import the heavy parts of the library inside the
command function, so that `factcheck --version` and `--help` start fast.
"""

from __future__ import annotations

import importlib
from types import ModuleType

import typer

from factcheck import __version__
from factcheck.cli import check, inspect

app = typer.Typer(
    name="factcheck",
    help="Check claims against the sources you trust.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """Check claims against the sources you trust."""


def _optional(name: str) -> ModuleType | None:
    """A command module that may not be there yet; None only when that module itself is missing."""
    try:
        return importlib.import_module(f"factcheck.cli.{name}")
    except ModuleNotFoundError as err:
        if err.name != f"factcheck.cli.{name}":
            raise
        return None


app.command("check")(check.check)
if (extract := _optional("extract")) is not None and hasattr(extract, "extract"):
    app.command("extract")(extract.extract)
app.command("inspect")(inspect.inspect)
if (sources := _optional("sources")) is not None and hasattr(sources, "app"):
    app.add_typer(sources.app, name="sources")
