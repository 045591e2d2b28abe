"""`factcheck sources`: see what is cached, fetch URLs into the cache, build the index ahead of a batch."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from factcheck.cli import common
from factcheck.errors import ExitCode, FactcheckError, UsageError

if TYPE_CHECKING:
    from factcheck.options import CheckOptions
    from factcheck.sources.cache import CachedSource

app = typer.Typer(
    name="sources",
    help="List cached sources, fetch URLs into the cache, and index sources ahead of a batch.",
    no_args_is_help=True,
)

CacheDir = Annotated[Path | None, typer.Option("--cache-dir", help="The fetch cache folder. \\[default: $XDG_CACHE_HOME/factcheck]", show_default=False)]
Timeout = Annotated[float | None, typer.Option("--timeout", min=0.1, help="Seconds to wait to connect and for each read. \\[default: 10]", show_default=False)]
MaxBytes = Annotated[int | None, typer.Option("--max-bytes", min=1, help="Size cap on a fetched body. \\[default: 20000000]", show_default=False)]
Retries = Annotated[int | None, typer.Option("--retries", min=0, help="Retries on connection errors, 429 and 5xx. \\[default: 2]", show_default=False)]
Claims = Annotated[list[str] | None, typer.Option("--claims", "-c", help="Also take the sources these claims files name.", show_default=False)]
ConfigFile = Annotated[Path | None, typer.Option("--config", help="Configuration file. \\[default: the nearest factcheck.toml or pyproject.toml]", show_default=False)]


@app.command("list")
def list_cached(
    cache_dir: CacheDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per cached URL, one a line.")] = False,
    config_file: ConfigFile = None,
) -> None:
    """Show the URLs in the fetch cache, when each was fetched, and whether it is still fresh.

    Example: factcheck sources list --cache-dir .factcheck/cache
    """
    from factcheck.sources import cache, urls

    try:
        options = _options(config_file, cache_dir=cache_dir)
        where = cache.cache_dir(options.fetch)
        found = cache.entries(urls.session(options.fetch)) if (where / cache.CACHE_FILE).exists() else ()
    except FactcheckError as err:
        raise common.fatal(err) from None
    if as_json:
        sys.stdout.write("".join(json.dumps(_record(entry), sort_keys=True) + "\n" for entry in found))
        return
    if not found:
        common.stderr.print(f"nothing cached in {where}")
        return
    for entry in found:
        state = "stale" if entry.stale else "fresh"
        via = f" -> {entry.final_url}" if entry.final_url != entry.url else ""
        fetched = entry.fetched.strftime("%Y-%m-%d %H:%M UTC")
        typer.echo(f"{fetched}  {state}  {entry.size:>10,}  {entry.media_type or '-':<24}  {entry.url}{via}")
    common.stderr.print(f"{len(found)} cached URL(s) in {where}")


@app.command("fetch")
def fetch(
    urls_given: Annotated[list[str] | None, typer.Argument(metavar="URL...", help="URLs to fetch. \\[default: the URLs of the configured sources]", show_default=False)] = None,
    claims: Claims = None,
    cache_dir: CacheDir = None,
    timeout: Timeout = None,
    max_bytes: MaxBytes = None,
    retries: Retries = None,
    config_file: ConfigFile = None,
) -> None:
    """Fetch URLs into the cache, so that a later run (or --offline) need not fetch them.

    Exit status: 0 when every URL was fetched, 2 when one could not be (each is reported).

    Example: factcheck sources fetch https://example.org/report.html --claims claims/
    """
    from factcheck.sources import is_url, urls

    try:
        options = _options(config_file, cache_dir=cache_dir, timeout=timeout, max_bytes=max_bytes, retries=retries)
        refs = _refs(urls_given, claims, config_file)
        wanted = [ref for ref in refs if is_url(ref)]
        if not wanted:
            raise UsageError("no URLs to fetch", hint="give URLs as arguments, or --claims FILE whose sources are URLs")
    except FactcheckError as err:
        raise common.fatal(err) from None
    failed = 0
    for url in dict.fromkeys(wanted):
        try:
            raw = urls.fetch(url, options.fetch)
        except FactcheckError as err:
            common.warn(f"skipped {url}: {err.message}")
            failed += 1
            continue
        typer.echo(f"fetched {url} ({len(raw.data):,} bytes, {raw.media_type or 'no media type'})")
    raise typer.Exit(code=int(ExitCode.ERROR if failed else ExitCode.OK))


@app.command("index")
def index(
    refs: Annotated[list[str] | None, typer.Argument(metavar="SOURCE...", help="Files, folders, globs, URLs. \\[default: the configured sources]", show_default=False)] = None,
    claims: Claims = None,
    index_dir: Annotated[Path | None, typer.Option("--index-dir", help="Where the index is kept.", show_default=False)] = None,
    cache_dir: CacheDir = None,
    timeout: Timeout = None,
    max_bytes: MaxBytes = None,
    offline: Annotated[bool | None, typer.Option("--offline/--online", help="Use cached URLs only, fetch nothing.", show_default=False)] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 2 when a source cannot be read.")] = False,
    config_file: ConfigFile = None,
) -> None:
    """Build or update the persistent index of the sources ahead of a batch (incremental).

    Example: factcheck sources index notes/ https://example.org/report.html
    """
    from factcheck.index import build

    try:
        options = _options(config_file, cache_dir=cache_dir, timeout=timeout, max_bytes=max_bytes, offline=offline, index_dir=index_dir)
        wanted = _refs(refs, claims, config_file)
        if not wanted:
            raise UsageError("no sources to index", hint="give sources as arguments, or configure `sources`")
        stats = build(wanted, options)
    except FactcheckError as err:
        raise common.fatal(err) from None
    for skipped in stats.skipped:
        common.warn(f"skipped {skipped.ref}: {skipped.reason}")
    for note in stats.notes:
        common.warn(note)
    typer.echo(
        f"{stats.sources} source(s): {stats.indexed} indexed, {stats.unchanged} unchanged, "
        f"{stats.removed} removed; {stats.passages} passage(s) written"
    )
    raise typer.Exit(code=int(ExitCode.ERROR if strict and stats.skipped else ExitCode.OK))


def _options(config_file: Path | None, **given: object) -> CheckOptions:
    """CheckOptions from the config file found from here, then the options given."""
    from factcheck import config

    return config.check_options(config.load_config(Path.cwd(), config_file), **given)


def _refs(given: list[str] | None, claims: list[str] | None, config_file: Path | None) -> list[str]:
    """The refs given, else the configured sources; plus the sources the claims files name."""
    from factcheck import config
    from factcheck.claims import read_claims

    refs = list(given or [])
    if not refs and not claims:
        refs = list(config.load_config(Path.cwd(), config_file).sources)
    for ref in claims or []:
        for claim in read_claims(ref):
            refs.extend(claim.sources)
    return list(dict.fromkeys(refs))


def _record(entry: CachedSource) -> dict[str, object]:
    """A cached source as a JSON object."""
    return {
        "url": entry.url,
        "final_url": entry.final_url,
        "fetched": entry.fetched.isoformat(),
        "expires": entry.expires.isoformat() if entry.expires else None,
        "stale": entry.stale,
        "size": entry.size,
        "media_type": entry.media_type,
    }
