"""Small dialogs: a question with named answers, and one line of text."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static

from gathertui.tui.modals.dialog import Dialog


class Choice(Dialog[str]):
    """A question with named answers; dismisses with the chosen answer's id."""

    BINDINGS = [Binding("escape", "dismiss('cancel')", show=False)]

    def __init__(self, question: str, answers: list[tuple[str, str]], primary: str) -> None:
        super().__init__()
        self.question = question
        self.answers = answers
        self.primary = primary

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            # The question may quote names from a file: never markup.
            yield Static(self.question, markup=False, classes="question")
            with Horizontal(classes="buttons"):
                for ident, label in self.answers:
                    yield Button(
                        label, id=ident, variant="primary" if ident == self.primary else "default"
                    )

    def on_mount(self) -> None:
        if self.answered:
            return
        self.query_one(f"#{self.primary}", Button).focus()

    @on(Button.Pressed)
    def _answer(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id or "cancel")

    @classmethod
    def delete(cls, question: str, delete: str, cancel: str) -> Choice:
        """Delete or Cancel, with Cancel in focus so Enter never deletes by accident."""
        return cls(question, [("yes", delete), ("cancel", cancel)], "cancel")


class AskText(Dialog[str | None]):
    """One line of text, such as a file name for "save as"; escape gives None."""

    BINDINGS = [Binding("escape", "dismiss(None)", show=False)]

    def __init__(self, question: str, value: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.question = question
        self.value = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.question, markup=False, classes="question")
            yield Input(self.value, placeholder=self.placeholder, id="answer")

    @on(Input.Submitted)
    def _submit(self) -> None:
        self.dismiss(self.query_one("#answer", Input).value.strip() or None)
