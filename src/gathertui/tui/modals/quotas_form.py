"""Edit a delegation's quotas: places planned per category."""

from __future__ import annotations

from pydantic import ValidationError
from textual.app import ComposeResult
from textual.containers import Grid, Vertical, VerticalScroll
from textual.widgets import Input, Label, Static

from gathertui.i18n.labels import label
from gathertui.model.enums import Category
from gathertui.model.plan import Delegation, Quotas
from gathertui.tui.modals.form import FormModal
from gathertui.tui.text import t


class QuotasForm(FormModal[Quotas]):
    def __init__(self, delegation: Delegation) -> None:
        super().__init__(delegation.quotas)
        self.delegation = delegation

    def compose(self) -> ComposeResult:
        lang = self.app.lang
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
                        # Optional: empty is not a mistake, so it is not marked as one.
                        valid_empty=True,
                        placeholder="0",
                        compact=True,
                    )
            yield from self.compose_footer()

    def on_mount(self) -> None:
        if self.answered:
            return
        self.query(Input).first().focus()

    def build(self) -> tuple[Quotas | None, list[str]]:
        values: dict[str, int] = {}
        for category in Category:
            text = self.query_one(f"#{category.value}", Input).value.strip()
            if not text:
                continue
            number = int(text) if text.lstrip("-").isdigit() else -1
            if number < 0:
                lang = self.app.lang
                return None, [t(self, "ui.quota_not_negative", category=label(category, lang))]
            values[category.value] = number
        try:
            return Quotas.model_validate(self.as_edited(values)), []
        except ValidationError as error:  # more places than a quota may plan
            return None, self.explain(error, Quotas)
