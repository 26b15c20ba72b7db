"""The recovery journal of an open plan: each change on disk a moment after its key.

A session's `Journal` appends every change to the plan's recovery copy (`recovery.py`)
off the UI thread, so a kill right after a key loses nothing however large the plan,
and writes the copy's base anew now and then.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gathertui import instances, recovery
from gathertui.planning.step_records import step_record

if TYPE_CHECKING:
    from gathertui.planning.editing import Step

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
            recovery.discard(recovery.copy_file(plan_path, self.owner))

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
        copy = recovery.copy_file(path, self.owner)
        if base is not None:
            text, upto = base
            self._lines.clear()
            recovery.keep(copy, path, text, saved_at, upto)
            # Lines of an earlier base are numbered up to `upto`, so a replay passes them
            # by: emptying the log is only tidiness, with no need to be atomic.
            copy.with_suffix(".log").write_text("", encoding="ascii")
        record = {"seq": seq, "saved_at": saved_at, "steps": [step_record(s) for s in steps]}
        line = json.dumps(record) + "\n"
        self._lines.append((seq, line))
        recovery.append_log(copy, line)

    def _write_base(self, generation: int, path: Path, text: str, upto: int) -> None:
        if generation != self._generation:
            return
        copy = recovery.copy_file(path, self.owner)
        recovery.keep(copy, path, text, _now(), upto)
        self._lines = [(seq, line) for seq, line in self._lines if seq > upto]
        recovery.rewrite_log(copy, "".join(line for _, line in self._lines))
        self._resync = False


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")
