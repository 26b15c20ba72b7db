"""The order of a city's event: the province's officials under both readings of
Pasal 11(2), representatives in their principal's place, acting holders after holders."""

from __future__ import annotations

from datetime import date

from gathertui.model.enums import (
    Acting,
    Attendance,
    Category,
    HigherLevel,
    Representative,
)
from gathertui.model.plan import Event, Person, Plan
from gathertui.model.workspace import Preferences, WorkspaceSettings
from gathertui.planning.precedence import Precedence

CITY = Precedence()


def rules(**settings: object) -> Precedence:
    return Precedence(WorkspaceSettings(settings=Preferences.model_validate(settings)))


def person(
    ident: str,
    position: str,
    category: Category = Category.OFFICIAL,
    **fields: object,
) -> Person:
    return Person.model_validate(
        {"id": ident, "name": ident, "position": position, "category": category, **fields}
    )


def plan_of(*people: Person) -> Plan:
    return Plan(
        schema_version=1,
        event=Event(title="Rapat Koordinasi", start=date(2024, 3, 14)),
        people=list(people),
    )


def ids(precedence: Precedence, plan: Plan) -> list[str]:
    return [plan.people[n].id for n in precedence.order(plan)]


PROVINCIAL_GUESTS = plan_of(
    person("kadis-prov", "Kepala Dinas Kominfo Provinsi Jawa Tengah"),
    person("anggota", "Anggota DPRD Kota Semarang"),
    person("kabag-prov", "Kepala Bagian Protokol Biro Umum Provinsi Jawa Tengah"),
    person("wali-kota", "Wali Kota Semarang"),
    person("kadis", "Kepala Dinas Pariwisata Kota Semarang"),
    person("wakil-ketua", "Wakil Ketua DPRD Kota Semarang"),
    person("anggota-prov", "Anggota DPRD Provinsi Jawa Tengah"),
    person("mui", "Ketua MUI Kota Semarang"),
    person("sekda", "Sekretaris Daerah Kota Semarang"),
    person("bpk", "Kepala Perwakilan BPK Provinsi Jawa Tengah"),
    person("wakil-gubernur", "Wakil Gubernur Jawa Tengah"),
    person("ketua", "Ketua DPRD Kota Semarang"),
    person("kapolda", "Kapolda Jawa Tengah"),
    person("wawali", "Wakil Wali Kota Semarang"),
)


def test_practice_places_the_province_by_pasal_10() -> None:
    assert ids(CITY, PROVINCIAL_GUESTS) == [
        # Pasal 10(1) a-i before the Wali Kota (j).
        "wakil-gubernur",
        "kapolda",
        "anggota-prov",
        "wali-kota",
        "wawali",
        # k: after the city's regional head, before its DPRD (m).
        "bpk",
        "ketua",
        "wakil-ketua",
        "sekda",
        "anggota",
        # p, q: after the city's DPRD members (o), before the rest of the city's list.
        "kadis-prov",
        "kabag-prov",
        "mui",
        "kadis",
    ]


def test_literal_puts_every_provincial_official_first() -> None:
    literal = rules(higher_level=HigherLevel.LITERAL)
    assert ids(literal, PROVINCIAL_GUESTS) == [
        "wakil-gubernur",
        "kapolda",
        "anggota-prov",
        "bpk",
        "kadis-prov",
        "kabag-prov",
        "wali-kota",
        "wawali",
        "ketua",
        "wakil-ketua",
        "sekda",
        "anggota",
        "mui",
        "kadis",
    ]


REPRESENTED = plan_of(
    person("camat", "Camat Semarang Tengah"),
    person("sekda", "Sekretaris Daerah Kota Semarang"),
    person("ketua", "Ketua DPRD Kota Semarang"),
    person(
        "wali-kota",
        "Wali Kota Semarang",
        attendance=Attendance.REPRESENTED,
        represented_by="asisten",
    ),
    person("asisten", "Asisten Pemerintahan Sekda Kota Semarang"),
)


def test_a_representative_stands_in_the_principal_s_place() -> None:
    placed = CITY.placed(REPRESENTED)
    assert [REPRESENTED.people[p.index].id for p in placed] == [
        "asisten",
        "wali-kota",
        "ketua",
        "sekda",
        "camat",
    ]
    first = placed[0]
    assert first.represents == 3
    assert first.rank is not None and first.rank.text() == "1"
    assert all(p.represents is None for p in placed[1:])


def test_a_representative_by_their_own_office() -> None:
    own = rules(representative=Representative.OWN)
    assert ids(own, REPRESENTED) == ["wali-kota", "ketua", "sekda", "asisten", "camat"]
    # Whom they represent is still known, for the salutation.
    assert own.placed(REPRESENTED)[3].represents == 3


def test_a_representative_of_an_unranked_principal_keeps_the_principal_s_place() -> None:
    plan = plan_of(
        person("wartawan", "Wartawan", Category.ONLINE),
        person("direktur", "Direktur RSUD", attendance="represented", represented_by="wakil"),
        person("wakil", "Wakil Direktur RSUD"),
        person("lurah", "Lurah Sekayu"),
    )
    assert ids(CITY, plan) == ["lurah", "wakil", "direktur", "wartawan"]


ACTING_HEADS = plan_of(
    person("plt", "Plt. Kepala Dinas Kesehatan"),
    person("camat", "Camat Tugu"),
    person("kadis", "Kepala Dinas Pariwisata"),
    person("plh", "Pelaksana Harian Kepala Badan Keuangan Daerah"),
    person("kaban", "Kepala Badan Kepegawaian Daerah"),
    person("pj", "Pj. Wali Kota Semarang"),
)


def test_acting_holders_after_the_holders_of_their_rank() -> None:
    assert ids(CITY, ACTING_HEADS) == ["pj", "kadis", "kaban", "plt", "plh", "camat"]


def test_acting_holders_unranked() -> None:
    unranked = rules(acting=Acting.UNRANKED)
    assert ids(unranked, ACTING_HEADS) == ["pj", "kadis", "kaban", "camat", "plt", "plh"]


def test_a_city_event_with_the_province_a_representative_and_acting_heads() -> None:
    plan = plan_of(
        person("wartawan", "Wartawan", Category.PRINT),
        person("ajudan", "Ajudan Wali Kota Semarang"),
        person("lurah", "Lurah Sekayu"),
        person("camat", "Camat Semarang Tengah"),
        person("kadis", "Kepala Dinas Pariwisata Kota Semarang"),
        person("plt", "Pelaksana Tugas Kepala Dinas Kesehatan Kota Semarang"),
        person("bps", "Kepala BPS Kota Semarang"),
        person("mui", "Ketua MUI Kota Semarang"),
        person("plt-dot", "Plt. Kepala Dinas Perhubungan Kota Semarang"),
        person("sekda", "Sekretaris Daerah Kota Semarang"),
        person(
            "wali-kota",
            "Wali Kota Semarang",
            attendance=Attendance.REPRESENTED,
            represented_by="sekda",
        ),
        person("dandim", "Dandim 0733/Kota Semarang"),
        person("anggota", "Anggota DPRD Kota Semarang"),
        person("ketua", "Ketua DPRD Kota Semarang"),
        person("kadis-prov", "Kepala Dinas Pariwisata Provinsi Jawa Tengah"),
        person("wakil-gubernur", "Wakil Gubernur Jawa Tengah"),
    )
    order = ids(CITY, plan)
    at = {ident: n for n, ident in enumerate(order)}
    assert order[0] == "wakil-gubernur"
    # The Wali Kota's place, taken by the Sekda who represents them.
    assert at["sekda"] < at["ketua"]
    assert at["sekda"] == at["wali-kota"] - 1
    assert max(at["ketua"], at["sekda"]) < at["kadis-prov"]
    assert at["anggota"] < at["mui"] < at["kadis"]
    assert at["kadis"] < at["bps"] < at["camat"]
    assert abs(at["plt"] - at["plt-dot"]) == 1
    assert at["ajudan"] >= 10
    officials = [p.id for p in plan.people if p.category is Category.OFFICIAL]
    assert all(at[ident] < at["wartawan"] for ident in officials)
