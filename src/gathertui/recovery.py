"""Recovery copies of unsaved work, so a crash or a killed terminal loses nothing.

While a plan has unsaved changes, its canonical text is kept under the user's state
folder (platformdirs; `GATHERTUI_STATE_DIR` overrides it), one copy per plan and running
instance of the app (`instances`), so two windows on one plan never write over each
other's work. A normal save or an explicit discard removes the copy; a copy found at the
next start, left by an instance that is no longer running, means work was lost, and is
offered back.

The copy is a base text and a log of the changes since (`Journal`): each change is
appended off the UI thread a moment after the key that made it, so a kill right after a
key loses nothing, and the base is brought up to date now and then.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gathertui import instances
from gathertui.planning.step_records import step_record
from gathertui.storage.atomic import write_atomic
from gathertui.user_state import state_folder

if TYPE_CHECKING:
    from gathertui.planning.editing import Step


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


# One thread writes every journal's files, in the order they were asked for: a change is
# appended a moment after its key, a save's removal of the copy comes after the changes
# before it, and no write ever runs on the UI thread.
_writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gathertui-recovery")
# How long the UI waits for the writer (a save, quitting) before going on without it.
WAIT = 10.0


def wait_for_writes(timeout: float = WAIT) -> None:
    """Waits until every write asked for so far is done: before the app ends."""
    with contextlib.suppress(TimeoutError):
        _writer.submit(lambda: None).result(timeout)


class Journal:
    """One session's recovery copy: a base text and a log of the changes since.

    Every change is appended to the log at once (its steps as JSON, a few hundred bytes),
    so a kill right after a key loses nothing however large the plan; the base is
    written again from the plan's text now and then (in a thread of its own, as the text
    of 5,000 people takes a tenth of a second) and the log shortened to what came after.
    """

    # Changes logged before the base is written anew.
    COMPACT_AFTER = 200

    def __init__(self, path_of: Callable[[], Path], frozen_text: Callable[[], Callable[[], str]]):
        """`path_of` gives the plan's path now; `frozen_text` takes the plan as it is
        now, on the calling thread, and gives a function that makes its text anywhere."""
        self._path_of = path_of
        self._frozen_text = frozen_text
        # The instance that began it: its copies keep that name even if the instance
        # ends before the last write (the app closing), so a base and its log stay one.
        self.owner = instances.current().id
        self._seq = 0
        # The base still to write, with the number of the last change it holds.
        self._base: tuple[str, int] | None = None
        self._logged_since_base = 0
        self._compacting = False
        # Moves on at every `discard`: a write asked for before it is not done.
        self._generation = 0
        # The writer's own: the log's lines since its base, to shorten it.
        self._lines: list[tuple[int, str]] = []
        # Set by a failed write until a whole base is written again.
        self._resync = False
        # Called, on the writer's thread, with a write's OSError (the app says it once).
        self.on_error: Callable[[OSError], None] | None = None

    def started(self, text: str) -> None:
        """The plan is `text` now (opened, saved, read again, restored): the base of the
        log that follows, written with the first change."""
        self._base = (text, self._seq)
        self._logged_since_base = 0

    def record(self, steps: list[Step]) -> None:
        """Logs the steps a change, an undo or a redo applied, from the UI thread."""
        self._seq += 1
        seq, base, self._base = self._seq, self._base, None
        saved_at = _now()
        path = self._path_of()
        self._submit(self._append, path, seq, steps, saved_at, base)
        self._logged_since_base += 1
        if (self._resync or self._logged_since_base >= self.COMPACT_AFTER) and not self._compacting:
            self._compact(path)

    def _compact(self, path: Path) -> None:
        self._compacting = True
        self._logged_since_base = 0
        make_text, upto, generation = self._frozen_text(), self._seq, self._generation

        def in_thread() -> None:
            try:
                text = make_text()
                self._submit(self._write_base, generation, path, text, upto).result()
            finally:
                self._compacting = False

        threading.Thread(target=in_thread, name="gathertui-recovery-text", daemon=True).start()

    def write_now(self, text: str) -> None:
        """Writes the whole plan as the base now, waiting for it: before quitting, or as
        the app fails. Raises OSError (TimeoutError among them, if the state folder
        hangs), which is then not reported to `on_error`."""
        path, generation, upto = self._path_of(), self._generation, self._seq
        _writer.submit(self._write_base, generation, path, text, upto).result(WAIT)

    def discard(self, plan_path: Path) -> None:
        """Removes the copy of `plan_path` once what was asked for before is dropped or
        done, waiting for it: nothing asked for before a save is written after it."""
        self._generation += 1
        self._base = None

        def run() -> None:
            self._lines.clear()
            discard(copy_file(plan_path, self.owner))

        # A state folder that hangs (a network drive) leaves a copy behind, which is
        # offered only if it differs from the saved file: better than a hung save.
        with contextlib.suppress(TimeoutError):
            _writer.submit(run).result(WAIT)

    def _submit(self, task: Callable[..., None], *args: Any) -> Future[None]:
        """Runs `task` on the writer's thread unless a `discard` comes first; its OSError
        goes to `on_error`, and the next change writes the whole base again."""
        generation = self._generation

        def run() -> None:
            if generation != self._generation:
                return
            try:
                task(*args)
            except Exception as error:
                # The next change writes the whole plan as the base again. A failure of
                # the state folder is said, once until that succeeds; anything else
                # (never expected) costs only the log's shortcut.
                if isinstance(error, OSError) and not self._resync and self.on_error:
                    self.on_error(error)
                self._resync = True

        return _writer.submit(run)

    def _append(
        self, path: Path, seq: int, steps: list[Step], saved_at: str, base: tuple[str, int] | None
    ) -> None:
        copy = copy_file(path, self.owner)
        if base is not None:
            text, upto = base
            self._lines.clear()
            keep(copy, path, text, saved_at, upto)
            # Lines of an earlier base are numbered up to `upto`, so a replay passes them
            # by: emptying the log is only tidiness, with no need to be atomic.
            copy.with_suffix(".log").write_text("", encoding="ascii")
        record = {"seq": seq, "saved_at": saved_at, "steps": [step_record(s) for s in steps]}
        line = json.dumps(record) + "\n"
        self._lines.append((seq, line))
        append_log(copy, line)

    def _write_base(self, generation: int, path: Path, text: str, upto: int) -> None:
        if generation != self._generation:
            return
        copy = copy_file(path, self.owner)
        keep(copy, path, text, _now(), upto)
        self._lines = [(seq, line) for seq, line in self._lines if seq > upto]
        rewrite_log(copy, "".join(line for _, line in self._lines))
        self._resync = False


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")
