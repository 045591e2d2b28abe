"""`factcheck check`: claims and sources in, a report out, an exit status for CI."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from factcheck.cli import common
from factcheck.errors import ClaimsError, ExitCode, FactcheckError, UsageError

if TYPE_CHECKING:
    from factcheck.model import Claim, Verdict


def check(
    texts: Annotated[list[str] | None, typer.Argument(help="Claim texts.", show_default=False)] = None,
    claims: Annotated[list[str] | None, typer.Option("--claims", "-c", help="Claims file or folder (repeatable; - for stdin).", show_default=False)] = None,
    sources: Annotated[list[str] | None, typer.Option("--source", "-s", help="Source file, folder, glob or URL (repeatable; replaces the configured sources).", show_default=False)] = None,
    output_format: Annotated[str | None, typer.Option("--format", "-f", help="table, json, jsonl, csv, markdown, junit, sarif, github or gitlab. \\[default: table]", autocompletion=common.complete_format, show_default=False)] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report to this file (atomically) instead of stdout.", show_default=False)] = None,
    fail_on: Annotated[list[str] | None, typer.Option("--fail-on", help="Verdicts that fail the run, comma-separated, or none. \\[default: contradicted]", show_default=False)] = None,
    top_k: Annotated[int | None, typer.Option("--top-k", min=1, help="Evidence passages kept per claim. \\[default: 5]", show_default=False)] = None,
    strict: Annotated[bool | None, typer.Option("--strict/--no-strict", help="Exit 2 when a source cannot be read.", show_default=False)] = None,
    keep_going: Annotated[bool, typer.Option("--keep-going", help="Check the other claims files when one is malformed (exit 2 at the end).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress and no warnings on stderr.")] = False,
    width: Annotated[int | None, typer.Option("--width", min=20, help="Table width in columns. \\[default: the terminal's]", show_default=False)] = None,
    timeout: Annotated[float | None, typer.Option("--timeout", min=0.1, help="Seconds to wait for a URL. \\[default: 10]", show_default=False)] = None,
    max_bytes: Annotated[int | None, typer.Option("--max-bytes", min=1, help="Size cap on a fetched source. \\[default: 20000000]", show_default=False)] = None,
    cache_dir: Annotated[Path | None, typer.Option("--cache-dir", help="Where fetched URLs are cached.", show_default=False)] = None,
    offline: Annotated[bool | None, typer.Option("--offline/--online", help="Use cached URLs only, fetch nothing.", show_default=False)] = None,
    index_dir: Annotated[Path | None, typer.Option("--index-dir", help="Keep the index here between runs (incremental).", show_default=False)] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Parallel workers. \\[default: 1]", show_default=False)] = None,
    config_file: Annotated[Path | None, typer.Option("--config", help="Configuration file. \\[default: the nearest factcheck.toml or pyproject.toml]", show_default=False)] = None,
) -> None:
    """Check claims against the sources you trust.

    Exit status: 0 nothing failed, 1 a claim failed --fail-on or its expect, 2 usage or input error.

    Example: factcheck check "Between 2,000 and 4,000 Central Asians fight for ISIL" -s notes/

    Example: factcheck check --claims claims/ --format junit --output report.xml
    """
    from factcheck import config as config_mod
    from factcheck import pipeline
    from factcheck.output import check_writable
    from factcheck.report import Format, RenderContext, render

    fmt: Format | None = None
    try:
        cfg = config_mod.load_config(Path.cwd(), config_file)
        fmt = common.parse_format(output_format or cfg.format or Format.TABLE)
        policy = _fail_on(fail_on) if fail_on else cfg.fail_on
        if output is not None:
            check_writable(output)
        loaded, broken = _read_claims(claims or [], keep_going=keep_going, as_json=fmt.is_json)
        if not texts and not loaded:
            raise UsageError("no claims to check", hint="give claim texts as arguments, or --claims FILE|FOLDER|-")
        options = config_mod.check_options(cfg, top_k=top_k, timeout=timeout, max_bytes=max_bytes, cache_dir=cache_dir,
                                           offline=offline, index_dir=index_dir, jobs=jobs)  # fmt: skip
        everything = [*(texts or []), *loaded]
        busy = common.show_progress(quiet=quiet, for_people=fmt is Format.TABLE and output is None)
        with common.progress(f"checking {len(everything)} claim(s)", enabled=busy):
            report = pipeline.check(everything, sources if sources else cfg.sources, options)
        strict_run = bool(strict if strict is not None else cfg.strict)
        ctx = RenderContext(
            width=width or common.terminal_width(), color=output is None and common.color_enabled(),
            fail_on=policy if policy is not None else RenderContext().fail_on, strict=strict_run,
        )  # fmt: skip
        common.emit(render(report, fmt, ctx), output)
        common.append_step_summary(render(report, Format.MARKDOWN, ctx))
    except FactcheckError as err:
        raise common.fatal(err, as_json=fmt is not None and fmt.is_json) from None
    except Exception as err:  # a bug: exit 2 with the traceback, never 1 (which means findings)
        raise common.crash(err, as_json=fmt is not None and fmt.is_json) from None
    if not quiet:
        for skipped in report.skipped:
            common.warn(f"skipped {skipped.ref}: {skipped.reason}")
    status = report.exit_code(ctx.fail_on, strict=ctx.strict)
    raise typer.Exit(code=int(ExitCode.ERROR if broken else status))


def _fail_on(values: list[str]) -> frozenset[Verdict]:
    from factcheck.config import parse_fail_on

    try:
        return parse_fail_on(values)
    except ValueError as err:
        raise UsageError(f"--fail-on: {err}") from None


def _read_claims(refs: list[str], *, keep_going: bool, as_json: bool) -> tuple[list[Claim], int]:
    """Claims from each ref in turn; with keep_going a malformed one is reported and passed over."""
    from factcheck.claims import read_claims

    loaded: list[Claim] = []
    broken = 0
    for ref in refs:
        try:
            loaded.extend(read_claims(ref))
        except ClaimsError as err:
            if not keep_going:
                raise
            common.warn_error(err, as_json=as_json)
            broken += 1
    return loaded, broken
