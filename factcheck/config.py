"""The configuration file: `factcheck.toml`, or `[tool.factcheck]` in `pyproject.toml`.

It is looked for from the current folder upwards; the first folder that has either wins
(`factcheck.toml` before `pyproject.toml`, and a `pyproject.toml` without the table is passed
over). Keys are written with dashes (`fail-on`; `fail_on` is accepted too):

    sources = ["notes/", "https://example.org/report.html"]  # relative to this file
    format = "table"
    fail-on = ["contradicted", "disputed"]                     # or "contradicted,disputed", or "none"
    top-k = 5
    candidates = 50
    timeout = 10.0
    max-bytes = 20000000
    retries = 2
    offline = false
    jobs = 1
    strict = false
    cache-dir = ".factcheck/cache"                             # relative to this file
    index-dir = ".factcheck/index"
    ignore = ["drafts/*", "*.bak"]
    [thresholds]                                               # [tool.factcheck.thresholds]
    relevant = 60
    related = 45

Command-line options win over the file. A malformed file is a ConfigError naming the file and,
where it can be found, the line.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from factcheck.errors import ConfigError
from factcheck.model import Verdict
from factcheck.options import CheckOptions, Thresholds
from factcheck.report import Format

CONFIG_NAME = "factcheck.toml"
PYPROJECT = "pyproject.toml"

# key -> (accepted Python types, what the error message calls them)
KEYS: dict[str, tuple[tuple[type, ...], str]] = {
    "sources": ((list,), "a list of strings"),
    "format": ((str,), "a string"),
    "fail-on": ((str, list), "a string or a list of strings"),
    "top-k": ((int,), "a positive integer"),
    "candidates": ((int,), "a positive integer"),
    "timeout": ((int, float), "a number of seconds"),
    "max-bytes": ((int,), "a positive integer"),
    "retries": ((int,), "a non-negative integer"),
    "offline": ((bool,), "true or false"),
    "jobs": ((int,), "a positive integer"),
    "strict": ((bool,), "true or false"),
    "cache-dir": ((str,), "a folder path"),
    "index-dir": ((str,), "a folder path"),
    "ignore": ((list,), "a list of strings"),
    "thresholds": ((dict,), "a table"),
}
THRESHOLD_KEYS = tuple(f.name for f in fields(Thresholds))


@dataclass(frozen=True, slots=True)
class Config:
    """The settings read from a configuration file; None (or empty) where the file says nothing."""

    path: Path | None = None  # the file they were read from; None when there is none
    sources: tuple[str, ...] = ()  # relative to the folder `load_config` started from, or URLs
    format: str | None = None
    fail_on: frozenset[Verdict] | None = None
    top_k: int | None = None
    candidates: int | None = None
    timeout: float | None = None
    max_bytes: int | None = None
    retries: int | None = None
    offline: bool | None = None
    jobs: int | None = None
    strict: bool | None = None
    cache_dir: Path | None = None
    index_dir: Path | None = None
    ignore: tuple[str, ...] = ()
    thresholds: tuple[tuple[str, float], ...] = ()  # (Thresholds field, value) pairs


def parse_fail_on(values: Iterable[str]) -> frozenset[Verdict]:
    """Verdicts from comma-separated lists of labels; `none` alone means no verdict fails the run.

    Raises ValueError naming the first unknown label.
    """
    labels = [part.strip().lower() for value in values for part in value.split(",") if part.strip()]
    verdicts: set[Verdict] = set()
    for label in labels:
        if label == "none":
            continue
        try:
            verdicts.add(Verdict(label))
        except ValueError:
            choices = ", ".join([*(v.value for v in Verdict), "none"])
            raise ValueError(f"unknown verdict {label!r} (choose from {choices})") from None
    return frozenset(verdicts)


def find_config(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest configuration file at or above `start`, with its factcheck table."""
    for folder in (start.resolve(), *start.resolve().parents):
        own = folder / CONFIG_NAME
        if own.is_file():
            return own, _read(own, start)
        pyproject = folder / PYPROJECT
        if pyproject.is_file():
            table = _read(pyproject, start).get("tool", {}).get("factcheck")
            if table is not None:
                if not isinstance(table, dict):
                    raise ConfigError("[tool.factcheck] must be a table", path=_shown(pyproject, start))
                return pyproject, table
    return None


def load_config(start: Path, path: Path | None = None) -> Config:
    """Read the configuration for a run started in `start`: `path` if given, else the nearest file.

    An empty Config when there is no file. Raises ConfigError for a malformed one.
    """
    if path is not None:
        if not path.is_file():
            raise ConfigError("configuration file not found", path=str(path))
        table = _read(path, start)
        if path.name == PYPROJECT:
            table = table.get("tool", {}).get("factcheck", {})
        found: tuple[Path, dict[str, Any]] | None = (path, table)
    else:
        found = find_config(start)
    if found is None:
        return Config()
    return _parse(found[0], found[1], start)


def check_options(config: Config, **given: Any) -> CheckOptions:
    """CheckOptions from the defaults, then the config file, then the options `given` (None: not given).

    `given` takes the names of CheckOptions and FetchOptions fields (`top_k`, `timeout`,
    `cache_dir`, `offline`, ...), plus `thresholds` as a Thresholds.
    """
    base = CheckOptions()
    from_file = {
        "top_k": config.top_k, "candidates": config.candidates, "jobs": config.jobs, "index_dir": config.index_dir,
        "timeout": config.timeout, "max_bytes": config.max_bytes, "retries": config.retries,
        "offline": config.offline, "cache_dir": config.cache_dir, "ignore": config.ignore or None,
    }  # fmt: skip
    chosen = {k: v for k, v in from_file.items() if v is not None} | {k: v for k, v in given.items() if v is not None}
    fetch_names = {f.name for f in fields(base.fetch)}
    fetch = replace(base.fetch, **{k: v for k, v in chosen.items() if k in fetch_names})
    thresholds = chosen.pop("thresholds", None) or replace(base.thresholds, **dict(config.thresholds))
    top = {k: v for k, v in chosen.items() if k not in fetch_names}
    return replace(base, fetch=fetch, thresholds=thresholds, **top)


def _read(path: Path, start: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as err:
        where = re.search(r"\(at line (\d+), column \d+\)", str(err))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(err)) or "invalid TOML"
        raise ConfigError(f"invalid TOML: {message}", path=_shown(path, start), line=int(where.group(1)) if where else None) from None
    except OSError as err:
        raise ConfigError(f"cannot read: {err.strerror}", path=_shown(path, start)) from None


def _line_of(path: Path, key: str) -> int | None:
    """The first line where `key` is set, for error messages (TOML parsers do not keep positions)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=|^\s*\[[^\]]*\b{re.escape(key)}\]")
    start = 0
    if path.name == PYPROJECT:  # look inside [tool.factcheck...] only
        start = next((i for i, line in enumerate(lines) if line.strip().startswith("[tool.factcheck")), 0)
    return next((i + 1 for i in range(start, len(lines)) if pattern.search(lines[i])), None)


def _parse(path: Path, table: Mapping[str, Any], start: Path) -> Config:
    def fail(key: str, problem: str) -> ConfigError:
        return ConfigError(f"{key!r}: {problem}", path=_shown(path, start), line=_line_of(path, key))

    values: dict[str, Any] = {}
    for raw_key, value in table.items():
        key = raw_key.replace("_", "-")
        if key not in KEYS:
            raise fail(raw_key, f"unknown key (known: {', '.join(KEYS)})")
        types, described = KEYS[key]
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise fail(raw_key, f"must be {described}, not {type(value).__name__}")
        if isinstance(value, list) and not all(isinstance(item, str) for item in value):
            raise fail(raw_key, "must be a list of strings")
        if isinstance(value, int) and not isinstance(value, bool) and value < (0 if key == "retries" else 1):
            raise fail(raw_key, f"must be {described}")
        values[key] = value
    folder = path.parent
    try:
        fail_on = parse_fail_on([values["fail-on"]] if isinstance(values.get("fail-on"), str) else values.get("fail-on", []))
    except ValueError as err:
        raise fail("fail-on", str(err)) from None
    if values.get("format") is not None and values["format"] not in set(Format):
        raise fail("format", f"unknown format {values['format']!r} (choose from {', '.join(Format)})")
    return Config(
        path=path,
        sources=tuple(_relative(s, folder, start) for s in values.get("sources", ())),
        format=values.get("format"),
        fail_on=fail_on if "fail-on" in values else None,
        top_k=values.get("top-k"),
        candidates=values.get("candidates"),
        timeout=float(values["timeout"]) if "timeout" in values else None,
        max_bytes=values.get("max-bytes"),
        retries=values.get("retries"),
        offline=values.get("offline"),
        jobs=values.get("jobs"),
        strict=values.get("strict"),
        cache_dir=folder / values["cache-dir"] if "cache-dir" in values else None,
        index_dir=folder / values["index-dir"] if "index-dir" in values else None,
        ignore=tuple(values.get("ignore", ())),
        thresholds=_thresholds(values.get("thresholds", {}), fail),
    )


def _thresholds(table: Mapping[str, Any], fail: Any) -> tuple[tuple[str, float], ...]:
    pairs = []
    for key, value in table.items():
        name = key.replace("-", "_")
        if name not in THRESHOLD_KEYS:
            raise fail(key, f"unknown threshold (known: {', '.join(THRESHOLD_KEYS)})")
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
            raise fail(key, "must be a score from 0 to 100")
        pairs.append((name, float(value)))
    return tuple(pairs)


def _relative(ref: str, folder: Path, start: Path) -> str:
    """A source ref of the config file, made relative to the folder the run started in."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", ref) or os.path.isabs(ref):
        return ref
    return os.path.relpath(os.path.join(folder.resolve(), ref), start.resolve())


def _shown(path: Path, start: Path) -> str:
    """The config path as error messages show it: relative to the start folder when below it."""
    try:
        return str(path.resolve().relative_to(start.resolve()))
    except ValueError:
        return str(path)
