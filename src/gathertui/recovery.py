"""Recovery copies of unsaved work, so a crash or a killed terminal loses nothing.

While a plan has unsaved changes, its canonical text is kept under the user's state
folder (platformdirs; `GATHERTUI_STATE_DIR` overrides it). A normal save or an explicit
discard removes the copy; finding one at the next start means work was lost.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from gathertui.storage.atomic import write_atomic


@dataclass(frozen=True)
class Recovered:
    plan_path: Path
    text: str
    saved_at: str


def state_folder() -> Path:
    override = os.environ.get("GATHERTUI_STATE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_state_path

    return user_state_path("gathertui")


def _copy_path(plan_path: Path) -> Path:
    # A file name that is not UTF-8 (possible on Linux) comes as lone surrogates: its
    # own bytes are hashed, so the copy has a name all the same.
    name = str(plan_path.resolve()).encode("utf-8", "surrogateescape")
    key = hashlib.sha256(name).hexdigest()[:20]
    return state_folder() / "recovery" / f"{key}.json"


def keep(plan_path: Path, text: str, saved_at: str) -> None:
    """Raises OSError when the state folder cannot take the copy (read-only, a file,
    full): the caller says so, and the edit stays in the session."""
    target = _copy_path(plan_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    record = {"plan": str(plan_path.resolve()), "saved_at": saved_at, "text": text}
    # ASCII JSON: a path of lone surrogates (see `_copy_path`) is written as escapes,
    # which UTF-8 could not encode, and read back as the same path.
    write_atomic(target, json.dumps(record).encode("ascii"))


def find(plan_path: Path) -> Recovered | None:
    try:
        record = json.loads(_copy_path(plan_path).read_text(encoding="utf-8"))
        return Recovered(Path(record["plan"]), record["text"], record["saved_at"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def discard(plan_path: Path) -> None:
    """Removes the copy if there is one. A copy the system will not remove (a read-only
    state folder) is left: it is offered again only if it differs from the saved file."""
    with contextlib.suppress(OSError):
        _copy_path(plan_path).unlink()
