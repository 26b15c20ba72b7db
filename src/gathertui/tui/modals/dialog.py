"""The base of every dialog: it closes once.

Textual's `dismiss` pops whatever screen is on top. A dialog's answer can arrive twice
before the first is handled (Enter twice on a button, Enter then Esc), and the second
closed the screen under the dialog (a plan with its edits on screen) or, with none left
there, raised ScreenStackError and ended the app. A dialog no longer on top has been
answered: it closes nothing more.
"""

from __future__ import annotations

from typing import TypeVar

from textual.await_complete import AwaitComplete
from textual.screen import ModalScreen

ResultT = TypeVar("ResultT")


class Dialog(ModalScreen[ResultT]):
    @property
    def answered(self) -> bool:
        """Closed already. A key typed at once can answer a dialog before it is mounted;
        its mount handler then finds its widgets gone (NoMatches ended the app) and has
        nothing left to focus or fill."""
        return not self.is_active

    def dismiss(self, result: ResultT | None = None) -> AwaitComplete:
        if not self.is_active:
            done: AwaitComplete = AwaitComplete.nothing()  # type: ignore[no-untyped-call]
            return done
        return super().dismiss(result)
