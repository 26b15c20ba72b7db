"""Edit a delegation's quotas: places planned per category."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from gathertui.i18n.labels import label
from gathertui.model.enums import Category
from gathertui.model.plan import Delegation, Quotas
from gathertui.tui.text import t


class QuotasForm(ModalScreen[Quotas | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", show=False)]

    def __init__(self, delegation: Delegation) -> None:
        super().__init__()
        self.delegation = delegation

    def compose(self) -> ComposeResult:
        lang = self.app.lang  # type: ignore[attr-defined]
        with Vertical(classes="dialog form"):
            yield Static(
                t(self, "ui.quotas_of", name=self.delegation.name), markup=False, classes="title"
            )
            with VerticalScroll(classes="fields-scroll"), Grid(classes="fields"):
                for category in Category:
                    yield Label(label(category, lang))
                    value = getattr(self.delegation.quotas, category.value)
                    yield Input(
                        "" if value is None else str(value),
                        id=category.value,
                        type="integer",
                        placeholder="0",
                    )
            yield Static("", id="errors")
            with Horizontal(classes="buttons"):
                yield Button(t(self, "ui.ok"), id="ok", variant="primary")
                yield Button(t(self, "ui.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query(Input).first().focus()

    def _quotas(self) -> Quotas | None:
        values: dict[str, int] = {}
        for category in Category:
            text = self.query_one(f"#{category.value}", Input).value.strip()
            if text:
                number = int(text) if text.lstrip("-").isdigit() else -1
                if number < 0:
                    self.query_one("#errors", Static).update(
                        t(self, "ui.quota_not_negative", category=label(category, self.app.lang))  # type: ignore[attr-defined]
                    )
                    return None
                values[category.value] = number
        self.query_one("#errors", Static).update("")
        return Quotas(**values)

    @on(Input.Changed)
    def _changed(self) -> None:
        self.query_one("#ok", Button).disabled = self._quotas() is None

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def _submit(self) -> None:
        quotas = self._quotas()
        if quotas is not None:
            self.dismiss(quotas)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
