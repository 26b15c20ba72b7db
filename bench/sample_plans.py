"""Sample plans with the variety of real ones, for every benchmark.

A plan where every person has the same position, or every round of a key does the same
thing, measures a cache hit. `realistic_plan` gives distinct positions (offices of the
order of precedence and others), ten to twenty delegations with quotas, several venues,
a rundown of forty or so items a day over several days with pinned items, and a handful
of warnings (a venue too small for its items, quota places nobody fills yet, a day on a
holiday, positions the law does not rank). The same seed gives the same plan.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from datetime import time as clock_time

from gathertui.model import (
    AgendaItem,
    Attendance,
    Category,
    Delegation,
    Event,
    EventKind,
    Person,
    Plan,
    Quotas,
    Side,
    Status,
    Venue,
)

# Offices of the order of precedence and some that are none: a roster ranks many
# different people, so precedence is worked out for many different positions.
OFFICES = [
    "Wali Kota",
    "Wakil Wali Kota",
    "Ketua DPRD",
    "Sekretaris Daerah",
    "Kepala Dinas",
    "Kepala Bagian",
    "Kepala Bidang",
    "Camat",
    "Lurah",
    "Anggota DPRD Kota",
    "Staf",
    "Ajudan Wali Kota",
]
UNITS = [
    "Komunikasi dan Informatika",
    "Pendidikan",
    "Kesehatan",
    "Perhubungan",
    "Pariwisata",
    "Pekerjaan Umum",
    "Sosial",
    "Lingkungan Hidup",
]
_GIVEN = ["Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gita", "Hadi", "Indah", "Joko"]
_FAMILY = ["Santoso", "Wibowo", "Lestari", "Pratama", "Hidayat", "Kusuma", "Rahayu", "Saputra"]
_BUILDINGS = ["Balai Kota", "Gedung DPRD", "Wisma Perdamaian", "Gedung Pandanaran"]
FIRST_DAY = date(2024, 3, 11)


def _venues(count: int, people: int) -> list[Venue]:
    # Large halls, except one too small for the items held in it: a capacity warning.
    return [
        Venue(
            id=f"ruang-{n}",
            name=f"Ruang {_BUILDINGS[n % len(_BUILDINGS)]} {n}",
            building=_BUILDINGS[n % len(_BUILDINGS)],
            capacity=20 if n == 1 else 10 * people + 100,
        )
        for n in range(count)
    ]


def _delegations(count: int, rng: random.Random) -> list[Delegation]:
    return [
        Delegation(
            id=f"rombongan-{n}",
            name=f"Rombongan {UNITS[n % len(UNITS)]} {n}",
            side=Side.HOST if n == 0 else Side.GUEST,
            quotas=Quotas(
                online=rng.randint(0, 3),
                print=rng.randint(0, 2),
                tv=rng.randint(0, 1),
                kim=rng.randint(0, 2),
            ),
        )
        for n in range(count)
    ]


def _people(count: int, delegations: list[Delegation], rng: random.Random) -> list[Person]:
    categories = list(Category)
    attendances = [Attendance.INVITED, Attendance.CONFIRMED, Attendance.ATTENDED]
    roster = []
    for n in range(count):
        office = OFFICES[rng.randrange(len(OFFICES))]
        unit = UNITS[rng.randrange(len(UNITS))]
        roster.append(
            Person(
                id=f"peserta-{n}",
                name=f"{_GIVEN[n % len(_GIVEN)]} {_FAMILY[rng.randrange(len(_FAMILY))]} {n}",
                delegation=delegations[rng.randrange(len(delegations))].id,
                # A district or unit number makes most positions distinct, as in a real roster.
                position=f"{office} {unit} {rng.randrange(max(count // 20, 1))}",
                organization="Pemerintah Kota Semarang",
                category=categories[rng.randrange(len(categories))],
                attendance=attendances[rng.randrange(len(attendances))],
                phone=f"+62812{n:07d}",
                notes="Catatan\nbaris kedua" if n % 10 == 0 else None,
            )
        )
    return roster


def _agenda(count: int, people: int, venues: int, days: int) -> list[AgendaItem]:
    per_day = -(-count // days)
    agenda = []
    for n in range(count):
        day, slot = divmod(n, per_day)
        # A quarter of an hour per slot from 07:00: the longest day ends by the evening,
        # so a round of + is never refused for running past midnight.
        minute = 7 * 60 + slot * 15
        agenda.append(
            AgendaItem(
                id=f"acara-{n}",
                day=FIRST_DAY + timedelta(days=day),
                start=clock_time(minute // 60, minute % 60),
                minutes=10,
                # Every seventh item is pinned; the rest follow one another.
                pinned=n % 7 == 3,
                title=f"Mata acara {n}",
                venue=f"ruang-{n % venues}",
                pic=f"peserta-{n % people}",
                speakers=[f"peserta-{(n * 7 + 1) % people}"],
            )
        )
    return agenda


def realistic_plan(people: int, items: int, seed: int = 1) -> Plan:
    """A confirmed plan of `people` people and `items` agenda items, forty or so a day."""
    rng = random.Random(seed)
    days = min(max(items // 40, 2), 14)
    delegations = _delegations(min(max(people // 250, 10), 20), rng)
    venues = max(min(items // 25, 12), 4)
    return Plan(
        schema_version=1,
        event=Event(
            title="Kunjungan kerja",
            kind=EventKind.VISIT,
            start=FIRST_DAY,
            end=FIRST_DAY + timedelta(days=days - 1),
            timezone="Asia/Jakarta",
            status=Status.CONFIRMED,
        ),
        venues=_venues(venues, people),
        delegations=delegations,
        people=_people(people, delegations, rng),
        agenda=_agenda(items, people, venues, days),
    )
