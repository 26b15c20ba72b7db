"""A dialog over long work running in a thread (an export of 5,000 people): what is being
done, a progress bar, and Esc to stop it.

The work gets `progress` and steps it from its thread; the dialog hears of each step
through the app's `call_from_thread` and draws it. Esc sets the cancel event: the work
raises `Cancelled` at its next step, and whoever started it closes the dialog.
"""

from __future__ import annotations

import contextlib

from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import ProgressBar, Static

from gathertui.progress import Progress, said
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.dialog import Dialog
from gathertui.tui.text import t


class Working(Dialog[None]):
    app = getters.app(GathertuiApp)
    BINDINGS = [Binding("escape", "stop", show=False)]

    def __init__(self, title: str, app: GathertuiApp) -> None:
        super().__init__()
        self.title_text = title
        # Kept: the work's thread cannot ask the DOM for its app.
        self._app = app
        self.progress = Progress(self._told)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.title_text, markup=False, classes="question")
            yield ProgressBar(total=None, show_eta=False, id="working-bar")
            yield Static("", markup=False, id="working-said")
            yield Static(t(self, "sync.esc_stops"), markup=False, id="working-hint")

    def on_mount(self) -> None:
        if self.answered:
            return
        # The work starts as the dialog is pushed: what it told before the dialog was
        # mounted is drawn now.
        progress = self.progress
        if progress.key:
            self.show_progress(progress.done, progress.total, said(progress, self._app.lang))

    def on_unmount(self) -> None:
        # The app quitting under the dialog: the work stops rather than write a file
        # after the app is gone. Once the work is done this changes nothing.
        self.progress.cancel.set()

    def action_stop(self) -> None:
        self.progress.cancel.set()

    def _told(self, progress: Progress) -> None:
        """From the work's thread: the figures as they are now, drawn by the UI thread."""
        shown = (progress.done, progress.total, said(progress, self._app.lang))
        with contextlib.suppress(RuntimeError):  # raised if the app closed first
            self._app.call_from_thread(self.show_progress, *shown)

    def show_progress(self, done: int, total: int, text: str) -> None:
        bars = self.query(ProgressBar)
        if not bars:
            return  # not composed yet: `on_mount` draws it
        bars.first().update(total=total or None, progress=done)
        self.query_one("#working-said", Static).update(text)
