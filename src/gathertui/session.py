"""An open plan being edited: its file, its editor, saving and recovery.

Nothing here knows about the terminal; the TUI drives a session and tests drive the same.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from gathertui import recovery
from gathertui.model.plan import Plan
from gathertui.planning.editing import Change, PlanEditor
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
    recovered: recovery.Recovered | None = field(default=None)
    _editor_number: int = field(default_factory=lambda: next(_editors))
    # The canonical text and its index, each with the revision it was made at: the
    # recovery copy and the lines of problems read the same text, made once per change.
    _text: tuple[object, str] | None = field(default=None, repr=False)
    _index: tuple[object, SourceIndex] | None = field(default=None, repr=False)

    @classmethod
    def open(cls, path: Path) -> PlanSession:
        """Raises LoadError or UnreadableFile when the file cannot be opened."""
        loaded = load_plan(path)
        session = cls(path, loaded.source, PlanEditor(loaded.model))
        found = recovery.find(path)
        if found and found.text.encode() != loaded.source.raw:
            session.recovered = found
        elif found:
            recovery.discard(path)
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
        return self.editor.apply(change) if change else None

    def undo(self) -> Change | None:
        return self.editor.undo()

    def redo(self) -> Change | None:
        return self.editor.redo()

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

    def keep_recovery_copy(self) -> None:
        if self.dirty:
            recovery.keep(self.path, self.text(), datetime.now().isoformat(timespec="seconds"))
        else:
            recovery.discard(self.path)

    def save(self, *, overwrite: bool = False) -> None:
        """Raises ChangedOnDisk and writes nothing then; the file's comments are kept."""
        self.source = save(self.source, self.plan, overwrite=overwrite)
        self.editor.mark_saved()
        recovery.discard(self.path)

    def save_as(self, path: Path) -> None:
        """Writes a new file (never over an existing one), with the comments of the file it
        copies, and continues editing that file."""
        source = write_new(path, self.plan, self.source.comments)
        recovery.discard(self.path)
        self.path, self.source = path, source
        self.editor.mark_saved()

    def reload(self) -> None:
        """Drops unsaved changes and reads the file again (raises LoadError if now invalid)."""
        loaded = load_plan(self.path)
        self.source = loaded.source
        self._new_editor(PlanEditor(loaded.model))
        recovery.discard(self.path)

    def restore_recovered(self) -> None:
        """Takes the recovered text as the plan, unsaved, so the user can review and save."""
        if self.recovered is None:
            return
        plan = plan_from_source(decode_source(self.path, self.recovered.text.encode()))
        editor = PlanEditor(plan)
        editor.mark_unsaved()
        self._new_editor(editor)
        self.recovered = None

    def discard_recovered(self) -> None:
        self.recovered = None
        recovery.discard(self.path)
