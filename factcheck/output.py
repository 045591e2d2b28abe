"""Writing a report to a file atomically: a temporary file in the same folder, then os.replace."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from factcheck.errors import UsageError


def check_writable(path: Path) -> None:
    """Raise UsageError when `path` cannot be written: its folder is missing, or it is a folder."""
    folder = path.parent
    if not folder.is_dir():
        raise UsageError("the output folder does not exist", path=str(folder), hint="create it first")
    if path.is_dir():
        raise UsageError("the output path is a folder", path=str(path))


def write_atomic(path: Path, text: str) -> None:
    """Write `text` (UTF-8) to `path` so that readers see the old file or the new one, never a part.

    Raises UsageError when the folder does not exist or the file cannot be written.
    """
    check_writable(path)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, path)
    except OSError as err:
        Path(temp).unlink(missing_ok=True)
        raise UsageError(f"cannot write: {err.strerror}", path=str(path)) from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
