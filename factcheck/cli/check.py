"""`factcheck check`: claims and sources in, a report out, an exit status for CI."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from factcheck.cli import common
from factcheck.errors import ClaimsError, ExitCode, FactcheckError, SourceError, UsageError

if TYPE_CHECKING:
    from factcheck.config import Config
    from factcheck.model import Claim
    from factcheck.report import RenderContext


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
    from dataclasses import replace

    from factcheck import config as config_mod
    from factcheck.index import default_index_dir
    from factcheck.output import check_writable
    from factcheck.report import Format, render

    fmt: Format | None = None
    try:
        from factcheck import pipeline

        fmt = common.parse_format(output_format) if output_format else None  # known early: errors as JSON
        cfg = config_mod.load_config(Path.cwd(), config_file)
        fmt = fmt or common.parse_format(cfg.format or Format.TABLE)
        ctx = _context(cfg, fail_on, strict, width, color=output is None and common.color_enabled())
        if output is not None:
            check_writable(output)
        loaded, broken = _read_claims(claims or [], keep_going=keep_going, as_json=fmt.is_json)
        if not texts and not loaded:
            raise UsageError("no claims to check", hint="give claim texts as arguments, or --claims FILE|FOLDER|-")
        options = config_mod.check_options(cfg, top_k=top_k, timeout=timeout, max_bytes=max_bytes, cache_dir=cache_dir,
                                           offline=offline, index_dir=index_dir, jobs=jobs)  # fmt: skip
        if options.index_dir is None and options.index_engine == "auto":  # keep the index between runs
            options = replace(options, index_dir=default_index_dir(options.fetch.cache_dir))
        everything: list[Claim | str] = [*(texts or []), *loaded]
        busy = common.show_progress(quiet=quiet, for_people=fmt is Format.TABLE and output is None)
        with common.progress(f"checking {len(everything)} claim(s)", enabled=busy):
            report = pipeline.check(everything, sources or cfg.sources, options)
        common.emit(render(report, fmt, ctx), output)
        common.append_step_summary(render(report, Format.MARKDOWN, ctx))
    except FactcheckError as err:
        raise common.fatal(err, as_json=fmt is not None and fmt.is_json) from None
    except Exception as err:  # a bug: exit 2 with the traceback, never 1 (which means findings)
        raise common.crash(err, as_json=fmt is not None and fmt.is_json) from None
    for note in report.notes:
        if not quiet:
            common.warn(note)
    for skipped in report.skipped:  # under --strict they fail the run, so they are shown even with --quiet
        if ctx.strict:
            common.warn_error(SourceError(f"cannot read {skipped.ref}: {skipped.reason}", hint="--strict"))
        elif not quiet:
            common.warn(f"skipped {skipped.ref}: {skipped.reason}")
    status = report.exit_code(ctx.fail_on, strict=ctx.strict)
    raise typer.Exit(code=int(ExitCode.ERROR if broken else status))


def _context(cfg: Config, fail_on: list[str] | None, strict: bool | None, width: int | None, *, color: bool) -> RenderContext:
    """The run's policy and shape: command-line options over the config file over the defaults."""
    from factcheck.config import parse_fail_on
    from factcheck.report import RenderContext

    try:
        policy = parse_fail_on(fail_on) if fail_on else cfg.fail_on
    except ValueError as err:
        raise UsageError(f"--fail-on: {err}") from None
    return RenderContext(
        width=width or common.terminal_width(),
        color=color,
        fail_on=policy if policy is not None else RenderContext().fail_on,
        strict=bool(strict if strict is not None else cfg.strict),
    )


def _read_claims(refs: list[str], *, keep_going: bool, as_json: bool) -> tuple[list[Claim], int]:
    """Claims from each ref in turn; with keep_going a malformed file is reported and passed over
    (inside a folder too: the folder's other claims files are still read)."""
    from factcheck.claims import claim_files, read_claims

    loaded: list[Claim] = []
    broken = 0
    for ref in refs:
        try:
            files = claim_files(ref) if keep_going else (ref,)
        except ClaimsError as err:
            if not keep_going:
                raise
            common.warn_error(err, as_json=as_json)
            broken += 1
            continue
        for name in files:
            try:
                loaded.extend(read_claims(name))
            except ClaimsError as err:
                if not keep_going:
                    raise
                common.warn_error(err, as_json=as_json)
                broken += 1
    return loaded, broken
