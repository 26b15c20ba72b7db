"""Starter plans for `gathertui new` and the TUI's "new plan"."""

from __future__ import annotations

from datetime import date, time

from gathertui.model.defaults import new_plan_defaults
from gathertui.model.enums import Category, EventKind, Side, Status
from gathertui.model.plan import (
    SCHEMA_VERSION,
    AgendaItem,
    Delegation,
    Event,
    Person,
    Plan,
    Quotas,
    Venue,
)
from gathertui.model.workspace import WorkspaceSettings

TEMPLATES = ("visit", "media-gathering")


def _rundown(day: date, steps: list[tuple[str, str, int]], start: time) -> list[AgendaItem]:
    items = []
    minutes = start.hour * 60 + start.minute
    for ident, title, length in steps:
        at = time(minutes // 60, minutes % 60)
        items.append(
            AgendaItem(id=ident, start=at, minutes=length, title=title, venue="ruang-utama")
        )
        minutes += length
    return items


def new_plan(template: str, title: str, day: date, settings: WorkspaceSettings | None) -> Plan:
    """A plan with the usual delegations and the usual rundown of its kind, to edit, in
    the workspace of `settings` (None: a plan of no workspace)."""
    defaults = new_plan_defaults(settings)
    host = defaults.host
    venue = Venue(id="ruang-utama", name="Ruang Utama")
    host_delegation = Delegation(
        id="tuan-rumah", name=host or "Tuan rumah", side=Side.HOST, organization=host
    )
    contact = Person(
        id="narahubung",
        name="Narahubung",
        delegation="tuan-rumah",
        category=Category.STAFF,
        notes="Ganti dengan nama narahubung.",
    )
    if template == "visit":
        kind = EventKind.VISIT
        delegations = [host_delegation, Delegation(id="tamu", name="Rombongan tamu")]
        steps = [
            ("registrasi", "Kedatangan dan registrasi", 15),
            ("pembukaan", "Pembukaan", 5),
            ("indonesia-raya", "Menyanyikan lagu Indonesia Raya", 5),
            ("sambutan-tuan-rumah", "Sambutan tuan rumah", 10),
            ("sambutan-tamu", "Sambutan ketua rombongan", 10),
            ("diskusi", "Diskusi dan tanya jawab", 45),
            ("cenderamata", "Penyerahan cenderamata", 5),
            ("foto-bersama", "Foto bersama", 5),
            ("penutup", "Penutup dan ramah tamah", 20),
        ]
    else:
        kind = EventKind.MEDIA_GATHERING
        delegations = [
            host_delegation,
            Delegation(
                id="media", name="Media mitra", quotas=Quotas(online=10, print=5, tv=3, radio=2)
            ),
        ]
        steps = [
            ("registrasi", "Registrasi", 30),
            ("pembukaan", "Pembukaan", 10),
            ("sambutan", "Sambutan", 15),
            ("paparan", "Paparan program dan kalender wisata", 30),
            ("diskusi", "Diskusi dengan media", 45),
            ("masak-asik", "Masak asik bersama wartawan", 60),
            ("penutup", "Penutup dan makan siang", 30),
        ]
    agenda = _rundown(day, steps, time(9, 0))
    for item in agenda:
        item.pic = contact.id
    return Plan(
        schema_version=SCHEMA_VERSION,
        event=Event(
            title=title,
            kind=kind,
            start=day,
            timezone=defaults.timezone,
            host=host,
            status=Status.DRAFT,
        ),
        venues=[venue],
        delegations=delegations,
        people=[contact],
        agenda=agenda,
    )
