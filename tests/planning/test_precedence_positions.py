"""Ranks of real position strings: what a position is, not the words it contains."""

from __future__ import annotations

import pytest

from gathertui.model.enums import Acting, Category, HigherLevel, Level
from gathertui.model.plan import Person
from gathertui.model.workspace import Preferences, WorkspaceSettings
from gathertui.planning.precedence import Precedence, head_of

CITY = Precedence()
PROVINCE = Precedence(WorkspaceSettings(settings=Preferences(precedence_level=Level.PROVINSI)))


def shown(rules: Precedence, position: str, organization: str | None = None) -> str | None:
    person = Person(
        id="x",
        name="X",
        position=position,
        organization=organization,
        category=Category.OFFICIAL,
    )
    rank = rules.rank(person)
    return None if rank is None else rank.shown()


CITY_POSITIONS = [
    # a-e: the regional head, the deputy, former heads, the DPRD's leaders.
    ("Wali Kota Semarang", "1"),
    ("Walikota Semarang", "1"),
    ("WALI KOTA SEMARANG", "1"),
    ("Bupati Demak", "1"),
    ("Pj. Wali Kota Semarang", "1"),
    ("Pj Bupati Kendal", "1"),
    ("Penjabat Wali Kota Tegal", "1"),
    ("Wakil Wali Kota Semarang", "2"),
    ("Wakil Walikota Semarang", "2"),
    ("Wawali Semarang", "2"),
    ("Wakil Bupati Demak", "2"),
    ("Mantan Wali Kota Semarang", "3"),
    ("Mantan Wakil Bupati Demak", "3"),
    ("Ketua DPRD Kota Semarang", "4"),
    ("Ketua Dewan Perwakilan Rakyat Daerah Kota Semarang", "4"),
    ("Wakil Ketua DPRD Kota Semarang", "5"),
    ("Wakil Ketua II DPRD Kota Semarang", "5"),
    # f: the Sekda and the Forkopimda.
    ("Sekretaris Daerah Kota Semarang", "6"),
    ("Sekda Kota Semarang", "6"),
    ("Dandim 0733/Kota Semarang", "6"),
    ("Komandan Kodim 0733/BS", "6"),
    ("Komandan Distrik Militer 0733/Kota Semarang", "6"),
    ("Kapolrestabes Semarang", "6"),
    ("Kapolres Demak", "6"),
    ("Kapolresta Surakarta", "6"),
    ("Kajari Kota Semarang", "6"),
    ("Kepala Kejaksaan Negeri Semarang", "6"),
    ("Ketua Pengadilan Negeri Semarang", "6"),
    ("Ketua PN Semarang", "6"),
    ("Ketua PA Semarang", "6"),
    ("Ketua Pengadilan Agama Semarang", "6"),
    ("Ketua PTUN Semarang", "6"),
    ("Ketua Pengadilan Tata Usaha Negara Semarang", "6"),
    ("Danlanal Semarang", "6"),
    # g, h: party leaders, DPRD members (a commission's chair or deputy is a member).
    ("Ketua DPC PDI Perjuangan Kota Semarang", "7"),
    ("Anggota DPRD Kota Semarang", "8"),
    ("Ketua Komisi A DPRD Kota Semarang", "8"),
    ("Wakil Ketua Komisi B DPRD Kota Semarang", "8"),
    ("Ketua Fraksi PKS DPRD Kota Semarang", "8"),
    # i: religious and customary leaders.
    ("Ketua MUI Kota Semarang", "9"),
    ("Ketua Majelis Ulama Indonesia Kota Semarang", "9"),
    ("Ketua FKUB Kota Semarang", "9"),
    ("Ketua Forum Kerukunan Umat Beragama Kota Semarang", "9"),
    ("Ketua Majelis Adat Dayak Kota Palangka Raya", "9"),
    ("Ketua PCNU Kota Semarang", "9"),
    ("Ketua PD Muhammadiyah Kota Semarang", "9"),
    ("Tokoh Masyarakat Kauman", "9"),
    # j: assistants, heads of dinas and badan, echelon II.
    ("Asisten Pemerintahan dan Kesejahteraan Rakyat Sekda Kota Semarang", "10"),
    ("Asisten III Administrasi Umum", "10"),
    ("Staf Ahli Wali Kota Bidang Hukum dan Politik", "10"),
    ("Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Semarang", "10"),
    ("Kadiskominfo Kota Semarang", "10"),
    ("Kadis Pariwisata", "10"),
    ("Kepala Disbudpar", "10"),
    ("Kepala Badan Perencanaan Pembangunan Daerah", "10"),
    ("Kaban Kesbangpol", "10"),
    ("Kepala Bappeda Kota Semarang", "10"),
    ("Kepala BPBD Kota Semarang", "10"),
    ("Kepala Satpol PP Kota Semarang", "10"),
    ("Sekretaris DPRD Kota Semarang", "10"),
    ("Inspektur Kota Semarang", "10"),
    ("Ketua KPU Kota Semarang", "10"),
    ("Kepala Kantor Perwakilan Bank Indonesia Jawa Tengah", "10"),
    # k: heads of vertical agencies; Danramil and Kapolsek.
    ("Kepala BPS Kota Semarang", "11"),
    ("Kepala Badan Pusat Statistik Kota Semarang", "11"),
    ("Kepala Kantor Pertanahan Kota Semarang", "11"),
    ("Kepala BPN Kota Semarang", "11"),
    ("Kepala BNNK Semarang", "11"),
    ("Kepala Badan Narkotika Nasional Kota Semarang", "11"),
    ("Kepala Kantor Kementerian Agama Kota Semarang", "11"),
    ("Kepala Kemenag Kota Semarang", "11"),
    ("Kepala KPP Pratama Semarang Tengah Satu", "11"),
    ("Kepala Kantor Pelayanan Pajak Pratama Semarang Candisari", "11"),
    ("Kepala Kantor Imigrasi Kelas I TPI Semarang", "11"),
    ("Danramil 01/Semarang Tengah", "11"),
    ("Kapolsek Semarang Tengah", "11"),
    # l, m: Kepala Bagian (not Kepala Badan), camat; lurah, echelon IV.
    ("Kepala Bagian Komunikasi Pimpinan dan Protokol", "12"),
    ("Kepala Bagian Umum Sekretariat DPRD", "12"),
    ("Kabag Prokompim", "12"),
    ("Kabagprokompim Setda Kota Semarang", "12"),
    ("Kepala Bidang Pemasaran Pariwisata", "12"),
    ("Sekretaris Dinas Kesehatan", "12"),
    ("Camat Semarang Tengah", "12"),
    ("Lurah Sekayu", "13"),
    ("Kepala Desa Sukamaju", "13"),
    ("Sekretaris Camat Semarang Tengah", "13"),
    ("Kepala UPTD Taman Margasatwa", "13"),
    ("Ketua Tim Penggerak PKK Kota Semarang", None),
    ("Kasat Reskrim Polrestabes Semarang", None),
    ("Kasubbag Protokol", "13"),
    ("Kepala Subbagian Tata Usaha", "13"),
    ("Kepala Seksi Pemerintahan", "13"),
    # Acting holders, every spelling: the office's rank, marked.
    ("Plt. Kepala Dinas Kesehatan", "10 (Plt.)"),
    ("Plt Kepala Dinas Kesehatan", "10 (Plt.)"),
    ("PLT. Kepala Dinas Kesehatan", "10 (Plt.)"),
    ("Pelaksana Tugas Kepala Dinas Kesehatan", "10 (Plt.)"),
    ("Pelaksana Tugas (Plt.) Kepala Dinas Kesehatan", "10 (Plt.)"),
    ("Plh. Sekda Kota Semarang", "6 (Plh.)"),
    ("Plh Camat Tugu", "12 (Plh.)"),
    ("Pelaksana Harian Kepala Bagian Umum", "12 (Plh.)"),
    ("Bapak Wali Kota Semarang", "1"),
    # Not the office their words name: staff of it, or no office at all.
    ("Ajudan Wali Kota Semarang", None),
    ("Ajudan Wakil Wali Kota", None),
    ("Staf Khusus Wali Kota", None),
    ("Tenaga Ahli Wali Kota", None),
    ("Sekretaris Pribadi Wali Kota", None),
    ("Protokol Wali Kota", None),
    ("Sopir Wali Kota", None),
    ("Staf Bagian Protokol", None),
    ("Staf Dinas Kominfo", None),
    ("Wakil Kepala Dinas", None),
    ("Pembawa Acara", None),
    ("Direktur RSUD KRMT Wongsonegoro", None),
    # Deputies of the Forkopimda are not in the law's list.
    ("Wakapolrestabes Semarang", None),
    ("Wakapolres Demak", None),
    ("Wakil Kapolres Demak", None),
    ("Kasdim 0733/BS", None),
    ("Wakil Ketua PN Semarang", None),
    ("", None),
    # The province's officials at a city's event (practice: see the order tests).
    ("Gubernur Jawa Tengah", "P1"),
    ("Pj. Gubernur Jawa Tengah", "P1"),
    ("Wakil Gubernur Jawa Tengah", "P2"),
    ("Wagub Jateng", "P2"),
    ("Ketua DPRD Provinsi Jawa Tengah", "P4"),
    ("Konsul Jenderal Jepang di Surabaya", "P5"),
    ("Wakil Ketua DPRD Provinsi Jawa Tengah", "P6"),
    ("Wakil Ketua I DPRD Provinsi Jawa Tengah", "P6"),
    ("Sekda Provinsi Jawa Tengah", "P7"),
    ("Sekretaris Daerah Provinsi Jawa Tengah", "P7"),
    ("Kapolda Jawa Tengah", "P7"),
    ("Pangdam IV/Diponegoro", "P7"),
    ("Kajati Jawa Tengah", "P7"),
    ("Ketua Pengadilan Tinggi Semarang", "P7"),
    ("Anggota DPRD Provinsi Jawa Tengah", "P9"),
    ("Kepala Perwakilan BPK Provinsi Jawa Tengah", "P11"),
    ("Kepala Dinas Kominfo Provinsi Jawa Tengah", "P16"),
    ("Kepala Biro Umum Setda Provinsi Jawa Tengah", "P16"),
    ("Kepala Kantor Wilayah Kementerian Hukum Jawa Tengah", "P16"),
    ("Kepala BPS Provinsi Jawa Tengah", "P16"),
    ("Kepala Bagian Protokol Biro Umum Provinsi Jawa Tengah", "P17"),
    ("Plt. Kepala Dinas Pariwisata Provinsi Jawa Tengah", "P16 (Plt.)"),
    ("Ajudan Gubernur Jawa Tengah", None),
    ("Staf Ahli Gubernur", "P16"),
]


@pytest.mark.parametrize(("position", "expected"), CITY_POSITIONS)
def test_city_positions(position: str, expected: str | None) -> None:
    assert shown(CITY, position) == expected


def test_the_table_covers_real_positions() -> None:
    assert len(CITY_POSITIONS) >= 80


@pytest.mark.parametrize(
    ("position", "organization", "expected"),
    [
        # An office both levels have is the province's when its organisation says so...
        ("Kepala Dinas Pariwisata", "Pemerintah Provinsi Jawa Tengah", "P16"),
        ("Sekretaris Daerah", "Pemprov Jawa Tengah", "P7"),
        ("Anggota DPRD", "DPRD Provinsi Jawa Tengah", "P9"),
        # ... and the city's otherwise.
        ("Kepala Dinas Pariwisata", "Pemerintah Kota Semarang", "10"),
        # "Provinsi" in the organisation makes no office of a position that is none,
        # and does not lift a city's own office.
        ("Staf", "Pemerintah Provinsi Jawa Tengah", None),
        ("Ajudan Gubernur", "Pemerintah Provinsi Jawa Tengah", None),
        ("Camat Semarang Tengah", "Pemprov Jawa Tengah", "12"),
        ("Wali Kota Semarang", "Asosiasi Pemerintah Provinsi", "1"),
        ("Ketua DPRD Kota Semarang", "Provinsi Jawa Tengah", "4"),
    ],
)
def test_the_organisation_tells_the_level_of_an_office(
    position: str, organization: str, expected: str | None
) -> None:
    assert shown(CITY, position, organization) == expected


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        ("Gubernur Jawa Tengah", "1"),
        ("Wakil Gubernur Jawa Tengah", "2"),
        ("Konsul Jenderal Jepang", "5"),
        ("Kapolda Jawa Tengah", "7"),
        ("Ketua PWNU Jawa Tengah", "12"),
        ("Wali Kota Semarang", "10"),
        ("Ketua DPRD Kota Semarang", "13"),
        ("Wakil Wali Kota Semarang", "14"),
        ("Anggota DPRD Kabupaten Kendal", "15"),
        ("Kepala Dinas Kominfo Provinsi Jawa Tengah", "16"),
        ("Kepala Biro Umum", "16"),
        ("Kepala Bagian Protokol Biro Umum", "17"),
        ("Ajudan Gubernur Jawa Tengah", None),
        ("Plt. Kepala Biro Umum", "16 (Plt.)"),
    ],
)
def test_province_positions(position: str, expected: str | None) -> None:
    assert shown(PROVINCE, position) == expected


def test_acting_holders_unranked_when_the_workspace_says_so() -> None:
    unranked = Precedence(WorkspaceSettings(settings=Preferences(acting=Acting.UNRANKED)))
    for position in ("Plt. Kepala Dinas", "Pelaksana Harian Camat", "PLH Sekda"):
        assert shown(unranked, position) is None
    # A Pj. holds the office in full.
    assert shown(unranked, "Pj. Wali Kota Semarang") == "1"


def test_literal_reading_ranks_the_same_offices() -> None:
    literal = Precedence(WorkspaceSettings(settings=Preferences(higher_level=HigherLevel.LITERAL)))
    assert shown(literal, "Kepala Dinas Kominfo Provinsi Jawa Tengah") == "P16"
    assert shown(literal, "Wali Kota Semarang") == "1"


def test_the_head_of_a_position() -> None:
    assert head_of("Plt. Kepala Dinas X").words == ("kepala", "dinas", "x")
    assert head_of("Pelaksana Harian Camat").acting == "Plh."
    assert head_of("Pj. Wali Kota").acting == ""
    assert head_of("Ajudan Wali Kota").words[0] == "ajudan"
