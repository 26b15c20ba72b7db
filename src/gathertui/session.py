"""An open plan being edited: its file, its editor, saving and recovery.

Nothing here knows about the terminal; the TUI drives a session and tests drive the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from gathertui import recovery
from gathertui.model.plan import Plan
from gathertui.planning.editing import Change, PlanEditor
from gathertui.storage import Source, canonical_text, load_plan, save
from gathertui.storage.reader import decode_source, plan_from_source
from gathertui.storage.save import write_new


@dataclass
class PlanSession:
    path: Path
    source: Source
    editor: PlanEditor
    recovered: recovery.Recovered | None = field(default=None)

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

    def apply(self, change: Change | None) -> Change | None:
        return self.editor.apply(change) if change else None

    def undo(self) -> Change | None:
        return self.editor.undo()

    def redo(self) -> Change | None:
        return self.editor.redo()

    def text(self) -> str:
        return canonical_text(self.plan, self.source.header)

    def keep_recovery_copy(self) -> None:
        if self.dirty:
            recovery.keep(self.path, self.text(), datetime.now().isoformat(timespec="seconds"))
        else:
            recovery.discard(self.path)

    def save(self, *, overwrite: bool = False, drop_comments: bool = False) -> None:
        """Raises ChangedOnDisk or CommentsWouldBeLost and writes nothing in those cases."""
        self.source = save(self.source, self.plan, overwrite=overwrite, drop_comments=drop_comments)
        self.editor.mark_saved()
        recovery.discard(self.path)

    def save_as(self, path: Path) -> None:
        """Writes a new file (never over an existing one) and continues editing that file."""
        source = write_new(path, self.plan)
        recovery.discard(self.path)
        self.path, self.source = path, source
        self.editor.mark_saved()

    def reload(self) -> None:
        """Drops unsaved changes and reads the file again (raises LoadError if now invalid)."""
        loaded = load_plan(self.path)
        self.source = loaded.source
        self.editor = PlanEditor(loaded.model)
        recovery.discard(self.path)

    def restore_recovered(self) -> None:
        """Takes the recovered text as the plan, unsaved, so the user can review and save."""
        if self.recovered is None:
            return
        plan = plan_from_source(decode_source(self.path, self.recovered.text.encode()))
        editor = PlanEditor(plan)
        editor.mark_unsaved()
        self.editor = editor
        self.recovered = None

    def discard_recovered(self) -> None:
        self.recovered = None
        recovery.discard(self.path)
