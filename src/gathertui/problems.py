"""Problems found in plan files: what `check` prints and the TUI lists."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from gathertui.i18n import Message


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Problem:
    code: str
    severity: Severity
    message: Message
    file: Path | None = None
    line: int = 1
    column: int = 1
    # Where in the document the problem is: ("agenda", 3, "venue"). Kept so the TUI can
    # jump to the row and so a line can be looked up late (see storage.locate).
    path: tuple[str | int, ...] = field(default=())

    def render(self, lang: str) -> str:
        """`FILE:LINE:COL: severity: message [code]`: the contract of `gathertui check`."""
        where = f"{self.file}:{self.line}:{self.column}: " if self.file else ""
        return f"{where}{self.severity.value}: {self.message.render(lang)} [{self.code}]"


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity is Severity.ERROR for p in problems)
