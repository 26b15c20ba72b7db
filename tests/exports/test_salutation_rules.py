"""The MC's salutation, rule by rule: the opening greeting, honorifics, a representative
greeted in their principal's name (or their own), a visiting delegation's party, the
other guests who hold an office, the acting titles and the offices' wording; and the
honorific on the sign-in sheet and the participant list."""

from __future__ import annotations

from datetime import date

import pytest

from gathertui.exports.names import acting_spelled
from gathertui.exports.printouts import attendance_document, roster_document
from gathertui.exports.salutation import salutation_lines
from gathertui.model.enums import Attendance, Category, Representative, Side
from gathertui.model.plan import Delegation, Event, Person, Plan, Quotas
from gathertui.model.workspace import Preferences, WorkspaceSettings

GREETING = (
    "Assalamu'alaikum warahmatullahi wabarakatuh, salam sejahtera bagi kita semua, "
    "Om Swastiastu, Namo Buddhaya, salam kebajikan."
)
HOST = Delegation(id="semarang", name="Pemerintah Kota Semarang", side=Side.HOST)
GUESTS = Delegation(id="mojokerto", name="Rombongan Pemkot Mojokerto", side=Side.GUEST)


def official(ident: str, position: str, **more: object) -> Person:
    fields: dict[str, object] = {"delegation": "semarang", "category": Category.OFFICIAL}
    fields.update(more)
    return Person.model_validate(
        {"id": ident, "name": ident.replace("-", " ").title(), "position": position, **fields}
    )


WALI_KOTA = official(
    "hevearita",
    "Wali Kota Semarang",
    honorific="Ibu",
    attendance=Attendance.REPRESENTED,
    represented_by="iswar",
)
SEKDA = official("iswar", "Sekretaris Daerah Kota Semarang", honorific="Bapak")


def plan_of(*people: Person, delegations: tuple[Delegation, ...] = (HOST, GUESTS)) -> Plan:
    return Plan(
        schema_version=1,
        event=Event(title="Rapat", start=date(2024, 3, 14)),
        delegations=list(delegations),
        people=list(people),
    )


def settings(**preferences: object) -> WorkspaceSettings:
    return WorkspaceSettings(settings=Preferences.model_validate(preferences))


def greeted(plan: Plan, chosen: WorkspaceSettings | None = None, lang: str = "id") -> list[str]:
    """The lines between the greeting and the closing "Hadirin"."""
    lines = salutation_lines(plan, chosen, lang)
    assert lines[0] == GREETING or chosen is not None or lang != "id"
    return [line for line in lines if line.startswith(("Yth.", "The Honourable"))]


# The opening greeting


def test_the_common_greeting_opens_the_salutation() -> None:
    lines = salutation_lines(plan_of(SEKDA), None, "id")
    assert lines[0] == GREETING
    assert lines[-1] == "Hadirin yang berbahagia."


def test_the_workspace_chooses_its_own_greeting_or_none() -> None:
    plan = plan_of(SEKDA)
    own = settings(opening_greeting="Selamat pagi dan salam sejahtera.")
    assert salutation_lines(plan, own, "id")[0] == "Selamat pagi dan salam sejahtera."
    assert salutation_lines(plan, own, "en")[0] == "Selamat pagi dan salam sejahtera."
    none = salutation_lines(plan, settings(opening_greeting=""), "id")
    assert none[0] == "Yth. Sekretaris Daerah Kota Semarang, Bapak Iswar;"


# Honorifics


@pytest.mark.parametrize("honorific", ["Bapak", "Ibu", "Dr.", "Prof. Dr. H.", "KH", "Hj."])
def test_the_honorific_is_said_as_the_person_uses_it(honorific: str) -> None:
    person = official("iswar", "Sekretaris Daerah Kota Semarang", honorific=honorific)
    assert greeted(plan_of(person)) == [f"Yth. Sekretaris Daerah Kota Semarang, {honorific} Iswar;"]


def test_without_an_honorific_the_office_alone_is_greeted() -> None:
    person = official("iswar", "Sekretaris Daerah Kota Semarang")
    assert greeted(plan_of(person)) == ["Yth. Sekretaris Daerah Kota Semarang;"]


def test_without_an_office_the_name_is_said() -> None:
    person = official("iswar", "", honorific="Bapak")
    assert greeted(plan_of(person)) == ["Yth. Bapak Iswar;"]


# Representatives


def test_a_representative_is_greeted_in_the_principals_name_by_default() -> None:
    expected = [
        "Yth. Wali Kota Semarang, yang dalam hal ini diwakili oleh Bapak Iswar, "
        "Sekretaris Daerah Kota Semarang;"
    ]
    assert greeted(plan_of(SEKDA, WALI_KOTA)) == expected
    assert greeted(plan_of(SEKDA, WALI_KOTA), settings(representative="principal")) == expected
    assert greeted(plan_of(SEKDA, WALI_KOTA), None, "en") == [
        "The Honourable Wali Kota Semarang, represented on this occasion by Bapak Iswar, "
        "Sekretaris Daerah Kota Semarang;"
    ]


def test_the_principals_line_stands_at_the_principals_place() -> None:
    ketua = official("kadar", "Ketua DPRD Kota Semarang", honorific="Bapak")
    kadis = official("wing", "Kepala Dinas Pariwisata Kota Semarang", honorific="Bapak")
    wali = WALI_KOTA.model_copy(update={"represented_by": "wing"})
    lines = greeted(plan_of(ketua, kadis, wali))
    assert lines == [
        "Yth. Wali Kota Semarang, yang dalam hal ini diwakili oleh Bapak Wing, "
        "Kepala Dinas Pariwisata Kota Semarang;",
        "Yth. Ketua DPRD Kota Semarang, Bapak Kadar;",
    ]


def test_a_representative_without_an_honorific_is_named_by_office() -> None:
    sekda = SEKDA.model_copy(update={"honorific": None})
    assert greeted(plan_of(sekda, WALI_KOTA)) == [
        "Yth. Wali Kota Semarang, yang dalam hal ini diwakili oleh Sekretaris Daerah Kota Semarang;"
    ]


def test_with_own_the_representative_is_greeted_by_their_own_office() -> None:
    chosen = settings(representative=Representative.OWN.value)
    assert greeted(plan_of(SEKDA, WALI_KOTA), chosen) == [
        "Yth. Sekretaris Daerah Kota Semarang, Bapak Iswar, mewakili Wali Kota Semarang;"
    ]


def test_one_representative_of_two_is_greeted_once_for_both() -> None:
    wakil = official(
        "wakil",
        "Wakil Wali Kota Semarang",
        attendance=Attendance.REPRESENTED,
        represented_by="iswar",
    )
    assert greeted(plan_of(SEKDA, wakil, WALI_KOTA)) == [
        "Yth. Wali Kota Semarang dan Wakil Wali Kota Semarang, yang dalam hal ini diwakili "
        "oleh Bapak Iswar, Sekretaris Daerah Kota Semarang;"
    ]


def test_a_principal_whose_representative_does_not_come_is_not_greeted() -> None:
    sekda = SEKDA.model_copy(update={"attendance": Attendance.DECLINED})
    assert greeted(plan_of(sekda, WALI_KOTA)) == []


# A visiting delegation


def test_a_visiting_delegations_leader_comes_with_a_party() -> None:
    # Listed after his Kepala Dinas, the guests' Sekda is ranked first and leads them.
    kadis = official(
        "santi",
        "Kepala Dinas Komunikasi dan Informatika Kota Mojokerto",
        delegation="mojokerto",
        honorific="Ibu",
    )
    sekda = official(
        "gaguk",
        "Sekretaris Daerah Kota Mojokerto",
        delegation="mojokerto",
        honorific="Bapak",
    )
    lines = greeted(plan_of(kadis, sekda, SEKDA))
    assert lines == [
        "Yth. Sekretaris Daerah Kota Mojokerto, Bapak Gaguk, beserta rombongan;",
        "Yth. Sekretaris Daerah Kota Semarang, Bapak Iswar;",
        "Yth. Kepala Dinas Komunikasi dan Informatika Kota Mojokerto, Ibu Santi;",
    ]
    assert greeted(plan_of(kadis, sekda), None, "en")[0].endswith(", Bapak Gaguk, and party;")


def test_a_leader_who_comes_alone_has_no_party() -> None:
    asisten = official("abd", "Asisten III Administrasi Kota Mojokerto", delegation="mojokerto")
    assert greeted(plan_of(asisten)) == ["Yth. Asisten III Administrasi Kota Mojokerto;"]
    # A place planned for an official is his own; one for a camera crew is not.
    alone = GUESTS.model_copy(update={"quotas": Quotas(official=1)})
    assert greeted(plan_of(asisten, delegations=(HOST, alone))) == [
        "Yth. Asisten III Administrasi Kota Mojokerto;"
    ]
    planned = GUESTS.model_copy(update={"quotas": Quotas(official=1, tv=1)})
    assert greeted(plan_of(asisten, delegations=(HOST, planned))) == [
        "Yth. Asisten III Administrasi Kota Mojokerto, beserta rombongan;"
    ]


def test_the_host_delegation_has_no_party() -> None:
    kadis = official("wing", "Kepala Dinas Pariwisata Kota Semarang")
    assert greeted(plan_of(SEKDA, kadis)) == [
        "Yth. Sekretaris Daerah Kota Semarang, Bapak Iswar;",
        "Yth. Kepala Dinas Pariwisata Kota Semarang;",
    ]


# Other guests who hold an office


def test_another_guest_with_an_office_is_greeted_after_the_officials() -> None:
    pkk = Person(
        id="pkk",
        name="Krisseptiana",
        honorific="Ibu",
        position="Ketua TP PKK Kota Semarang",
        delegation="semarang",
    )
    friend = Person(id="teman", name="Teman", delegation="semarang")
    staff = Person(
        id="mc", name="MC", position="Pembawa Acara", category=Category.STAFF, delegation="semarang"
    )
    lines = greeted(plan_of(pkk, friend, staff, SEKDA))
    assert lines == [
        "Yth. Sekretaris Daerah Kota Semarang, Bapak Iswar;",
        "Yth. Ketua TP PKK Kota Semarang, Ibu Krisseptiana;",
    ]


# Wording of offices


@pytest.mark.parametrize(
    ("position", "spelled"),
    [
        ("Plt Kepala Dinas Pariwisata", "Plt. Kepala Dinas Pariwisata"),
        ("PLT Kepala Dinas Pariwisata", "Plt. Kepala Dinas Pariwisata"),
        ("Plt. Kepala Dinas Pariwisata", "Plt. Kepala Dinas Pariwisata"),
        ("plt. Kepala Dinas Pariwisata", "Plt. Kepala Dinas Pariwisata"),
        ("Plh Sekretaris Daerah", "Plh. Sekretaris Daerah"),
        ("PLH. Sekretaris Daerah", "Plh. Sekretaris Daerah"),
        ("Pelaksana Tugas Kepala Dinas", "Pelaksana Tugas Kepala Dinas"),
        ("Kepala Bagian Pelatihan", "Kepala Bagian Pelatihan"),
    ],
)
def test_acting_titles_are_written_with_their_period(position: str, spelled: str) -> None:
    assert acting_spelled(position) == spelled


# The honorific on the sign-in sheet and the participant list


def test_the_sign_in_sheet_and_the_participant_list_print_the_honorific() -> None:
    plan = plan_of(SEKDA, official("wing", "Kepala Dinas Pariwisata Kota Semarang"))
    for document in (
        attendance_document(plan, None, "id"),
        roster_document(plan, None, "id"),
    ):
        table = document.sections[0].table
        assert table is not None
        names = [row[1] for row in table.rows if str(row[0]).isdigit()]
        assert names == ["Bapak Iswar", "Wing"]
