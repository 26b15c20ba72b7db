"""Printouts and data files: pure functions from a plan (and its workspace settings) to
text or bytes. Imported only when exporting, so they cost nothing at start-up; PDF, Word
and iCalendar libraries load only for those formats."""

from __future__ import annotations

from collections.abc import Sequence

from gathertui.export_names import FORMATS as FORMATS
from gathertui.export_names import WHATS as WHATS
from gathertui.exports.document import Document, with_logo
from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.progress import Progress

# What each printout can be written as: .docx for those offices edit in Word too.
SUPPORTED = {
    "agenda": ("pdf", "html", "md", "txt", "ics", "docx"),
    "rundown": ("pdf", "html", "md", "txt", "docx"),
    "attendance": ("pdf", "html", "md", "txt", "docx"),
    "roster": ("pdf", "html", "md", "txt", "csv", "xlsx", "docx"),
    "salutation": ("pdf", "html", "md", "txt", "docx"),
    "mc-script": ("pdf", "md", "txt", "docx"),
    # WhatsApp's own formatting, pasted as it is; md for those who paste it elsewhere.
    "whatsapp": ("txt", "md"),
    "invitation": ("pdf", "docx", "txt", "md"),
    "report": ("pdf", "md", "txt", "docx"),
    "press-release": ("md", "txt", "docx", "pdf"),
    # Drawn to be cut or folded: a page is a card, a sheet of badges, a sign.
    "name-cards": ("pdf",),
    "name-tags": ("pdf",),
    "signs": ("pdf",),
    # The room drawn from above is a PDF; the list by seat is a table any format holds.
    "seating": ("pdf",),
    "seating-list": ("pdf", "html", "md", "txt", "csv", "docx"),
}
BINARY = frozenset({"pdf", "ics", "csv", "xlsx", "docx"})
# The formats that print the letterhead's emblem; Markdown and text leave it out.
WITH_LOGO = frozenset({"pdf", "html", "docx"})
# How a printout's progress is said: people for the lists of people, rows for the rest.
PROGRESS_KEYS = {"attendance": "progress.attendance", "roster": "progress.roster"}


class ExportError(Exception):
    """A combination that does not exist (e.g. attendance as .ics); `key` is its sentence."""

    def __init__(self, key: str, **params: str) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def export(
    plan: Plan,
    settings: WorkspaceSettings | None,
    what: str,
    fmt: str,
    lang: str,
    paper: str = "a4",
    delegation: str | None = None,
    logo: bytes | None = None,
    progress: Progress | None = None,
    others: Sequence[Plan] = (),
) -> bytes:
    """The printout `what` of `plan` in format `fmt`, as the bytes of the file; a sign-in
    sheet covers every delegation, or only `delegation`. `logo` is the emblem's PNG or
    JPEG, read by the caller, for the letterhead. `progress` counts the rows made (the
    PDF's and the spreadsheets'), and stops the export when cancelled (`Cancelled`).
    `others`: the workspace's other plans, whose press people name more partner media
    for the activity report."""
    if what not in SUPPORTED or fmt not in SUPPORTED[what]:
        allowed = ", ".join(SUPPORTED.get(what, ()))
        raise ExportError("export.unsupported", what=what, format=fmt, allowed=allowed)
    if progress is not None:
        progress.key = PROGRESS_KEYS.get(what, "progress.rows")
    if what in ("seating", "seating-list"):
        from gathertui.exports.seating_list import seating_printout

        return seating_printout(plan, settings, what, fmt, lang, paper, logo, progress)
    if fmt == "csv":
        from gathertui.exports.spreadsheet import roster_csv

        return roster_csv(plan, settings, lang, progress)
    if fmt == "xlsx":
        from gathertui.exports.xlsx import roster_xlsx

        return roster_xlsx(plan, settings, lang, progress)
    if fmt == "ics":
        from gathertui.exports.calendar_file import agenda_ics

        return agenda_ics(plan, settings, lang)
    if what == "whatsapp":
        from gathertui.exports.whatsapp import whatsapp_text

        return whatsapp_text(plan, settings, lang, markdown=fmt == "md").encode()
    if what == "name-cards":
        from gathertui.exports.pdf_cards import name_cards_pdf

        return name_cards_pdf(plan, settings, lang, paper)
    if what == "name-tags":
        from gathertui.exports.pdf_tags import name_tags_pdf

        # Ten badges to an A4 sheet, whatever the paper of the other printouts.
        return name_tags_pdf(plan, settings, lang)
    if what == "signs":
        from gathertui.exports.pdf_signs import signs_pdf

        return signs_pdf(plan, settings, lang, paper, logo)
    from gathertui.exports import printouts

    if what == "agenda":
        document = printouts.agenda_document(plan, settings, lang)
    elif what == "rundown":
        document = printouts.rundown_document(plan, settings, lang)
    elif what == "attendance":
        document = printouts.attendance_document(plan, settings, lang, delegation)
    elif what == "invitation":
        from gathertui.exports.letter import invitation_document

        document = invitation_document(plan, settings, lang)
    elif what == "salutation":
        from gathertui.exports.salutation import salutation_document

        document = salutation_document(plan, settings, lang)
    elif what == "mc-script":
        from gathertui.exports.mc_script import mc_script_document

        document = mc_script_document(plan, settings, lang)
    elif what == "report":
        from gathertui.exports.report import report_document

        document = report_document(plan, settings, lang, others)
    elif what == "press-release":
        from gathertui.exports.press_release import press_release_document

        document = press_release_document(plan, settings, lang)
    else:
        document = printouts.roster_document(plan, settings, lang)
    return render(with_logo(document, logo), fmt, paper, progress)


def render(
    document: Document, fmt: str, paper: str = "a4", progress: Progress | None = None
) -> bytes:
    """A printout drawn in one of the document formats: pdf, docx, html, md or txt; the
    PDF and the .docx count their rows on `progress` (the others take a moment at most)."""
    if fmt == "pdf":
        from gathertui.exports.pdf import render_pdf

        return render_pdf(document, paper, progress)
    if fmt == "docx":
        from gathertui.exports.docx import render_docx

        return render_docx(document, paper, progress)
    if fmt == "html":
        from gathertui.exports.html import render_html

        return render_html(document, paper).encode()
    if fmt == "md":
        from gathertui.exports.markdown import render_markdown

        return render_markdown(document).encode()
    from gathertui.exports.plain import render_text

    return render_text(document).encode()
