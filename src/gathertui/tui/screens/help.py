"""The keys of the screen below and of the app, in the UI language."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from gathertui.tui.text import t

KEY_NAMES = {"slash": "/", "question_mark": "?", "delete": "Del", "space": "Space"}


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,question_mark,q", "dismiss(None)", show=False)]

    def __init__(self, below: Screen[object]) -> None:
        super().__init__()
        self.below = below

    def compose(self) -> ComposeResult:
        table = Table(expand=True, show_header=True)
        table.add_column(t(self, "ui.key"), style="bold", no_wrap=True)
        table.add_column(t(self, "ui.action"))
        seen = set()
        for node in (self.below, self.app):
            for key, binding in node._bindings:
                if binding.description and binding.action not in seen:
                    seen.add(binding.action)
                    keys = "+".join(KEY_NAMES.get(k, k) for k in key.split("+"))
                    table.add_row(keys, binding.description)
        with Vertical(classes="dialog help"):
            yield Static(t(self, "ui.help_title"), classes="title")
            with VerticalScroll():
                yield Static(table)
            yield Static(t(self, "ui.help_footer"), classes="hint")
