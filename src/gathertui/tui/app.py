"""The gathertui app: the workspace screen, plan screens, dialogs, palette and help."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding

from gathertui.session import PlanSession
from gathertui.storage import LoadError, UnreadableFile
from gathertui.storage.workspace import Workspace, open_workspace
from gathertui.tui.commands import GathertuiCommands
from gathertui.tui.modals.confirm import Choice
from gathertui.tui.screens.help import HelpScreen
from gathertui.tui.screens.plan import PlanScreen
from gathertui.tui.screens.workspace import WorkspaceScreen
from gathertui.tui.text import said, t, translate_bindings


class GathertuiApp(App[None]):
    # Absolute, so subclasses elsewhere (tests, the benchmark) find the stylesheet too.
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "gathertui"
    COMMANDS = App.COMMANDS | {GathertuiCommands}
    BINDINGS = [
        Binding("ctrl+q", "quit_app", "key.quit", priority=True, id="quit"),
        Binding("f1", "help", "key.help", id="help"),
        Binding("question_mark", "help", "key.help", show=False),
        Binding("ctrl+p", "command_palette", "key.palette", id="palette"),
    ]

    def __init__(self, workspace: Workspace, lang: str, open_path: Path | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.lang = lang
        self.open_path = open_path
        self.sessions: dict[Path, PlanSession] = {}
        translate_bindings(self, lang)

    def get_default_screen(self) -> WorkspaceScreen:
        # The workspace is the bottom screen itself: no blank default screen to compose
        # and replace at start-up.
        return WorkspaceScreen()

    def on_mount(self) -> None:
        if self.open_path is not None:
            self.open_plan(self.open_path)

    # Plans

    def open_plan(self, path: Path) -> None:
        if isinstance(self.screen, PlanScreen) and self.screen.session.path == path:
            return  # already in front
        session = self.sessions.get(path)
        if session is None:
            try:
                session = PlanSession.open(path)
            except LoadError as error:
                first = error.problems[0]
                self.notify(
                    markup=False,
                    message=f"{path.name}:{first.line}:{first.column}: {said(self, first.message)}",
                    severity="error",
                    timeout=10,
                )
                return
            except UnreadableFile as error:
                self.notify(markup=False, message=f"{path}: {error.reason}", severity="error")
                return
            self.sessions[path] = session
        screen = PlanScreen(session)
        self.push_screen(screen)
        if session.recovered is not None:
            self._offer_recovery(screen, session)

    def _offer_recovery(self, screen: PlanScreen, session: PlanSession) -> None:
        assert session.recovered is not None
        question = t(self, "ui.recovery", path=str(session.path), at=session.recovered.saved_at)

        def answered(answer: str | None) -> None:
            if answer == "restore":
                session.restore_recovered()
                screen.refresh_views()
            elif answer == "discard":
                session.discard_recovered()

        answers = [
            ("restore", t(self, "ui.restore")),
            ("discard", t(self, "ui.discard")),
            ("cancel", t(self, "ui.later")),
        ]
        self.push_screen(Choice(question, answers, "restore"), answered)

    def refresh_workspace(self, reread: bool = False) -> None:
        if reread:
            self.workspace = open_workspace(self.workspace.folder)
        for screen in self.screen_stack:
            if isinstance(screen, WorkspaceScreen):
                screen.show_plans()

    def action_workspace(self) -> None:
        while isinstance(self.screen, PlanScreen):
            self.pop_screen()

    # App-wide actions

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_quit_app(self) -> None:
        unsaved = [s for s in self.sessions.values() if s.dirty]
        if not unsaved:
            self.exit()
            return
        names = ", ".join(s.path.name for s in unsaved)

        def answered(answer: str | None) -> None:
            if answer == "quit":
                # The recovery copies stay, so even this choice can be taken back.
                for session in unsaved:
                    session.keep_recovery_copy()
                self.exit()

        answers = [("quit", t(self, "ui.quit_anyway")), ("cancel", t(self, "ui.cancel"))]
        self.push_screen(Choice(t(self, "ui.unsaved", names=names), answers, "cancel"), answered)
