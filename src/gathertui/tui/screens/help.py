"""The keys of the screen below and of the app, in the UI language."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from gathertui.tui.modals.dialog import Dialog
from gathertui.tui.text import t

KEY_NAMES = {
    "slash": "/",
    "question_mark": "?",
    "delete": "Del",
    "space": "Space",
    "plus": "+",
    "minus": "-",
    "escape": "Esc",
    "enter": "Enter",
    "f1": "F1",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "home": "Home",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
}


class HelpScreen(Dialog[None]):
    BINDINGS = [Binding("escape,f1,question_mark,q", "dismiss(None)", show=False)]

    def __init__(self, below: Screen[object]) -> None:
        super().__init__()
        self.below = below

    def compose(self) -> ComposeResult:
        table = Table(expand=True, show_header=True)
        table.add_column(t(self, "ui.key"), style="bold", no_wrap=True)
        table.add_column(t(self, "ui.action"))
        # Our own bindings only, from the class declarations (catalog keys), so every
        # line is in the UI language; Textual's generic ones (focus next...) are left out.
        # The tabs' panes bring their own keys, listed after the screen's.
        classes = dict.fromkeys(type(node) for node in (self.below, *self.below.query("*")))
        for cls in (*classes, type(self.app)):
            heading = getattr(cls, "HELP_HEADING", None)
            if heading:
                table.add_section()
                table.add_row("", t(self, heading), style="bold")
            for binding in Binding.make_bindings(cls.BINDINGS):
                if binding.description.startswith("key."):
                    keys = "+".join(KEY_NAMES.get(k, k) for k in binding.key.split("+"))
                    table.add_row(keys, t(self, binding.description))
        with Vertical(classes="dialog help"):
            yield Static(t(self, "ui.help_title"), classes="title")
            with VerticalScroll():
                yield Static(table)
            yield Static(t(self, "ui.help_footer"), classes="hint")
