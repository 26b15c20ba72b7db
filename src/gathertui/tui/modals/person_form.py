"""Add or edit a person: validates each field as you type; Enter submits."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Vertical, VerticalScroll
from textual.widgets import Input, Label, Static

from gathertui.i18n.labels import label
from gathertui.model.enums import Attendance, Category
from gathertui.model.plan import Person, Plan
from gathertui.planning.editing import unique_id
from gathertui.planning.precedence import ACTING, Precedence, words_of
from gathertui.tui.modals.form import FormModal
from gathertui.tui.text import t
from gathertui.tui.widgets.lists import Select

TEXT_FIELDS = ("name", "honorific", "position", "organization", "phone", "email", "notes")
# The fields shown before the delegation, category and attendance: who the person is.
FIRST_TEXTS = 4
# A civil servant's pangkat/golongan and NIP, by field and catalog key: last, as few
# people have them and the fields before keep their places.
SERVICE_FIELDS = {"rank": "service_rank", "nip": "nip"}


def likely_category(plan: Plan, delegation: str | None) -> Category:
    """A new person's category: the last one added to the delegation is usually like the
    one before; the first of a delegation usually leads it, an official; the first of a
    delegation planned only for other places (a newsroom's) is of its first category."""
    if delegation is None:
        return Category.OTHER
    before = [p.category for p in plan.people if p.delegation == delegation]
    if before:
        return before[-1]
    group = next((d for d in plan.delegations if d.id == delegation), None)
    planned = [c for c in Category if group and group.quotas.get(c)]
    return planned[0] if planned and Category.OFFICIAL not in planned else Category.OFFICIAL


class PersonForm(FormModal[Person]):
    def __init__(self, plan: Plan, person: Person | None, delegation: str | None) -> None:
        super().__init__(person)
        self.plan = plan
        self.person = person
        self.delegation = person.delegation if person else delegation

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        person = self.person
        title = t(self, "ui.edit_person") if person else t(self, "ui.add_person")
        with Vertical(classes="dialog form"):
            yield Static(title, classes="title")
            with VerticalScroll(classes="fields-scroll"), Grid(classes="fields"):
                # The fields filled in most come first; contact and notes after.
                yield from self._texts(TEXT_FIELDS[:FIRST_TEXTS])
                yield Label(t(self, "field.delegation"))
                yield Select(
                    [(d.name, d.id) for d in self.plan.delegations],
                    value=self.delegation if self.delegation else Select.NULL,
                    id="delegation",
                    prompt=t(self, "ui.none"),
                    compact=True,
                )
                yield Label(t(self, "field.category"))
                yield Select(
                    [(label(c, lang), c.value) for c in Category],
                    value=(
                        person.category if person else likely_category(self.plan, self.delegation)
                    ).value,
                    allow_blank=False,
                    id="category",
                    compact=True,
                )
                yield Label(t(self, "field.attendance"))
                yield Select(
                    [(label(a, lang), a.value) for a in Attendance],
                    value=(person.attendance if person else Attendance.INVITED).value,
                    allow_blank=False,
                    id="attendance",
                    compact=True,
                )
                yield from self._texts(TEXT_FIELDS[FIRST_TEXTS:])
                yield Label(t(self, "field.represented_by"))
                yield Select(
                    [
                        (p.name, p.id)
                        for p in self.plan.people
                        if person is None or p.id != person.id
                    ],
                    value=person.represented_by
                    if person and person.represented_by
                    else Select.NULL,
                    id="represented_by",
                    prompt=t(self, "ui.none"),
                    compact=True,
                )
                yield Label(t(self, "field.precedence"))
                yield Input(
                    str(person.precedence) if person and person.precedence else "",
                    id="precedence",
                    type="integer",
                    # Optional: empty is not a mistake, so it is not marked as one.
                    valid_empty=True,
                    placeholder=self._automatic_rank(),
                    compact=True,
                )
                for field, key in SERVICE_FIELDS.items():
                    yield from self._text(field, key)
            yield from self.compose_footer()

    def _texts(self, fields: tuple[str, ...]) -> ComposeResult:
        for field in fields:
            yield from self._text(field, field)

    def _text(self, field: str, key: str) -> ComposeResult:
        """A text field of the person; `key` names its label and hint in the catalog."""
        yield Label(t(self, f"field.{key}"))
        value = getattr(self.person, field) if self.person else None
        yield Input(value or "", id=field, placeholder=t(self, f"hint.{key}"), compact=True)

    @on(Select.Changed, "#delegation")
    def _follow_delegation(self, event: Select.Changed) -> None:
        # A new person's category follows the delegation chosen, until picked by hand.
        if self.person is not None or "category" not in self.shown or self.edited("category"):
            return
        delegation = None if event.value is Select.NULL else str(event.value)
        category = self.query_one("#category", Select)
        with category.prevent(Select.Changed):
            category.value = likely_category(self.plan, delegation).value
        self.shown["category"] = category.value

    def _automatic_rank(self) -> str:
        """What the rank is without an override, so a person sees what they would change."""
        if self.person is None:
            return t(self, "hint.precedence_new")
        settings = self.app.workspace.preferences
        rank = Precedence(settings).rank(self.person.model_copy(update={"precedence": None}))
        if rank is None:
            acting = bool(ACTING.intersection(words_of(self.person.position or "")[:1]))
            return t(self, "hint.precedence_acting" if acting else "hint.precedence_none")
        return t(self, "hint.precedence", rank=rank.text(), office=rank.office)

    def on_mount(self) -> None:
        if self.answered:
            return
        self.query_one("#name", Input).focus()

    def _values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for field in (*TEXT_FIELDS, *SERVICE_FIELDS):
            text = self.query_one(f"#{field}", Input).value.strip()
            if text or field == "name":
                values[field] = text
        for field in ("delegation", "category", "attendance", "represented_by"):
            choice = self.query_one(f"#{field}", Select).value
            if choice is not Select.NULL:
                values[field] = choice
        precedence = self.query_one("#precedence", Input).value.strip()
        if precedence:
            values["precedence"] = (
                int(precedence) if precedence.lstrip("-").isdigit() else precedence
            )
        return values

    def build(self) -> tuple[Person | None, list[str]]:
        values = self._values()
        taken = [p.id for p in self.plan.people if self.person is None or p.id != self.person.id]
        ident = self.person.id if self.person else unique_id(values.get("name") or "x", taken)
        original = self.person.model_dump(exclude_none=True) if self.person else {}
        # Fields the form does not show are kept as they were.
        data = {
            **{k: v for k, v in original.items() if k not in (*TEXT_FIELDS, *SERVICE_FIELDS)},
            **values,
            "id": ident,
        }
        for field in ("delegation", "represented_by", "precedence"):
            if field not in values:
                data.pop(field, None)
        try:
            return Person.model_validate(self.as_edited(data)), []
        except ValidationError as error:
            return None, self.explain(error, Person)
