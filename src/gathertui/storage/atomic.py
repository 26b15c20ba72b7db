"""Atomic file writes: a crash mid-save leaves the old file or the new one, never a mix.

Files stay as the person arranged them: a symbolic link is written through to the file
it points at (and stays a link), and a file without write permission is never replaced.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from pathlib import Path

# A save in progress by another instance is younger than this: its file is left alone.
STALE_AFTER = 60.0
# mkstemp's names: the prefix, eight of these characters, the suffix.
_RANDOM = r"[a-z0-9_]{8}"


class ReadOnlyFile(PermissionError):
    """The file has no write permission bits: it is not replaced, even by root (who
    may write anything), since someone marked it so on purpose."""

    # The sentence `i18n.os_errors.os_reason` gives for it.
    reason_key = "os.read_only_file"

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EACCES, "the file is read-only", str(path))


def write_target(path: Path) -> Path:
    """The file a write to `path` changes: the end of its symbolic links, or `path`."""
    return path.resolve() if path.is_symlink() else path


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write `data` to a temporary file beside the file, fsync it, then rename it over.

    `durable=False` leaves the fsyncs out: the rename still replaces the file whole when
    the program is killed, which is what a recovery copy is for, and costs a few
    milliseconds less on every change; only a power cut may find the older copy.

    A symbolic link is written through: the temporary file goes beside the link's target,
    so the rename stays in one file system and the link keeps pointing at the new file.
    The file's permission bits are kept, so a plan that was group-writable stays so.
    Raises ReadOnlyFile for a file without write permission bits.
    """
    target = write_target(path)
    folder = target.parent
    try:
        mode: int | None = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = None
    if mode is not None and not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise ReadOnlyFile(path)
    remove_stale_temporaries(folder, target.name)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            if durable:
                os.fsync(out.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        else:
            # mkstemp makes the file private; a new plan gets the usual umask.
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    if durable:
        _sync_folder(folder)


def remove_stale_temporaries(folder: Path, name: str | None = None) -> list[Path]:
    """Removes what a killed save left in `folder`: our temporary files (of the file
    `name`, or of any `*.toml`) older than a minute; the ones removed.

    Only names of `write_atomic`'s exact pattern are touched, and nothing that fails to
    go is an error: this tidies, it never stops a save or a start.
    """
    stem = re.escape(name) if name is not None else r"[^/\\]+\.toml"
    pattern = re.compile(rf"\.{stem}\.{_RANDOM}\.tmp")
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            if now - entry.stat(follow_symlinks=False).st_mtime < STALE_AFTER:
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def _sync_folder(folder: Path) -> None:
    # The rename is durable only once the folder's entry is on disk. Not every
    # system lets a folder be opened for this (Windows); the data is safe regardless.
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
