"""Source refs to raw bytes: files, folders, globs and URLs, with what could not be read.

`collect(refs, options)` expands each ref (a file, a folder walked recursively, a glob, an
http(s) URL) into `Raw` records, unique by source and in order of first mention. A source that
cannot be read becomes a `SkippedSource` and the others go on. `base.parse(raw)` then turns each
`Raw` into a `Document`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from factcheck.errors import SourceError
from factcheck.model import SkippedSource
from factcheck.options import FetchOptions
from factcheck.sources import files
from factcheck.sources.base import Raw, kind_of
from factcheck.sources.decode import looks_binary
from factcheck.sources.files import display_path

__all__ = ["Collected", "collect", "display_path", "is_url"]

BINARY = "binary file"


@dataclass(frozen=True, slots=True)
class Collected:
    """The raw sources a list of refs expanded to, and the ones that could not be read."""

    raws: tuple[Raw, ...]  # unique by Raw.source, in order of first mention
    skipped: tuple[SkippedSource, ...]  # missing, unreadable, binary, no match for a glob...
    # each ref as given -> the Raw.source values it expanded to (read-only)
    members: Mapping[str, tuple[str, ...]]


def is_url(ref: str) -> bool:
    """Whether a source ref is an http(s) URL."""
    head = ref[:8].lower()
    return head.startswith(("http://", "https://"))


def collect(refs: Sequence[str], options: FetchOptions) -> Collected:
    """Read every ref into `Raw` records; what cannot be read is skipped with a reason."""
    state = _State()
    for ref in refs:
        if ref in state.members:
            continue
        state.members[ref] = []
        if is_url(ref):
            _collect_url(ref, options, state)
        elif files.is_glob(ref) and not Path(ref).exists():
            _collect_glob(ref, options, state)
        else:
            _collect_path(ref, Path(ref), options, state)
    return Collected(
        raws=tuple(state.raws.values()),
        skipped=tuple(state.skipped),
        members=MappingProxyType({ref: tuple(dict.fromkeys(got)) for ref, got in state.members.items()}),
    )


@dataclass(slots=True)
class _State:
    """What `collect` has gathered so far."""

    raws: dict[str, Raw] = field(default_factory=dict)
    skipped: list[SkippedSource] = field(default_factory=list)
    members: dict[str, list[str]] = field(default_factory=dict)

    def skip(self, ref: str, reason: str) -> None:
        if not any(s.ref == ref for s in self.skipped):
            self.skipped.append(SkippedSource(ref=ref, reason=reason))


def _collect_url(ref: str, options: FetchOptions, state: _State) -> None:
    try:
        from factcheck.sources import urls
    except ImportError:
        state.skip(ref, "URL sources are not supported yet")
        return
    try:
        raw = urls.fetch(ref, options)
    except SourceError as err:
        state.skip(ref, err.message)
        return
    state.raws.setdefault(raw.source, raw)
    state.members[ref].append(raw.source)


def _collect_glob(ref: str, options: FetchOptions, state: _State) -> None:
    matches = files.expand_glob(ref, options.ignore)
    if not matches:
        state.skip(ref, "no file matches this pattern")
    for path in matches:
        if path.is_dir():
            _collect_folder(ref, path, options, state)
        else:
            _collect_file(ref, path, state)


def _collect_path(ref: str, path: Path, options: FetchOptions, state: _State) -> None:
    if path.is_dir():
        _collect_folder(ref, path, options, state)
        if not state.members[ref] and not _skipped_under(path, state):
            state.skip(ref, "folder holds no source files")
    elif path.exists():
        _collect_file(ref, path, state)
    else:
        state.skip(ref, "no such file or folder")


def _skipped_under(folder: Path, state: _State) -> bool:
    prefix = display_path(folder).rstrip("/") + "/"
    return any(s.ref.startswith(prefix) for s in state.skipped)


def _collect_folder(ref: str, folder: Path, options: FetchOptions, state: _State) -> None:
    unreadable: list[Path] = []
    for path in files.walk(folder, options.ignore, unreadable):
        _collect_file(ref, path, state)
    for path in unreadable:
        state.skip(display_path(path), "cannot list the folder")


def _collect_file(ref: str, path: Path, state: _State) -> None:
    source = display_path(path)
    if source in state.raws:
        state.members[ref].append(source)
        return
    if files.has_binary_suffix(path):
        state.skip(source, BINARY)
        return
    try:
        raw = files.read(path)
    except SourceError as err:
        state.skip(source, err.message)
        return
    if kind_of(raw) == "text" and looks_binary(raw.data):
        state.skip(source, BINARY)
        return
    state.raws[source] = raw
    state.members[ref].append(source)
