"""Workspace settings: `gathertui.toml` seen and edited in the app.

The letterhead and the settings are shown as a summary and edited with a form each; the
lists (tourism calendar, targets, holiday corrections, precedence rules, signatories) are
tables whose rows are added, edited and deleted with small forms. Edits are kept here,
undoable, until saved with the plans' safe save (nothing overwritten that changed on disk
unasked).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import BaseModel
from textual import getters, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Input, Static

from gathertui.glance import SETTINGS_FILE
from gathertui.i18n import LANGUAGES, tr
from gathertui.i18n import Message as Sentence
from gathertui.i18n.labels import label
from gathertui.model.enums import (
    Acting,
    EventKind,
    HigherLevel,
    HolidayAction,
    Level,
    Paper,
    Representative,
)
from gathertui.model.plan import Plan
from gathertui.model.workspace import (
    HolidayOverride,
    Organization,
    OutsideEvent,
    PrecedenceRule,
    Preferences,
    Signatory,
    Target,
    WorkspaceSettings,
)
from gathertui.planning.editing import unique_id
from gathertui.storage import ChangedOnDisk
from gathertui.storage.reader import Loaded, LoadError, Source, UnreadableFile, load_settings
from gathertui.storage.save import save, write_new
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.confirm import Choice
from gathertui.tui.modals.event_form import ZONES
from gathertui.tui.modals.record_form import FormField, RecordForm
from gathertui.tui.modals.signing_form import signatory_choices
from gathertui.tui.saving import say_save_failed
from gathertui.tui.text import said, t, translate_bindings
from gathertui.tui.widgets.footer import KeyFooter
from gathertui.tui.widgets.table import Column, VirtualTable


def _words(values: list[StrEnum]) -> Callable[[str], list[tuple[str, str]]]:
    """A choice of a closed vocabulary, each value shown in the UI's words."""
    return lambda lang: [(label(value, lang), value.value) for value in values]


def _languages(lang: str) -> list[tuple[str, str]]:
    return [(tr(f"ui.lang_{code}", lang), code) for code in LANGUAGES]


def _kinds(lang: str) -> list[tuple[str, str]]:
    return [(label(kind, lang), kind.value) for kind in EventKind]


def _values(values: Sequence[str]) -> Callable[[str], list[tuple[str, str]]]:
    return lambda lang: [(value, value) for value in values]


LETTERHEAD = (
    FormField("name", "field.organization_name"),
    FormField("unit", "field.unit"),
    FormField("address", "field.address"),
    FormField("phone", "field.phone"),
    FormField("email", "field.email"),
    FormField("website", "field.website"),
    # Added to the format later: at the end, so the keys to the fields before stay.
    FormField("postcode", "field.postcode", placeholder="50132"),
    # The place printouts are signed in.
    FormField("city", "field.city", placeholder="Semarang"),
    FormField("logo", "field.logo", placeholder="logo.png"),
)
PREFERENCES = (
    FormField("language", "field.language", "choice", _languages),
    FormField("timezone", "field.timezone", "choice", _values([zone for _, zone in ZONES])),
    FormField("paper", "field.paper", "choice", _values([p.value for p in Paper])),
    FormField("precedence_level", "field.precedence_level", "choice", _words(list(Level))),
    FormField("higher_level", "field.higher_level", "choice", _words(list(HigherLevel))),
    FormField("acting", "field.acting", "choice", _words(list(Acting))),
    FormField("representative", "field.representative", "choice", _words(list(Representative))),
    FormField("silence", "field.silence", "list", placeholder="same-day-event, bom"),
    FormField("opening_greeting", "field.opening_greeting"),
)


def preference_fields(signatories: Sequence[Signatory]) -> tuple[FormField, ...]:
    """The settings form: who signs is chosen among the signatories as they are now."""
    choices = signatory_choices(signatories)
    return (
        *PREFERENCES,
        FormField("signed_by", "field.signed_by", "choice", choices, unset="ui.none"),
        FormField("acknowledged_by", "field.acknowledged_by", "choice", choices, unset="ui.none"),
    )


CALENDAR = (
    FormField("title", "field.title"),
    FormField("start", "field.start", "date", placeholder="2025-03-10"),
    FormField("end", "field.end", "date"),
    FormField("category", "field.category"),
    FormField("location", "field.location"),
    FormField("notes", "field.notes"),
)
TARGETS = (
    FormField("kind", "field.kind", "choice", _kinds),
    FormField("count", "field.count", "int", placeholder="1"),
    FormField("since", "field.since", "int", placeholder="2025"),
    FormField("since_semester", "field.since_semester", "int", placeholder="1"),
    FormField("notes", "field.notes"),
)
HOLIDAY_ACTIONS = {
    HolidayAction.ADD: "ui.holiday_add",
    HolidayAction.REMOVE: "ui.holiday_remove",
    HolidayAction.MOVE: "ui.holiday_move",
}


def _holiday_actions(lang: str) -> list[tuple[str, str]]:
    return [(tr(key, lang), action.value) for action, key in HOLIDAY_ACTIONS.items()]


HOLIDAYS = (
    FormField("date", "field.date", "date", placeholder="2025-03-31"),
    FormField("action", "field.holiday_action", "choice", _holiday_actions),
    FormField("name", "field.name"),
    FormField("to", "field.moved_to", "date"),
    FormField("notes", "field.notes"),
)
PRECEDENCE = (
    FormField("position", "field.position"),
    FormField("rank", "field.rank", "int"),
    FormField("notes", "field.notes"),
)
SIGNATORIES = (
    FormField("name", "field.name", placeholder="Dra. Ratna Wulandari, M.Si."),
    # Empty: made from the name, shown as the hint (SignatoryForm).
    FormField("id", "field.id"),
    FormField("office", "field.office"),
    FormField("rank", "field.service_rank", placeholder="Pembina Tingkat I (IV/b)"),
    FormField("nip", "field.nip", placeholder="19750312 200003 2 004"),
    FormField("notes", "field.notes"),
)


@dataclass(frozen=True)
class Section:
    """One list of `gathertui.toml`: its field, rows and form."""

    name: str  # the WorkspaceSettings field, and the table's id
    title: str  # catalog key
    model: type[BaseModel]
    fields: tuple[FormField, ...]
    columns: tuple[tuple[str, int, int], ...]  # catalog key, share of width, minimum
    row: Callable[[Any, str], tuple[str, ...]]


def _dates(first: date, last: date | None) -> str:
    return first.isoformat() + (f" – {last.isoformat()}" if last else "")


SECTIONS = (
    Section(
        "calendar",
        "ui.settings_calendar",
        OutsideEvent,
        CALENDAR,
        (("col.date", 0, 25), ("col.title", 3, 12), ("col.category", 1, 8)),
        lambda e, lang: (_dates(e.start, e.end), e.title, e.category or ""),
    ),
    Section(
        "targets",
        "ui.settings_targets",
        Target,
        TARGETS,
        (("col.kind", 2, 10), ("col.count", 0, 8), ("col.since", 1, 8)),
        lambda x, lang: (label(x.kind, lang), str(x.count), f"{x.since}/{x.since_semester}"),
    ),
    Section(
        "holidays",
        "ui.settings_holidays",
        HolidayOverride,
        HOLIDAYS,
        (("col.date", 0, 11), ("col.action", 0, 10), ("col.name", 2, 8), ("col.moved_to", 0, 12)),
        lambda h, lang: (
            h.date.isoformat(),
            tr(HOLIDAY_ACTIONS[h.action], lang),
            h.name or "",
            h.to.isoformat() if h.to else "",
        ),
    ),
    Section(
        "precedence",
        "ui.settings_precedence",
        PrecedenceRule,
        PRECEDENCE,
        (("col.rank", 0, 8), ("col.position", 3, 12)),
        lambda r, lang: (str(r.rank), r.position),
    ),
    Section(
        "signatories",
        "ui.settings_signatories",
        Signatory,
        SIGNATORIES,
        (("col.name", 1, 18), ("col.office", 1, 12)),
        lambda s, lang: (s.name, s.office),
    ),
)
BY_NAME = {section.name: section for section in SECTIONS}


class SignatoryForm(RecordForm[Signatory]):
    """A signatory: the id, which plans name them by, is made from the name when left
    empty, and must be the only one of its kind."""

    def __init__(self, title: str, original: Signatory | None, taken: list[str]) -> None:
        super().__init__(Signatory, SIGNATORIES, title, original)
        self.taken = taken

    def _made_id(self) -> str:
        return unique_id(self.query_one("#name", Input).value.strip(), self.taken)

    def prepared(self, data: dict[str, Any]) -> list[str]:
        if "id" not in data:
            data["id"] = self._made_id()
        elif data["id"] in self.taken:
            return [t(self, "ui.id_taken", id=data["id"])]
        return []

    @on(Input.Changed, "#name")
    def _hint_id(self) -> None:
        self.query_one("#id", Input).placeholder = self._made_id()


class SettingsScreen(Screen[None]):
    app = getters.app(GathertuiApp)
    BINDINGS = [
        Binding("escape", "leave", "key.back", id="settings-back"),
        Binding("ctrl+s", "save", "key.save", id="settings-save"),
        Binding("l", "letterhead", "key.edit_letterhead", id="edit-letterhead"),
        Binding("o", "preferences", "key.edit_settings", id="edit-settings"),
        Binding("a", "add", "key.add_row", id="settings-add"),
        Binding("delete", "delete", "key.delete_row", id="settings-delete"),
        Binding("ctrl+z", "undo", "key.undo", id="settings-undo"),
        # k: konflik; shown only while a merge's conflicts are in the file.
        Binding("k", "conflicts", "key.conflicts", id="settings-conflicts"),
    ]
    # "-short" (80x24) leaves out the blank lines between the lists (app.tcss).
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]

    def __init__(self) -> None:
        super().__init__()
        settings_file = self.app.workspace.settings
        self.path = settings_file.path
        loaded = settings_file.loaded
        self.source: Source | None = loaded.source if loaded else None
        # A file that does not load is not edited here: saving would replace it.
        self.broken = [said(self.app, p.message) for p in settings_file.problems]
        self.saved_model = self.app.workspace.preferences
        self.model = self.saved_model
        self.history: list[WorkspaceSettings] = []
        translate_bindings(self, self.app.lang)

    @property
    def dirty(self) -> bool:
        return self.model != self.saved_model

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="settings"):
            with VerticalScroll(id="settings-summary"):
                # Shown only while a merge's conflicts are in the file.
                yield Static(id="settings-notice", markup=False)
                yield Static(t(self, "ui.settings_letterhead"), classes="section-title")
                yield Static(id="letterhead", markup=False)
                yield Static(t(self, "ui.settings_preferences"), classes="section-title")
                yield Static(id="preferences", markup=False)
            with Vertical(id="settings-lists"):
                for section in SECTIONS:
                    yield Static(t(self, section.title), classes="section-title")
                    columns = [Column(t(self, key), w, m) for key, w, m in section.columns]
                    yield VirtualTable(columns, id=section.name)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.title = t(self, "ui.settings_title")
        self.query_one("#calendar", VirtualTable).focus()
        self.show()
        if self.model.conflicts and not self.broken:
            self.call_after_refresh(self.action_conflicts)

    # What the screen shows

    def show(self) -> None:
        self.sub_title = self.path.name + (" ●" if self.dirty else "")
        lang = self.app.lang
        org = self.model.organization
        lines = [t(self, "ui.settings_broken"), *self.broken, ""] if self.broken else []
        notice = self.query_one("#settings-notice", Static)
        notice.display = bool(self.model.conflicts)
        notice.update(t(self, "ui.settings_conflicts", count=len(self.model.conflicts)))
        for spec in LETTERHEAD:
            value = getattr(org, spec.name, None) if org else None
            lines.append(f"{t(self, spec.label)}: {value or '—'}")
        self.query_one("#letterhead", Static).update("\n".join(lines))
        prefs = self.model.settings
        shown = {
            "language": t(self, f"ui.lang_{prefs.language}") if prefs.language else "—",
            "timezone": prefs.timezone or "—",
            "paper": prefs.paper.value,
            "precedence_level": label(prefs.precedence_level, lang),
            "higher_level": label(prefs.higher_level, lang),
            "acting": label(prefs.acting, lang),
            "representative": label(prefs.representative, lang),
            "silence": ", ".join(prefs.silence) or "—",
            "opening_greeting": prefs.opening_greeting or "—",
            "signed_by": self._signatory(prefs.signed_by),
            "acknowledged_by": self._signatory(prefs.acknowledged_by),
        }
        fields = preference_fields(self.model.signatories)
        lines = [f"{t(self, spec.label)}: {shown[spec.name]}" for spec in fields]
        self.query_one("#preferences", Static).update("\n".join(lines))
        for section in SECTIONS:
            rows = [section.row(item, lang) for item in getattr(self.model, section.name)]
            table = self.query_one(f"#{section.name}", VirtualTable)
            table.empty_text = t(self, "ui.settings_empty")
            table.set_rows(rows)
            # Five lists share the column: a short one takes only its rows (an empty one
            # its header and hint), leaving the rest to the long ones (80x24).
            table.styles.max_height = max(len(rows), 1) + 1

    def _signatory(self, ident: str | None) -> str:
        # An id the list does not hold is shown as written: `check` says what is wrong.
        signatory = self.model.signatory(ident)
        return signatory.name if signatory else ident or "—"

    def change(self, **update: Any) -> None:
        """The settings with `update`'s fields replaced: an edit, which undo takes back."""
        self.history.append(self.model)
        self.model = self.model.model_copy(update=update)
        self.show()

    def action_undo(self) -> None:
        if self.history:
            self.model = self.history.pop()
            self.show()
            self.refresh_bindings()

    # A merge's conflicts (ConflictScreen's host)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "conflicts":
            return bool(self.model.conflicts) and not self.broken
        return True

    def action_conflicts(self) -> None:
        from gathertui.tui.screens.conflicts import ConflictScreen

        if self.model.conflicts and not self.broken:
            self.app.push_screen(ConflictScreen(self, self.path.name))

    def conflict_model(self) -> WorkspaceSettings:
        return self.model

    def settle(self, model: Plan | WorkspaceSettings, label: Sentence) -> None:
        assert isinstance(model, WorkspaceSettings)
        self.history.append(self.model)
        self.model = model
        self.show()
        self.refresh_bindings()

    # The letterhead and the settings

    def action_letterhead(self) -> None:
        def done(org: Organization | None) -> None:
            if org is not None:
                self.change(organization=org)

        form = RecordForm(Organization, LETTERHEAD, "ui.edit_letterhead", self.model.organization)
        self.app.push_screen(form, done)

    def action_preferences(self) -> None:
        def done(prefs: Preferences | None) -> None:
            if prefs is not None:
                self.change(settings=prefs)

        fields = preference_fields(self.model.signatories)
        form = RecordForm(Preferences, fields, "ui.edit_settings", self.model.settings)
        self.app.push_screen(form, done)

    # The lists

    def _focused(self) -> tuple[Section, VirtualTable] | None:
        table = self.focused
        if isinstance(table, VirtualTable) and table.id in BY_NAME:
            return BY_NAME[table.id], table
        return None

    def _rows(self, section: Section) -> list[Any]:
        return list(getattr(self.model, section.name))

    def _form(self, section: Section, original: Any, at: int | None) -> None:
        rows = self._rows(section)
        fixed: dict[str, Any] = {}
        if section.model is OutsideEvent:
            # An edit keeps its id; a new event's comes from its title, once it has one.
            fixed["id"] = original.id if original else "acara"

        def done(item: Any) -> None:
            if item is None:
                return
            if isinstance(item, OutsideEvent) and original is None:
                taken = [e.id for e in rows if isinstance(e, OutsideEvent)]
                item = item.model_copy(update={"id": unique_id(item.title, taken)})
            if at is None:
                rows.append(item)
            else:
                rows[at] = item
            self.change(**{section.name: rows})
            self.query_one(f"#{section.name}", VirtualTable).move_to(
                len(rows) - 1 if at is None else at
            )

        title = "ui.settings_edit_row" if original is not None else "ui.settings_add_row"
        form: RecordForm[Any]
        if section.model is Signatory:
            taken = [s.id for s in rows if s is not original]
            form = SignatoryForm(title, original, taken)
        else:
            form = RecordForm(section.model, section.fields, title, original, fixed)
        self.app.push_screen(form, done)

    def action_add(self) -> None:
        focused = self._focused()
        section = focused[0] if focused else SECTIONS[0]
        self._form(section, None, None)

    @on(VirtualTable.Selected)
    def _edit(self, event: VirtualTable.Selected) -> None:
        section = BY_NAME.get(event.table.id or "")
        rows = self._rows(section) if section else []
        if section and 0 <= event.row < len(rows):
            self._form(section, rows[event.row], event.row)

    def action_delete(self) -> None:
        focused = self._focused()
        if focused is None:
            return
        section, table = focused
        rows = self._rows(section)
        if not rows:
            return
        at = min(table.cursor_row, len(rows) - 1)

        def answered(answer: str | None) -> None:
            if answer == "yes":
                del rows[at]
                self.change(**{section.name: rows})

        row = " · ".join(cell for cell in section.row(rows[at], self.app.lang) if cell)
        question = t(self, "ui.settings_confirm_delete", row=row)
        self.app.push_screen(
            Choice.delete(question, t(self, "ui.delete"), t(self, "ui.cancel")), answered
        )

    # Saving and leaving

    def action_save(self, overwrite: bool = False) -> bool:
        if self.broken:
            self.notify(markup=False, message=t(self, "ui.settings_broken"), severity="error")
            return False
        try:
            if self.source is None:
                source = write_new(self.path, self.model)
            else:
                source = save(self.source, self.model, overwrite=overwrite)
        except (ChangedOnDisk, FileExistsError):
            self._ask_changed_on_disk()
            return False
        except OSError as error:
            say_save_failed(self, error, timeout=10)
            return False
        self.source = source
        self.saved_model = self.model
        self.app.workspace.settings_saved(Loaded(source, self.model))
        self.app.refresh_workspace()
        self.notify(markup=False, message=t(self, "ui.saved", path=str(self.path)))
        self.show()
        return True

    def _ask_changed_on_disk(self) -> None:
        def answered(answer: str | None) -> None:
            if answer == "reload":
                # The file as it is now; the edits made here are dropped.
                self.app.refresh_workspace(reread=True)
                self.app.pop_screen()
                self.app.push_screen(SettingsScreen())
            elif answer == "overwrite":
                self.action_save(overwrite=True)

        answers = [
            ("reload", t(self, "ui.reload")),
            ("overwrite", t(self, "ui.overwrite")),
            ("cancel", t(self, "ui.cancel")),
        ]
        question = t(self, "ui.changed_on_disk", path=str(self.path))
        self.app.push_screen(Choice(question, answers, "cancel"), answered)

    def action_leave(self) -> None:
        if not self.dirty:
            self.dismiss()
            return

        def answered(answer: str | None) -> None:
            if answer == "save":
                if self.action_save():
                    self.dismiss()
            elif answer == "discard":
                self.dismiss()

        answers = [
            ("save", t(self, "ui.save")),
            ("discard", t(self, "ui.discard")),
            ("cancel", t(self, "ui.cancel")),
        ]
        question = t(self, "ui.settings_unsaved")
        self.app.push_screen(Choice(question, answers, "cancel"), answered)


def ask_letterhead(app: GathertuiApp) -> None:
    """A first run: the organisation's name and unit, written as a new gathertui.toml, or
    added to one that has no letterhead yet (`gathertui init` writes a bare one)."""
    path = app.folder / SETTINGS_FILE

    def done(org: Organization | None) -> None:
        if org is None:
            return
        try:
            if path.exists():
                loaded = load_settings(path)
                if loaded.model.organization is not None:
                    return  # written meanwhile, by hand or another app: theirs stands
                model = loaded.model.model_copy(update={"organization": org})
                source = save(loaded.source, model)
            else:
                model = WorkspaceSettings(organization=org)
                source = write_new(path, model)
        except (FileExistsError, LoadError, UnreadableFile, ChangedOnDisk):
            return  # written or broken meanwhile: the settings screen says why
        except OSError as error:
            say_save_failed(app.screen, error, timeout=10)
            return
        app.workspace.settings_saved(Loaded(source, model))
        app.refresh_workspace()
        app.notify(markup=False, message=t(app, "ui.saved", path=str(path)))

    app.push_screen(RecordForm(Organization, LETTERHEAD[:2], "ui.first_run"), done)
