"""The shape every form dialog shares: validate as you type, Enter submits, Escape cancels."""

from __future__ import annotations

from typing import Generic, TypeVar

from textual import getters, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Select, Static

from gathertui.tui.app import GathertuiApp
from gathertui.tui.text import t

ResultT = TypeVar("ResultT")


class FormModal(ModalScreen[ResultT | None], Generic[ResultT]):
    app = getters.app(GathertuiApp)
    BINDINGS = [Binding("escape", "dismiss(None)", show=False)]

    def build(self) -> tuple[ResultT | None, list[str]]:
        """The value the fields describe, or None and what is wrong, one line each."""
        raise NotImplementedError

    def compose_footer(self) -> ComposeResult:
        yield Static("", id="errors", markup=False)
        with Horizontal(classes="buttons"):
            yield Button(t(self, "ui.ok"), id="ok", variant="primary")
            yield Button(t(self, "ui.cancel"), id="cancel")

    def check(self) -> ResultT | None:
        value, problems = self.build()
        self.query_one("#errors", Static).update("\n".join(problems))
        self.query_one("#ok", Button).disabled = value is None
        return value

    @on(Input.Changed)
    @on(Select.Changed)
    def _changed(self) -> None:
        self.check()

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def _submit(self) -> None:
        value = self.check()
        if value is not None:
            self.dismiss(value)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
