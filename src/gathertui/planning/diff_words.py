"""The changes of `diff.py` in words, grouped by list, one change per line:

Peserta:
  + Andi Pratama (Kepala Dinas Kominfo, Rombongan Makassar)
  ~ Siti Rahayu: Kehadiran diundang → terkonfirmasi
Susunan Acara:
  ~ Sambutan 15 → 20 menit (acara berikutnya bergeser 5 menit)
  - Ramah tamah
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from gathertui.i18n import tr
from gathertui.i18n.dates import clock
from gathertui.i18n.labels import label, word
from gathertui.model.plan import Layout, Plan
from gathertui.planning.diff import SECTIONS, Change

SECTION_KEYS = {
    "event": "diff.section.event",
    "signing": "diff.section.signing",
    "invitation": "diff.section.invitation",
    "venues": "show.venues",
    "delegations": "show.delegations",
    "people": "show.people",
    "agenda": "show.rundown",
    "seats": "diff.section.seats",
    "coverage": "diff.section.coverage",
}

# The form's label of each field; a field without one is named by its key in the file.
FIELD_KEYS = {
    "title": "field.title",
    "kind": "field.kind",
    "start": "field.start",
    "end": "field.end",
    "timezone": "field.timezone",
    "host": "field.host",
    "dress": "field.dress",
    "status": "field.status",
    "notes": "field.notes",
    "name": "field.name",
    "building": "field.building",
    "floor": "field.floor",
    "address": "field.address",
    "capacity": "field.capacity",
    "facilities": "field.facilities",
    "contact": "field.contact",
    "side": "field.side",
    "organization": "field.organization",
    "honorific": "field.honorific",
    "delegation": "field.delegation",
    "position": "field.position",
    "category": "field.category",
    "attendance": "field.attendance",
    "represented_by": "field.represented_by",
    # A venue's layout, part by part ("layout.rows"): the venue form's labels.
    **{name: f"field.{name}" for name in Layout.model_fields},
    "precedence": "field.precedence",
    "rank": "field.service_rank",
    "nip": "field.nip",
    "phone": "field.phone",
    "email": "field.email",
    "day": "field.day",
    "minutes": "field.minutes",
    "pinned": "field.pinned",
    "venue": "field.venue",
    "pic": "field.pic",
    "speakers": "field.speakers",
    "remarks": "field.remarks",
    "signed_by": "field.signed_by",
    "acknowledged_by": "field.acknowledged_by",
    "acknowledged": "field.acknowledged",
    "place": "field.place",
    "dated": "field.date",
    "quotas": "key.quotas",
    "number": "field.letter_number",
    "nature": "field.letter_nature",
    "attachment": "field.letter_attachment",
    "subject": "field.letter_subject",
    "invitees": "field.invitees",
    "merge": "field.letter_merge",
    "attach_rundown": "field.attach_rundown",
    "body": "field.letter_body",
}
# An agenda item's `start` is a time of day; the event's is its first day.
AGENDA_FIELD_KEYS = {**FIELD_KEYS, "start": "field.time"}
# Fields holding ids of other entities: shown by the entity's name.
_REFERENCES = {
    "delegation": "delegations",
    "represented_by": "people",
    "venue": "venues",
    "pic": "people",
    "speakers": "people",
}


def _by_id(section: str, ident: str) -> str:
    return ident


def value_words(field: str, value: Any, lang: str, name: Callable[[str, str], str] = _by_id) -> str:
    """A field's value as a person reads it; `name(section, id)` names a referenced
    entity."""
    if value is None or value == [] or value == {}:
        return tr("diff.none", lang)
    if field in _REFERENCES and isinstance(value, str | list):
        section = _REFERENCES[field]
        if isinstance(value, list):
            return ", ".join(name(section, ident) for ident in value)
        return name(section, value)
    if isinstance(value, StrEnum):
        return label(value, lang)
    if isinstance(value, bool):
        return tr("diff.yes" if value else "diff.no", lang)
    if isinstance(value, time):
        return clock(value, lang)
    if isinstance(value, datetime):
        return f"{value.date().isoformat()} {clock(value.time(), lang)}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    return str(value)


def field_name(section: str, field: str, lang: str) -> str:
    """A field by its form's label ("Kehadiran"); a quota by its category ("Kuota staf")."""
    keys = AGENDA_FIELD_KEYS if section == "agenda" else FIELD_KEYS
    table, _, category = field.partition(".")
    if table == "layout":
        return tr(keys[category], lang) if category in keys else field
    name = tr(keys[table], lang) if table in keys else table
    # A quota is named by its category's word: "Kuota staf".
    return f"{name} {word(category, lang)}" if category else name


def _names(plan: Plan) -> dict[str, dict[str, str]]:
    lists = ("venues", "delegations", "people")
    named = {section: {e.id: e.name for e in getattr(plan, section)} for section in lists}
    named["agenda"] = {item.id: item.title for item in plan.agenda}
    # Coverage entries have no id: a change names them by their outlet and title.
    named["coverage"] = {}
    named["seats"] = {}  # named by the person, the venue and the seat, as coverage
    return named


class _Words:
    def __init__(self, old: Plan, new: Plan, lang: str) -> None:
        self.old = _names(old)
        self.new = _names(new)
        self.new_plan = new
        self.lang = lang

    def name(self, section: str, ident: str) -> str:
        return self.new[section].get(ident) or self.old[section].get(ident) or ident

    def value(self, field: str, value: Any) -> str:
        return value_words(field, value, self.lang, self.name)

    def field(self, section: str, field: str) -> str:
        return field_name(section, field, self.lang)

    def added_detail(self, change: Change) -> str:
        """What tells a new entry apart: a person's position and delegation, an item's time."""
        if change.section == "people":
            person = next(p for p in self.new_plan.people if p.id == change.entity)
            delegation = self.new["delegations"].get(person.delegation or "")
            parts = [part for part in (person.position, delegation) if part]
            return ", ".join(parts)
        if change.section == "agenda":
            item = next(i for i in self.new_plan.agenda if i.id == change.entity)
            return tr(
                "diff.item_time",
                self.lang,
                start=clock(item.start, self.lang),
                minutes=item.minutes,
            )
        return ""

    def line(self, change: Change) -> str:
        name = self.name(change.section, change.entity) if change.entity else ""
        if change.kind == "removed":
            text = f"- {name}"
        elif change.kind == "added":
            detail = self.added_detail(change)
            text = f"+ {name} ({detail})" if detail else f"+ {name}"
        elif change.section == "agenda" and change.field == "minutes":
            text = "~ " + tr("diff.minutes", self.lang, name=name, old=change.old, new=change.new)
        else:
            assert change.field is not None
            field = self.field(change.section, change.field)
            before = self.value(change.field, change.old)
            after = self.value(change.field, change.new)
            where = f"{name}: " if name else ""
            text = f"~ {where}{field} {before} → {after}"
        if change.shift:
            key = "diff.shift_later" if change.shift > 0 else "diff.shift_earlier"
            text += " " + tr(key, self.lang, minutes=abs(change.shift))
        return text


def describe_changes(
    changes: list[Change], old: Plan, new: Plan, lang: str
) -> list[tuple[str, list[str]]]:
    """The changes as (section heading, lines), sections in file order."""
    words = _Words(old, new, lang)
    grouped: list[tuple[str, list[str]]] = []
    for section in SECTIONS:
        lines = [words.line(change) for change in changes if change.section == section]
        if lines:
            grouped.append((tr(SECTION_KEYS[section], lang), lines))
    return grouped
