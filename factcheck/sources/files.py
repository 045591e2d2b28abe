"""Local files: read bytes into `Raw`, expand folders and globs into the files they hold."""

from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from factcheck.errors import SourceError
from factcheck.sources.base import Raw

# Suffixes of files that are never text and have no parser; skipped inside folders unread.
BINARY_SUFFIXES = frozenset(
    """.png .jpg .jpeg .gif .bmp .tif .tiff .webp .ico .heic .psd .zip .gz .tgz .bz2 .xz .zst .7z
    .rar .tar .jar .war .whl .egg .doc .docx .xls .xlsx .xlsm .ppt .pptx .odt .ods .odp .epub .rtf
    .exe .dll .so .dylib .bin .o .a .class .pyc .pyo .mp3 .mp4 .m4a .wav .avi .mov .mkv .webm
    .flac .ogg .woff .woff2 .ttf .otf .eot .sqlite .sqlite3 .db .parquet .feather .pkl .pickle
    .npy .npz .h5 .hdf5 .iso .dmg""".split()
)
GLOB_CHARS = frozenset("*?[")


def display_path(path: Path) -> str:
    """`path` relative to the working folder when under it (posix separators), else absolute."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return absolute.as_posix()


def read(path: Path) -> Raw:
    """The bytes of a local file as a `Raw` cited by its display path (SourceError when unreadable)."""
    source = display_path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError("no such file", path=source) from None
    except IsADirectoryError:
        raise SourceError("is a folder, not a file", path=source) from None
    except PermissionError:
        raise SourceError("permission denied", path=source) from None
    except OSError as err:
        raise SourceError(f"cannot read: {err.strerror or err}", path=source) from None
    return Raw(source=source, data=data)


def is_glob(ref: str) -> bool:
    """Whether a ref is a glob pattern rather than a plain path."""
    return any(char in GLOB_CHARS for char in ref)


def has_binary_suffix(path: Path) -> bool:
    """Whether the file's suffix says it is an image, archive, office file or other binary."""
    return path.suffix.lower() in BINARY_SUFFIXES


def ignored(relative: str, patterns: Sequence[str]) -> bool:
    """Whether a path (posix, relative to the folder walked) matches an ignore pattern.

    A pattern matches the whole relative path, or any one of its parts ("drafts", "*.bak").
    """
    if not patterns:
        return False
    parts = relative.split("/")
    for pattern in patterns:
        pattern = pattern.rstrip("/")
        if fnmatch.fnmatchcase(relative, pattern) or any(fnmatch.fnmatchcase(p, pattern) for p in parts):
            return True
    return False


def walk(folder: Path, ignore: Sequence[str] = (), unreadable: list[Path] | None = None) -> Iterator[Path]:
    """The files under `folder`, recursively, sorted, without hidden or ignored files and folders.

    A folder reached twice through symbolic links is walked once; folders that cannot be listed
    are passed over and appended to `unreadable` when it is given.
    """
    yield from _walk(folder, folder, ignore, set(), unreadable)


def _walk(
    root: Path, folder: Path, ignore: Sequence[str], seen: set[Path], unreadable: list[Path] | None
) -> Iterator[Path]:
    try:
        real = folder.resolve()
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError:
        if unreadable is not None:
            unreadable.append(folder)
        return
    if real in seen:
        return
    seen.add(real)
    for entry in entries:
        if entry.name.startswith(".") or ignored(entry.relative_to(root).as_posix(), ignore):
            continue
        if entry.is_dir():
            yield from _walk(root, entry, ignore, seen, unreadable)
        elif entry.is_file():
            yield entry


def expand_glob(pattern: str, ignore: Sequence[str] = ()) -> list[Path]:
    """The paths a glob pattern matches (`**` recursive), sorted, without hidden or ignored ones."""
    matches = sorted(glob.glob(pattern, recursive=True))
    return [Path(m) for m in matches if not ignored(Path(m).as_posix(), ignore)]
