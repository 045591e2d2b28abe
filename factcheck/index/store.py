"""What the on-disk engines share: the folder's stamp, the writers' lock, and rebuilding.

An index folder holds `factcheck-index.json` (the engine and format that wrote it), the engine's
files, and `write.lock`. A process takes an exclusive `fcntl.flock` on `write.lock` for as long
as it writes (from its first write to its flush), so concurrent runs on one folder write one at a
time and never interleave; readers take no lock (both engines let a reader see the last commit).
A folder whose stamp names another engine or format, or whose files cannot be opened, is emptied
and rebuilt, and a note saying so is returned for the run's report.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import IO

from factcheck.errors import FactcheckError

STAMP = "factcheck-index.json"
LOCK = "write.lock"


class WriteLock:
    """An exclusive, blocking, re-entrant-per-object lock on a folder's `write.lock`."""

    def __init__(self, folder: Path) -> None:
        self._path = folder / LOCK
        self._file: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._file is not None

    def acquire(self) -> None:
        """Wait until no other process writes to the folder, then hold the lock."""
        if self._file is None:
            handle = open(self._path, "ab")  # noqa: SIM115 - held until release()
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            self._file = handle

    def release(self) -> None:
        """Let other processes write."""
        if self._file is not None:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
            self._file.close()
            self._file = None

    def __enter__(self) -> WriteLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def read_stamp(folder: Path) -> dict[str, object] | None:
    """The stamp of an index folder, None when it has none or it cannot be read."""
    try:
        value = json.loads((folder / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def write_stamp(folder: Path, engine: str, version: int) -> None:
    """Record which engine and format the folder's files are in (atomically)."""
    write_atomic(folder / STAMP, json.dumps({"engine": engine, "format": version}))


def write_atomic(path: Path, text: str) -> None:
    """Write a file so that a reader sees either the old or the new content, never a part."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


class Unusable(Exception):
    """An index folder cannot be opened as it is; the message says why (empty: a new folder)."""


def check_stamp(folder: Path, engine: str, version: int, data: str) -> None:
    """Raise Unusable unless the folder was written by `engine` at `version`.

    `data` is the name of the engine's main file: a folder with it but without a stamp is broken,
    a folder with neither is new.
    """
    stamp = read_stamp(folder)
    if stamp is None:
        if (folder / data).exists():
            raise Unusable("its stamp is missing or unreadable")
        raise Unusable("")
    if stamp.get("engine") != engine or stamp.get("format") != version:
        found = f"{stamp.get('engine')} format {stamp.get('format')}"
        raise Unusable(f"it was written by {found}, this is {engine} format {version}")


def open_or_rebuild(folder: Path, lock: WriteLock, load: Callable[[], None], create: Callable[[], None]) -> str | None:
    """Open an index folder with `load`, or empty it and `create` a new index there.

    `load` raises Unusable when the folder cannot be used. It is tried once without the lock,
    then again under it (another process may have been creating or rebuilding the folder)
    before the folder is emptied. Returns the note to report when an existing index was lost.
    """
    try:
        load()
        return None
    except Unusable:
        pass
    with lock:
        try:
            load()
            return None
        except Unusable as err:
            reason = str(err)
        empty(folder)
        create()
    return rebuilt_note(folder, reason) if reason else None


def empty(folder: Path) -> None:
    """Remove everything in an index folder but its lock file (the caller holds the lock)."""
    for path in folder.iterdir():
        if path.name == LOCK:
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


def rebuilt_note(folder: Path, reason: str) -> str:
    """The note a run reports when an index folder had to be rebuilt."""
    return f"index at {folder} was rebuilt from scratch: {reason}"


class IndexCorrupted(FactcheckError):
    """The index files failed while in use (not when opened): the run stops, the next one rebuilds."""


def corrupted(folder: Path, err: Exception) -> IndexCorrupted:
    """The error to raise when an index fails in use; its stamp is removed so the next run rebuilds it."""
    (folder / STAMP).unlink(missing_ok=True)
    return IndexCorrupted(f"index at {folder} is corrupted ({str(err)[:200]}); it will be rebuilt on the next run")
