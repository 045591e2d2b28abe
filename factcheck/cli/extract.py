"""`factcheck extract`: pull the check-worthy claims out of articles into a claims file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.common import color_enabled, emit, fatal, terminal_width, warn_error
from factcheck.errors import ExitCode, FactcheckError
from factcheck.extract.options import DEFAULT_MIN_SCORE, ClaimsFormat


def extract(
    articles: Annotated[list[str], typer.Argument(help="Articles: files, folders, URLs, or - for stdin.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the claims file here (atomically).")] = None,
    output_format: Annotated[ClaimsFormat, typer.Option("--format", "-f", help="Output format.")] = ClaimsFormat.YAML,
    min_score: Annotated[
        float, typer.Option("--min-score", min=0.0, max=1.0, help="Keep sentences whose check-worthiness is at least this.")
    ] = DEFAULT_MIN_SCORE,
    offline: Annotated[bool | None, typer.Option("--offline/--online", help="Use cached URLs only, fetch nothing.", show_default=False)] = None,
) -> None:
    """Pull the check-worthy claims out of articles into a claims file for `factcheck check --claims`.

    Example: factcheck extract article.html -o claims/article.yaml
    """
    from factcheck.config import check_options, load_config
    from factcheck.extract.batch import STDIN, extract_refs
    from factcheck.extract.writer import render

    try:
        fetch = check_options(load_config(Path.cwd()), offline=offline).fetch
    except FactcheckError as err:
        raise fatal(err) from None
    stdin = sys.stdin.buffer.read() if STDIN in articles else None
    extraction = extract_refs(articles, min_score=min_score, fetch=fetch, stdin=stdin)
    for failure in extraction.failures:
        warn_error(failure)
    color = output is None and color_enabled()
    try:
        emit(render(extraction.claims, output_format, width=terminal_width(), color=color), output)
    except FactcheckError as err:
        raise fatal(err) from None
    raise typer.Exit(code=int(ExitCode.ERROR if extraction.failures else ExitCode.OK))
