"""A Forkopimda coordination meeting of a city with provincial guests, a represented
mayor, acting heads of office, religious leaders, a vertical agency, an aide and a
journalist: one order of precedence (UU 9/2010, with the workspace's default readings),
the same in the sign-in sheet, the roster CSV, the participant list and the MC's
salutation.

Everyone is in one delegation, so every printout lists them in the one order.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from gathertui.exports import export
from gathertui.model.plan import Plan
from gathertui.storage import load_plan

PEOPLE = [
    # (id, name, position, organisation, category, attendance)
    (
        "ajudan",
        "Rizky Pratama",
        "Ajudan Wali Kota Semarang",
        "Pemerintah Kota Semarang",
        "staff",
        "confirmed",
    ),
    ("wartawan", "Nina Lestari", "Wartawan", "Suara Merdeka", "print", "confirmed"),
    ("lurah", "Sri Wahyuni", "Lurah Sekayu", "Pemerintah Kota Semarang", "official", "confirmed"),
    (
        "camat",
        "Budi Santoso",
        "Camat Semarang Tengah",
        "Pemerintah Kota Semarang",
        "official",
        "confirmed",
    ),
    (
        "kadis-kota",
        "Wing Wiyarso",
        "Kepala Dinas Pariwisata",
        "Pemerintah Kota Semarang",
        "official",
        "confirmed",
    ),
    (
        "plt-kadis",
        "Hendro Gunawan",
        "Plt. Kepala Dinas Perhubungan",
        "Pemerintah Kota Semarang",
        "official",
        "confirmed",
    ),
    (
        "pelaksana-tugas",
        "Abdul Hakam",
        "Pelaksana Tugas Kepala Dinas Kesehatan",
        "Pemerintah Kota Semarang",
        "official",
        "confirmed",
    ),
    (
        "bps",
        "Arif Rahman",
        "Kepala BPS Kota Semarang",
        "Badan Pusat Statistik",
        "official",
        "confirmed",
    ),
    (
        "mui",
        "KH Ahmad Darodji",
        "Ketua MUI Kota Semarang",
        "Majelis Ulama Indonesia",
        "official",
        "confirmed",
    ),
    (
        "kadis-prov",
        "Sinoeng Rachmadi",
        "Kepala Dinas Kepemudaan, Olahraga dan Pariwisata Provinsi Jawa Tengah",
        "Pemerintah Provinsi Jawa Tengah",
        "official",
        "confirmed",
    ),
    (
        "anggota-dprd",
        "Joko Santoso",
        "Anggota DPRD Kota Semarang",
        "DPRD Kota Semarang",
        "official",
        "confirmed",
    ),
    (
        "dandim",
        "Letkol Inf Honi Havana",
        "Komandan Kodim 0733/Kota Semarang",
        "TNI Angkatan Darat",
        "official",
        "confirmed",
    ),
    (
        "ketua-dprd",
        "Kadarlusman",
        "Ketua DPRD Kota Semarang",
        "DPRD Kota Semarang",
        "official",
        "confirmed",
    ),
    (
        "sekda",
        "Iswar Aminuddin",
        "Sekretaris Daerah Kota Semarang",
        "Pemerintah Kota Semarang",
        "official",
        "confirmed",
    ),
    (
        "wali-kota",
        "Hevearita Gunaryanti Rahayu",
        "Wali Kota Semarang",
        "Pemerintah Kota Semarang",
        "official",
        "represented",
    ),
    (
        "wagub",
        "Taj Yasin Maimoen",
        "Wakil Gubernur Jawa Tengah",
        "Pemerintah Provinsi Jawa Tengah",
        "official",
        "confirmed",
    ),
]


def plan_text() -> str:
    lines = [
        "schema_version = 1",
        "",
        "[event]",
        'title = "Rapat Koordinasi Forkopimda Kota Semarang"',
        'kind = "meeting"',
        "start = 2024-10-14",
        'timezone = "Asia/Jakarta"',
        'host = "Pemerintah Kota Semarang"',
        "",
        "[[delegations]]",
        'id = "peserta"',
        'name = "Peserta rapat"',
        'side = "host"',
        'organization = "Pemerintah Kota Semarang"',
    ]
    for ident, name, position, organization, category, attendance in PEOPLE:
        lines += [
            "",
            "[[people]]",
            f'id = "{ident}"',
            f'name = "{name}"',
            'delegation = "peserta"',
            f'position = "{position}"',
            f'organization = "{organization}"',
            f'category = "{category}"',
            f'attendance = "{attendance}"',
        ]
        if ident == "wali-kota":
            lines.append('represented_by = "sekda"')
    return "\n".join(lines) + "\n"


def load(tmp_path: Path) -> Plan:
    path = tmp_path / "rakor.toml"
    path.write_text(plan_text(), encoding="utf-8")
    return load_plan(path).model


def order_in(text: str, names: list[str]) -> list[str]:
    """The names present in `text`, in the order they first appear."""
    found = {name: text.find(name) for name in names if name in text}
    return sorted(found, key=found.__getitem__)


PRESENT = [name for _, name, *_, attendance in PEOPLE if attendance != "represented"]


def csv_order(plan: Plan) -> list[str]:
    rows = list(
        csv.reader(io.StringIO(export(plan, None, "roster", "csv", "id").decode("utf-8-sig")))
    )
    return [row[1] for row in rows[1:] if row[1] in PRESENT]


def test_the_order_an_officer_expects(tmp_path: Path) -> None:
    order = csv_order(load(tmp_path))
    at = {name: order.index(name) for name in order}
    name = {ident: person_name for ident, person_name, *_ in PEOPLE}
    # The deputy governor first; the mayor's place (the Sekda, representing) next.
    assert order[0] == name["wagub"]
    assert at[name["sekda"]] < at[name["ketua-dprd"]]
    # The city's DPRD and the mayor's place before a provincial head of office.
    assert at[name["ketua-dprd"]] < at[name["kadis-prov"]]
    assert at[name["sekda"]] < at[name["kadis-prov"]]
    # Religious leaders after the DPRD members, before the city's heads of office.
    assert at[name["anggota-dprd"]] < at[name["mui"]] < at[name["kadis-kota"]]
    # A vertical agency after the city's heads of office, before the camat.
    assert at[name["kadis-kota"]] < at[name["bps"]] < at[name["camat"]]
    # The two acting heads of office side by side, however "acting" is spelt.
    assert abs(at[name["plt-kadis"]] - at[name["pelaksana-tugas"]]) == 1
    # The aide is not the mayor; the journalist follows every official.
    assert at[name["ajudan"]] >= 10
    officials = [n for ident, n, _, _, category, _ in PEOPLE if category == "official"]
    assert all(at[name["wartawan"]] > at[n] for n in officials if n in at)


def test_every_printout_lists_them_in_the_one_order(tmp_path: Path) -> None:
    plan = load(tmp_path)
    expected = csv_order(plan)
    for what in ("attendance", "roster"):
        text = export(plan, None, what, "md", "id").decode()
        assert order_in(text, PRESENT) == expected, what
    # The salutation greets the officials by office (no one here has an honorific, so
    # no names), in the same order; the mayor's office at the Sekda's place.
    salutation = export(plan, None, "salutation", "txt", "id").decode()
    office = {name: position for _, name, position, *_ in PEOPLE}
    greeted = order_in(salutation, [office[name] for name in expected])
    assert greeted == [office[name] for name in expected if office[name] in greeted]
    assert len(greeted) >= 12
    assert (
        "Yth. Wali Kota Semarang, yang dalam hal ini diwakili oleh Sekretaris Daerah Kota "
        "Semarang;" in salutation
    )
