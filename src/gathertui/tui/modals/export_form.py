"""Export a printout or data file: what, format, paper, language and the target file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Vertical
from textual.widgets import Input, Label, Static

from gathertui.exports import SUPPORTED
from gathertui.i18n import LANGUAGES
from gathertui.tui.modals.form import FormModal
from gathertui.tui.text import t
from gathertui.tui.widgets.lists import Select

# The file name a printout gets by default, after the plan's: "<plan>-susunan-acara.pdf".
SUFFIXES = {
    "agenda": "susunan-acara",
    "rundown": "rundown-teknis",
    "attendance": "daftar-hadir",
    "roster": "daftar-peserta",
    "salutation": "sapaan-pembawa-acara",
    "mc-script": "naskah-pembawa-acara",
    "whatsapp": "whatsapp",
    "invitation": "surat-undangan",
    "report": "laporan-kegiatan",
    "press-release": "siaran-pers",
    "name-cards": "kartu-nama-meja",
    "name-tags": "tanda-pengenal",
    "signs": "papan-penunjuk",
    "seating": "denah-tempat-duduk",
    "seating-list": "daftar-tempat-duduk",
}


@dataclass(frozen=True)
class ExportRequest:
    what: str
    format: str
    paper: str
    lang: str
    path: Path
    # The sign-in sheet of one delegation; None: every delegation.
    delegation: str | None = None


class ExportForm(FormModal[ExportRequest]):
    def __init__(self, plan_path: Path, paper: str, delegations: list[tuple[str, str]]) -> None:
        """`delegations` are (name, id), for a sign-in sheet of one of them."""
        super().__init__()
        self.plan_path = plan_path
        self.paper = paper
        self.delegations = delegations
        # The file name follows what and format until the person types one of their own.
        self.suggested = ""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog form"):
            yield Static(t(self, "ui.export_title"), classes="title")
            with Grid(classes="fields"):
                yield Label(t(self, "field.export_what"))
                yield Select(
                    [(t(self, f"ui.export_{what}"), what) for what in SUPPORTED],
                    value="agenda",
                    allow_blank=False,
                    id="what",
                    compact=True,
                )
                yield Label(t(self, "field.export_format"))
                yield Select(
                    self._formats("agenda"),
                    value="pdf",
                    allow_blank=False,
                    id="format",
                    compact=True,
                )
                yield Label(t(self, "field.delegation"))
                yield Select(
                    self.delegations,
                    prompt=t(self, "ui.all_delegations"),
                    id="delegation",
                    compact=True,
                    disabled=True,
                )
                yield Label(t(self, "field.paper"))
                yield Select(
                    [("A4", "a4"), ("F4 (215 × 330 mm)", "f4")],
                    value=self.paper,
                    allow_blank=False,
                    id="paper",
                    compact=True,
                )
                yield Label(t(self, "field.language"))
                yield Select(
                    [(t(self, f"ui.lang_{code}"), code) for code in LANGUAGES],
                    value=self.app.lang,
                    allow_blank=False,
                    id="lang",
                    compact=True,
                )
                yield Label(t(self, "field.file"))
                yield Input(id="path", compact=True)
            yield from self.compose_footer()

    def _formats(self, what: str) -> list[tuple[str, str]]:
        return [(fmt.upper(), fmt) for fmt in SUPPORTED[what]]

    def on_mount(self) -> None:
        if self.answered:
            return
        self._suggest()
        self.query_one("#what", Select).focus()

    def _suggest(self) -> None:
        what = str(self.query_one("#what", Select).value)
        fmt = str(self.query_one("#format", Select).value)
        field = self.query_one("#path", Input)
        if field.value in ("", self.suggested):
            # A bare name, which `build` puts beside the plan: the plan's own path may be
            # relative to where the app started ("plans/…"), not to the plan's folder.
            self.suggested = f"{self.plan_path.stem}-{SUFFIXES[what]}.{fmt}"
            field.value = self.suggested

    @on(Select.Changed, "#what")
    def _what_changed(self) -> None:
        what = str(self.query_one("#what", Select).value)
        formats = self.query_one("#format", Select)
        current = formats.value
        formats.set_options(self._formats(what))
        formats.value = current if current in SUPPORTED[what] else SUPPORTED[what][0]
        self.query_one("#delegation", Select).disabled = what != "attendance"
        self._suggest()

    @on(Select.Changed, "#format")
    def _format_changed(self) -> None:
        self._suggest()

    def build(self) -> tuple[ExportRequest | None, list[str]]:
        text = self.query_one("#path", Input).value.strip()
        if not text:
            return None, [t(self, "ui.export_needs_file")]
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self.plan_path.parent / path
        if not path.parent.is_dir():
            return None, [t(self, "ui.no_such_folder", path=str(path.parent))]
        what, fmt, paper, lang = (
            str(self.query_one(f"#{key}", Select).value)
            for key in ("what", "format", "paper", "lang")
        )
        chosen = self.query_one("#delegation", Select).value
        delegation = chosen if what == "attendance" and isinstance(chosen, str) else None
        return ExportRequest(what, fmt, paper, lang, path, delegation), []
