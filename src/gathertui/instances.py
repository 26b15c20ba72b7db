"""The running copies of the app, so each keeps its own recovery copies and knows the
plans another has open.

An instance holds a lock file in the state folder for as long as it runs (filelock:
`flock` on Linux and macOS, `msvcrt.locking` on Windows). The operating system lets go
of the lock when the process ends, however it ends, so a lock nobody holds means its
instance is gone and its recovery copies are work to offer; a lock someone holds means
its instance is running and its copies are its own live work. Beside the lock, a small
record says when the instance started and which plans it has open.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout

from gathertui.storage.atomic import write_atomic
from gathertui.user_state import state_folder


def _folder() -> Path:
    return state_folder() / "instances"


@dataclass
class Instance:
    """This process's instance: its id names its recovery copies."""

    id: str
    started: datetime
    folder: Path
    lock: FileLock | None = None
    plans: set[str] = field(default_factory=set)

    def opened(self, plan_path: Path) -> None:
        self.plans.add(_key(plan_path))
        self._write_record()

    def closed(self, plan_path: Path) -> None:
        self.plans.discard(_key(plan_path))
        self._write_record()

    def _write_record(self) -> None:
        started = self.started.isoformat(timespec="seconds")
        record = {"started": started, "plans": sorted(self.plans)}
        # Only a courtesy to other instances: a state folder that will not take it
        # (read-only, full) costs the warning, never the edit.
        with contextlib.suppress(OSError):
            write_atomic(self.folder / f"{self.id}.json", json.dumps(record).encode("ascii"))

    def end(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        for suffix in (".json", ".lock"):
            with contextlib.suppress(OSError):
                (self.folder / f"{self.id}{suffix}").unlink()


_current: Instance | None = None


def current() -> Instance:
    """This process's instance, begun at first need (in the state folder of the time)."""
    global _current
    if _current is None or _current.folder != _folder():
        _current = _begin()
    return _current


def end() -> None:
    """Ends this process's instance: its lock is let go, so its copies are offered."""
    global _current
    if _current is not None:
        _current.end()
        _current = None


def _begin() -> Instance:
    started = datetime.now()
    # The time first, so a folder listing reads in order; the rest keeps two instances
    # started in the same second (a test, a script) apart.
    ident = f"{started:%Y%m%dT%H%M%S}-{os.getpid()}-{secrets.token_hex(3)}"
    instance = Instance(ident, started, _folder())
    try:
        instance.folder.mkdir(parents=True, exist_ok=True)
        lock = FileLock(instance.folder / f"{ident}.lock", thread_local=False)
        lock.acquire(timeout=0)
        instance.lock = lock
    except (OSError, Timeout):
        # No lock, no record: the copies still carry the id, and are offered once this
        # instance is gone from the folder's point of view (its lock file absent).
        pass
    return instance


def alive(ident: str) -> bool:
    """Whether the instance `ident` is running: someone holds its lock."""
    path = _folder() / f"{ident}.lock"
    if ident == (_current.id if _current else None):
        return True
    if not path.exists():
        return False
    probe = FileLock(path, thread_local=False)
    try:
        probe.acquire(timeout=0)
    except Timeout:
        return True
    except OSError:
        return False
    probe.release()
    # Its holder is gone: its lock and record are tidied here, its copies stay.
    for suffix in (".json", ".lock"):
        with contextlib.suppress(OSError):
            (path.with_suffix(suffix)).unlink()
    return False


def others_with(plan_path: Path) -> list[datetime]:
    """When the other running instances that have `plan_path` open started, earliest
    first."""
    key = _key(plan_path)
    mine = _current.id if _current else None
    found: list[datetime] = []
    with contextlib.suppress(OSError):
        for record_path in _folder().glob("*.json"):
            ident = record_path.stem
            if ident == mine:
                continue
            try:
                record = json.loads(record_path.read_text(encoding="utf-8"))
                if key in record["plans"] and alive(ident):
                    found.append(datetime.fromisoformat(record["started"]))
            except (OSError, ValueError, KeyError, TypeError):
                continue
    return sorted(found)


def _key(plan_path: Path) -> str:
    # A file name that is not UTF-8 (possible on Linux) comes as lone surrogates; JSON
    # in ASCII writes them as escapes and reads them back the same.
    return str(plan_path.resolve())
