"""Problems found in plans and workspaces: what `gathertui check` prints and the app lists.

A check knows nothing of files: it says which document a problem is about and where in
it, as a path (`("people", 3, "attendance")`). The line and column are found only when
the problem is shown, in the text the person is looking at (`storage.locate.place`):
the file for a plan as saved, the canonical text of a plan being edited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from gathertui.i18n import Message
from gathertui.text import literal

DocumentPath = tuple[str | int, ...]


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Problem:
    code: str
    severity: Severity
    message: Message
    # The document the problem is about: a name, never opened here.
    file: Path | None = None
    # Where in the document: ("agenda", 3, "venue"); () for the document as a whole.
    path: DocumentPath = field(default=())
    # 0 until placed in a text (lines count from 1); a problem of the text itself (a
    # syntax error) is placed when it is found.
    line: int = 0
    column: int = 0

    def render(self, lang: str) -> str:
        """`FILE:LINE:COL: severity: message [code]`: the contract of `gathertui check`."""
        file = literal(str(self.file)) if self.file else ""
        where = f"{file}:{self.line or 1}:{self.column or 1}: " if file else ""
        return f"{where}{self.severity.value}: {self.message.render(lang)} [{self.code}]"


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity is Severity.ERROR for p in problems)


def counted(problems: list[Problem]) -> int:
    """Errors and warnings: information (a plan beside a tourism-calendar event) is listed
    but not counted, by `check`'s summary and the app's counts alike."""
    return sum(p.severity is not Severity.INFO for p in problems)
