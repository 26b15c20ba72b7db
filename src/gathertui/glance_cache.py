"""The glances of a workspace's plans kept between starts, so the list's first frame
costs one small JSON read however many plans the folder holds.

One file per workspace in the state folder, holding each plan file's glance under its
name with the size, modification time and change time (nanoseconds) it had when it was
read. A file whose size or either time differs is glanced again (the change time catches
a copy that kept its original's size and modification time, as `cp -p` makes); a cache
that cannot be read or does not have the expected shape is ignored and written anew.
Like the glance, nothing here imports pydantic or textual: it runs before the first
frame.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import stat
import time
from pathlib import Path
from typing import Any

from gathertui.glance import SETTINGS_FILE, Glance, glance_plan

# Bumped when the file's shape changes: an older cache is then ignored.
VERSION = 2
# A file changed this recently (either time) may change again within the file system's
# clock tick with the same size, which its times would not show: it is glanced but not
# kept.
SETTLING_NS = 2_000_000_000
# How many files without a kept glance are glanced before the first frame; more wait
# for the background (a first start on a large folder), shown by file name until then.
AT_ONCE = 64

Stamp = tuple[int, int, int]  # size, modification and change times in nanoseconds


def cache_file(folder: Path) -> Path:
    from gathertui.user_state import state_folder

    key = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:32]
    return state_folder() / "glances" / f"{key}.json"


def _optional_text(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise ValueError(value)


def _entry(folder: Path, name: str, value: Any) -> tuple[Stamp, Glance]:
    """One kept glance; ValueError (or TypeError, KeyError) if it is not one."""
    stamp = (value["size"], value["mtime_ns"], value["ctime_ns"])
    if not all(isinstance(number, int) for number in stamp):
        raise ValueError(value)
    start = _optional_text(value["start"])
    glance = Glance(
        folder / name,
        title=_optional_text(value["title"]),
        start=dt.date.fromisoformat(start) if start is not None else None,
        kind=_optional_text(value["kind"]),
        status=_optional_text(value["status"]),
        reason=_optional_text(value["reason"]),
    )
    return stamp, glance


def load(folder: Path) -> dict[str, tuple[Stamp, Glance]]:
    """The kept glances by file name; empty when there is no cache or it is corrupt."""
    try:
        data = json.loads(cache_file(folder).read_bytes().decode("utf-8"))
        if data["version"] != VERSION or data["folder"] != str(folder.resolve()):
            return {}
        files = data["files"]
        return {name: _entry(folder, name, value) for name, value in files.items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return {}


def save(folder: Path, entries: dict[str, tuple[Stamp, Glance]]) -> None:
    """Writes the cache whole, atomically; a state folder that cannot be written only
    costs the next start its speed."""
    from gathertui.storage.atomic import write_atomic

    files = {
        name: {
            "size": size,
            "mtime_ns": mtime,
            "ctime_ns": ctime,
            "title": glance.title,
            "start": glance.start.isoformat() if glance.start else None,
            "kind": glance.kind,
            "status": glance.status,
            "reason": glance.reason,
        }
        for name, ((size, mtime, ctime), glance) in sorted(entries.items())
    }
    data = {"version": VERSION, "folder": str(folder.resolve()), "files": files}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    target = cache_file(folder)
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, text.encode("utf-8"), durable=False)


def _plan_stamps(folder: Path) -> dict[str, Stamp]:
    """The plan files' names with their stamps, as `plan_paths` picks them: one listing
    of the folder, without a Path per file (a thousand of them cost milliseconds)."""
    stamps: dict[str, Stamp] = {}
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            # `*.toml` as `glob` matches it (without case on Windows), without fnmatch's
            # pattern machinery per name.
            if entry.name == SETTINGS_FILE or not os.path.normcase(entry.name).endswith(".toml"):
                continue
            try:
                status = entry.stat()  # through a symbolic link, as `is_file` does
            except OSError:
                continue
            if stat.S_ISREG(status.st_mode):
                stamps[entry.name] = (status.st_size, status.st_mtime_ns, status.st_ctime_ns)
    return stamps


def quick_glances(folder: Path) -> tuple[list[Glance], list[Path]]:
    """What the list shows before its first frame: the kept glance of every file
    unchanged since, the others glanced now when there are at most AT_ONCE of them.
    Also the files left unglanced (shown by name until `glances_kept` has read them)."""
    kept = load(folder)
    glances: list[Glance] = []
    missing: list[Path] = []
    for name, now in sorted(_plan_stamps(folder).items()):
        entry = kept.get(name)
        if entry is not None and entry[0] == now:
            glances.append(entry[1])
        else:
            missing.append(folder / name)
    if len(missing) <= AT_ONCE:
        return glances + [glance_plan(path) for path in missing], []
    return glances + [Glance(path) for path in missing], missing


def glances_kept(folder: Path) -> list[Glance]:
    """Every file's glance, from the cache when unchanged, read again otherwise; the
    cache is written again when anything differs. For a thread after the first frame."""
    kept = load(folder)
    entries: dict[str, tuple[Stamp, Glance]] = {}
    glances: list[Glance] = []
    settled = time.time_ns() - SETTLING_NS
    # The stamps are taken before the reads: a file changed during its read shows the
    # next start a different stamp, never a stale glance under the new one.
    for name, now in sorted(_plan_stamps(folder).items()):
        entry = kept.get(name)
        glance = entry[1] if entry is not None and entry[0] == now else glance_plan(folder / name)
        glances.append(glance)
        if max(now[1], now[2]) < settled:
            entries[name] = (now, glance)
    if entries != kept:
        save(folder, entries)
    return glances
