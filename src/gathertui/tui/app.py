"""The gathertui app: the workspace screen, plan screens, dialogs, palette and help."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import Provider
from textual.filter import LineFilter

from gathertui.glance import SETTINGS_FILE, Glance
from gathertui.glance_cache import quick_glances
from gathertui.progress import SHOWN_AFTER, Cancelled, Progress, tracked
from gathertui.tui.controls_filter import DROP_CONTROLS

# The plan screen, sessions and storage bring pydantic, which costs more than Textual's
# whole start-up: they are imported when first needed, after the first frame.
# Every screen, pane and dialog types its `app` as this class with `getters.app`, which
# needs the class when theirs is defined: so this module imports them only when it uses
# them, never at the top.
if TYPE_CHECKING:
    from textual.screen import Screen

    from gathertui.session import PlanSession
    from gathertui.state import WorkspaceState
    from gathertui.tui.screens.plan import PlanScreen
    from gathertui.tui.screens.workspace import WorkspaceScreen


def saved_when(stamp: str, lang: str) -> str:
    """ "Jumat, 26 Mei 2023 pukul 10.05": when a recovery copy was kept, as people say it."""
    from datetime import datetime

    from gathertui.i18n import tr
    from gathertui.i18n.dates import clock, long_date

    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    day, time_text = long_date(moment.date(), lang), clock(moment.time(), lang)
    return tr("ui.at_time", lang, day=day, time=time_text)


def _commands() -> type[Provider]:
    from gathertui.tui.commands import GathertuiCommands

    return GathertuiCommands


def _has_letterhead(folder: Path) -> bool:
    """Whether gathertui.toml names the organisation; a bare one (`gathertui init` writes
    it) still asks. A line is looked for, not the TOML parsed: this runs before the
    first frame, and a file that cannot be read is the settings screen's to explain."""
    try:
        text = (folder / SETTINGS_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
    except (OSError, UnicodeDecodeError):
        return True
    return any(line.strip() == "[organization]" for line in text.splitlines())


class GathertuiApp(App[None]):
    # Absolute, so subclasses elsewhere (tests, the benchmark) find the stylesheet too.
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "gathertui"
    COMMANDS = App.COMMANDS | {_commands}
    BINDINGS = [
        Binding("ctrl+q", "quit_app", "key.quit", priority=True, id="quit"),
        Binding("f1", "help", "key.help", id="help"),
        Binding("question_mark", "help", "key.help", show=False),
        # Not in the footer: Textual shows the palette's key there itself.
        Binding("ctrl+p", "command_palette", "key.palette", show=False, id="palette"),
    ]

    def get_line_filters(self) -> Sequence[LineFilter]:
        """Textual's filters, then the one that keeps every control character a file
        holds off the terminal (tui/controls_filter.py)."""
        return [*super().get_line_filters(), DROP_CONTROLS]

    def __init__(
        self,
        workspace: WorkspaceState | Path,
        lang: str,
        open_path: Path | None = None,
        *,
        first_run: bool = False,
        git_status: bool = True,
        collector_paused: bool = False,
    ) -> None:
        """`workspace` is a folder to read after the first frame, or one already read;
        `first_run`: ask for the letterhead if the folder has no `gathertui.toml`;
        `git_status`: show where the folder stands in git in the headers;
        `collector_paused`: the launch paused Python's cycle collector, to be resumed
        after the first frame (see `_resume_collector`)."""
        super().__init__()
        if isinstance(workspace, Path):
            self.folder = workspace
            self._workspace: WorkspaceState | None = None
            # From the glance cache: the first frame costs the same for 4 plans or 1,000.
            self.glances, self.unglanced = quick_glances(workspace)
        else:
            self.folder = workspace.folder
            self._workspace = workspace
            self.glances, self.unglanced = [], []
        self.lang = lang
        self.open_path = open_path
        self.first_run = first_run
        self.git_status = git_status
        self.collector_paused = collector_paused
        # The headers' git phrase ("✓ tersimpan di git"); "" outside git or until known.
        self.sync_phrase = ""
        self._sync_asked = 0  # how many times the phrase was asked for
        # Where the report of an unexpected error went (see `_handle_exception`).
        self.crash_report: Path | None = None
        self.crashed = False
        # Set while a sync runs; setting the event stops it (see tui/sync.py).
        self.sync_cancel: threading.Event | None = None
        # The background read and check of the workspace, while it runs (Esc on the
        # workspace screen stops it); the plans it counted, and whether it was stopped:
        # the others keep "…" in the list.
        self.checking: Progress | None = None
        self.checked: set[Path] = set()
        self.checks_stopped = False
        from gathertui.tui.text import translate_bindings

        translate_bindings(self, lang)

    def get_default_screen(self) -> WorkspaceScreen:
        # The workspace is the bottom screen itself: no blank default screen to compose
        # and replace at start-up.
        from gathertui.tui.screens.workspace import WorkspaceScreen

        return WorkspaceScreen()

    def on_mount(self) -> None:
        if self.collector_paused:
            # First in line after the first frame, before the background read begins.
            self.call_after_refresh(self._resume_collector)
        self.call_after_refresh(self._tidy_folder)
        if self.open_path is not None:
            self.open_plan(self.open_path)
        elif self._workspace is None:
            self.call_after_refresh(self._glance_in_background)
            self.call_after_refresh(self._read_workspace_in_background)
        # Only for a workspace opened as such: one plan file opened alone is not set up.
        if self.first_run and self.open_path is None and not _has_letterhead(self.folder):
            self.call_after_refresh(self._ask_letterhead)

    def _resume_collector(self) -> None:
        """The collector back on after the first frame. What the start-up made (Textual's
        classes and styles, the screen, the rows) lives as long as the app: frozen, it is
        left out of every later collection, which would otherwise walk it again between
        keys."""
        import gc

        self.collector_paused = False
        gc.freeze()
        gc.enable()

    def _ask_letterhead(self) -> None:
        """The organisation's name and unit, asked once, written as a new gathertui.toml;
        Escape writes nothing, and the question waits for the next start."""
        from gathertui.tui.screens.settings import ask_letterhead

        ask_letterhead(self)

    # The workspace

    @property
    def workspace_ready(self) -> bool:
        return self._workspace is not None

    @property
    def workspace(self) -> WorkspaceState:
        """The workspace's state, which every screen reads; read here and now if the
        background read is not done."""
        if self._workspace is None:
            from gathertui.state import WorkspaceState

            self._workspace = WorkspaceState.read(self.folder)
        return self._workspace

    @property
    def sessions(self) -> dict[Path, PlanSession]:
        """The plans open for editing; none before the workspace is read."""
        return self._workspace.sessions if self._workspace is not None else {}

    @work(thread=True, group="tidy")
    def _tidy_folder(self) -> None:
        """Removes the temporary files a killed save left beside the plans (git would
        list them); in a thread, as the folder may be on a slow disk."""
        from gathertui.storage.atomic import remove_stale_temporaries

        remove_stale_temporaries(self.folder)

    @work(thread=True, group="glance")
    def _glance_in_background(self) -> None:
        """Glances the files the cache did not have (or had older) and keeps them for the
        next start; the list shows them if the full read is not there yet."""
        from gathertui.glance_cache import glances_kept

        glances = glances_kept(self.folder)
        with contextlib.suppress(RuntimeError):  # raised if the app closed first
            self.call_from_thread(self._glanced, glances)

    def _glanced(self, glances: list[Glance]) -> None:
        changed = glances != self.glances
        self.glances, self.unglanced = glances, []
        if changed and self._workspace is None:
            from gathertui.tui.screens.workspace import WorkspaceScreen

            for screen in self.screen_stack:
                if isinstance(screen, WorkspaceScreen):
                    screen.show_plans()

    @work(thread=True, group="workspace")
    def _read_workspace_in_background(self) -> None:
        from gathertui.state import WorkspaceState

        started = time.monotonic()

        def told(progress: Progress) -> None:
            # Said only for work that takes a while: four plans show no flash of a line.
            if time.monotonic() - started >= SHOWN_AFTER:
                with contextlib.suppress(RuntimeError):  # raised if the app closed first
                    self.call_from_thread(self._show_checking, progress)

        progress = self.checking = Progress(told)
        workspace: WorkspaceState | None = None
        checked: set[Path] = set()
        try:
            workspace = WorkspaceState.read(self.folder, progress)
            # The counts too, here: the checks import the holidays package and compute
            # the calendar, which would otherwise hold up the first redraw on the UI thread.
            workspace.workspace_problems()
            for path in tracked(list(workspace.files), progress, key="progress.checking"):
                workspace.count(path)
                checked.add(path)
        except Cancelled:
            pass
        stopped = progress.cancel.is_set()
        with contextlib.suppress(RuntimeError):  # raised if the app closed first
            self.call_from_thread(self._workspace_read, workspace, checked, stopped)

    def _show_checking(self, progress: Progress) -> None:
        from gathertui.tui.screens.workspace import WorkspaceScreen

        if self.checking is progress:
            for screen in self.screen_stack:
                if isinstance(screen, WorkspaceScreen):
                    screen.show_checking(progress)

    def _workspace_read(
        self, workspace: WorkspaceState | None, checked: set[Path], stopped: bool
    ) -> None:
        self.checking = None
        self.checked, self.checks_stopped = checked, stopped
        if stopped:
            from gathertui.tui.text import t

            message = t(self, "ui.checking_stopped")
            self.notify(markup=False, message=message, severity="warning")
        if self._workspace is None and workspace is not None:
            # Else something needed it sooner and read it itself.
            self._workspace = workspace
        self.refresh_workspace()

    def check_again(self) -> None:
        """`r` after Esc stopped the background check: read and check the workspace
        again in the background, as at start-up. With a plan open, whose session the
        read workspace holds, the plans left are checked here instead, as the list asks."""
        self.checks_stopped = False
        if self._workspace is None or not self.sessions:
            self._workspace = None
            self._read_workspace_in_background()
        self.refresh_workspace(reread=True)

    def counted(self, path: Path) -> bool:
        """Whether the list may show the plan's warning count: every plan's, unless the
        background check was stopped before it came to this one (a count asked for on
        the UI thread would check it there, holding up the list)."""
        return not self.checks_stopped or path in self.checked

    # Plans

    def open_plan(self, path: Path) -> None:
        from gathertui.storage import LoadError, UnreadableFile
        from gathertui.text import literal
        from gathertui.tui.screens.plan import PlanScreen
        from gathertui.tui.text import said

        if isinstance(self.screen, PlanScreen) and self.screen.session.path == path:
            return  # already in front
        try:
            session = self.workspace.open(path)
        except LoadError as error:
            first = error.problems[0]
            self.notify(
                markup=False,
                message=f"{literal(path.name)}:{first.line}:{first.column}: "
                f"{said(self, first.message)}",
                severity="error",
                timeout=10,
            )
            return
        except UnreadableFile as error:
            message = f"{literal(str(path))}: {said(self, error.reason)}"
            self.notify(markup=False, message=message, severity="error")
            return
        session.journal.on_error = self._recovery_failed
        screen = PlanScreen(session)
        self.push_screen(screen)
        self._ask_on_opening(screen, session)

    def _recovery_failed(self, error: OSError) -> None:
        """From the recovery journal's thread: a copy could not be written (the state
        folder read-only, a file, full). Said once; the edit stays in the session."""
        from gathertui.i18n.os_errors import os_reason
        from gathertui.tui.text import t

        message = t(self, "ui.recovery_failed", reason=os_reason(error))
        with contextlib.suppress(RuntimeError):  # raised if the app closed first
            self.call_from_thread(
                self.notify, message, markup=False, severity="warning", timeout=10
            )

    def _ask_on_opening(self, screen: PlanScreen, session: PlanSession) -> None:
        """What a plan asks as it opens, in turn: whether to edit it alongside another
        window that has it open, each recovery copy, then the conflicts of a merge."""
        from gathertui.tui.modals.confirm import Choice
        from gathertui.tui.text import t

        if session.read_only:
            # Opened to look only: editable again once the other window let it go.
            from gathertui import instances

            session.open_elsewhere = instances.others_with(session.path)
            session.read_only = bool(session.open_elsewhere)
        if not session.open_elsewhere:
            self._offer_recovery(screen, session)
            return
        question = t(
            self,
            "ui.open_elsewhere",
            path=session.path.name,
            at=saved_when(session.open_elsewhere[0].isoformat(), self.lang),
        )

        def answered(answer: str | None) -> None:
            session.open_elsewhere = []
            # Escape looks only: the safe choice, which loses nobody's work.
            session.read_only = answer != "continue"
            screen.refresh_views()
            self._offer_recovery(screen, session)

        answers = [("read-only", t(self, "ui.read_only")), ("continue", t(self, "ui.edit_anyway"))]
        self.push_screen(Choice(question, answers, "read-only"), answered)

    def _offer_recovery(self, screen: PlanScreen, session: PlanSession, index: int = 0) -> None:
        """Offers the recovery copies from `index` on, newest first: one restored ends the
        offer (the rest wait for the next start), one discarded goes, Later keeps it."""
        from gathertui.tui.modals.confirm import Choice
        from gathertui.tui.text import t

        if session.read_only or index >= len(session.recovered):
            self.call_after_refresh(screen.offer_conflicts)
            return
        copy = session.recovered[index]
        question = t(
            self, "ui.recovery", path=session.path.name, at=saved_when(copy.saved_at, self.lang)
        )
        if len(session.recovered) > 1:
            question += "\n" + t(self, "ui.recovery_more", count=len(session.recovered))

        def answered(answer: str | None) -> None:
            if answer == "restore":
                session.restore_recovered(copy)
                screen.refresh_views()
                self.call_after_refresh(screen.offer_conflicts)
            elif answer == "discard":
                from gathertui.recovery import discard_copy

                discard_copy(copy)
                session.recovered.remove(copy)
                self._offer_recovery(screen, session, index)
            else:
                self._offer_recovery(screen, session, index + 1)

        answers = [
            ("restore", t(self, "ui.restore")),
            ("discard", t(self, "ui.discard")),
            ("cancel", t(self, "ui.later")),
        ]
        self.push_screen(Choice(question, answers, "restore"), answered)

    def on_unmount(self) -> None:
        """This instance ends: its recovery copies become work to offer at the next
        start (once their last changes are written), and other windows no longer see
        its plans as open."""
        import sys

        if self.checking is not None:
            # The background check would hold up the quit until every plan is checked.
            self.checking.cancel.set()
        # Looked up, not imported: when no plan was opened they were never loaded, and
        # loading them now (storage, pydantic) would only slow the quit.
        journal = sys.modules.get("gathertui.journal")
        if journal is not None:
            journal.wait_for_writes()
        instances = sys.modules.get("gathertui.instances")
        if instances is not None:
            instances.end()

    def refresh_workspace(self, reread: bool = False) -> None:
        """Redraws the workspace list; `reread`: after what the app did not do itself may
        have changed the folder (a `git pull`, another editor), read again what changed."""
        if reread and self._workspace is not None:
            self._workspace.refresh()
        from gathertui.tui.screens.workspace import WorkspaceScreen

        for screen in self.screen_stack:
            if isinstance(screen, WorkspaceScreen):
                screen.show_plans()
        self.refresh_sync_status()

    # Git

    def refresh_sync_status(self) -> None:
        """Works out the headers' git phrase again, in a thread, once the screen is drawn:
        git never runs before the first frame nor holds up a redraw."""
        if self.git_status:
            self._sync_asked += 1
            self.call_after_refresh(self._sync_status_in_background, self._sync_asked)

    @work(thread=True, group="sync-status")
    def _sync_status_in_background(self, asked: int) -> None:
        from gathertui.vcs.status import status_phrase, sync_status

        phrase = status_phrase(sync_status(self.folder), self.lang)
        with contextlib.suppress(RuntimeError):  # raised if the app closed first
            self.call_from_thread(self._show_sync_phrase, phrase, asked)

    def _show_sync_phrase(self, phrase: str, asked: int) -> None:
        # Threads may end out of order: only the latest question's answer is shown (an
        # older one could predate a save or a sync).
        if asked != self._sync_asked:
            return
        self.sync_phrase = phrase
        for screen in self.screen_stack:
            show = getattr(screen, "show_sync_phrase", None)
            if callable(show):
                show()

    def with_sync_phrase(self, subtitle: str) -> str:
        """A header's subtitle with the git phrase after it, when there is one."""
        return f"{subtitle} · {self.sync_phrase}" if self.sync_phrase else subtitle

    def action_sync(self) -> None:
        from gathertui.tui.sync import start_sync

        start_sync(self)

    def action_workspace(self) -> None:
        # Plans and the calendar stack on the workspace screen, which is the bottom one.
        from gathertui.tui.screens.workspace import WorkspaceScreen

        while len(self.screen_stack) > 1 and not isinstance(self.screen, WorkspaceScreen):
            self.pop_screen()

    # An error nothing expected

    def _handle_exception(self, error: Exception) -> None:
        """Keeps the unsaved work and a report before Textual ends the app (which sets the
        return code 1, so `tui_launch` exits non-zero and says where both are)."""
        from gathertui.crash import write_report

        self.crashed = True
        for session in self.sessions.values():
            if session.dirty:
                with contextlib.suppress(Exception):  # already failing: keep the rest
                    session.keep_recovery_copy()
        self.crash_report = write_report(error)
        super()._handle_exception(error)
        if self.crash_report is not None:
            # The traceback is in the report; the terminal gets where it is instead.
            self._exit_renderables.clear()

    # App-wide actions

    def action_help(self) -> None:
        from gathertui.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_settings(self) -> None:
        from gathertui.tui.screens.settings import SettingsScreen

        if not isinstance(self.screen, SettingsScreen):
            self.push_screen(SettingsScreen())

    def action_calendar(self) -> None:
        from gathertui.tui.screens.calendar import CalendarScreen

        if not isinstance(self.screen, CalendarScreen):
            self.push_screen(CalendarScreen())

    # Textual's own palette, in the app's language

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        from gathertui.tui.palette import Palette

        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(Palette(self.lang, id="--command-palette"))

    def search_themes(self) -> None:
        from textual.theme import ThemeProvider

        from gathertui.tui.palette import Palette

        self.push_screen(Palette(self.lang, "palette.themes", providers=[ThemeProvider]))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's commands, translated; its key panel and SVG screenshot are left out:
        the help screen (F1) lists the keys, and a screenshot is no use in this work."""
        from gathertui.i18n import tr

        def command(key: str, help_key: str, callback: Callable[[], object]) -> SystemCommand:
            return SystemCommand(tr(key, self.lang), tr(help_key, self.lang), callback)

        # Quit as ctrl+q does: it asks first if edits are unsaved.
        yield command("cmd.quit", "cmd.quit.help", self.action_quit_app)
        yield command("cmd.theme", "cmd.theme.help", self.action_change_theme)
        if screen.maximized is not None:
            yield command("cmd.minimize", "cmd.minimize.help", screen.action_minimize)
        elif screen.focused is not None and screen.focused.allow_maximize:
            yield command("cmd.maximize", "cmd.maximize.help", screen.action_maximize)

    def action_quit_app(self) -> None:
        from gathertui.tui.saving import ask_before_quitting

        unsaved = [s for s in self.sessions.values() if s.dirty]
        if not unsaved:
            self.exit()
            return
        ask_before_quitting(self, unsaved)
