"""What goes in and out of a plan besides its own file: printouts and roster imports.

A mixin of `PlanScreen`, kept apart so the screen module stays about tabs and editing.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from textual import getters, work
from textual.screen import Screen

from gathertui.i18n.os_errors import os_reason
from gathertui.text import one_line
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.confirm import AskText, Choice
from gathertui.tui.panes.roster import RosterPane
from gathertui.tui.saving import say_save_failed
from gathertui.tui.text import said, t

if TYPE_CHECKING:
    from gathertui.exports import ExportError
    from gathertui.model.plan import Plan
    from gathertui.model.workspace import WorkspaceSettings
    from gathertui.planning.editing import Change
    from gathertui.planning.importing import RosterImport
    from gathertui.progress import Cancelled
    from gathertui.session import PlanSession
    from gathertui.tui.modals.export_form import ExportRequest
    from gathertui.tui.modals.working import Working


class PlanFilesMixin(Screen[None]):
    app = getters.app(GathertuiApp)
    session: PlanSession

    def apply(self, change: Change | None) -> None:
        raise NotImplementedError

    def action_tab(self, tab: str) -> None:
        raise NotImplementedError

    @work
    async def action_import_roster(self) -> None:
        """People from a spreadsheet (CSV or .xlsx) into a delegation, in one undoable change."""
        from gathertui.planning.importing import import_change
        from gathertui.tui.modals.pick import Pick

        plan = self.session.plan
        if not plan.delegations:
            self.notify(markup=False, message=t(self, "ui.import_no_delegation"), severity="error")
            return
        name = await self.app.push_screen_wait(AskText(t(self, "ui.import_question")))
        if not name:
            return
        path = Path(name).expanduser()
        if not path.is_absolute():
            path = self.session.path.parent / path
        found = await self._read_roster(path)
        if found is None:
            return
        delegation = self.query_one(RosterPane).chosen_delegation()
        if delegation is None:
            choices = [(d.id, d.name) for d in plan.delegations]
            delegation = await self.app.push_screen_wait(
                Pick(t(self, "ui.import_into"), choices, "")
            )
            if delegation is None:
                return
        bad = [
            f"{path.name}:{row.number}: " + "; ".join(said(self, p) for p in row.problems)
            for row in found.invalid
        ]
        question = t(self, "ui.import_confirm", count=len(found.valid), path=path.name)
        if bad:
            question += (
                "\n" + t(self, "ui.import_skipped", count=len(bad)) + "\n" + "\n".join(bad[:8])
            )
        if not found.valid:
            self.notify(markup=False, message=question, severity="error", timeout=10)
            return
        answers = [("yes", t(self, "ui.import")), ("cancel", t(self, "ui.cancel"))]
        if await self.app.push_screen_wait(Choice(question, answers, "yes")) == "yes":
            self.action_tab("roster")
            self.apply(import_change(plan, delegation, found.valid))

    async def _read_roster(self, path: Path) -> RosterImport | None:
        """The roster in `path`, or None after saying why not. A CSV that is not UTF-8
        and whose encoding cannot be told for sure is read in the encoding the person
        names, asked for until it reads or they press Escape (the command line's
        `--encoding`)."""
        from gathertui.planning.importing import RosterError, read_roster
        from gathertui.storage import UnreadableFile
        from gathertui.storage.reader import read_file_bytes

        try:
            # Only a regular file: a pipe named *.csv would block the app.
            data = read_file_bytes(path)
        except UnreadableFile as error:
            message = t(self, "ui.import_unreadable", path=str(path), reason=error.reason)
            self.notify(markup=False, message=message, severity="error")
            return None
        encoding: str | None = None
        while True:
            try:
                return read_roster(data, encoding)
            except LookupError:  # no such encoding, or a codec that is none ("rot13")
                name = one_line(encoding or "")
                message = t(self, "cli.unknown_encoding", name=name)
            except RosterError as error:
                if error.message.key not in ("import.unknown_encoding", "import.wrong_encoding"):
                    self.notify(markup=False, message=said(self, error.message), severity="error")
                    return None
                message = said(self, error.message) if encoding else ""
            question = t(self, "ui.import_unknown_encoding")
            if message:
                question = f"{message}\n\n{question}"
            hint = t(self, "ui.import_encoding_hint")
            encoding = await self.app.push_screen_wait(AskText(question, encoding or "", hint))
            if not encoding:
                return None

    def action_export(self) -> None:
        from gathertui.tui.modals.export_form import ExportForm

        paper = self.app.workspace.preferences.settings.paper.value

        def chosen(request: ExportRequest | None) -> None:
            if request is None:
                return
            if not request.path.exists():
                self._write_export(request)
                return

            def answered(answer: str | None) -> None:
                if answer == "yes":
                    self._write_export(request)

            question = t(self, "ui.confirm_overwrite", path=str(request.path))
            answers = [("yes", t(self, "ui.replace")), ("cancel", t(self, "ui.cancel"))]
            self.app.push_screen(Choice(question, answers, "cancel"), answered)

        delegations = [(d.name, d.id) for d in self.session.plan.delegations]
        self.app.push_screen(ExportForm(self.session.path, paper, delegations), chosen)

    @work
    async def action_copy_whatsapp(self) -> None:
        """A WhatsApp text of the plan as it is on screen, chosen from a short list,
        copied to the clipboard (OSC 52) and written to a file in the state folder:
        many terminals ignore OSC 52, and the notification says where the file is."""
        from gathertui.exports.whatsapp import MEDIA, RUNDOWN, message
        from gathertui.storage.atomic import write_atomic
        from gathertui.tui.modals.pick import Pick
        from gathertui.user_state import state_folder

        choices = [(RUNDOWN, t(self, "ui.whatsapp_rundown")), (MEDIA, t(self, "ui.whatsapp_media"))]
        which = await self.app.push_screen_wait(Pick(t(self, "ui.whatsapp_pick"), choices, ""))
        if which is None:
            return
        settings = self.app.workspace.preferences
        text = message(self.session.plan, settings, self.app.lang, which)
        self.app.copy_to_clipboard(text)
        path = state_folder() / "whatsapp" / f"{self.session.path.stem}-{which}.txt"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, text.encode("utf-8"))
        except OSError as error:
            # Copied all the same, for a terminal that takes OSC 52.
            reason = os_reason(error)
            warning = t(self, "ui.whatsapp_not_written", path=str(path), reason=reason)
            self.notify(markup=False, message=warning, severity="warning", timeout=10)
            return
        self.notify(markup=False, message=t(self, "ui.whatsapp_copied", path=str(path)), timeout=10)

    def _write_export(self, request: ExportRequest) -> None:
        """The plan as it is on screen, unsaved changes included, written atomically, in
        a thread under a dialog with its progress: a sign-in sheet of 5,000 people takes
        seconds, and Esc stops it, writing nothing."""
        from gathertui.exports import WITH_LOGO
        from gathertui.storage.logo import read_logo
        from gathertui.tui.modals.working import Working

        settings = self.app.workspace.preferences
        logo = None
        if request.format in WITH_LOGO:
            # A logo that cannot be used is said; the printout is made without it.
            logo, why = read_logo(self.app.workspace.folder, settings)
            if why is not None:
                message = t(self, "export.logo_left_out", reason=said(self, why))
                self.notify(markup=False, message=message, severity="warning")
        working = Working(t(self, "ui.exporting", path=str(request.path)), self.app)
        self.app.push_screen(working)
        # The activity report counts the partner media the other plans' press people name.
        others = []
        if request.what == "report":
            others = [plan for _, plan in self.app.workspace.neighbours(self.session.path)]
        self._export_in_thread(
            request, _unchanging(self.session.plan), settings, logo, working, others
        )

    @work(thread=True, group="export")
    def _export_in_thread(
        self,
        request: ExportRequest,
        plan: Plan,
        settings: WorkspaceSettings,
        logo: bytes | None,
        working: Working,
        others: list[Plan],
    ) -> None:
        from gathertui.exports import ExportError, export
        from gathertui.progress import Cancelled
        from gathertui.storage.atomic import write_atomic

        outcome: Cancelled | OSError | ExportError | None = None
        try:
            data = export(
                plan,
                settings,
                request.what,
                request.format,
                request.lang,
                request.paper,
                delegation=request.delegation,
                logo=logo,
                progress=working.progress,
                others=others,
            )
            # Esc after the last row: still nothing written.
            working.progress.stop_if_asked()
            write_atomic(request.path, data)
        except (Cancelled, OSError, ExportError) as error:
            # ExportError: a printout the plan cannot give (a seating plan of no layout).
            outcome = error
        with contextlib.suppress(RuntimeError):  # raised if the app closed first
            self.app.call_from_thread(self._exported, request, working, outcome)

    def _exported(
        self,
        request: ExportRequest,
        working: Working,
        outcome: Cancelled | OSError | ExportError | None,
    ) -> None:
        from gathertui.exports import ExportError
        from gathertui.progress import Cancelled

        working.dismiss()
        if isinstance(outcome, ExportError):
            message = t(self, outcome.key, **outcome.params)
            self.notify(markup=False, message=message, severity="error", timeout=10)
        elif isinstance(outcome, Cancelled):
            message = t(self, "ui.export_stopped", path=str(request.path))
            self.notify(markup=False, message=message, severity="warning")
        elif isinstance(outcome, OSError):
            say_save_failed(self, outcome)
        else:
            self.notify(markup=False, message=t(self, "ui.exported", path=str(request.path)))


def _unchanging(plan: Plan) -> Plan:
    """A plan the export's thread can read while the person edits on: edits replace the
    event, the signing and whole entities, and change the lists in place (editing.py's
    steps), so new lists holding the same entities are enough, and cost no deep copy."""
    from gathertui.planning.editing import LIST_NAMES

    return plan.model_copy(update={name: list(getattr(plan, name)) for name in LIST_NAMES})
