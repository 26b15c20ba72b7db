"""Recovery copies of unsaved work, so a crash or a killed terminal loses nothing.

While a plan has unsaved changes, its canonical text is kept under the user's state
folder (platformdirs; `GATHERTUI_STATE_DIR` overrides it), one copy per plan and running
instance of the app (`instances`), so two windows on one plan never write over each
other's work. A normal save or an explicit discard removes the copy; a copy found at the
next start, left by an instance that is no longer running, means work was lost, and is
offered back.

A copy is a base text and a log of the changes since, written by `journal.Journal`;
this module names, writes, reads and removes the files.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gathertui import instances
from gathertui.storage.atomic import write_atomic
from gathertui.user_state import state_folder

if TYPE_CHECKING:
    pass


@dataclass(frozen=True)
class Recovered:
    plan_path: Path
    text: str
    saved_at: str
    # The copy itself (its log beside it): removed once its work is taken back or refused.
    file: Path


def _plan_key(plan_path: Path) -> str:
    # A file name that is not UTF-8 (possible on Linux) comes as lone surrogates: its
    # own bytes are hashed, so the copy has a name all the same.
    name = str(plan_path.resolve()).encode("utf-8", "surrogateescape")
    return hashlib.sha256(name).hexdigest()[:20]


def _folder() -> Path:
    return state_folder() / "recovery"


def copy_file(plan_path: Path, owner: str) -> Path:
    """The copy of the plan that the instance `owner` keeps; its log is beside it, with
    ".log" for ".json"."""
    return _folder() / f"{_plan_key(plan_path)}.{owner}.json"


def keep(copy: Path, plan_path: Path, text: str, saved_at: str, upto: int = 0) -> None:
    """Writes the copy's base: the plan's text once the first `upto` logged steps are
    applied. Raises OSError when the state folder cannot take it (read-only, a file,
    full): the caller says so, and the edit stays in the session."""
    copy.parent.mkdir(parents=True, exist_ok=True)
    record = {"plan": str(plan_path.resolve()), "saved_at": saved_at, "text": text, "upto": upto}
    # ASCII JSON: a path of lone surrogates (see `_plan_key`) is written as escapes,
    # which UTF-8 could not encode, and read back as the same path.
    write_atomic(copy, json.dumps(record).encode("ascii"), durable=False)


def append_log(copy: Path, lines: str) -> None:
    """Appends change records to the copy's log. Appending, not replacing: a kill in the
    middle leaves at worst a last line cut short, which `find` leaves out."""
    with copy.with_suffix(".log").open("a", encoding="ascii", newline="\n") as log:
        log.write(lines)


def rewrite_log(copy: Path, lines: str) -> None:
    write_atomic(copy.with_suffix(".log"), lines.encode("ascii"), durable=False)


def discard(copy: Path) -> None:
    """Removes a copy and its log if they are there. A copy the system will not remove
    (a read-only state folder) is left: it is offered again only if it differs from the
    saved file."""
    for path in (copy, copy.with_suffix(".log")):
        with contextlib.suppress(OSError):
            path.unlink()


def discard_copy(copy: Recovered) -> None:
    discard(copy.file)


def find(plan_path: Path) -> list[Recovered]:
    """The copies of the plan left by instances no longer running, newest first. A copy
    named by the plan alone comes from before copies were kept per instance."""
    key = _plan_key(plan_path)
    found: list[Recovered] = []
    with contextlib.suppress(OSError):
        for path in _folder().glob(f"{key}*.json"):
            owner = path.name[len(key) : -len(".json")]
            if owner and (not owner.startswith(".") or instances.alive(owner[1:])):
                continue  # another plan's key, or a running instance's live work
            try:
                found.append(read_copy(path))
            except (OSError, ValueError, KeyError, TypeError):
                continue
    return sorted(found, key=lambda copy: copy.saved_at, reverse=True)


def read_copy(path: Path) -> Recovered:
    """The copy at `path`: its base with its log replayed. Raises OSError, ValueError
    (the JSON, or steps that do not apply), KeyError or TypeError."""
    record = json.loads(path.read_text(encoding="utf-8"))
    plan_path, text, saved_at = Path(record["plan"]), record["text"], record["saved_at"]
    upto = int(record.get("upto", 0))
    entries = _log_entries(path.with_suffix(".log"), upto)
    if entries:
        text = _replayed(plan_path, text, [step for entry in entries for step in entry["steps"]])
        saved_at = entries[-1]["saved_at"]
    return Recovered(plan_path, text, str(saved_at), path)


def _log_entries(log: Path, upto: int) -> list[dict[str, Any]]:
    """The log's entries after the base's `upto`, in order, up to the first that cannot
    be read (the line a kill cut short)."""
    try:
        lines = log.read_text(encoding="ascii").split("\n")
    except (OSError, ValueError):
        return []
    entries = []
    expected = upto + 1
    for line in lines:
        try:
            entry = json.loads(line)
            seq = int(entry["seq"])
        except (ValueError, KeyError, TypeError):
            break
        if seq <= upto:
            continue  # in the base already
        if seq != expected:
            break  # a gap: what follows cannot be applied in order
        entries.append(entry)
        expected += 1
    return entries


def _replayed(plan_path: Path, base: str, steps: list[dict[str, Any]]) -> str:
    """The base's plan with the logged steps applied, as text. Raises ValueError (a
    LoadError, pydantic's ValidationError) or IndexError when they do not apply: the copy
    is then unreadable, and the next copy or the file is what is left."""
    from gathertui.planning.step_records import replay
    from gathertui.storage import canonical_text
    from gathertui.storage.reader import decode_source, plan_from_source

    source = decode_source(plan_path, base.encode("utf-8"))
    plan = plan_from_source(source)
    try:
        replay(plan, steps)
    except (KeyError, IndexError, TypeError) as error:
        raise ValueError(str(error)) from error
    return canonical_text(plan, source.header, source.comments)
