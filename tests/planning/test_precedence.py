"""Ranks from positions under UU 9/2010, and the order they give a roster."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from gathertui.model.enums import Category, Level, Side
from gathertui.model.plan import Delegation, Event, Person, Plan
from gathertui.model.workspace import PrecedenceRule, Preferences, WorkspaceSettings
from gathertui.planning.precedence import Precedence, law_lists

CITY = Precedence()
PROVINCE = Precedence(WorkspaceSettings(settings=Preferences(precedence_level=Level.PROVINSI)))


def official(position: str, **fields: Any) -> Person:
    return Person(id="x", name="X", position=position, category=Category.OFFICIAL, **fields)


def rank_text(rules: Precedence, position: str, **fields: object) -> str | None:
    rank = rules.rank(official(position, **fields))
    return None if rank is None else rank.text()


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        ("Wali Kota Semarang", "1"),
        ("Walikota Mojokerto", "1"),
        ("Bupati Kendal", "1"),
        ("Wakil Wali Kota Semarang", "2"),
        ("Wawali", "2"),
        ("Mantan Wali Kota Semarang", "3"),
        ("Ketua DPRD Kota Semarang", "4"),
        ("Wakil Ketua DPRD Kota Semarang", "5"),
        ("Sekretaris Daerah Kota Semarang", "6"),
        ("Sekda", "6"),
        ("Kapolrestabes Semarang", "6"),
        ("Dandim 0733/Kota Semarang", "6"),
        ("Ketua DPC Partai Contoh", "7"),
        ("Anggota DPRD Kota Semarang", "8"),
        ("Ketua Komisi A DPRD", "8"),
        ("Tokoh Masyarakat Kauman", "9"),
        ("Asisten III Administrasi", "10"),
        ("Asisten Pemerintahan Sekda", "10"),
        ("Staf Ahli Wali Kota Bidang Hukum", "10"),
        ("Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Semarang", "10"),
        ("Kadiskominfo", "10"),
        ("Kepala Diskominfo", "10"),
        ("Kepala Bappeda", "10"),
        ("Kepala Badan Keuangan Daerah", "10"),
        ("Sekretaris DPRD", "10"),
        ("Ketua KPU Kota Semarang", "10"),
        ("Kepala Kantor Perwakilan Bank Indonesia", "10"),
        ("Kepala Kantor Pertanahan", "11"),
        ("Kapolsek Semarang Tengah", "11"),
        ("Kepala Bagian Protokol", "12"),
        ("Kabag Prokompim", "12"),
        ("Kabagprokompim", "12"),
        ("Kepala Bidang Pemasaran Pariwisata", "12"),
        ("Camat Semarang Tengah", "12"),
        ("Kepala Bagian Umum Sekretariat DPRD", "12"),
        ("Sekretaris Camat", "13"),
        ("Lurah Sekayu", "13"),
        ("Kepala Desa Sukamaju", "13"),
        ("Kasubbag Protokol", "13"),
        ("Kepala Seksi Pemerintahan", "13"),
        # Officials of the province at a city's event, by Pasal 10(1).
        ("Gubernur Jawa Tengah", "P1"),
        ("Wakil Gubernur Jawa Tengah", "P2"),
        ("Kepala Dinas Kominfo Provinsi Jawa Tengah", "P16"),
        # Acting holders take the office's rank (after its holders: see the order tests).
        ("Plt Kepala Bagian Komunikasi Pimpinan dan Protokol", "12"),
        ("Plh. Sekda", "6"),
        ("Pembawa Acara", None),
        ("", None),
    ],
)
def test_city_ranks(position: str, expected: str | None) -> None:
    assert rank_text(CITY, position) == expected


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        ("Gubernur Jawa Tengah", "1"),
        ("Wakil Gubernur", "2"),
        ("Ketua DPRD Provinsi Jawa Tengah", "4"),
        ("Konsul Jenderal Jepang", "5"),
        ("Wakil Ketua DPRD Provinsi", "6"),
        ("Sekretaris Daerah Provinsi Jawa Tengah", "7"),
        ("Kapolda Jawa Tengah", "7"),
        ("Anggota DPRD Provinsi", "9"),
        ("Wali Kota Semarang", "10"),
        ("Bupati Kendal", "10"),
        ("Ketua DPRD Kota Semarang", "13"),
        ("Wakil Wali Kota Semarang", "14"),
        ("Wakil Ketua DPRD Kabupaten Kendal", "14"),
        ("Anggota DPRD Kota Semarang", "15"),
        ("Kepala Dinas Kominfo Provinsi Jawa Tengah", "16"),
        ("Kepala Biro Umum", "16"),
        ("Kepala Bagian Protokol Biro Umum", "17"),
    ],
)
def test_province_ranks(position: str, expected: str) -> None:
    assert rank_text(PROVINCE, position) == expected


def test_a_regency_uses_the_city_list() -> None:
    regency = Precedence(WorkspaceSettings(settings=Preferences(precedence_level=Level.KABUPATEN)))
    assert rank_text(regency, "Bupati Kendal") == "1"
    assert rank_text(regency, "Camat Kaliwungu") == "12"


def test_the_person_s_precedence_overrides_everything() -> None:
    rank = CITY.rank(official("Plt Kepala Bagian Protokol", precedence=12))
    assert rank is not None and (rank.text(), rank.source) == ("12", "override")
    assert rank_text(CITY, "Wali Kota", precedence=4) == "4"


def test_only_officials_are_ranked_by_position() -> None:
    journalist = Person(
        id="j", name="J", position="Kepala Biro Suara Merdeka", category=Category.PRINT
    )
    assert CITY.rank(journalist) is None
    staff = Person(id="s", name="S", position="Staf", category=Category.STAFF, precedence=9)
    assert CITY.rank(staff) is not None


def test_workspace_rules_come_before_the_law() -> None:
    settings = WorkspaceSettings(
        precedence=[
            PrecedenceRule(position="Direktur RSUD", rank=10),
            PrecedenceRule(position="Plt Kepala Bagian", rank=12),
            PrecedenceRule(position="Kepala Kantor Pertanahan", rank=10),
        ]
    )
    local = Precedence(settings)
    assert rank_text(local, "Direktur RSUD KRMT Wongsonegoro") == "10"
    assert rank_text(local, "Plt. Kepala Bagian Kompimpro") == "12"
    assert rank_text(local, "Kepala Kantor Pertanahan Kota Semarang") == "10"
    rank = local.rank(official("Direktur RSUD"))
    assert rank is not None and rank.source == "rule"
    # Without the rules the law leaves them unranked or ranks them otherwise.
    assert rank_text(CITY, "Direktur RSUD KRMT Wongsonegoro") is None
    assert rank_text(CITY, "Kepala Kantor Pertanahan Kota Semarang") == "11"


def test_every_office_of_the_law_has_ranks_in_order_and_phrases() -> None:
    for office_list in law_lists().values():
        ranks = [office.rank for office in office_list.offices]
        assert ranks == sorted(ranks) and len(set(ranks)) == len(ranks)
        assert all(office.phrases for office in office_list.offices)
    assert [office.rank for office in law_lists()["kota"].offices] == list(range(1, 14))
    assert [office.rank for office in law_lists()["provinsi"].offices] == list(range(1, 18))


def _plan(people: list[Person]) -> Plan:
    return Plan(
        schema_version=1,
        event=Event(title="Kunjungan", start=date(2024, 3, 14)),
        delegations=[
            Delegation(id="tuan-rumah", name="Pemkot Semarang", side=Side.HOST),
            Delegation(id="tamu", name="Pemkot Mojokerto", side=Side.GUEST),
        ],
        people=people,
    )


def person(ident: str, position: str, category: str, delegation: str) -> Person:
    return Person(
        id=ident,
        name=ident,
        position=position,
        category=Category(category),
        delegation=delegation,
    )


def test_order_ranks_then_unranked_officials_then_categories() -> None:
    plan = _plan(
        [
            person("jurnalis", "Wartawan", "online", "tamu"),
            person("kabag", "Kepala Bagian Protokol", "official", "tuan-rumah"),
            person("mc", "Pembawa Acara", "staff", "tuan-rumah"),
            person("plt", "Plt Kepala Bagian", "official", "tuan-rumah"),
            person("tv", "Reporter", "tv", "tamu"),
            person("kadis-tamu", "Kepala Dinas Kominfo", "official", "tamu"),
            person("sekda", "Sekretaris Daerah", "official", "tuan-rumah"),
            person("kadis-rumah", "Kepala Dinas Kominfo", "official", "tuan-rumah"),
            person("wali-kota", "Wali Kota Semarang", "official", "tuan-rumah"),
        ]
    )
    order = [plan.people[n].id for n in CITY.order(plan)]
    assert order == [
        "wali-kota",
        "sekda",
        # Equal rank: the guest first, as a courtesy.
        "kadis-tamu",
        "kadis-rumah",
        "kabag",
        "plt",
        "mc",
        "jurnalis",
        "tv",
    ]


def test_order_of_some_people_only() -> None:
    plan = _plan(
        [
            person("jurnalis", "Wartawan", "online", "tamu"),
            person("kadis", "Kepala Dinas", "official", "tamu"),
            person("wali-kota", "Wali Kota", "official", "tuan-rumah"),
        ]
    )
    assert CITY.order(plan, [0, 1]) == [1, 0]
