"""An open plan being edited: its file, its editor, saving and recovery.

Nothing here knows about the terminal; the TUI drives a session and tests drive the same.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from gathertui import instances, recovery
from gathertui.journal import Journal
from gathertui.model.plan import Plan
from gathertui.planning.editing import Change, PlanEditor, Step, inverse_step
from gathertui.storage import Source, canonical_text, load_plan, save
from gathertui.storage.locate import SourceIndex
from gathertui.storage.reader import decode_source, plan_from_source
from gathertui.storage.save import write_new

# Each editor a session starts (open, reload, restore) gets a number of its own, so a
# revision is never repeated by a later editor of the same plan.
_editors = itertools.count()


@dataclass
class PlanSession:
    path: Path
    source: Source
    editor: PlanEditor
    # Copies of unsaved work on this plan that ended instances left (newest first).
    recovered: list[recovery.Recovered] = field(default_factory=list)
    # Another running instance that has this plan open (when it started), and whether
    # the person chose to look only (`read_only`) rather than edit alongside it.
    open_elsewhere: list[datetime] = field(default_factory=list)
    read_only: bool = False
    _editor_number: int = field(default_factory=lambda: next(_editors))
    # The canonical text and its index, each with the revision it was made at: the
    # recovery copy and the lines of problems read the same text, made once per change.
    _text: tuple[object, str] | None = field(default=None, repr=False)
    _index: tuple[object, SourceIndex] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.journal = Journal(lambda: self.path, self._frozen_text)
        self.journal.started(self.source.text)

    @classmethod
    def open(cls, path: Path) -> PlanSession:
        """Raises LoadError or UnreadableFile when the file cannot be opened."""
        loaded = load_plan(path)
        session = cls(path, loaded.source, PlanEditor(loaded.model))
        for copy in recovery.find(path):
            if copy.text.encode() != loaded.source.raw:
                session.recovered.append(copy)
            else:
                recovery.discard_copy(copy)  # nothing in it that the file lacks
        session.open_elsewhere = instances.others_with(path)
        instances.current().opened(path)
        return session

    @property
    def plan(self) -> Plan:
        return self.editor.plan

    @property
    def dirty(self) -> bool:
        return self.editor.dirty

    @property
    def revision(self) -> object:
        """Changes whenever the plan does: an edit, an undo, a reload."""
        return (self._editor_number, self.editor.revision)

    def _new_editor(self, editor: PlanEditor) -> None:
        self.editor = editor
        self._editor_number = next(_editors)

    def apply(self, change: Change | None) -> Change | None:
        if change is None:
            return None
        self.editor.apply(change)
        self._journal(list(change.steps))
        return change

    def undo(self) -> Change | None:
        change = self.editor.undo()
        if change is not None:
            self._journal([inverse_step(step) for step in reversed(change.steps)])
        return change

    def redo(self) -> Change | None:
        change = self.editor.redo()
        if change is not None:
            self._journal(list(change.steps))
        return change

    def _journal(self, steps: list[Step]) -> None:
        """The recovery copy follows the change: logged at once, or removed when the
        plan is back as saved (an undo)."""
        if self.dirty:
            self.journal.record(steps)
        else:
            self._drop_copy(self.path)
            self.journal.started(self.source.text)

    def text(self) -> str:
        """The plan as it would be saved now, with the file's comments."""
        # The header line and the comments are kept from the file, which a save-as changes.
        made_at = (self.revision, self.source.header, self.source.comments)
        if self._text is None or self._text[0] != made_at:
            text = canonical_text(self.plan, self.source.header, self.source.comments)
            self._text = (made_at, text)
        return self._text[1]

    def visible_index(self) -> SourceIndex:
        """Where keys stand in the text the person has in mind: the file while the plan is
        as saved, the canonical text of the edited plan once it is not."""
        if not self.dirty:
            return self.source.index
        if self._index is None or self._index[0] != self.revision:
            self._index = (self.revision, SourceIndex.of(self.text()))
        return self._index[1]

    def _frozen_text(self) -> Callable[[], str]:
        """The plan as it is now, as a function that makes its text on any thread: the
        lists are copied (their entities are never changed in place, only replaced), so
        the UI thread's next change cannot reach the copy while its text is made."""
        plan = self.plan
        lists = {name: list(getattr(plan, name)) for name in Plan.ENTITY_LISTS}
        frozen = plan.model_copy(update=lists)
        header, comments = self.source.header, self.source.comments
        return lambda: canonical_text(frozen, header, comments)

    def keep_recovery_copy(self) -> None:
        """Writes the whole copy now, waiting for it: before quitting, or as the app fails.
        Raises OSError."""
        if self.dirty:
            self.journal.write_now(self.text())
        else:
            self._drop_copy(self.path)

    def _drop_copy(self, path: Path) -> None:
        self.journal.discard(path)

    def save(self, *, overwrite: bool = False) -> None:
        """Raises ChangedOnDisk and writes nothing then; the file's comments are kept."""
        self.source = save(self.source, self.plan, overwrite=overwrite)
        self.editor.mark_saved()
        self._drop_copy(self.path)
        self.journal.started(self.source.text)

    def save_as(self, path: Path) -> None:
        """Writes a new file (never over an existing one), with the comments of the file it
        copies, and continues editing that file."""
        source = write_new(path, self.plan, self.source.comments)
        self._drop_copy(self.path)
        instances.current().closed(self.path)
        self.path, self.source = path, source
        self.editor.mark_saved()
        self.journal.started(source.text)
        instances.current().opened(path)

    def reload(self) -> None:
        """Drops unsaved changes and reads the file again (raises LoadError if now invalid)."""
        loaded = load_plan(self.path)
        self.source = loaded.source
        self._new_editor(PlanEditor(loaded.model))
        self._drop_copy(self.path)
        self.journal.started(self.source.text)

    def restore_recovered(self, copy: recovery.Recovered) -> None:
        """Takes a recovered copy's text as the plan, unsaved, so the user can review and
        save; the copy becomes this instance's own. Any other copy stays, offered at the
        next start."""
        plan = plan_from_source(decode_source(self.path, copy.text.encode()))
        editor = PlanEditor(plan)
        editor.mark_unsaved()
        self._new_editor(editor)
        self.recovered = []
        self.journal.started(copy.text)
        # The copy goes only once this instance's own holds its work.
        with contextlib.suppress(OSError):
            self.keep_recovery_copy()
            recovery.discard_copy(copy)

    def discard_recovered(self) -> None:
        for copy in self.recovered:
            recovery.discard_copy(copy)
        self.recovered = []

    def forget(self) -> None:
        """The plan's file was deleted here, and its unsaved work with it."""
        self._drop_copy(self.path)
        self.discard_recovered()
        instances.current().closed(self.path)
