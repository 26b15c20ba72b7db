"""The name and email git signs recorded changes with, asked once when git has none."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Grid, Vertical, VerticalScroll
from textual.widgets import Input, Label, Static

from gathertui.tui.modals.form import FormModal
from gathertui.tui.text import t

Identity = tuple[str, str]


class IdentityForm(FormModal[Identity]):
    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog form"):
            yield Static(t(self, "sync.identity_title"), classes="title")
            with VerticalScroll(classes="fields-scroll"), Grid(classes="fields"):
                yield Label(t(self, "field.name"))
                yield Input(id="name", compact=True)
                yield Label(t(self, "field.email"))
                yield Input(id="email", compact=True)
            yield from self.compose_footer()

    def on_mount(self) -> None:
        if self.answered:
            return
        self.query_one("#name", Input).focus()

    def build(self) -> tuple[Identity | None, list[str]]:
        name = self.query_one("#name", Input).value.strip()
        email = self.query_one("#email", Input).value.strip()
        if not name or "@" not in email:
            return None, [t(self, "sync.identity_missing")]
        return (name, email), []
