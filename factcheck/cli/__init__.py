"""The command line: a thin Typer app; each command lives in its own module here."""

from __future__ import annotations

import typer

from factcheck import __version__

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
